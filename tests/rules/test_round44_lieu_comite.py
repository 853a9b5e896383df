"""Round 44: place of work, steering committee and means. A one-off induction elsewhere, a timetable only
sent to the units, or days split with a place outside the usual list; the worker's own meetings with
partners; an insurance clause. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # a one-off induction at taking up the post is no share of the week
    ("L'intervenante est installée dans un bureau de la brigade de Guéret, où elle exerce à temps plein. Dès son "
     "arrivée, elle passe une journée d'immersion au centre médico-social du secteur.", "oui"),
    ("L'intervenant social exerce au sein du commissariat de Vichy. Lors de sa prise de poste, il effectue deux "
     "journées de découverte à la maison départementale des solidarités.", "oui"),
    # a real weekly share with a place outside the usual list
    ("L'intervenante exerce trois jours par semaine au commissariat de Sète et deux jours à l'espace de vie "
     "sociale du quartier de l'Île de Thau.", "partiellement"),
    ("Il est présent quatre journées hebdomadaires à l'hôtel de police ; le vendredi, il assure ses entretiens "
     "dans les locaux de la circonscription de la solidarité départementale d'Épernay.", "partiellement"),
    ("Deux jours par semaine à la halte sociale de l'association et trois jours à la brigade de Millau.",
     "partiellement"),
    # the split between two units stays « oui »
    ("Il exerce trois jours par semaine à l'hôtel de police et deux jours à la brigade de Frontignan.", "oui"),
    # days at home visits are no other place of work
    ("Elle exerce trois jours au sein de la compagnie et deux jours en visites à domicile.", "oui"),
])
def test_lieu_exercice(text, expected):
    assert code("lieu_exercice", text) == expected


def test_permanences_with_the_timetable_sent_to_the_units_is_no_slot_in_them():
    assert code_articles(
        "lieu_exercice",
        "La travailleuse sociale est rattachée au centre médico-social de Sarlat. Elle assure des permanences dans "
        "les mairies, selon un planning transmis aux brigades chaque mois.",
        "Elle n'a pas de bureau à la brigade.") == "non"


def test_permanences_in_the_unit_still_count():
    assert code("lieu_exercice", "Elle assure des permanences hebdomadaires à la brigade de Sarlat, selon un "
                "planning communiqué aux mairies.") == "partiellement"


@pytest.mark.parametrize("text, expected", [
    ("Les fins de matinée sont réservées aux appels, aux réunions avec les partenaires et aux tâches "
     "administratives.", "non_prevu"),
    ("L'intervenant organise ses rencontres avec les partenaires du canton afin de présenter le dispositif.",
     "non_prevu"),
    # a real body of the partners still counts
    ("Une réunion réunissant l'ensemble des signataires se tient chaque année pour examiner le bilan du poste.",
     "prevu"),
    ("Une réunion avec les partenaires est organisée pour dresser le bilan de l'activité du poste.", "prevu"),
])
def test_comite_pilotage(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La fédération souscrit une police d'assurance couvrant ses salariés et les voitures qu'elle leur confie.",
     "non_precise"),
    ("L'employeur justifie d'un contrat d'assurance garantissant le matériel utilisé par l'intervenante.",
     "non_precise"),
    # a real provision stays
    ("La gendarmerie met à sa disposition un bureau et un téléphone ; l'association souscrit l'assurance du "
     "véhicule qu'elle lui fournit.", "inscrits"),
])
def test_locaux_moyens(text, expected):
    assert code("locaux_moyens", text) == expected


def test_bare_town_is_no_other_place():
    # « à Frontignan » may be the town's brigade: no split is read from a bare town name
    assert code("lieu_exercice", "Elle exerce trois jours par semaine au commissariat de Sète et deux jours à "
                "Frontignan.") == "oui"

"""Round 10 (misc): wordings not taken from any sample, through the real engine.

Phenomena: the working time split by fractions between the unit and an outside structure
(lieu_exercice); the place where the worker does the job is not the means provided (locaux_moyens);
an internal board of one party is not a partnership steering committee (comite_pilotage); a party
list where « employeur » ends one entry and the next party is « représenté par le Président du
Conseil départemental » (type_employeur); « économie sociale familiale » without « et » (qualification).
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


LIEU_FRACTION = [
    ("Son temps de travail se répartit ainsi : la moitié à la brigade de Gap, la seconde moitié au sein de la maison des adolescents.", "partiellement"),
    ("Elle exerce à mi-temps au commissariat de Vienne et à mi-temps au centre hospitalier.", "partiellement"),
    ("L'intervenant consacre 50 % de son temps à la compagnie de gendarmerie et 50 % aux locaux de l'association.", "partiellement"),
    ("Pour l'autre moitie de son temps, il recoit les jeunes a la MDA ; le reste du temps il est present a la brigade.", "partiellement"),
    ("Un quart de son temps se passe au CCAS de la commune, le reste dans les locaux du commissariat.", "partiellement"),
    ("Présente dans les locaux de l'hôpital pour la moitié de son temps, elle rejoint la compagnie les autres jours.", "partiellement"),
    ("Il travaille la première moitié de la semaine à la brigade, la deuxième moitié au sein de l'espace départemental des solidarités.", "partiellement"),
    # never a share of funding, a part-time post, a share of cases, a negation, or two units
    ("Le poste est cofinancé pour moitié par la communauté de communes, pour moitié par l'État ; l'intervenant exerce à la brigade.", "oui"),
    ("L'intervenante, recrutée à mi-temps par l'association, exerce au sein du commissariat.", "oui"),
    ("Elle exerce à mi-temps à la brigade de Laon et à mi-temps à la brigade de Chauny.", "oui"),
    ("Il n'exerce pas à mi-temps au centre social : toute la semaine, il est installé au sein du commissariat.", "oui"),
    ("La moitié des situations est orientée par les gendarmes vers le centre social.", "non_precise"),
]

LOCAUX_PLACE_NOT_MEANS = [
    ("L'intervenante assure ses fonctions dans les locaux de la brigade de Soissons.", "non_precise"),
    ("Il assure l'ensemble de ses missions au sein des locaux du commissariat central.", "non_precise"),
    ("Le Département finance les missions de l'intervenant exercées dans les locaux de la compagnie.", "non_precise"),
    ("L'intervenant social assure ses entretiens dans les locaux de l'hôtel de police.", "non_precise"),
    ("La commune prend en charge son activite, exercee dans les locaux de la gendarmerie.", "non_precise"),
    ("Elle assure ses interventions a plein temps dans le bureau des plaintes du commissariat.", "non_precise"),
    # the means themselves, still read
    ("La gendarmerie assure l'aménagement d'un bureau dans les locaux de la brigade.", "inscrits"),
    ("La DDSP met à sa disposition un bureau dans les locaux de l'hôtel de police.", "inscrits"),
    ("L'employeur fournit un téléphone portable et un ordinateur.", "inscrits"),
]

COMITE_INTERNAL_BOARD = [
    ("Chaque année, le bilan d'activité est présenté au comité de direction de l'hôpital puis adressé au préfet.", "non_prevu"),
    ("Le rapport annuel, validé par le conseil d'administration de l'association, est transmis chaque année au préfet et aux partenaires.", "non_prevu"),
    ("Le bilan est examiné une fois par an en CODIR du centre hospitalier et communiqué aux signataires.", "non_prevu"),
    ("Le bilan annuel est soumis a l'assemblee generale de l'association, puis adresse au sous-prefet.", "non_prevu"),
    ("Le bilan est présenté chaque année au conseil communautaire, qui le transmet aux partenaires et au préfet.", "non_prevu"),
    ("Chaque annee le comite de direction de l'etablissement examine le bilan avant sa transmission au prefet.", "non_prevu"),
    # a real partners' body, still read
    ("Une instance réunissant les partenaires financeurs est convoquée chaque année par le préfet.", "prevu"),
    ("Un comité de pilotage réunissant les signataires se réunit une fois par an.", "prevu"),
]

EMPLOYEUR_PARTY_LIST = [
    ("La Communauté de communes du Pays de Salers, ci-après « l'employeur »,\nLe Département du Cantal, représenté par le Président du Conseil départemental,", "ville_interco"),
    ("La communaute d'agglomeration du Grand Dax, ci-apres designee l'employeur, le Departement des Landes, represente par le President du Conseil departemental ;", "ville_interco"),
    ("Le CCAS de Tulle, en sa qualité d'employeur,\nLe Conseil départemental de la Corrèze, représenté par sa Présidente,", "ville_interco"),
    ("La Ville de Figeac, ci-après « l'employeur »,\nLe Département du Lot, représenté par le Président du Conseil départemental, autorisé par délibération,", "ville_interco"),
    ("Le Département du Cantal, ci-après « l'employeur »,\nla Ville d'Aurillac, représentée par le Maire,", "conseil_departemental"),
    ("L'association Trait d'Union, ci-après « l'employeur »,\nLe Département du Lot, représenté par le Président du Conseil départemental,", "association"),
]

QUALIFICATION_CESF = [
    ("Le poste est occupé par un conseiller en économie sociale familiale.", "precisee_conforme"),
    ("Le poste est confié à une conseillère en economie sociale familiale diplômée.", "precisee_conforme"),
    ("Le recrutement porte sur un conseiller en économie sociale et familiale.", "precisee_conforme"),
    ("L'agent recruté est conseiller en économie sociale familiale ou assistant de service social.", "precisee_conforme"),
    ("Il oriente vers le conseiller en économie sociale familiale du CCAS.", "non_precisee"),
    ("La candidate n'est pas conseillère en économie sociale familiale.", "non_precisee"),
]


@pytest.mark.parametrize("text, expected", LIEU_FRACTION)
def test_lieu_fraction_split(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", LOCAUX_PLACE_NOT_MEANS)
def test_locaux_place_not_means(text, expected):
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize("text, expected", COMITE_INTERNAL_BOARD)
def test_comite_internal_board(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", EMPLOYEUR_PARTY_LIST)
def test_employeur_party_list(text, expected):
    assert code("type_employeur", text, zone="parties") == expected


@pytest.mark.parametrize("text, expected", QUALIFICATION_CESF)
def test_qualification_cesf(text, expected):
    assert code("qualification", text) == expected

"""Round 50: statistics headings of an activity report do not define the public; « victimes et/ou personnes en
difficulté sociale hors du champ pénal » stays the study's ambiguity; a contacts-table row naming a « référent VIF »
restricts no situation; « faute de temps / de connaissance » in a preamble is no fallback on the diploma; a data
retention period is not the convention's duration. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICT = "Article 2 – Public. L'intervenante sociale accueille toute personne victime de violences au sein du couple. "
DIPLOMA = "Le poste est occupé par un assistant de service social titulaire du diplôme d'État. "
DUREE3 = "La présente convention est conclue pour une durée de trois ans à compter de sa signature. "


@pytest.mark.parametrize("text, expected", [
    (VICT + "Article 9 – Bilan. Le bilan annuel d'activité recense le nombre de personnes accompagnées, leur âge "
     "et la nature des difficultés repérées.", "victimes_seulement"),
    (VICT + "Le rapport annuel comprend des données chiffrées : origine des demandes, sexe des personnes, "
     "problématiques sociales rencontrées.", "victimes_seulement"),
    # a real opening still opens
    ("L'intervenant social reçoit les personnes en détresse sociale que lui adressent les policiers.", "tous_publics"),
])
def test_report_headings_do_not_open_the_public(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L'action de l'intervenante s'adresse aux victimes et/ou aux personnes en grande difficulté sociale hors du "
     "champ pénal.", "ambiguite"),
    # people outside the penal field received, with the mis en cause named: open
    ("L'intervenant reçoit les victimes, les mis en cause et les personnes hors du champ pénal en détresse "
     "sociale.", "tous_publics"),
])
def test_et_ou_formula_with_hors_champ(text, expected):
    assert code("public", text) == expected


GEN = "L'intervenant social intervient sur toute situation présentant une dimension sociale. "


@pytest.mark.parametrize("text, expected", [
    (GEN + "| Fonction | Unité | Téléphone |\n| Référente VIF | Brigade de Quimperlé | standard de la brigade |",
     "toutes_situations"),
    (GEN + "Contacts utiles : référent violences intrafamiliales, compagnie de Dinan, par le secrétariat.",
     "toutes_situations"),
    # the post itself restricted
    ("Le poste d'intervenante sociale est exclusivement consacré aux violences intrafamiliales.", "vif"),
])
def test_contact_rows(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    (DIPLOMA + "Les études menées montrent que les familles repérées par les équipes de nuit restent sans aide, "
     "faute de disponibilité des agents et faute de connaissance des dispositifs ; un professionnel répond à ce "
     "besoin.", "precisee_conforme"),
    (DIPLOMA + "À défaut de moyens suffisants des effectifs, ces personnes ne sont pas accompagnées ; le poste "
     "d'un professionnel y remédie.", "precisee_conforme"),
    # a real fallback on the recruitment still fires
    (DIPLOMA + "Faute de candidat diplômé, l'employeur pourra recruter une personne justifiant d'une expérience "
     "de l'écoute.", "imprecision_dommageable"),
])
def test_faute_de_outside_recruitment(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La présente convention prend effet à la date de sa signature. Les fiches d'entretien sont conservées le "
     "temps de l'accompagnement, puis archivées durant six ans avant destruction.", "non_precisee"),
    ("Elle prend effet au 1er janvier. Les dossiers sont archivés deux ans, puis détruits.", "non_precisee"),
    (DUREE3 + "Les données personnelles recueillies sont conservées cinq ans.", "triennale"),
    # a real other duration still read
    ("La présente convention est conclue pour une durée de deux ans.", "autre"),
])
def test_retention_is_not_duration(text, expected):
    assert code("duree", text) == expected

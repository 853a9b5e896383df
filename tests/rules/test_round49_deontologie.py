"""Round 49 — déontologie: writings usable in the procedure, shared tools read for investigations,
lists shown to a CLSPD group, and practices quoted only to be rejected (held-out wordings)."""

import pytest
from rule_wording import code

CONTRE_SENS = [
    # a liaison sheet handed to the investigator, usable in the case file
    "Après chaque rencontre, l'intervenante établit une note de situation ; celle-ci est remise au gendarme enquêteur, qui peut la verser au dossier de la procédure.",
    "La fiche de liaison complétée par l'intervenant est transmise au policier chargé de l'affaire, lequel peut en faire état dans la procédure.",
    # a list presented to the CLSPD partners
    "Chaque mois, l'intervenant social expose au groupe opérationnel du CLSPD la liste des familles rencontrées, avec pour chacune la difficulté relevée.",
    # a shared tool read by investigators
    "L'intervenante renseigne un fichier commun hébergé par la brigade, consultable par les officiers de police judiciaire afin d'alimenter leurs enquêtes.",
    # a past practice kept, or replaced by a current hand-over
    "L'ancienne pratique d'un relevé hebdomadaire des personnes reçues, adressé au commandant de brigade, est maintenue.",
    "L'envoi des notes a été abandonné en 2021 ; désormais l'intervenant adresse chaque semaine au commandant de brigade la liste nominative des personnes reçues.",
]

NOT_CONTRE_SENS = [
    "Les parties écartent expressément toute pratique, constatée ailleurs, consistant à présenter nominativement les situations suivies en réunion du CISPD.",
    "L'usage antérieur d'un relevé hebdomadaire des personnes reçues, adressé au commandant de brigade, a été abandonné en 2020.",
    "L'intervenante est tenue au secret professionnel (articles 226-13 et 226-14 du code pénal), l'ancienne transmission aux enquêteurs d'une copie des comptes rendus d'entretien étant expressément abandonnée.",
    "La fiche de liaison rédigée par l'intervenant n'est jamais versée à la procédure.",
    "Le tableau de bord anonyme de l'activité est accessible aux officiers de la compagnie.",
]


@pytest.mark.parametrize("text", CONTRE_SENS)
def test_contre_sens(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", NOT_CONTRE_SENS)
def test_not_contre_sens(text):
    assert code("deontologie", text) != "contre_sens"


def test_rejected_practice_keeps_the_secret():
    text = ("L'intervenante est tenue au secret professionnel (articles 226-13 et 226-14 du code pénal), "
            "l'ancienne transmission aux enquêteurs d'une copie des comptes rendus d'entretien étant "
            "expressément abandonnée.")
    assert code("deontologie", text) == "securisee"


def test_systematic_transmission_not_retained():
    text = ("Les signataires n'ont pas retenu de transmission systématique des situations au parquet ; "
            "l'intervenante est tenue au secret professionnel et apprécie au cas par cas.")
    assert code("deontologie", text) == "securisee"

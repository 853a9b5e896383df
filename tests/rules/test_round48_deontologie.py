"""Round 48 (déontologie): a writing on each person filed with the case (the investigator in charge, the pieces
of the procedure, the telegraphic « → OPJ »), the worker's files lodged with the unit during a vacancy, a
partner cell reviewing each followed situation with its content or circulating a nominative record, and the
report of ANOTHER mission (médiation, tranquillité publique) sent to the police. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant·e social·e est soumis·e au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # a writing on each person, filed with the case
    (SECRET + "Chaque note d'entretien est transmise à l'officier saisi de l'enquête, qui la classe au dossier.",
     "contre_sens"),
    (SECRET + "Un exemplaire du bilan de situation est adressé sous huitaine aux militaires ayant traité l'affaire.",
     "contre_sens"),
    (SECRET + "La fiche de suivi de la victime est jointe aux pièces de procédure par le secrétariat de l'unité.",
     "contre_sens"),
    (SECRET + "Une copie de la synthèse est déposée au bureau des enquêteurs afin d'éclairer la procédure.",
     "contre_sens"),
    # telegraphic style, arrows, OCR
    (SECRET + "Circuit :\n- Fin de suivi : note de synthèse -> cdt de brigade ; copie Cie.", "contre_sens"),
    (SECRET + "- Compte-rendu d'entretien ⇒ enquêteur ; archivage CD.", "contre_sens"),
    # denied, consent, handed TO the worker, the convention itself
    (SECRET + "Aucune copie de la fiche n'est déposée au bureau de l'enquêteur chargé de l'affaire.", "securisee"),
    (SECRET + "Si la personne y consent, un double de la note est remis à l'officier saisi de la procédure.",
     "securisee"),
    (SECRET + "La fiche navette est transmise à l'intervenante par l'officier chargé de l'affaire.", "securisee"),
    (SECRET + "Un exemplaire de la présente convention est adressé au commandant de brigade.", "securisee"),
])
def test_writing_filed_with_the_case(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "En l'absence prolongée de l'intervenante, ses dossiers de suivi sont confiés au commandant de la "
     "brigade, qui assure la continuité des situations.", "contre_sens"),
    (SECRET + "Faute de remplaçant, les fiches individuelles sont transférées au commissariat jusqu'au "
     "recrutement.", "contre_sens"),
    (SECRET + "Pendant la vacance du poste, les dossiers en cours restent au service social départemental et ne "
     "sont jamais remis à la brigade.", "securisee"),
    (SECRET + "Les dossiers sociaux sont conservés à la brigade dans une armoire fermée à clé dont seule "
     "l'intervenante détient la clé.", "securisee"),
])
def test_files_lodged_with_the_unit(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Cellule VIF (mensuelle) :\n- Examen de chaque situation accompagnée par l'intervenant : nom, "
     "coordonnées, propos tenus.", "contre_sens"),
    (SECRET + "- Compte rendu nominatif de la séance, adressé à tous les participants.", "contre_sens"),
    (SECRET + "- Compte rendu anonymisé de la séance, adressé à tous les participants.", "securisee"),
    (SECRET + "- Examen de chaque situation accompagnée, en supervision avec la cheffe de service : noms et "
     "propos tenus.", "securisee"),
])
def test_situations_reviewed_in_cell(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Au titre de la médiation, les médiatrices relèvent les incidents survenus sur la voie publique ; "
     "le service de la tranquillité publique en adresse une synthèse mensuelle au commissariat.", "securisee"),
])
def test_other_mission_report(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the alignment on the forces' secret, written as a heading with a colon
    (SECRET + "- Discrétion : devoirs semblables à ceux des gendarmes de la brigade.", "ambiguite"),
    (SECRET + "- Secret : mêmes obligations que les policiers du service.", "ambiguite"),
    # the alignment named only to be set aside
    (SECRET + "- Alignement du secret sur celui des policiers : non retenu.", "securisee"),
    (SECRET + "- Secret : règles distinctes de celles des gendarmes.", "securisee"),
])
def test_secret_aligned_telegraphic(text, expected):
    assert code("deontologie", text) == expected

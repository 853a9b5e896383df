"""Round 63 (deontologie): a copy of the worker's notes handed to the service d'accueil on request or for an
inquiry, the worker's démarches referred to an officer who judges what follows, and a duty of discretion set
« au même titre que » the forces. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # copy owed to the forces on request / for an inquiry
    (SECRET + "Ses écrits restent à l'association ; un double en est cependant adressé à la brigade quand "
     "celle-ci le demande.", "contre_sens"),
    (SECRET + "Les notes de l'intervenante sont conservées par l'employeur ; une copie est communiquée aux "
     "enquêteurs pour les besoins de l'enquête.", "contre_sens"),
    (SECRET + "Une copie du dossier de suivi est fournie au commissariat sur réquisition de l'officier.", "contre_sens"),
    # denied, conditioned on the law or the person, or the forces' own papers
    (SECRET + "Aucune copie de ses notes n'est remise au service d'accueil, même lorsque celui-ci la demande "
     "pour une enquête.", "securisee"),
    (SECRET + "Une copie du procès-verbal de plainte est remise à l'intervenante lorsqu'elle la demande.", "securisee"),
    # démarches referred to an officer who judges what follows
    (SECRET + "Avant tout contact avec un partenaire au sujet d'une victime, l'intervenante en réfère au "
     "commandant de brigade.", "contre_sens"),
    (SECRET + "Pour chaque situation, il en réfère à l'officier de liaison, lequel décide de la suite à donner "
     "auprès des organismes partenaires.", "contre_sens"),
    (SECRET + "L'intervenant engage les démarches auprès des partenaires sans avoir à en référer au commandant.",
     "securisee"),
    (SECRET + "Avant toute démarche concernant une famille, l'officier référent en réfère à l'intervenant social.",
     "securisee"),
    (SECRET + "Avant toute démarche, il en réfère à son responsable associatif, qui apprécie la suite à donner.",
     "securisee"),
    # discretion « au même titre que » the forces
    ("L'intervenante est astreinte à une obligation de discrétion sur l'ensemble des faits et renseignements "
     "dont elle a connaissance au cours de sa mission au commissariat, au même titre que les fonctionnaires de police.",
     "ambiguite"),
    ("Il respecte un devoir de réserve sur toutes les situations et informations portées à sa connaissance "
     "dans l'exercice de ses fonctions, tout comme les gendarmes de la compagnie.", "ambiguite"),
    ("Il est tenu à une obligation de discrétion sur tout ce qu'il apprend au cours de ses fonctions, au même "
     "titre que les agents de la communauté de communes qui l'emploie. " + SECRET, "securisee"),
    (SECRET + "Son obligation de discrétion sur les faits dont il a connaissance dans l'exercice de ses "
     "fonctions est distincte de celle des policiers.", "securisee"),
])
def test_round63_deontologie(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text", [
    # the copy produced only in the cases a code provides (a judicial requisition), or with the person's consent
    "Une copie de ses écrits n'est produite aux enquêteurs, sur réquisition, que dans les cas prévus par le code de "
    "procédure pénale.",
    "Un double du rapport social n'est adressé à l'officier de police judiciaire que dans les cas prévus par le code pénal.",
    "Avec l'accord de la personne, une copie de la fiche est transmise aux enquêteurs à leur demande.",
    "Si la personne y consent, une copie de sa fiche de suivi est remise au commandant de brigade.",
])
def test_copies_the_law_or_the_person_allows_are_no_grave_sharing(text: str) -> None:
    assert code("deontologie", SECRET + text) != "contre_sens"

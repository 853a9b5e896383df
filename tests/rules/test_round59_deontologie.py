"""Round 59: contre-sens said in the writers' own words — the worker's notes lodged in the unit's shared
folder and read by the investigators; what may help establish the facts handed straight to the officer in
charge; contacts with outside partners held to the chief's « visa ». Traps: the folder is the worker's own
or closed to the forces, the person's consent, art. 226-14, the same practice refused. Wordings written for
this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text", [
    # notes lodged in the unit's shared space
    SECRET + "Chaque soir, l'intervenante verse ses comptes rendus d'entretien dans le répertoire partagé de la "
    "brigade de recherches.",
    SECRET + "Les notes de synthèse rédigées par l'intervenant·e sont classées dans le dossier commun du "
    "commissariat.",
    SECRET + "Après chaque rendez-vous, une synthèse est enregistrée par l'intervenant sur le serveur de la "
    "compagnie.",
    SECRET + "Ces notes sont consultées par l'enquêteur chargé de l'enquête avant l'audition du mis en cause.",
    # what helps the investigation handed straight to the officer
    SECRET + "Tout renseignement recueilli en entretien par l'intervenante et utile à l'enquête est adressé "
    "directement à l'officier de police judiciaire saisi.",
    SECRET + "Les éléments recueillis par l'intervenant au cours de ses entretiens sont portés immédiatement à la "
    "connaissance du policier en charge de la procédure.",
    # contacts held to the chief's visa
    SECRET + "L'intervenante ne prend contact avec la CAF ou le bailleur au sujet d'une victime qu'après l'accord "
    "préalable du commandant de brigade.",
    SECRET + "Toute prise de contact avec un partenaire extérieur concernant une personne reçue est soumise au visa "
    "du chef de poste.",
])
def test_contre_sens(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # the folder is the worker's own / closed
    SECRET + "Les notes de synthèse sont enregistrées dans le logiciel de l'association, inaccessible aux "
    "policiers du commissariat.",
    SECRET + "Les comptes rendus d'entretien ne sont en aucun cas versés au répertoire partagé de la brigade.",
    SECRET + "Le bilan d'activité anonymisé est déposé chaque trimestre dans le dossier commun du commissariat.",
    # consent / the law
    SECRET + "Avec l'accord de la personne, une note de synthèse peut être déposée dans le dossier commun de la "
    "brigade.",
    SECRET + "Avec l'accord de la victime, un élément recueilli en entretien utile à l'enquête peut être porté à la "
    "connaissance de l'officier.",
    # the flow towards the worker
    SECRET + "Les éléments recueillis par les enquêteurs sont portés sans délai à la connaissance de "
    "l'intervenante.",
    # contacts free of any visa
    SECRET + "L'intervenant prend contact avec les partenaires extérieurs de sa propre initiative, sans avoir à "
    "obtenir le visa du chef de poste.",
    SECRET + "L'intervenante contacte les partenaires au sujet d'une personne reçue avec l'accord de celle-ci ; "
    "aucun visa du commandant de brigade n'est requis.",
])
def test_not_contre_sens(text: str) -> None:
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text", [
    # earlier traps stay silent: consent, 226-14, « secret partagé » rejected
    "Le « secret partagé » n'a pas d'existence légale et ne peut être invoqué ; l'intervenant est tenu au secret "
    "professionnel.",
    SECRET + "Hors les cas prévus à l'article 226-14 du code pénal, aucune information n'est transmise aux "
    "enquêteurs sans l'accord de la personne.",
])
def test_earlier_traps(text: str) -> None:
    assert code("deontologie", text) == "securisee"

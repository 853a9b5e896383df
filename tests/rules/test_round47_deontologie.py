"""Round 47 (déontologie): named persons reviewed one by one in a partner cell, writings about a person sent
to the forces in a « who receives what » table, the double negation that forbids the worker to « faire
obstacle » to the forces being told, and a meeting's minutes sent to the heads of the signatories (no
writing about a person). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenante sociale est soumise au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # persons reviewed one by one, or designated, before the cell
    (SECRET + "Lors de chaque séance de la cellule de veille, les ménages repérés par la police municipale sont "
     "étudiés un à un en présence des bailleurs.", "contre_sens"),
    (SECRET + "Chaque mois, devant les partenaires du CLSPD, l'intervenant fait le point victime par victime sur "
     "les personnes qui lui ont été adressées.", "contre_sens"),
    (SECRET + "Au cours de ces réunions, l'intervenante fait état, en les nommant, de la situation des femmes "
     "qu'elle accompagne.", "contre_sens"),
    # denied, anonymous, consent
    (SECRET + "En cellule de veille, les situations ne sont jamais évoquées une à une ; seules des données "
     "anonymes sont présentées.", "securisee"),
    (SECRET + "Au cours de ces réunions, les familles ne sont évoquées une à une qu'avec leur accord.", "securisee"),
    (SECRET + "Les membres sont désignés nominativement par le maire pour siéger à la cellule.", "securisee"),
])
def test_persons_reviewed_in_cell(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "\n| Écrit | Destinataire | Délai |\n| Compte rendu de chaque entretien | Officier de police "
     "judiciaire saisi de l'affaire | Sous 72 heures |", "contre_sens"),
    (SECRET + "\n| Note sociale de la personne | Référent de la brigade | Mensuelle |", "contre_sens"),
    # a PDF table copy: no leading « | »
    (SECRET + "\nÉcrit | Destinataire | Délai\nBilan de situation individuel | Enquêteur en charge du dossier | "
     "Dès la fin de l'entretien", "contre_sens"),
    (SECRET + "\n| Fiche d'entretieu | Cornmandant de brigade | Systématique |", "contre_sens"),
    (SECRET + "\n| Compte rendu de chaque entretien | Officier de police judiciaire | Jamais |", "securisee"),
    (SECRET + "\n| Rapport d'activité anonyme | Commandant de compagnie | Annuel |", "securisee"),
    (SECRET + "\n| Note de situation | Enquêteur | Seulement avec le consentement de la personne |", "securisee"),
])
def test_table_of_recipients(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Toutefois, il ne lui appartient pas de s'opposer à ce que les renseignements obtenus en "
     "entretien soient communiqués à l'officier de police judiciaire.", "contre_sens"),
    (SECRET + "L'intervenant·e ne peut faire obstacle à ce que ses comptes rendus soient joints à la "
     "procédure.", "contre_sens"),
    (SECRET + "Nul ne peut s'opposer à ce que la personne rapporte elle-même ses propos aux gendarmes.",
     "securisee"),
    (SECRET + "L'intervenante ne peut s'opposer à ce que des informations soient transmises aux enquêteurs que "
     "dans les cas prévus par la loi.", "securisee"),
    (SECRET + "Il n'appartient pas aux gendarmes d'exiger que les notes d'entretien leur soient remises.",
     "securisee"),
])
def test_may_not_obstruct(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Une réunion annuelle de suivi réunit la directrice et le commandant. Elle donne lieu à un compte rendu "
     "adressé au Président du Conseil départemental et au commandant de groupement.", "non_precise"),
    ("Le point d'étape semestriel fait l'objet d'un compte rendu transmis au commissaire.", "non_precise"),
    # a writing about a person still counts
    ("Chaque entretien donne lieu à un compte rendu transmis au commandant de brigade.", "contre_sens"),
])
def test_meeting_minutes_are_no_writing_about_a_person(text, expected):
    assert code("deontologie", text) == expected

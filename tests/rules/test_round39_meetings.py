"""Meetings where individual situations would be examined, when the worker's participation is denied at
the head of a list or the meeting is a hypothesis (conditional mood), are no contre-sens; a meeting that
really examines them still is. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = ("L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). ")


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Les signataires précisent que la convention n'organise aucun compte rendu aux enquêteurs, ni "
     "aucune participation de l'intervenante à des réunions où seraient examinées nominativement les "
     "situations des personnes suivies.", "securisee"),
    (SECRET + "L'intervenant ne participe à aucune réunion partenariale au cours de laquelle les situations "
     "individuelles des familles sont évoquées.", "securisee"),
    (SECRET + "Il ne participe pas aux cellules de veille où seraient discutés les dossiers des personnes "
     "reçues.", "securisee"),
    (SECRET + "Elle n'assiste à aucune instance dans laquelle les situations individuelles sont examinées "
     "une à une.", "securisee"),
    (SECRET + "Le présent texte ne prévoit aucune cellule réunissant les partenaires pour y examiner les "
     "situations des personnes accompagnées.", "securisee"),
    # a meeting that really examines them
    (SECRET + "Une cellule réunit chaque mois les partenaires pour y examiner les situations des personnes "
     "accompagnées par l'intervenant.", "contre_sens"),
    (SECRET + "Lors de ces réunions, l'intervenante participe et les situations individuelles des familles "
     "sont évoquées avec les partenaires.", "contre_sens"),
])
def test_denied_or_hypothetical_meetings(text, expected):
    assert code("deontologie", text) == expected

"""Round 45 (lead): a timetable listed place first, days after, under a lead-in (« partage son temps entre trois
sites : »); an office denied with « ne dispose d'aucun bureau au sein des locaux de police »."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    ("Le temps de travail de l'intervenante se répartit entre plusieurs lieux :\n"
     "- le commissariat de Lens, les lundis, mardis et mercredis ;\n"
     "- l'espace départemental des solidarités de Liévin, le jeudi et le vendredi.", "partiellement"),
    ("Ses journées sont organisées comme suit :\n• la brigade de gendarmerie de Guînes, du lundi au mercredi ;\n"
     "• la maison de services au public d'Ardres, les jeudis.", "partiellement"),
    # two units and nothing else: the whole time in units
    ("Ses journées sont organisées comme suit :\n- le commissariat de Béthune, les lundis et mardis ;\n"
     "- la brigade de Beuvry, du mercredi au vendredi.", "oui"),
    # a place that is only open on a day, or to which people are sent, is no second place of work
    ("Ses journées sont organisées comme suit :\n- le commissariat de Béthune, du lundi au vendredi ;\n"
     "- le centre social, ouvert le mercredi, vers lequel elle oriente les familles.", "oui"),
])
def test_timetable_listed_place_first(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text", [
    "L'intervenante est installée à la maison de la prévention de la commune. Elle ne dispose d'aucun bureau au sein des locaux de police.",
    "Il reçoit au centre social du quartier et ne bénéficie pas de bureau à la brigade.",
])
def test_no_office_in_the_unit(text: str) -> None:
    assert code("lieu_exercice", text) == "non"


def test_an_office_at_the_unit_stays_partial_or_yes() -> None:
    text = "Elle ne dispose pas seulement d'un bureau au commissariat : elle y tient aussi ses entretiens."
    assert code("lieu_exercice", text) != "non"

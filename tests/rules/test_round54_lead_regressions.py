"""Round 54 (lead): days in brackets between two units are no time elsewhere, whatever words open the
sentence (« au sein du commissariat (3 jours) et de la brigade (2 jours) », a communauté de brigades);
a post « ouvert aux agents d'accueil » is about the post, not about training sessions open to them."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "L'intervenante exerce ses fonctions au sein du commissariat de Vierzon (trois jours par semaine) et de la "
    "brigade de Mehun-sur-Yèvre (deux jours par semaine), où elle dispose d'un bureau.",
    "Son temps de travail est réparti entre l'hôtel de police (quatre jours) et la communauté de brigades de "
    "Saint-Amand (un jour).",
])
def test_days_between_two_units_are_all_in_units(text: str) -> None:
    assert code("lieu_exercice", text) != "partiellement"


def test_days_between_a_unit_and_a_social_centre_are_shared() -> None:
    text = "L'intervenante exerce au commissariat de Vierzon (trois jours) et au CCAS de Vierzon (deux jours)."
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", [
    "Les actions de sensibilisation peuvent être ouvertes aux policiers municipaux et aux agents d'accueil des mairies.",
    "Les réunions d'information sont ouvertes aux élus ainsi qu'aux secrétaires de mairie.",
])
def test_sessions_open_to_administrative_staff_say_nothing_of_the_post(text: str) -> None:
    assert code("qualification", text) != "imprecision_dommageable"

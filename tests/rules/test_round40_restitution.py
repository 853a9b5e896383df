"""« Restituer » to the investigators what the worker heard is to report to them: the same contre-sens as
« rendre compte » of each situation; an anonymous or statistical restitution of the activity, or one made
with the person's consent, is not. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est soumis au secret professionnel. "


@pytest.mark.parametrize("text", [
    "Il assure une restitution régulière aux enquêteurs des entretiens qu'il a conduits.",
    "Une restitution de chaque situation est faite aux enquêteurs en charge de la procédure.",
    "L'intervenante restitue aux gendarmes le contenu des entretiens menés avec les victimes.",
    "Chaque mois, l'ISCG restituera au chef de service les situations suivies.",
])
def test_restitution_to_the_forces_is_contre_sens(text):
    assert code("deontologie", SECRET + text) == "contre_sens"


@pytest.mark.parametrize("text", [
    "Une restitution statistique de l'activité est faite chaque année au commandant de groupement.",
    "Elle restitue aux gendarmes, avec l'accord de la personne, les suites données à leur signalement.",
    "Le bilan de l'action est restitué au comité de pilotage, en présence du commissaire.",
    "La restitution anonymisée des entretiens est présentée aux policiers une fois par an.",
])
def test_anonymous_or_consented_restitution_is_not(text):
    assert code("deontologie", SECRET + text) == "securisee"

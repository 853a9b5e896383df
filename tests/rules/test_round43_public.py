"""Round 43: authors told only which bodies could receive them (« le rôle de l'intervenant se borne à leur
indiquer les organismes susceptibles de les recevoir ») are oriented, not received by the worker — the
study's ambiguity beside victims who are received; a worker who receives them himself is not."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMS = "L'intervenant social accueille et accompagne les victimes de violences conjugales. "


@pytest.mark.parametrize("text", [
    "S'agissant des auteurs de ces violences, le rôle de l'intervenant social se borne, lorsqu'ils en font la "
    "demande, à leur indiquer les organismes susceptibles de les recevoir.",
    "Quant aux mis en cause, il leur communique seulement les coordonnées des services qui pourront les recevoir.",
])
def test_authors_only_told_where_to_go(text):
    assert code("public", VICTIMS + text) == "ambiguite"


def test_authors_received_by_the_worker():
    assert code("public", VICTIMS + "L'intervenant social peut recevoir les auteurs et leur indiquer les "
                          "organismes compétents.") == "tous_publics"

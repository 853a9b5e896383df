"""Round 46: « Communauté d'agglo. », the short form a funders' table gives the communauté
d'agglomération, is an intercommunalité."""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("text, expected", [
    ("Le coût annuel est de 46 000 €.\n| Financeur | Montant |\n| Etat - FIPD | 23 000 € |\n"
     "| Communauté d'agglo. | 23 000 € |\n", {"etat", "intercommunalite"}),
    ("La Communauté d'agglo prend en charge la moitié du coût du poste, l'État l'autre moitié au titre du FIPD.",
     {"etat", "intercommunalite"}),
])
def test_short_communaute_d_agglo(text, expected):
    fin, _ = code_article(text)
    assert {f["type"] for f in fin.extra["financeurs"]} == expected

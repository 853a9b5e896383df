"""Round 5: one financeur taking the whole cost in words, without a percentage.

« L'État prend en charge la totalité de ce coût », « l'intégralité des dépenses du poste »,
« entièrement », « 100 % du coût »: a single payer of the whole post is a stated (stable) share of
100 %. Wordings written for these tests, none from a sample convention; controls keep the partial
wordings (travel costs only, two financeurs, a negation) out.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

COST = "Le coût du poste est évalué à 45 000 euros par an pour un agent à temps plein.\n"


def coded(text: str) -> tuple[str, list[dict]]:
    fin, _ = code_financing(text_doc(text))
    return fin.value, fin.extra["financeurs"]


@pytest.mark.parametrize("sentence", [
    "L'État s'engage à prendre en charge la totalité de ce coût au titre du FIPD.",
    "La totalité de cette dépense est prise en charge par le Département.",
    "Le conseil départemental assume l'intégralité des coûts du poste.",
    "Le poste est entièrement financé par l'Etat (FIPD).",
    "La commune supporte en totalite le cout de l'emploi.",
    "L'État finance 100 % du coût du poste.",
    "Le FIPD couvre l'ensemble du budget de ce poste.",
    "Le financement du poste est assuré intégralement par la CAF.",
])
def test_whole_cost_in_words_is_a_sole_financeur(sentence: str) -> None:
    value, financeurs = coded(COST + sentence)
    assert value == "stable"
    assert len(financeurs) == 1
    assert financeurs[0]["part"] == 100.0
    assert financeurs[0]["montant"] == 45000.0  # the share of a known cost


@pytest.mark.parametrize("sentence", [
    # only part of the costs
    "L'État prend en charge la totalité des dépenses de déplacement de l'intervenant.",
    # two financeurs: the word « entièrement » does not give each a share
    "Le poste est entièrement financé par l'État et le Département, selon des montants fixés chaque année.",
    # negated
    "L'État ne prend pas en charge la totalité de ce coût ; les montants sont fixés chaque année.",
])
def test_partial_shared_or_negated_whole_cost_is_not_a_sole_financeur(sentence: str) -> None:
    value, financeurs = coded(COST + sentence)
    assert value == "non_precise"
    assert all(f["part"] != 100.0 for f in financeurs)

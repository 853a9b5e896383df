"""Round 39: a former working time recalled in the preamble or in the imperfect is not the post's.

« Considérant que l'association a mis un intervenant à disposition à raison d'un mi-temps, et que ce
temps ne suffit plus » or « Depuis 2016 un poste existait à mi-temps » tell what was; the article that
sets the post at « temps plein (1 ETP) » says what is. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article, text_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

COST = "Le coût du poste est évalué à 46 000 euros par an."


def etp_of(doc_text: str) -> float | None:
    doc = text_doc(doc_text)
    _, cost = code_financing(doc, segment(doc))
    return cost.value["etp"]


@pytest.mark.parametrize("purpose", [
    "Depuis 2015 un poste d'intervenant social existait à mi-temps ; la commune le reprend à temps plein. "
    "Le poste est à temps plein (1 ETP).",
    "Jusqu'en 2019, l'intervenante intervenait à raison d'un mi-temps. Le poste est désormais occupé à temps "
    "plein, soit un équivalent temps plein.",
    "Un poste a mi-temps fonctionnait depuis 2012. Le poste cree par la presente convention est a temps plein "
    "(1 ETP).",
])
def test_former_time_in_the_imperfect_yields(purpose: str) -> None:
    assert code_article(COST, purpose=purpose)[1].value["etp"] == 1.0


def test_preamble_reason_yields_to_the_article() -> None:
    text = ("Considérant que depuis 2011 l'association met un intervenant social à la disposition des policiers "
            "à raison d'un mi-temps, et que ce temps ne suffit plus ;\n"
            "Il est convenu ce qui suit.\n"
            "Article 1 – Objet\nLa présente convention étend le poste d'intervenant social à un temps plein (1 ETP).\n"
            "Article 2 – Financement\n" + COST + "\n")
    assert etp_of(text) == 1.0


@pytest.mark.parametrize("purpose, etp", [
    # the former time alone is still the only figure: kept
    ("Un poste d'intervenant social existait à mi-temps et est reconduit dans les mêmes conditions.", 0.5),
    # a present half time is read as usual
    ("Le poste est à mi-temps (0,5 ETP).", 0.5),
])
def test_present_or_only_time_is_kept(purpose: str, etp: float) -> None:
    assert code_article(COST, purpose=purpose)[1].value["etp"] == etp

"""The financing indicators on the sample conventions, through the real readers, against gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iscg_nlp.extract import read_document
from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"
GOLD = [g for g in (json.loads(line) for line in (SAMPLES / "gold.jsonl").read_text("utf-8").splitlines()
                    if line.strip()) if "indicators" in g and (SAMPLES / g["file"]).exists()]


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"] for g in GOLD])
def test_sample_financing_matches_gold(gold: dict) -> None:
    doc = read_document(str(SAMPLES / gold["file"]))
    fin, cost = code_financing(doc, segment(doc))  # as the pipeline calls it
    assert fin.value == gold["indicators"]["financement"]
    assert cost.value == gold["indicators"]["cout_poste"]
    assert {f["type"] for f in fin.extra["financeurs"]} == {f["type"] for f in gold["financeurs"]}

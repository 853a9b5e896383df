"""The calibrated threshold still separates the samples whose gold gives proximite_modele."""

import json
from pathlib import Path

import pytest

from iscg_nlp.compare import compare, load_model
from iscg_nlp.compare.score import load_threshold

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"


def gold_rows():
    path = SAMPLES / "gold.jsonl"
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # a sample whose file is not built yet is left out
    return [r for r in rows if r.get("indicators", {}).get("proximite_modele") and (SAMPLES / r["file"]).is_file()]


@pytest.mark.skipif(not gold_rows(), reason="pas d'échantillons codés")
def test_threshold_agrees_with_gold():
    from iscg_nlp.extract import read_document
    from iscg_nlp.segment import segment

    model, seuil = load_model(), load_threshold()
    wrong = []
    for row in gold_rows():
        doc = read_document(SAMPLES / row["file"])
        c = compare(doc, segment(doc), model)
        assert c.threshold == seuil
        if c.decision != row["indicators"]["proximite_modele"]:
            wrong.append((row["file"], round(c.score, 3), row["indicators"]["proximite_modele"]))
    # the calibration allows at most one disagreement per ten samples as the corpus grows
    assert len(wrong) <= len(gold_rows()) // 10, wrong

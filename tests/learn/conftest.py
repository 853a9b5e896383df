"""The real pipeline on the corpus samples, once per session; stores are built from its lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus_samples"


@pytest.fixture(scope="session")
def analysed():
    """[(file name, JSON line, normalised text, gold line)] for every gold sample with indicators."""
    from iscg_nlp.pipeline import analysis_to_json, analyze_path

    gold = [json.loads(x) for x in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for g in gold:
        path = SAMPLES / g["file"]
        if "indicators" not in g or not path.is_file():
            continue
        a = analyze_path(path)
        out.append((path.name, analysis_to_json(a, path.name), a.document.text, g))
    assert len(out) >= 20
    return out


def build_store(path: Path, analysed, decide=None):
    """A real review store with every sample recorded; ``decide(store, doc_id, name, line, gold)`` adds
    the simulated reviewers' decisions."""
    from iscg_nlp.store import ReviewStore

    store = ReviewStore(path)
    run = store.start_run("test", "rules", "model")
    ids = {}
    for name, line, text, g in analysed:
        ids[name] = store.record_analysis(run, line, text=text)
        if decide:
            decide(store, ids[name], name, line, g)
    store.close()
    return ids

"""The review app and the export on real results of the pipeline (`iscg analyze … --store`)."""

import csv
import io
import re
from pathlib import Path

import pytest

from iscg_nlp.batch import analyze_paths
from iscg_nlp.export import export
from iscg_nlp.store import ReviewStore, record_batch
from iscg_nlp.web import create_app
from iscg_nlp.web.review import locate

SAMPLES = Path(__file__).parents[2] / "corpus_samples"
FILES = ["a01-mayenne-2019.pdf", "b06-deux-sevres-2020.docx"]


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("reel") / "relecture.sqlite"
    lines, summary = analyze_paths([str(SAMPLES / f) for f in FILES], workers=1, use_cache=False)
    assert summary["codes"] == len(FILES), lines
    assert record_batch(path, [], lines) == len(FILES)
    return path


def test_every_evidence_is_found_in_the_stored_text(real_store):
    with ReviewStore(real_store) as s:
        docs = s.documents()
        total = 0
        for d in docs:
            for sugg in s.suggestions(d["id"]).values():
                for ev, p in zip(sugg.evidence, locate(d["text"], sugg.evidence)):
                    total += 1
                    assert (p.start, p.end) == (ev["start"], ev["end"]), (d["file_name"], sugg.indicator, ev)
    assert total > 10


def test_pages_of_real_conventions(real_store):
    c = create_app(real_store).test_client()
    listing = c.get("/").get_data(as_text=True)
    assert all(f in listing for f in FILES)
    with ReviewStore(real_store) as s:
        doc = s.documents()[0]
        keys = [k for k, v in s.suggestions(doc["id"]).items() if v.evidence]
    for key in keys:
        html = c.get(f"/convention/{doc['id']}?indicateur={key}").get_data(as_text=True)
        assert re.search(r'<mark id="ev-0" class="preuve">', html), key
    html = c.get(f"/convention/{doc['id']}/comparaison").get_data(as_text=True)
    assert "Points impératifs" in html  # the recorded path is readable: the redline is computed


def test_export_of_real_conventions(real_store):
    buf = io.BytesIO()
    assert export(real_store, "csv", buf) == len(FILES)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig")), delimiter=";"))
    assert {r["Fichier"] for r in rows} == set(FILES)
    assert all(r["Statut"] == "À revoir" and r["Public visé — source"] == "outil" for r in rows)
    assert all(r["Avis ANISCG"] in ("Avis conforme", "Conforme avec réserve", "Avis réservé") for r in rows)

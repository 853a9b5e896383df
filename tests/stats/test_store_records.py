"""Statistics from the review store: reviewers' decisions override suggestions, and the report says so."""

from __future__ import annotations

from iscg_nlp.stats import tables as T
from iscg_nlp.stats.records import provenance, provenance_sentence, records_from_store
from iscg_nlp.store import ReviewStore

from .conftest import make_line


def test_decisions_override_suggestions(tmp_path, hand_lines):
    db = tmp_path / "relecture.sqlite"
    store = ReviewStore(db)
    run = store.start_run("t", "r", "m")
    ids = [store.record_analysis(run, line, text="Le Préfet de la Mayenne et le conseil départemental de la Mayenne.")
           for line in hand_lines[:3]]
    # c1: a reviewer says the public is for all (the tool said victims only) and validates the convention
    store.decide(ids[0], "public", "tous_publics", "Camille")
    store.validate(ids[0], "Camille")
    # c3: one decision only, no validation
    store.decide(ids[2], "autorites", "conforme", "Camille")
    store.close()

    recs = {r.label: r for r in records_from_store(db)}
    c1, c2, c3 = recs["c1.pdf"], recs["c2.pdf"], recs["c3.pdf"]
    assert c1.get("public") == "tous_publics" and c1.origin["public"] == "relecteur" and c1.validated
    assert c1.get("avis") == "conforme" and c1.criteres == []  # avis recomputed from the corrected value
    assert c3.get("autorites") == "conforme" and c3.criteres == ["public"]
    assert c3.get("avis") == "conforme_avec_reserve"
    assert c2.origin["public"] == "outil" and not c2.reviewed
    assert c1.departement == "Mayenne"

    p = provenance(list(recs.values()))
    assert (p["validees"], p["en_partie_revues"], p["non_revues"]) == (1, 1, 1)
    assert p["valeurs_relecteur"] == 2
    sentence = provenance_sentence(p)
    assert "1 validée(s) par un relecteur" in sentence
    assert "suggestions de l'outil non revues" in sentence
    t = T.distribution(list(recs.values()), "public")
    assert {r[0]: r[1].n for r in t.rows}["Tous publics"] == 2


def test_store_line_without_departement_cue(tmp_path):
    db = tmp_path / "s.sqlite"
    store = ReviewStore(db)
    run = store.start_run("t", "r", "m")
    store.record_analysis(run, make_line("x.pdf"), text="Une convention sans nom de lieu.")
    store.close()
    (rec,) = records_from_store(db)
    assert rec.departement is None and rec.text.startswith("Une convention")

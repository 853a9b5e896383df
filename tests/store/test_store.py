"""The review store on a real SQLite file: append-only decisions, conflicts, registration numbers."""

import sqlite3

import pytest

from iscg_nlp.store import ReviewStore, StoreError


def _line(sha="abc", public="tous_publics"):
    return {"file": "conv.pdf", "sha256": sha,
            "indicators": {"public": {"value": public, "confidence": 0.8, "evidence": [{"text": "t", "start": 0, "end": 1}]}},
            "type_employeur": "association", "type_poste": "police",
            "avis": {"value": "conforme", "criteres_non_respectes": []}}


@pytest.fixture
def store(tmp_path):
    s = ReviewStore(tmp_path / "review.sqlite")
    yield s
    s.close()


def test_schema_is_versioned_and_wal(store):
    assert store.schema_version() == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"


def test_reanalysis_with_same_run_is_free(store):
    run = store.start_run("t", "r", "m")
    doc = store.record_analysis(run, _line(), text="texte")
    assert store.record_analysis(run, _line()) == doc
    assert store.db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 1
    assert store.start_run("t", "r", "m") == run


def test_decisions_are_append_only_and_latest_is_current(store):
    run = store.start_run("t", "r", "m")
    doc = store.record_analysis(run, _line())
    first = store.decide(doc, "public", "ambiguite", "Marie", "le public est flou")
    second = store.decide(doc, "public", "tous_publics", "Paul")
    assert second.superseded is not None and second.superseded.reviewer == "Marie"
    assert store.current_decisions(doc)["public"].value == "tous_publics"
    assert [d.reviewer for d in store.history(doc)] == ["Marie", "Paul"]
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("UPDATE decisions SET value='\"x\"' WHERE id=?", (first.decision.id,))
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("DELETE FROM decisions")


def test_new_rules_never_overwrite_a_decision_and_flag_the_document(store):
    doc = store.record_analysis(store.start_run("t", "r1", "m"), _line())
    store.decide(doc, "public", "tous_publics", "Marie")
    assert store.document(doc)["status"] == "en_cours"
    store.record_analysis(store.start_run("t", "r2", "m"), _line(public="victimes_seulement"))
    assert store.current_decisions(doc)["public"].value == "tous_publics"
    assert store.conflicts(doc) == {"public": ("tous_publics", "victimes_seulement")}
    assert store.document(doc)["status"] == "a_revoir"
    with pytest.raises(StoreError, match="Tranchez"):
        store.validate(doc, "Marie")


def test_an_override_is_not_reflagged_when_the_tool_repeats_itself(store):
    doc = store.record_analysis(store.start_run("t", "r1", "m"), _line(public="victimes_seulement"))
    store.decide(doc, "public", "tous_publics", "Marie")
    store.record_analysis(store.start_run("t", "r2", "m"), _line(public="victimes_seulement"))
    assert store.conflicts(doc) == {}


def test_registration_numbers_are_stable_and_never_reused(store):
    run = store.start_run("t", "r", "m")
    a = store.record_analysis(run, _line("a"))
    b = store.record_analysis(run, _line("b"))
    na = store.validate(a, "Marie", year=2024)
    assert na == "ISCG-2024-0001"
    assert store.validate(a, "Marie", year=2024) == na
    assert store.validate(b, "Paul", year=2024) == "ISCG-2024-0002"
    store.set_status(a, "en_cours", "Marie", "réouverture")
    assert store.document(a)["registration"] == na
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("DELETE FROM registrations")


def test_errors_are_said_in_french(tmp_path):
    bad = tmp_path / "pas-une-base.sqlite"
    bad.write_bytes(b"ceci n'est pas une base sqlite" * 100)
    with pytest.raises(StoreError, match="n'est pas une base de relecture valide"):
        ReviewStore(bad)
    with pytest.raises(StoreError, match="dossier"):
        ReviewStore(tmp_path)


def test_reviewer_name_is_required(store):
    doc = store.record_analysis(store.start_run("t", "r", "m"), _line())
    with pytest.raises(StoreError, match="nom de relecteur"):
        store.decide(doc, "public", "tous_publics", "  ")


def test_backup_is_a_consistent_copy(store, tmp_path):
    doc = store.record_analysis(store.start_run("t", "r", "m"), _line())
    store.decide(doc, "public", "tous_publics", "Marie")
    store.backup(tmp_path / "copie.sqlite")
    copy = ReviewStore(tmp_path / "copie.sqlite")
    assert copy.current_decisions(doc)["public"].reviewer == "Marie"
    copy.close()


def test_pending_and_light_listing(store):
    run = store.start_run("t", "r", "m")
    doc = store.record_analysis(run, _line(), text="texte long")
    assert store.pending(doc) == {"public", "type_employeur", "type_poste", "avis"}
    store.decide(doc, "public", "tous_publics", "Marie")
    assert "public" not in store.pending(doc)
    light = store.documents(with_text=False)[0]
    assert "text" not in light and light["file_name"] == "conv.pdf" and light["registration"] is None


def test_a_change_after_validation_reopens_with_the_same_number(store):
    doc = store.record_analysis(store.start_run("t", "r", "m"), _line())
    number = store.validate(doc, "Marie", year=2024)
    store.decide(doc, "public", "tous_publics", "Paul")  # first decision, same value as suggested: still a change
    assert store.document(doc)["status"] == "en_cours"
    assert store.validate(doc, "Paul", year=2025) == number
    store.decide(doc, "public", "tous_publics", "Paul")  # same value again: stays validated
    assert store.document(doc)["status"] == "validee"


def test_backup_command(store, tmp_path, capsys):
    from types import SimpleNamespace

    from iscg_nlp.backup import run_backup

    doc = store.record_analysis(store.start_run("t", "r", "m"), _line())
    store.decide(doc, "public", "ambiguite", "Marie")
    assert run_backup(SimpleNamespace(store=str(store.path), destination=str(tmp_path))) == 0
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("review-")]
    assert len(copies) == 1
    with ReviewStore(copies[0]) as copy:
        assert copy.current_decisions(doc)["public"].value == "ambiguite"
    assert run_backup(SimpleNamespace(store=str(store.path), destination=str(store.path))) == 2


def test_backup_into_the_store_itself_is_refused(store, capsys):
    from types import SimpleNamespace

    from iscg_nlp.backup import run_backup

    assert run_backup(SimpleNamespace(store=str(store.path), output=str(store.path))) == 2
    assert "autre fichier" in capsys.readouterr().err

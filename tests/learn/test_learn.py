"""Training from reviewers' decisions, refusal on small data, signed model files, the second opinion."""

from __future__ import annotations

import argparse
import json

import pytest

from iscg_nlp.learn import opinion, signing
from iscg_nlp.learn.render import render_second_opinion, second_opinion_rows
from iscg_nlp.learn.train import MIN_EXAMPLES, THRESHOLD, learn, run_learn
from iscg_nlp.store import ReviewStore

from .conftest import build_store

IND = "deontologie"


def _gold_reviewer(indicators):
    def decide(store, doc_id, name, line, g):
        for key in indicators:
            store.decide(doc_id, key, g["indicators"][key], "Marie")
    return decide


@pytest.fixture(scope="module")
def trained(tmp_path_factory, analysed):
    db = tmp_path_factory.mktemp("learn") / "relecture.sqlite"
    ids = build_store(db, analysed, _gold_reviewer([IND]))
    results = learn(db, indicators=[IND])
    return db, ids, results


def test_training_reports_numbers_and_saves_signed_model(trained, analysed):
    db, _, results = trained
    (r,) = results
    counts = {}
    for _, _, _, g in analysed:
        counts[g["indicators"][IND]] = counts.get(g["indicators"][IND], 0) + 1
    assert r.status == "entraine"
    assert r.n == len(analysed) and r.counts == counts
    # values decided fewer than 3 times are left out and said so
    assert r.left_out == {v: c for v, c in counts.items() if c < 3}
    assert r.n_used == len(analysed) - sum(r.left_out.values())
    assert 0.5 <= r.cv_accuracy <= 1.0  # well above chance on four values
    assert "validation croisée" in r.message and f"{r.n_used} conventions" in r.message
    d = signing.models_dir(db)
    manifest = json.loads((d / f"{IND}.json").read_text(encoding="utf-8"))
    assert manifest["data_version"] == r.data_version and manifest["sklearn_version"]
    assert (d / f"{IND}.joblib").stat().st_size > 0
    assert signing.key_path(db).stat().st_mode & 0o077 == 0  # key readable by its owner only


def test_same_decisions_do_not_retrain_and_a_new_decision_does(trained):
    db, ids, results = trained
    again = learn(db, indicators=[IND])
    assert again[0].status == "inchange" and again[0].data_version == results[0].data_version
    with ReviewStore(db) as store:
        doc = next(iter(ids.values()))
        current = store.current_decisions(doc)[IND].value
        store.decide(doc, IND, current, "Paul", "relu une seconde fois")  # same value, new decision
    changed = learn(db, indicators=[IND])
    assert changed[0].status == "entraine" and changed[0].data_version != results[0].data_version


def test_refusal_on_too_few_examples_says_why_in_french(tmp_path, analysed):
    db = tmp_path / "petite.sqlite"
    few = analysed[:5]
    build_store(db, few, _gold_reviewer([IND]))
    (r,) = learn(db, indicators=[IND])
    assert r.status == "refuse" and r.n == 5
    assert "Pas assez de conventions relues : 5 décision(s)" in r.message and str(MIN_EXAMPLES) in r.message
    assert not (signing.models_dir(db) / f"{IND}.joblib").exists()


def test_refusal_when_one_value_only(tmp_path, analysed):
    db = tmp_path / "uniforme.sqlite"

    def decide(store, doc_id, name, line, g):
        store.decide(doc_id, "comite_pilotage", "prevu", "Marie")

    build_store(db, analysed[:14], decide)
    (r,) = learn(db, indicators=["comite_pilotage"])
    assert r.status == "refuse" and "diversité" in r.message and "prevu : 14" in r.message


def _copy_with_value(line, indicator, value):
    """The same convention received again (another file, so another hash) with the rules saying ``value``."""
    other = json.loads(json.dumps(line))
    other["sha256"] = "0" * 64
    other["file"] = "copie.pdf"
    other["indicators"][indicator]["value"] = value
    return other


def test_second_opinion_when_model_and_rules_disagree(trained, analysed):
    db, _, results = trained
    classes = sorted(set(results[0].counts) - set(results[0].left_out))
    name, line, text, g = next(x for x in analysed if x[3]["indicators"][IND] == "contre_sens")
    rules_say = next(c for c in classes if c != "contre_sens")
    so = opinion.second_opinion(_copy_with_value(line, IND, rules_say), text, db)
    assert so is not None and IND in so
    entry = so[IND]
    assert entry["value"] == "contre_sens" and entry["valeur_regles"] == rules_say
    assert entry["probabilite"] >= THRESHOLD and entry["statut"] == "à vérifier"
    assert len(entry["similaires"]) == 3
    assert entry["similaires"][0] == {"file": name, "value": "contre_sens", "similarite": pytest.approx(1.0, abs=1e-6)}
    sims = [s["similarite"] for s in entry["similaires"]]
    assert sims == sorted(sims, reverse=True)
    # shown to the person: table under `iscg analyze --format table`, rows for the review page
    line_out = opinion.attach_second_opinion(_copy_with_value(line, IND, rules_say), text, db)
    rows = second_opinion_rows(line_out)
    assert rows[0]["statut"] == "À vérifier" and rows[0]["valeur_modele"] == "Contre-sens"
    from rich.console import Console

    console = Console(width=140, record=True, color_system=None)
    render_second_opinion(line_out, console)
    shown = console.export_text()
    assert "à vérifier" in shown and "Contre-sens" in shown and name in shown


def test_no_second_opinion_when_they_agree_or_without_store(trained, analysed):
    db, _, _ = trained
    name, line, text, g = next(x for x in analysed
                               if x[1]["indicators"][IND]["value"] == x[3]["indicators"][IND] == "securisee")
    so = opinion.second_opinion(line, text, db) or {}
    assert IND not in so
    assert opinion.second_opinion(line, text, None) is None
    assert opinion.second_opinion({"file": "x.pdf", "error": "illisible"}, text, db) is None


def test_review_page_helper_reads_the_stored_document(trained, analysed):
    db, ids, _ = trained
    # a stored document whose rules agree with the reviewer: nothing to flag for this indicator
    name = next(n for n, line, _, g in analysed if line["indicators"][IND]["value"] == g["indicators"][IND])
    assert IND not in (opinion.second_opinion_for_document(db, ids[name]) or {})


def _tamper(path, at=-20):
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def _copy_store(src, dst):
    """A copy of a trained store with its models and key (so tampering does not touch the shared one)."""
    import shutil

    with ReviewStore(src) as store:
        store.backup(dst)
    shutil.copytree(signing.models_dir(src), signing.models_dir(dst))
    shutil.copy2(signing.key_path(src), signing.key_path(dst))


def test_tampered_or_foreign_model_files_are_refused_without_unpickling(tmp_path, trained, analysed, monkeypatch):
    db = tmp_path / "modeles.sqlite"
    _copy_store(trained[0], db)
    d = signing.models_dir(db)
    payload, manifest = signing.load_signed(db, IND)  # ours: loads
    assert manifest["indicator"] == IND

    import joblib

    def _never(*a, **k):
        raise AssertionError("an unverified model file was unpickled")

    original = (d / f"{IND}.joblib").read_bytes()
    _tamper(d / f"{IND}.joblib")
    monkeypatch.setattr(joblib, "load", _never)
    with pytest.raises(signing.ModelFileError, match="signature"):
        signing.load_signed(db, IND)
    assert IND in opinion.model_problems(db)
    assert opinion.second_opinion(analysed[0][1], analysed[0][2], db) is None

    # a manifest edited by hand (claims other data) is refused too
    (d / f"{IND}.joblib").write_bytes(original)
    m = json.loads((d / f"{IND}.json").read_text(encoding="utf-8"))
    m["data_version"] = "0000"
    (d / f"{IND}.json").write_text(json.dumps(m), encoding="utf-8")
    with pytest.raises(signing.ModelFileError, match="signature"):
        signing.load_signed(db, IND)

    # model files copied from another store (another key) are refused
    other = tmp_path / "autre.sqlite"
    signing.models_dir(other).mkdir()
    for suffix in (".joblib", ".json"):
        (signing.models_dir(other) / f"{IND}{suffix}").write_bytes((d / f"{IND}{suffix}").read_bytes())
    with pytest.raises(signing.ModelFileError, match="aucune clé"):
        signing.load_signed(other, IND)
    signing.load_key(other, create=True)
    with pytest.raises(signing.ModelFileError, match="signature"):
        signing.load_signed(other, IND)


def test_cli_entry_json(trained, capsys):
    db, _, _ = trained
    assert run_learn(argparse.Namespace(store=str(db), format="json", rules=None, force=False)) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["minimum"]["exemples"] == MIN_EXAMPLES and out["seuil_second_avis"] == THRESHOLD
    assert {r["indicator"] for r in out["indicateurs"]} == {IND}


def test_missing_store_is_said_in_french(tmp_path):
    from iscg_nlp.errors import IscgError

    with pytest.raises(IscgError, match="introuvable"):
        learn(tmp_path / "absente.sqlite")
    assert not (tmp_path / "absente.sqlite").exists()


def test_batch_helper_finds_the_text_in_the_store_or_the_file(trained, analysed):
    db, _, results = trained
    name, line, text, g = next(x for x in analysed if x[3]["indicators"][IND] == "contre_sens")
    rules_say = next(c for c in sorted(set(results[0].counts) - set(results[0].left_out)) if c != "contre_sens")
    stored = json.loads(json.dumps(line))
    stored["indicators"][IND]["value"] = rules_say  # known sha256: text read from the store
    assert opinion.second_opinion_for_line(stored, db)[IND]["value"] == "contre_sens"
    assert opinion.second_opinion_for_line(stored, None) is None

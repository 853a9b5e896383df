"""`iscg rules-report` on real stores: rule confirmation counts, agreement, inter-reviewer kappa, phrases."""

from __future__ import annotations

import argparse
import json

import pytest
from sklearn.metrics import cohen_kappa_score

from iscg_nlp.learn.report import rules_report, run_rules_report
from iscg_nlp.store import ReviewStore

from .conftest import build_store

IND = "deontologie"
VALUES = ["securisee", "ambiguite", "contre_sens", "non_precise"]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, analysed):
    """Marie confirms every deontologie suggestion but overrides three; Paul re-reads four conventions,
    agrees on three and overrides the fourth."""
    db = tmp_path_factory.mktemp("report") / "relecture.sqlite"
    names = [n for n, *_ in analysed]
    marie_overrides = set(names[0:3])
    paul_reads = names[3:7]
    paul_overrides = {names[6]}

    def other(value):
        return next(v for v in VALUES if v != value)

    def decide(store, doc_id, name, line, g):
        tool = line["indicators"][IND]["value"]
        marie = other(tool) if name in marie_overrides else tool
        store.decide(doc_id, IND, marie, "Marie")
        if name in paul_reads:
            store.decide(doc_id, IND, other(marie) if name in paul_overrides else marie, "Paul")

    build_store(db, analysed, decide)
    with ReviewStore(db) as store:
        report = rules_report(store)
    final = {n: (other(l["indicators"][IND]["value"]) if n in marie_overrides | paul_overrides
                 else l["indicators"][IND]["value"]) for n, l, _, _ in analysed}
    return db, report, marie_overrides | paul_overrides, final


def test_tool_against_reviewers(reviewed, analysed):
    _, report, overridden, final = reviewed
    s = report["indicateurs"][IND]
    n = len(analysed)
    assert s["n"] == n and s["accord"] == pytest.approx((n - 4) / n)
    tool = [json.dumps(l["indicators"][IND]["value"]) for _, l, _, _ in analysed]
    people = [json.dumps(final[name]) for name, *_ in analysed]
    assert s["kappa"] == pytest.approx(cohen_kappa_score(tool, people))
    assert sum(c["n"] for c in s["corrections"]) == 4
    assert report["decisions"] == n and report["conventions"] == n


def test_between_reviewers(reviewed):
    _, report, _, _ = reviewed
    s = report["entre_relecteurs"][IND]
    assert s["n"] == 4 and s["accord"] == pytest.approx(0.75)
    assert list(report["entre_relecteurs"]) == [IND]


def test_rule_counts(reviewed, analysed):
    _, report, overridden, _ = reviewed
    by_rule = {r["regle"]: r for r in report["regles"]}
    expected: dict[str, list[int]] = {}
    for name, line, _, _ in analysed:
        for rule in {e["rule"] for e in line["indicators"][IND]["evidence"]}:
            expected.setdefault(rule, [0, 0])[name in overridden] += 1
    assert set(by_rule) == set(expected)
    for rule, (confirmed, corrected) in expected.items():
        r = by_rule[rule]
        assert (r["confirmees"], r["corrigees"]) == (confirmed, corrected), rule
        assert r["taux_confirmation"] == pytest.approx(confirmed / (confirmed + corrected))
        assert sum(r["corrigees_vers"].values()) == corrected
    # most corrected first
    assert [r["corrigees"] for r in report["regles"]] == sorted((r["corrigees"] for r in report["regles"]), reverse=True)


def _line(sha, value, passage, rule):
    ev = [{"text": passage, "start": 0, "end": len(passage), "page": None, "article": "Article 4", "rule": rule}] if passage else []
    return {"file": f"{sha}.txt", "sha256": sha, "indicators": {"autorites": {"value": value, "confidence": 0.8, "evidence": ev}},
            "type_employeur": "association", "type_poste": "gendarmerie", "avis": None}


def test_phrases_frequent_in_overridden_passages_only(tmp_path):
    db = tmp_path / "phrases.sqlite"
    wrong = [
        "L'intervenant social est placé sous la responsabilité du commandant de brigade pour son service.",
        "L'intervenant social exerce sous la responsabilité du commandant de brigade, qui fixe ses horaires.",
        "Ses congés sont posés sous la responsabilité du commandant de brigade ; l'intervenant social en informe l'association.",
    ]
    right = [
        "L'intervenant social est placé sous l'autorité hiérarchique de l'association employeur.",
        "L'intervenant social relève de l'autorité hiérarchique et technique de son employeur.",
        "L'intervenant social est placé sous l'autorité fonctionnelle du commandant de groupement.",
    ]
    with ReviewStore(db) as store:
        run = store.start_run("t", "r", "m")
        for i, passage in enumerate(wrong):
            doc = store.record_analysis(run, _line(f"w{i}", "conforme", passage, "autorites.employeur"), text=passage)
            store.decide(doc, "autorites", "inversee", "Marie")
        for i, passage in enumerate(right):
            doc = store.record_analysis(run, _line(f"r{i}", "conforme", passage, "autorites.employeur"), text=passage)
            store.decide(doc, "autorites", "conforme", "Marie")
        doc = store.record_analysis(run, _line("a0", "confuse", None, ""), text="…")
        store.decide(doc, "autorites", "conforme", "Marie")
        report = rules_report(store)
    phrases = {p["expression"]: p for p in report["expressions"]["autorites"]}
    top = report["expressions"]["autorites"][0]
    assert top["expression"] == "responsabilite du commandant de brigade"
    assert top["passages_corriges"] == 3 and top["passages_confirmes"] == 0
    assert top["valeurs_relecteurs"] == {'"inversee"': 3}
    assert not any("intervenant social" in p for p in phrases)  # as common in confirmed passages
    assert "commandant de brigade" not in phrases  # folded into the longer sequence seen as often
    assert report["corrections_sans_passage"] == {"autorites": 1}
    rule = next(r for r in report["regles"] if r["regle"] == "autorites.employeur")
    assert (rule["confirmees"], rule["corrigees"], rule["corrigees_vers"]) == (3, 3, {"inversee": 3})


def test_cli_json_and_french_table(reviewed, capsys):
    db, report, _, _ = reviewed
    assert run_rules_report(argparse.Namespace(store=str(db), format="json")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["indicateurs"][IND]["n"] == report["indicateurs"][IND]["n"]
    assert run_rules_report(argparse.Namespace(store=str(db), format="table")) == 0
    text = capsys.readouterr().out
    assert "Accord entre l'outil et les relecteurs" in text and "Accord entre relecteurs" in text
    assert "Déontologie et cadre légal" in text

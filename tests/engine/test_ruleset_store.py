"""The stored rule set: a later run gets the same rules without reading the files, and never a stale
or broken set (an edited rule file is read and checked again; a damaged store is rebuilt)."""

import shutil
from pathlib import Path

import pytest

from iscg_nlp import ruleset_store
from iscg_nlp.errors import RuleFileError
from iscg_nlp.match import match_text
from iscg_nlp.nlp import LazyRegex
from iscg_nlp.resources import default_rules_dir
from iscg_nlp.ruleset import load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"

TEXT = """L'intervenant social accueille toute personne majeure ou mineure, victime ou mise en cause.
Il ne transmet aucune information aux enquêteurs sans l'accord de la personne.
Un comité de pilotage se réunit une fois par an, présidé par le préfet.
"""


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ISCG_NO_RULESET_STORE", raising=False)
    return tmp_path / "cache" / "iscg-nlp" / "rulesets"


def _findings(ruleset):
    return [(f.rule_id, f.value, f.status, f.cue_start) for f in match_text(TEXT, ruleset)]


def test_shipped_rules_come_back_identical(store, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    fresh = load_ruleset(rules)
    assert len(list(store.glob("*.pickle"))) == 1
    stored = load_ruleset(rules)
    assert stored is not fresh
    assert stored.version == fresh.version and stored.directory == fresh.directory
    assert list(stored.rules) == list(fresh.rules)
    for rid, rule in fresh.rules.items():
        again = stored.rules[rid]
        assert again.rule == rule.rule and again.patterns == rule.patterns and again.regexes == rule.regexes
        assert again.words == rule.words and again.frame_slots == rule.frame_slots
    assert stored.qualifiers == fresh.qualifiers and stored.avis == fresh.avis
    # regexes come back uncompiled (compiled on first use), and they still match
    some = next(r for r in stored.rules.values() if r.regexes).regexes[0]
    assert isinstance(some, LazyRegex) and some._rx is None
    assert _findings(stored) == _findings(fresh) and _findings(fresh)


def test_edited_rule_file_is_read_and_checked_again(store, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "basic", rules)
    first = load_ruleset(rules)
    path = rules / "comite_pilotage.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    vote: prevu\n", "    vote: prevu\n    colour: blue\n", 1), encoding="utf-8")
    with pytest.raises(RuleFileError, match="colour"):
        load_ruleset(rules)
    path.write_text(text.replace("comité de suivi", "comité de suivi partenarial", 1), encoding="utf-8")
    edited = load_ruleset(rules)
    assert edited.version != first.version
    assert any("comite de suivi partenarial" in p for r in edited.rules.values() for p in r.phrases)


def test_damaged_store_is_rebuilt(store, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "basic", rules)
    fresh = load_ruleset(rules)
    [stored] = store.glob("*.pickle")
    stored.write_bytes(b"\x80\x05 not a pickle")
    again = load_ruleset(rules)
    assert list(again.rules) == list(fresh.rules)
    assert stored.read_bytes()[:2] == b"\x80\x05" and len(stored.read_bytes()) > 100  # written anew


def test_store_can_be_turned_off_and_is_bounded(store, tmp_path, monkeypatch):
    for i in range(ruleset_store.KEEP + 3):
        rules = tmp_path / f"rules{i}"
        shutil.copytree(FIXTURES / "basic", rules)
        load_ruleset(rules)
    assert len(list(store.glob("*.pickle"))) == ruleset_store.KEEP
    monkeypatch.setenv("ISCG_NO_RULESET_STORE", "1")
    shutil.rmtree(store)
    load_ruleset(FIXTURES / "basic")
    assert not store.exists()


def test_cache_clear_removes_stored_rule_sets(store, tmp_path, capsys):
    from iscg_nlp.cli import main

    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "basic", rules)
    load_ruleset(rules)
    assert list(store.glob("*.pickle"))
    assert main(["cache", "clear"]) == 0
    assert not list(store.glob("*.pickle"))
    assert "1 jeu(x) de règles enregistré(s) supprimé(s)" in capsys.readouterr().out
    # the next load reads the files again and stores them anew
    assert load_ruleset(rules).rules
    assert len(list(store.glob("*.pickle"))) == 1

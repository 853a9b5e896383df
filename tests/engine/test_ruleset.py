"""Broken rule files fail loudly: file, rule id and a French reason (with the YAML line)."""

import shutil
from pathlib import Path

import pytest

from iscg_nlp.errors import RuleFileError
from iscg_nlp.ruleset import load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"
BASE = (FIXTURES / "basic" / "comite_pilotage.yaml").read_text(encoding="utf-8")


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in BASE
    (tmp_path / "comite_pilotage.yaml").write_text(BASE.replace(old, new), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("old, new, rule_id, reason", [
    ("    vote: prevu\n", "    vote: prevu\n    colour: blue\n", "comite_pilotage.comite", "clé inconnue « colour »"),
    ("    vote: prevu\n", "    vote: prevue\n", "comite_pilotage.comite", "le vote « prevue » n'apparaît dans aucun"),
    ("  - id: comite_pilotage.comite", "  - id: copil.comite", "copil.comite", "l'identifiant doit s'écrire"),
    ("    explanation: Un comité de pilotage ou de suivi est prévu.\n", "", "comite_pilotage.comite",
     "champ obligatoire manquant « explanation »"),
    ("    explanation: Un comité de pilotage ou de suivi est prévu.\n", "    explanation: ' '\n",
     "comite_pilotage.comite", "explication vide"),
    ('    phrases: ["comité de pilotage", "comité de suivi", "COPIL"]\n',
     '    patterns:\n      - [{NORM: comité, OP: "§"}]\n', "comite_pilotage.comite", "motif spaCy invalide"),
    ("    qualifiers: {negation: flip:non_prevu, condition: block}", "    qualifiers: {pseudo_negation: flip}",
     "comite_pilotage.comite", "pseudo_negation"),
    ('    phrases: ["comité de pilotage", "comité de suivi", "COPIL"]\n',
     '    patterns:\n      - [{DEP: nsubj}]\n', "comite_pilotage.comite", "n'est pas disponible"),
    ('    phrases: ["comité de pilotage", "comité de suivi", "COPIL"]\n',
     '    regex: ["comit(e"]\n', "comite_pilotage.comite", "expression régulière invalide"),
    ("  - value: prevu\n    when", "  - value: prevue\n    when", None, "valeur « prevue » inconnue pour comite_pilotage"),
    ("    confidence: 0.7\n", "    when: {any: [prevu]}\n    confidence: 0.7\n", None, "cas par défaut"),
    ("qualifiers: {negation: flip:non_prevu", "qualifiers: {negation: reverse", "comite_pilotage.comite",
     "flip:<signal>"),
    ("indicator: comite_pilotage", "indicator: comite", None, "indicateur inconnu « comite »"),
    ("rules:\n", "rules:\n  - [oops\n", None, "YAML mal formé"),
])
def test_broken_file(tmp_path, old, new, rule_id, reason):
    with pytest.raises(RuleFileError) as info:
        load_ruleset(_broken(tmp_path, old, new))
    err = info.value
    assert err.path.endswith("comite_pilotage.yaml")
    assert err.rule_id == rule_id
    assert reason in err.reason
    assert "ligne" in err.reason
    assert "Fichier de règles invalide" in str(err)


def test_duplicate_ids_across_files(tmp_path):
    shutil.copy(FIXTURES / "basic" / "comite_pilotage.yaml", tmp_path / "comite_pilotage.yaml")
    (tmp_path / "copie.yaml").write_text(BASE.replace("indicator: comite_pilotage", "indicator: comite_pilotage"),
                                         encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_ruleset(tmp_path)
    assert "déjà" in info.value.reason


def test_folding_and_splitting_at_load(basic_rules):
    rule = basic_rules.rules["deontologie.secret_partage"]
    assert rule.patterns == [[{"NORM": "secret"}, {"NORM": "partage"}]]  # LOWER read as NORM, folded


def test_env_var_and_version(tmp_path, monkeypatch):
    shutil.copy(FIXTURES / "basic" / "comite_pilotage.yaml", tmp_path / "comite_pilotage.yaml")
    monkeypatch.setenv("ISCG_RULES_DIR", str(tmp_path))
    first = load_ruleset()
    assert set(first.files) == {"comite_pilotage"}
    (tmp_path / "comite_pilotage.yaml").write_text(BASE.replace("score", "score") + "\n# changed\n")
    assert load_ruleset().version != first.version


def test_missing_directory(tmp_path):
    with pytest.raises(RuleFileError):
        load_ruleset(tmp_path / "nope")


def test_elided_word_alone_is_one_token(tmp_path):
    """« d' » written alone in an IN list is one token, as the documents are cut."""
    (tmp_path / "comite_pilotage.yaml").write_text(BASE.replace(
        '    phrases: ["comité de pilotage", "comité de suivi", "COPIL"]\n',
        "    patterns:\n      - [{NORM: comité}, {NORM: {IN: [de, d']}}, {NORM: {IN: [pilotage, orientation]}}]\n"),
        encoding="utf-8")
    from iscg_nlp.match import match_text

    rules = load_ruleset(tmp_path)
    assert [f.status for f in match_text("Un comité d'orientation se réunit.", rules)] == ["fired"]


def test_shared_word_list_named_once_and_reused(tmp_path):
    """A context list named by a YAML anchor in one rule and given by its alias in another, among that
    rule's own words: both rules see every word, and the list's words block the second rule too."""
    from iscg_nlp.match import match_text

    shared = BASE.replace(
        "    qualifiers: {negation: flip:non_prevu, condition: block}\n",
        "    qualifiers: {negation: flip:non_prevu, condition: block}\n"
        "    context: {forbid_any: [&ancien [abandonné, \"constaté ailleurs\"], subvention]}\n", 1)
    shared += (
        "  - id: comite_pilotage.instance\n"
        "    vote: prevu\n"
        "    phrases: [\"instance de suivi\"]\n"
        "    context: {forbid_any: [*ancien, bilan]}\n"
        "    explanation: Une instance de suivi est prévue.\n")
    (tmp_path / "comite_pilotage.yaml").write_text(shared, encoding="utf-8")
    rules = load_ruleset(tmp_path)
    assert [w for w, _ in rules.rules["comite_pilotage.comite"].forbid_any] == ["abandonné", "constaté ailleurs",
                                                                               "subvention"]
    assert [w for w, _ in rules.rules["comite_pilotage.instance"].forbid_any] == ["abandonné", "constaté ailleurs",
                                                                                 "bilan"]

    def fired(text):
        return {f.rule_id for f in match_text(text, rules) if f.status == "fired"}

    assert fired("Une instance de suivi se réunit chaque année.") == {"comite_pilotage.instance"}
    assert fired("Une instance de suivi, constatée ailleurs, est écartée.") == set()


def test_shared_list_holding_another_shared_list(tmp_path):
    """A shared list may itself hold another one (the rule's list holds a list that holds a list): every
    word reaches the rule, in a context list and in a frame's ``none`` alike."""
    shared = BASE.replace(
        "    qualifiers: {negation: flip:non_prevu, condition: block}\n",
        "    qualifiers: {negation: flip:non_prevu, condition: block}\n"
        "    context: {forbid_any: [&large [&ancien [abandonné], subvention], bilan]}\n", 1)
    shared += (
        "  - id: comite_pilotage.instance\n"
        "    vote: prevu\n"
        "    frame: {slots: [[instance], [suivi]], none: [*large, annuel]}\n"
        "    context: {forbid_any: [*large, chiffres]}\n"
        "    explanation: Une instance de suivi est prévue.\n")
    (tmp_path / "comite_pilotage.yaml").write_text(shared, encoding="utf-8")
    rules = load_ruleset(tmp_path)
    assert [w for w, _ in rules.rules["comite_pilotage.comite"].forbid_any] == ["abandonné", "subvention", "bilan"]
    assert [w for w, _ in rules.rules["comite_pilotage.instance"].forbid_any] == ["abandonné", "subvention",
                                                                                 "chiffres"]
    assert [w for w, _ in rules.rules["comite_pilotage.instance"].frame_none] == ["abandonné", "subvention", "annuel"]


def _with_fragments(fragments: str, regex: str) -> str:
    """The basic comité file with a ``fragments`` block and one rule written as ``regex``."""
    return (BASE.replace("rules:\n", fragments + "rules:\n", 1)
            .replace('    phrases: ["comité de pilotage", "comité de suivi", "COPIL"]\n', f"    regex: ['{regex}']\n"))


def test_regex_fragment_written_once_and_called_by_name(tmp_path):
    """« (?&instance) » in a rule's regex is the file's fragment ``instance``; a fragment may call one
    named above it; the words it spells count as the rule's own (for the prefilter and the reports)."""
    from iscg_nlp.match import match_text

    (tmp_path / "comite_pilotage.yaml").write_text(_with_fragments(
        "fragments:\n  organe: 'comite|instance|cellule'\n  suivi: '(?&organe)\\s+de\\s+(?:suivi|pilotage)'\n",
        "\\b(?&suivi)\\b"), encoding="utf-8")
    rules = load_ruleset(tmp_path)
    rule = rules.rules["comite_pilotage.comite"]
    assert "instance" in rule.regex_words and "pilotage" in rule.regex_words

    def fired(text):
        return [f.rule_id for f in match_text(text, rules) if f.status == "fired"]

    assert fired("Une cellule de suivi se réunit deux fois par an.") == ["comite_pilotage.comite"]
    assert fired("Un comité de pilotage est institué.") == ["comite_pilotage.comite"]
    assert fired("Une réunion de suivi a lieu chaque année.") == []


@pytest.mark.parametrize("fragments, regex, reason", [
    ("", "(?&organe)\\s+de\\s+suivi", "fragment « organe » inconnu"),
    ("fragments:\n  suivi: '(?&organe) de suivi'\n  organe: 'comite'\n", "(?&suivi)", "fragment « organe » inconnu"),
    ("fragments:\n  organe: 'comit(e'\n", "(?&organe)", "fragment « organe » invalide"),
    ("fragments:\n  Organe: 'comite'\n", "(?&Organe)", "nom de fragment « Organe »"),
])
def test_broken_fragment_fails_loudly(tmp_path, fragments, regex, reason):
    (tmp_path / "comite_pilotage.yaml").write_text(_with_fragments(fragments, regex), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_ruleset(tmp_path)
    assert reason in info.value.reason
    assert "Fichier de règles invalide" in str(info.value)

"""The store of compiled regexes (``regex_code``) must give exactly what ``re.compile`` gives, from a
real file on disk, in a later process, and fall back to compiling when the file is damaged."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from iscg_nlp import regex_code

PATTERNS = [
    (r"\bc\.?c\.?a\.?s\b", 0),
    (r"(?P<montant>\d[\d \u00a0.]*)\s*(?:€|euros?)", 0),
    (r"(?<!rue\s)(?:mairie|commune)(?!\s+de\s+naissance)", 0),
    (r"(?m)^[ \t]*(?:[-–•]|\d{1,2}[.)])[ \t]*(?P<item>.+)$", 0),
    (r"commissariat", re.IGNORECASE),
    (r"(?x) secret \s+ (?:partage|professionnel)  # commentaire", 0),
]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh store in a cache directory of its own (as a new process would see it)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ISCG_NO_REGEX_MEMO", raising=False)
    _forget(monkeypatch)
    return tmp_path


def _forget(monkeypatch):
    monkeypatch.setattr(regex_code, "_entries", None)
    monkeypatch.setattr(regex_code, "_new", {})
    monkeypatch.setattr(regex_code, "_used", set())


def _file(tmp_path):
    found = list((tmp_path / "iscg-nlp" / "regex").glob("code-*.marshal"))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_rebuilt_pattern_is_the_one_re_compiles(store, monkeypatch, pattern, flags):
    first = regex_code.compile(pattern, flags)
    regex_code.save()
    _forget(monkeypatch)  # a later run: only the file is left
    again = regex_code.compile(pattern, flags)
    assert regex_code._new == {}  # read back, not compiled
    expected = re.compile(pattern, flags)
    assert first == expected and again == expected  # same pattern, flags and engine code
    assert again.groupindex == expected.groupindex and again.groups == expected.groups
    text = "Le CCAS, mairie de Brest : 52 000 € — 1. Secret  partage\n- deux jours au Commissariat"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_later_process_reads_the_file(store):
    regex_code.compile(PATTERNS[1][0])
    regex_code.save()
    code = ("import re; from iscg_nlp import regex_code as c; rx = c.compile(%r); "
            "print(rx == re.compile(%r), len(c._new))" % (PATTERNS[1][0], PATTERNS[1][0]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"XDG_CACHE_HOME": str(store), "PATH": "/usr/bin:/bin"}).stdout.split()
    assert out == ["True", "0"]


def test_invalid_pattern_still_fails_loudly(store):
    with pytest.raises(re.error):
        regex_code.compile(r"(?:mairie")


def test_damaged_file_only_costs_time(store, monkeypatch):
    regex_code.compile(PATTERNS[0][0])
    regex_code.save()
    _file(store).write_bytes(b"\x00not a marshal file")
    _forget(monkeypatch)
    assert regex_code.compile(PATTERNS[0][0]) == re.compile(PATTERNS[0][0])


def test_off_switch_compiles_plainly(store, monkeypatch):
    monkeypatch.setenv("ISCG_NO_REGEX_MEMO", "1")
    assert regex_code.compile(PATTERNS[2][0]) == re.compile(PATTERNS[2][0])
    regex_code.save()
    assert not (store / "iscg-nlp" / "regex").exists()


def test_every_rule_regex_rebuilt_equal(store, monkeypatch):
    """A spread of the real rule regexes (a fifth of them, the long lookbehind alternations included)."""
    from iscg_nlp.match import _compile
    from iscg_nlp.nlp import get_nlp
    from iscg_nlp.ruleset import load_ruleset

    ruleset = load_ruleset()
    patterns = [rx.pattern for _rid, rx, _req, _starts in _compile(ruleset, get_nlp(model=ruleset.needs_model)).regexes]
    patterns = patterns[::5]
    assert len(patterns) > 50
    for p in patterns:
        regex_code.compile(p)
    regex_code.save()
    _forget(monkeypatch)
    for p in patterns:
        assert regex_code.compile(p) == re.compile(p), p[:100]
    assert regex_code._new == {}


def test_a_batch_run_keeps_what_its_workers_compiled(tmp_path):
    """``iscg analyze`` with worker processes: the store holds what the workers compiled (they end
    without running ``atexit``), not only what the main process compiled at rule load."""
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    samples = [str(root / "corpus_samples" / n) for n in ("a03-aude-2021.pdf", "vq03-guyane-2023.odt")
               if (root / "corpus_samples" / n).exists()]
    assert len(samples) == 2
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("ISCG_NO_REGEX_MEMO", None)
    iscg = [sys.executable, "-m", "iscg_nlp.cli", "analyze", *samples, "--no-cache", "--workers", "2", "--format", "jsonl"]
    subprocess.run(iscg, env=env, capture_output=True, check=True)
    first = _file(tmp_path).read_bytes()
    # the qualifier cues are compiled only where a text is read (in the workers), never at rule load
    import marshal

    from iscg_nlp.ruleset import load_ruleset

    cues = {f"{rx.flags}:{rx.pattern}" for rxs in load_ruleset().qualifiers.cues.values() for rx in rxs}
    assert len(cues & set(marshal.loads(first))) >= 10

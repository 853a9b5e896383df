"""The regex prefilter (``nlp.required_prefixes`` + ``nlp.finditer_at_prefixes``) must be a pure
speed-up: the same matches as a plain ``finditer``, on made-up patterns and texts and on every rule
and cue regex over real samples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iscg_nlp.nlp import Starts, finditer_at_prefixes, prefilter, required_prefixes
from iscg_nlp.textutil import fold

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("pattern, strings, word_start", [
    (r"\bc\.?c\.?a\.?s\b", ("c.c.a.s", "c.c.as", "c.ca.s", "c.cas", "cc.a.s", "cc.as", "cca.s", "ccas"), True),
    (r"\b(?:en\s+charge|se\s+concentre|axe\w*)", ("axe", "en ", "se "), True),
    (r"e\.?p\.?c\.?i\b", ("e.p.c.i", "e.p.ci", "e.pc.i", "e.pci", "ep.c.i", "ep.ci", "epc.i", "epci"), False),
    (r"a[.-]?b", ("a-b", "a.b", "ab"), False),
    (r"ab?c", ("abc", "ac"), False),
    (r"ab?", ("a",), False),                        # « a » already covers « ab »
    (r"(?<!rue\s)mairie|commune", ("commune", "mairie"), False),
    (r"\ben\ssa\squalite", ("en sa qualite",), True),
    # an optional group first: the group spelled on into what follows, or what follows alone
    (r"\b(?:auteurs?|(?:ex-?\s*)?conjoints?)", ("auteur", "conjoint", "ex"), True),
    (r"(?:ab)?c", ("abc", "c"), False),
    (r"(?:ab)*c", ("ab", "c"), False),               # repeated: not spelled on (« ababc »)
    # a group of assertions only consumes nothing: the match starts at what follows it
    (r"(?:(?<!visant\s)|(?<=action\svisant\s))(?<!contre\s)\bles\s+personnes", ("les ",), True),
    (r"(?:^|(?<=\n)|(?<=[.;]\s))maire", ("maire",), False),
    # a class first stands for each of its characters (« \d »: every decimal digit, not only 0–9)
    (r"[a-c]+\s+metropole", ("a", "b", "c"), False),
    (r"[,;(]\s*lundi", ("(", ",", ";"), False),
])
def test_starts_spelled_from_the_pattern(pattern, strings, word_start):
    assert required_prefixes(re.compile(pattern)) == Starts(strings, word_start)


def test_digit_class_starts_with_every_decimal_digit():
    starts = required_prefixes(re.compile(r"\b(?:\d+|deux)\s+jours"))
    assert starts.word_start and "deux" in starts.strings
    assert {"0", "9", "\u0663"} <= set(starts.strings)  # « \d » also matches the Arabic-Indic three


@pytest.mark.parametrize("pattern", [
    r"\s+ab",                   # white space of unknown length first
    r"[^a-z]+\s+metropole",     # a negated class first
    r"[\w-]+\s+metropole",      # a class of a category other than digits
    r"(?:le\s+)?\w+",           # an optional group, then a class
    r"(?i)poste",               # case-insensitive
    r"(?=x)",                   # matches the empty string
])
def test_no_starts_when_none_can_be_derived(pattern):
    assert required_prefixes(re.compile(pattern)) is None


PATTERNS = [
    r"\bc\.?c\.?a\.?s\b", r"\b(?:en\s+charge|se\s+concentre)\s+de", r"(?<!la\s)ville\b",
    r"\bab?c", r"ca\s?b", r"\b(?:ba|a)b\w*", r"a\.?b\.?", r"\bc[.-]?a\b\s+(?:ab|ba)", r"\w*ab\b",
    r"(?:(?<!la\s)|(?<=en\sla\s))ville", r"(?:\d+|deux)\s+ab", r"(?<!\w)\d{1,2}\s*c",
]
WORDS = ["a", "ab", "abc", "ba", "c", "ca", "cab", "c.a", "c-a", "ville", "la", "en", "charge", "de", "se",
         "concentre", "c.c.a.s", "ccas", "cc.as", "\u00a0", "\n", ".", "  ", "3", "12", "\u0663", "deux", "4c"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([" ", "", "\n"]))
def test_same_matches_as_a_plain_scan(pattern, words, sep):
    rx = re.compile(pattern)
    text = sep.join(words)
    starts = required_prefixes(rx)
    assert [m.span() for m in finditer_at_prefixes(rx, text, starts)] == [m.span() for m in rx.finditer(text)]


def test_every_rule_and_cue_regex_same_matches_on_samples():
    """All rule regexes and qualifier cues, on a spread of real samples (with their OCR slips, tables,
    signature blocks): the prefiltered scan finds exactly what the plain scan finds."""
    from iscg_nlp.match import _compile
    from iscg_nlp.nlp import get_nlp
    from iscg_nlp.ruleset import load_ruleset

    ruleset = load_ruleset()
    compiled = _compile(ruleset, get_nlp(model=ruleset.needs_model))
    regexes = [rx for _rid, rx, _req, _starts in compiled.regexes]
    regexes += [rx for cues in ruleset.qualifiers.cues.values() for rx in cues]
    assert sum(1 for rx in regexes if prefilter(rx)[1]) > len(regexes) // 2  # the shortcut is used
    texts = [_read(p) for p in sorted((ROOT / "corpus_samples").glob("*.txt"))[::10]]
    texts.append((ROOT / "model_template" / "convention-type.txt").read_text(encoding="utf-8"))
    assert len(texts) >= 5
    for text in map(fold, texts):
        for rx in regexes:
            starts = prefilter(rx)[1]
            got = [m.span() for m in finditer_at_prefixes(rx, text, starts)]
            assert got == [m.span() for m in rx.finditer(text)], rx.pattern[:120]


def _read(path: Path) -> str:
    """A sample .txt as text (the samples use utf-8, utf-16 with its mark, or cp1252)."""
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def test_token_patterns_in_windows_find_what_the_whole_text_gives():
    """The token-pattern Matcher run on windows around each pattern's rarest required word finds the
    same matches as on the whole document (which the check builds from the same active patterns)."""
    from spacy.attrs import NORM

    from iscg_nlp.match import _compile, _derived
    from iscg_nlp.nlp import get_nlp
    from iscg_nlp.ruleset import load_ruleset

    ruleset = load_ruleset()
    pipeline = get_nlp(model=ruleset.needs_model)
    patterns = _compile(ruleset, pipeline).matcher
    texts = [_read(p) for p in sorted((ROOT / "corpus_samples").glob("*.txt"))[::10]]
    model = (ROOT / "model_template" / "convention-type.txt").read_text(encoding="utf-8")
    texts.append((model * 8)[:30_000])
    windowed = 0
    for text in texts:
        derived, _, _ = _derived(text, ruleset)
        for chunk in pipeline.chunks(derived, fold(derived)):
            doc = chunk.doc
            counts = doc.count_by(NORM)
            active = tuple(k for k, (_, _, needs) in enumerate(patterns.patterns)
                           if all(not ids.isdisjoint(counts.keys()) for ids, _ in needs))
            bounded = tuple(k for k in active if patterns.patterns[k][2] and patterns.patterns[k][2][0][1] is not None)
            windowed += bounded != () and patterns._windows(doc, counts, bounded) is not None
            whole = sorted(patterns._matcher(active)(doc)) if active else []
            assert sorted(patterns.run(doc)) == whole
    assert windowed >= len(texts) // 2  # the windows are used, not only the fallback

"""Turn text into spaCy tokens whose NORM is ``fold(text)``, loading as little as possible.

Measured on this machine (benchmarks/bench_match.py): importing ``spacy.lang.fr`` alone costs ≈ 3.5 s
(it compiles a 1.4 MB regex of hyphenated exceptions), the full ``fr_core_news_sm`` ≈ 4.3 s, while a
bare ``Vocab`` with our own regex tokenizer costs nothing beyond ``import spacy`` (≈ 0.8 s) and runs
far faster. Rules match on NORM (folded words), never on the parse, so the light tokenizer is the
default; the French model (without parser and NER) is loaded only when a rule file uses an attribute
only the model gives (LEMMA, POS, MORPH, TAG).

The rule and cue regexes are ``LazyRegex`` objects, compiled on first use; ``RegexMemo`` keeps on
disk which patterns already compiled and their prefilter strings (figures in benchmarks/bench_match.py);
``regex_code`` keeps their compiled code, so a later run does not compile them again.
``ISCG_NO_REGEX_MEMO=1`` turns the memo off (every regex is then compiled at load, as before).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy import attrs
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import regex_code
from .textutil import fold

# French elided forms ("l'", "qu'", "jusqu'") are tokens of their own, as spaCy's French tokenizer
# does; "aujourd'hui" stays one word. Hyphens and other punctuation are one-character tokens.
_ELIDED = r"(?:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|qu|[ldjmnstc])'(?=\w)"
TOKEN_RE = re.compile(rf"\b{_ELIDED}|\d+(?:[.,]\d+)*|\w+(?:'\w+)*|[^\w\s]")

#: chunk size for the model pipeline (the light tokenizer takes any length at once)
CHUNK_CHARS = 20_000


@dataclass
class Chunk:
    """A spaCy Doc over part of the text, with each token's character span in the whole text."""

    doc: Doc
    starts: list[int]
    ends: list[int]


class Pipeline:
    """What matching needs: a vocabulary, and a way to turn a text into tokenised chunks."""

    def __init__(self, model=None) -> None:
        self.model = model
        self.vocab: Vocab = model.vocab if model is not None else Vocab(lex_attr_getters={attrs.NORM: fold})

    @property
    def uses_model(self) -> bool:
        return self.model is not None

    def make_doc(self, text: str) -> Doc:
        """One short Doc (for phrases of rule files), tokenised like the documents are."""
        return self.chunks(text)[0].doc

    def chunks(self, text: str, folded: str | None = None) -> list[Chunk]:
        """Tokenise ``text`` (``folded``: its ``fold()``, if the caller already has it)."""
        if self.model is None:
            return [self._light(text, folded if folded is not None else fold(text))]
        return self._with_model(text)

    def _light(self, text: str, folded: str) -> Chunk:
        starts, ends, words, spaces = [], [], [], []
        for m in TOKEN_RE.finditer(folded):
            s, e = m.span()
            starts.append(s)
            ends.append(e)
            words.append(text[s:e])
            spaces.append(e < len(text) and text[e].isspace())
        if not words:  # spaCy needs at least an empty Doc
            return Chunk(Doc(self.vocab, words=[]), [], [])
        return Chunk(Doc(self.vocab, words=words, spaces=spaces), starts, ends)

    def _with_model(self, text: str) -> list[Chunk]:
        pieces = list(_split(text, CHUNK_CHARS))
        out = []
        for (offset, piece), doc in zip(pieces, self.model.pipe(p for _, p in pieces)):
            starts = [t.idx + offset for t in doc if not t.is_space]
            ends = [t.idx + len(t.text) + offset for t in doc if not t.is_space]
            if any(t.is_space for t in doc):  # keep the Doc aligned with the spans
                keep = [t.i for t in doc if not t.is_space]
                doc = _subset(doc, keep)
            out.append(Chunk(doc, starts, ends))
        return out or [Chunk(self.model.make_doc(""), [], [])]


def _subset(doc: Doc, keep: list[int]) -> Doc:
    """A copy of ``doc`` without whitespace tokens (so token i ↔ starts[i])."""
    words = [doc[i].text for i in keep]
    new = Doc(doc.vocab, words=words, lemmas=[doc[i].lemma_ for i in keep],
              pos=[doc[i].pos_ for i in keep], morphs=[str(doc[i].morph) for i in keep])
    for t, i in zip(new, keep):
        t.norm_ = doc[i].norm_
    return new


def _split(text: str, size: int):
    """Cut at paragraph ends near ``size`` characters so no sentence is split across chunks."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        start = end


def _fold_component(doc: Doc) -> Doc:
    for t in doc:
        t.norm_ = fold(t.text)
        t.lemma_ = fold(t.lemma_)
    return doc


@lru_cache(maxsize=2)
def get_nlp(model: bool = False) -> Pipeline:
    """The shared pipeline: light tokenizer by default, ``fr_core_news_sm`` (no parser/NER) if asked."""
    if not model:
        return Pipeline()
    import spacy
    from spacy.language import Language

    if "iscg_fold" not in Language.factories:
        Language.component("iscg_fold")(_fold_component)
    nlp = spacy.load("fr_core_news_sm", exclude=["ner", "parser", "senter"])
    nlp.add_pipe("iscg_fold", last=True)
    return Pipeline(nlp)


# --------------------------------------------------------------------------- lazy regexes


class LazyRegex:
    """A regex compiled on its first use, with the ``re.Pattern`` methods the engine calls.

    Rules and qualifiers hold ≈ 1,500 regexes; compiling them all took ≈ 1 s of every start-up while
    a given document needs few of them (the others are skipped by their required literals, or belong
    to rules that never match). Validity is checked at rule load by ``RegexMemo.validate``.
    """

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self._rx = compiled

    @property
    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = regex_code.compile(self.pattern, self.flags)
        return rx

    def search(self, string: str, *args):
        return self.compiled.search(string, *args)

    def match(self, string: str, *args):
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args):
        return self.compiled.fullmatch(string, *args)

    def finditer(self, string: str, *args):
        return self.compiled.finditer(string, *args)

    def findall(self, string: str, *args):
        return self.compiled.findall(string, *args)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRegex):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"

    def __reduce__(self):
        # stored rule sets keep the pattern, not the compiled form: unpickling an ``re.Pattern``
        # compiles it again, for regexes a given document may never need
        return (LazyRegex, (self.pattern, self.flags))


class RegexMemo:
    """Regexes already proven to compile, with their prefilter strings, kept on disk between runs.

    Keyed by the pattern text itself (content-addressed): a pattern found here compiled before, under
    the same Python and the same analysis code (both are in the file name), so load can skip compiling
    it; a new or edited pattern is compiled at load and fails loudly there. The prefilter strings
    (``required_literals`` / ``required_prefixes``, a parse of each pattern) are kept too. A memo that
    cannot be read or written only costs time.
    """

    LIMIT = 20_000  # patterns kept on disk; beyond, only those used by the last run are kept

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, list] = {}
        self.used: set[str] = set()
        self.dirty = False
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self.entries = data
            except (OSError, ValueError):
                pass

    def validate(self, pattern: str) -> LazyRegex:
        """A lazy regex for ``pattern``; raises ``re.error`` now if it is new and does not compile."""
        self.used.add(pattern)
        if pattern in self.entries:
            return LazyRegex(pattern)
        compiled = regex_code.compile(pattern)
        self.prefilter(LazyRegex(pattern, compiled=compiled))
        return LazyRegex(pattern, compiled=compiled)

    def prefilter(self, rx) -> tuple[tuple[str, ...] | None, Starts | None]:
        """(required literals, where a match can start) of ``rx``, from the memo or computed."""
        if not isinstance(rx, LazyRegex) or rx.flags:
            return required_literals(rx), required_prefixes(rx)
        self.used.add(rx.pattern)
        entry = self.entries.get(rx.pattern)
        if entry is None:
            entry = self.entries[rx.pattern] = [required_literals(rx), required_prefixes(rx)]
            self.dirty = True
        req, starts = entry
        return (tuple(req) if req is not None else None), (Starts(tuple(starts[0]), starts[1]) if starts else None)

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        entries = self.entries
        if len(entries) > self.LIMIT:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entries, fh)
            os.replace(tmp, self.path)
            self.dirty = False
            for old in self.path.parent.glob("memo-*.json"):  # other Python or code versions
                if old != self.path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass


def _memo_path() -> Path | None:
    """One memo file per Python version and version of this module's analysis code."""
    import hashlib

    from .cache import cache_dir

    try:
        code = Path(__file__).read_bytes()
    except OSError:
        return None
    key = hashlib.sha256(sys.version.encode() + b"\0" + code).hexdigest()[:16]
    return cache_dir().parent / "regex" / f"memo-{key}.json"


@lru_cache(maxsize=1)
def regex_memo() -> RegexMemo:
    """The process's memo (read from disk once)."""
    return RegexMemo(None if os.environ.get("ISCG_NO_REGEX_MEMO") else _memo_path())


def prefilter(rx) -> tuple[tuple[str, ...] | None, Starts | None]:
    """(required literals, where a match can start) of a rule or cue regex, memoised across runs."""
    return regex_memo().prefilter(rx)


# --------------------------------------------------------------------------- regex prefilter

def required_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Strings of which every match of ``rx`` contains at least one, or None if none can be derived.

    Lets a caller skip a regex whose literals are all absent from the text (a substring test is far
    cheaper than a scan). Conservative by construction: only plain literal characters, groups,
    alternations and repeats of at least one are analysed; anything else (classes, lookarounds,
    references, case-insensitive flags) contributes no requirement.
    """
    if rx.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    try:
        from re import _parser as sre_parse  # Python ≥ 3.11
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: no prefilter
        return None
    if tree.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    req = _seq_req(list(tree), sre_parse)
    if not req or any(not s for s in req):
        return None
    return tuple(sorted(req))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (longest shortest string, then fewer strings)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _seq_req(items: list, sp) -> frozenset[str] | None:
    """Any match of the sequence contains every item's match, so any one item's requirement holds;
    runs of consecutive literal characters make one longer required string."""
    from re import _constants as c

    best: frozenset[str] | None = None
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, frozenset([run]))
            run = ""
        best = _better(best, _node_req(op, av, sp))
    if run:
        best = _better(best, frozenset([run]))
    return best


def _node_req(op, av, sp) -> frozenset[str] | None:
    return _through_group(op, av, lambda items: _seq_req(items, sp))


def _through_group(op, av, inner) -> frozenset[str] | None:
    """The strings one of which a group, an alternation or a repeat of at least one always holds,
    from ``inner`` applied to its items (each alternative must give some); None for other nodes."""
    from re import _constants as c

    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.LOCALE):
            return None
        return inner(list(sub))
    if op is c.ATOMIC_GROUP:
        return inner(list(av))
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            r = inner(list(alt))
            if not r:
                return None
            out |= r
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return inner(list(sub)) if lo >= 1 else None
    return None


class Starts(NamedTuple):
    """Where a match of a regex can start: at one of ``strings`` (a space in them stands for any
    white space), and only at the start of a word if ``word_start`` (the regex opens with ``\\b``)."""

    strings: tuple[str, ...]
    word_start: bool


def required_prefixes(rx: re.Pattern) -> Starts | None:
    """Where every match of ``rx`` starts (``Starts``), or None if it cannot be derived.

    Leading zero-width items are stepped over (assertions, and groups of assertions only; a top-level
    ``\\b`` among them is kept as ``word_start``);
    the first consuming item must be a literal run (optional characters fork it: « c\\.?c\\.?a\\.?s »,
    white space goes in as a space), a group, an alternation or a repeat of at least one whose own
    prefixes are known. Used by ``finditer_at_prefixes`` to try the regex only where a match can start.
    """
    if rx.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    try:  # re's parser is private: on a Python where it moved, simply no shortcut
        from re import _constants as c
        from re import _parser as sre_parse

        tree = sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: no shortcut
        return None
    if tree.state.flags & (re.IGNORECASE | re.LOCALE) or tree.getwidth()[0] == 0:
        return None
    items = list(tree)
    req = _seq_prefix(items)
    if not req or any(not s.strip() for s in req):
        return None
    kept = tuple(sorted(s for s in req if not any(s[:n] in req for n in range(1, len(s)))))
    lead = itertools.takewhile(lambda it: _zero_width(*it), items)
    return Starts(kept, any(op is c.AT and av is c.AT_BOUNDARY for op, av in lead))


def _zero_width(op, av) -> bool:
    """Whether an item consumes nothing: an assertion (« \\b », « ^ », a lookaround), or a group or
    an alternation made of assertions only (« (?:^|(?<=\\n)) », « (?:(?<!a\\s)|(?<=b\\s)) »)."""
    from re import _constants as c

    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return True
    if op is c.BRANCH:
        return all(alt.getwidth() == (0, 0) for alt in av[1])
    if op is c.SUBPATTERN:
        return av[-1].getwidth() == (0, 0)
    return False


def _seq_prefix(items: list) -> frozenset[str] | None:
    from re import _constants as c

    k = 0
    while k < len(items) and _zero_width(*items[k]):  # consumes nothing: the match starts after it
        k += 1
    if k == len(items):
        return None
    op, av = items[k]
    if op is c.LITERAL or _optional_chars(op, av) is not None or _space_repeat(op, av) is not None:
        return _literal_prefixes(items, k)
    if (chars := _class_chars(op, av)) is not None:  # « \d », « [a-h] »: each of its characters
        return frozenset(chars)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0:
        # an optional group first (« (?:ex-?\s*)?conjoint »): a match starts with the group, or
        # with what follows it; the group is spelled on into what follows only if it occurs once
        lo, hi, sub = av
        with_group = _seq_prefix(list(sub) + items[k + 1:]) if hi == 1 else _seq_prefix(list(sub))
        without = _seq_prefix(items[k + 1:])
        return with_group | without if with_group and without else None
    return _through_group(op, av, _seq_prefix)


#: Most prefixes an optional character may fork the set into (« c\.?c\.?a\.?s » gives 8).
_PREFIX_FORKS = 32


def _optional_chars(op, av) -> str | None:
    r"""The characters of an optional one-character item (« \.? », « [.-]? »), else None."""
    from re import _constants as c

    if op not in (c.MAX_REPEAT, c.MIN_REPEAT) or av[0] != 0 or av[1] != 1 or len(av[2]) != 1:
        return None
    sub_op, sub_av = av[2][0]
    if sub_op is c.LITERAL:
        return chr(sub_av)
    if sub_op is c.IN and all(o is c.LITERAL for o, _ in sub_av) and len(sub_av) <= 3:
        return "".join(chr(v) for _, v in sub_av)
    return None


#: Most characters a class first in a regex may stand for as its starts (« \\d »: the 660 decimal digits).
_CLASS_CHARS = 1000


@lru_cache(maxsize=1)
def _decimals() -> str:
    """Every character « \\d » matches in a str pattern (Unicode decimal digits, not only 0–9)."""
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if chr(i).isdecimal())


def _class_chars(op, av) -> str | None:
    """The characters a class (« \\d », « [a-h] », « [,;(] ») matches, if it can list them all
    (no negation, no other category, a short range); else None."""
    from re import _constants as c

    if op is not c.IN:
        return None
    out = []
    for sub_op, sub_av in av:
        if sub_op is c.LITERAL:
            out.append(chr(sub_av))
        elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 64:
            out += [chr(i) for i in range(sub_av[0], sub_av[1] + 1)]
        elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
            out.append(_decimals())
        else:
            return None
    chars = "".join(dict.fromkeys("".join(out)))
    return chars if len(chars) <= _CLASS_CHARS else None


def _is_space(op, av) -> bool:
    from re import _constants as c

    return op is c.IN and list(av) == [(c.CATEGORY, c.CATEGORY_SPACE)]


def _space_repeat(op, av) -> bool | None:
    """For white space (« \\s », « \\s+ »): whether more may follow it (False for « \\s+ »); else None."""
    from re import _constants as c

    if _is_space(op, av):
        return True
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1 \
            and _is_space(*av[2][0]):
        return av[1] == 1 and av[0] == 1
    return None


def _literal_prefixes(items: list, k: int) -> frozenset[str]:
    r"""The strings the run of literals, optional characters and white space from ``items[k]``
    spells (a space stands for any white space): a lone letter before « \.? » (« c\.?c\.?a\.?s »)
    would be far too frequent a prefix, the spelled run is not. Stops at anything else, after
    « \\s+ » (its length is unknown), or when one more fork would pass ``_PREFIX_FORKS``."""
    from re import _constants as c

    strings = {""}
    while k < len(items):
        op, av = items[k]
        if op is c.LITERAL:
            strings = {s + chr(av) for s in strings}
        elif (more := _space_repeat(op, av)) is not None:
            strings = {s + " " for s in strings}
            if not more:
                break
        else:
            chars = _optional_chars(op, av)
            if chars is None or len(strings) * (len(chars) + 1) > _PREFIX_FORKS:
                break
            strings = strings | {s + ch for s in strings for ch in chars}
        k += 1
    return frozenset(strings)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what « \\w » matches in a str pattern


_WORD = re.compile(r"\w+")

#: Every character « \\s » matches in a str pattern.
_WHITE = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())


class TextIndex:
    """Where the prefixes of the regexes scanned over one text occur, found once per prefix and
    shared by every regex (many open with the same words). With ``words``, the starts of the text's
    words are listed first, by their first character and by their first two (the second may be an
    apostrophe or a white space: « l' », « a »), so that a prefix opening a word (most regexes open
    with ``\\b``) is looked up rather than searched: worth it for a whole rule set, not for one regex."""

    def __init__(self, text: str, words: bool = True) -> None:
        self.text = text
        self.by_start: dict[str, list[int]] | None = None  # first 1, 2 or 3 letters of a word → its starts
        self.by_word: dict[str, list[int]] = {}  # a whole word → its starts
        if words:
            by_start: dict[str, list[int]] = {}
            by_word = self.by_word
            for m in _WORD.finditer(text):
                i, w = m.start(), m.group()
                by_word.setdefault(w, []).append(i)
            for w, starts in by_word.items():  # per distinct word, not per occurrence
                for k in range(1, min(len(w), 3) + 1):
                    by_start.setdefault(w[:k], []).extend(starts)
            self.by_start = by_start
        self.found: dict[tuple[str, bool], list[int]] = {}
        self._white: list[str] | None = None

    def positions(self, prefix: str, word_start: bool) -> list[int]:
        """Where ``prefix`` (a space in it: any white space) holds, at a word start if ``word_start``."""
        key = (prefix, word_start)
        got = self.found.get(key)
        if got is None:
            got = self.found[key] = self._find(prefix, word_start)
        return got

    def _spellings(self, prefix: str) -> list[str]:
        """``prefix`` with each of its spaces written as each white space the text holds."""
        if " " not in prefix:
            return [prefix]
        if self._white is None:
            self._white = [ch for ch in _WHITE if ch in self.text]
        parts = prefix.split(" ")
        out = [parts[0]]
        for part in parts[1:]:
            out = [s + ch + part for s in out for ch in self._white]
        return out

    def _find(self, prefix: str, word_start: bool) -> list[int]:
        text = self.text
        spellings = self._spellings(prefix)
        out: list[int] = []
        if word_start and self.by_start is not None and _is_word(prefix[0]):  # where a \w+ run begins
            for sp in spellings:
                head = _WORD.match(sp).group()
                if head != sp:  # a whole word, then something else: « de », « l' »
                    out += [i for i in self.by_word.get(head, ()) if text.startswith(sp, i)]
                elif len(sp) <= 3:
                    out += self.by_start.get(sp, ())
                else:
                    out += [i for i in self.by_start.get(sp[:3], ()) if text.startswith(sp, i)]
            return sorted(out)
        else:
            for sp in spellings:
                i = text.find(sp)
                while i >= 0:
                    if not word_start or i == 0 or _is_word(text[i - 1]) != _is_word(text[i]):
                        out.append(i)
                    i = text.find(sp, i + 1)
        return sorted(out) if len(spellings) > 1 else out


_RECENT: list[TextIndex] = []


def _index_of(text: str) -> TextIndex:
    """The index of this very text object (``is``, not ``==``: a text is indexed once while it is
    being read, never found again after), or a new one; the last two are kept."""
    for index in _RECENT:
        if index.text is text:
            return index
    index = TextIndex(text)
    _RECENT[:] = [index] + _RECENT[:1]
    return index


def finditer_at_prefixes(rx: re.Pattern, text: str, starts: Starts | None, index: TextIndex | None = None):
    """The matches ``rx.finditer(text)`` gives, trying the regex only where one of ``starts``'s
    strings occurs (from ``required_prefixes``: every match starts with one). Every regex scanned
    over one text shares one ``TextIndex`` of it (passed, or kept for the text last seen).

    Same results: a match never starts elsewhere, ``match`` at a position sees the text before it
    (lookbehinds, ``\\b``) exactly as the scan does, and the scan resumes after each match. When the
    starts are frequent, the plain scan is used (faster then: measured in benchmarks/bench_match.py).
    """
    if not starts:
        return rx.finditer(text)
    strings, word_start = starts
    if index is None:
        index = _index_of(text)
    limit = len(text) // 20 + 16
    if len(strings) == 1:
        found = index.positions(strings[0], word_start)
        return rx.finditer(text) if len(found) > limit else _match_at(rx, text, found)
    positions: set[int] = set()
    for p in strings:
        positions.update(index.positions(p, word_start))
        if len(positions) > limit:
            return rx.finditer(text)
    return _match_at(rx, text, sorted(positions))


def _match_at(rx: re.Pattern, text: str, starts: list[int]):
    pos = 0
    for i in starts:
        if i < pos:
            continue
        m = rx.match(text, i)
        if m is not None:
            yield m
            pos = m.end()

"""Scanning slips repaired for matching: « cornmissariat » (« m » read as « rn ») reads « commissariat »,
« intervenaute » (« n » read as « u ») reads « intervenante ».

The domain words come from the ``ocr:`` section of ``rules/qualifiers.yaml`` (data ANISCG can extend),
one list per kind of slip (``words``: « m » read « rn »; ``slips``: any other letter and its misreading);
their slipped forms are generated here (each letter, alone or with others, misread), never listed
by hand. :func:`repair` gives the repaired text and, for each of its characters, its index in the
input (as :mod:`iscg_nlp.inclusive` does), so evidence stays the verbatim words of the document.
Only whole words equal (case and accents aside) to a generated form are touched; a French word written
with « rn » (« gouvernement », « Marne ») is never one of them, since no domain word has a « rn » to
start with and the generated forms are checked against the words themselves.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .normalize import Mapped
from .textutil import fold

#: at most this many « m » of one word are tried (2**n - 1 forms per word)
MAX_M = 4

#: a word (letters only): each is looked up among the slipped forms
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+")
_OPTIONAL = re.compile(r"\(([^\W\d_]+)\)")


def expand(entry: str) -> list[str]:
    """« gendarme(s) » → gendarme, gendarmes; « municipal(e)(s) » → the four forms (folded)."""
    parts = _OPTIONAL.split(fold(entry.strip()))
    stem, optional = parts[0], [p for p in parts[1::2]]
    forms = []
    for keep in itertools.product((False, True), repeat=len(optional)):
        forms.append(stem + "".join(o for o, k in zip(optional, keep) if k))
    return forms


def slipped_forms(word: str, right: str = "m", read: str = "rn") -> set[str]:
    """Every form of ``word`` (folded) with one or more of its ``right`` letters read as ``read``."""
    ms = [i for i, c in enumerate(word) if c == right][:MAX_M]
    out = set()
    for n in range(1, len(ms) + 1):
        for chosen in itertools.combinations(ms, n):
            out.add("".join(read if i in chosen else c for i, c in enumerate(word)))
    return out


@dataclass(frozen=True)
class OcrTable:
    """Slipped form (folded) → the domain word it stands for, and the misreadings (« rn », « u »)."""

    forms: dict[str, str]
    reads: tuple[str, ...] = ("rn",)

    @classmethod
    def from_words(cls, entries: list[str], right: str = "m", read: str = "rn") -> "OcrTable":
        return cls.from_slips([(right, read, entries)])

    @classmethod
    def from_slips(cls, slips: list[tuple[str, str, list[str]]]) -> "OcrTable":
        """One table from several kinds of slip: (right letter, its misreading, domain words)."""
        words = {w for _, _, entries in slips for e in entries for w in expand(e)}
        forms: dict[str, str] = {}
        for right, read, entries in slips:
            for w in sorted({w for e in entries for w in expand(e)}):
                for f in slipped_forms(w, right, read):
                    if f not in words:  # a slip that is itself a listed word is no slip
                        forms.setdefault(f, w)
        return cls(forms, tuple(sorted({read for _, read, _ in slips})))


_EMPTY = OcrTable({})
_CACHE: dict[tuple[str, int], OcrTable] = {}


def load_table(path: str | Path | None) -> OcrTable:
    """The ``ocr: words:`` of a qualifiers file (read once per file version); empty when absent."""
    if not path:
        return _EMPTY
    p = Path(path)
    try:
        key = (str(p), p.stat().st_mtime_ns)
    except OSError:
        return _EMPTY
    if key not in _CACHE:
        raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        section = raw.get("ocr") or {}
        slips = [("m", "rn", [str(w) for w in section.get("words") or []])]
        for slip in section.get("slips") or []:
            right, read = fold(str(slip.get("right", ""))), fold(str(slip.get("read", "")))
            if len(right) != 1 or not read or right == read:
                raise ValueError(f"ocr.slips : « right » (une lettre) et « read » (sa mauvaise lecture) attendus, pas {slip!r}")
            slips.append((right, read, [str(w) for w in slip.get("words") or []]))
        _CACHE[key] = OcrTable.from_slips(slips)
    return _CACHE[key]


#: « I'association », « I'officier »: a scanned « l' » read as a capital I (no French word is « I' »)
_CAPITAL_I_ELISION = re.compile(r"(?<![^\W\d_])I(?=['’][a-zà-ÿ])")


def repair(text: str, table: OcrTable) -> Mapped | None:
    """``text`` with the slipped domain words repaired and its offsets into ``text``; None when there
    is none (then matching runs on ``text`` itself, no copy). A scanned « I' » reads « l' » (same length,
    so the offsets do not move)."""
    original = text
    if "I'" in text or "I’" in text:
        text = _CAPITAL_I_ELISION.sub("l", text)
    if not table.forms:
        return (text, list(range(len(text)))) if text != original else None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _WORD.finditer(text):
        word = m.group()
        folded = word.lower()
        if not folded.isascii():  # fold only the few words with accents (most are plain ASCII)
            folded = fold(word)
        target = table.forms.get(folded)
        if target is None:
            continue
        a = m.start()
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        i = 0
        for t in target:  # walk the slipped word along the domain word it stands for
            if folded[i] == t:
                parts.append(word[i])
                offsets.append(a + i)
                i += 1
                continue
            read = next(r for r in table.reads if folded.startswith(r, i))  # the misreading of this letter
            # keep the case of the word: « Rn » at its start, « CORNMUNE », « CONVENTIOU » → capital
            upper = word[i].isupper() and (i == 0 or word[i - 1].isupper())
            parts.append(t.upper() if upper else t)
            offsets.append(a + i)
            i += len(read)
        pos = m.end()
    if not parts:
        return (text, list(range(len(text)))) if text != original else None
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets

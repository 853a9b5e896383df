"""Scanning slips repaired for matching: « cornmissariat » (« m » read as « rn ») reads « commissariat ».

The domain words come from the ``ocr:`` section of ``rules/qualifiers.yaml`` (data ANISCG can extend);
their slipped forms are generated here (each « m », alone or with others, read as « rn »), never listed
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

#: a word holding « rn » (any case): the only places a slip can be
_RN_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[rR][nN][^\W\d_]*")
_OPTIONAL = re.compile(r"\(([^\W\d_]+)\)")


def expand(entry: str) -> list[str]:
    """« gendarme(s) » → gendarme, gendarmes; « municipal(e)(s) » → the four forms (folded)."""
    parts = _OPTIONAL.split(fold(entry.strip()))
    stem, optional = parts[0], [p for p in parts[1::2]]
    forms = []
    for keep in itertools.product((False, True), repeat=len(optional)):
        forms.append(stem + "".join(o for o, k in zip(optional, keep) if k))
    return forms


def slipped_forms(word: str) -> set[str]:
    """Every form of ``word`` (folded) with one or more of its « m » read as « rn »."""
    ms = [i for i, c in enumerate(word) if c == "m"][:MAX_M]
    out = set()
    for n in range(1, len(ms) + 1):
        for chosen in itertools.combinations(ms, n):
            out.add("".join("rn" if i in chosen else c for i, c in enumerate(word)))
    return out


@dataclass(frozen=True)
class OcrTable:
    """Slipped form (folded) → the domain word it stands for."""

    forms: dict[str, str]

    @classmethod
    def from_words(cls, entries: list[str]) -> "OcrTable":
        words = {w for e in entries for w in expand(e)}
        forms: dict[str, str] = {}
        for w in sorted(words):
            for f in slipped_forms(w):
                if f not in words:  # a slip that is itself a listed word is no slip
                    forms[f] = w
        return cls(forms)


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
        _CACHE[key] = OcrTable.from_words([str(w) for w in section.get("words") or []])
    return _CACHE[key]


def repair(text: str, table: OcrTable) -> Mapped | None:
    """``text`` with the slipped domain words repaired and its offsets into ``text``; None when there
    is none (then matching runs on ``text`` itself, no copy)."""
    if not table.forms:
        return None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _RN_WORD.finditer(text):
        word = m.group()
        if fold(word) not in table.forms:
            continue
        a = m.start()
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        folded, target = fold(word), table.forms[fold(word)]
        i = 0
        for t in target:  # walk the slipped word along the domain word it stands for
            if t == "m" and folded[i] != "m":  # « rn » read for this « m »
                # keep the case of the word: « RN » / « Rn » at its start → « M », else « m »
                parts.append("M" if word[i].isupper() and (word[i + 1].isupper() or i == 0) else "m")
                offsets.append(a + i)
                i += 2
            else:
                parts.append(word[i])
                offsets.append(a + i)
                i += 1
        pos = m.end()
    if not parts:
        return None
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets

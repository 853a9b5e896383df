"""Offset-keeping text normalisation.

Every function here returns the new text and, for each of its characters, the index of the character
of the input it came from. Composing steps with :func:`compose` keeps a map from the final text back to
the source, which is how a quoted span is put back on a PDF page or a Word paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

Mapped = tuple[str, list[int]]

# One-for-one replacements (offsets unchanged). French guillemets « » are kept: they are real
# punctuation, and ``textutil.fold`` already folds them for matching.
_ONE_FOR_ONE = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2008": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u205f": " ",
    "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    "\u2010": "-", "\u2011": "-",
    # Private-use bullets from Word's Symbol font, and the usual bullet glyphs.
    "\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\u25aa": "•", "\u25cf": "•",
}
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
# Dropped outright: soft hyphen, zero-width characters, BOM.
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
# NFKC is applied character by character, except where it would change meaning or spelling.
_NFKC_KEEP = set("…½¼¾™℃")

STAT_LABELS = {
    "apostrophes": "apostrophes et guillemets typographiques remplacés par des droits",
    "espaces": "espaces insécables ou fines remplacées par des espaces simples",
    "ligatures": "ligatures typographiques développées (ﬁ → fi)",
    "cesures_molles": "tirets conditionnels (invisibles) supprimés",
    "controles": "caractères de contrôle supprimés",
    "compatibilite": "caractères de compatibilité Unicode remplacés (NFKC)",
}


def _one_for_one_kind(rep: str) -> str:
    if rep == " ":
        return "espaces"
    return "apostrophes" if rep in "'\"" else "compatibilite"


def normalize(raw: str) -> Mapped:
    """Normalised text and, for each of its characters, its index in ``raw``."""
    text, offsets, _ = normalize_with_stats(raw)
    return text, offsets


def normalize_with_stats(raw: str) -> tuple[str, list[int], Counter]:
    """Like :func:`normalize`, also counting each kind of change (keys of ``STAT_LABELS``).

    Runs of characters that never change (ASCII, French letters, usual punctuation) are copied in one
    step; only the others go through the per-character rules (a 400-page PDF took seconds otherwise).
    """
    out: list[str] = []
    offs: list[int] = []
    stats: Counter = Counter()
    pos = 0
    for m in _PLAIN_RUN.finditer(raw):
        if m.start() > pos:
            _normalize_span(raw, pos, m.start(), out, offs, stats)
        out.append(m.group())
        offs.extend(range(m.start(), m.end()))
        pos = m.end()
    if pos < len(raw):
        _normalize_span(raw, pos, len(raw), out, offs, stats)
    return "".join(out), offs, stats


def _normalize_span(raw: str, i: int, n: int, out: list[str], offs: list[int], stats: Counter) -> None:
    """The per-character rules on ``raw[i:n]``; ``out`` holds strings (single characters or plain runs)."""
    while i < n:
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            offs.append(i)
            i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
            continue
        if ch in _ONE_FOR_ONE:
            rep = _ONE_FOR_ONE[ch]
            if ch != "\t":
                stats[_one_for_one_kind(rep)] += 1
            out.append(rep)
            offs.append(i)
        elif ch in _LIGATURES:
            stats["ligatures"] += 1
            for c in _LIGATURES[ch]:
                out.append(c)
                offs.append(i)
        elif ch in _DROP:
            stats["cesures_molles" if ch == "\u00ad" else "controles"] += 1
        elif ch == "\n" or ch.isascii() and ch.isprintable():
            out.append(ch)
            offs.append(i)
        else:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
                stats["controles"] += 1
            elif cat.startswith("M") and out:
                # A combining accent: compose it with the previous character when NFC can.
                composed = unicodedata.normalize("NFC", out[-1][-1] + ch)
                if len(composed) == 1:
                    out[-1] = out[-1][:-1] + composed
                else:
                    out.append(ch)
                    offs.append(i)
            elif ch in _NFKC_KEEP:
                out.append(ch)
                offs.append(i)
            else:
                rep = unicodedata.normalize("NFKC", ch)
                if rep != ch and rep and not any(unicodedata.category(c).startswith("M") for c in rep):
                    stats["compatibilite"] += 1
                    for c in rep:
                        out.append(c)
                        offs.append(i)
                else:
                    out.append(ch)
                    offs.append(i)
        i += 1


def _plain_run_pattern() -> re.Pattern:
    """Characters the rules above leave as they are, with no statistic: copied by runs.
    "\r" is not plain (it pairs with the next "\n"); neither is "\n" (kept simple)."""
    candidates = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA1, 0x100)] + list("œŒ€–—«»…")
    plain = []
    for ch in candidates:
        o: list[str] = []
        f: list[int] = []
        st: Counter = Counter()
        _normalize_span(ch, 0, 1, o, f, st)
        if o == [ch] and not st:
            plain.append(ch)
    return re.compile("[" + "".join(re.escape(c) for c in plain) + "]+")


_PLAIN_RUN = _plain_run_pattern()


def compose(first: list[int], second: list[int]) -> list[int]:
    """Offsets of a second step (into the first step's text) turned into offsets into the source."""
    return [first[j] for j in second]


def replace_spans(text: str, edits: list[tuple[int, int, str]]) -> Mapped:
    """``text`` with each span [a, b) replaced by its words (edits in order, not overlapping) and, for
    each character of the result, its index in ``text``: a replacement maps to its span (its last
    character to the span's last), so a match on the new words quotes the words they stand for."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b, words in edits:
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        parts.append(words)
        offsets.extend([a] * (len(words) - 1) + [b - 1])
        pos = b
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets


# --------------------------------------------------------------------------- PDF repairs

_DOUBLED_RUN = re.compile(r"\S+")


def undouble_line(line: str) -> str | None:
    """The line with fake-bold doubling removed ("AArrttiiccllee 11" → "Article 1"), else None.

    Only a line whose every word is made of doubled characters, with at least one word of two or
    more distinct letters, counts: "11" or "Mme" alone never trigger it.
    """
    words = _DOUBLED_RUN.findall(line)
    if not words:
        return None
    strong = False
    for w in words:
        if len(w) % 2 or w[0::2] != w[1::2]:
            return None
        if len(set(w[0::2])) >= 2 and any(c.isalpha() for c in w):
            strong = True
    if not strong:
        return None
    return re.sub(r"\S+", lambda m: m.group(0)[0::2], re.sub(r"(\s)\s", r"\1", line))


def undouble_mapped(line: str) -> Mapped | None:
    """:func:`undouble_line` with offsets into ``line`` (kept character = first of each pair)."""
    if undouble_line(line) is None:
        return None
    out: list[str] = []
    offs: list[int] = []
    i = 0
    while i < len(line):
        ch = line[i]
        out.append(ch)
        offs.append(i)
        if ch.isspace():
            i += 2 if i + 1 < len(line) and line[i + 1].isspace() else 1
        else:
            i += 2
    return "".join(out), offs


def repeated_line(line: str) -> str | None:
    """The half of a line printed twice in a row ("Article 1Article 1"), else None."""
    s = line.strip()
    n = len(s)
    if n < 8:
        return None
    for sep in ("", " "):
        half = (n - len(sep)) // 2
        if half >= 4 and (n - len(sep)) % 2 == 0 and s[:half] == s[half + len(sep):] \
                and s[half:half + len(sep)] == sep:
            return s[:half]
    return None

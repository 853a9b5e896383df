"""Small text helpers shared by every stage (one place, so matching and alignment fold alike)."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})


def strip_accents(text: str) -> str:
    """Remove diacritics; keeps one character per character for precomposed letters (é -> e)."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if unicodedata.category(base) != "Mn" else ch)
    return "".join(out)


def fold(text: str) -> str:
    """Lower-case, accent-free, straight apostrophes: the form every pattern is matched on.

    Length is preserved (one character in, one out) so offsets computed on the folded text are valid
    on the original; ligatures like « œ » are left as they are for the same reason.
    """
    return strip_accents(text.translate(_APOSTROPHES).lower())


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse runs of white space to one space (for display and for quoting evidence)."""
    return _WS.sub(" ", text).strip()

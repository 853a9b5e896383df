"""Small text helpers shared by every stage (one place, so matching and alignment fold alike)."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})


def _accent_table() -> dict[int, str]:
    """One-for-one map of accented letters to their base letter, for str.translate (C speed)."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x2000):
        ch = chr(code)
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        if base != ch and len(decomposed) > 1 and all(unicodedata.category(c) == "Mn" for c in decomposed[1:]):
            table[code] = base
    return table


_ACCENTS = _accent_table()


def strip_accents(text: str) -> str:
    """Remove diacritics; keeps one character per character for precomposed letters (é -> e)."""
    return text.translate(_ACCENTS)


#: apostrophes and accents in one table; its only ASCII key is « ` »
_FOLD_TABLE = {**_APOSTROPHES, **_ACCENTS}
#: runs of the characters the table may change (all but ASCII other than « ` »)
_TO_FOLD = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, straight apostrophes: the form every pattern is matched on.

    Length is preserved (one character in, one out) so offsets computed on the folded text are valid
    on the original; ligatures like « œ » are left as they are for the same reason. The table is
    applied to the runs of non-ASCII characters only: ``str.translate`` looks every character up,
    and a French text is mostly ASCII (4 to 5 times faster than translating it whole, same result).
    """
    low = text.lower()
    if low.isascii() and "`" not in low:
        return low
    return _TO_FOLD.sub(lambda m: m.group().translate(_FOLD_TABLE), low)


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse runs of white space to one space (for display and for quoting evidence)."""
    return _WS.sub(" ", text).strip()

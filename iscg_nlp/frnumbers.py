"""French numbers as conventions write them: number words, digit groups, euros, percentages, ETP.

Why a module of its own: amounts decide two indicators (``financement``, ``cout_poste``) and years
written in words feed the signature date, so every stage must read "cinquante-deux mille",
"52 000,00 €" and "0,5 ETP" the same way. Everything works on ``fold()``-ed text, so offsets found
here are offsets into the caller's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textutil import fold

# --------------------------------------------------------------------------- number words

_UNITS: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}
_TENS: dict[str, int] = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    # Belgian / Swiss forms, cheap to accept.
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
_HUNDRED = {"cent", "cents"}
_THOUSAND = {"mille", "mil", "milles"}
_BIG: dict[str, int] = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}

NUMBER_WORDS: frozenset[str] = frozenset(
    set(_UNITS) | set(_TENS) | _HUNDRED | _THOUSAND | set(_BIG))
"""Every word that can take part in a written number (folded), "et" aside."""

_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2012\u2013]+")


class _Acc:
    """Accumulates number words left to right, refusing sequences no French writer produces.

    ``group`` is the part below one thousand being built, ``last`` the previous word's value, used
    to accept "dix-sept", "soixante-douze", "quatre-vingt-dix" and reject "deux trois".
    """

    def __init__(self) -> None:
        self.total = 0
        self.group = 0
        self.last: int | None = None  # value of the previous additive word
        self.last_kind = ""  # unit | tens | hundred | thousand | big
        self.had_thousand = False
        self.seen = False
        self.big_seen: list[int] = []

    def add(self, word: str) -> bool:
        if word in _UNITS or word in _TENS:
            v = _UNITS.get(word, _TENS.get(word, 0))
            if word.startswith("vingt") and self.last_kind == "unit" and self.last == 4 \
                    and self.group % 100 == 4:
                # quatre-vingt(s): 4 becomes 80.
                self.group += 76
                self.last, self.last_kind = 80, "tens"
                self.seen = True
                return True
            sub = self.group % 100
            if sub == 0 and self.last_kind in ("", "hundred", "thousand", "big"):
                ok = True
            elif self.last_kind == "tens" and v < 10 and sub % 10 == 0 and self.last in (20, 30, 40, 50, 60, 70, 80, 90):
                ok = True
            elif self.last_kind == "tens" and 10 <= v < 20 and self.last in (60, 80) and sub in (60, 80):
                ok = True  # soixante-dix, quatre-vingt-douze
            elif self.last_kind == "unit" and self.last == 10 and v in (7, 8, 9) and sub % 20 == 10:
                ok = True  # dix-sept, soixante-dix-huit
            else:
                ok = False
            if not ok or (v == 0 and self.seen):
                return False
            self.group += v
            self.last, self.last_kind = v, ("tens" if word in _TENS else "unit")
            self.seen = True
            return True
        if word in _HUNDRED:
            if self.group >= 100 or self.last_kind == "hundred":
                return False
            self.group = (self.group or 1) * 100
            self.last, self.last_kind = 100, "hundred"
            self.seen = True
            return True
        if word in _THOUSAND:
            if self.had_thousand or (self.group == 0 and self.seen and self.last_kind != "big"):
                return False
            self.total += (self.group or 1) * 1000
            self.group = 0
            self.had_thousand = True
            self.last, self.last_kind = 1000, "thousand"
            self.seen = True
            return True
        if word in _BIG:
            v = _BIG[word]
            if any(b <= v for b in self.big_seen) or self.had_thousand:
                return False
            self.total += (self.group or 1) * v
            self.group = 0
            self.big_seen.append(v)
            self.last, self.last_kind = v, "big"
            self.seen = True
            return True
        return False

    @property
    def value(self) -> int:
        return self.total + self.group


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD_SPLIT.split(fold(text).strip()) if t]


def words_to_number(text: str) -> int | None:
    """Integer written in French words ("vingt et un", "quatre-vingt-dix", "deux mille vingt").

    Accents and capitals are folded, hyphens and spaces are equivalent, "et" is accepted only
    before un/une/onze. Returns ``None`` when the text is not entirely a well-formed number.
    """
    words = _tokens(text)
    if not words:
        return None
    acc = _Acc()
    for i, w in enumerate(words):
        if w == "et":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not acc.seen or nxt not in ("un", "une", "onze"):
                return None
            continue
        if not acc.add(w):
            return None
    return acc.value if acc.seen else None

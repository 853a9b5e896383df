"""French dates as conventions write them, with offsets into the original text.

Handles "12 mars 2020", "1er janvier 2021", "le douze mars deux mille vingt", "12/03/2020",
"12.03.20" (two-digit years are read as 20xx), "mars 2020", and bare years on request. A year run
into a capitalised word by a lost space ("3 juin 2021Fait à") is still a date; into a lowercase word
("2021e") it is not. Matching runs
on a length-preserving folded copy (accents and capitals off, see ``textutil.fold``) in which OCR
look-alikes inside digit runs ("l2", "2O20") are read as digits, so every offset found is valid on the
original text. An impossible day ("31 avril 2020") keeps only its month and year; an impossible
month drops the date.
"""

from __future__ import annotations

import calendar
import re

from .frnumbers import words_to_number
from .textutil import fold
from .types import DateMention

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
# A scan often reads « m » as « rn » (« le 28 rnars 2019 », « novernbre »): those spellings are months too.
MONTHS.update({name.replace("m", "rn"): n for name, n in list(MONTHS.items()) if "m" in name})


def _one_for_l_or_i(name: str) -> set[str]:
    """A scan also reads « l » and « i » as « 1 » (« le 4 avri1 2022 », « ju1n », « jui11et »): the
    spellings with one of them, all the « l », all the « i », or all of both read as « 1 »."""
    out = {name[:k] + "1" + name[k + 1:] for k, ch in enumerate(name) if ch in "li"}
    out |= {name.replace("l", "1"), name.replace("i", "1"), name.replace("l", "1").replace("i", "1")}
    return out - {name}


for _name, _n in list(MONTHS.items()):
    if len(_name) >= 4:  # « mai », « dec »: too short to tell from other words once a letter is a digit
        for _spelling in _one_for_l_or_i(_name):
            MONTHS.setdefault(_spelling, _n)
# Longest first so "fevrier" wins over "fevr"/"fev"; abbreviations may carry a dot.
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_NUMBER_WORDS = ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                 "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
                 "quarante", "cinquante", "soixante", "cent", "cents", "mille", "mil")
_NW = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_WORDS = rf"{_NW}(?:(?:[\s\-]+et[\s\-]+|[\s\-]+){_NW})*"

_DAY = rf"(?P<day>[0-3]?\d(?:\s?(?:er|°))?|premier|{_WORDS})"
# two-digit years only in numeric dates; after a day and a month, a scan may split the year with a
# space (« le 3 octobre 2 017 », « 20 17 »)
_YEAR = rf"(?P<year>(?:19|20)\d\d|(?:[12]\s[09]\d\d|(?:19|20)\s\d\d|(?:19|20)\d\s\d)(?![\d\s]\d)|{_WORDS})"

_DMY = re.compile(rf"(?<![\w/.])(?:le\s+)?{_DAY}\s+(?P<month>{_MONTH})\s+{_YEAR}(?:(?![\w/])|(?<=\d)(?=[a-z]))")
_NUMERIC = re.compile(r"(?<![\w/.])(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)"
                      r"(?P<year>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)")
_MY = re.compile(rf"(?<![\w])(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)(?:(?!\w)|(?=[a-z]))")
_BARE_YEAR = re.compile(r"(?<![\w/.,])(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d)")

# Inside a run mixing digits and look-alike letters, read the letters as digits (OCR noise).
_OCR_RUN = re.compile(r"(?<![a-z])[0-9oil|]*[0-9][0-9oil|]*(?![a-z])")
_OCR_MAP = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1"})


def _ocr_digits(folded: str) -> str:
    """Length-preserving: 'l2' -> '12', '2o20' -> '2020'; words without a digit are left alone."""
    return _OCR_RUN.sub(lambda m: m.group(0).translate(_OCR_MAP), folded)


def _month(token: str) -> int | None:
    return MONTHS.get(token.rstrip(".").strip())


def _day(token: str) -> int | None:
    token = token.strip()
    if token == "premier":
        return 1
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group(0))
    return words_to_number(token)


def _year(token: str) -> int | None:
    token = token.strip()
    if re.fullmatch(r"\d[\d\s]*\d", token):
        token = re.sub(r"\s", "", token)
    if token.isdigit():
        value = int(token)
        return 2000 + value if len(token) == 2 else value
    value = words_to_number(token)
    return value if value is not None and 1900 <= value <= 2099 else None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is None or not 1900 <= year <= 2099:
        return False
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year, month)[1]


def find_dates(text: str, offset: int = 0, bare_years: bool = False) -> list[DateMention]:
    """Every date in ``text``, sorted by position; offsets are ``offset`` + position in ``text``.

    Longer readings win over shorter ones at the same place (a full date is not also reported as
    "mars 2020" or "2020"). ``bare_years`` adds years standing alone ("en 2020"), off by default
    because numbers in a budget look like years.
    """
    scan = _ocr_digits(fold(text))
    found: list[tuple[int, int, int, int | None, int | None]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def glued(end: int) -> bool:
        """A year run into the next word: only a capitalised word (a lost space, « 2021Fait à »)."""
        return end < len(text) and scan[end].isalpha() and not text[end].isupper()

    def add(start: int, end: int, year: int | None, month: int | None, day: int | None) -> None:
        if _valid(year, month, day) and free(start, end) and not glued(end):
            found.append((start, end, year, month, day))  # type: ignore[arg-type]
            taken.append((start, end))

    for m in _DMY.finditer(scan):
        start = m.start("day")
        add(start, m.end(), _year(m.group("year")), _month(m.group("month")), _day(m.group("day")))
    for m in _NUMERIC.finditer(scan):
        add(m.start(), m.end(), _year(m.group("year")), int(m.group("month")), int(m.group("day")))
    for m in _MY.finditer(scan):
        end = m.end()
        add(m.start(), end, _year(m.group("year")), _month(m.group("month")), None)
    if bare_years:
        for m in _BARE_YEAR.finditer(scan):
            year = int(m.group("year"))
            if free(m.start(), m.end()) and 1900 <= year <= 2099:
                found.append((m.start(), m.end(), year, None, None))
                taken.append((m.start(), m.end()))

    found.sort()
    return [DateMention(text=text[s:e], start=s + offset, end=e + offset, year=y, month=mo, day=d)
            for s, e, y, mo, d in found]

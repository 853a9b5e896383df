"""Calendar spans written in a convention, measured in months.

A duration is often not written as « trois ans » but as a calendar span: « du 1er avril 2010 au
31 mars 2011 », « prend effet au 1er janvier 2022. Elle s'applique jusqu'au 31 décembre 2025 »,
« exercices 2017 et 2018 », « exercices budgétaires 2021, 2022 et 2023 », « période 2024-2026 ».
This module finds those spans in the folded text (lower case, no accents) and gives their length in
whole months, so that a rule (``span:`` in a rule file) can say « 11 to 13 months = one year ».
OCR noise in years (« 2O11 ») is tolerated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_YEAR = r"(?:19|2[0o])[0-9o]{2}"
_DAY = r"(?:1er|1|premier|[0-3]?[0-9o])"
_DATE = rf"(?P<@d>{_DAY})\s+(?P<@m>{_MONTH})(?:\s+(?P<@y>{_YEAR}))?"
_DATE_NUM = rf"(?P<@nd>[0-3]?\d)[/.](?P<@nm>[01]?\d)[/.](?P<@ny>{_YEAR})"


def _date(prefix: str) -> str:
    return "(?:" + _DATE.replace("@", prefix) + "|" + _DATE_NUM.replace("@", prefix) + ")"


#: « du 1er avril 2010 au 31 mars 2011 », « à compter du 1er janvier 2022 ; elle s'applique jusqu'au
#: 31 décembre 2025 » (the end may come in the next sentence, a short way on), the end verb conjugated
#: or in the infinitive (« prend effet le 1er octobre 2012 pour se terminer le 30 septembre 2013 »)
_RANGE = re.compile(
    r"\b(?:du|compter\s+du|partir\s+du|effet\s+(?:le|au|du|a\s+compter\s+du)|debute\s+le|commence\s+le|"
    r"vigueur\s+(?:le|au|du)|(?:a\s+compter\s+de|a\s+partir\s+de|des)\s+sa\s+signature\s*,?\s*(?:soit\s+)?le)\s+"
    + _date("a") +
    r"(?P<gap>[^\n]{0,90}?)\b(?:au|jusqu'au|jusqu'a\s+la\s+date\s+du|et\s+le|a\s+echeance\s+du|"
    r"(?:prend|prendra|prennent|prendre)\s+fin\s+(?:le|au)|(?:s'acheve|s'achevera|s'achever|expire|expirera|expirer|"
    r"se\s+termine|se\s+terminera|se\s+terminer|arrive\s+a\s+echeance|arrivera\s+a\s+echeance|arriver\s+a\s+echeance|"
    r"echoit|court\s+jusqu'au)\s*(?:le|au)?"
    # « jusqu'au terme du contrat de sécurité intégrée, soit le 31 décembre 2026 »: the end of another
    # instrument, dated after « soit »
    r"|(?:jusqu'(?:au|a\s+l')|au|a\s+l')\s*(?:terme|echeance|expiration)\b[^\n;.]{0,80}?,?\s*soit\s+(?:le|au|jusqu'au))"
    r"\s+(?:le\s+)?" + _date("b") + r"\b")
_DASH = r"(?:-|–|—|‐|‑)"
#: two full dates side by side, the start one without « du » : « 01/01/2021 – 31/12/2021 »,
#: « période : 1er janvier 2021 - 31 décembre 2022 », « durée : 1er janvier 2021 au 31 décembre 2023 »,
#: « entre le 1er janvier 2021 et le 31 décembre 2023 ». Both dates are whole dates (day, month, year
#: for the end), so a law number, a phone number or « articles 1 - 3 » never looks like one.
_BARE_RANGE = re.compile(
    r"(?<![\w/.])(?:entre\s+le\s+" + _date("a") + r"\s+et\s+le\s+" + _date("b") +
    r"|(?:du\s+)?" + _date("c") + rf"\s*(?:{_DASH}|\bau\b|\bjusqu'au\b)\s*" + _date("d") + r")(?![\w/])")
#: « de septembre 2017 à août 2018 », « de janvier à décembre 2019 » (whole months)
_MONTH_RANGE = re.compile(
    rf"\b(?:de|d'|du\s+mois\s+de|depuis)\s*(?P<am>{_MONTH})(?:\s+(?P<ay>{_YEAR}))?\s+(?:a|au\s+mois\s+d'|jusqu'en|jusqu'a)\s*"
    rf"(?P<bm>{_MONTH})\s+(?P<by>{_YEAR})\b")
#: « janvier 2021 - décembre 2023 », « janvier 2021 à décembre 2023 » (no « de »: both years written)
_BARE_MONTH_RANGE = re.compile(
    rf"(?<!\w)(?P<am>{_MONTH})\s+(?P<ay>{_YEAR})\s*(?:{_DASH}|\ba\b|\bau\b|\bjusqu'en\b)\s*"
    rf"(?P<bm>{_MONTH})\s+(?P<by>{_YEAR})\b")
#: « 2024-2026 », « 2024 à 2026 », « de 2024 à 2026 » (not inside a longer chain of numbers: « 2021-2022-2023 »
#: is a list, « n° 2007-2010 » a number)
_YEAR_RANGE = re.compile(
    rf"(?<![\w/.])(?<!\d\s{_DASH}\s)(?<!\d{_DASH})(?P<a>{_YEAR})\s*(?:{_DASH}|/|\ba\b|\bau\b)\s*(?P<b>{_YEAR})\b"
    rf"(?!\s*(?:{_DASH}|/)\s*\d)(?![.,]\d)")
#: a number, not a period: « loi n° 2007-2010 », « décret 2019-2020 », « articles 2010 à 2012 », « p. 2010-2012 »
_NUMBER_BEFORE = re.compile(
    r"(?:\bn\s*°|\bno|\bnumero|\bnumeros|\bloi|\bdecret|\barrete|\bordonnance|\bcirculaire|\bdeliberation|"
    r"\barticles?|\bart\.?|\bpages?|\bp\.|\bpp\.|\btel\.?|\btelephone|\b[lrd]\.?|\bcode|\bnor)\s*:?\s*$")
#: « exercices 2017 et 2018 », « années 2021, 2022 et 2023 », « exercices budgétaires 2021 à 2023 »,
#: « années 2021, 2022, 2023 », « exercices 2021-2022-2023 »
_YEAR_LIST = re.compile(
    rf"\b(?:exercices|annees|annees\s+civiles|exercices\s+budgetaires|exercices\s+civils)\s+"
    rf"(?P<list>{_YEAR}(?:\s*,\s*{_YEAR})*\s+et\s+{_YEAR}|{_YEAR}(?:\s*,\s*{_YEAR}){{2,}})\b")
#: « 2016 – 2017 – 2018 », « exercices 2021-2022-2023 » (a title line): consecutive years only
_YEAR_CHAIN = re.compile(rf"(?<![\w/.])(?P<list>{_YEAR}(?:\s*{_DASH}\s*{_YEAR}){{2,}})(?![\w/]|\s*{_DASH}\s*\d)")


#: a bare « du <date> » that dates a text or a meeting, not the start of a period: « la loi n° 2007-297
#: du 5 mars 2007 », « la circulaire du 1er août 2006 », « la délibération du conseil municipal du … »,
#: « la réunion du CLSPD du 12 mars 2021 »
_DATED_TEXT = re.compile(
    r"(?:\b(?:loi|circulaire|decret|arrete|ordonnance|deliberation|instruction|courrier|lettre|reunion|seance|"
    r"clspd|cispd|cdpd|cndp|cipd|cipdr)\b[^,;.()\n]{0,40}|\bn\s*°\s*[\w./-]+|\ben\s+date)\s*$")

#: across a full stop, the end date must still be the convention's: « … au 1er janvier 2022. Elle
#: s'applique jusqu'au 31 décembre 2025 » (not « … Le bilan est remis au 31 mars 2023 »)
_NEXT_SUBJECT = re.compile(r"[.;]\s*(?:elle|celle-ci|la\s+(?:presente\s+)?convention|le\s+present\s+accord|"
                           r"la\s+duree|son\s+terme|l'echeance)\b[^.;]*$")


def _same_subject(gap: str) -> bool:
    """True if the gap between the two dates stays in one sentence, or the next one is about the
    convention itself."""
    if "." not in gap and ";" not in gap:
        return True
    return bool(_NEXT_SUBJECT.search(gap))


@dataclass(frozen=True)
class Span:
    """A calendar span found in the text: characters [start, end) of the folded text, its months."""

    start: int
    end: int
    months: int


def _year(s: str | None) -> int | None:
    return int(s.replace("o", "0")) if s else None


def _day(s: str) -> int:
    return 1 if s in ("1er", "premier") else int(s.replace("o", "0"))


def _ymd(m: re.Match, p: str) -> tuple[int | None, int, int]:
    if m.group(f"{p}m"):
        return _year(m.group(f"{p}y")), MONTHS[m.group(f"{p}m")], _day(m.group(f"{p}d"))
    return _year(m.group(f"{p}ny")), int(m.group(f"{p}nm")), int(m.group(f"{p}nd"))


def _months_between(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    """Whole months from date a to date b inclusive (1 Jan → 31 Dec = 12, 1 Apr → 31 Mar = 12)."""
    (ya, ma, da), (yb, mb, db) = a, b
    months = (yb - ya) * 12 + (mb - ma)
    if db >= 27 or (da > 1 and db >= da - 1):  # runs to the end of the month (or the eve of the day)
        months += 1
    return months


def find_spans(folded: str) -> list[Span]:
    """Every calendar span of the folded text, in text order (overlaps kept: the rules judge each)."""
    out: list[Span] = []
    for m in _RANGE.finditer(folded):
        gap = m.group("gap") or ""
        if "\n\n" in gap or not _same_subject(gap):
            continue
        if folded.startswith("du", m.start()) and _DATED_TEXT.search(folded, max(0, m.start() - 60), m.start()):
            continue
        ya, ma, da = _ymd(m, "a")
        yb, mb, db = _ymd(m, "b")
        if yb is None:
            continue
        ya = ya if ya is not None else (yb if ma <= mb else yb - 1)
        n = _months_between((ya, ma, da), (yb, mb, db))
        if 0 < n <= 240:
            out.append(Span(m.start(), m.end(), n))
    for m in _BARE_RANGE.finditer(folded):
        p, q = ("a", "b") if m.group("am") or m.group("any") else ("c", "d")
        ya, ma, da = _ymd(m, p)
        yb, mb, db = _ymd(m, q)
        if yb is None:
            continue
        ya = ya if ya is not None else (yb if ma <= mb else yb - 1)
        n = _months_between((ya, ma, da), (yb, mb, db))
        if 0 < n <= 240:
            out.append(Span(m.start(), m.end(), n))
    for m in [*_MONTH_RANGE.finditer(folded), *_BARE_MONTH_RANGE.finditer(folded)]:
        yb, mb, ma = _year(m.group("by")), MONTHS[m.group("bm")], MONTHS[m.group("am")]
        ya = _year(m.group("ay")) if m.group("ay") else (yb if ma <= mb else yb - 1)
        n = (yb - ya) * 12 + (mb - ma) + 1
        if 0 < n <= 240:
            out.append(Span(m.start(), m.end(), n))
    for m in _YEAR_RANGE.finditer(folded):
        if _NUMBER_BEFORE.search(folded, max(0, m.start() - 16), m.start()):
            continue
        a, b = _year(m.group("a")), _year(m.group("b"))
        if a is not None and b is not None and 0 < b - a <= 10:
            out.append(Span(m.start(), m.end(), (b - a + 1) * 12))
    chains = [m for m in _YEAR_CHAIN.finditer(folded)
              if not _NUMBER_BEFORE.search(folded, max(0, m.start() - 16), m.start())]
    for m in [*_YEAR_LIST.finditer(folded), *chains]:
        years = sorted({_year(y) for y in re.findall(_YEAR, m.group("list"))})
        if len(years) >= 2 and years[-1] - years[0] == len(years) - 1:
            out.append(Span(m.start(), m.end(), len(years) * 12))
    # the same span read twice (« de janvier 2021 à décembre 2023 » with and without its « de »):
    # keep the longer reading
    longest: dict[tuple[int, int], Span] = {}
    for sp in out:
        kept = longest.get((sp.end, sp.months))
        if kept is None or sp.start < kept.start:
            longest[(sp.end, sp.months)] = sp
    return sorted(longest.values(), key=lambda s: (s.start, s.end))

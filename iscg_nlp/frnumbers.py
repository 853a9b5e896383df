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


# --------------------------------------------------------------------------- digits

_SP = r"[ \u00a0\u202f\u2009]"
# Order matters: grouped thousands first, then dotted thousands, then plain digits; a decimal part
# always uses the comma (French), except "1.5" with one or two decimals and nothing after.
_DIGITS = re.compile(
    r"(?<![\d.,])(?:"
    rf"(?P<sp>\d{{1,3}}(?:{_SP}\d{{3}})+(?![\d]))(?:,(?P<spd>\d+))?"
    r"|(?P<dot>\d{1,3}(?:\.\d{3})+(?![\d.]))(?:,(?P<dotd>\d+))?"
    r"|(?P<dec>\d+\.\d{1,2})(?![\d.])"
    r"|(?P<int>\d+)(?:,(?P<intd>\d+))?"
    r")(?![\d])")
_SP_RE = re.compile(_SP)


def _digits_value(m: re.Match[str]) -> float:
    if m.group("sp"):
        whole, dec = _SP_RE.sub("", m.group("sp")), m.group("spd")
    elif m.group("dot"):
        whole, dec = m.group("dot").replace(".", ""), m.group("dotd")
    elif m.group("dec"):
        return float(m.group("dec"))
    else:
        whole, dec = m.group("int"), m.group("intd")
    return float(f"{whole}.{dec}") if dec else float(whole)


def parse_number(text: str) -> float | None:
    """A number written with digits the French way: "52 000", "52 000,00", "52.000", "52,5".

    Spaces, non-breaking and narrow non-breaking spaces separate thousands; a dot followed by
    exactly three digits is a thousands separator, otherwise (one or two digits) a decimal point.
    Returns ``None`` unless the whole text (stripped) is one such number. Words: see
    ``words_to_number``.
    """
    s = text.strip()
    m = _DIGITS.fullmatch(s)
    return _digits_value(m) if m else None


# --------------------------------------------------------------------------- numbers in running text


@dataclass
class NumberMention:
    """A number found in running text, in digits or in words (unit not considered)."""

    value: float
    start: int
    end: int
    text: str
    words: bool = False


def _split_run_together(m: re.Match[str], value: float) -> list[tuple[int, int, float]] | None:
    """Table rows from PDF text glue cells: "20 000 100 000" reads as one 11-digit number.

    When a space-grouped number would be a million or more and has an even count of digit groups,
    it is read as pairs "ddd ddd" (amounts below a million, which is what a post costs). Returns
    the pieces as (start, end, value), or None to keep the number whole. "1 000 000" (odd count)
    stays a million.
    """
    if not m.group("sp") or m.group("spd") or value < 1_000_000:
        return None
    pieces = [(p.start(), p.end()) for p in re.finditer(r"\d+", m.group("sp"))]
    if len(pieces) % 2:
        return None
    base = m.start("sp")
    out = []
    for i in range(0, len(pieces), 2):
        s, e = pieces[i][0], pieces[i + 1][1]
        chunk = m.group("sp")[s:e]
        out.append((base + s, base + e, float(_SP_RE.sub("", chunk))))
    return out


_WORD_GAP = re.compile(r"[\s\-\u2010\u2011]+")
# A whole [a-z]+ token that is a number word or "et" (longest first). Visiting only these tokens
# gives the same runs as visiting every token: a run only extends over a gap of spaces / hyphens,
# so any other word in between already ended it.
_NUMBER_TOKEN = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(NUMBER_WORDS | {"et"}, key=lambda w: (-len(w), w))) + r")(?![a-z])")


def _word_numbers(folded: str) -> list[tuple[int, int, int]]:
    """Maximal well-formed runs of number words, as (start, end, value)."""
    toks = [(m.start(), m.end(), m.group()) for m in _NUMBER_TOKEN.finditer(folded)]
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i][2] not in NUMBER_WORDS:
            i += 1
            continue
        # Extend the run while tokens are number words (or "et") joined by spaces / hyphens.
        j = i
        while j + 1 < len(toks) and (toks[j + 1][2] in NUMBER_WORDS or toks[j + 1][2] == "et") \
                and _WORD_GAP.fullmatch(folded[toks[j][1]:toks[j + 1][0]]):
            j += 1
        # Longest prefix that parses, then go on after it.
        best = None
        for k in range(j, i - 1, -1):
            if toks[k][2] == "et":
                continue
            v = words_to_number(folded[toks[i][0]:toks[k][1]])
            if v is not None:
                best = (k, v)
                break
        if best is None:
            i += 1
            continue
        k, v = best
        out.append((toks[i][0], toks[k][1], v))
        i = k + 1
    return out


_PAREN = re.compile(r"\s*\(\s*([^()]{1,60}?)\s*\)")


# OCR reads a zero as the letter O: "52 0OO €", "5O 000". A token made only of digits and O's, with
# at least one digit, is a number (same length, so offsets stay valid).
_OCR_TOKEN = re.compile(r"(?<![a-z])(?=[0-9o]*\d)[0-9o]*o[0-9o]*(?![a-z])")


# A thousands group read as letters only ("24 OOO €", "1 OOO OOO €") has no digit of its own: it
# counts when it follows a digit group and a space or dot, as a group of three.
_OCR_GROUP = re.compile(r"(?<=\d[ .\u00a0\u202f])ooo(?![a-z0-9])")


def _ocr_digits(folded: str) -> str:
    out = _OCR_TOKEN.sub(lambda m: m.group().replace("o", "0"), folded)
    if "ooo" not in out:
        return out
    prev = None
    while prev != out:  # "1 OOO OOO": each group makes the next one follow a digit
        prev, out = out, _OCR_GROUP.sub("000", out)
    return out


def find_numbers(text: str, folded: str | None = None) -> list[NumberMention]:
    """Every number in ``text``, digits or words, left to right.

    A number repeated in brackets with the same value ("cinquante-deux mille (52 000)") is one
    mention spanning both. The letter O standing for a zero inside a number ("52 0OO") is read 0.
    ``folded`` is ``fold(text)`` when the caller already has it (folding is most of the cost).
    """
    if folded is None:
        folded = fold(text)
    digits = _ocr_digits(folded)
    found: list[NumberMention] = []
    for m in _DIGITS.finditer(digits):
        v = _digits_value(m)
        pieces = _split_run_together(m, v)
        if pieces:
            for s, e, pv in pieces:
                found.append(NumberMention(pv, s, e, text[s:e]))
        else:
            found.append(NumberMention(v, m.start(), m.end(), text[m.start():m.end()]))
    for s, e, v in _word_numbers(folded):
        found.append(NumberMention(float(v), s, e, text[s:e], words=True))
    found.sort(key=lambda n: (n.start, -n.end))
    merged: list[NumberMention] = []
    skip_until = -1
    for n in found:
        if n.start < skip_until:
            continue
        pm = _PAREN.match(folded, n.end)
        if pm:
            inner = parse_number(pm.group(1))
            if inner is None:
                inner_w = words_to_number(pm.group(1))
                inner = float(inner_w) if inner_w is not None else None
            if inner is not None and inner == n.value:
                n = NumberMention(n.value, n.start, pm.end(), text[n.start:pm.end()], n.words)
        merged.append(n)
        skip_until = n.end
    return merged


# --------------------------------------------------------------------------- amounts with a unit


@dataclass
class Amount:
    """A number with its unit: ``eur`` (euros), ``pct`` (percent) or ``etp`` (full-time equivalents)."""

    value: float
    start: int
    end: int
    text: str
    unit: str  # eur | pct | etp


_EUR_AFTER = re.compile(
    r"\s?(?:(?P<k>k)\s?(?:€|euros?\b|eur\b)|(?P<m>millions?\s+d'euros\b|millions?\s?€)"
    r"|€|euros?\b|eur\b)")
_EUR_BEFORE = re.compile(r"(?:€|\beur|\beuros)\s?$")
_PCT_AFTER = re.compile(r"\s?(?:%|pour[\s-]?cents?\b|p\.\s?100\b)")
_ETP_AFTER = re.compile(
    r"\s?(?:e\.t\.p\b\.?|etp\b|equivalents?[\s-]+temps[\s-]+(?:plein|complet)s?\b)")
# "80 % d'un temps plein", "50 % d'un ETP": a share of a full-time post is a working time.
_PCT_OF_FULL_TIME = re.compile(
    r"\s+(?:d'(?:un|une)\s+(?:(?:equivalent\s+)?temps\s+(?:plein|complet)|etp\b|poste\b|emploi\b)"
    r"|de\s+son\s+temps(?:\s+de\s+travail)?\b)")
# "poste à 80 %", "temps partiel à 80 %", "quotité de travail de 50 %": the percentage is the
# post's working time. A word in between ("poste financé à 80 %") makes it a funding share.
_WORKTIME_BEFORE = re.compile(
    r"(?:(?:\bposte|\bemploi|\btemps\s+partiel|\btemps\s+de\s+travail|\bquotite(?:\s+de\s+travail)?)\s+"
    r"|\btemps\s+partiel\s*,\s*)(?:a|de)\s*$")  # "à temps partiel, à 80 %"; not "ce poste, à 80 %"
# A form's label opening the line, then its value: "Quotité : 80 %", "Temps de travail | 50 %".
_FORM_WORKTIME_BEFORE = re.compile(
    r"(?:^|\n)[ \t\-–•*]*(?:quotite|temps\s+de\s+travail)(?:\s+de\s+travail|\s+hebdomadaire)?\s*[:|]\s*$")
# A full-time unit a fraction can be of: "équivalent temps plein", "ETP", "temps plein".
_FULL_TIME = r"(?:(?:equivalents?[\s-]+)?temps[\s-]+(?:plein|complet)|e\.t\.p\b\.?|etp\b)"
# "un quart de temps", "un quart d'ETP", "trois quarts d'un temps plein".
_OF_TIME = r"[\s-]+(?:de\s+|d'(?:un|une)\s+)?(?:" + _FULL_TIME + r"|temps\b)"
_ETP_PHRASES: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\b(?:mi|demi)[\s-]temps\b"), 0.5),
    # A fraction before the full-time unit is the time ("un demi équivalent temps plein", "une
    # demi-ETP", "un demi-poste"): it must win over the bare "temps plein" it holds. It starts
    # earlier, so the overlap rule of ``find_amounts`` keeps it.
    (re.compile(r"\b(?:(?:un|une)\s+)?demi[\s-]+(?:" + _FULL_TIME + r"|poste\b)"), 0.5),
    (re.compile(r"\bdeux\s+demi[\s-]+(?:" + _FULL_TIME + r"|postes?\b)"), 1.0),  # two halves
    # « un équivalent temps plein et demi », « deux postes et demi »: the half after the unit counts too; it
    # starts with the number, so it wins over « un équivalent temps plein » alone
    *((re.compile(r"\b(?:" + words + r")\s+(?:" + _FULL_TIME + r"|postes?(?:\s+a\s+temps\s+(?:plein|complet))?\b)"
                  r"\s+et\s+demie?\b"), value)
      for words, value in (("un|une|1", 1.5), ("deux|2", 2.5), ("trois|3", 3.5))),
    (re.compile(r"\b(?:la\s+)?moitie\s+d'(?:un|une)\s+" + _FULL_TIME), 0.5),
    (re.compile(r"\b(?:les\s+)?(?:trois[\s-]quarts?|3/4)" + _OF_TIME), 0.75),
    (re.compile(r"\b(?:(?:un|le)\s+)?quart" + _OF_TIME), 0.25),
    (re.compile(r"\b(?:les\s+)?deux\s+tiers" + _OF_TIME), 0.67),
    (re.compile(r"\b(?:(?:un|le)\s+)?tiers" + _OF_TIME), 0.33),
    # « quatre cinquièmes d'un temps plein », « 4/5e d'ETP »: the fifths of the part-time posts (80 %, 60 %…)
    *((re.compile(r"\b(?:les\s+)?" + word + r"\s+cinquiemes?" + _OF_TIME), n / 5)
      for n, word in ((1, "un"), (2, "deux"), (3, "trois"), (4, "quatre"))),
    *((re.compile(r"(?<![\d/])" + str(n) + r"\s?[/\u2044]\s?5\s*(?:e|emes?)?" + _OF_TIME), n / 5) for n in range(1, 5)),
    # "1/2 ETP", "1/2 temps": a written fraction, not the number after the slash.
    (re.compile(r"(?<![\d/])1\s?[/\u2044]\s?2\s*(?:" + _FULL_TIME + r"|temps\b)"), 0.5),
    (re.compile(r"(?<![\d/])1\s?[/\u2044]\s?4\s*(?:" + _FULL_TIME + r"|temps\b)"), 0.25),
    (re.compile(r"(?<![\d/])1\s?[/\u2044]\s?3\s*(?:" + _FULL_TIME + r"|temps\b)"), 0.33),
    (re.compile(r"(?<![\d/])2\s?[/\u2044]\s?3\s*(?:" + _FULL_TIME + r"|temps\b)"), 0.67),
    (re.compile(r"\b(?:temps\s+(?:plein|complet)|plein[\s-]temps)\b"), 1.0),
    # "il consacre au poste la moitié de son temps de travail": a share of one person's time.
    (re.compile(r"\b(?:la\s+)?moitie\s+de\s+son\s+temps(?:\s+de\s+travail)?\b"), 0.5),
    (re.compile(r"\b(?:un|le)\s+quart\s+de\s+son\s+temps(?:\s+de\s+travail)?\b"), 0.25),
    (re.compile(r"\btrois\s+quarts\s+de\s+son\s+temps(?:\s+de\s+travail)?\b"), 0.75),
]


def find_amounts(text: str, folded: str | None = None, numbers: list[NumberMention] | None = None) -> list[Amount]:
    """Euros, percentages and ETP written in ``text``, left to right, without overlaps.

    Decisions (documented because they are choices):
    - a number is an amount only with its unit next to it; "loi n° 2007-297", "article 12", a
      telephone number or "2021-2023" give nothing;
    - "52 k€" is 52 000 €; "cinquante-deux mille euros (52 000 €)" is one amount spanning both;
    - "mi-temps" is 0.5 ETP, "temps plein" / "plein temps" / "temps complet" 1.0, "trois quarts
      temps" 0.75, "un équivalent temps plein" 1.0; "temps partiel" alone gives nothing (unknown);
    - "la moitié de son temps (de travail)" is 0.5 ETP, "un quart" 0.25, "trois quarts" 0.75;
    - a fraction of the full-time unit is the time it says, not the unit: "un demi équivalent temps
      plein", "une demi-ETP", "un demi-poste", "la moitié d'un ETP" 0.5, "un quart de temps" 0.25,
      "les deux tiers d'un temps plein" 0.67, "1/2 ETP" 0.5 (never 2); "une demi-journée",
      "la moitié du poste" (a share of its cost) give nothing;
    - a percentage is a working time (ETP = value / 100) only when it reads so: "80 % d'un temps
      plein / d'un ETP / d'un poste / de son temps", or "poste à 80 %", "temps partiel à 80 %", "quotité de 80 %",
      or a form line "Quotité : 80 %" / "Temps de travail | 80 %" (the label opens the line).
      Otherwise ("financé à 80 %", "100 % des situations") it stays a percentage: the caller
      judges from context whether it is a funding share.

    ``folded`` (``fold(text)``) and ``numbers`` (``find_numbers(text)``) may be passed by a caller
    that already computed them.
    """
    if folded is None:
        folded = fold(text)
    out: list[Amount] = []

    def add(value: float, start: int, end: int, unit: str) -> None:
        out.append(Amount(value, start, end, text[start:end], unit))

    for n in (find_numbers(text, folded) if numbers is None else numbers):
        after = n.end
        m = _EUR_AFTER.match(folded, after)
        if m:
            mult = 1000 if m.group("k") else 1_000_000 if m.group("m") else 1
            add(n.value * mult, n.start, m.end(), "eur")
            continue
        m = _PCT_AFTER.match(folded, after)
        if m:
            of_full = _PCT_OF_FULL_TIME.match(folded, m.end())
            if of_full:
                add(n.value / 100, n.start, of_full.end(), "etp")
            elif _WORKTIME_BEFORE.search(folded[max(0, n.start - 40):n.start]) or \
                    _FORM_WORKTIME_BEFORE.search(folded, max(0, folded.rfind("\n", 0, n.start)), n.start):
                add(n.value / 100, n.start, m.end(), "etp")
            else:
                add(n.value, n.start, m.end(), "pct")
            continue
        m = _ETP_AFTER.match(folded, after)
        if m:
            add(n.value, n.start, m.end(), "etp")
            continue
        b = _EUR_BEFORE.search(folded[max(0, n.start - 6):n.start])
        if b and not n.words:
            add(n.value, n.start - (len(folded[max(0, n.start - 6):n.start]) - b.start()), n.end, "eur")
    for pat, value in _ETP_PHRASES:
        for m in pat.finditer(folded):
            add(value, m.start(), m.end(), "etp")

    # "52 000 € (cinquante-deux mille euros)": an amount restated in brackets is the same amount.
    out.sort(key=lambda a: (a.start, -(a.end - a.start)))
    result: list[Amount] = []
    for a in out:
        if result and a.start < result[-1].end:
            continue  # inside (or overlapping) an amount already kept: "équivalent temps plein"
        pm = _PAREN.match(folded, a.end)
        if pm:
            inner = [b for b in out if b.unit == a.unit and b.start >= pm.start(1) and b.end <= pm.end(1)]
            if inner and all(abs(b.value - a.value) < 0.005 for b in inner):
                a = Amount(a.value, a.start, pm.end(), text[a.start:pm.end()], a.unit)
        result.append(a)
    return result

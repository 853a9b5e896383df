"""The structure of a convention: title, parties, preamble, articles, annexes, signature block.

Conventions come from ~100 préfectures in every layout, so the segmenter works on lines of the
normalised text and on folded copies of them (``textutil.fold``: no accents, no capitals, same
length, so every offset found on the folded line is valid on ``Document.text``).

Choices, documented because they shape every later stage:

- Article headings come in families: "Article N" (and "Art. N", "Question N" in a text written as
  numbered questions and answers, "Point N", "Rubrique N", "§ N", "Vue N", "Clause N", "Décision n° N",
  "Volet N"), bare arabic "1." / "1)" / "1 –",
  bare roman "I –" / "II." The family with the longest increasing run of numbers wins ("Article"
  first, unless its run starts after a longer bare-number run ends: the articles of an avenant bound
  after the convention); headings outside that run are taken for cross-references or list items and dropped.
  A heading must start a line, must not continue a sentence of the previous line, and a number with
  no separator followed by lower-case words ("article 5 ci-dessous", "article 3 de la loi") is a
  reference, not a heading.
- A charter's lettered sections ("A. Objet" … "I. Suivi", from A, three at least) are its articles,
  labelled by their letter, when no numbered family exists.
- "TITRE I", "CHAPITRE 2", "PARTIE" and, when "Article N" headings exist, roman "I –" lines group
  articles: they are not articles, but they end the article before them. A document whose only
  numbered divisions are such groupings gets them as its articles, unless unnumbered titled
  sections sit under them (a grouping line directly followed by a section title): then the
  sections are the articles and the groupings only cut them. A grouping line is never a section.
- A number printed twice where the next one is missing ("Article 2", "Article 2", "Article 4") is a
  misprint: the second heading is an article of its own and keeps its printed number.
- A heading title wrapped onto the next line ("… auxquelles l'intervenante est" / "soumise": a few
  lower-case words) is joined back to the title.
- Decimal sub-sections are the articles where the numbered headings only group them: "1. OBJET" /
  "1.1 Finalité du poste" / body / "1.2 Personnes accueillies" / body. The parent must have no
  body of its own (one lead-in line at most), the sub-sections must be titled and numbered 1, 2 …
  under it, and the pattern must be the document's (two such parents at least); the parent then
  only cuts, like "TITRE I". Otherwise sub-articles ("Article 3-1", "Article 3.1", "3.1") belong
  to their article, as numbered paragraphs of a long article do; an inserted article
  ("Article 3 bis", "ter", "quater") is an article of its own, numbered "3 bis".
- Roman-decimal headings ("I.1 Objet", "II.3 Urgence", "I-1", "IV.4.") are numbered articles when
  no "Article N" run and no longer bare-number run exists: numbered "I.1" (roman major as printed,
  a dot, the arabic minor), titled by the rest; "TITRE I" lines above them stay groupings.
- With no numbered heading at all, titled sections (a short line in capitals, or a short line with
  no final full stop followed by body text) are the articles, with ``number=None``. A title may name
  a party ("Les engagements du Département"): only a line whose head word is the signer ("Le Préfet
  de …", "Pour l'État") reads as a signature. Where paragraphs are one line each (DOCX, ODT), a
  title may be as long as a numbered heading's; in hard-wrapped text the stricter limit holds.
  After "il est convenu ce qui suit", "Exposé des motifs" or "Contexte" title a section.
  Between numbered articles, an unnumbered title after the body of an article is a section of its
  own only where it cannot be prose: a heading style (DOCX, ODT) or one paragraph per line. After
  the last numbered article, and between the end of the preamble ("il est convenu ce qui suit", the
  last "Vu") and the first one ("Objet" / body / "1. Missions"), only a heading style makes one.
- A text annexed after the signatures whose articles number again from 1 (a renewal's consolidated
  convention) is one annex: its "Article 1" … are not the signed text's articles.
- Annexes start at "ANNEXE …" / "Annexe financière" lines after the articles; a run of annex lines
  with no text between them is a list of annexes, not headings. An annex printed without a number
  takes its place in the sequence (a lone "ANNEXE – Fiche de poste" is annexe 1). Annexes printed
  between two articles ("Article 13", "ANNEXE 1 – …", "ANNEXE 2 – …", "Article 14") are annexes too when
  numbered from 1 in order, titled, with a body, and not under a lead-in; the next article ends them.
- An unnumbered section title is never a table row (a reader's table cell, a tab-separated line, a
  line carrying an amount or a share), a form's field ("Accord de la personne : oui / non") nor a
  short lead-in ending with ":" that opens a list.
- "Article" is also read through the usual OCR slips of a scanned page ("ARTlCLE", "Articie").
- The signature block starts at "Fait à / Fait en / Fait le" after the last article (or, lacking
  it, at the first line of signatories after which only short lines follow; a sentence, with a
  finite verb and a final stop, never opens it nor counts as a signatory); it may come before or
  after the annexes. A list of copy recipients ("Ampliation :", "Copie pour information :") ends the
  block, the article or the annex before it and stays outside every zone ("autre").
- Recall sections (``Structure.rappels``, zone "rappel"): text the parties quote or recount without
  engaging to it ("Rappel du cadre national", "Historique du dispositif", "Bilan de la période
  précédente", "Exposé des motifs", a text declared "non annexé" / "à titre d'information"). They
  keep their place among the articles, annexes or preamble (the structure is unchanged); only
  ``zone_at`` says "rappel" there. An article titled "Objet" / "Missions" / "Bilan d'activité" and an
  annex that "fait partie intégrante" of the convention never are (see ``_rappels``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from .frdates import find_dates
from .textutil import fold, squash
from .types import Article, DateMention, Document, Party, Structure

# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped original
    folded: str  # fold(text), same length

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str, folded: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            end = start + len(stripped)
            out.append(_Line(start, end, stripped, folded[start:end]))
        pos += len(raw) + 1
    return out


_TERMINAL = ".;:!?»)\"'"
#: a title line that stops on a word that cannot end a title (a preposition, an article, « et »)
_OPEN_END = re.compile(r"\b(?:de|du|des|la|le|les|l'|d'|a|au|aux|et|ou|en|pour|sur|avec|par|dans|leur|leurs|son|sa|ses"
                       r"|entre|sous|vers|chez)$")
#: a capitals line that starts where a noun phrase goes on (« D'AGGLOMERATION », « DE LA SECURITE »)
_OPEN_START = re.compile(r"^(?:de|du|des|d'|l'|et|a|au|aux|en)\b")


def _continues(prev: _Line | None, line: _Line) -> bool:
    """True when ``line`` is the wrapped continuation of the sentence on ``prev``."""
    if prev is None:
        return False
    last = prev.text[-1]
    if prev.folded.endswith(("l'", "d'", "a l'", "de l'")):
        return True
    return (last.isalnum() or last in ",-'’") and line.text[0].islower()


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# --------------------------------------------------------------------------- roles

ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("procureur", re.compile(r"procureur|\bparquet\b")),
    ("prefet", re.compile(r"\bsous-prefete?\b|\bprefete?\b|\bprefecture\b|\bl'etat\b|representant de l'etat")),
    ("ddsp", re.compile(r"securite publique|\bddsp\b|\bdipn\b|\bddpn\b|police nationale|"
                        r"securite de proximite|\bdtsp\b|"
                        r"directeur departemental de la police|directrice departementale de la police|"
                        r"\bcommissaire\b")),
    ("commandant_groupement", re.compile(r"groupement de gendarmerie|commandant d[eu] groupement|"
                                         r"\bggd\b|gendarmerie")),
    ("president_interco", re.compile(r"communaute de communes|communaute d'agglomeration|"
                                     r"communaute urbaine|\bagglomeration\b|\bmetropole\b|\bepci\b|"
                                     r"intercommunal")),
    ("president_cd", re.compile(r"conseil departemental|conseil general|\bdepartement\b|"
                                r"president(?:e)? du departement")),
    ("maire", re.compile(r"\bmaire\b|\bcommune\b|\bville d[e']|\bmairie\b|\bc\.?c\.?a\.?s\b|"
                         r"centre communal d'action sociale")),
    ("caf", re.compile(r"caisse d'allocations familiales|\bcaf\b")),
    ("association", re.compile(r"\bassociation\b|\bcidff\b|france victimes")),
]


def classify_role(text: str) -> str | None:
    """The role named first in ``text`` (folded or not); None when no role word is there.

    The earliest mention wins: "L'association X, agréée par le préfet" is the association.
    A CCAS counts as the commune (its président is the maire).
    """
    folded = fold(text)
    best: tuple[int, str] | None = None
    for role, pattern in ROLE_PATTERNS:
        m = pattern.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), role)
    return best[1] if best else None


_PERSON = re.compile(r"\b(?:M\.|Mme\.?|Mlle|Monsieur|Madame|Mr\.?)\s+"
                     r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:de\s+|d'|du\s+)?[A-ZÀ-Ý][\w'’\-]+){0,3})")
_BODY_NAME = re.compile(r"\b(?:association|l'association)\s+(?P<name>[^,;(\n]{2,80}?)"
                        r"(?=\s*(?:,|;|\(|\brepresent|\bsise?\b|\bdont\b|$))", re.I)
_NAME_STOP = {"le", "la", "les", "pour", "fait", "signe", "signé", "et", "lu", "approuve", "approuvé"}


def _person_name(text: str) -> str | None:
    m = _PERSON.search(text)
    return m.group("name").strip() if m else None


def _looks_like_name(text: str) -> bool:
    """A signatory's name on its own line or cell: 2-4 capitalised words, no role word, no digit."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if fold(words[0]) in _NAME_STOP or classify_role(text):
        return False
    if _person_name(text):
        return True
    return all(w[0].isupper() for w in words) and any(len(w) > 1 and w.isupper() for w in words)


def _trailing_name(text: str) -> str | None:
    """ "Pour la Ville, le Maire, Bertrand Lhoumeau" -> "Bertrand Lhoumeau" (the last comma piece)."""
    if "," not in text:
        return None
    last = text.rsplit(",", 1)[1].strip().rstrip(".")
    words = last.split()
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not classify_role(last) \
            and fold(words[0]) not in _NAME_STOP and not any(ch.isdigit() for ch in last):
        return last
    return None


def _party_name(text: str, role: str) -> str | None:
    person = _person_name(text)
    if person:
        return person
    if role in ("association", "autre"):
        m = _BODY_NAME.search(text)
        if m:
            return m.group("name").strip(" «»\"")
    return None


# --------------------------------------------------------------------------- headings


@dataclass
class _Heading:
    index: int  # line index
    family: str  # article | arabic | roman | letter | grouping
    number: int
    title: str
    start: int
    body_start: int
    suffix: str = ""  # "bis" | "ter" | "quater": an article inserted after article `number`
    sub: int = 0  # "2.3": a decimal sub-section taken as an article (number 2, sub 3)
    roman: str = ""  # "II": the major number of a roman-decimal heading ("II.3"), as printed

    @property
    def rank(self) -> float:
        """Position in the numbering: 3 < 3 bis < 3 ter < 4; "I.2" < "I.3" < "II.1"."""
        return self.number + _SUFFIX_RANK.get(self.suffix, 0.0) + self.sub / 100

    @property
    def label(self) -> str:
        if self.family == "letter":
            return chr(ord("A") + self.number - 1)  # printed as a letter, kept so
        if self.sub:
            return f"{self.roman or self.number}.{self.sub}"
        return f"{self.number} {self.suffix}" if self.suffix else str(self.number)


_SUFFIX_RANK = {"bis": 0.1, "ter": 0.2, "quater": 0.3}
_ROMAN = re.compile(r"^(?=[ivxl])(xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def roman_value(token: str) -> int | None:
    """'iv' -> 4 (lower or upper case); None for anything that is not a roman numeral up to 40."""
    token = token.lower()
    if not token or not _ROMAN.match(token):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for a, b in zip(token, token[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total if 1 <= total <= 40 else None


#: article numbers written in words (« ARTICLE DEUX – … », « l'article six » of an avenant), compound ones
#: first for the regex
WORD_NUMBERS = {"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
                 "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
                 "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "un": 1}


def _number(token: str) -> int | None:
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    if token in ("premier", "premiere", "unique", "1er"):
        return 1
    if token in WORD_NUMBERS:
        return WORD_NUMBERS[token]
    return roman_value(token)


# « Art. 1er. – Objet »: a dot then a dash, separated by a space, is still one separator
_SEP = re.compile(r"\s*(?:[-–—:.)/]+\s*)+")
# "Article" as OCR reads it from a scan: l / I / 1 / i / | confused with one another, c with e and t
# with l ("ARTlCLE", "Articie", "Artic1e", "Arlicle"); no French word has this shape.
_ARTICLE = re.compile(
    # « Question 3 – Qui peut être reçu ? »: a text written as questions and answers numbers them like
    # articles; « Point 4 : lieu et matériel » too, in a text drafted as a list of points, and
    # « Rubrique 1 – Objet » or « § 6 – Règles de confidentialité » in a form-like or agglomeration text;
    # « Vue 3 — Qui est accueilli ? » (a slide deck adopted as convention), « Clause 4 », « Décision n° 2 »
    # (a comité's minutes), « Volet 1 »
    # « A R T I C L E  5 » : a scanned or typeset heading with its letters spaced out
    r"^(?:ar[tl1][il1|!][ce][l1i|!]e|a r [tl1] [il1|!] [ce] [l1i|!] e|art\.?|question|point|rubrique|§|vue|clause|decision|volet)\s*(?:n\s*[°o]\s*)?"
    r"(?P<num>\d{1,3}|premier|premiere|unique|" + "|".join(WORD_NUMBERS) + r"|[ivxl]{1,6})"
    r"(?P<suf>\s?(?:er|ere|eme|e|°)(?![a-z]))?"
    r"(?P<sub>\s?[.\-–—/]\s?\d{1,2}(?!\d)|\s+(?:bis|ter|quater)\b)?"
    r"(?![\w])")
_ARABIC = re.compile(r"^(?P<num>\d{1,2})\s?(?:er|°)?(?:\s+(?P<suf>bis|ter|quater))?\s*(?P<sep>[.)\-–—:/])(?![\d/])")
_ROMAN_HEAD = re.compile(r"^(?P<num>[IVXL]{1,6})(?:\s+(?P<suf>(?i:bis|ter|quater)))?\s*(?P<sep>[.)\-–—:/])(?!\d)")
# « A. Objet », « B – Public »: lettered sections of a charter (capital letter, separator, title)
_LETTER_HEAD = re.compile(r"^(?P<num>[A-HJK])\s?(?P<sep>[.)\-–—])\s+(?=[A-ZÀ-Ý«\"])")
_GROUPING = re.compile(r"^(?:titre|chapitre|partie|section)\s+"
                       r"(?P<num>[ivxl]{1,6}|\d{1,2}|premier|premiere|1er)(?![\w])")
_ANNEX = re.compile(r"^annexes?(?![\w])(?:\s*(?:n\s*[°o]\s*)?(?P<num>\d{1,2}|[ivxl]{1,4}|[a-h]|unique)(?![\w]))?")
_DETERMINERS = {"la", "le", "les", "l", "un", "une", "il", "elle", "ce", "cette", "chaque", "en", "dans",
                "des", "du", "au", "aux", "pour", "par", "sur", "a"}


def _title_like(line: _Line) -> bool:
    """A line that can be a heading's title: short, starts with a capital, not a sentence."""
    if len(line.text) > 110 or line.words > 14 or not line.text[0].isupper():
        return False
    if line.text[-1] in ";,":
        return False
    if line.text.endswith(".") and line.words > 6 and not _is_upper(line.text):
        return False
    return True


def _split_title(rest: str, folded_rest: str) -> tuple[str, int]:
    """Title text and the offset (in ``rest``) where the body starts on the heading line.

    Returns (title, len(rest)) when the whole rest is a title, (title, k) when "Titre. Body…" sits
    on one line, ("", 0) when the heading line carries body text without a title.
    """
    stripped = rest.strip()
    if not stripped:
        return "", len(rest)
    short = len(stripped) <= 110 and len(stripped.split()) <= 14
    if short and not (stripped.endswith(".") and len(stripped.split()) > 6 and not _is_upper(stripped)):
        return stripped.rstrip(" .:–—-"), len(rest)
    m = re.search(r"\.\s+|\s[:–—-]\s", rest[:110])
    if m:
        candidate = rest[:m.start()].strip()
        first = re.split(r"[\s']", fold(candidate), maxsplit=1)[0] if candidate else ""
        if candidate and len(candidate.split()) <= 8 and first not in _DETERMINERS:
            return candidate.rstrip(" .:–—-"), m.end()
    # Title and first sentence run together (a PDF line joined to its heading): cut before a
    # capitalised sentence opener that follows a lower-case word, e.g. "…fonctionnelle L'intervenant …"
    for m in _OPENER.finditer(rest[:120]):
        candidate = rest[:m.start()].strip()
        first = re.split(r"[\s']", fold(candidate), maxsplit=1)[0] if candidate else ""
        if candidate and candidate[-1].islower() and len(candidate.split()) <= 12 and first not in _DETERMINERS:
            return candidate, m.end()
    return "", len(rest) - len(rest.lstrip())


_OPENER = re.compile(r"\s+(?=(?:L['’]|Le\s|La\s|Les\s|Il\s|Elle\s|Un\s|Une\s|Ce\s|Cette\s|Chaque\s|Dans\s|"
                     r"En\s|Pour\s|Afin\s|Toute?\s|Sont\s|Au\s|À\s|Lorsque\s|Sauf\s)[\w«])")


def _bare_number_heading(lines: list[_Line], i: int) -> bool:
    """« 7) » alone on its line, between two paragraphs of prose: an article whose drafter gave no
    title (a list item carries its text on its own line; a bare number before a short line is a
    title's number, handled above)."""
    prev = lines[i - 1] if i else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (prev is not None and nxt is not None and len(nxt.text) > 110 and len(prev.text) > 60
            and prev.text.rstrip()[-1:] in ".;!?»)" and not _is_heading_line(lines, i + 1))


def _heading_at(lines: list[_Line], i: int) -> _Heading | None:
    """The numbered heading starting line ``i``, if it is one (any family)."""
    line = lines[i]
    prev = lines[i - 1] if i else None
    if _continues(prev, line):
        return None
    f = line.folded
    family = None
    m = _ARTICLE.match(f)
    suffix = ""
    if m and (line.text[0].isupper() or line.text[0] == "§"):
        sub = (m.group("sub") or "").strip()
        if sub in _SUFFIX_RANK:
            suffix = sub
        elif sub:
            return None
        family = "article"
    elif m:
        return None
    if family is None:
        m = _GROUPING.match(f)
        if m and line.text[0].isupper():
            family = "grouping"
    if family is None:
        m = _ROMAN_HEAD.match(line.text)
        if m:
            family = "roman"
            suffix = (m.group("suf") or "").lower()  # « IX bis. Continuité et absences »
    if family is None:
        m = _ARABIC.match(f)
        if m:
            family = "arabic"
            suffix = m.group("suf") or ""
    if family is None:
        m = _LETTER_HEAD.match(line.text)
        if m:
            family = "letter"
    if family is None or m is None:
        return None
    number = ord(m.group("num")) - ord("A") + 1 if family == "letter" else _number(m.group("num"))
    if number is None:
        return None
    after = line.text[m.end():]
    sep = _SEP.match(after)
    rest_off = m.end() + (sep.end() if sep else 0)
    while rest_off < len(line.text) and line.text[rest_off].isspace():
        rest_off += 1
    rest = line.text[rest_off:]
    if family in ("article", "grouping") and not sep and rest.strip() and not rest.strip()[0].isupper():
        return None  # "article 5 ci-dessous", "Article 3 de la loi": a reference
    if family in ("arabic", "roman", "letter"):
        probe = _Line(line.start + rest_off, line.end, rest, line.folded[rest_off:]) if rest else None
        if probe is not None and not _title_like(probe):
            return None
    title, body_off = _split_title(rest, line.folded[rest_off:])
    body_start = line.start + rest_off + body_off
    if not rest.strip() and i + 1 < len(lines):
        nxt = lines[i + 1]
        if _title_like(nxt) and not _is_heading_line(lines, i + 1):
            title = nxt.text.rstrip(" .:–—-")
            body_start = nxt.end
    if title and body_off == len(rest) and i + 1 < len(lines):
        tail = _title_tail(line, lines[i + 1], title, lines[i + 2] if i + 2 < len(lines) else None)
        if tail:
            colon = line.text.rstrip().endswith(":") and not title.rstrip().endswith(":")
            title, body_start = f"{title} : {tail}" if colon else f"{title} {tail}", lines[i + 1].end
    if family in ("arabic", "roman") and not title and (rest.strip() or not _bare_number_heading(lines, i)):
        return None
    if family == "letter" and not title:
        return None
    if not rest.strip() and not title:
        body_start = line.end
    return _Heading(i, family, number, title, line.start, body_start, suffix)


# "2.3 Locaux et équipement": a decimal sub-section heading (never a date: "12.03.2020" has no title)
_DECIMAL = re.compile(r"^(?P<num>\d{1,2})\s?[.\-–]\s?(?P<sub>\d{1,2})(?![\d.,]\d)\.?(?:\s*[–—:-])?\s+(?=\S)")
# "II.3 Urgence et danger", "I-1 Objet", "IV.4. Résiliation", "I.1 – Objet": the same under a roman major
# number (a dash or a colon may stand between the number and its title, as after "Article 3 –")
_ROMAN_DECIMAL = re.compile(r"^(?P<num>[IVX]{1,5})\s?[.\-–]\s?(?P<sub>\d{1,2})(?![\d.,]\d)\.?(?:\s*[–—:-])?\s+(?=\S)")


def _decimal_at(lines: list[_Line], i: int) -> _Heading | None:
    """A titled decimal heading on line ``i`` ("1.2 Personnes accueillies" alone on its line).

    Only a short title with no final stop or colon, followed by a line of body text, counts:
    "3.1 L'intervenant social a pour missions :" or "2.1 La présente convention a pour objet …"
    are numbered paragraphs of an article, not headings.
    """
    line = lines[i]
    m = _DECIMAL.match(line.text) or _ROMAN_DECIMAL.match(line.text)
    if not m or i + 1 >= len(lines) or _continues(lines[i - 1] if i else None, line):
        return None
    major = _number(m.group("num"))
    if major is None:
        return None
    rest = line.text[m.end():]
    probe = _Line(line.start + m.end(), line.end, rest, line.folded[m.end():])
    if not _title_like(probe) or rest.rstrip()[-1] in ".:;" or _FIGURE.search(probe.folded):
        return None
    if _is_heading_line(lines, i + 1) or _DECIMAL.match(lines[i + 1].text) or _ROMAN_DECIMAL.match(lines[i + 1].text):
        return None  # a title must have a body of its own under it
    roman = m.group("num") if not m.group("num").isdigit() else ""
    return _Heading(i, "rdecimal" if roman else "decimal", major, rest.strip(), line.start, line.end,
                    sub=int(m.group("sub")), roman=roman)


def _decimal_leaves(lines: list[_Line], chosen: list[_Heading]) -> tuple[list[_Heading], list[_Heading]]:
    """Numbered headings whose decimal sub-sections are the articles: (new chosen, parents).

    "1. OBJET DU CONTRAT" / "1.1 Finalité du poste" / body / "1.2 Personnes accueillies" / body: the
    parent is a grouping (like "TITRE I") and the sub-sections are the articles. Only when the parent
    has no body of its own before its first sub-section (at most one short lead-in line) and its
    sub-sections are titled, numbered 1, 2, 3 … under its own number (one is enough: "4. RÈGLES" /
    "4.1 Secret professionnel" where its neighbours have several); a long article with "3.1",
    "3.2" paragraphs keeps them as its body. The last parent's sub-sections stop at the signature
    or at the first annex.
    """
    if not chosen:
        return chosen, []
    out: list[_Heading] = []
    parents: list[_Heading] = []
    for k, h in enumerate(chosen):
        if k + 1 < len(chosen):
            stop = chosen[k + 1].index
        else:
            stop = next((i for i in range(h.index + 1, len(lines))
                         if _is_fait(lines[i]) or _annex_heading(lines, i)), len(lines))
        kids: list[_Heading] = []
        for i in range(h.index + 1, stop):
            d = _decimal_at(lines, i)
            if d is not None and d.number == h.number and d.sub == len(kids) + 1:
                kids.append(d)
        body_from = next((i for i in range(h.index + 1, stop) if lines[i].start >= h.body_start), stop)
        lead = lines[body_from:kids[0].index] if kids else []
        intro_only = len(lead) <= 1 and all(len(ln.text) <= 300 for ln in lead)
        if kids and intro_only:
            parents.append(h)
            out.extend(kids)
        else:
            out.append(h)
    # a single parent among plain articles is more likely an article with numbered paragraphs that
    # happen to be short: promote only when the pattern is the document's (two parents at least, or
    # the one parent of a document of one or two headings, with two sub-sections)
    if not parents or (len(parents) < 2 and (len(chosen) > 2 or len(out) - len(chosen) + 1 < 2)):
        return chosen, []
    return out, parents


def _title_tail(line: _Line, nxt: _Line, title: str, after: _Line | None = None) -> str | None:
    """The end of a heading title wrapped onto the next line ("… auxquelles l'intervenante est" /
    "soumise"): a few lower-case words with no final punctuation that continue the title, the
    whole staying within a title's length. Body text after a title starts with a capital; a tail
    that closes a bracket the title left open (« … (septembre 2016 – juin » / « 2017) ») is one too."""
    # a title cut after its colon (« … et de la Commune : » / « financement »): one or two lower-case words
    # alone on their line, the body starting with a capital on the line after
    if (line.text.rstrip().endswith(":") and after is not None and nxt.words <= 2 and nxt.text[0].islower()
            and re.fullmatch(r"[\w'’ -]+", nxt.text.strip()) and after.text[:1].isupper()):
        return nxt.text.strip()
    closes = title.count("(") > title.count(")") and ")" in nxt.text
    # a capitals title cut after a function word (« … DE LA DIRECTION DEPARTEMENTALE DE LA » /
    # « SECURITE PUBLIQUE »): the next capitals line ends the noun phrase the title left open
    # … or a long capitals title whose last one or two words were pushed onto a line of their own
    # (« … DE LA DIRECTION DÉPARTEMENTALE DE LA SÉCURITÉ » / « PUBLIQUE »), the body following in sentences
    pushed = (len(title) >= 40 and nxt.words <= 2 and len(nxt.text) <= 25 and after is not None
              and after.text[:1].isupper() and not _is_upper(after.text) and after.words >= 5)
    caps_tail = (_is_upper(title) and _is_upper(nxt.text)
                 and (_OPEN_END.search(fold(title)) is not None or _OPEN_START.match(nxt.folded) is not None or pushed)
                 and not _ARTICLE.match(nxt.folded) and not _GROUPING.match(nxt.folded)
                 and not _ANNEX.match(nxt.folded))
    if line.text[-1] in _TERMINAL or not (nxt.text[0].islower() or closes or caps_tail) \
            or nxt.text[-1] in ".;:,":
        return None
    # a capitals tail may be a whole noun phrase (« PROTOCOLE … ENTRE » / « L'INTERVENANT SOCIAL ET LES UNITÉS DE
    # LA CIRCONSCRIPTION »); a lower-case one is a few words
    long_tail = caps_tail and nxt.words <= 10 and len(nxt.text) <= 70
    if (nxt.words > 4 or len(nxt.text) > 40) and not long_tail or re.match(r"[a-z]\s?[.)]", nxt.text):
        return None
    if len(title) + len(nxt.text) > 130 or len(title.split()) + nxt.words > 18:
        return None
    return nxt.text.rstrip(" .:–—-")


def _is_heading_line(lines: list[_Line], i: int) -> bool:
    f = lines[i].folded
    return bool(_ARTICLE.match(f) or _GROUPING.match(f) or _ANNEX.match(f))


def _chain(heads: list[_Heading]) -> list[_Heading]:
    """Longest run of strictly increasing numbers (fewest gaps on ties, starting low preferred)."""
    if not heads:
        return []
    n = len(heads)
    best: list[tuple[int, int]] = []  # (count, -penalty)
    back: list[int] = []
    for j, h in enumerate(heads):
        score, link = (1, -(h.number - 1)), -1
        for i in range(j):
            if heads[i].rank < h.rank:
                gap = h.number - heads[i].number - (0 if h.suffix else 1)
                cand = (best[i][0] + 1, best[i][1] - max(gap, 0))
                if cand > score:
                    score, link = cand, i
        best.append(score)
        back.append(link)
    j = max(range(n), key=lambda k: best[k])
    out = []
    while j >= 0:
        out.append(heads[j])
        j = back[j]
    return out[::-1]


def _with_repeated(chain: list[_Heading], heads: list[_Heading]) -> list[_Heading]:
    """The chain plus a heading that repeats the number before it where the next number is missing.

    "Article 2 … Article 2 … Article 4": the second "Article 2" is a misprint of "Article 3" (the
    number it replaces is nowhere), so it is an article of its own and keeps its printed number.
    "Article 8 – Déontologie … Article 8 – Qualification … Article 9": a number printed twice in a
    text copied from another (the numbering was not redone) — with no gap after it, only an
    « Article N – Title » heading counts, titled otherwise than the first; a bare repeated number of
    another family stays out (a cross-reference, a numbered paragraph).
    """
    if len(chain) < 2:
        return chain
    out = [chain[0]]
    for prev, nxt in zip(chain, chain[1:]):
        gap = nxt.number == prev.number + 2
        twice = nxt.number == prev.number + 1 and prev.family == "article"
        if not prev.suffix and not nxt.suffix and (gap or twice):
            dups = [h for h in heads if prev.index < h.index < nxt.index and h.number == prev.number
                    and not h.suffix and h.title and fold(h.title) != fold(prev.title)
                    and (gap or h.family == "article")]
            if len(dups) == 1:
                out.append(dups[0])
        out.append(nxt)
    return out


# --------------------------------------------------------------------------- zones

# What opens the list of parties: "Entre :", "… conclue entre les soussignés :", or "Les parties à la
# présente convention sont :".
# The act may be a "convention", a "contrat", an "accord" or a "protocole" ("Les parties au présent
# contrat sont :").
_ACT = (r"(?:(?:a\s+la|de\s+la|au|du|a\s+l'|de\s+l')\s*)?(?:presente?\s+)?"
        r"(?:convention|contrat|accord|protocole(?:\s+d'accord)?)")
_ENTRE = re.compile(r"^entre\b|\bentre\s*(?:les\s+soussignes\s*)?:?\s*$|"
                    r"^les\s+parties\s+" + _ACT + r"\s+sont\b")
# A grouping title that announces the list of parties ("TITRE I – LES PARTIES").
_PARTIES_GROUPING = re.compile(r"^(?:titre|chapitre|partie)\s+(?:[ivxl]{1,6}|\d{1,2}|premier|premiere|1er)"
                               r"\s*[-–—:.]*\s*(?:les\s+)?parties(?:\s+(?:a\s+la\s+convention|signataires|"
                               r"contractantes))?\s*:?$")


def _opens_parties(line: _Line) -> bool:
    """The line that opens the list of parties: "Entre :", "Les parties … sont :", "TITRE I – LES PARTIES"."""
    return bool(_ENTRE.search(line.folded) or _PARTIES_GROUPING.match(line.folded))


_PREAMBLE = re.compile(r"^(?:vu|vus|considerant|attendu|preambule|expose(?:\s+des\s+motifs)?\b|ceci\s+(?:expose|etant)|"
                       r"il\s+(?:est|a\s+ete)\s+(?:convenu|arrete|decide|rappele|expose|prealablement)|"
                       r"apres\s+avoir|il\s+est\s+rappele|rappel\s+du\s+contexte|contexte\b)")
# « Fait à … », also after a date put first (« Le 3 juin 2021, fait à Carpentras », or a date glued to
# it by a Word revision: « le 3 juin 2021Fait à »)
_FAIT = re.compile(r"^(?:(?:le\s+)?(?:\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})"
                   r"\s*[,–-]?\s*)?(?:fait\s*(?:a|en|le|au|,|:)|lu\s+et\s+approuve)")
_SIGNATORY_START = re.compile(r"^(?:le|la|les|pour|p/|p\.o\.?|par\s+delegation|monsieur|madame|m\.|mme)\b")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{3,}")
_PLACE = re.compile(r"(?:fait[^\n]{0,60}?\b|^)(?P<prep>a|au)\s+(?P<place>[^,\n]{2,40}?)\s*(?:,|\s+le\b|\s+en\b|\.|$)", re.M)
# Several signatories on one line (columns flattened by the PDF reader): cut before a capitalised
# "Le / La / Pour / Monsieur / Madame / L'X" that follows other words.
_SIGNATORY_CUT = re.compile(r"(?<=\S)\s+(?=(?:Le|La|Les|Pour|Monsieur|Madame)\s|L['’][A-ZÉÈ])")


def _signatory_cells(line: _Line) -> list[tuple[int, int, str]]:
    """Cells of a line (table rows come as "a | b" or tab-separated), with offsets."""
    out = []
    pos = 0
    parts = [q for p in _CELL_SPLIT.split(line.text) for q in _SIGNATORY_CUT.split(p)]
    for part in parts:
        idx = line.text.find(part, pos) if part else -1
        if part.strip() and idx >= 0:
            lead = len(part) - len(part.lstrip())
            s = line.start + idx + lead
            out.append((s, s + len(part.strip()), part.strip()))
            pos = idx + len(part)
    return out


_OFFICE = re.compile(r"\b(?:president|presidente|directeur|directrice|commandant|colonel|chef|representant|"
                     r"representante|delegue|deleguee|secretaire general)\b")


def _signatory_role(text: str, strict: bool = True) -> str | None:
    """The role of a signatory line or cell, "autre" for an unknown office, None if not one.

    ``strict`` (outside a known signature block) also wants the line to open like a signature
    ("Le …", "Pour …", "Monsieur …"); inside the block, "À Vesoul, le 7 mai 2021, le préfet" counts.
    """
    f = fold(text).strip()
    if not f or len(f) > (150 if strict else 220) or len(f.split()) > (20 if strict else 32):
        return None
    if strict and not (_SIGNATORY_START.match(f) or f.split()[0] in ("prefet", "procureur", "maire")):
        return None
    if strict and not _names_signer_first(f):
        return None
    role = classify_role(f)
    if role is None and _OFFICE.search(f):
        role = "autre"
    return role


# What a signatory line may open with before its head word: "Pour", "P/", "Par délégation",
# "Monsieur / Madame", an article ("Pour le compte de l'État": "le compte de" is skipped too).
_SIGNER_LEAD = re.compile(r"^(?:(?:pour|p/|p\.o\.?|par\s+delegation)\s*,?\s*)?"
                          r"(?:(?:monsieur|madame|m\.|mme)\s+)?"
                          r"(?:(?:le\s+compte\s+(?:de\s+|d'|du\s+)|la\s+partie\s+))?"
                          r"(?:(?:le|la|les)\s+|l')?")
# Offices that head a signatory line without naming a party ("Le Général commandant …").
_HEAD_OFFICE = re.compile(r"\b(?:generale?|capitaine|lieutenant|adjointe?|substitut|vice|conseillere?)\b")


def _names_signer_first(folded: str) -> bool:
    """True when the line's head word is the signer: a party, an office or a person.

    "Le Préfet de la Creuse", "Pour l'État", "Le Colonel commandant le groupement" name the signer
    first; "Les engagements de la gendarmerie" or "La place de l'intervenant social vis-à-vis du
    Département" name a party only inside a complement, so they are titles, not signatures.
    """
    lead = _SIGNER_LEAD.match(folded)
    head = lead.end() if lead else 0
    if head >= len(folded):
        return False
    space = re.search(r"\s", folded[head:])
    head_end = head + (space.start() if space else len(folded) - head)
    for _, pattern in ROLE_PATTERNS:
        m = pattern.search(folded)
        if m and m.start() < head_end:
            return True
    for pattern in (_OFFICE, _HEAD_OFFICE):
        m = pattern.search(folded, 0, head_end)
        if m:
            return True
    return bool(_NAMED_PERSON.match(folded))  # "Monsieur Jean Dupont, maire de …"


def _is_signatory(text: str) -> bool:
    return _signatory_role(text) is not None


def _is_fait(line: _Line) -> bool:
    return bool(_FAIT.match(line.folded))


# Heading of the list of recipients of a copy, after the signatures ("Ampliation :", "Copie pour
# information :", "Copies adressées à :", "Destinataires :"): the people listed there do not sign.
_COPY_HEAD = re.compile(r"^(?:ampliations?|copies?|destinataires?|diffusion|liste\s+de\s+diffusion)(?![\w])"
                        r"(?P<rest>[^:]{0,40})(?P<colon>:)?")


def _is_copy_heading(line: _Line) -> bool:
    """A line opening a list of copy recipients: the label alone, or the label and a colon."""
    m = _COPY_HEAD.match(line.folded)
    if not m or len(line.text) > 150 or "conforme" in m.group("rest"):
        return False  # "Copie certifiée conforme": an attestation, not a list
    return bool(m.group("colon")) or not line.folded[m.end():].strip(" .-–—")


# Finite verb forms that say a line is a sentence (lower case, accents kept: "a" is avoir, "à" is
# not; "désigne" is a verb, "désigné" is not). Regular verbs are caught by their endings below.
_FINITE = frozenset("""
est sont sera seront serait seraient était étaient fut a ont aura auront avait avaient aurait
peut peuvent pourra pourront pourrait doit doivent devra devront devrait fait font fera feront
va vont reste restent demeure demeurent prend prennent reçoit reçoivent transmet transmettent
tient tiennent vient viennent met mettent dispose disposent assure assurent participe participent
veille veillent désigne désignent apporte apportent informe informent précise précisent prévoit
prévoient garantit garantissent fixe fixent décide décident signe signent finance financent
verse versent contribue contribuent propose proposent organise organisent s'engage s'engagent
""".split())
_CLITIC_VERB = re.compile(r"[sn]'[a-zàâçéèêëîïôûù]{2,}")  # "s'engage", "n'est"
_FUTURE = re.compile(r"[a-zàâçéèêëîïôûù]{2,}(?:e|i|d|ett)(?:ra|ront|rait|raient)")
_NOT_VERB_ENT = frozenset("président agent parent client patient adolescent accident incident urgent "
                          "différent compétent équivalent précédent présent absent permanent récent "
                          "argent talent cent vent dent souvent comment".split())
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)?")


def _is_sentence(text: str) -> bool:
    """True for a full sentence (a finite verb and a final full stop), which no signatory line is.

    "Le procureur de la République … est destinataire d'une copie de la présente convention." opens
    like a signature but says something; "Le Préfet de la Creuse." or "Le Colonel commandant le
    groupement" (a participle) do not. Capitalised words are names ("Laurent", "zone Est"), not verbs.
    """
    stripped = text.rstrip()
    if not stripped.endswith(".") or stripped.endswith(("etc.", "M.")):
        return False
    words = [w.replace("’", "'") for w in _WORD.findall(stripped)]
    lower = [w for w in words[1:] if w[0].islower()]
    if any(w in _FINITE for w in lower):
        return True
    if any(_CLITIC_VERB.fullmatch(w) or _FUTURE.fullmatch(w) for w in lower):
        return True
    if re.search(r"\b(?:se|ne)\s+[a-zàâçéèêëîïôûù]{2,}", " ".join(lower)):  # "se réunit", "ne peut"
        return True
    return any(len(w) >= 5 and w.endswith("ent") and not w.endswith("ment") and w not in _NOT_VERB_ENT
               for w in lower)


def _annex_heading(lines: list[_Line], i: int) -> tuple[Article, int] | None:
    line = lines[i]
    if not line.text[0].isupper() or _continues(lines[i - 1] if i else None, line):
        return None
    m = _ANNEX.match(line.folded)
    if not m:
        return None
    after = line.text[m.end():]
    sep = _SEP.match(after)
    rest = after[sep.end():] if sep else after
    num = m.group("num")
    number = None
    if num:
        value = _number(num) if not re.fullmatch(r"[a-h]", num) else None
        number = str(value) if value else num.upper()
    if not sep and rest.strip() and rest.strip()[0].islower() and (num or len(rest.split()) > 4):
        return None  # "Annexe 1 de la présente convention"
    if len(line.text) > 120 or (line.text.endswith(".") and line.words > 6):
        return None
    if not num and line.text.endswith(":") and i + 1 < len(lines) and re.match(r"[-–—•*·▪►]\s", lines[i + 1].text):
        return None  # "Annexes :" over a bulleted list of the annexes: a lead-in, not an annex
    title = rest.strip().rstrip(" .:–—-")
    body_start = line.end
    if not title and i + 1 < len(lines) and _title_like(lines[i + 1]) and not _is_heading_line(lines, i + 1):
        title = lines[i + 1].text.rstrip(" .:–—-")
        body_start = lines[i + 1].end
    elif title and i + 1 < len(lines) and (tail := _title_tail(line, lines[i + 1], title)):
        title, body_start = f"{title} {tail}", lines[i + 1].end
    if number is None and title and not sep:
        title = line.text.rstrip(" .:–—-")  # "Annexe financière": the heading is its own title
    art = Article(number=number, title=title, start=line.start, end=line.end, body_start=body_start, kind="annexe")
    return art, i


def _annexes_between(lines: list[_Line], chosen: list[_Heading]) -> list[Article]:
    """Annexes printed between two articles (« Article 13 », « ANNEXE 1 – … », « ANNEXE 2 – … »,
    « Article 14 – Entrée en vigueur »): numbered and titled headings with a body of their own, the
    first numbered 1 and the next ones following it. An annex named inside an article's prose, or a
    list of annexes under a lead-in (« Sont annexées : »), is not one."""
    found: list[Article] = []
    for h, nxt in zip(chosen, chosen[1:]):
        for i in range(h.index + 1, nxt.index):
            x = _annex_heading(lines, i)
            if x is None:
                continue
            art = x[0]
            # roman numbers are already arabic (« ANNEXE II » is "2"); letters stay letters (« ANNEXE B »)
            if art.number not in (str(len(found) + 1), chr(ord("A") + len(found))) \
                    or not art.title or lines[i - 1].text.rstrip().endswith(":") \
                    or _annex_heading(lines, i - 1) or (i + 1 < nxt.index and _annex_heading(lines, i + 1)):
                continue
            if any(ln.start >= art.body_start for ln in lines[i + 1:nxt.index]):
                found.append(art)
    return found


def _section_heading(lines: list[_Line], i: int, *, unwrapped: bool = False,
                     operative: bool = False, table_rows: frozenset[int] = frozenset()) -> bool:
    """An unnumbered section title: short line, capital first, no final stop, body text after.

    ``unwrapped``: the document keeps one paragraph per line (DOCX, ODT, joined TXT), so a line
    with no final stop cannot be the first line of a wrapped paragraph and a title may be as long
    as a numbered heading's (110 characters, 14 words). ``operative``: the line comes after the
    closing formula of the preamble ("il est convenu ce qui suit"), so a bare "Exposé des motifs" or
    "Contexte" there titles a section of the convention rather than opening its preamble.
    ``table_rows``: indices of lines that are rows or cells of a table, which never title a section.
    """
    line = lines[i]
    if i + 1 >= len(lines) or not line.text[0].isupper() or len(line.text) < 3:
        return False
    max_chars, max_words = (110, 14) if unwrapped else (90, 10)
    if len(line.text) > max_chars or line.words > max_words or line.text[-1] in ".;,":
        return False
    if line.text.endswith(":") and (line.words > 4 or _LIST_ITEM.match(lines[i + 1].text)):
        return False  # "L'intervenant social :" opening a list: the start of a sentence, not a title
    if _FIGURE.search(line.folded) or i in table_rows:
        return False  # a row of a table ("État (FIPD)  20 000 €  40 %"), not a title
    if _FORM_FIELD.search(line.folded):
        return False  # a field of a form ("Accord de la personne : oui / non"), not a title
    f = line.folded
    if _PREAMBLE.match(f) and not (operative and _PREAMBLE_LABEL.match(f)):
        return False
    if _is_fait(line) or _is_signatory(line.text) or _ENTRE.search(f) or _is_copy_heading(line):
        return False
    prev = lines[i - 1] if i else None
    if prev is not None and prev.text[-1] not in _TERMINAL and not _is_upper(prev.text) and prev.words > 10:
        return False  # inside a wrapped paragraph
    nxt = lines[i + 1]
    if unwrapped and _continues(line, nxt):
        return False
    body_after = nxt.text[-1] in ".;:" or len(nxt.text) > len(line.text) + 20 or nxt.words > 12
    return body_after and (_is_upper(line.text) or len(line.text) <= (max_chars if unwrapped else 70))


# A list item: a dash or bullet, or an enumeration letter / number ("a)", "1."), or a lower-case start.
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪►]\s|(?:[a-z]|\d{1,2})[.)]\s|[a-zà-ÿ])")
# A figure with its unit: an amount or a share, which a table row carries and a title does not.
# A form's field: a label, a colon, then the boxes' answers ("… : oui / non", "… : ☐ oui ☐ non").
_FORM_FIELD = re.compile(r":\s*(?:[^\w\s]\s*)*(?:oui|non)\s*(?:/|-|\bou\b|[^\w\s])*\s*(?:non|oui)\b")
_FIGURE = re.compile(r"\d\s?(?:€|%|euros?\b|eur\b)")


def _table_rows(doc: Document, lines: list[_Line]) -> frozenset[int]:
    """Lines read from a table: a table cell of the reader, or a text line whose columns were tabs."""
    out = set()
    for k, ln in enumerate(lines):
        b = doc.block_at(ln.start)
        if b is not None and (b.kind == "table_cell" or b.table is not None or "\t" in b.raw.strip()):
            out.add(k)
    return frozenset(out)


# A preamble-like title alone on its line. "Préambule" is not one: it names the zone itself.
_PREAMBLE_LABEL = re.compile(r"^(?:expose(?:\s+des\s+motifs)?|rappel\s+du\s+contexte|contexte)"
                             r"\s*[:.\-–—]?\s*$")
# The formula that closes the preamble and opens the stipulations.
_CLOSING = re.compile(r"\b(?:convenu|arrete|decide)\s+(?:et\s+arrete\s+)?ce\s+qui\s+suit\b")


def _is_unwrapped(lines: list[_Line]) -> bool:
    """True when paragraphs sit on one line each: many sentence lines run past any page width.

    In a text whose lines were cut at a page width (a PDF read line by line, a hard-wrapped TXT),
    no line of prose is longer than about 100 characters; in a DOCX or a joined text most are.
    """
    prose = [ln for ln in lines if ln.words >= 8]
    if len(prose) < 5:
        return False
    return sum(len(ln.text) > 130 for ln in prose) >= 0.3 * len(prose)


def _trailing_sections(doc: Document, lines: list[_Line], begin: int) -> list[int]:
    """Unnumbered titles after the last numbered article ("Financement du poste", "Bilan").

    Some conventions number their first articles and leave the last ones unnumbered (often after a
    part label such as "Dispositions financières"). Only a line the author styled as a heading
    (DOCX / ODT heading style) counts here, so a short line of the last article's prose never cuts
    it; the search stops at the signature ("Fait à") or at the first annex.
    """
    table_rows = _table_rows(doc, lines)
    out = []
    for i in range(begin, len(lines)):
        if _is_fait(lines[i]) or _annex_heading(lines, i) or _is_copy_heading(lines[i]):
            break
        b = doc.block_at(lines[i].start)
        if b is not None and b.kind == "heading" and _heading_at(lines, i) is None \
                and _section_heading(lines, i, unwrapped=True, operative=True, table_rows=table_rows):
            out.append(i)
    return out


# The end of the preamble: the closing formula, also « ont convenu de ce qui suit », or a citation line.
_PREAMBLE_END = re.compile(r"\b(?:convenu|arrete|decide)\s+(?:et\s+arrete\s+)?(?:de\s+)?ce\s+qui\s+suit\b")
_CITATION = re.compile(r"^(?:vu|vus|considerant|attendu)\b")
# The convention's own name ("Convention relative à …", "Avenant n° 2 à la convention …").
_DOC_NAME = re.compile(r"^(?:la\s+presente\s+|la\s+)?(?:convention|avenant|contrat)\b")
# First words that make a reader mark a paragraph as a heading whatever its style (``extract.wrap``).
_HEADING_WORD = re.compile(r"^(?:vu\b|fait\s+a\b|pour\s+(?:le|la)\s|le\s+prefet|la\s+prefete|entre\s+les\s+soussign)")


def _leading_sections(doc: Document, lines: list[_Line], first: int) -> list[int]:
    """Unnumbered titles between the end of the preamble and the first numbered article ("Objet").

    Like the sections after the last article, only a line the author styled as a heading (DOCX /
    ODT heading style) counts, so a short line of a text file never leaves the preamble. The search
    starts after the closing formula ("il est convenu ce qui suit", "ont convenu de ce qui suit") or,
    lacking it, after the last "Vu" / "Considérant" line, and only when no list of parties follows
    that point; the convention's name, a parties' heading and a preamble label are never sections
    (``_section_heading``), and the title must have a paragraph under it.
    """
    if first <= 0 or not any(b.kind == "heading" for b in doc.blocks):
        return []
    end = max((i for i in range(first) if _PREAMBLE_END.search(lines[i].folded)
               or _CITATION.match(lines[i].folded)), default=None)
    if end is None or any(_opens_parties(lines[i]) for i in range(end + 1, first)):
        return []
    table_rows = _table_rows(doc, lines)
    out = []
    for i in range(end + 1, first):
        line, prev = lines[i], lines[i - 1]
        b = doc.block_at(line.start)
        if b is None or b.kind != "heading" or _HEADING_WORD.match(line.folded):
            continue  # unstyled, or taken for a heading by its first word only ("Vu", "Pour le")
        if prev.text[-1] not in ".;:!?»)" or _DOC_NAME.match(line.folded) or _heading_at(lines, i) \
                or _annex_heading(lines, i) or _has_verb(line.text) or line.text.endswith((":", "?")):
            continue
        if _section_heading(lines, i, unwrapped=True, operative=True, table_rows=table_rows) \
                and lines[i + 1].text[-1] in ".!?»)" and _heading_at(lines, i + 1) is None:
            out.append(i)
    return out



def _inner_sections(doc: Document, lines: list[_Line], chosen: list[_Heading]) -> list[int]:
    """Unnumbered titles between numbered articles ("9. Bilan", "Engagements complémentaires",
    "10. Durée"): a section the author left without a number, in the middle of the convention.

    Only where a title cannot be confused with a line of prose: in a document styled with headings
    (DOCX / ODT) the line must carry a heading style; otherwise paragraphs must sit on one line each
    (a short line there is a title, not the end of a wrapped sentence). The line must follow body
    text of the article before it (a line right under a heading is that heading's title or first
    paragraph) and be followed by a paragraph, and it must not open a list or belong to a table.
    """
    if len(chosen) < 2:
        return []
    styled = any(b.kind == "heading" for b in doc.blocks)
    if not styled and not _is_unwrapped(lines):
        return []
    table_rows = _table_rows(doc, lines)
    head_lines = {h.index for h in chosen}
    out = []
    for h, nxt in zip(chosen, chosen[1:]):
        body_from = next((k for k in range(h.index + 1, nxt.index) if lines[k].start >= h.body_start), nxt.index)
        for i in range(body_from + 1, nxt.index - 1):
            line = lines[i]
            if i in head_lines or line.text.endswith((":", "?")) or _heading_at(lines, i) or _annex_heading(lines, i):
                continue  # a lead-in, or a question of a questions-and-answers article
            if _ARTICLE.match(line.folded):
                continue  # a sub-article (« Art. 8-1 – Engagements ») belongs to its article, as in the chain
            after_group = i - 2 >= body_from and _group_label(lines[i - 1]) \
                and lines[i - 2].text[-1] in ".;!?»)"
            if lines[i - 1].text[-1] not in ".;!?»)" and not after_group:
                continue  # after a lead-in, a label or a list item: a sub-title or a line of a list
            b = doc.block_at(line.start)
            if styled and (b is None or b.kind != "heading"):
                continue
            if _section_heading(lines, i, unwrapped=True, operative=True, table_rows=table_rows) \
                    and not _is_upper(line.text) and lines[i + 1].text[-1] in ".!?»)" \
                    and not _has_verb(line.text):
                out.append(i)
    return out


def _group_label(line: _Line) -> bool:
    """A part label in capitals between articles ("DISPOSITIONS FINANCIÈRES"): a few words, no
    stop, no figure, no verb. A title right under it opens a section as after a paragraph."""
    return (_is_upper(line.text) and 1 <= line.words <= 6 and line.text[-1] not in ".;:,"
            and not _FIGURE.search(line.folded) and not _has_verb(line.text))


def _has_verb(text: str) -> bool:
    """A line that says something (a finite verb), stop or no stop: "Le poste est financé par
    l'État" is a sentence cut short, not a title."""
    return _is_sentence(text.rstrip(" :;,") + ".")


# An amendment bound after the convention: "Avenant n° 1", "AVENANT N° 2 À LA CONVENTION DU …",
# "Premier avenant", "Avenant à la convention du …".
_AMENDMENT = re.compile(r"^(?:(?:premier|deuxieme|second|troisieme|\d{1,2}\s*(?:er|e|eme)?)\s+avenant|"
                        r"avenant(?:\s+(?:n\s*[°o]\.?\s*)?(?:\d{1,2}|[ivx]{1,4}|unique)|"
                        r"\s+(?:a|de)\s+la\s+convention|"
                        # « AVENANT DU 7 JUIN 2021 PORTANT … », « Avenant portant renouvellement … »
                        r"\s+du\s+(?:\d{1,2}|1er|premier)\s+[a-z]+\s+\d{4}|\s+portant))(?![\w-])")


def _amendment_sections(lines: list[_Line], begin: int) -> list[int]:
    """Line indices of amendments bound after the convention's last article (or its signature).

    An amendment is a document of its own (it replaces or adds articles and carries its own
    signatures), so it opens a section titled by its heading line ("Avenant n° 1"), not an
    annex: nothing calls it one. Only a line that starts with the word, stands alone (no final
    stop, not a sentence, at most 120 characters) and is followed by a paragraph counts.
    """
    out = []
    for i in range(max(begin, 1), len(lines) - 1):
        line = lines[i]
        if not line.text[0].isupper() or not _AMENDMENT.match(line.folded) or len(line.text) > 120:
            continue
        if line.text[-1] in ".;," or _has_verb(line.text) or _continues(lines[i - 1], line):
            continue
        if lines[i - 1].text[-1] not in ".;!?»)" and not _is_signatory(lines[i - 1].text) \
                and not _is_upper(lines[i - 1].text) and not any(_is_fait(x) for x in lines[begin:i]):
            continue  # in the middle of a sentence or a list (the signature lines before it excepted)
        nxt, prev = lines[i + 1], lines[i - 1]
        if _is_fait(nxt) or _annex_heading(lines, i + 1) or _AMENDMENT.match(nxt.folded) \
                or _AMENDMENT.match(prev.folded) or prev.text[-1] == ":":
            continue  # a list of amendments (after a lead-in), or a title with no text under it
        out.append(i)
    return out


def _unnumbered_sections(doc: Document, lines: list[_Line], groupings: list[_Heading]) -> list[int]:
    """Line indices of the titled sections of a document with no numbered article.

    The search starts after the preamble marker (or the list of parties); grouping lines
    ("TITRE II – LE POSTE") are never sections, whatever their case or length.
    """
    n = len(lines)
    entre = next((i for i in range(n) if _opens_parties(lines[i])), None)
    preamble_line = next((i for i in range((entre + 1) if entre is not None else 0, n)
                          if _PREAMBLE.match(lines[i].folded)), None)
    begin = preamble_line + 1 if preamble_line is not None else ((entre + 1) if entre is not None else 1)
    unwrapped = _is_unwrapped(lines)
    table_rows = _table_rows(doc, lines)
    closing = next((i for i in range(n) if _CLOSING.search(lines[i].folded)), None)
    grouping_lines = {h.index for h in groupings}
    return [i for i in range(begin, n)
            if i not in grouping_lines and not _annex_heading(lines, i)
            and _section_heading(lines, i, unwrapped=unwrapped, operative=closing is not None and i > closing,
                                 table_rows=table_rows)]


def _units_below(lines: list[_Line], groupings: list[_Heading], sections: list[int]) -> bool:
    """True when the groupings head unnumbered sections rather than being the articles themselves.

    A grouping that holds articles is followed straight by one of their titles ("TITRE II – LE
    POSTE" / "Objet" / body); a grouping that is an article is followed by its body. Sections
    must also be at least as many as the groupings after the first of them.
    """
    if not sections:
        return False
    under = [i for i in sections if i > groupings[0].index]
    if len(under) < len(groupings):
        return False
    section_set = set(under)
    for h in groupings:
        first_body = next((k for k in range(h.index + 1, len(lines)) if lines[k].start >= h.body_start), None)
        if first_body in section_set:
            return True
    return False


# An editor's note after a title in a consolidated text: "Missions (modifié par l'avenant n° 2)",
# "Auteurs de violences (nouveau – avenant n° 2)", "Financement (rédaction issue de l'avenant n° 1)".
# It dates the wording; it is no part of the title.
_AMEND_NOTE = re.compile(r"\s*\((?:(?:nouveau|nouvel|nouvelle|modifi|entierement|reecrit|redige|abroge|cree|"
                         r"insere|complete|remplace)[^()]*|[^()]*(?<!\w)avenant(?!\w)[^()]*)\)\s*$")


def _without_note(title: str) -> str:
    m = _AMEND_NOTE.search(fold(title))
    return title[:m.start()].rstrip(" .:–—-") if m and m.start() > 0 else title


def _signed_then_annexed(lines: list[_Line], heads: list[_Heading]) -> list[_Heading]:
    """Drop the headings of a text annexed after the signatures whose articles number again from 1.

    A renewal or an avenant signed « Fait à …, le … » and followed by « ANNEXE – Texte consolidé de la
    convention » reproduces a whole convention (« Article 1 – Objet » … « Article 12 »): those
    articles belong to the annex, not to the signed text, whose numbering they would otherwise
    continue or replace. Only when a signature line sits between the last heading before the annex
    and the annex heading, and a heading numbered 1 follows the annex heading.
    """
    for i, line in enumerate(lines):
        if not _ANNEX.match(line.folded) or not line.text[:1].isupper():
            continue
        before = [h for h in heads if h.index < i]
        after = [h for h in heads if h.index > i]
        first = next((h for h in after if h.number == 1), None)
        if not before or first is None:
            continue
        if any(_AMENDMENT.match(lines[k].folded) for k in range(i, first.index)):
            continue  # « AVENANT N° 1 » bound after an annex: its articles are read as an avenant's
        if any(_is_fait(lines[k]) for k in range(before[-1].index + 1, i)):
            return before
    return heads


def _unquoted(lines: list[_Line], heads: list[_Heading]) -> list[_Heading]:
    """Drop a heading printed inside a quotation when the same number heads an article outside it.

    A renewal may reproduce the old convention's articles (« Article 2. … / Article 3. … »): the quoted
    "Article 3." must not take the place of the real "Article 3 – Ressort territorial". A line is quoted
    when it opens with « or a « opened on an earlier line closes (») on it or within a few lines.
    """
    quoted: set[int] = set()
    for k, ln in enumerate(lines):
        if ln.text.count("«") <= ln.text.count("»"):
            continue
        for j in range(k + 1, min(k + 12, len(lines))):
            if "»" in lines[j].text:
                quoted.update(range(k + 1, j + 1))
                break
    quoted.update(k for k, ln in enumerate(lines) if ln.text.startswith("«"))
    free = {(h.family, h.number, h.suffix) for h in heads if h.index not in quoted}
    return [h for h in heads if h.index not in quoted or (h.family, h.number, h.suffix) not in free]


# --------------------------------------------------------------------------- recall sections

# Titles of a section the parties do not engage to: they recall a framework, recount a history or
# report on the past. Strong titles say so wherever they stand (a numbered article, an annex, a line).
_RAPPEL_STRONG = re.compile(
    r"^(?:rappels?(?![\w-])|historique(?![\w-])|pour\s+memoire(?![\w-])|expose\s+des\s+motifs(?![\w-])|"
    r"principes\s+(?:nationaux|du\s+cadre)(?![\w-])|"
    r"bilan\s+(?:(?:de\s+la|de\s+l'|du|des)\s*)?(?:(?:periode|convention|annee|exercice|dispositif|"
    r"premieres?\s+annees?)s?\s+)?(?:precedente?s?|anterieure?s?|passee?s?|\d{4}))")
# Weak titles recall only as an unnumbered section or a title line outside the articles: a numbered
# « Article 2 – Cadre national » or an annexed glossary may well bind the parties.
_RAPPEL_WEAK = re.compile(r"^(?:contexte|expose|cadre\s+national|glossaire)(?![\w-])")
# Titles that are never a recall, whatever follows: the convention's object, the missions, the
# evaluation or activity report the worker will write, the parties' engagements.
_NOT_RAPPEL = re.compile(r"\b(?:objet|missions?|evaluation|bilan\s+d'activite|rapport\s+d'activite|"
                         r"suivi|engagements?|obligations?)\b")
# A text declared outside the convention.
_INFO_ONLY = re.compile(r"\bnon\s+annexee?s?\b|\ba\s+titre\s+(?:d'information|informatif|indicatif)\b|"
                        r"\bsans\s+valeur\s+(?:contractuelle|juridique|normative)\b|"
                        r"\bn'a\s+pas\s+de\s+valeur\s+contractuelle\b|\bdocument\s+d'information\b|"
                        r"\bne\s+fai(?:t|sant)\s+pas\s+partie\s+(?:integrante\s+)?de\s+la\s+(?:presente\s+)?convention\b|"
                        r"\bn'engage(?:nt)?\s+pas\s+les\s+(?:parties|signataires)\b")
# In a body sentence the statement must be about the text itself (« cette annexe est jointe à titre
# d'information »), not about a copy sent to someone (« transmis à titre d'information au préfet »).
_INFO_SUBJECT = re.compile(r"\b(?:present|presente|cette|ce|ces|le\s+present)\s+(?:annexe|document|rappel|"
                           r"texte|partie|section|note|elements|principes|informations|fiche|glossaire)s?\b")
_INTEGRAL = re.compile(r"\bfai(?:t|sant)\s+partie\s+integrante\b|\b(?:a|ont)\s+valeur\s+contractuelle\b")
_TITLE_NUMBER = re.compile(r"^(?:[ivx]{1,4}|[a-h]|\d{1,2})\s*[.)\-–—:]\s*")


def _rappel_title(folded_title: str, *, weak: bool) -> bool:
    t = _TITLE_NUMBER.sub("", folded_title.strip(" «»\"")).strip()
    if not t or _NOT_RAPPEL.search(t):
        return False
    return bool(_RAPPEL_STRONG.match(t) or (weak and _RAPPEL_WEAK.match(t)))


def _declared_info(folded_lines: list[str]) -> tuple[bool, bool]:
    """(declared for information only, declared part of the convention) from a section's first lines."""
    info = any(_INFO_ONLY.search(f) and _INFO_SUBJECT.search(f) for f in folded_lines)
    return info, any(_INTEGRAL.search(f) for f in folded_lines)


def _rappels(lines: list[_Line], articles: list[Article], annexes: list[Article], stops: set[int]) -> list[tuple[int, int]]:
    """Spans of the recall sections: whole articles, annexes or sections, and titled runs of lines.

    An article, annex or unnumbered section is a recall when its title says so (strong titles; weak
    ones for unnumbered sections) or its title or first lines declare it outside the convention
    (« non annexé », « à titre d'information », « sans valeur contractuelle »); one declared « partie
    intégrante » never is. A title line inside the preamble, an article or an annex opens a recall that
    runs to the next heading, preamble marker (« Vu », « Considérant », « Il est convenu »), capital
    title line, signature or list of copies; inside an article's body only a capital line with a strong
    title, or a title that declares itself for information, counts (« Rappel des obligations de
    l'intervenant » stays the article's).
    """
    out: list[tuple[int, int]] = []
    by_start = {ln.start: k for k, ln in enumerate(lines)}
    heading_lines: set[int] = set()
    for a in articles + annexes:
        k = by_start.get(a.start)
        if k is None:
            continue
        heading_lines.add(k)
        body = [ln.folded for ln in lines[k:k + 4] if ln.start >= a.body_start and ln.start < a.end][:2]
        if k + 1 < len(lines) and lines[k + 1].end <= a.body_start:
            heading_lines.add(k + 1)  # a title printed under "ARTICLE 3"
        info, integral = _declared_info(body)
        title = fold(a.title)
        if integral or _INTEGRAL.search(title):
            continue
        weak = a.kind == "section"
        if _rappel_title(title, weak=weak) or _INFO_ONLY.search(title) or info:
            out.append((a.start, a.end))
    containers = sorted(articles + annexes, key=lambda x: x.start)
    for k, ln in enumerate(lines):
        if k in heading_lines or any(s <= ln.start < e for s, e in out):
            continue
        if len(ln.text) > 130 or ln.words > 18 or not ln.text[0].isupper() or ln.text[-1] in ".;,:":
            continue
        holder = next((a for a in containers if a.start <= ln.start < a.end), None)
        declared = bool(_INFO_ONLY.search(ln.folded))
        if holder is None:
            if not (_rappel_title(ln.folded, weak=True) or declared):
                continue
        elif not (declared or (_is_upper(ln.text) and _rappel_title(ln.folded, weak=False))):
            continue
        if k and lines[k - 1].text[-1] not in _TERMINAL and not _is_upper(lines[k - 1].text):
            continue  # the end of a wrapped sentence
        after = [x.folded for x in lines[k + 1:k + 3]]
        if any(_INTEGRAL.search(f) for f in [ln.folded] + after[:1]):
            continue
        end_line = len(lines)
        for j in range(k + 1, len(lines)):
            nxt = lines[j]
            if nxt.start in stops or _PREAMBLE.match(nxt.folded) or _CLOSING.search(nxt.folded) \
                    or _GROUPING.match(nxt.folded) or _is_fait(nxt) or _is_copy_heading(nxt) \
                    or (_is_upper(nxt.text) and nxt.words <= 12 and nxt.text[-1] not in ".;,"):
                end_line = j
                break
        end = lines[end_line - 1].end
        if holder is not None:
            end = min(end, holder.end)
        if end > ln.end:
            out.append((ln.start, end))
    return sorted(out)


# --------------------------------------------------------------------------- main


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def segment(doc: Document) -> Structure:
    """Cut ``doc`` into title, parties, preamble, articles, annexes and signature block."""
    text = doc.text
    folded = fold(text)
    lines = _lines(text, folded)
    n = len(lines)

    heads = _signed_then_annexed(lines, _unquoted(lines, [h for i in range(n) if (h := _heading_at(lines, i))]))
    by_family: dict[str, list[_Heading]] = {}
    for h in heads:
        by_family.setdefault(h.family, []).append(h)
    chains = {fam: _with_repeated(_chain(hs), hs) for fam, hs in by_family.items()}

    def restarts(fam: str) -> bool:
        return sum(1 for h in by_family.get(fam, []) if h.number == 1) > 1

    a, b, r, g = (chains.get(k, []) for k in ("article", "arabic", "roman", "grouping"))
    # roman-decimal headings ("I.1 Objet" … "IV.4 Résiliation", often under "TITRE I" … "TITRE IV")
    rd = _chain([d for i in range(n) if (d := _decimal_at(lines, i)) is not None and d.roman])
    groupings: list[_Heading] = list(by_family.get("grouping", []))
    # an « Article N » run that starts after a longer bare-number run ends belongs to an avenant
    # bound after the convention (« 1. Objet » … « 12. Résiliation », then « Article 1. La
    # convention est prolongée… »): the convention's own numbering wins
    appended = len(a) >= 2 and len(b) > len(a) and a[0].index > b[-1].index
    if (len(a) >= 2 or (len(a) == 1 and len(b) < 2 and len(r) < 2)) and not appended:
        chosen = a
        groupings += r if len(r) >= 2 else []
    elif len(r) >= 2 and (len(r) >= len(b) or restarts("arabic")):
        chosen = r
    elif len(rd) >= 2 and len(rd) > len(b):
        chosen = rd
        groupings += r
    elif len(b) >= 2:
        chosen = b
        groupings += r if len(r) >= 2 else []
    elif len(g) >= 2 and not _units_below(lines, g, _unnumbered_sections(doc, lines, groupings)):
        chosen, groupings = g, []
    elif len(lt := chains.get("letter", [])) >= 3 and lt[0].number == 1:
        # « A. Objet » … « F. Durée »: a charter's lettered sections, from A, three at least; « I. Suivi »
        # after « H. … » is the ninth letter, not the roman one (and « J. », « K. » go on from it)
        chosen = list(lt)
        if chosen[-1].number == 8:
            nine = next((h for h in by_family.get("roman", []) if h.number == 1 and h.index > chosen[-1].index), None)
            if nine is not None:
                chosen.append(dataclasses.replace(nine, family="letter", number=9))
                chosen += [h for h in by_family.get("letter", []) if h.index > nine.index and h.number > 9]
    else:
        chosen = []
    chosen_idx = {h.index for h in chosen}
    groupings = [h for h in groupings if h.index not in chosen_idx]
    numbered_from = chosen[0].index if chosen else n
    chosen, parents = _decimal_leaves(lines, chosen) if chosen is not rd else (chosen, [])
    groupings = sorted(groupings + parents, key=lambda h: h.index)

    # --- top of the document: parties and preamble markers, before the first article
    first_art_line = numbered_from
    entre = next((i for i in range(min(first_art_line, n)) if _opens_parties(lines[i])), None)
    preamble_line = next((i for i in range((entre + 1) if entre is not None else 0, min(first_art_line, n))
                          if _PREAMBLE.match(lines[i].folded)), None)

    # --- untitled sections when nothing is numbered
    sections: list[int] = []
    if not chosen:
        sections = _unnumbered_sections(doc, lines, groupings)
        first_art_line = sections[0] if sections else n
    else:
        # a grouping ("TITRE I") or a decimal parent above the first article closes the search too
        sections = _leading_sections(doc, lines, min([chosen[0].index] + [h.index for h in groupings]))
        sections += _inner_sections(doc, lines, chosen)
        if any(b.kind == "heading" for b in doc.blocks):
            sections += _trailing_sections(doc, lines, chosen[-1].index + 1)

    last_art_line = max(([chosen[-1].index] if chosen else []) + sections, default=-1)
    # amendments after the convention are sections, but the convention's own signature and annexes
    # are looked for before the first of them
    amendments = _amendment_sections(lines, last_art_line + 1) if chosen or sections else []
    amend_stop = amendments[0] if amendments else n

    # --- annexes after the last article
    annex_cands = [x for i in range(max(last_art_line + 1, 0), n)
                   if i not in amendments and (x := _annex_heading(lines, i))]
    annexes: list[Article] = []
    for k, (art, i) in enumerate(annex_cands):
        nxt_line = lines[i + 1] if i + 1 < n else None
        prev_is_annex = k > 0 and annex_cands[k - 1][1] == i - 1
        next_is_annex = k + 1 < len(annex_cands) and annex_cands[k + 1][1] == i + 1
        titled_from_next = art.body_start > lines[i].end
        if prev_is_annex or (next_is_annex and not titled_from_next):
            continue  # a list of annexes inside an article, not headings
        if nxt_line is not None and _is_fait(nxt_line):
            continue
        annexes.append(art)
    annexes = _annexes_between(lines, chosen) + annexes
    # an annex printed without a number ("ANNEXE – Fiche de poste") is numbered by its place: the
    # first annex is annexe 1, one after "ANNEXE 2" is annexe 3 (letters "A", "B" are kept)
    last_num = 0
    for art in annexes:
        if art.number is None:
            art.number = str(last_num + 1)
        if art.number.isdigit():
            last_num = int(art.number)

    # --- signature block after the last article
    sig_start_line = None
    for i in range(max(last_art_line + 1, 0), amend_stop):
        if _is_fait(lines[i]):
            sig_start_line = i
            break

    # --- list of copy recipients ("Ampliation :") after the "Fait à" line, or, lacking one, followed
    # only by short lines up to the next annex: a zone of its own ("autre"), never signatories
    copy_line = None
    for i in range(max(sig_start_line if sig_start_line is not None else last_art_line + 1, 0), amend_stop):
        if not _is_copy_heading(lines[i]):
            continue
        if sig_start_line is None:
            after = lines[i + 1:]
            nxt_annex = next((k for k, ln in enumerate(after) if _annex_heading(lines, i + 1 + k)), len(after))
            if any(len(ln.text) > 150 for ln in after[:nxt_annex]):
                continue  # a label inside the last article's prose
        copy_line = i
        break
    copy_start = lines[copy_line].start if copy_line is not None else None

    if sig_start_line is None:
        for i in range(max(last_art_line + 1, 0), copy_line if copy_line is not None else amend_stop):
            if _is_sentence(lines[i].text):
                continue  # "Le procureur … est destinataire d'une copie …": a clause, not a signer
            if _is_signatory(lines[i].text) or any(_is_signatory(c[2]) for c in _signatory_cells(lines[i])):
                stop = next((a_.start for a_ in annexes if a_.start > lines[i].start), lines[amend_stop].start
                            if amend_stop < n else len(text))
                if copy_start is not None:
                    stop = min(stop, copy_start)
                tail = [ln for ln in lines[i:] if ln.start < stop]
                if all(len(ln.text) <= 150 for ln in tail):
                    sig_start_line = i
                    break
    sig_start = lines[sig_start_line].start if sig_start_line is not None else None
    # an annex heading inside the block's first lines cannot precede it; annexes (or a list of
    # copy recipients) after it end it
    sig_end = len(text)
    if sig_start is not None:
        later = [x.start for x in annexes if x.start > sig_start] + [lines[k].start for k in amendments]
        if copy_start is not None and copy_start > sig_start:
            later.append(copy_start)
        sig_end = min(later) if later else len(text)
    for k, art in enumerate(annexes):
        bounds = [x.start for x in annexes[k + 1:]] + ([sig_start] if sig_start and sig_start > art.start else [])
        bounds += [copy_start] if copy_start is not None and copy_start > art.start else []
        bounds += [lines[k].start for k in amendments if lines[k].start > art.start]
        bounds += [h.start for h in chosen if h.start > art.start]  # an annex printed between two articles
        art.end = _trim_end(text, art.start, min(bounds) if bounds else len(text))

    # --- articles
    boundaries = sorted({h.start for h in chosen} | {h.start for h in groupings}
                        | {lines[i].start for i in sections} | {x.start for x in annexes}
                        | ({sig_start} if sig_start is not None else set())
                        | ({copy_start} if copy_start is not None else set()) | {len(text)}
                        | {lines[k].start for k in amendments})

    def end_of(start: int) -> int:
        nxt = next(x for x in boundaries if x > start)
        return _trim_end(text, start, nxt)

    articles: list[Article] = []
    for h in chosen:
        articles.append(Article(number=h.label, title=_without_note(h.title), start=h.start, end=end_of(h.start),
                                body_start=min(h.body_start, end_of(h.start))))
    for i in sections:
        ln = lines[i]
        articles.append(Article(number=None, title=ln.text.rstrip(" :–—-"), start=ln.start, end=end_of(ln.start),
                                body_start=ln.end, kind="section"))
    for k in amendments:
        ln = lines[k]
        end = end_of(ln.start)
        own_fait = next((x.start for x in lines[k + 1:] if x.start < end and _is_fait(x)), end)
        articles.append(Article(number=None, title=ln.text.rstrip(" :–—-"), start=ln.start,
                                end=_trim_end(text, ln.start, own_fait), body_start=ln.end, kind="section"))
    articles.sort(key=lambda x: x.start)

    first_art_start = articles[0].start if articles else (sig_start if sig_start is not None else len(text))
    if parents:  # the first grouping ("1. OBJET DU CONTRAT") closes the preamble, not its first leaf
        first_art_start = min(first_art_start, parents[0].start)

    # --- title
    top_end_line = min(x for x in (entre, preamble_line, first_art_line, n) if x is not None)
    title = _title(lines, top_end_line)

    # --- parties
    parties: list[Party] = []
    parties_end_line = None
    if entre is not None and entre < top_end_line + 1:
        stop = preamble_line if preamble_line is not None else first_art_line
        stop = min(stop, n)
        # a grouping title ("TITRE I – LES PARTIES") only announces the list: it is no party
        parties = _parties(lines[entre + 1 if _PARTIES_GROUPING.match(lines[entre].folded) else entre:stop])
        parties_end_line = stop

    # --- preamble
    preamble = None
    pre_from = preamble_line
    if pre_from is None and parties_end_line is not None:
        pre_from = parties_end_line
    if pre_from is not None and pre_from < n and lines[pre_from].start < first_art_start:
        end = _trim_end(text, lines[pre_from].start, first_art_start)
        if end > lines[pre_from].start:
            preamble = (lines[pre_from].start, end)

    # --- signature
    signature = None
    signatories: list[Party] = []
    dates: list[DateMention] = []
    place = None
    if sig_start is not None:
        end = _trim_end(text, sig_start, sig_end)
        signature = (sig_start, end)
        sig_lines = [ln for ln in lines if sig_start <= ln.start < end]
        signatories = _signatories(sig_lines)
        dates = find_dates(text[sig_start:end], offset=sig_start)
        pm = _PLACE.search(folded, sig_start, end)
        if pm:
            cand = text[pm.start("place"):pm.end("place")].strip()
            if cand and cand[0].isupper():
                place = ("Le " + cand) if pm.group("prep") == "au" else cand  # "Fait au Mans"

    # --- recall sections (quoted framework, history, past results): in no rule's scope
    stops = set(boundaries) | {h.start for h in groupings}
    rappels = _rappels(lines, articles, annexes, stops)

    return Structure(title=title, parties=parties, preamble=preamble, articles=articles, annexes=annexes,
                     signature=signature, signatories=signatories, signature_dates=dates,
                     signature_place=place, rappels=rappels)


_TITLE_CONT = re.compile(r"^(?:relative|relatif|portant|pour|concernant|ayant|visant|en\s+vue|de|d'|du|des|"
                         r"a\s|au\s|aux\s|en\s|sur\s|dans\s|et\s|intervenant|poste)")


def _title(lines: list[_Line], top_end: int) -> tuple[int, int] | None:
    """The heading lines naming the convention (the first line saying "convention", and its tail)."""
    top = lines[:top_end]
    first = next((i for i, ln in enumerate(top) if "convention" in ln.folded and len(ln.text) <= 250), None)
    if first is None:
        first = next((i for i, ln in enumerate(top) if _is_upper(ln.text) and len(ln.text) <= 200), None)
    if first is None:
        return None
    last = first
    for j in range(first + 1, min(len(top), first + 6)):
        ln = top[j]
        if len(ln.text) > 200 or _ENTRE.search(ln.folded) or _PREAMBLE.match(ln.folded) \
                or _GROUPING.match(ln.folded):
            break  # a grouping line ("TITRE I – LES PARTIES") opens the body, it does not name it
        prev = top[j - 1]
        if _is_upper(ln.text) and _is_upper(prev.text) or _TITLE_CONT.match(ln.folded) or ln.text[0].islower():
            last = j
            continue
        break
    return lines[first].start, lines[last].end


_PARTY_CONT = re.compile(r"^(?:represente|representee|represente|sis|sise|situe|situee|dont|ci-apres|ci-dessous|"
                         r"agissant|domicilie|en\s+sa\s+qualite|lui-meme|elle-meme|ayant|siegeant|designe|"
                         r"habilite|autorise|dument|d'une\s+part|d'autre\s+part|et\s+designe|n°|siret)")
# A party may be an item of a list ("- l'État, représenté par …", "• le Département …"): the dash or
# bullet is no part of it.
_PARTY_LEAD = re.compile(r"^(?:[-–—•*·▪►]\s+)?(?:les\s+parties\s+" + _ACT + r"\s+sont\s*:?|"
                         r"entre\s*(?:les\s+soussignes)?\s*:?\s*(?:,\s*)?(?:d'une\s+part\s*,?\s*:?)?|"
                         r"et\s*(?:d'autre\s+part)?\s*[:,]?)?\s*")
_PARTY_SPLIT = re.compile(r";|\bd'une\s+part\b[,.;:]?|\bd'autre\s+part\b[,.;:]?")
_NAMED_PERSON = re.compile(r"(?:monsieur|madame|m\.|mme)\s+(?!le\b|la\b|l')")
_PARTY_AND = re.compile(r"(?:,\s+(?:et\s+)?|,?\s+et\s+)(?=(?:l'|le\s|la\s|les\s|monsieur\s|madame\s|m\.\s|mme\s))")


_BULLET = re.compile(r"[-–—•*·▪►]\s")


def _chunks(line: _Line) -> list[tuple[int, int]]:
    """Pieces of a parties line that may each be a party (split on ';', "d'une/d'autre part", ", et le")."""
    f = line.folded
    lead = _PARTY_LEAD.match(f)
    pos = lead.end() if lead else 0
    pieces: list[tuple[int, int]] = []
    for m in _PARTY_SPLIT.finditer(f, pos):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(f)))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        # a cut between two pieces that each name a role (the right piece runs to the next cut point)
        cuts = list(_PARTY_AND.finditer(f, s, e))
        for k, m in enumerate(cuts):
            right_end = cuts[k + 1].start() if k + 1 < len(cuts) else e
            if _NAMED_PERSON.match(f, m.end()):
                continue  # ", Madame Odile X, ci-après « l'association »": the person, not a new party
            if classify_role(f[s:m.start()]) and classify_role(f[m.end():right_end]):
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    res = []
    for s, e in out:
        seg = line.text[s:e]
        ls = len(seg) - len(seg.lstrip(" ,:"))
        rs = len(seg.rstrip(" ,:;."))
        if rs > ls:
            res.append((line.start + s + ls, line.start + s + rs))
    return res


def _parties(zone: list[_Line]) -> list[Party]:
    parties: list[Party] = []
    for line in zone:
        # an item of a dashed or bulleted list opens a party of its own, even in lower case and
        # without a role word ("- le groupement d'intérêt public …, ci-après « le GIP »")
        item = bool(_BULLET.match(line.text))
        for k, (s, e) in enumerate(_chunks(line)):
            piece = line.text[s - line.start:e - line.start]
            f = fold(piece)
            role = classify_role(piece)
            new_item = item and k == 0
            cont = bool(_PARTY_CONT.match(f)) or (piece[0].islower() and role is None and not new_item)
            if parties and (cont or (role is None and not new_item and _looks_like_name(piece))):
                p = parties[-1]
                p.end = max(p.end, e)
                p.text = p.text + " " + piece
                if p.role == "autre" and role:
                    p.role = role
                if p.name is None:
                    p.name = _party_name(piece, p.role) or (piece if _looks_like_name(piece) else None)
                continue
            if cont or role is None and len(piece.split()) < 2:
                continue
            role = role or "autre"
            parties.append(Party(role=role, text=piece, start=s, end=e, name=_party_name(piece, role)))
    return parties


def _signatories(sig_lines: list[_Line]) -> list[Party]:
    """Signatories of the block: role lines or table cells, with the name found under each."""
    rows = [_signatory_cells(ln) for ln in sig_lines]
    out: list[Party] = []
    for r, cells in enumerate(rows):
        for c, (s, e, cell) in enumerate(cells):
            role = _signatory_role(cell, strict=False)
            if _is_fait(_Line(s, e, cell, fold(cell))) or role is None or _is_sentence(cell):
                continue
            party = Party(role=role, text=cell, start=s, end=e,
                          name=_person_name(cell) or _trailing_name(cell))
            for below in rows[r + 1:r + 4]:
                if party.name:
                    break
                pick = below[c] if len(below) == len(cells) and c < len(below) else (
                    below[0] if len(below) == 1 and len(cells) == 1 else None)
                if pick is None:
                    continue
                if _is_signatory(pick[2]):
                    break
                if _looks_like_name(pick[2]):
                    party.name = _person_name(pick[2]) or pick[2]
                    party.end = pick[1] if len(cells) == 1 else party.end
            out.append(party)
    return out


# --------------------------------------------------------------------------- JSON


def _date_json(d: DateMention) -> dict[str, Any]:
    iso = f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.month and d.day else (
        f"{d.year:04d}-{d.month:02d}" if d.month else str(d.year))
    return {"text": d.text, "date": iso, "year": d.year, "start": d.start, "end": d.end}


def structure_to_json(structure: Structure, doc: Document) -> dict[str, Any]:
    """The JSON of ``iscg inspect FILE --format json``: every zone with its offsets and text."""
    text = doc.text

    def span(sp: tuple[int, int] | None) -> dict[str, Any] | None:
        if sp is None:
            return None
        return {"start": sp[0], "end": sp[1], "text": squash(text[sp[0]:sp[1]])}

    def party(p: Party) -> dict[str, Any]:
        return {"role": p.role, "text": squash(p.text), "name": p.name, "start": p.start, "end": p.end}

    def art(a: Article) -> dict[str, Any]:
        return {"number": a.number, "title": a.title, "start": a.start, "end": a.end, "kind": a.kind,
                "page": doc.page_at(a.start)}

    preamble = span(structure.preamble)
    if preamble and len(preamble["text"]) > 400:
        preamble["text"] = preamble["text"][:400] + " …"
    return {
        "file": doc.path,
        "title": span(structure.title),
        "parties": [party(p) for p in structure.parties],
        "preamble": preamble,
        "articles": [art(a) for a in structure.articles],
        "annexes": [art(a) for a in structure.annexes],
        "signature": span(structure.signature),
        "signatories": [party(p) for p in structure.signatories],
        "signature_dates": [_date_json(d) for d in structure.signature_dates],
        "signature_place": structure.signature_place,
        "rappels": [span(r) for r in structure.rappels],
        "extraction": dataclasses.asdict(doc.report),
    }

"""annee_signature: the year the convention was signed, read from the signature block only.

Dates cited in the body (a law of 2007, a circular of 2006, the period of a subsidy) never count: the
segmenter isolates the signature block ("Fait à …, le …", dated signatures) and lists its dates.
Where it found no block, the last lines of the text are searched for a "Fait à … le …" formula,
then for a line that is only a dated signature line, however worded: « Lorient, le 3 février 2025 »,
« Le 3 mars 2025, à Vannes », « Signé à Brest le 2 mai 2024 », « Date : 12/03/2021 », « À Pau, le … »,
a date alone on its line, or the cells of a table (« Fait à Vannes | le 3 mars 2025 »). The whole line
must be that formula (place, date, a few filler words), so a sentence of the body that contains a date
never counts, and neither do annexes (form fields « Date : … » of a fiche navette) nor recalls.
"""

from __future__ import annotations

import re

from .textutil import fold
from .types import DateMention, Document, Evidence, IndicatorCoding, Structure

RULE_BLOCK = "annee_signature.bloc_signature"
RULE_FAIT_A = "annee_signature.formule_fait_a"
RULE_LIGNE = "annee_signature.ligne_datee"
RULE_ACTES = "annee_signature.tableau_des_actes"
# a consolidated text's table of the acts it integrates: « Acte | Date de signature | Articles concernés »
_ACTS_HEAD = re.compile(r"\bdates?\s+(?:de\s+(?:la\s+)?)?signature\b|\bsigne(?:e|s)?\s+le\b|\bdate\s+de\s+l'acte\b")
_ACT_ROW = re.compile(r"[ \t|]*(?:la\s+)?(?:convention|avenant|protocole|accord|contrat|annexe\s+financiere)\b")
# « Fait à Dijon », « Fait en trois exemplaires », and at a line start « Fait au Creusot », « Fait aux Herbiers »
_FAIT_A = re.compile(r"fait\s+(?:a|en)\b|(?:^|(?<=\n))[^\w\n]{0,3}fait\s+aux?\b", re.I)
# a dated mention of signatures at a line start or after « ; » (« Convention signée à Clermont-Ferrand le
# 3 juin 2024 ; avenant n° 1 signé le 10 mars 2025 »): a consolidated text lists them instead of « Fait à »
_SIGNED_ON = re.compile(r"(?:^|(?<=\n)|(?<=;))\s*(?:(?:la\s+presente\s+)?convention|(?:le\s+present\s+)?avenant"
                        r"(?:\s+n\s*[°o]?\s*\d+)?)?\s*:?\s*signee?s?\s+(?:a\s+[^,;\n]{1,60}?,?\s+)?le\s+")
_BEFORE_CHARS = 60
_SENTENCE_END = re.compile(r"[.;!?]\s")
_TAIL_CHARS = 3000
_MAX_LINE = 140
# What may surround the date on a signature line once the date is cut out (folded text): an optional
# « fait / signé / établi », « à / en <Place> » (a place of at most five words, may come first or last),
# « le », « date (de signature) : », « en N exemplaires (originaux) », separators. Nothing else.
_PLACE = r"[a-z][a-z'\-]*(?:[\s\-]+(?:[a-z][a-z'\-]*)){0,4}"
_FILLER = re.compile(
    r"^(?:(?:fait|signe|signee|etabli|etablie)\s*(?:(?:a|en)\s+" + _PLACE + r")?"
    r"|(?:a|en)\s+" + _PLACE +
    r"|date(?:\s+de\s+(?:la\s+)?signature)?\s*:?"
    r"|le|en\s+\w+\s+exemplaires?(?:\s+originaux)?|" + _PLACE + r")?$")
# the same filler without the bare place: what needs no capital
_FORMULA = re.compile(
    r"(?:fait|signe|signee|etabli|etablie)\s*(?:(?:a|en)\s+" + _PLACE + r")?"
    r"|(?:a|en)\s+" + _PLACE +
    r"|date(?:\s+de\s+(?:la\s+)?signature)?\s*:?|le|en\s+\w+\s+exemplaires?(?:\s+originaux)?")
_PLACE_PARTICLES = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "les", "d", "l"}


def _looks_like_place(part: str) -> bool:
    """A place name: every word capitalised but its inner particles (« Saint-Brieuc », « La Roche sur Yon »).

    A name never ends on a particle: « Réunion du … » is a meeting, not a town.
    """
    words = part.replace("'", " ").replace("’", " ").split()
    return bool(words) and words[0][0].isupper() and words[-1].lower() not in _PLACE_PARTICLES and all(
        w[0].isupper() or w.lower() in _PLACE_PARTICLES for w in words)


def _line_before(text: str, start: int) -> int:
    """Start of the words before « Fait à » on its line that may carry its date.

    A date moved by a revision, or written first (« Le 3 juin 2021, fait à Carpentras »), stands
    just before the formula on the same line; a sentence of the body ended by « . » or « ; » does not.
    """
    line_start = text.rfind("\n", 0, start) + 1
    begin = max(line_start, start - _BEFORE_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    return ends[-1] if ends else begin


def _is_signature_line(rest: str) -> bool:
    """True when the words left on a line, its dates cut out, are only a signature formula.

    A bare place (« Lorient, le … ») must be written with a capital, as a place name is; a short lowercase
    phrase (« réunion du … ») is a sentence of the body.
    """
    for part in re.split(r"[,|\t]|\s[–—-]\s", rest):
        part = part.strip(" ,;:.-–—|\t")
        if not part:
            continue
        folded = fold(part)
        if _FILLER.match(folded) is None:
            return False
        if _FORMULA.fullmatch(folded) is None and not _looks_like_place(part):
            return False
    return True


def _dated_signature_lines(doc: Document, structure: Structure):
    """Dates standing on a line of their own in the tail, worded as a signature line."""
    from .frdates import find_dates

    found = []
    tail_start = max(0, len(doc.text) - _TAIL_CHARS)
    line_start = doc.text.rfind("\n", 0, tail_start) + 1
    while line_start < len(doc.text):
        line_end = doc.text.find("\n", line_start)
        line_end = len(doc.text) if line_end < 0 else line_end
        line = doc.text[line_start:line_end]
        if 0 < len(line.strip()) <= _MAX_LINE and structure.zone_at(line_start) not in ("annexe", "rappel"):
            dates = [d for d in find_dates(line, offset=line_start) if 1990 <= d.year <= 2100 and d.month]
            if dates:
                cuts = [0] + [d.end - line_start for d in dates]
                rest = " , ".join(line[a:d.start - line_start] for a, d in zip(cuts, dates))
                rest += " , " + line[cuts[-1]:]
                if _is_signature_line(rest):
                    found.extend(dates)
        line_start = line_end + 1
    return found


def _evidence(doc: Document, structure: Structure, start: int, end: int, rule: str) -> Evidence:
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    article = structure.article_at(start)
    return Evidence(text=doc.text[line_start:line_end].strip(), start=line_start, end=line_end,
                    page=doc.page_at(start), article=article.label if article else "Signatures", rule=rule)


# a draft's date left blank but for its year: « Fait à Orléans, le …………… 2025 », « le __/__/2025 »: not signed yet
_BLANK_DATE = re.compile(r"[^\n]{0,60}?\ble\s*[.…_/\s-]{2,}?\s*(?P<year>(?:19|20)\d\d)(?![\d/])")


def _is_blank(d: DateMention) -> bool:
    """A date of ``_fait_a_dates`` left blank but for its year (no month, only the year's digits)."""
    return d.month is None and d.day is None and d.text.strip().isdigit()


def _fait_a_dates(doc: Document, folded: str, lo: int, hi: int) -> list:
    """Dates of the « Fait à X, le … » formulas in [lo, hi): after the formula or just before it on its
    line; a date left blank but for its year is kept with that year only (``_is_blank``): an unsigned
    draft, which ``code_signature_year`` codes as no signature."""
    from .frdates import find_dates

    dates = []
    for m in _FAIT_A.finditer(folded, lo, hi):
        windows = ((m.end(), min(hi, m.end() + 200)), (_line_before(doc.text, m.start()), m.start()))
        found = []
        for a, b in windows:
            found.extend(d for d in find_dates(doc.text[a:b], offset=a) if 1990 <= d.year <= 2100)
        if not found and (blank := _BLANK_DATE.match(folded, m.end(), min(hi, m.end() + 200))):
            y0, y1 = blank.span("year")
            found.append(DateMention(text=doc.text[y0:y1], start=y0, end=y1, year=int(blank.group("year")),
                                     month=None, day=None))
        dates.extend(found)
    return dates


def _amendment_dates(doc: Document, structure: Structure, folded: str) -> list:
    """Signatures of an avenant bound after the convention (its own section): the convention as
    amended is dated by its latest signature, as a reviewer codes it."""
    out = []
    parts = structure.articles + structure.annexes
    for a in structure.articles:
        if a.number is None and fold(a.title).lstrip().startswith(("avenant", "premier avenant")):
            # its « Fait à » stands after its text, up to whatever part comes next
            end = min([b.start for b in parts if b.start >= a.end], default=len(doc.text))
            out.extend(_fait_a_dates(doc, folded, a.body_start, end))
    return out


def _block_dates(doc: Document, structure: Structure, folded: str) -> list:
    """The dates of the signature block. When the block holds « Fait à » formulas, only theirs and
    those of short signature lines count: a long block may run over an avenant bound after the
    signatures, whose sentences carry other dates (« prorogée du 1er mai 2015 au 30 avril 2017 »)."""
    dates = [d for d in structure.signature_dates if 1990 <= d.year <= 2100]
    if not dates or not structure.signature:
        return dates
    fait = _fait_a_dates(doc, folded, *structure.signature)
    if not fait:
        return dates
    starts = {d.start for d in fait}
    def short_line(pos: int) -> bool:
        lo = doc.text.rfind("\n", 0, pos) + 1
        hi = doc.text.find("\n", pos)
        return len(doc.text[lo:hi if hi >= 0 else len(doc.text)].strip()) <= _MAX_LINE
    def signer_date(pos: int) -> bool:
        # a signatory's own date (« Le Président du Conseil départemental, le 11 janvier 2021 »), also
        # when a PDF runs the signatories' lines together
        return re.search(r"(?:,\s*le|\n\s*le|\n)\s*$", folded[max(0, pos - 8):pos]) is not None

    return fait + [d for d in dates if d.start not in starts and (short_line(d.start) or signer_date(d.start))
                   and not re.search(r"(?:\bdu|\bau|\bjusqu'au)\s*$", folded[max(0, d.start - 12):d.start])]


def _signed_on_dates(doc: Document, folded: str) -> list:
    """Dates of « Convention signée à … le … ; avenant n° 1 signé le … » in the last lines."""
    from .frdates import find_dates

    lo = max(0, len(doc.text) - _TAIL_CHARS)
    out = []
    for m in _SIGNED_ON.finditer(folded, lo):
        out.extend(d for d in find_dates(doc.text[m.end():m.end() + 40], offset=m.end())[:1]
                   if 1990 <= d.year <= 2100 and d.start == m.end())
    return out


def _acts_table_dates(doc: Document, structure: Structure, folded: str) -> list:
    """The dates of the rows of a table listing the signed acts (« Convention | 30 septembre 2021 »,
    « Avenant n° 2 | 4 février 2025 »), under a header that names the date of signature: every act of
    a consolidated text is a signature, the latest dates the text."""
    from .frdates import find_dates

    found = []
    for head in _ACTS_HEAD.finditer(folded, max(0, len(folded) - _TAIL_CHARS)):
        line_end = folded.find("\n", head.end())
        pos = len(folded) if line_end < 0 else line_end + 1
        while pos < len(folded):
            end = folded.find("\n", pos)
            end = len(folded) if end < 0 else end
            if not _ACT_ROW.match(folded, pos) or structure.zone_at(pos) == "rappel":
                break
            found += [d for d in find_dates(doc.text[pos:end], offset=pos) if 1990 <= d.year <= 2100 and d.month]
            pos = end + 1
        if found:
            break
    return found


def code_signature_year(doc: Document, structure: Structure) -> IndicatorCoding:
    folded = fold(doc.text)
    dates = _block_dates(doc, structure, folded)
    rule = RULE_BLOCK
    if dates:
        dates += _amendment_dates(doc, structure, folded)
    if not dates:
        # « Fait à » and « Avenant n° 2 : signé à … le … » side by side (a consolidated text): all are
        # signatures, the latest dates the text
        dates = _fait_a_dates(doc, folded, max(0, len(doc.text) - 3000), len(doc.text))
        seen = {d.start for d in dates}
        dates += [d for d in _signed_on_dates(doc, folded) if d.start not in seen]
        rule = RULE_FAIT_A
    # « Fait à Orléans, le …… 2025 »: a draft's date left blank, its year only planned
    blanks = [d for d in dates if _is_blank(d)]
    dates = [d for d in dates if not _is_blank(d)]
    if not dates:
        dates = _acts_table_dates(doc, structure, folded)
        rule = RULE_ACTES
    if not dates:
        dates = _dated_signature_lines(doc, structure)
        rule = RULE_LIGNE
    if not dates and blanks:
        b = blanks[-1]
        return IndicatorCoding(
            key="annee_signature", value=None, confidence=0.7,
            evidence=[_evidence(doc, structure, b.start, b.end, RULE_FAIT_A)],
            explanation=(f"Projet non signé : la date de signature est laissée en blanc (seule l'année {b.year} "
                         "est écrite) ; une année prévue n'est pas une année de signature."))
    if not dates:
        return IndicatorCoding(
            key="annee_signature", value=None, confidence=0.7,
            explanation=("Aucune date de signature trouvée : ni formule « Fait à …, le … » ni signature datée "
                         "dans le bloc des signatures. Les dates citées dans le corps du texte (lois, "
                         "circulaires, périodes de financement) ne sont pas prises en compte."))
    latest = max(dates, key=lambda d: (d.year, d.month or 0, d.day or 0))
    evidence = [_evidence(doc, structure, latest.start, latest.end, rule)]
    others = sorted({d.year for d in dates} - {latest.year})
    confidence = 0.95 if rule == RULE_BLOCK else 0.8
    extra = {"dates_trouvees": [d.text for d in dates]} if others else {}
    return IndicatorCoding(key="annee_signature", value=latest.year, confidence=confidence,
                           evidence=evidence, extra=extra)

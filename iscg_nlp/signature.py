"""annee_signature: the year the convention was signed, read from the signature block only.

Dates cited in the body (a law of 2007, a circular of 2006, the period of a subsidy) never count: the
segmenter isolates the signature block ("Fait à …, le …", dated signatures) and lists its dates.
Where it found no block, the last lines of the text are searched for a "Fait à … le …" formula.
"""

from __future__ import annotations

import re

from .textutil import fold
from .types import Document, Evidence, IndicatorCoding, Structure

RULE_BLOCK = "annee_signature.bloc_signature"
RULE_FAIT_A = "annee_signature.formule_fait_a"
_FAIT_A = re.compile(r"fait\s+(?:a|en)\b", re.I)
_BEFORE_CHARS = 60
_SENTENCE_END = re.compile(r"[.;!?]\s")


def _line_before(text: str, start: int) -> int:
    """Start of the words before « Fait à » on its line that may carry its date.

    A date moved by a revision, or written first (« Le 3 juin 2021, fait à Carpentras »), stands
    just before the formula on the same line; a sentence of the body ended by « . » or « ; » does not.
    """
    line_start = text.rfind("\n", 0, start) + 1
    begin = max(line_start, start - _BEFORE_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    return ends[-1] if ends else begin


def _evidence(doc: Document, structure: Structure, start: int, end: int, rule: str) -> Evidence:
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    article = structure.article_at(start)
    return Evidence(text=doc.text[line_start:line_end].strip(), start=line_start, end=line_end,
                    page=doc.page_at(start), article=article.label if article else "Signatures", rule=rule)


def code_signature_year(doc: Document, structure: Structure) -> IndicatorCoding:
    dates = [d for d in structure.signature_dates if 1990 <= d.year <= 2100]
    rule = RULE_BLOCK
    if not dates:
        from .frdates import find_dates

        tail_start = max(0, len(doc.text) - 3000)
        folded = fold(doc.text)
        for m in _FAIT_A.finditer(folded, tail_start):
            # the date after the formula (« Fait à X, le … ») or just before it on its line
            windows = ((m.end(), min(len(doc.text), m.end() + 200)), (_line_before(doc.text, m.start()), m.start()))
            for lo, hi in windows:
                dates.extend(d for d in find_dates(doc.text[lo:hi], offset=lo) if 1990 <= d.year <= 2100)
        rule = RULE_FAIT_A
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

"""What a reviewer sees of one convention, shared by the browser app, the terminal review and the export.

Pure functions over the review store (no Flask here), so the three front ends show the same labels, the
same alternatives and the same highlighted passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..labels import AVIS_LABELS, INDICATOR_LABELS, VALUE_LABELS, avis_label, indicator_label, value_label
from ..store import Decision, ReviewStore

# The 14 indicators of the codebook, the two descriptive fields, then the verdict: the order of every page.
REVIEW_KEYS: tuple[str, ...] = tuple(INDICATOR_LABELS) + ("avis",)
FREE_KEYS = ("annee_signature", "cout_poste")  # values typed by the reviewer, not chosen from a list


def review_label(key: str) -> str:
    return "Avis ANISCG" if key == "avis" else indicator_label(key)


def choices(key: str) -> dict[str, str]:
    """code -> French label of every value allowed for `key` (empty for typed values)."""
    if key == "avis":
        return dict(AVIS_LABELS)
    return dict(VALUE_LABELS.get(key, {}))


def _number(x: float) -> str:
    text = f"{x:,.2f}".rstrip("0").rstrip(".") if isinstance(x, float) else f"{x:,}"
    return text.replace(",", "\u202f").replace(".", ",")


def display(key: str, value: Any) -> str:
    """A value as a person reads it (labels of the codebook, amounts written the French way)."""
    if key == "avis":
        return avis_label(value) if isinstance(value, str) else "Non trouvé"
    if key == "cout_poste":
        if not isinstance(value, dict) or (value.get("montant") is None and value.get("etp") is None):
            return "Non trouvé"
        parts = []
        if value.get("montant") is not None:
            parts.append(f"{_number(value['montant'])} € par an")
        if value.get("etp") is not None:
            parts.append(f"{_number(value['etp'])} ETP")
        return " · ".join(parts)
    return value_label(key, value)


def _parse_number(raw: str, what: str) -> float | None:
    text = re.sub(r"[\s\u00a0\u202f€]", "", raw or "").replace(",", ".")
    if not text:
        return None
    try:
        n = float(text)
    except ValueError:
        raise ValueError(f"« {raw} » n'est pas un nombre ({what}).") from None
    if n < 0:
        raise ValueError(f"Le nombre indiqué ({what}) ne peut pas être négatif.")
    return n


def parse_value(key: str, raw: Any, etp: str | None = None) -> Any:
    """The reviewer's input as a codebook value; ValueError with a French message when it is not one.

    `raw` is a code for listed values, a year for annee_signature, the yearly amount for cout_poste (with
    `etp` beside it). An empty year or cost means « non trouvé » (None)."""
    if key == "annee_signature":
        text = str(raw or "").strip()
        if not text:
            return None
        if not text.isdigit() or not 1980 <= int(text) <= 2100:
            raise ValueError(f"« {text} » n'est pas une année valable (par exemple 2021).")
        return int(text)
    if key == "cout_poste":
        montant = _parse_number(str(raw or ""), "montant annuel")
        n_etp = _parse_number(etp or "", "ETP")
        return {"montant": int(round(montant)) if montant is not None else None, "etp": n_etp}
    allowed = choices(key)
    if raw not in allowed:
        raise ValueError(f"Valeur « {raw} » inconnue pour « {review_label(key)} ».")
    return raw


# --------------------------------------------------------------------------- highlighted passages


@dataclass
class Passage:
    """One evidence span, located in the document's text (or not found there)."""
    text: str
    page: int | None
    article: str | None
    rule: str | None
    start: int | None
    end: int | None
    mark: int | None = None  # index of the <mark> that shows it
    ocr: bool = False  # read by OCR: to be checked against the scan


def locate(text: str, evidence: list[dict]) -> list[Passage]:
    """Check each evidence's offsets against the text; fall back to searching its words when they drift."""
    out = []
    for ev in evidence or []:
        quote = str(ev.get("text") or "")
        start, end = ev.get("start"), ev.get("end")
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        if ok and quote and _squash(text[start:end]) != _squash(quote):
            ok = False
        if not ok and quote:
            found = text.find(quote)
            start, end, ok = found, found + len(quote), found >= 0
        out.append(Passage(quote or (text[start:end] if ok else ""), ev.get("page"), ev.get("article"),
                           ev.get("rule"), start if ok else None, end if ok else None, ocr=bool(ev.get("ocr"))))
    return out


def _squash(s: str) -> str:
    return " ".join(s.split())


def segments(text: str, passages: list[Passage]) -> list[tuple[str, int | None]]:
    """The text cut into (piece, mark index or None); overlapping passages share one mark.

    Sets `passage.mark`. The pieces are plain text: the template escapes them."""
    spans = sorted((p.start, p.end, i) for i, p in enumerate(passages) if p.start is not None)
    groups: list[list] = []
    for start, end, i in spans:
        if groups and start <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            groups[-1][2].append(i)
        else:
            groups.append([start, end, [i]])
    out: list[tuple[str, int | None]] = []
    pos = 0
    for k, (start, end, members) in enumerate(groups):
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], k))
        for i in members:
            passages[i].mark = k
        pos = end
    if pos < len(text) or not out:
        out.append((text[pos:], None))
    return out


def context(text: str, start: int, end: int, lines: int = 2) -> tuple[str, str, str]:
    """(before, passage, after) with `lines` lines of text on each side: the terminal shows this."""
    b = start
    for _ in range(lines + 1):
        b = text.rfind("\n", 0, max(b - 1, 0))
        if b < 0:
            b = -1
            break
    a = end
    for _ in range(lines + 1):
        nxt = text.find("\n", a + 1)
        if nxt < 0:
            a = len(text)
            break
        a = nxt
    return text[b + 1:start], text[start:end], text[end:a]


# --------------------------------------------------------------------------- one indicator, one document


@dataclass
class IndicatorView:
    key: str
    label: str
    suggested: Any
    suggestion_id: int | None
    confidence: float | None
    evidence: list[dict]
    explanation: str | None
    decision: Decision | None
    conflict: tuple[Any, Any] | None  # (decided, now proposed)
    choices: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> Any:
        return self.decision.value if self.decision else self.suggested

    @property
    def source(self) -> str:
        return "relecteur" if self.decision else "outil"

    @property
    def pending(self) -> bool:
        return self.decision is None or self.conflict is not None

    @property
    def free(self) -> bool:
        return self.key in FREE_KEYS

    def show(self, value: Any) -> str:
        return display(self.key, value)


def indicator_views(store: ReviewStore, doc_id: int) -> list[IndicatorView]:
    """Every reviewable indicator of a document, in codebook order, with suggestion, decision and conflict."""
    sugg = store.suggestions(doc_id)
    decided = store.current_decisions(doc_id)
    conflicts = store.conflicts(doc_id)
    result = store.latest_result(doc_id) or {}
    views = []
    for key in REVIEW_KEYS:
        s = sugg.get(key)
        if s is None and key not in decided:
            continue
        raw = (result.get("indicators") or {}).get(key) or {}
        extra = {k: v for k, v in raw.items() if k in ("score", "financeurs")}
        explanation = s.explanation if s else None
        if key == "avis":
            criteria = (result.get("avis") or {}).get("criteres_non_respectes") or []
            explanation = ("Critères non respectés : " + ", ".join(indicator_label(c) for c in criteria)
                           if criteria else "Les cinq critères sont respectés.")
        views.append(IndicatorView(key, review_label(key), s.value if s else None, s.id if s else None,
                                   s.confidence if s else None, s.evidence if s else [], explanation,
                                   decided.get(key), conflicts.get(key), choices(key), extra))
    return views

"""Typed records passed between the pipeline stages.

extract -> Document -> segment -> Structure -> match -> Finding -> decide -> Coding -> verdict -> Avis.
Every offset is a character offset into ``Document.text`` (the normalised text); nothing downstream
ever re-reads the source file, so a stage can only depend on the records of earlier stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


# --------------------------------------------------------------------------- extraction


@dataclass
class TextBlock:
    """One unit of the source (a PDF page line run, a DOCX paragraph or table cell, a text line).

    ``start``/``end`` locate it in ``Document.text``. ``raw`` is the block's text as the source holds
    it, and ``raw_offsets[i]`` the index in ``raw`` of the i-th character of the normalised block, so
    that a span can be put back on the source (e.g. to anchor a Word comment).
    """

    start: int
    end: int
    kind: str = "paragraph"  # paragraph | heading | table_cell | line | page_header | ...
    page: int | None = None  # 1-based, PDF only
    paragraph: int | None = None  # 0-based index in the body (DOCX/ODT/TXT)
    table: int | None = None  # 0-based table index (DOCX/ODT/PDF tables)
    row: int | None = None
    cell: int | None = None
    raw: str = ""
    raw_offsets: list[int] | None = None


@dataclass
class ReportItem:
    """Something the reader removed or changed, said in French for the reviewer."""

    kind: str  # e.g. "entete_pied_de_page", "cesure", "ligature", "caracteres_doubles", "revisions"
    message: str
    count: int = 1
    examples: list[str] = field(default_factory=list)


@dataclass
class ExtractionReport:
    format: str  # pdf | docx | odt | txt
    reader: str = ""  # which library produced the text
    encoding: str | None = None  # txt only
    pages: int | None = None
    pages_without_text: list[int] = field(default_factory=list)
    items: list[ReportItem] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # headers/footers/page numbers removed verbatim
    tracked_changes: dict[str, int] = field(default_factory=dict)  # {"insertions": n, "deletions": n}
    version_analysed: str | None = None  # e.g. "modifications acceptées"
    garbled_ratio: float = 0.0
    ocr: bool = False
    ocr_quality: float | None = None
    ocr_pages: dict[int, float] = field(default_factory=dict)  # 1-based page -> estimated quality
    warnings: list[str] = field(default_factory=list)


@dataclass
class Document:
    path: str
    sha256: str
    text: str
    blocks: list[TextBlock]
    report: ExtractionReport

    def block_at(self, offset: int) -> TextBlock | None:
        """The block holding ``offset`` (binary search; blocks are sorted and disjoint)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if offset < b.start:
                hi = mid - 1
            elif offset >= b.end:
                lo = mid + 1
            else:
                return b
        return None

    def page_at(self, offset: int) -> int | None:
        b = self.block_at(offset)
        return b.page if b else None


# --------------------------------------------------------------------------- structure


@dataclass
class Article:
    number: str | None  # "1", "2", "III", "1er" -> "1"; None for an untitled section
    title: str
    start: int  # heading start
    end: int  # end of the article body
    body_start: int  # first character after the heading
    kind: str = "article"  # article | section | annexe

    @property
    def label(self) -> str:
        if self.kind == "annexe":
            return f"Annexe {self.number}" if self.number else "Annexe"
        return f"Article {self.number}" if self.number else (self.title or "Section")


@dataclass
class Party:
    role: str  # prefet | procureur | president_cd | maire | president_interco | association | ddsp | commandant_groupement | caf | autre
    text: str
    start: int
    end: int
    name: str | None = None


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    year: int
    month: int | None = None
    day: int | None = None


@dataclass
class Structure:
    title: tuple[int, int] | None
    parties: list[Party]
    preamble: tuple[int, int] | None
    articles: list[Article]
    annexes: list[Article]
    signature: tuple[int, int] | None  # the signature block
    signatories: list[Party]
    signature_dates: list[DateMention]
    signature_place: str | None = None
    # Recall sections the parties do not engage to (« Rappel du cadre national », « Historique du
    # dispositif », « Bilan de la période précédente », a text declared « non annexé »): (start, end)
    # spans, possibly inside the preamble or an article; they are the zone "rappel", outside every rule.
    rappels: list[tuple[int, int]] = field(default_factory=list)

    def article_at(self, offset: int) -> Article | None:
        for a in self.articles + self.annexes:
            if a.start <= offset < a.end:
                return a
        return None

    def zone_at(self, offset: int) -> str:
        """preambule | parties | article | annexe | signature | titre | rappel | autre: used to scope rules.

        A recall section wins over the article, annex or preamble that holds it: it quotes or
        recounts, it does not stipulate.
        """
        if self.signature and self.signature[0] <= offset < self.signature[1]:
            return "signature"
        if any(s <= offset < e for s, e in self.rappels):
            return "rappel"
        a = self.article_at(offset)
        if a:
            return "annexe" if a.kind == "annexe" else "article"
        if self.preamble and self.preamble[0] <= offset < self.preamble[1]:
            return "preambule"
        for p in self.parties:
            if p.start <= offset < p.end:
                return "parties"
        if self.title and self.title[0] <= offset < self.title[1]:
            return "titre"
        return "autre"


# --------------------------------------------------------------------------- matching


@dataclass
class Qualifier:
    kind: str  # negation | restriction | enumeration | condition | pseudo_negation | report
    cue: str
    start: int
    end: int


@dataclass
class Finding:
    """One rule pattern that matched, kept whether it counts or not (nothing dropped silently)."""

    rule_id: str
    indicator: str
    value: Any
    score: float
    start: int  # the clause/sentence quoted as evidence
    end: int
    text: str
    cue: str  # the words that matched
    cue_start: int
    cue_end: int
    article: str | None = None
    page: int | None = None
    qualifiers: list[Qualifier] = field(default_factory=list)
    status: str = "fired"  # fired | blocked
    reason: str | None = None  # why blocked, in French
    explanation: str = ""
    reference: str | None = None
    suggestion: str | None = None


# --------------------------------------------------------------------------- decision


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    page: int | None
    article: str | None
    rule: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "page": self.page, "article": self.article,
                "start": self.start, "end": self.end, "rule": self.rule}


@dataclass
class LostFinding:
    finding: Finding
    why: str


@dataclass
class IndicatorCoding:
    key: str
    value: Any
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str | None = None  # required when the value rests on absence
    lost: list[LostFinding] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"score": 0.83} or {"financeurs": [...]}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "confidence": round(self.confidence, 3)}
        out.update(self.extra)
        out["evidence"] = [e.to_json() for e in self.evidence]
        if self.explanation:
            out["explanation"] = self.explanation
        return out


@dataclass
class Avis:
    value: str  # conforme | conforme_avec_reserve | reserve
    criteres_non_respectes: list[str]
    details: dict[str, str] = field(default_factory=dict)  # criterion -> French reason

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "criteres_non_respectes": self.criteres_non_respectes}


@dataclass
class Coding:
    indicators: dict[str, IndicatorCoding]
    type_employeur: str
    type_poste: str
    avis: Avis | None = None
    findings: list[Finding] = field(default_factory=list)
    descriptive: dict[str, IndicatorCoding] = field(default_factory=dict)  # type_employeur/type_poste evidence

"""Comparable units (articles) cut from a document: words and sentences with global offsets.

Both sides of a comparison (the model and the convention) are turned into the same records, so the
aligner, the redline and the imperative-point check never look at ``Structure`` again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iscg_nlp.textutil import fold, squash
from iscg_nlp.types import Document, Structure

# A word (letters/digits, joined by inner hyphens) or a run of punctuation: punctuation is kept as
# its own token so that "présumés," and "présumés" compare equal on the word.
_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]+")
# Sentence ends: always at a line break; inside a line after . ! ? when the next word starts a
# sentence (capital, quote, bracket, dash) — "art. 226-13" and "L. 226-2-2" do not split.
_SENT_END = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«\"(\-–])")
_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,200}\]")


@dataclass
class Token:
    start: int  # global offsets into the side's text
    end: int
    norm: str  # folded form, the one compared
    placeholder: bool = False  # inside « [ … ] » in a model: to be filled locally, not counted


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    norm: str  # folded, squashed: compared with fuzz.ratio
    tok_start: int  # index range in the unit's tokens
    tok_end: int


@dataclass
class Unit:
    """One article (or annex, or the whole text when no article was found) of one side."""

    index: int  # position on its side (document order)
    label: str  # "Article 3", "Annexe 1"
    number: str | None
    title: str
    start: int  # heading start (global)
    body_start: int
    end: int
    text: str  # body text
    norm: str  # folded, squashed body
    title_norm: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [t.norm for t in self.tokens]

    @property
    def counted_words(self) -> int:
        """Words that count for coverage (placeholders and punctuation excluded)."""
        return sum(1 for t in self.tokens if not t.placeholder and t.norm[:1].isalnum())


def tokenize(text: str, offset: int = 0, placeholders: bool = False, folded: str | None = None) -> list[Token]:
    """Tokens of ``text`` (global offsets from ``offset``); pass ``folded`` if already computed."""
    spans: list[tuple[int, int]] = []
    if placeholders:
        spans = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    out: list[Token] = []
    folded = fold(text) if folded is None else folded
    j = 0
    for m in _TOKEN.finditer(folded):
        while j < len(spans) and spans[j][1] <= m.start():
            j += 1
        inside = j < len(spans) and spans[j][0] <= m.start() < spans[j][1]
        out.append(Token(offset + m.start(), offset + m.end(), m.group(), inside))
    return out


def split_sentences(text: str, tokens: list[Token], offset: int = 0, folded: str | None = None) -> list[Sentence]:
    """Sentences of ``text`` (which starts at global ``offset``), each with its token range."""
    folded = fold(text) if folded is None else folded
    out: list[Sentence] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    ti = 0
    for s, e in bounds:
        chunk = text[s:e]
        stripped = chunk.strip()
        if not stripped or not any(ch.isalnum() for ch in stripped):
            continue
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(stripped)
        gs, ge = offset + s, offset + e
        while ti < len(tokens) and tokens[ti].start < gs:
            ti += 1
        tj = ti
        while tj < len(tokens) and tokens[tj].end <= ge:
            tj += 1
        out.append(Sentence(gs, ge, stripped, squash(folded[s:e]), ti, tj))
        ti = tj
    return out


def make_unit(text: str, index: int, label: str, number: str | None, title: str,
              start: int, body_start: int, end: int, placeholders: bool = False) -> Unit:
    body = text[body_start:end]
    folded = fold(body)
    tokens = tokenize(body, body_start, placeholders, folded)
    return Unit(index=index, label=label, number=number, title=title, start=start,
                body_start=body_start, end=end, text=body, norm=squash(folded),
                title_norm=squash(fold(title)), tokens=tokens,
                sentences=split_sentences(body, tokens, body_start, folded))


def units_of(doc: Document, structure: Structure, placeholders: bool = False) -> list[Unit]:
    """Articles then annexes in document order; the whole text as one unit if none was found."""
    parts = sorted(structure.articles + structure.annexes, key=lambda a: a.start)
    units: list[Unit] = []
    for a in parts:
        units.append(make_unit(doc.text, len(units), a.label, a.number, a.title or "",
                               a.start, a.body_start, a.end, placeholders))
    if not units:
        start = structure.preamble[1] if structure.preamble else 0
        end = structure.signature[0] if structure.signature else len(doc.text)
        if end <= start:
            start, end = 0, len(doc.text)
        units.append(make_unit(doc.text, 0, "Texte entier", None, "", start, start, end, placeholders))
    return units

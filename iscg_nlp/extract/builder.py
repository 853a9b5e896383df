"""Assemble blocks into one normalised text, keeping each block's map back to its source text."""

from __future__ import annotations

import re
from collections import Counter

from ..normalize import STAT_LABELS, compose, normalize_with_stats
from ..types import ExtractionReport, ReportItem, TextBlock

_SPACES = re.compile(r"[ ]{2,}")


class DocumentBuilder:
    """Collects blocks in reading order; ``sep`` is the text put before a block (none for the first).

    Separators are: "\\n" between paragraphs, "\\n\\n" between PDF pages, " | " between the cells of a
    table row (so a row reads on one line: « État (FIPD) | 20 000 € | 15 000 € »).
    """

    def __init__(self, report: ExtractionReport, max_chars: int) -> None:
        self.report = report
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.blocks: list[TextBlock] = []
        self.length = 0
        self.stats: Counter = Counter()
        self._items: dict[str, ReportItem] = {}

    def add(self, raw: str, *, sep: str = "\n", text: str | None = None, offsets: list[int] | None = None,
            **where: object) -> TextBlock | None:
        """Add one block. ``text``/``offsets`` are an already repaired form of ``raw`` (with a map
        into it); they are normalised here. Blank blocks are skipped."""
        if text is None:
            text, offsets = raw, list(range(len(raw)))
        norm, offs2, stats = normalize_with_stats(text)
        self.stats.update(stats)
        offs = compose(offsets, offs2)  # type: ignore[arg-type]
        norm, offs = _tidy(norm, offs)
        if not norm:
            return None
        if self.blocks:
            self.parts.append(sep)
            self.length += len(sep)
        start = self.length
        self.parts.append(norm)
        self.length += len(norm)
        if self.length > self.max_chars:
            from ..errors import InputError
            raise InputError("trop_de_caracteres", chars=f"plus de {self.max_chars}", limit=self.max_chars)
        block = TextBlock(start=start, end=self.length, raw=raw, raw_offsets=offs, **where)  # type: ignore[arg-type]
        self.blocks.append(block)
        return block

    def note(self, kind: str, message: str, example: str | None = None, count: int = 1) -> None:
        """Record a change made to the text (one ReportItem per kind, examples kept short)."""
        item = self._items.get(kind)
        if item is None:
            item = ReportItem(kind=kind, message=message, count=0)
            self._items[kind] = item
            self.report.items.append(item)
        item.count += count
        if example and len(item.examples) < 5 and example not in item.examples:
            item.examples.append(example[:120])

    def remove_furniture(self, raw: str, message: str) -> None:
        """A running header/footer kept out of the text: listed verbatim (once) in the report."""
        text = " ".join(raw.split())
        if text and text not in self.report.removed:
            self.report.removed.append(text)
            self.note("entete_pied_de_page", message, example=text)

    def text(self) -> str:
        for kind, n in sorted(self.stats.items()):
            if n:
                self.note(kind, STAT_LABELS[kind].capitalize() + ".", count=n)
        return "".join(self.parts)


def _tidy(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Strip the block and squeeze runs of spaces (offsets follow the kept characters)."""
    if "  " not in text and "\n" not in text and not text.startswith(" ") and not text.endswith(" "):
        return text, offsets  # already tidy: skip the per-character walk
    keep_t: list[str] = []
    keep_o: list[int] = []
    prev_space = True  # drops leading spaces
    for ch, o in zip(text, offsets):
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        elif ch == "\n":
            while keep_t and keep_t[-1] == " ":
                keep_t.pop()
                keep_o.pop()
            if keep_t and keep_t[-1] == "\n":
                continue  # no blank lines inside a block
            prev_space = True
        else:
            prev_space = False
        keep_t.append(ch)
        keep_o.append(o)
    while keep_t and keep_t[-1] in " \n":
        keep_t.pop()
        keep_o.pop()
    while keep_t and keep_t[0] == "\n":
        keep_t.pop(0)
        keep_o.pop(0)
    return "".join(keep_t), keep_o

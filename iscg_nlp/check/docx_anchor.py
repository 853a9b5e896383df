"""Put a span of ``Document.text`` back on the runs of the source DOCX, splitting runs where needed.

The DOCX reader (``iscg_nlp.extract.docx``) numbers body paragraphs and tables and reads each
paragraph with tracked changes accepted; this module walks the same tree in the same way, so that
``TextBlock.paragraph`` / ``table, row, cell`` and ``raw_offsets`` designate the same characters here.
A run is split by copying its ``w:rPr`` (formatting kept); nothing else of the paragraph changes.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from iscg_nlp.extract.docx import _INLINE, _MC_ALT, _SKIP, run_text  # read exactly as the reader reads
from iscg_nlp.types import Document, TextBlock

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CONTAINERS = (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo")

Char = tuple[etree._Element, int] | None  # (w:t or inline element, index in its text); None: separator


@dataclass
class BodyIndex:
    """Body paragraphs and tables numbered like the reader numbers them."""

    paragraphs: list[etree._Element]
    tables: list[etree._Element]

    @classmethod
    def of(cls, body: etree._Element) -> "BodyIndex":
        paragraphs: list[etree._Element] = []
        tables: list[etree._Element] = []

        def walk(container: etree._Element) -> None:
            for el in container:
                if el.tag == W + "p":
                    paragraphs.append(el)
                elif el.tag == W + "tbl":
                    tables.append(el)
                elif el.tag in _CONTAINERS:
                    walk(el)

        walk(body)
        return cls(paragraphs, tables)

    def cell_paragraphs(self, table: int, row: int, cell: int) -> list[etree._Element]:
        """The paragraphs of one cell that the reader kept (non-blank), in order."""
        if table >= len(self.tables):
            return []
        tbl = self.tables[table]
        r = 0
        for tr in tbl.iter(W + "tr"):
            owner = tr.getparent()
            while owner is not None and owner.tag != W + "tbl":
                owner = owner.getparent()
            if owner is not tbl:
                continue
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue
            if r == row:
                cells = [x for x in tr if x.tag in (W + "tc", W + "sdt")]
                if cell >= len(cells):
                    return []
                return [p for p in cells[cell].iter(W + "p") if paragraph_text(p).strip()]
            r += 1
        return []

    def block_paragraphs(self, block: TextBlock) -> list[etree._Element]:
        if block.table is not None and block.row is not None and block.cell is not None:
            return self.cell_paragraphs(block.table, block.row, block.cell)
        if block.paragraph is not None and block.paragraph < len(self.paragraphs):
            return [self.paragraphs[block.paragraph]]
        return []


def _chars(el: etree._Element, out: list[Char]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == _MC_ALT:
            continue
        if tag == W + "t":
            out.extend((child, i) for i in range(len(child.text or "")))
        elif tag in _INLINE:
            out.append((child, 0))
        else:
            _chars(child, out)


def char_map(paragraphs: list[etree._Element]) -> list[Char]:
    """One entry per character of the block's raw text (cell paragraphs joined by one space)."""
    out: list[Char] = []
    for k, p in enumerate(paragraphs):
        if k:
            out.append(None)
        _chars(p, out)
    return out


def paragraph_text(p: etree._Element) -> str:
    parts: list[str] = []
    run_text(p, parts)
    return "".join(parts)


def map_text(cmap: list[Char]) -> str:
    return "".join(" " if c is None else (c[0].text or "")[c[1]] if c[0].tag == W + "t" else _INLINE[c[0].tag]
                   for c in cmap)


def _run_of(node: etree._Element) -> etree._Element | None:
    parent = node.getparent()
    return parent if parent is not None and parent.tag == W + "r" else None


def split_before(cmap: list[Char], pos: int) -> bool:
    """Make a run boundary just before raw character ``pos``; False when it cannot (no run there).

    The text element is cut in two (both halves keep ``xml:space="preserve"``), then the run is cut
    before that element: the new run gets a copy of the run's attributes and ``w:rPr``.
    """
    if pos <= 0 or pos >= len(cmap) or cmap[pos] is None:
        return True
    node, i = cmap[pos]
    run = _run_of(node)
    if run is None:
        return False
    if node.tag == W + "t" and i > 0:
        text = node.text or ""
        tail = etree.Element(W + "t", attrib=dict(node.attrib))
        tail.text = text[i:]
        node.text = text[:i]
        for t in (node, tail):
            t.set(XML_SPACE, "preserve")
        node.addnext(tail)
        node = tail
    before = [c for c in run if c is not node and c.tag != W + "rPr"]
    first_content = next((c for c in run if c.tag != W + "rPr"), None)
    if first_content is node or not before:
        return True
    new_run = etree.Element(run.tag, attrib=dict(run.attrib))
    rpr = run.find(W + "rPr")
    if rpr is not None:
        new_run.append(copy.deepcopy(rpr))
    moving = []
    seen = False
    for c in run:
        if c is node:
            seen = True
        if seen:
            moving.append(c)
    for c in moving:
        new_run.append(c)
    run.addnext(new_run)
    return True


@dataclass
class RunRange:
    first: etree._Element  # first w:r of the passage
    last: etree._Element  # last w:r
    covered: str  # the raw text now covered by the runs from first to last


def _blocks_for(doc: Document, start: int, end: int) -> list[TextBlock]:
    return [b for b in doc.blocks if b.start < end and start < b.end] or (
        [b for b in doc.blocks if b.start >= start][:1])


def _raw_pos(block: TextBlock, offset: int) -> int:
    offs = block.raw_offsets or list(range(block.end - block.start))
    k = min(max(offset - block.start, 0), len(offs) - 1)
    return offs[k]


def isolate(doc: Document, index: BodyIndex, start: int, end: int) -> RunRange | None:
    """Split runs so that the span is exactly covered by whole runs; None when it cannot be placed."""
    blocks = _blocks_for(doc, start, end)
    if not blocks:
        return None
    first_b, last_b = blocks[0], blocks[-1]
    fp, lp = index.block_paragraphs(first_b), index.block_paragraphs(last_b)
    if not fp or not lp:
        return None
    rs = _raw_pos(first_b, max(start, first_b.start))
    re_last = _raw_pos(last_b, min(end, last_b.end) - 1) + 1
    # the end first, so the start's position is not moved by it when both are in one block
    if not split_before(char_map(lp), re_last):
        return None
    if not split_before(char_map(fp), rs):
        return None
    fmap, lmap = char_map(fp), char_map(lp)
    rs = next((k for k in range(rs, len(fmap)) if fmap[k] is not None), None)
    re_k = next((k for k in range(min(re_last, len(lmap)) - 1, -1, -1) if lmap[k] is not None), None)
    if rs is None or re_k is None:
        return None
    first, last = _run_of(fmap[rs][0]), _run_of(lmap[re_k][0])
    if first is None or last is None:
        return None
    if first_b is last_b:
        covered = map_text(fmap[rs:re_k + 1])
    else:
        covered = map_text(fmap[rs:]) + " … " + map_text(lmap[:re_k + 1])
    return RunRange(first, last, covered)

"""DOCX reader on the OOXML tree (lxml): body in order, tables, tracked changes taken as accepted,
automatic numbering rendered, section headers/footers reported as removed."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .builder import DocumentBuilder
from .docx_numbering import W, Numbering
from .limits import Limits
from .wrap import HEADING
from .zipsafe import SafeZip

_SKIP = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "delText", "instrText", "fldChar",
                         "footnoteReference", "endnoteReference", "commentReference", "drawing",
                         "pict", "object", "tblPr", "trPr", "tcPr", "sectPr")}
_MC_ALT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_INLINE = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-",
           W + "softHyphen": "\u00ad"}
_HEADING_STYLE = re.compile(r"^(heading|titre|title)\s*\d*$", re.IGNORECASE)


def run_text(el: etree._Element, out: list[str]) -> None:
    """Text of a paragraph (or part of one) as it reads with tracked changes accepted."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == _MC_ALT:
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag in _INLINE:
            out.append(_INLINE[tag])
        else:
            run_text(child, out)


def read_docx(path: Path, builder: DocumentBuilder, limits: Limits) -> None:
    report = builder.report
    report.reader = "lxml (OOXML, comme python-docx)"
    with SafeZip(path, "docx", limits) as zf:
        zf.check_all_xml()
        doc = zf.xml("word/document.xml")
        numbering = Numbering.load(zf.xml("word/numbering.xml") if "word/numbering.xml" in zf.names else None,
                                   zf.xml("word/styles.xml") if "word/styles.xml" in zf.names else None)
        furniture = [n for n in sorted(zf.names) if re.fullmatch(r"word/(header|footer)\d*\.xml", n)]
        for name in furniture:
            _report_furniture(zf.xml(name), builder)
    body = doc.find(W + "body")
    if body is None:
        from ..errors import InputError
        raise InputError("fichier_corrompu", format="DOCX", detail="corps du document absent")
    _tracked_changes(body, builder)
    walker = _Walker(builder, numbering)
    walker.walk(body)


class _Walker:
    def __init__(self, builder: DocumentBuilder, numbering: Numbering) -> None:
        self.builder, self.numbering = builder, numbering
        self.paragraph = 0
        self.table = 0

    def walk(self, container: etree._Element) -> None:
        for el in container:
            if el.tag == W + "p":
                self._paragraph(el)
            elif el.tag == W + "tbl":
                self._table(el)
            elif el.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
                self.walk(el)

    def _paragraph(self, p: etree._Element) -> None:
        index = self.paragraph
        self.paragraph += 1
        parts: list[str] = []
        run_text(p, parts)
        raw = "".join(parts)
        ppr = p.find(W + "pPr")
        label = self.numbering.label(ppr)
        if not raw.strip():
            return
        style = ppr.find(W + "pStyle").get(W + "val", "") if ppr is not None and ppr.find(W + "pStyle") is not None else ""
        text = label + raw
        kind = "heading" if _HEADING_STYLE.match(style) or (HEADING.match(text) and len(text) < 120) else "paragraph"
        if label.strip():
            self.builder.note("numerotation", "Numéros automatiques de Word (listes, « Article N ») "
                              "écrits dans le texte.", example=label.strip())
        # The label is not in the paragraph's runs: its characters map to the paragraph start.
        self.builder.add(raw, text=text, offsets=[0] * len(label) + list(range(len(raw))),
                         kind=kind, paragraph=index)

    def _table(self, tbl: etree._Element) -> None:
        t = self.table
        self.table += 1
        r = 0
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not None and _owning_table(tr) is not tbl:
                continue  # rows of nested tables are read inside their cell
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue  # a deleted row
            first = True
            for c, tc in enumerate(x for x in tr if x.tag in (W + "tc", W + "sdt")):
                cell_parts: list[str] = []
                for p in tc.iter(W + "p"):
                    parts: list[str] = []
                    run_text(p, parts)
                    if "".join(parts).strip():
                        cell_parts.append("".join(parts))
                raw = " ".join(cell_parts)  # a cell's paragraphs joined by one space
                block = self.builder.add(raw, sep="\n" if first else " | ", kind="table_cell",
                                         table=t, row=r, cell=c)
                if block is not None:
                    first = False
            r += 1


def _owning_table(tr: etree._Element) -> etree._Element | None:
    el = tr.getparent()
    while el is not None and el.tag != W + "tbl":
        el = el.getparent()
    return el


def _tracked_changes(body: etree._Element, builder: DocumentBuilder) -> None:
    ins = sum(1 for el in body.iter(W + "ins", W + "moveTo") if any(True for _ in el.iter(W + "t")))
    dels = sum(1 for el in body.iter(W + "del", W + "moveFrom") if any(True for _ in el.iter(W + "delText", W + "t")))
    ins += sum(1 for tr in body.iter(W + "trPr") if tr.find(W + "ins") is not None)
    dels += sum(1 for tr in body.iter(W + "trPr") if tr.find(W + "del") is not None)
    if not ins and not dels:
        return
    report = builder.report
    report.tracked_changes = {"insertions": ins, "deletions": dels}
    report.version_analysed = "modifications acceptées"
    builder.note("revisions", f"Document avec modifications suivies ({ins} insertion(s), {dels} "
                 "suppression(s)) : le texte analysé est la version avec les modifications acceptées.",
                 count=ins + dels)
    report.warnings.append("Le document contient des modifications suivies non validées ; "
                           "la version analysée est celle où elles sont acceptées.")


def _report_furniture(root: etree._Element, builder: DocumentBuilder) -> None:
    for p in root.iter(W + "p"):
        parts: list[str] = []
        run_text(p, parts)
        builder.remove_furniture("".join(parts), "En-têtes et pieds de page du document Word "
                                 "(hors corps du texte) écartés.")

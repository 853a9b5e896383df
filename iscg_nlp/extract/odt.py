"""ODT reader: content.xml parsed with defusedxml; tracked changes shown as accepted."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from ..errors import InputError
from .builder import DocumentBuilder
from .limits import Limits
from .wrap import HEADING
from .zipsafe import SafeZip

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
# Inline elements whose content is not body text (notes, tracked-change bodies, index marks).
_SKIP = {TEXT + t for t in ("note", "tracked-changes", "bookmark", "bookmark-start", "bookmark-end",
                            "reference-mark", "toc-mark", "alphabetical-index-mark", "annotation",
                            "change", "change-start", "change-end", "soft-page-break", "number")}


def _parse(data: bytes, name: str) -> Element:
    try:
        return DET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise InputError("xml_dangereux") from err
    except DET.ParseError as err:
        raise InputError("fichier_corrompu", format="ODT", detail=f"XML invalide dans « {name} »") from err


def inline_text(el: Element, out: list[str]) -> None:
    """Text of a paragraph with its spans, spaces (text:s), tabs and line breaks."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if tag == TEXT + "s":
            out.append(" " * int(child.get(TEXT + "c", "1")))
        elif tag == TEXT + "tab":
            out.append("\t")
        elif tag == TEXT + "line-break":
            out.append("\n")
        elif tag not in _SKIP:
            inline_text(child, out)
        if child.tail:
            out.append(child.tail)


def read_odt(path: Path, builder: DocumentBuilder, limits: Limits) -> None:
    builder.report.reader = "defusedxml (OpenDocument)"
    with SafeZip(path, "odt", limits) as zf:
        zf.check_all_xml()
        if "content.xml" not in zf.names:
            raise InputError("fichier_corrompu", format="ODT", detail="content.xml absent")
        content = _parse(zf.read("content.xml"), "content.xml")
        styles = _parse(zf.read("styles.xml"), "styles.xml") if "styles.xml" in zf.names else None
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError("fichier_corrompu", format="ODT", detail="corps du texte absent")
    _tracked(body, builder)
    if styles is not None:
        for part in ("header", "footer", "header-left", "footer-left", "header-first", "footer-first"):
            for el in styles.iter(STYLE + part):
                for p in el.iter(TEXT + "p"):
                    out: list[str] = []
                    inline_text(p, out)
                    builder.remove_furniture("".join(out), "En-têtes et pieds de page du document "
                                             "(hors corps du texte) écartés.")
    _Walker(builder).walk(body, depth=0)


def _tracked(body: Element, builder: DocumentBuilder) -> None:
    tc = body.find(TEXT + "tracked-changes")
    if tc is None:
        return
    ins = sum(1 for r in tc.iter(TEXT + "changed-region") if r.find(TEXT + "insertion") is not None)
    dels = sum(1 for r in tc.iter(TEXT + "changed-region") if r.find(TEXT + "deletion") is not None)
    if not ins and not dels:
        return
    builder.report.tracked_changes = {"insertions": ins, "deletions": dels}
    builder.report.version_analysed = "modifications acceptées"
    builder.note("revisions", f"Document avec modifications suivies ({ins} insertion(s), {dels} "
                 "suppression(s)) : le texte analysé est la version avec les modifications acceptées.",
                 count=ins + dels)
    builder.report.warnings.append("Le document contient des modifications suivies non validées ; "
                                   "la version analysée est celle où elles sont acceptées.")


class _Walker:
    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.paragraph = 0
        self.table = 0

    def walk(self, el: Element, depth: int, bullet: str = "") -> None:
        for child in el:
            tag = child.tag
            if tag in (TEXT + "p", TEXT + "h"):
                self._paragraph(child, heading=tag == TEXT + "h", prefix=bullet)
            elif tag == TEXT + "list":
                for item in child:
                    if item.tag in (TEXT + "list-item", TEXT + "list-header"):
                        self.walk(item, depth + 1, bullet="• ")
            elif tag == TABLE + "table":
                self._table(child)
            elif tag in (TEXT + "section", TABLE + "table-header-rows", TABLE + "table-rows",
                         TEXT + "index-body", TEXT + "table-of-content"):
                self.walk(child, depth, bullet)

    def _paragraph(self, p: Element, heading: bool, prefix: str) -> None:
        index = self.paragraph
        self.paragraph += 1
        number = p.find(TEXT + "number")  # the label an outline heading shows, cached by the editor
        out: list[str] = []
        inline_text(p, out)
        raw = "".join(out)
        if number is not None and number.text:
            prefix = number.text.strip() + " "
        if not raw.strip():
            return
        text = prefix + raw
        kind = "heading" if heading or (HEADING.match(text) and len(text) < 120) else "paragraph"
        self.builder.add(raw, text=text, offsets=[0] * len(prefix) + list(range(len(raw))),
                         kind=kind, paragraph=index)

    def _table(self, tbl: Element) -> None:
        t = self.table
        self.table += 1
        for r, row in enumerate(tbl.iter(TABLE + "table-row")):
            first = True
            for c, cell in enumerate(x for x in row if x.tag == TABLE + "table-cell"):
                parts = []
                for p in cell.iter():
                    if p.tag in (TEXT + "p", TEXT + "h"):
                        out: list[str] = []
                        inline_text(p, out)
                        if "".join(out).strip():
                            parts.append("".join(out))
                block = self.builder.add(" ".join(parts), sep="\n" if first else " | ",
                                         kind="table_cell", table=t, row=r, cell=c)
                if block is not None:
                    first = False

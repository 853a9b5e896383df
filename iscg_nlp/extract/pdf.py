"""PDF reader: text with pypdfium2 (≈ 2 ms a page), layout repairs, optional OCR of image pages.

Ruled tables are read from pdfium's own path objects when they form a regular grid of cell
rectangles (``tables.grid_tables``, < 5 ms a page); pdfplumber (≈ 100 ms a page) reads the other
pages that draw rulings, to get the same cells.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from ..normalize import repeated_line, undouble_mapped
from . import ocr
from .builder import DocumentBuilder
from .limits import Limits
from .pagefurniture import body_furniture, furniture
from .tables import PdfTable, grid_tables, read_tables
from .wrap import HEADING, Line, join_wrapped_lines

# pdfium marks a hyphen it saw at a line end with \x02 (bounded text) or \ufffe (range text).
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\x02|\ufffe")


def open_pdf(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        msg = str(err).lower()
        if "password" in msg or "security" in msg:
            raise InputError("pdf_chiffre") from err
        raise InputError("fichier_corrompu", format="PDF", detail="structure du PDF illisible") from err


def read_pdf(path: Path, builder: DocumentBuilder, limits: Limits) -> None:
    report = builder.report
    pdf = open_pdf(path)
    try:
        n = len(pdf)
        if n == 0:
            raise InputError("fichier_corrompu", format="PDF", detail="aucune page")
        if n > limits.max_pages:
            raise InputError("trop_de_pages", pages=n, limit=limits.max_pages)
        report.pages = n
        report.reader = "pypdfium2"
        page_texts: list[str] = []
        ruled: list[int] = []  # pages whose rulings pdfplumber must read
        tables: dict[int, list[PdfTable]] = {}
        total = 0
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            text = tp.get_text_range()
            if _ruled(page):
                grid = grid_tables(page, tp)
                if grid is None:
                    ruled.append(i)
                else:
                    tables[i] = grid
            tp.close()
            page.close()
            total += len(text)
            if total > limits.max_chars * 2:
                raise InputError("trop_de_caracteres", chars=f"plus de {limits.max_chars}",
                                 limit=limits.max_chars)
            page_texts.append(text)
        empty = [i for i, t in enumerate(page_texts) if not t.strip()]
        if empty and ocr.available():
            if len(empty) > limits.ocr_max_pages:
                raise ocr.too_many_scanned_pages(len(empty), limits.ocr_max_pages)
            quality = []
            for i in empty:
                page_texts[i], q = ocr.ocr_page(pdf[i])
                quality.append(q)
                report.ocr_pages[i + 1] = round(q, 3)
            report.ocr = True
            report.ocr_quality = round(sum(quality) / len(quality), 3)
            report.reader = "pypdfium2 + tesseract (OCR)"
            builder.note("ocr", f"{len(empty)} page(s) sans couche texte lue(s) par reconnaissance "
                         f"de caractères (OCR) ; qualité estimée {report.ocr_quality:.0%}.", count=len(empty))
        report.pages_without_text = [i + 1 for i, t in enumerate(page_texts) if not t.strip()]
        if len(report.pages_without_text) == n:
            raise ocr.scanned_error()
        if report.pages_without_text:
            report.warnings.append("Pages sans texte (images ?) : "
                                   + ", ".join(map(str, report.pages_without_text)) + ".")
    except InputError:
        raise
    except Exception as err:  # pdfium raises plain errors on damaged pages
        raise InputError("fichier_corrompu", format="PDF", detail="page illisible") from err
    finally:
        pdf.close()
    if any(tables.values()) and report.reader == "pypdfium2":
        report.reader = "pypdfium2 (tableaux)"
    if ruled:  # pages whose grid the fast reader declined
        tables.update(read_tables(path, ruled))
        if any(tables.get(i) for i in ruled):
            report.reader = "pypdfium2 + pdfplumber (tableaux)"
    _assemble(page_texts, tables, builder)


def _ruled(page: pdfium.PdfPage) -> bool:
    """Does the page draw enough straight paths to hold a ruled table? (cheap pdfium walk)"""
    count = 0
    for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        count += 1
        if count >= 6:
            return True
    return False


def _lines(text: str) -> list[Line]:
    """Split a page into lines with offsets into the page text; pdfium's \\x02 (hyphen at a line
    end) becomes a visible "-" ending its line."""
    out: list[Line] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        seg = text[pos:m.start()]
        offs = list(range(pos, m.start()))
        if m.group(0) in ("\x02", "\ufffe"):
            seg += "-"
            offs.append(m.start())
        out.append((seg, offs))
        pos = m.end()
    return out[:-1] if out and not out[-1][0] and pos > len(text) else out


def _assemble(page_texts: list[str], tables: dict[int, list[PdfTable]], builder: DocumentBuilder) -> None:
    pages = [_lines(t) for t in page_texts]
    drops = furniture([[t for t, _ in lines] for lines in pages])
    running = list(dict.fromkeys(lines[i][0].strip() for lines, drop in zip(pages, drops) for i in drop))
    for p, (lines, drop) in enumerate(zip(pages, drops)):
        texts = [t for t, _ in lines]
        drop |= body_furniture(texts, set(range(len(lines))) - drop, p + 1, running)
    report = builder.report
    table_index = 0
    for p, (lines, drop, raw_page) in enumerate(zip(pages, drops, page_texts)):
        kept: list[Line] = []
        for i, (t, o) in enumerate(lines):
            if i in drop:
                if t.strip() not in report.removed:
                    report.removed.append(t.strip())
                builder.note("entete_pied_de_page", "En-têtes, pieds de page et numéros de page répétés "
                             "sur les pages retirés du texte.", example=t.strip())
                continue
            kept.append(_repair_line(t, o, builder))
        page_tables = tables.get(p, [])
        first = True
        segments = _split_tables(kept, page_tables)
        for seg in segments:
            if isinstance(seg, PdfTable):
                for r, row in enumerate(seg.rows):
                    for c, cell in enumerate(row):
                        sep = "\n\n" if first else ("\n" if c == 0 else " | ")
                        if builder.add(cell, sep=sep, kind="table_cell", page=p + 1, table=table_index,
                                       row=r, cell=c) is not None:
                            first = False
                table_index += 1
                continue
            for text, offs in join_wrapped_lines(seg, builder):
                lo, hi = min(offs, default=0), max(offs, default=-1) + 1
                kind = "heading" if HEADING.match(text) and len(text) < 120 else "paragraph"
                if builder.add(raw_page[lo:hi], text=text, offsets=[o - lo for o in offs],
                               sep="\n\n" if first else "\n", kind=kind, page=p + 1) is not None:
                    first = False


def _repair_line(text: str, offs: list[int], builder: DocumentBuilder) -> Line:
    """Undo fake bold: doubled characters, or a line printed twice."""
    und = undouble_mapped(text)
    if und is not None:
        builder.note("caracteres_doubles", "Caractères doublés par un faux gras (« AArrttiiccllee » → "
                     "« Article ») dédoublés.", example=f"{text.strip()} → {und[0].strip()}")
        return und[0], [offs[j] for j in und[1]]
    half = repeated_line(text)
    if half is not None:
        start = text.index(half)
        builder.note("caracteres_doubles", "Ligne imprimée deux fois (faux gras) gardée une seule fois.",
                     example=half)
        return half, offs[start:start + len(half)]
    return text, offs


def _split_tables(lines: list[Line], tables: list[PdfTable]) -> list:
    """Replace the lines that are table rows (as pdfium printed them) by the tables pdfplumber read."""
    if not tables:
        return [lines]
    out: list = []
    cur: list[Line] = []
    i = 0
    pending = list(tables)
    while i < len(lines):
        hit = None
        for t in pending:
            n = t.match_lines([l for l, _ in lines[i:]])
            if n:
                hit = (t, n)
                break
        if hit:
            if cur:
                out.append(cur)
                cur = []
            out.append(hit[0])
            pending.remove(hit[0])
            i += hit[1]
            continue
        cur.append(lines[i])
        i += 1
    if cur:
        out.append(cur)
    return out  # a table whose rows were not found as such keeps pdfium's text

"""Ruled tables of PDF pages: from pdfium's path objects when they are a regular grid, else with
pdfplumber (slow: it parses the whole page, so only on pages that draw rulings)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_WS = re.compile(r"\s+")


@dataclass
class PdfTable:
    rows: list[list[str]]

    def flat(self) -> str:
        return "".join(_WS.sub("", c) for row in self.rows for c in row)

    def match_lines(self, lines: list[str]) -> int:
        """How many of ``lines`` (from the first) print exactly this table's cells, else 0."""
        target = self.flat()
        got = ""
        for n, line in enumerate(lines, 1):
            got += _WS.sub("", line)
            if not target.startswith(got):
                return 0
            if got == target:
                return n
        return 0


def read_tables(path: Path, pages: list[int]) -> dict[int, list[PdfTable]]:
    """Tables of the given 0-based pages; a page pdfplumber cannot read simply has none."""
    import pdfplumber

    out: dict[int, list[PdfTable]] = {}
    try:
        with pdfplumber.open(str(path)) as pdf:
            for i in pages:
                try:
                    found = pdf.pages[i].extract_tables()
                except Exception:  # noqa: BLE001 - a table we cannot read falls back to plain text
                    continue
                tables = []
                for t in found:
                    rows = [[_WS.sub(" ", c or "").strip() for c in row] for row in t if row]
                    if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                        tables.append(PdfTable(rows))
                out[i] = tables
    except Exception:  # noqa: BLE001 - pdfplumber is only an improvement over pdfium's text
        return {}
    return out


# --- Ruled tables read from pdfium's own objects (no whole-page parse) -------------------------------
#
# pdfplumber's "lines" strategy turns every ruling into edges, snaps edges closer than 3 pt, and takes
# the smallest rectangles between intersections as cells. When a page draws its tables as one
# rectangle per cell, tiling a grid exactly, that construction has one obvious answer, computed here
# from pdfium's path objects in a few milliseconds. Any page that is not that simple case
# (see ``_regular``) is left to pdfplumber, so the rows are the same either way.

_SAME = 0.05  # coordinates closer than this are one grid line (rounding in the producer)
_SNAP = 3.5   # ...and distinct lines must be farther apart than pdfplumber's 3 pt snap/join tolerances


def grid_tables(page, textpage) -> list[PdfTable] | None:
    """Tables of a pdfium page whose rulings are a regular grid of cell rectangles, with the rows
    pdfplumber would give; None when the page is not that simple case (pdfplumber decides then)."""
    try:
        return _grid_tables(page, textpage)
    except Exception:  # noqa: BLE001 - an odd page object: pdfplumber reads the page instead
        return None


def _grid_tables(page, textpage) -> list[PdfTable] | None:
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360:
        return None
    rects = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM), max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None  # rulings inside a form XObject are not walked here
        rect = _rectangle(obj, pdfium_c)
        if rect is None:
            return None
        rects.append(rect)
    groups = _components(rects)
    if groups is None:
        return None
    found = []
    for group in groups:
        grid = _regular(group)
        if grid is None:
            return None
        xs, ys = grid  # ys from the top of the page down (pdf y decreasing)
        if len(group) < 2:
            continue  # pdfplumber keeps tables of two cells or more
        rows = [[_cell_text(textpage, xs[c], ys[r + 1], xs[c + 1], ys[r]) for c in range(len(xs) - 1)]
                for r in range(len(ys) - 1)]
        found.append(((-ys[0], xs[0]), rows))
    found.sort(key=lambda f: f[0])
    return [PdfTable(rows) for _, rows in found if len(rows) >= 2 and max(len(r) for r in rows) >= 2]


def _rectangle(obj, pdfium_c) -> tuple[float, float, float, float] | None:
    """(x0, y0, x1, y1) of a path that is one axis-aligned rectangle of straight segments, else None."""
    import ctypes

    m = obj.get_matrix()
    if m.b or m.c:
        return None
    raw = obj.raw
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(raw, ctypes.byref(fill), ctypes.byref(stroke)):
        return None
    if not fill.value and not stroke.value:
        return None  # an unpainted path: pdfplumber does not see it, so do not guess
    n = pdfium_c.FPDFPath_CountSegments(raw)
    if n not in (4, 5):
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    xs, ys = set(), set()
    for k in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, k)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind != (pdfium_c.FPDF_SEGMENT_MOVETO if k == 0 else pdfium_c.FPDF_SEGMENT_LINETO):
            return None
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            return None
        xs.add(round(m.a * x.value + m.e, 3))
        ys.add(round(m.d * y.value + m.f, 3))
    if len(xs) != 2 or len(ys) != 2:
        return None
    x0, x1 = sorted(xs)
    y0, y1 = sorted(ys)
    if x1 - x0 < _SNAP or y1 - y0 < _SNAP:
        return None  # a thin rectangle is a ruling, not a cell
    return x0, y0, x1, y1


def _components(rects: list) -> list[list] | None:
    """Rectangles grouped into tables (touching ones together); None when two groups come within
    pdfplumber's tolerances of each other without touching (it might join them)."""
    parent = list(range(len(rects)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rects):
        for j in range(i + 1, len(rects)):
            b = rects[j]
            if a[0] <= b[2] + _SAME and b[0] <= a[2] + _SAME and a[1] <= b[3] + _SAME and b[1] <= a[3] + _SAME:
                parent[find(i)] = find(j)
    groups: dict[int, list] = {}
    for i, r in enumerate(rects):
        groups.setdefault(find(i), []).append(r)
    out = list(groups.values())
    boxes = [(min(r[0] for r in g), min(r[1] for r in g), max(r[2] for r in g), max(r[3] for r in g)) for g in out]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] <= b[2] + _SNAP and b[0] <= a[2] + _SNAP and a[1] <= b[3] + _SNAP and b[1] <= a[3] + _SNAP:
                return None
    return out


def _lines_of(values: list[float]) -> list[float] | None:
    """Distinct grid lines of the given coordinates; None if two are near but not the same."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _SAME:
            continue
        if out and v - out[-1] <= _SNAP:
            return None
        out.append(v)
    return out


def _regular(group: list) -> tuple[list[float], list[float]] | None:
    """The regularity test: the rectangles tile the grid made of their own coordinates exactly, one
    rectangle per grid cell (no merged cell, no missing or doubled cell, no line off the grid)."""
    xs = _lines_of([v for r in group for v in (r[0], r[2])])
    ys = _lines_of([v for r in group for v in (r[1], r[3])])
    if xs is None or ys is None:
        return None
    ncols, nrows = len(xs) - 1, len(ys) - 1
    if len(group) != ncols * nrows:
        return None
    seen = set()
    for x0, y0, x1, y1 in group:
        c, r = _index(xs, x0), _index(ys, y0)
        if c is None or r is None or c + 1 >= len(xs) or r + 1 >= len(ys):
            return None
        if abs(xs[c + 1] - x1) > _SAME or abs(ys[r + 1] - y1) > _SAME or (c, r) in seen:
            return None
        seen.add((c, r))
    return xs, ys[::-1]


def _index(lines: list[float], v: float) -> int | None:
    for i, line in enumerate(lines):
        if abs(line - v) <= _SAME:
            return i
    return None


def _cell_text(textpage, left: float, bottom: float, right: float, top: float) -> str:
    """A cell's text as the table rows print it: pdfium's line-end hyphen mark back to "-", and every
    run of white space as one space."""
    text = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
    text = text.replace("\x02", "-\n").replace("\ufffe", "-\n")
    return _WS.sub(" ", text).strip()

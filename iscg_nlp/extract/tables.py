"""Ruled tables of PDF pages read with pdfplumber (slow, so only on pages that draw rulings)."""

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

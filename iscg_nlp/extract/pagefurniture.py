"""Find running headers, footers and page numbers: lines near the top or bottom of pages that repeat
from page to page (digits allowed to change only where they are the page number)."""

from __future__ import annotations

import math
import re

from ..textutil import fold, squash

EDGE = 3  # lines looked at, at the top and at the bottom of each page
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?\s*(?:(?:/|sur|of)\s*(\d{1,4}))?\s*$",
    re.IGNORECASE)


def _key(line: str, page_no: int) -> str:
    """Folded form; the page number inside it (if any) becomes '#', other digits stay."""
    k = squash(fold(line))
    edge = re.compile(rf"^\W*{page_no}(?!\d)|(?<![\d])(?<!article )(?<!annexe ){page_no}\W*(?:(?:/|sur)\s*\d+\W*)?$")
    return edge.sub(lambda m: m.group(0).replace(str(page_no), "#", 1), k)


def is_page_number(line: str, page_no: int) -> bool:
    m = PAGE_NUMBER.match(line)
    return bool(m) and int(m.group(1)) == page_no


def furniture(pages: list[list[str]]) -> list[set[int]]:
    """For each page, the indices of its lines to remove as header / footer / page number."""
    edges: list[list[int]] = []
    for lines in pages:
        idx = [i for i, t in enumerate(lines) if t.strip()]
        edges.append(sorted(set(idx[:EDGE] + idx[-EDGE:])))
    with_text = sum(1 for e in edges if e)
    counts: dict[str, int] = {}
    for p, (lines, edge) in enumerate(zip(pages, edges)):
        for k in {_key(lines[i], p + 1) for i in edge}:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, math.ceil(0.5 * with_text))
    out: list[set[int]] = []
    for p, lines in enumerate(pages):
        idx = [i for i, t in enumerate(lines) if t.strip()]

        def hit(i: int) -> bool:
            return is_page_number(lines[i], p + 1) or (
                with_text >= 2 and counts.get(_key(lines[i], p + 1), 0) >= need)

        drop: set[int] = set()
        # Only runs touching the page edge: a repeated line after a kept one is body text.
        for run in (idx[:EDGE], idx[::-1][:EDGE]):
            for i in run:
                if not hit(i):
                    break
                drop.add(i)
        out.append(drop)
    return out

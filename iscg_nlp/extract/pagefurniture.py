"""Find running headers, footers and page numbers: lines near the top or bottom of pages that repeat
from page to page (digits allowed to change only where they are the page number)."""

from __future__ import annotations

import bisect
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


# --------------------------------------------------------------------------- plain text
# A plain-text file (OCR, fax) has no pages, only lines. Furniture is found on strong evidence only:
# a page-number sequence, a line repeated at least three times far apart with its digits changing
# (a fax header « … P.03 »), or a line repeated at least three times next to those page breaks (a
# stamp). Headings, list items and sentences are never furniture.

MIN_REPEAT = 3
MIN_GAP = 5  # non-blank lines between two occurrences of the same furniture line
MAX_FURNITURE_LEN = 120
_CONTENT_START = re.compile(
    r"^\s*(article|art\.|annexe|titre|chapitre|pr[ée]ambule|section|vu\b|consid[ée]rant|fait\s+[àa]\b|"
    r"pour\s+l[ea']|le\s+pr[ée]fet|la\s+pr[ée]f[èe]te|entre\b)", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*([–—•*·▪]|-(?!\s*\d{1,4}\s*-?\s*$)|\d{1,2}\s?[.)°]\s|[a-z]\)\s)")
_DECORATED = re.compile(r"[-–—/]|page|p\.|sur|of", re.IGNORECASE)
_TITLE_LIKE = re.compile(r"^[^a-zà-ÿ]*[A-ZÀ-Ý][^.;:]{0,60}$")


def text_furniture(lines: list[str]) -> set[int]:
    """Indices of the lines of a plain text that are page furniture (see the comment above)."""
    clean = [ln.replace("\f", " ") for ln in lines]
    nonblank = [i for i, t in enumerate(clean) if t.strip()]
    rank = {i: r for r, i in enumerate(nonblank)}  # position among non-blank lines
    breaks = {i for i, ln in enumerate(lines) if "\f" in ln}
    numbers = _page_number_lines(clean, nonblank, rank)
    varying, same = _repeated_lines(clean, nonblank, rank)
    drop = numbers | varying
    edges = {rank[i] for i in drop}
    for b in breaks:  # a form feed: the lines on both sides of it are page edges
        after = bisect.bisect_left(nonblank, b)
        edges.update({after, after - 1} if b not in rank else {rank[b]})
    if nonblank:  # the file's first and last lines are page edges too
        edges.update({0, len(nonblank) - 1})
    edge_list = sorted(edges)

    def near_edge(r: int) -> bool:
        lo = bisect.bisect_left(edge_list, r - 3)
        return any(e != r for e in edge_list[lo:lo + 8] if e <= r + 3)

    for occ in same:
        near = sum(1 for i in occ if near_edge(rank[i]))
        if near >= 2:
            drop.update(occ)
    return drop


def _page_number_lines(lines: list[str], nonblank: list[int], rank: dict[int, int]) -> set[int]:
    """Lines that form a page-number sequence (n, n+1, …, spaced like pages)."""
    cands: list[tuple[int, int, str | None, bool]] = []
    for i in nonblank:
        t = lines[i].strip()
        m = PAGE_NUMBER.match(t)
        if m and len(t) <= 20:
            cands.append((i, int(m.group(1)), m.group(2), bool(_DECORATED.search(t))))
    shape = [re.sub(r"\d+", "#", squash(lines[i])) for i, *_ in cands]
    per_shape: dict[str, int] = {}
    for k in shape:
        per_shape[k] = per_shape.get(k, 0) + 1
    best: list[list[int]] = []  # for each candidate, its best chain (indices into cands)
    by_number: dict[int, list[int]] = {}
    for c, (i, n, total, _) in enumerate(cands):
        chain = [c]
        for p in by_number.get(n - 1, [])[-50:]:  # the nearest earlier pages only: linear time
            pi, _, ptotal, _ = cands[p]
            if rank[i] - rank[pi] >= MIN_GAP and ptotal == total and shape[p] == shape[c] \
                    and len(best[p]) + 1 > len(chain):
                chain = best[p] + [c]
        best.append(chain)
        by_number.setdefault(n, []).append(c)
    out: set[int] = set()
    for chain in best:
        decorated = all(cands[c][3] for c in chain)
        # Most lines of that shape must be in the sequence: a column of numbers is not pages.
        if 1.5 * len(chain) + 1 < per_shape[shape[chain[0]]]:
            continue
        if len(chain) >= MIN_REPEAT or (decorated and len(chain) >= 2):
            members = [cands[c][0] for c in chain]
            if decorated or not any(_starts_section(lines, nonblank, rank, i) for i in members):
                out.update(members)
    return out


def _starts_section(lines: list[str], nonblank: list[int], rank: dict[int, int], i: int) -> bool:
    """A bare number followed by a short title line is a section number, not a page number."""
    r = rank[i] + 1
    if r >= len(nonblank):
        return False
    nxt = lines[nonblank[r]].strip()
    return bool(_TITLE_LIKE.match(nxt)) and len(nxt) < 60 and not PAGE_NUMBER.match(nxt)


def _repeated_lines(lines: list[str], nonblank: list[int],
                    rank: dict[int, int]) -> tuple[set[int], list[list[int]]]:
    """(lines repeated ≥ 3 times with changing digits, groups of lines repeated identically)."""
    groups: dict[str, list[int]] = {}
    for i in nonblank:
        t = lines[i].strip()
        if not 3 <= len(t) <= MAX_FURNITURE_LEN or not re.search(r"[^\W\d_]", t):
            continue
        if _CONTENT_START.match(t) or _LIST_ITEM.match(t) or t.endswith((",", ";", ":")):
            continue
        if t.endswith((".", "!", "?")) and len(t.split()) >= 5:  # a sentence
            continue
        groups.setdefault(re.sub(r"\d", "#", squash(fold(t))), []).append(i)
    varying: set[int] = set()
    same: list[list[int]] = []
    for occ in groups.values():
        if len(occ) < MIN_REPEAT:
            continue
        if any(rank[b] - rank[a] < MIN_GAP for a, b in zip(occ, occ[1:])):
            continue  # close repeats: a table or a list, not pages
        digits = {tuple(re.findall(r"\d+", lines[i])) for i in occ}
        if len(digits) > 1:
            varying.update(occ)
        elif not lines[occ[0]].strip().endswith((".", "!", "?")) and len(lines[occ[0]].split()) <= 10:
            same.append(occ)  # an identical short line (a stamp); a sentence is never one
    return varying, same


def body_furniture(lines: list[str], kept: set[int], page_no: int, running: list[str]) -> set[int]:
    """PDF: lines inside a page body that a page break left there: the bare page number and a
    shortened form of a running header/footer (« Reçu le … » cut short), found between the two
    halves of a sentence or next to each other. ``running``: the header/footer lines removed."""
    keys = [squash(fold(r)) for r in running if not PAGE_NUMBER.match(r)]
    idx = [i for i in sorted(kept) if lines[i].strip()]

    def variant(t: str) -> bool:
        k = squash(fold(t))
        return len(k) >= 12 and any(r.startswith(k) and len(k) >= 0.4 * len(r) for r in keys)

    out: set[int] = set()
    pos = 0
    while pos < len(idx):
        end = pos
        while end < len(idx) and (is_page_number(lines[idx[end]], page_no) or variant(lines[idx[end]])):
            end += 1
        if end == pos:
            pos += 1
            continue
        run = idx[pos:end]
        has_number = any(is_page_number(lines[i], page_no) for i in run)
        has_variant = any(not is_page_number(lines[i], page_no) for i in run)
        cut = 0 < pos and end < len(idx) and cut_sentence(lines[idx[pos - 1]], lines[idx[end]])
        if cut or (has_number and has_variant and 0 < pos):
            out.update(run)
        pos = end
    return out


def cut_sentence(before: str, after: str) -> bool:
    """The text before does not end a sentence and the text after goes on in lower case."""
    a, b = before.rstrip(), after.lstrip()
    return bool(a) and bool(b) and (a.endswith("-") or not a.endswith((".", "!", "?", ";", ":", "»"))) \
        and b[:1].islower()

"""Helpers shared by the comparison tests (a plain module: conftest files are not importable by name)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from iscg_nlp.compare.model import BUNDLED_MODEL, BUNDLED_POINTS, model_from
from iscg_nlp.types import Article, Document, ExtractionReport, Structure, TextBlock

_HEAD = re.compile(r"^(Article|ARTICLE|Annexe|ANNEXE)\s+(\d+)(?:er)?\s*[–—:-]\s*(.+)$", re.M)


def _real_segment():
    try:
        from iscg_nlp.segment import segment
    except ImportError:
        return None
    return segment


def _real_read(path: Path) -> Document | None:
    try:
        from iscg_nlp.extract import read_document

        return read_document(path)
    except Exception:  # reader not there yet, or not working yet: the stand-in takes over
        return None


def stand_in_document(text: str, path: str = "convention.txt") -> Document:
    blocks, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        if line:
            blocks.append(TextBlock(pos, pos + len(line), paragraph=k, raw=line))
        pos += len(line) + 1
    return Document(path, hashlib.sha256(text.encode()).hexdigest(), text, blocks,
                    ExtractionReport(format="txt"))


def stand_in_segment(doc: Document) -> Structure:
    heads = list(_HEAD.finditer(doc.text))
    sig = doc.text.find("Fait à")
    end_all = sig if sig >= 0 else len(doc.text)
    arts = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else end_all
        kind = "annexe" if m.group(1).lower() == "annexe" else "article"
        arts.append(Article(m.group(2), m.group(3).strip(), m.start(), end, m.end(), kind))
    pre = doc.text.find("Vu ")
    first = heads[0].start() if heads else end_all
    return Structure(title=(0, 10), parties=[], preamble=(pre, first) if pre >= 0 else None,
                     articles=[a for a in arts if a.kind == "article"],
                     annexes=[a for a in arts if a.kind == "annexe"],
                     signature=(sig, len(doc.text)) if sig >= 0 else None, signatories=[],
                     signature_dates=[])


def to_records(text: str, tmp_path: Path | None = None, name: str = "convention.txt"):
    """(Document, Structure) for a text: through the real reader and segmenter when they exist."""
    doc = None
    if tmp_path is not None:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        doc = _real_read(p)
    if doc is None:
        doc = stand_in_document(text, name)
    seg = _real_segment()
    return doc, (seg(doc) if seg else stand_in_segment(doc))


def split_model(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(head, [(title, body)], signature block) of a text with « Article N – Title » headings."""
    heads = list(_HEAD.finditer(text))
    sig = text.find("Fait à")
    arts = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else sig
        arts.append((m.group(3).strip(), text[m.end():end].strip("\n")))
    return text[:heads[0].start()], arts, text[sig:]


def join_model(head: str, arts: list[tuple[str, str]], sig: str) -> str:
    body = "".join(f"Article {k} – {t}\n\n{b}\n\n" for k, (t, b) in enumerate(arts, 1))
    return head + body + sig



"""Reading back a DOCX in tests: comment ranges, per-character formatting, tracked changes."""

from __future__ import annotations

import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body(path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def comments(path) -> dict[str, dict]:
    """comment id -> {author, initials, text}."""
    with zipfile.ZipFile(path) as z:
        if "word/comments.xml" not in z.namelist():
            return {}
        root = etree.fromstring(z.read("word/comments.xml"))
    out = {}
    for c in root.iter(W + "comment"):
        paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p")]
        out[c.get(W + "id")] = {"author": c.get(W + "author"), "initials": c.get(W + "initials"),
                                "paragraphs": paras}
    return out


def comment_ranges(path) -> dict[str, str]:
    """comment id -> the (accepted) text between its range start and end, in document order."""
    open_ids: set[str] = set()
    texts: dict[str, list[str]] = {}
    for el in body(path).iter():
        if el.tag == W + "commentRangeStart":
            open_ids.add(el.get(W + "id"))
            texts.setdefault(el.get(W + "id"), [])
        elif el.tag == W + "commentRangeEnd":
            open_ids.discard(el.get(W + "id"))
        elif el.tag == W + "p":  # a passage over several paragraphs reads with a line break
            for i in open_ids:
                texts[i].append("\n")
        elif el.tag == W + "t" and _accepted(el):
            for i in open_ids:
                texts[i].append(el.text or "")
        elif el.tag == W + "tab" and el.getparent().tag == W + "r":
            for i in open_ids:
                texts[i].append("\t")
    return {k: "".join(v) for k, v in texts.items()}


def _accepted(t: etree._Element) -> bool:
    el = t.getparent()
    while el is not None:
        if el.tag in (W + "del", W + "moveFrom"):
            return False
        el = el.getparent()
    return True


def _is_reference_run(r: etree._Element) -> bool:
    return r.find(W + "commentReference") is not None


def char_formats(path) -> list[list[tuple[str, bytes]]]:
    """Per body paragraph (tables included): every character with its run's w:rPr (serialised).

    Comment reference runs are left out: they are what the commented copy adds."""
    out = []
    for p in body(path).iter(W + "p"):
        chars: list[tuple[str, bytes]] = []
        for r in p.iter(W + "r"):
            if _is_reference_run(r):
                continue
            rpr = r.find(W + "rPr")
            fmt = etree.tostring(rpr) if rpr is not None else b""
            for t in r:
                if t.tag in (W + "t", W + "delText"):
                    chars.extend((ch, fmt) for ch in t.text or "")
        out.append(chars)
    return out


def revisions(path) -> list[tuple[str, dict, str]]:
    """Every tracked change: tag, attributes, the text it carries."""
    out = []
    for el in body(path).iter(W + "ins", W + "del", W + "moveFrom", W + "moveTo"):
        text = "".join(t.text or "" for t in el.iter(W + "t", W + "delText"))
        out.append((etree.QName(el).localname, dict(el.attrib), text))
    return out


def squash_fold(text: str) -> str:
    from iscg_nlp.textutil import fold

    return re.sub(r"\s+", " ", fold(text)).strip()

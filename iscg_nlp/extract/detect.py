"""Tell a file's real type from its first bytes, whatever its extension says."""

from __future__ import annotations

import zipfile
from pathlib import Path

# Extension -> the format it promises.
EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".odt": "odt", ".txt": "txt",
              ".text": "txt", ".md": "txt", ".doc": "doc", ".rtf": "rtf"}
FORMAT_NAMES = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "txt": "texte", "doc": "Word .doc",
                "rtf": "RTF", "zip": "archive ZIP", "binary": "binaire", "empty": "vide"}
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def detect_format(path: str | Path) -> str:
    """pdf | docx | odt | doc | rtf | zip | txt | binary | empty, from the bytes only."""
    p = Path(path)
    with p.open("rb") as fh:
        head = fh.read(8192)
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(p)
    return "txt" if looks_like_text(head) else "binary"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200 and zf.read(info).strip() == _ODT_MIME:
                    return "odt"
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return "zip"
    return "zip"


def looks_like_text(head: bytes) -> bool:
    """True when the bytes decode as text: a UTF BOM, or few control bytes and no stray NUL."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if utf16_guess(head):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) * 0.01:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as err:
        if err.start >= len(head) - 4:  # a multi-byte character cut by the 8 KiB window
            return True
    # Windows-1252 text: mostly printable once decoded.
    decoded = head.decode("cp1252", errors="replace")
    bad = sum(1 for c in decoded if c == "\ufffd" or (not c.isprintable() and c not in "\r\n\t\f"))
    return bad <= len(decoded) * 0.01


def utf16_guess(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 of Latin text (every other byte NUL)."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None

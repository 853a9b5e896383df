"""Extract stage: read a PDF, DOCX, ODT or TXT file into a :class:`~iscg_nlp.types.Document`.

``read_document(path, limits=None)`` detects the real type from the bytes, applies the limits,
reads, repairs and normalises the text, and says in ``doc.report`` everything it changed.
Every bad input raises ``InputError(code)`` with a French message (codes in ``errors.py``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..types import Document, ExtractionReport
from .builder import DocumentBuilder
from .detect import EXTENSIONS, FORMAT_NAMES, detect_format
from .garble import garbled_ratio
from .limits import Limits

__all__ = ["Limits", "detect_format", "read_document"]

_READABLE = {"pdf", "docx", "odt", "txt"}


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read one file; raise ``InputError`` for anything that cannot be read as a convention text."""
    limits = limits or Limits()
    p = Path(path)
    if p.is_dir():
        raise InputError("est_un_dossier", path=str(p))
    if not p.is_file():
        raise InputError("fichier_introuvable", path=str(p))
    size = p.stat().st_size
    if size > limits.max_file_bytes:
        raise InputError("fichier_trop_gros", size=size, limit=limits.max_file_bytes)
    if size == 0:
        raise InputError("fichier_vide")
    try:
        fmt = detect_format(p)
    except PermissionError as err:
        raise InputError("fichier_illisible", path=str(p)) from err
    except OSError as err:
        raise InputError("fichier_introuvable", path=str(p)) from err
    claimed = EXTENSIONS.get(p.suffix.lower())
    fmt = _resolve(fmt, claimed)
    report = ExtractionReport(format=fmt)
    if claimed and claimed != fmt:
        report.warnings.append(InputError("extension_trompeuse", ext=p.suffix,
                                          real=FORMAT_NAMES.get(fmt, fmt)).message)
    data = p.read_bytes()
    builder = DocumentBuilder(report, limits.max_chars)
    try:
        _dispatch(fmt, p, data, builder, limits)
    except InputError:
        raise
    except MemoryError as err:
        raise InputError("memoire_depassee") from err
    except RecursionError as err:
        raise InputError("fichier_corrompu", format=FORMAT_NAMES.get(fmt, fmt),
                         detail="structure trop imbriquée") from err
    except Exception as err:  # a reader bug or a malformed file must never surface as a traceback
        # The exception's name stays in ``details`` (and the chained traceback, for --debug), not in
        # the message: a social worker cannot act on « KeyError ».
        raise InputError("fichier_corrompu", format=FORMAT_NAMES.get(fmt, fmt),
                         detail="structure interne inattendue", cause=type(err).__name__) from err
    text = builder.text()
    if not text.strip():
        if fmt == "pdf":
            from .ocr import scanned_error
            raise scanned_error()
        raise InputError("fichier_vide")
    report.garbled_ratio = garbled_ratio(text)
    if report.garbled_ratio > 0.2:
        report.warnings.append(f"Texte de mauvaise qualité : {report.garbled_ratio:.0%} des mots semblent "
                               "illisibles (scan ou police mal encodée). Vérifiez le résultat.")
    return Document(path=str(p), sha256=hashlib.sha256(data).hexdigest(), text=text,
                    blocks=builder.blocks, report=report)


def _resolve(fmt: str, claimed: str | None) -> str:
    """Turn what the bytes say into a readable format or the right error."""
    if fmt in _READABLE:
        return fmt
    if fmt == "empty":
        raise InputError("fichier_vide")
    if fmt == "doc":
        raise InputError("doc_ancien")
    if fmt == "rtf":
        raise InputError("format_inconnu", detail="RTF")
    if fmt == "zip":
        if claimed in ("docx", "odt"):
            raise InputError("fichier_corrompu", format=claimed.upper(),
                             detail="archive sans le contenu attendu")
        raise InputError("format_inconnu", detail="archive ZIP")
    # binary
    if claimed in ("pdf", "docx", "odt"):
        raise InputError("fichier_corrompu", format=claimed.upper(), detail="contenu non reconnu")
    if claimed in (None, "txt"):
        raise InputError("texte_binaire")
    raise InputError("format_inconnu", detail="contenu binaire")


def _dispatch(fmt: str, path: Path, data: bytes, builder: DocumentBuilder, limits: Limits) -> None:
    if fmt == "pdf":
        from .pdf import read_pdf
        read_pdf(path, builder, limits)
    elif fmt == "docx":
        from .docx import read_docx
        read_docx(path, builder, limits)
    elif fmt == "odt":
        from .odt import read_odt
        read_odt(path, builder, limits)
    else:
        from .txt import read_txt
        read_txt(data, builder)

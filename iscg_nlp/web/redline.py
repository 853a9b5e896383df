"""The redline against the model convention, for the « Comparaison » tab.

The store keeps no comparison, so it is computed from the file at the path the store recorded when the
document was analysed — never from a path given by a request — and only if that file still has the
same content (same SHA-256). Results are kept in memory for the life of the app.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Redline:
    body: str | None  # HTML fragment (already escaped by the compare renderer)
    style: str | None  # its stylesheet (allowed by hash in the page's CSP)
    unavailable: str | None = None  # French reason when there is no redline

    @property
    def style_hash(self) -> str | None:
        if self.style is None:
            return None
        return base64.b64encode(hashlib.sha256(self.style.encode("utf-8")).digest()).decode()


_cache: dict[tuple[str, str], Redline] = {}
_lock = threading.Lock()


def redline_for(document: dict, model_path: str | None = None) -> Redline:
    """`document` is a row of the store (path and sha256 recorded at analysis)."""
    key = (document["sha256"], model_path or "")
    with _lock:
        if key in _cache:
            return _cache[key]
    result = _compute(document, model_path)
    if result.body is not None:
        with _lock:
            _cache[key] = result
    return result


def _compute(document: dict, model_path: str | None) -> Redline:
    from ..cache import file_sha256

    recorded = document.get("path")
    if not recorded:
        return Redline(None, None, "Le chemin du fichier n'a pas été enregistré : comparaison indisponible.")
    path = Path(recorded)
    try:
        if not path.is_file():
            return Redline(None, None, f"Le fichier « {path.name} » n'est plus à l'emplacement enregistré lors "
                                       "de l'analyse : comparaison indisponible.")
        if file_sha256(path) != document["sha256"]:
            return Redline(None, None, f"Le fichier « {path.name} » a été modifié depuis l'analyse : "
                                       "relancez « iscg analyze » pour une comparaison à jour.")
        from ..compare import compare, load_model, render_html
        from ..extract import read_document
        from ..segment import segment

        doc = read_document(path)
        html = render_html(compare(doc, segment(doc), load_model(model_path)))
    except Exception as exc:  # noqa: BLE001 - a failed comparison must not break the review page
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return Redline(None, None, f"La comparaison n'a pas pu être calculée : {message}")
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    body = re.search(r"<body>(.*)</body>", html, re.S)
    if not body:
        return Redline(None, None, "La comparaison n'a pas pu être mise en page.")
    fragment = re.sub(r"<h1>.*?</h1>", "", body.group(1), count=1, flags=re.S)
    return Redline(fragment, style.group(1) if style else None)

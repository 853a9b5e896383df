"""``run_diff``: what ``iscg diff FILE [--model FILE] [-o report.html] [--format …]`` does."""

from __future__ import annotations

import sys
from pathlib import Path

from iscg_nlp.compare.comparison import Comparison, compare
from iscg_nlp.compare.model import load_model
from iscg_nlp.compare.render import dumps, render_html, render_terminal


def run_diff(path: str | Path, model_path: str | Path | None = None, fmt: str = "html",
             out: str | Path | None = None) -> Comparison:
    """Read and segment ``path``, compare it with the model, write the report (file or stdout)."""
    from iscg_nlp.extract import read_document
    from iscg_nlp.segment import segment

    if fmt not in ("html", "json", "terminal"):
        raise ValueError(f"format inconnu : {fmt} (html, json ou terminal)")
    doc = read_document(Path(path))
    comparison = compare(doc, segment(doc), load_model(model_path))
    if fmt == "terminal":
        from rich.console import Console

        render_terminal(comparison, Console(file=open(out, "w", encoding="utf-8")) if out else Console())
        return comparison
    text = render_html(comparison) if fmt == "html" else dumps(comparison)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return comparison

"""``run_diff``: what ``iscg diff FILE [--model FILE] [-o report.html] [--format …]`` does."""

from __future__ import annotations

import sys
from pathlib import Path

from iscg_nlp.compare.comparison import Comparison
from iscg_nlp.compare.render import dumps, render_html, render_terminal


def run_diff(path: str | Path, model_path: str | Path | None = None, fmt: str = "html",
             out: str | Path | None = None) -> Comparison:
    """Read, code and compare ``path`` with the model, write the report (file or stdout).

    The coding runs too, so that the imperative points say whether a rewording kept the meaning."""
    from iscg_nlp.pipeline import analyze_document, read

    if fmt not in ("html", "json", "terminal"):
        raise ValueError(f"format inconnu : {fmt} (html, json ou terminal)")
    doc, structure = read(Path(path))
    analysis = analyze_document(doc, structure, model_path=model_path)
    comparison = analysis.comparison
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

"""The analysis notebook runs from start to end on the samples' results (so it never rots)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, gold_as_lines

NOTEBOOK = ROOT / "notebooks" / "analyse-conventions.ipynb"


@pytest.fixture
def kernel_env(tmp_path, monkeypatch):
    """A python3 kernel spec of this venv in a temporary folder: nothing is registered globally."""
    from ipykernel.kernelspec import install

    prefix = tmp_path / "jupyter"
    install(prefix=str(prefix), kernel_name="python3")
    spec_dir = prefix / "share" / "jupyter"
    spec = json.loads((spec_dir / "kernels" / "python3" / "kernel.json").read_text())
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve()
    monkeypatch.setenv("JUPYTER_PATH", str(spec_dir))
    return spec_dir


def test_notebook_executes_on_samples(tmp_path, kernel_env, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    data = tmp_path / "resultats.jsonl"
    lines = gold_as_lines() + [{"file": "illisible.pdf", "error": "Fichier illisible.", "error_code": "x"}]
    data.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    monkeypatch.setenv("ISCG_DATA", str(data))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(tmp_path)}}).execute()

    outputs = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    n = len(lines) - 1
    assert f"{n} conventions codées, 1 fichier(s) illisible(s)." in outputs
    assert "Public visé selon année de signature" in outputs and "Avis ANISCG" in outputs
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 4

"""An installed wheel must carry the rules and the model convention, not only the checkout."""

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from iscg_nlp import resources

ROOT = Path(__file__).resolve().parents[1]


def _packages() -> list[str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(_packages())
    folders = {".".join(p.relative_to(ROOT).parts) for p in (ROOT / "iscg_nlp").rglob("*")
               if p.is_dir() and p.name != "__pycache__" and any(c.is_file() for c in p.iterdir())}
    folders.add("iscg_nlp")
    assert folders <= listed, f"absent de pyproject.toml : {sorted(folders - listed)}"


def test_checkout_folders_win_over_the_bundled_copy(monkeypatch, tmp_path):
    package = tmp_path / "site" / "iscg_nlp"
    (package / "_rules").mkdir(parents=True)
    (package / "_model_template").mkdir()
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    monkeypatch.setattr(resources, "PROJECT_DIR", tmp_path / "site")
    monkeypatch.delenv("ISCG_RULES_DIR", raising=False)
    assert resources.default_rules_dir() == package / "_rules"
    assert resources.model_template_dir() == package / "_model_template"
    (tmp_path / "site" / "rules").mkdir()
    assert resources.default_rules_dir() == tmp_path / "site" / "rules"
    monkeypatch.setenv("ISCG_RULES_DIR", str(tmp_path / "autres"))
    assert resources.default_rules_dir() == tmp_path / "autres"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (found,) = out.glob("iscg_nlp-*.whl")
    return found


def test_wheel_contains_rules_and_model(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for rule_file in (ROOT / "rules").glob("*.yaml"):
        assert f"iscg_nlp/_rules/{rule_file.name}" in names
    for name in ("convention-type.txt", "points-imperatifs.yaml", "calibration.yaml"):
        assert f"iscg_nlp/_model_template/{name}" in names
    assert any(n.startswith("iscg_nlp/web/templates/") for n in names)


def test_unpacked_wheel_codes_a_convention_without_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import sys, json, iscg_nlp\n"
        "from pathlib import Path\n"
        "assert Path(iscg_nlp.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve()), iscg_nlp.__file__\n"
        "from iscg_nlp.pipeline import analyze_path, analysis_to_json\n"
        "line = analysis_to_json(analyze_path(Path(sys.argv[2])))\n"
        "print(json.dumps({k: line['indicators'][k]['value'] for k in ('deontologie', 'proximite_modele')}))\n")
    sample = ROOT / "corpus_samples" / "a01-mayenne-2019.pdf"
    proc = subprocess.run([sys.executable, "-c", script, str(site), str(sample)], capture_output=True, text=True,
                          cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin",
                                             "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")},
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert '"proximite_modele": "proche"' in proc.stdout

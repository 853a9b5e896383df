"""Result cache: a re-run analyses only what changed.

Key = content hash of the file + version of the rules + version of the model convention + version of
the code. Any edit to a rule file, the model or the tool's code changes the key, so a cached result is
never stale. Lives in $XDG_CACHE_HOME/iscg-nlp (default ~/.cache/iscg-nlp); `iscg cache clear` empties it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from . import __version__
from .resources import PACKAGE_DIR, default_rules_dir, model_template_dir


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "iscg-nlp" / "results"


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def _tree_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        try:
            h.update(p.name.encode())
            h.update(p.read_bytes())
        except OSError:
            continue
    return h.hexdigest()[:16]


def rules_version(rules_dir: Path | None = None) -> str:
    d = Path(rules_dir) if rules_dir else default_rules_dir()
    return _tree_hash([p for p in d.glob("*.y*ml")]) if d.is_dir() else "none"


def model_version(model_path: Path | None = None) -> str:
    if model_path:
        p = Path(model_path)
        extra = [p.with_suffix(".points.yaml")] if p.with_suffix(".points.yaml").exists() else []
        return _tree_hash([p, *extra])
    d = model_template_dir()
    return _tree_hash([p for p in d.glob("*") if p.is_file()]) if d.is_dir() else "none"


def code_version() -> str:
    return __version__ + "-" + _tree_hash(list(PACKAGE_DIR.rglob("*.py")))


class ResultCache:
    def __init__(self, rules_dir=None, model_path=None, directory: Path | None = None, enabled: bool = True):
        self.enabled = enabled
        self.dir = directory or cache_dir()
        self.salt = "|".join([rules_version(rules_dir), model_version(model_path), code_version()])

    def key(self, sha: str) -> str:
        return hashlib.sha256(f"{sha}|{self.salt}".encode()).hexdigest()

    def get(self, sha: str) -> dict | None:
        if not self.enabled:
            return None
        p = self.dir / f"{self.key(sha)}.json"
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, sha: str, result: dict) -> None:
        if not self.enabled or "error_code" in result and result["error_code"] in ("delai_depasse", "memoire_depassee", "erreur_interne"):
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(result, fh, ensure_ascii=False)
            os.replace(tmp, self.dir / f"{self.key(sha)}.json")
        except OSError:
            pass  # a cache that cannot be written only costs time


def clear_cache() -> int:
    d = cache_dir()
    n = 0
    if d.is_dir():
        for p in d.glob("*.json"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n

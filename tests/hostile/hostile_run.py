"""Run the real `iscg` command line in a subprocess (imported by the tests: conftest modules of other
test folders share the name « conftest », so nothing is imported from there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, env: dict | None = None, timeout: float = 600, cwd: Path | None = None
            ) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it (French messages on stderr)."""
    return subprocess.run([sys.executable, "-m", "iscg_nlp.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env or dict(os.environ), cwd=cwd)

"""Shared fixtures: the hostile corpus (built once per session) and one real `iscg analyze` run over it."""

from __future__ import annotations

import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import hostile_files  # noqa: E402
from hostile_run import run_cli  # noqa: E402


@dataclass
class BatchRun:
    folder: Path
    expected: dict
    lines: list[dict]
    stdout: str
    stderr: str
    returncode: int
    seconds: float
    peak_rss_mb: float


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile") / "entrees"
    return folder, hostile_files.build_corpus(folder, big=False)


@pytest.fixture(scope="session")
def batch_run(corpus) -> BatchRun:
    folder, expected = corpus
    started = time.monotonic()
    proc = run_cli("analyze", str(folder), "--format", "jsonl", "--no-cache", "--workers", "2")
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    lines = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    return BatchRun(folder, expected, lines, proc.stdout, proc.stderr, proc.returncode, seconds, peak)

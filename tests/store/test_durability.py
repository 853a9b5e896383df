"""Real processes on a real file: a writer killed with SIGKILL, two writers at once."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iscg_nlp.store import ReviewStore

ROOT = Path(__file__).parents[2]

WRITER = r"""
import sys
from iscg_nlp.store import ReviewStore
store = ReviewStore(sys.argv[1])
reviewer, count = sys.argv[2], int(sys.argv[3])
i = 0
while count < 0 or i < count:
    value = ("tous_publics", "ambiguite", "victimes_seulement")[i % 3]
    result = store.decide(1, "public", value, reviewer, "essai n° %d" % i)
    print(result.decision.id, flush=True)   # printed only once committed
    i += 1
"""


def _line():
    return {"file": "conv.pdf", "sha256": "d" * 64,
            "indicators": {"public": {"value": "tous_publics", "confidence": 0.8, "evidence": []}}}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "relecture.sqlite"
    with ReviewStore(path) as s:
        assert s.record_analysis(s.start_run("t", "r", "m"), _line(), text="texte") == 1
    return path


def _writer(db, reviewer, count):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), reviewer, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.parametrize("after", [20, 57, 113])
def test_sigkill_mid_writes_loses_no_committed_decision(db, after):
    proc = _writer(db, "Marie", -1)
    committed = []
    try:
        while len(committed) < after:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            committed.append(int(line))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with ReviewStore(db) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {d.id for d in s.history(1)}
        assert set(committed) <= ids  # every decision reported as committed survived
        assert len(ids) >= after
        s.decide(1, "public", "tous_publics", "Paul")  # and the store is writable afterwards


def test_two_processes_writing_at_once_both_land(db):
    started = time.monotonic()
    procs = [_writer(db, name, 150) for name in ("Marie", "Paul")]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    with ReviewStore(db) as s:
        history = s.history(1)
    assert len(history) == 300
    assert {d.reviewer for d in history} == {"Marie", "Paul"}
    assert [d.id for d in history] == sorted(int(x) for out, _ in outs for x in out.split())
    assert time.monotonic() - started < 60

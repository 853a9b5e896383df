"""Run analyses in worker processes, each file under a time and memory limit.

A hostile file (a PDF that makes the parser loop, a bomb that eats memory) must cost only its own
line: each worker runs one file at a time; a worker past its deadline is killed and replaced, a worker
that dies takes only its current file with it. Workers load spaCy, the rules and the model once.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Iterable

from .errors import MESSAGES


@dataclass
class Task:
    index: int
    path: str
    label: str


@dataclass
class WorkerConfig:
    rules_dir: str | None = None
    model_path: str | None = None
    timeout_s: float = 120.0
    memory_mb: int = 2048
    max_pages: int | None = None
    debug: bool = False


def analyze_one(path: str, label: str, config: WorkerConfig) -> dict:
    """Analyse one file and return its JSON line; every failure becomes an error line, never an exception."""
    from .errors import InputError
    from .pipeline import analysis_to_json, analyze_path, error_to_json

    limits = None
    if config.max_pages:
        from .extract import Limits

        limits = Limits(max_pages=config.max_pages)
    try:
        analysis = analyze_path(path, rules_dir=config.rules_dir, model_path=config.model_path, limits=limits)
        return analysis_to_json(analysis, file_label=label)
    except InputError as exc:
        return error_to_json(label, exc)
    except MemoryError:
        return error_to_json(label, InputError("memoire_depassee"))
    except RecursionError:
        fmt = os.path.splitext(path)[1].lstrip(".").upper() or "du document"
        return error_to_json(label, InputError("fichier_corrompu", format=fmt, detail="structure trop imbriquée"))
    except Exception as exc:  # noqa: BLE001 - a bug must not sink the batch
        if config.debug:
            import sys
            import traceback

            traceback.print_exc(file=sys.stderr)
        return error_to_json(label, InputError("erreur_interne", detail=type(exc).__name__))


def address_space_limit(memory_mb: int) -> int | None:
    """RLIMIT_AS value granting ``memory_mb`` MiB on top of what the process already maps (the loaded
    model, thread arenas). Counting from zero made the limit depend on the machine: the same worker maps
    0.4 GB on 2 cores and several GB of idle arenas on 64. None when the limit cannot be applied."""
    if memory_mb <= 0:
        return None
    current = 0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    current = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError):
        current = 0
    return current + memory_mb * 1024 * 1024


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource

        limit = address_space_limit(memory_mb)
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if limit is None or (hard != resource.RLIM_INFINITY and limit > hard):
            return
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _warm_up(config: WorkerConfig) -> None:
    from .nlp import get_nlp
    from .pipeline import get_model, get_ruleset

    get_nlp()
    get_ruleset(config.rules_dir)
    get_model(config.model_path)


def _worker_main(conn, config: WorkerConfig) -> None:
    try:
        _warm_up(config)
    except Exception:  # noqa: BLE001 - reported per file below
        pass
    _limit_memory(config.memory_mb)  # per file, on top of the loaded model
    try:
        conn.send(_READY)  # the parent starts the first file's clock now, not during model loading
    except (OSError, BrokenPipeError):
        return
    try:
        while True:
            try:
                msg = conn.recv()
            except EOFError:
                return
            if msg is None:
                return
            task: Task = msg
            conn.send((task.index, analyze_one(task.path, task.label, config)))
    finally:
        # a worker process ends without running ``atexit``: the regexes it compiled are kept here
        from . import regex_code

        regex_code.save()


class _Worker:
    def __init__(self, ctx, config: WorkerConfig):
        self.parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, config), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.deadline = 0.0
        self.ready = False  # until it says so, it is loading the model (bounded by the start-up grace)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except Exception:  # noqa: BLE001
            pass
        self.proc.join(timeout=5)


_READY = ("pret",)


def _error_line(label: str, code: str, **details) -> dict:
    return {"file": label, "error": MESSAGES[code].format(**details), "error_code": code}


def run_parallel(tasks: Iterable[Task], config: WorkerConfig, workers: int,
                 on_start: Callable[[Task], None] | None = None) -> Iterable[tuple[int, dict]]:
    """Yield (index, json_line) as files finish. Worker start-up (model loading) is not counted in a file's time."""
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    pending = list(tasks)[::-1]
    pool = [_Worker(ctx, config) for _ in range(max(1, workers))]
    startup_grace = 60.0
    try:
        while pending or any(w.task for w in pool):
            for w in pool:
                if w.task is None and pending:
                    w.task = pending.pop()
                    w.deadline = time.monotonic() + config.timeout_s + (0.0 if w.ready else startup_grace)
                    if on_start:
                        on_start(w.task)
                    w.parent.send(w.task)
            busy = [w for w in pool if w.task]
            ready = wait([w.parent for w in busy] + [w.proc.sentinel for w in busy], timeout=0.5)
            now = time.monotonic()
            for i, w in enumerate(pool):
                if not w.task:
                    continue
                if w.parent in ready:
                    try:
                        msg = w.parent.recv()
                    except (EOFError, OSError):
                        msg = (w.task.index, _error_line(w.task.label, "memoire_depassee"))
                    if msg == _READY:
                        w.ready = True
                        w.deadline = time.monotonic() + config.timeout_s
                        continue
                    index, line = msg
                    w.task = None
                    yield index, line
                    continue
                if not w.proc.is_alive() or w.proc.sentinel in ready:
                    yield w.task.index, _error_line(w.task.label, "memoire_depassee")
                    w.kill()
                    pool[i] = _Worker(ctx, config)
                elif now > w.deadline:
                    yield w.task.index, _error_line(w.task.label, "delai_depasse",
                                                    seconds=f"{config.timeout_s:g}".replace(".", ","))
                    w.kill()
                    pool[i] = _Worker(ctx, config)
    finally:
        for w in pool:
            try:
                w.parent.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in pool:
            w.proc.join(timeout=2)
            if w.proc.is_alive():
                w.kill()

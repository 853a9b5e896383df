"""`iscg analyze`: a list of paths in, one JSON line (or table row) per file out, whatever happens.

Order of work: collect files → hash → cache → analyse what is left (in this process for a single
file, in worker processes otherwise) → write results in the order of the input → summary on stderr.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from .cache import ResultCache, file_sha256
from .errors import InputError
from .walk import collect
from .workers import Task, WorkerConfig, analyze_one, run_parallel


class _Deadline(BaseException):
    """Raised by the alarm of the in-process path. A BaseException, so that the readers' and the
    pipeline's ``except Exception`` (which turn a reader failure into « fichier corrompu » or
    « erreur interne ») cannot swallow it and mislabel a slow file."""


@contextmanager
def _time_limit(seconds: float):
    """SIGALRM-based limit for the in-process path (main thread only; no-op elsewhere)."""
    import threading

    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise _Deadline

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def _memory_limit(memory_mb: int):
    """The workers' address-space limit (RLIMIT_AS, ``memory_mb`` on top of what is already mapped),
    applied to this process for one file and lifted afterwards: --memory-mb holds in-process too."""
    try:
        import resource

        from .workers import address_space_limit

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = address_space_limit(memory_mb)
        if limit is None or (hard != resource.RLIM_INFINITY and limit > hard):
            raise ValueError
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _seconds(timeout_s: float) -> str:
    """The limit as a reader sees it: « 0,5 » rather than « 0 » for a sub-second limit."""
    return f"{timeout_s:g}".replace(".", ",")


def analyze_paths(paths, *, rules_dir=None, model_path=None, workers: int | None = None,
                  use_cache: bool = True, timeout_s: float = 120.0, memory_mb: int = 2048,
                  max_pages: int | None = None, on_start=None, on_done=None, debug: bool = False) -> tuple[list[dict], dict]:
    """Analyse every file; return (json lines in input order, summary). Library entry of the batch."""
    started = time.monotonic()
    from .pipeline import get_ruleset

    get_ruleset(rules_dir)  # a broken rules folder stops the command once, in French, not once per file
    listing = collect(paths)
    cache = ResultCache(rules_dir, model_path, enabled=use_cache)
    config = WorkerConfig(rules_dir=rules_dir, model_path=model_path, timeout_s=timeout_s,
                          memory_mb=memory_mb, max_pages=max_pages, debug=debug)
    results: list[dict | None] = [None] * len(listing.files)
    shas: list[str | None] = [None] * len(listing.files)
    todo: list[Task] = []
    from_cache = 0
    for i, path in enumerate(listing.files):
        label = str(path)
        try:
            if path.is_file():
                shas[i] = file_sha256(path)
        except OSError:
            shas[i] = None
        cached = cache.get(shas[i]) if shas[i] else None
        if cached is not None:
            cached["file"] = label
            results[i] = cached
            from_cache += 1
            if on_done:
                on_done(i, cached)
        else:
            todo.append(Task(i, str(path), label))

    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if len(todo) <= 1 or n_workers <= 1:
        if todo:
            # Like a worker: load spaCy, rules and model before the clock of the first file starts.
            from .workers import _warm_up

            try:
                _warm_up(config)
            except Exception:  # noqa: BLE001 - reported per file by analyze_one
                pass
        for task in todo:
            if on_start:
                on_start(task)
            try:
                with _time_limit(timeout_s), _memory_limit(memory_mb):
                    line = analyze_one(task.path, task.label, config)
            except _Deadline:
                from .pipeline import error_to_json

                line = error_to_json(task.label, InputError("delai_depasse", seconds=_seconds(timeout_s)))
            results[task.index] = line
            if shas[task.index]:
                cache.put(shas[task.index], line)
            if on_done:
                on_done(task.index, line)
    else:
        for index, line in run_parallel(todo, config, min(n_workers, len(todo)), on_start=on_start):
            results[index] = line
            if shas[index]:
                cache.put(shas[index], line)
            if on_done:
                on_done(index, line)

    lines = [r for r in results if r is not None]
    errors = Counter(r.get("error_code", "erreur") for r in lines if "error" in r)
    summary = {
        "fichiers": len(lines),
        "codes": sum(1 for r in lines if "error" not in r),
        "erreurs": dict(errors),
        "depuis_cache": from_cache,
        "ignores": len(listing.ignored),
        "secondes": round(time.monotonic() - started, 2),
    }
    return lines, summary


def run_batch(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = Console(stderr=True, highlight=False)
    fmt = getattr(args, "format", "table")
    total = len(collect(args.paths).files)
    progress = Progress(TextColumn("[bold]Analyse[/]"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"), console=err,
                        transient=True, disable=not err.is_terminal)
    emitted = {"next": 0}
    buffer: dict[int, dict] = {}

    def emit_ready():
        while emitted["next"] in buffer:
            line = buffer.pop(emitted["next"])
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            emitted["next"] += 1

    with progress:
        bar = progress.add_task("", total=total)

        def on_start(task):
            progress.update(bar, description=Path(task.path).name[:60])

        store = getattr(args, "store", None)

        def on_done(index, line):
            if store and "error" not in line:
                from .learn.opinion import second_opinion_for_line

                opinion = second_opinion_for_line(line, store)  # never cached: depends on the models
                if opinion:
                    line["second_opinion"] = opinion
            buffer[index] = line
            progress.advance(bar)
            emit_ready()

        lines, summary = analyze_paths(
            args.paths, rules_dir=getattr(args, "rules", None), model_path=getattr(args, "model", None),
            workers=getattr(args, "workers", None), use_cache=not getattr(args, "no_cache", False),
            timeout_s=getattr(args, "timeout", 120.0), memory_mb=getattr(args, "memory_mb", 2048),
            max_pages=getattr(args, "max_pages", None), on_start=on_start, on_done=on_done,
            debug=getattr(args, "debug", False))
    emit_ready()

    if getattr(args, "store", None):
        from .learn.opinion import model_problems
        from .store import record_batch

        for indicator, problem in model_problems(args.store).items():
            err.print(f"Second avis indisponible pour {indicator} : {problem}")
        record_batch(args.store, args.paths, lines, rules_dir=getattr(args, "rules", None),
                     model_path=getattr(args, "model", None))

    if fmt == "table":
        from .render_table import render_results

        render_results(lines, Console(highlight=False))
    from .render_table import render_summary

    render_summary(summary, err)
    return 0 if summary["codes"] or not summary["fichiers"] else 1

"""Compiled regexes kept on disk between runs: compiling was a third of ``iscg analyze`` on one file.

The rules, their context words and the qualifier cues hold ≈ 7,000 regexes (≈ 1.8 s to compile them
all); one convention needs ≈ 1,000 of them, ≈ 0.8 s of the ≈ 2.6 s of ``iscg analyze`` on one file
(measured in benchmarks/bench_match.py). ``re.compile`` parses the pattern, emits the regex engine's
code (a list of integers) and hands it to ``_sre.compile``; the parse and the emission are the cost.
The code depends only on the pattern, the flags and the Python that runs (its ``_sre.MAGIC``, in the
file name), so it is kept here and a later run rebuilds the pattern from it in microseconds: the same
``re.Pattern`` as ``re.compile`` gives (``Pattern.__eq__`` compares the code; tested).

Private parts of ``re`` are used (``re._parser``, ``re._compiler``, ``_sre.compile``); anything
unexpected (another Python, an unreadable file, an API that moved) falls back to ``re.compile``: the
store can only cost or save time. ``ISCG_NO_REGEX_MEMO=1`` turns it off, as it does the memo.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

#: entries kept on disk; beyond, those this process did not use are dropped (rules edited away)
LIMIT = 20_000

_entries: dict[str, tuple] | None = None  # key → (flags, code bytes, groups, group index)
_new: dict[str, tuple] = {}  # entries made by this process, not yet on disk
_used: set[str] = set()
_saving = False


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name ``re`` uses
    """``re.compile(pattern, flags)``, rebuilt from the stored code when this Python compiled it once."""
    key = f"{int(flags)}:{pattern}"
    entries = _load()
    entry = entries.get(key)
    if entry is not None:
        try:
            rx = _build(pattern, entry)
            _used.add(key)
            return rx
        except Exception:  # noqa: BLE001 - a stale or foreign entry: compile it again
            entries.pop(key, None)
    if _path() is None:
        return re.compile(pattern, flags)
    try:
        entry = _emit(pattern, flags)
        rx = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - the private API moved: the public way
        return re.compile(pattern, flags)
    entries[key] = _new[key] = entry
    _used.add(key)
    _schedule_save()
    return rx


def _emit(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` computes before calling ``_sre.compile`` (raises ``re.error``)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    return (int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, dict(p.state.groupdict))


def _build(pattern: str, entry: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, tuple(indexgroup))


def _path() -> Path | None:
    """One file per Python build and regex engine version; None when the store is off or unusable."""
    if os.environ.get("ISCG_NO_REGEX_MEMO"):
        return None
    try:
        import hashlib

        import _sre

        if _sre.CODESIZE != array("I").itemsize:
            return None
        from .cache import cache_dir

        key = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}".encode()).hexdigest()[:16]
        return cache_dir().parent / "regex" / f"code-{key}.marshal"
    except Exception:  # noqa: BLE001 - no store: plain compiling
        return None


def _read(path: Path) -> dict[str, tuple]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _load() -> dict[str, tuple]:
    global _entries
    if _entries is None:
        path = _path()
        _entries = _read(path) if path is not None else {}
    return _entries


def _schedule_save() -> None:
    global _saving
    if not _saving:
        _saving = True
        atexit.register(save)


def save() -> None:
    """Write the entries this process made, merged with what other processes wrote meanwhile."""
    path = _path()
    if path is None or not _new:
        return
    try:
        merged = _read(path)
        merged.update(_new)
        if len(merged) > LIMIT:
            merged = {k: v for k, v in merged.items() if k in _used}
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(merged))
        os.replace(tmp, path)
        _new.clear()
        for old in path.parent.glob("code-*.marshal"):  # other Pythons
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # a full disk, an unmarshallable entry: the store only saves time
        pass

"""Loaded rule sets kept on disk between runs: reading and checking the rule files was ≈ 1.3 s of every
start of ``iscg`` (YAML parsing ≈ 0.9 s, folding and validating ≈ 0.4 s), for files that rarely change.

A rule set is stored only after it loaded without error, under a key made of the exact bytes of every
rule file read (the ``RuleSet.version`` digest), the folder they were read from, the tool's code and
the Python and pydantic that run it. Editing, adding or removing a rule file, or changing the code,
gives another key: the files are then read and checked again, and a broken rule still fails loudly
with its file, rule and reason. A stored set that cannot be read (truncated, other format) is ignored
and rebuilt: the store can only save or cost time. ``ISCG_NO_RULESET_STORE=1`` turns it off.

The files are pickles written by this tool in the user's own cache folder (like the result cache).
"""

from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ruleset import RuleSet

#: stored sets kept; beyond, the least recently used are removed (tests and rule writers load many)
KEEP = 6


def _folder() -> Path:
    from .cache import cache_dir

    return cache_dir().parent / "rulesets"


def store_key(version: str, directory: Path) -> str | None:
    """The file stem for a rule set of digest ``version`` read from ``directory``; None when off."""
    if os.environ.get("ISCG_NO_RULESET_STORE"):
        return None
    try:
        import pydantic

        from .cache import code_version

        parts = [version, str(directory), str(directory.resolve()), code_version(), sys.version, pydantic.VERSION,
                 str(pickle.HIGHEST_PROTOCOL)]
    except Exception:  # noqa: BLE001 - no key, no store
        return None
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def fetch(key: str | None) -> "RuleSet | None":
    """The stored rule set of ``key``, or None (absent, unreadable, or not a rule set)."""
    if key is None:
        return None
    from .ruleset import RuleSet

    path = _folder() / f"{key}.pickle"
    try:
        with open(path, "rb") as fh:
            loaded = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged file is rebuilt, never trusted
        path.unlink(missing_ok=True)
        return None
    if not isinstance(loaded, RuleSet):
        return None
    try:
        os.utime(path)  # most recently used: kept when the folder is pruned
    except OSError:
        pass
    return loaded


def keep(key: str | None, ruleset: "RuleSet") -> None:
    """Store a freshly loaded (and therefore valid) rule set, then prune the oldest ones."""
    if key is None:
        return
    folder = _folder()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(ruleset)
        os.replace(tmp, folder / f"{key}.pickle")
        tmp = None
        _prune(folder)
    except Exception:  # noqa: BLE001 - a store that cannot be written only costs time
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _rebuild_pattern(pattern: str, flags: int) -> re.Pattern:
    from . import regex_code

    return regex_code.compile(pattern, flags)


class _Pickler(pickle.Pickler):
    """Stores the few compiled patterns (qualifier cues) so that loading rebuilds them from the
    compiled-regex store instead of parsing them again (``re.Pattern``'s own pickling recompiles)."""

    dispatch_table = {**copyreg.dispatch_table,
                      re.Pattern: lambda p: (_rebuild_pattern, (p.pattern, p.flags))}


def _prune(folder: Path) -> None:
    def age(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:  # removed meanwhile by another process
            return 0.0

    for old in sorted(folder.glob("*.pickle"), key=age, reverse=True)[KEEP:]:
        old.unlink(missing_ok=True)


def clear() -> int:
    """Remove every stored rule set (``iscg cache clear``); the next run reads the rule files again."""
    n = 0
    folder = _folder()
    for p in folder.glob("*.pickle") if folder.is_dir() else []:
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n

"""`iscg backup --store BASE -o FICHIER`: a consistent copy of the review store, even while others write.

SQLite's online backup API copies a snapshot page by page; the copy is written beside the target
under a temporary name, checked (``PRAGMA integrity_check``), then renamed over the target, so an
interrupted backup never leaves a half-written file where a good copy was expected.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import IscgError


class BackupError(IscgError):
    """A backup that could not be made, said in French."""


@dataclass
class BackupResult:
    target: Path
    documents: int
    decisions: int
    size_bytes: int


def backup_store(store_path: str | Path, target: str | Path) -> BackupResult:
    """Copy ``store_path`` to ``target`` atomically; raise :class:`BackupError` with a French reason."""
    src_path, dest = Path(store_path), Path(target)
    if not src_path.is_file():
        raise BackupError(f"Base de relecture introuvable : « {src_path} ».")
    if dest.is_dir():  # a folder: a dated copy inside it
        from datetime import datetime

        dest = dest / f"{src_path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}{src_path.suffix or '.sqlite'}"
    if dest.exists() and dest.resolve() == src_path.resolve():
        raise BackupError("La sauvegarde doit être un autre fichier que la base elle-même.")
    folder = dest.parent if str(dest.parent) else Path(".")
    if not folder.is_dir():
        raise BackupError(f"Le dossier « {folder} » n'existe pas : créez-le ou choisissez un autre emplacement.")
    try:
        # Read-only: a backup must never create, migrate or lock the store for writing.
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise BackupError(f"Impossible d'ouvrir la base « {src_path} » : {_french(exc)}") from None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out, pages=256)
            out.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            check = out.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise BackupError(f"La copie de « {src_path} » est incohérente ({check}) : sauvegarde annulée.")
            documents = _count(out, "documents")
            decisions = _count(out, "decisions")
        finally:
            out.close()
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise BackupError(f"Sauvegarde de « {src_path} » impossible : {_french(exc)}") from None
    except OSError as exc:
        raise BackupError(f"Écriture de « {dest} » impossible : {exc.strerror or 'erreur du système'}.") from None
    finally:
        src.close()
        if tmp.exists():
            tmp.unlink()
    return BackupResult(dest, documents, decisions, dest.stat().st_size)


def run_backup(args) -> int:
    """CLI: ``iscg backup --store BASE -o FICHIER`` (``args.store``, ``args.output``). Exit 0, or 2 with
    a French message on stderr."""
    try:
        from .store import DEFAULT_STORE

        target = getattr(args, "output", None) or getattr(args, "destination", None)
        if not target:
            raise BackupError("Indiquez où écrire la copie : iscg backup --store BASE -o FICHIER")
        res = backup_store(getattr(args, "store", None) or DEFAULT_STORE, target)
    except BackupError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    print(f"Sauvegarde écrite : {res.target} ({res.documents} document(s), {res.decisions} décision(s), "
          f"{res.size_bytes // 1024} Ko).")
    return 0


def _count(db: sqlite3.Connection, table: str) -> int:
    try:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0  # not a review store (or an older one): the copy is still exact


def _french(exc: Exception) -> str:
    msg = str(exc).lower()
    if "disk is full" in msg or "full" in msg:
        return "disque plein"
    if "not a database" in msg or "malformed" in msg:
        return "ce n'est pas une base de relecture valide (fichier endommagé ou d'un autre type)"
    if "locked" in msg or "busy" in msg:
        return "base occupée par un autre processus, réessayez dans un instant"
    if "unable to open" in msg or "readonly" in msg:
        return "droits insuffisants ou fichier inaccessible"
    return "erreur de la base de données"

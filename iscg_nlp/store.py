"""The review store: one SQLite file holding documents, the tool's suggestions and people's decisions.

Guarantees, because a reviewer's hours of work must never vanish:
- decisions are append-only (triggers refuse UPDATE and DELETE); the current decision is the latest;
- a re-analysis never overwrites a decision: when the tool now suggests something else than what a
  person decided, the document goes back to « à revoir » and both values are shown;
- WAL journal + one transaction per write: a process killed mid-write loses nothing committed, and
  two reviewers writing at once both land (the later one is current; the earlier is told);
- registration numbers ISCG-<année>-<n°> are given once, at validation, and never reused.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .errors import IscgError

DEFAULT_STORE = "iscg-review.sqlite"
STATUSES = {"a_revoir": "À revoir", "en_cours": "En cours", "validee": "Validée"}

MIGRATIONS: list[str] = [
    # 1: initial schema
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        path TEXT,
        text TEXT,
        metadata TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'a_revoir' CHECK (status IN ('a_revoir', 'en_cours', 'validee')),
        added_at TEXT NOT NULL
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        rules_version TEXT NOT NULL,
        model_version TEXT NOT NULL
    );
    CREATE TABLE analyses (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        run_id INTEGER NOT NULL REFERENCES runs(id),
        result TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (document_id, run_id)
    );
    CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analyses(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        indicator TEXT NOT NULL,
        value TEXT NOT NULL,
        confidence REAL,
        evidence TEXT NOT NULL DEFAULT '[]',
        explanation TEXT,
        UNIQUE (analysis_id, indicator)
    );
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        indicator TEXT NOT NULL,
        value TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        comment TEXT,
        suggestion_id INTEGER REFERENCES suggestions(id),
        decided_at TEXT NOT NULL
    );
    CREATE INDEX decisions_doc ON decisions(document_id, indicator, id);
    CREATE TRIGGER decisions_append_only_u BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
    CREATE TRIGGER decisions_append_only_d BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
    CREATE TABLE registrations (
        number TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),
        validated_by TEXT NOT NULL,
        validated_at TEXT NOT NULL,
        UNIQUE (year, seq)
    );
    CREATE TRIGGER registrations_never_reused BEFORE DELETE ON registrations
        BEGIN SELECT RAISE(ABORT, 'registration numbers are never reused'); END;
    CREATE TABLE status_log (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        status TEXT NOT NULL,
        reviewer TEXT,
        reason TEXT,
        at TEXT NOT NULL
    );
    """,
]


class StoreError(IscgError):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Decision:
    id: int
    document_id: int
    indicator: str
    value: Any
    reviewer: str
    comment: str | None
    decided_at: str
    suggestion_id: int | None = None


@dataclass
class Suggestion:
    id: int
    indicator: str
    value: Any
    confidence: float | None
    evidence: list[dict]
    explanation: str | None


@dataclass
class DecideResult:
    decision: Decision
    superseded: Decision | None  # someone else's decision made since the reviewer last looked


class ReviewStore:
    def __init__(self, path: str | Path = DEFAULT_STORE, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"« {self.path} » est un dossier : indiquez un fichier pour la base de relecture.")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = %d" % int(timeout * 1000))
            self.db.execute("PRAGMA foreign_keys = ON")
            mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                self.db.execute("PRAGMA journal_mode = DELETE")
            self.db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain_sqlite(exc, self.path)) from None

    # ------------------------------------------------------------------ plumbing

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _tx(self):
        return _Transaction(self.db, self.path)

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version()
        for version, script in enumerate(MIGRATIONS, start=1):
            if version > current:
                with self._tx():
                    for stmt in _statements(script):
                        self.db.execute(stmt)
                    self.db.execute(f"PRAGMA user_version = {version}")

    # ------------------------------------------------------------------ analyses

    def start_run(self, tool_version: str, rules_version: str, model_version: str) -> int:
        with self._tx():
            row = self.db.execute(
                "SELECT id FROM runs WHERE tool_version=? AND rules_version=? AND model_version=?",
                (tool_version, rules_version, model_version)).fetchone()
            if row:
                return int(row["id"])
            cur = self.db.execute(
                "INSERT INTO runs(started_at, tool_version, rules_version, model_version) VALUES (?,?,?,?)",
                (_now(), tool_version, rules_version, model_version))
            return int(cur.lastrowid)

    def record_analysis(self, run_id: int, line: dict, *, path: str | None = None, text: str | None = None,
                        metadata: dict | None = None) -> int | None:
        """Store one JSON line of `iscg analyze` (errors are not documents). Returns the document id.

        The same file analysed again by the same run is free (nothing written). If the new suggestion for an
        indicator differs from the current human decision, the document is set back to « à revoir ».
        """
        if "error" in line or not line.get("sha256"):
            return None
        with self._tx():
            doc = self.db.execute("SELECT id, status FROM documents WHERE sha256=?", (line["sha256"],)).fetchone()
            if doc is None:
                cur = self.db.execute(
                    "INSERT INTO documents(sha256, file_name, path, text, metadata, added_at) VALUES (?,?,?,?,?,?)",
                    (line["sha256"], Path(line["file"]).name, path or line["file"], text,
                     json.dumps(metadata or {}, ensure_ascii=False), _now()))
                doc_id = int(cur.lastrowid)
                self._log_status(doc_id, "a_revoir", None, "nouveau document")
            else:
                doc_id = int(doc["id"])
                if text is not None:
                    self.db.execute("UPDATE documents SET text=COALESCE(text, ?) WHERE id=?", (text, doc_id))
            exists = self.db.execute("SELECT id FROM analyses WHERE document_id=? AND run_id=?",
                                     (doc_id, run_id)).fetchone()
            if exists:
                return doc_id
            cur = self.db.execute("INSERT INTO analyses(document_id, run_id, result, created_at) VALUES (?,?,?,?)",
                                  (doc_id, run_id, json.dumps(line, ensure_ascii=False), _now()))
            analysis_id = int(cur.lastrowid)
            for key, ind in _suggested_items(line):
                self.db.execute(
                    "INSERT INTO suggestions(analysis_id, document_id, indicator, value, confidence, evidence, explanation)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (analysis_id, doc_id, key, json.dumps(ind.get("value"), ensure_ascii=False),
                     ind.get("confidence"), json.dumps(ind.get("evidence", []), ensure_ascii=False),
                     ind.get("explanation")))
            conflicts = self._conflicts(doc_id)
            if conflicts:
                self.db.execute("UPDATE documents SET status='a_revoir' WHERE id=?", (doc_id,))
                self._log_status(doc_id, "a_revoir", None, "nouvelle suggestion différente de la décision pour : "
                                 + ", ".join(sorted(conflicts)))
            return doc_id

    # ------------------------------------------------------------------ reading

    def documents(self, status: str | None = None, *, with_text: bool = True) -> list[dict]:
        cols = "d.*" if with_text else "d.id, d.sha256, d.file_name, d.path, d.metadata, d.status, d.added_at"
        sql = (f"SELECT {cols}, r.number AS registration, r.validated_by, r.validated_at FROM documents d "
               "LEFT JOIN registrations r ON r.document_id = d.id")
        args: tuple = ()
        if status:
            sql += " WHERE d.status = ?"
            args = (status,)
        return [dict(r) for r in self.db.execute(sql + " ORDER BY d.file_name", args)]

    def document(self, doc_id: int) -> dict | None:
        row = self.db.execute("SELECT d.*, r.number AS registration, r.validated_by, r.validated_at FROM documents d "
                              "LEFT JOIN registrations r ON r.document_id = d.id WHERE d.id=?", (doc_id,)).fetchone()
        return dict(row) if row else None

    def latest_result(self, doc_id: int) -> dict | None:
        row = self.db.execute("SELECT result FROM analyses WHERE document_id=? ORDER BY id DESC LIMIT 1",
                              (doc_id,)).fetchone()
        return json.loads(row["result"]) if row else None

    def suggestions(self, doc_id: int) -> dict[str, Suggestion]:
        """The latest analysis's suggestion for each indicator."""
        row = self.db.execute("SELECT id FROM analyses WHERE document_id=? ORDER BY id DESC LIMIT 1",
                              (doc_id,)).fetchone()
        if not row:
            return {}
        out = {}
        for r in self.db.execute("SELECT * FROM suggestions WHERE analysis_id=?", (row["id"],)):
            out[r["indicator"]] = Suggestion(r["id"], r["indicator"], json.loads(r["value"]), r["confidence"],
                                             json.loads(r["evidence"]), r["explanation"])
        return out

    def current_decisions(self, doc_id: int) -> dict[str, Decision]:
        rows = self.db.execute(
            "SELECT * FROM decisions WHERE id IN (SELECT MAX(id) FROM decisions WHERE document_id=? GROUP BY indicator)",
            (doc_id,))
        return {r["indicator"]: _decision(r) for r in rows}

    def history(self, doc_id: int | None = None) -> list[Decision]:
        if doc_id is None:
            rows = self.db.execute("SELECT * FROM decisions ORDER BY id")
        else:
            rows = self.db.execute("SELECT * FROM decisions WHERE document_id=? ORDER BY id", (doc_id,))
        return [_decision(r) for r in rows]

    def status_log(self, doc_id: int) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM status_log WHERE document_id=? ORDER BY id", (doc_id,))]

    def effective(self, doc_id: int) -> dict[str, tuple[Any, str]]:
        """indicator -> (value, 'relecteur' | 'outil'): what the statistics use."""
        out = {k: (s.value, "outil") for k, s in self.suggestions(doc_id).items()}
        for k, d in self.current_decisions(doc_id).items():
            out[k] = (d.value, "relecteur")
        return out

    def conflicts(self, doc_id: int) -> dict[str, tuple[Any, Any]]:
        return self._conflicts(doc_id)

    def pending(self, doc_id: int) -> set[str]:
        """Indicators still waiting for a person: suggested but never decided, or in conflict."""
        decided = self.current_decisions(doc_id)
        return {k for k in self.suggestions(doc_id) if k not in decided} | set(self._conflicts(doc_id))

    def _conflicts(self, doc_id: int) -> dict[str, tuple[Any, Any]]:
        """Indicators where the latest suggestion differs from the current decision AND from the suggestion
        that decision was made on: the tool changed its mind since a person decided."""
        sugg = self.suggestions(doc_id)
        out = {}
        for key, dec in self.current_decisions(doc_id).items():
            s = sugg.get(key)
            if s is None or s.value == dec.value or s.id == dec.suggestion_id:
                continue
            basis = None
            if dec.suggestion_id is not None:
                row = self.db.execute("SELECT value FROM suggestions WHERE id=?", (dec.suggestion_id,)).fetchone()
                basis = json.loads(row["value"]) if row else None
            if dec.suggestion_id is None or s.value != basis:
                out[key] = (dec.value, s.value)
        return out

    # ------------------------------------------------------------------ writing decisions

    def decide(self, doc_id: int, indicator: str, value: Any, reviewer: str, comment: str | None = None,
               seen_decision_id: int | None = None) -> DecideResult:
        """Append a decision. `seen_decision_id` is the current decision the reviewer saw (None if none):
        if someone else decided since, both are kept, this one becomes current, and the result says so."""
        reviewer = (reviewer or "").strip()
        if not reviewer:
            raise StoreError("Indiquez votre nom de relecteur avant de décider.")
        with self._tx():
            if not self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone():
                raise StoreError(f"Document n° {doc_id} inconnu dans la base.")
            prev = self.db.execute("SELECT * FROM decisions WHERE document_id=? AND indicator=? ORDER BY id DESC LIMIT 1",
                                   (doc_id, indicator)).fetchone()
            superseded = None
            if prev is not None and prev["id"] != seen_decision_id and prev["reviewer"] != reviewer:
                superseded = _decision(prev)
            sugg = self.suggestions(doc_id).get(indicator)
            cur = self.db.execute(
                "INSERT INTO decisions(document_id, indicator, value, reviewer, comment, suggestion_id, decided_at)"
                " VALUES (?,?,?,?,?,?,?)",
                (doc_id, indicator, json.dumps(value, ensure_ascii=False), reviewer, comment,
                 sugg.id if sugg else None, _now()))
            row = self.db.execute("SELECT * FROM decisions WHERE id=?", (cur.lastrowid,)).fetchone()
            status = self.db.execute("SELECT status FROM documents WHERE id=?", (doc_id,)).fetchone()["status"]
            if status == "a_revoir" and not self._conflicts(doc_id):
                self.db.execute("UPDATE documents SET status='en_cours' WHERE id=?", (doc_id,))
                self._log_status(doc_id, "en_cours", reviewer, "première décision")
            elif status == "validee" and (prev is None or json.loads(prev["value"]) != value):
                # a validated coding changed: it must be validated again (its number stays the same)
                self.db.execute("UPDATE documents SET status='en_cours' WHERE id=?", (doc_id,))
                self._log_status(doc_id, "en_cours", reviewer, f"décision modifiée après validation ({indicator})")
            return DecideResult(_decision(row), superseded)

    def set_status(self, doc_id: int, status: str, reviewer: str | None = None, reason: str | None = None) -> None:
        if status not in STATUSES:
            raise StoreError(f"Statut inconnu : {status}")
        if status == "validee":
            self.validate(doc_id, reviewer or "")
            return
        with self._tx():
            self.db.execute("UPDATE documents SET status=? WHERE id=?", (status, doc_id))
            self._log_status(doc_id, status, reviewer, reason)

    def validate(self, doc_id: int, reviewer: str, year: int | None = None) -> str:
        """Mark the convention validated and give it its registration number (once, forever)."""
        if not (reviewer or "").strip():
            raise StoreError("Indiquez votre nom de relecteur avant de valider.")
        with self._tx():
            conflicts = self._conflicts(doc_id)
            if conflicts:
                raise StoreError("Validation impossible : la dernière analyse propose d'autres valeurs que vos "
                                 "décisions pour : " + ", ".join(sorted(conflicts)) + ". Tranchez d'abord.")
            row = self.db.execute("SELECT number FROM registrations WHERE document_id=?", (doc_id,)).fetchone()
            if row:
                number = row["number"]
            else:
                year = year or datetime.now(timezone.utc).year
                seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM registrations WHERE year=?",
                                      (year,)).fetchone()[0]
                number = f"ISCG-{year}-{seq:04d}"
                self.db.execute("INSERT INTO registrations(number, year, seq, document_id, validated_by, validated_at)"
                                " VALUES (?,?,?,?,?,?)", (number, year, seq, doc_id, reviewer, _now()))
            self.db.execute("UPDATE documents SET status='validee' WHERE id=?", (doc_id,))
            self._log_status(doc_id, "validee", reviewer, number)
            return number

    def _log_status(self, doc_id: int, status: str, reviewer: str | None, reason: str | None) -> None:
        self.db.execute("INSERT INTO status_log(document_id, status, reviewer, reason, at) VALUES (?,?,?,?,?)",
                        (doc_id, status, reviewer, reason, _now()))

    # ------------------------------------------------------------------ maintenance

    def backup(self, target: str | Path) -> None:
        """A consistent copy while others may be writing (SQLite online backup API)."""
        dest = sqlite3.connect(str(target))
        try:
            with dest:
                self.db.backup(dest)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain_sqlite(exc, Path(target))) from None
        finally:
            dest.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; SQLite errors said in French."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db, self.path = db, path
        self.depth_owner = False

    def __enter__(self):
        if not self.db.in_transaction:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise StoreError(_explain_sqlite(exc, self.path)) from None
            self.depth_owner = True
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.depth_owner:
            return False
        try:
            if exc_type is None:
                self.db.execute("COMMIT")
            elif self.db.in_transaction:  # SQLite may already have rolled back (e.g. disk full)
                self.db.execute("ROLLBACK")
        except sqlite3.DatabaseError as err:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(_explain_sqlite(err, self.path)) from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(_explain_sqlite(exc, self.path)) from None
        return False


def _explain_sqlite(exc: Exception, path: Path) -> str:
    msg = str(exc).lower()
    if "readonly" in msg or "read-only" in msg:
        return f"La base de relecture « {path} » est en lecture seule : rien n'a été enregistré."
    if "disk is full" in msg or "database or disk is full" in msg:
        return f"Disque plein : la base de relecture « {path} » n'a pas pu être écrite (aucune donnée perdue)."
    if "locked" in msg or "busy" in msg:
        return f"La base de relecture « {path} » est occupée par un autre processus ; réessayez dans un instant."
    if "not a database" in msg or "malformed" in msg:
        return f"« {path} » n'est pas une base de relecture valide (fichier endommagé ou d'un autre type)."
    if "unable to open" in msg:
        return f"Impossible d'ouvrir la base de relecture « {path} » (dossier inexistant ou droits insuffisants)."
    return f"Erreur de la base de relecture « {path} » : {exc}"


def _statements(script: str) -> Iterable[str]:
    buf: list[str] = []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            yield joined
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        yield rest


def _decision(r: sqlite3.Row) -> Decision:
    return Decision(r["id"], r["document_id"], r["indicator"], json.loads(r["value"]), r["reviewer"],
                    r["comment"], r["decided_at"], r["suggestion_id"])


def _suggested_items(line: dict) -> Iterable[tuple[str, dict]]:
    for key, ind in (line.get("indicators") or {}).items():
        yield key, ind
    for key in ("type_employeur", "type_poste"):
        if key in line:
            yield key, {"value": line[key], "confidence": None, "evidence": []}
    if line.get("avis"):
        yield "avis", {"value": line["avis"].get("value"), "confidence": None, "evidence": [],
                       "explanation": ", ".join(line["avis"].get("criteres_non_respectes", []))}


def record_batch(store_path: str | Path, paths, lines: list[dict], *, rules_dir=None, model_path=None) -> int:
    """Record the results of a batch (called by `iscg analyze --store`). Returns the count stored."""
    from .cache import code_version, model_version, rules_version
    from .extract import read_document

    store = ReviewStore(store_path)
    try:
        run_id = store.start_run(code_version(), rules_version(rules_dir), model_version(model_path))
        n = 0
        for line in lines:
            if "error" in line:
                continue
            known = store.db.execute("SELECT text FROM documents WHERE sha256=?", (line["sha256"],)).fetchone()
            text = None
            if not known or known["text"] is None:
                try:
                    text = read_document(line["file"]).text
                except Exception:  # noqa: BLE001 - the text is a convenience for the review page
                    text = None
            if store.record_analysis(run_id, line, path=line["file"], text=text) is not None:
                n += 1
        return n
    finally:
        store.close()

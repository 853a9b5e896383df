"""Read what reviewers decided out of the review store, as training examples and as report material.

Only plain SELECTs and the store's public reading API: the store module belongs to someone else and
decisions are append-only, so reading never changes anything.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..labels import VALUE_LABELS
from ..store import ReviewStore

# Indicators whose value is a category a classifier can learn (years, costs and the avis are not).
LEARNABLE = tuple(k for k in VALUE_LABELS)


@dataclass
class Reviewed:
    """One (convention, indicator) a person decided, with what the tool had suggested."""

    document_id: int
    sha256: str
    file_name: str
    indicator: str
    value: Any  # the current (latest) decision
    reviewer: str
    decision_id: int
    suggested: Any  # the tool's value the decision was made on (None if unknown)
    evidence: list[dict] = field(default_factory=list)  # evidence of that suggestion
    text: str | None = None


def _suggestion(store: ReviewStore, suggestion_id: int | None, doc_id: int, indicator: str) -> dict | None:
    row = None
    if suggestion_id is not None:
        row = store.db.execute("SELECT value, evidence FROM suggestions WHERE id=?", (suggestion_id,)).fetchone()
    if row is None:  # decided without a suggestion id: fall back on the latest analysis
        row = store.db.execute(
            "SELECT s.value, s.evidence FROM suggestions s JOIN analyses a ON a.id = s.analysis_id "
            "WHERE s.document_id=? AND s.indicator=? ORDER BY a.id DESC LIMIT 1", (doc_id, indicator)).fetchone()
    if row is None:
        return None
    return {"value": json.loads(row["value"]), "evidence": json.loads(row["evidence"] or "[]")}


def reviewed_items(store: ReviewStore, *, with_text: bool = True) -> list[Reviewed]:
    """Every current decision of the store, oldest document first."""
    out: list[Reviewed] = []
    docs = store.db.execute("SELECT id, sha256, file_name" + (", text" if with_text else "")
                            + " FROM documents ORDER BY id").fetchall()
    for d in docs:
        for key, dec in sorted(store.current_decisions(d["id"]).items()):
            sugg = _suggestion(store, dec.suggestion_id, d["id"], key)
            out.append(Reviewed(
                document_id=d["id"], sha256=d["sha256"], file_name=d["file_name"], indicator=key,
                value=dec.value, reviewer=dec.reviewer, decision_id=dec.id,
                suggested=sugg["value"] if sugg else None, evidence=sugg["evidence"] if sugg else [],
                text=d["text"] if with_text else None))
    return out


def learnable_examples(store: ReviewStore) -> dict[str, list[Reviewed]]:
    """indicator -> decided examples with a text and a categorical value."""
    by_ind: dict[str, list[Reviewed]] = {}
    for r in reviewed_items(store):
        if r.indicator in LEARNABLE and isinstance(r.value, str) and r.text:
            by_ind.setdefault(r.indicator, []).append(r)
    return by_ind


def data_version(examples: list[Reviewed], extra: str = "") -> str:
    """Hash of the decisions a model learned from: same decisions, same hash (order does not matter)."""
    h = hashlib.sha256(extra.encode())
    for key in sorted((r.sha256, r.indicator, json.dumps(r.value, ensure_ascii=False), r.decision_id)
                      for r in examples):
        h.update(json.dumps(key, ensure_ascii=False).encode() + b"\n")
    return h.hexdigest()[:16]


def reviewers_per_item(store: ReviewStore) -> dict[tuple[int, str], dict[str, Any]]:
    """(document, indicator) -> {reviewer: that reviewer's latest value}, from the full history."""
    out: dict[tuple[int, str], dict[str, Any]] = {}
    for dec in store.history():  # ordered by id: a later decision of the same reviewer wins
        out.setdefault((dec.document_id, dec.indicator), {})[dec.reviewer] = dec.value
    return out

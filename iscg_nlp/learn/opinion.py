"""Second opinion: a model learned from reviewers that disagrees, with confidence, with the rules.

When a model's most probable value differs from the rules' value with probability ≥ ``THRESHOLD``, the
indicator is marked « à vérifier » and the reviewer sees the model's value and the three reviewed
conventions whose passage is closest (cosine of the TF-IDF vectors) with what was decided for them.
The second opinion never replaces the rules' value: it points a person at a place worth a second look.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .context import relevant_text
from .signing import ModelFileError, load_signed, models_dir
from .train import THRESHOLD

N_SIMILAR = 3


@dataclass
class LoadedModels:
    models: dict[str, tuple[dict, dict]] = field(default_factory=dict)  # indicator -> (payload, manifest)
    problems: dict[str, str] = field(default_factory=dict)  # indicator -> why refused (French)


_CACHE: dict[str, tuple[tuple, LoadedModels]] = {}


def _stamp(d: Path) -> tuple:
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in d.iterdir()))
    except OSError:
        return ()


def load_models(store_path: str | Path) -> LoadedModels:
    """Every verified model of the store (loaded once per process while the files do not change)."""
    d = models_dir(store_path)
    if not d.is_dir():
        return LoadedModels()
    key = os.path.abspath(d)
    stamp = _stamp(d)
    cached = _CACHE.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    out = LoadedModels()
    for manifest_path in sorted(d.glob("*.json")):
        name = manifest_path.stem
        try:
            out.models[name] = load_signed(store_path, name)
        except ModelFileError as exc:
            out.problems[name] = str(exc)
    _CACHE[key] = (stamp, out)
    return out


def model_problems(store_path: str | Path) -> dict[str, str]:
    """Models found but refused (altered, foreign, other scikit-learn): show these to the person."""
    return dict(load_models(store_path).problems)


def _rule_value(line: dict, indicator: str) -> Any:
    if indicator in ("type_employeur", "type_poste"):
        return line.get(indicator)
    return (line.get("indicators", {}).get(indicator) or {}).get("value")


def _evidence(line: dict, indicator: str) -> list[dict]:
    return (line.get("indicators", {}).get(indicator) or {}).get("evidence") or []


def second_opinion(line: dict, text: str | None, store_path: str | Path | None, *,
                   threshold: float = THRESHOLD, rules_dir: str | None = None) -> dict | None:
    """``{indicator: {"value", "probabilite", "valeur_regles", "statut", "similaires": [{"file", "value",
    "similarite"}], "modele": {...}}}`` for each indicator where a model disagrees with the rules with
    probability ≥ ``threshold``; None when nothing to say (no store, no model, no text, an error line)."""
    if not store_path or not text or "error" in line:
        return None
    loaded = load_models(store_path)
    if not loaded.models:
        return None
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # tiny problems: threads only cost (see train.learn)
        return _disagreements(line, text, loaded, threshold, rules_dir)


def _disagreements(line: dict, text: str, loaded: LoadedModels, threshold: float,
                   rules_dir: str | None) -> dict | None:
    from sklearn.metrics.pairwise import cosine_similarity

    out: dict[str, Any] = {}
    for indicator, (payload, manifest) in sorted(loaded.models.items()):
        rule_value = _rule_value(line, indicator)
        if rule_value is None and indicator not in line.get("indicators", {}):
            continue
        passage = relevant_text(text, indicator, _evidence(line, indicator), rules_dir)
        pipe = payload["pipeline"]
        proba = pipe.predict_proba([passage])[0]
        best = int(proba.argmax())
        value, p = str(pipe.classes_[best]), float(proba[best])
        if value == rule_value or p < threshold:
            continue
        vec = pipe.named_steps["features"].transform([passage])
        sims = cosine_similarity(vec, payload["matrix"])[0]
        similar = []
        for i in sims.argsort()[::-1]:
            if payload["shas"][i] == line.get("sha256"):
                continue  # the convention itself, already reviewed: not a comparison
            similar.append({"file": payload["files"][i], "value": payload["values"][i],
                            "similarite": round(float(sims[i]), 3)})
            if len(similar) == N_SIMILAR:
                break
        result = manifest.get("result") or {}
        out[indicator] = {
            "value": value, "probabilite": round(p, 3), "valeur_regles": rule_value, "statut": "à vérifier",
            "similaires": similar,
            "modele": {"exemples": result.get("n_used"), "exactitude_validation_croisee": result.get("cv_accuracy"),
                       "version_donnees": manifest.get("data_version")},
        }
    return out or None


def attach_second_opinion(line: dict, text: str | None, store_path: str | Path | None) -> dict:
    """Add ``second_opinion`` to a JSON line when there is one (the line is returned for chaining)."""
    so = second_opinion(line, text, store_path)
    if so:
        line["second_opinion"] = so
    return line


def second_opinion_for_document(store_path: str | Path, doc_id: int) -> dict | None:
    """For the review page: the second opinion on a stored document's latest analysis (computed now, from
    the stored text and the current models, so it follows the latest `iscg learn`)."""
    from ..store import ReviewStore

    with ReviewStore(store_path) as store:
        line = store.latest_result(doc_id)
        doc = store.document(doc_id)
    if not line or not doc:
        return None
    return second_opinion(line, doc.get("text"), store_path)


def has_models(store_path: str | Path | None) -> bool:
    """Cheap check before doing any work in the batch: is there at least one verified model?"""
    return bool(store_path) and bool(load_models(store_path).models)


def second_opinion_for_line(line: dict, store_path: str | Path | None) -> dict | None:
    """For the batch, where only the JSON line is at hand: the text comes from the store when the
    document is already there (same sha256), otherwise from the file itself."""
    if not has_models(store_path) or "error" in line:
        return None
    import sqlite3

    text = None
    try:
        db = sqlite3.connect(f"file:{Path(store_path)}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT text FROM documents WHERE sha256=?", (line.get("sha256"),)).fetchone()
        finally:
            db.close()
        text = row[0] if row else None
    except sqlite3.DatabaseError:
        text = None
    if text is None:
        try:
            from ..extract import read_document

            text = read_document(line["file"]).text
        except Exception:  # noqa: BLE001 - no text, no second opinion; the analysis itself stands
            return None
    return second_opinion(line, text, store_path)

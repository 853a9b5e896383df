"""One `Record` per convention, whatever the source: JSON lines, a folder of files, or the review store.

The statistics count what a person validated where there is a decision, and the tool's suggestion
otherwise; every value keeps where it came from (« relecteur » or « outil ») so the report can say
which share of the figures rests on human review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..pipeline import DESCRIPTIVE_KEYS, INDICATOR_KEYS
from .departements import departement_of

RELECTEUR, OUTIL = "relecteur", "outil"


@dataclass
class Record:
    """What the statistics need about one convention."""

    label: str  # file name (replaced by « Convention n° k » in the public version)
    values: dict[str, Any]  # indicator / type_employeur / type_poste / avis -> code
    origin: dict[str, str] = field(default_factory=dict)  # same keys -> "relecteur" | "outil"
    criteres: list[str] = field(default_factory=list)  # avis criteria not met
    evidence: dict[str, list[dict]] = field(default_factory=dict)  # indicator -> evidence of the tool
    financeurs: list[dict] = field(default_factory=list)
    score: float | None = None  # proximity to the model convention (0-1)
    text: str | None = None
    departement: str | None = None
    validated: bool = False  # the whole convention was validated by a reviewer (store status)
    sha256: str | None = None

    def get(self, key: str) -> Any:
        return self.values.get(key)

    @property
    def year(self) -> int | None:
        y = self.values.get("annee_signature")
        return y if isinstance(y, int) else None

    @property
    def reviewed(self) -> bool:
        return any(o == RELECTEUR for o in self.origin.values())


# --------------------------------------------------------------------------- avis mapping


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    indicator: str
    fails: frozenset


@lru_cache(maxsize=4)
def avis_criteria(rules_dir: str | None = None) -> tuple[tuple[Criterion, ...], tuple[tuple[str, int | None], ...]]:
    """Criteria and levels of ``rules/avis.yaml`` (read as data: ANISCG may change it)."""
    from ..resources import default_rules_dir

    path = Path(rules_dir or default_rules_dir()) / "avis.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    crit = tuple(Criterion(c["key"], c["label"], c["indicator"], frozenset(c["fails"])) for c in raw["criteria"])
    levels = tuple((lv["value"], lv.get("max_failed")) for lv in raw["levels"])
    return crit, levels


def recompute_avis(values: dict[str, Any], rules_dir: str | None = None) -> tuple[str, list[str]]:
    """Avis and criteria not met from (possibly reviewer-corrected) values, as the verdict stage does."""
    criteria, levels = avis_criteria(rules_dir)
    failed = [c.key for c in criteria if values.get(c.indicator) is None or values.get(c.indicator) in c.fails]
    for value, max_failed in levels:
        if max_failed is None or len(failed) <= max_failed:
            return value, failed
    return levels[-1][0], failed


# --------------------------------------------------------------------------- from JSON lines


def record_from_line(line: dict, text: str | None = None) -> Record | None:
    """A Record from one `iscg analyze --format jsonl` line (None for an error line)."""
    if "error" in line or "indicators" not in line:
        return None
    values: dict[str, Any] = {}
    evidence: dict[str, list[dict]] = {}
    inds = line.get("indicators") or {}
    for key in INDICATOR_KEYS:
        ind = inds.get(key)
        if isinstance(ind, dict):
            values[key] = ind.get("value")
            evidence[key] = list(ind.get("evidence") or [])
    for key in DESCRIPTIVE_KEYS:
        if line.get(key) is not None:
            values[key] = line[key]
    avis = line.get("avis") or {}
    if avis.get("value"):
        values["avis"] = avis["value"]
    prox = inds.get("proximite_modele") or {}
    fin = inds.get("financement") or {}
    rec = Record(
        label=Path(str(line.get("file", "?"))).name,
        values=values,
        origin={k: OUTIL for k in values},
        criteres=list(avis.get("criteres_non_respectes") or []),
        evidence=evidence,
        financeurs=list(fin.get("financeurs") or []),
        score=prox.get("score"),
        text=text,
        departement=line.get("departement") or departement_of(text),
        sha256=line.get("sha256"),
    )
    if "avis" not in values:
        rec.values["avis"], rec.criteres = recompute_avis(values)
        rec.origin["avis"] = OUTIL
    return rec


def read_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def records_from_lines(lines: Iterable[dict], texts: dict[str, str] | None = None) -> list[Record]:
    texts = texts or {}
    out = []
    for line in lines:
        rec = record_from_line(line, texts.get(str(line.get("file"))))
        if rec is not None:
            out.append(rec)
    return out


# --------------------------------------------------------------------------- from files


def records_from_paths(paths: Iterable[str | Path], *, use_cache: bool = True, workers: int | None = None,
                       rules_dir=None, model_path=None) -> tuple[list[Record], dict]:
    """Analyse the files (batch runner, cache) and read their texts; ``.jsonl`` files are loaded as results.

    Returns the records and the batch summary (files, errors, from cache).
    """
    from ..batch import analyze_paths
    from ..extract import read_document

    jsonl = [Path(p) for p in paths if str(p).endswith(".jsonl") and Path(p).is_file()]
    docs = [p for p in paths if not (str(p).endswith(".jsonl") and Path(p).is_file())]
    lines: list[dict] = []
    summary: dict = {"fichiers": 0, "codes": 0, "erreurs": {}, "depuis_cache": 0}
    for p in jsonl:
        got = read_jsonl(p)
        lines.extend(got)
        summary["fichiers"] += len(got)
        summary["codes"] += sum(1 for g in got if "error" not in g)
    if docs:
        analysed, s = analyze_paths(docs, rules_dir=rules_dir, model_path=model_path, workers=workers,
                                    use_cache=use_cache)
        for k in ("fichiers", "codes", "depuis_cache"):
            summary[k] += s.get(k, 0)
        summary["erreurs"] = s.get("erreurs", {})
        lines.extend(analysed)
    texts: dict[str, str] = {}
    for line in lines:
        if "error" in line or not Path(str(line.get("file"))).is_file():
            continue
        try:
            texts[str(line["file"])] = read_document(line["file"]).text
        except Exception:  # noqa: BLE001 - a text is only needed for départements and families
            pass
    return records_from_lines(lines, texts), summary


# --------------------------------------------------------------------------- from the review store


def records_from_store(store_path: str | Path) -> list[Record]:
    """Validated decisions where they exist, the latest suggestion otherwise (read only)."""
    from ..store import ReviewStore

    store = ReviewStore(store_path)
    try:
        out = []
        for doc in store.documents():
            line = store.latest_result(doc["id"]) or {}
            rec = record_from_line(line, doc.get("text")) if line else None
            if rec is None:
                rec = Record(label=doc["file_name"], values={}, text=doc.get("text"),
                             departement=departement_of(doc.get("text")))
            rec.label = doc["file_name"]
            rec.sha256 = doc.get("sha256")
            eff = store.effective(doc["id"])
            for key, (value, origin) in eff.items():
                rec.values[key] = value
                rec.origin[key] = origin
            if "avis" not in eff or eff["avis"][1] != RELECTEUR:
                rec.values["avis"], rec.criteres = recompute_avis(rec.values)
                rec.origin["avis"] = RELECTEUR if any(
                    rec.origin.get(c.indicator) == RELECTEUR for c in avis_criteria()[0]) else OUTIL
            else:
                rec.criteres = recompute_avis(rec.values)[1]
            rec.validated = doc.get("status") == "validee"
            out.append(rec)
        return out
    finally:
        store.close()


def provenance(records: list[Record]) -> dict[str, int]:
    """How many conventions and values rest on a reviewer's decision vs the tool's suggestion."""
    validated = sum(1 for r in records if r.validated)
    partly = sum(1 for r in records if not r.validated and r.reviewed)
    values_rel = sum(1 for r in records for k, o in r.origin.items() if o == RELECTEUR and k != "avis")
    values_tool = sum(1 for r in records for k, o in r.origin.items() if o == OUTIL and k != "avis")
    return {"conventions": len(records), "validees": validated, "en_partie_revues": partly,
            "non_revues": len(records) - validated - partly, "valeurs_relecteur": values_rel,
            "valeurs_outil": values_tool}


def provenance_sentence(p: dict[str, int]) -> str:
    """The French sentence the report opens with."""
    parts = [f"{p['conventions']} convention(s) analysée(s) : {p['validees']} validée(s) par un relecteur"]
    if p["en_partie_revues"]:
        parts.append(f"{p['en_partie_revues']} revue(s) en partie")
    parts.append(f"{p['non_revues']} sans relecture (suggestions de l'outil non revues)")
    total = p["valeurs_relecteur"] + p["valeurs_outil"]
    tail = ""
    if total:
        tail = (f" Sur {total} valeurs d'indicateurs, {p['valeurs_relecteur']} ont été décidées par un relecteur "
                f"et {p['valeurs_outil']} sont des suggestions de l'outil non revues.")
    return ", ".join(parts) + "." + tail

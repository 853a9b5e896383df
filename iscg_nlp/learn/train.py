"""`iscg learn`: one classifier per indicator, learned from the reviewers' decisions.

Minimum data (documented, checked before any training): at least ``MIN_EXAMPLES`` decided conventions
for the indicator, and at least ``MIN_CLASSES`` values each decided ``MIN_PER_CLASS`` times or more.
Values decided fewer than ``MIN_PER_CLASS`` times are left out of that model (it cannot learn them, and
the stratified cross-validation needs as many examples per value as folds) and the report says so.
Accuracy is measured by stratified cross-validation (up to 5 folds) against the reviewers, next to the
rules' own accuracy on the same conventions, so a social worker can see whether the model is worth
listening to.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import IscgError
from .context import relevant_text
from .examples import Reviewed, data_version, learnable_examples
from .model import FEATURES_VERSION, build_pipeline
from .signing import ModelFileError, load_signed, models_dir, read_manifest, save_signed

MIN_EXAMPLES = 12
MIN_CLASSES = 2
MIN_PER_CLASS = 3
MAX_FOLDS = 5
THRESHOLD = 0.8  # a second opinion is shown only when the model's probability reaches this


@dataclass
class LearnResult:
    indicator: str
    n: int  # decided examples with a text
    counts: dict[str, int]  # value -> examples
    status: str  # entraine | inchange | refuse
    message: str  # French, for the person
    n_used: int = 0
    left_out: dict[str, int] = field(default_factory=dict)  # too-rare values, not learned
    folds: int = 0
    cv_accuracy: float | None = None
    rules_accuracy: float | None = None  # tool's suggestion vs reviewers on the same examples
    confident_n: int = 0  # cross-validated predictions with p >= THRESHOLD
    confident_accuracy: float | None = None
    data_version: str | None = None


def _refusal(indicator: str, n: int, counts: dict[str, int]) -> str | None:
    kept = {v: c for v, c in counts.items() if c >= MIN_PER_CLASS}
    detail = ", ".join(f"{v} : {c}" for v, c in sorted(counts.items(), key=lambda x: -x[1])) or "aucune"
    if n < MIN_EXAMPLES:
        return (f"Pas assez de conventions relues : {n} décision(s), il en faut au moins {MIN_EXAMPLES} "
                f"(valeurs décidées — {detail}).")
    if len(kept) < MIN_CLASSES:
        return (f"Pas assez de diversité : il faut au moins {MIN_CLASSES} valeurs décidées {MIN_PER_CLASS} fois "
                f"ou plus ; ici {len(kept)} (valeurs décidées — {detail}).")
    if sum(kept.values()) < MIN_EXAMPLES:
        return (f"Pas assez d'exemples une fois écartées les valeurs trop rares : {sum(kept.values())} sur "
                f"{MIN_EXAMPLES} nécessaires (valeurs décidées — {detail}).")
    return None


def _texts(items: list[Reviewed], indicator: str, rules_dir: str | None) -> list[str]:
    return [relevant_text(r.text or "", indicator, r.evidence, rules_dir) for r in items]


def train_indicator(store_path: str | Path, indicator: str, items: list[Reviewed], *,
                    rules_dir: str | None = None, force: bool = False) -> LearnResult:
    import numpy as np
    import sklearn
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    counts = dict(Counter(r.value for r in items))
    n = len(items)
    refusal = _refusal(indicator, n, counts)
    if refusal:
        _remove_model(store_path, indicator)
        return LearnResult(indicator, n, counts, "refuse", refusal)
    left_out = {v: c for v, c in counts.items() if c < MIN_PER_CLASS}
    used = [r for r in items if r.value not in left_out]
    version = data_version(used, FEATURES_VERSION + "|" + sklearn.__version__)
    if not force:
        previous = _previous_result(store_path, indicator, version)
        if previous is not None:
            return previous

    texts = _texts(used, indicator, rules_dir)
    y = np.array([r.value for r in used])
    folds = min(MAX_FOLDS, min(Counter(y).values()))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    proba = cross_val_predict(build_pipeline(), texts, y, cv=cv, method="predict_proba")
    classes = np.array(sorted(set(y)))
    pred = classes[proba.argmax(axis=1)]
    best = proba.max(axis=1)
    cv_acc = float((pred == y).mean())
    confident = best >= THRESHOLD
    conf_acc = float((pred[confident] == y[confident]).mean()) if confident.any() else None
    rules_acc = float(np.mean([r.suggested == r.value for r in used]))

    pipe = build_pipeline().fit(texts, y)
    matrix = pipe.named_steps["features"].transform(texts)
    payload = {"pipeline": pipe, "matrix": matrix, "files": [r.file_name for r in used],
               "shas": [r.sha256 for r in used], "values": [r.value for r in used]}
    result = LearnResult(
        indicator, n, counts, "entraine", "", n_used=len(used), left_out=left_out, folds=folds,
        cv_accuracy=cv_acc, rules_accuracy=rules_acc, confident_n=int(confident.sum()),
        confident_accuracy=conf_acc, data_version=version)
    result.message = _trained_message(result)
    manifest = {"format": 1, "indicator": indicator, "features": FEATURES_VERSION,
                "sklearn_version": sklearn.__version__, "data_version": version,
                "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "classes": [str(c) for c in pipe.classes_], "result": asdict(result)}
    save_signed(store_path, indicator, payload, manifest)
    return result


def _trained_message(r: LearnResult) -> str:
    msg = (f"Modèle appris sur {r.n_used} conventions ; exactitude en validation croisée ({r.folds} plis) : "
           f"{r.cv_accuracy:.0%} (règles : {r.rules_accuracy:.0%} sur les mêmes conventions).")
    if r.confident_n:
        msg += (f" Quand il est sûr (probabilité ≥ {THRESHOLD:.0%}), il a raison "
                f"{r.confident_accuracy:.0%} du temps ({r.confident_n} cas).")
    if r.left_out:
        msg += " Valeurs trop rares, non apprises : " + ", ".join(f"{v} ({c})" for v, c in r.left_out.items()) + "."
    return msg


def _previous_result(store_path, indicator: str, version: str) -> LearnResult | None:
    """The saved model's numbers when it was learned from exactly these decisions and still verifies."""
    mpath = models_dir(store_path) / f"{indicator}.json"
    if not mpath.exists():
        return None
    try:
        manifest = read_manifest(mpath)
        if manifest.get("data_version") != version:
            return None
        load_signed(store_path, indicator)
    except ModelFileError:
        return None
    data = dict(manifest.get("result") or {})
    try:
        result = LearnResult(**data)
    except TypeError:
        return None
    result.status = "inchange"
    return result


def _remove_model(store_path, indicator: str) -> None:
    """A model learned from other decisions must not outlive a refusal (only our own file names)."""
    d = models_dir(store_path)
    for suffix in (".joblib", ".json"):
        p = d / f"{indicator}{suffix}"
        if p.exists():
            p.unlink()


def learn(store_path: str | Path, *, rules_dir: str | None = None, force: bool = False,
          indicators: list[str] | None = None) -> list[LearnResult]:
    """Train (or refuse, with the numbers) one model per indicator that reviewers decided
    (all of them, or only ``indicators``)."""
    from threadpoolctl import threadpool_limits

    from ..store import ReviewStore

    store_path = Path(store_path)
    if not store_path.is_file():
        raise IscgError(f"Base de relecture introuvable : « {store_path} ».")
    with ReviewStore(store_path) as store:
        by_ind = learnable_examples(store)
    # One BLAS/OpenMP thread: these problems are tiny, and thread spinning on a busy machine made
    # each fit 20x slower (measured: 0.14 s vs 2.7 s for one logistic regression).
    # threadpoolctl only limits libraries already loaded: load scikit-learn's solvers (and scipy's
    # OpenBLAS) first.
    build_pipeline()
    import scipy.optimize  # noqa: F401

    with threadpool_limits(limits=1):
        return [train_indicator(store_path, k, items, rules_dir=rules_dir, force=force)
                for k, items in sorted(by_ind.items()) if indicators is None or k in indicators]


def results_to_json(results: list[LearnResult], store_path) -> dict[str, Any]:
    return {"base": str(store_path), "modeles": str(models_dir(store_path)),
            "minimum": {"exemples": MIN_EXAMPLES, "valeurs": MIN_CLASSES, "par_valeur": MIN_PER_CLASS},
            "seuil_second_avis": THRESHOLD, "indicateurs": [asdict(r) for r in results]}


def run_learn(args) -> int:
    """CLI entry: ``iscg learn [--store DB] [--format table|json] [--force]``."""
    from ..store import DEFAULT_STORE

    store_path = getattr(args, "store", None) or DEFAULT_STORE
    results = learn(store_path, rules_dir=getattr(args, "rules", None), force=getattr(args, "force", False))
    if getattr(args, "format", "table") == "json":
        print(json.dumps(results_to_json(results, store_path), ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    from .render import render_learn

    render_learn(results, store_path, Console(highlight=False))
    return 0

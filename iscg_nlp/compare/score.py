"""Proximity score between a convention and the model, and the proche / éloignée threshold.

    score = 0.6 × C + 0.2 × P + 0.2 × S                                   (each term in [0, 1])

C — weighted coverage of the model: for each model article, the share of its words found in the
    convention (equal or moved words of its redline; « [ … ] » placeholders not counted), averaged
    with weight 2 for an article that carries an imperative point and 1 otherwise; an article without
    equivalent covers 0.
P — provenance: the share of the convention's article words that come from the model (equal, moved,
    or filling a placeholder). A text padded with foreign clauses scores lower.
S — structural agreement: ½ × share of model articles that have an equivalent
    + ½ × share of paired articles that stay in the model's order (not moved).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from iscg_nlp.compare.model import TEMPLATE_DIR

W_COVERAGE, W_PROVENANCE, W_STRUCTURE = 0.6, 0.2, 0.2
IMPERATIVE_WEIGHT = 2.0
DEFAULT_THRESHOLD = 0.5
CALIBRATION_FILE = TEMPLATE_DIR / "calibration.yaml"


@dataclass
class ScoreParts:
    coverage: float
    provenance: float
    structure: float

    @property
    def score(self) -> float:
        return W_COVERAGE * self.coverage + W_PROVENANCE * self.provenance + W_STRUCTURE * self.structure

    def to_json(self) -> dict[str, float]:
        return {"couverture": round(self.coverage, 4), "provenance": round(self.provenance, 4),
                "structure": round(self.structure, 4), "score": round(self.score, 4)}


def combine(article_coverage: list[tuple[float, bool]], doc_words: int, doc_from_model: int,
            model_articles: int, paired_articles: int, paired_groups: int, moved_groups: int) -> ScoreParts:
    """``article_coverage``: (coverage, carries an imperative point) per model article."""
    wsum = sum(IMPERATIVE_WEIGHT if imp else 1.0 for _, imp in article_coverage)
    cov = sum(c * (IMPERATIVE_WEIGHT if imp else 1.0) for c, imp in article_coverage) / wsum if wsum else 0.0
    prov = doc_from_model / doc_words if doc_words else 0.0
    found = paired_articles / model_articles if model_articles else 0.0
    order = (paired_groups - moved_groups) / paired_groups if paired_groups else 0.0
    return ScoreParts(cov, prov, 0.5 * found + 0.5 * order)


def load_threshold(path: Path | None = None) -> float:
    """The calibrated threshold (``model_template/calibration.yaml``), or the default 0.5.

    Read once per file version (path, size, modification time): every comparison asks for it.
    """
    p = path or CALIBRATION_FILE
    try:
        st = p.stat()
    except OSError:
        return DEFAULT_THRESHOLD
    if not p.is_file():
        return DEFAULT_THRESHOLD
    return _threshold_of(str(p), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _threshold_of(path: str, _size: int, _mtime_ns: int) -> float:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return float(data.get("seuil", DEFAULT_THRESHOLD))

"""Calibration of the proche / éloignée threshold on samples whose gold gives ``proximite_modele``.

The method kept in ``model_template/calibration.yaml``: score every sample, take the highest
« éloignée » and the lowest « proche »; when they are separated, the threshold is the midpoint of the
gap between them. ``python -m iscg_nlp.compare.calibrate [corpus_samples]`` prints the figures.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from iscg_nlp.compare.model import ModelConvention


@dataclass
class SampleScore:
    file: str
    gold: str  # proche | eloignee
    score: float


@dataclass
class Calibration:
    eloignee_max: float
    proche_min: float
    samples: int
    eloignee: int
    proche: int

    @property
    def gap(self) -> float:
        return self.proche_min - self.eloignee_max

    @property
    def threshold(self) -> float:
        """Midpoint of the gap (rounded to 3 decimals, the precision the reports show)."""
        return round((self.eloignee_max + self.proche_min) / 2, 3)


def gold_samples(samples_dir: Path) -> list[tuple[Path, str]]:
    """(file, gold proximite_modele) for every gold row whose sample file exists."""
    path = samples_dir / "gold.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        value = row.get("indicators", {}).get("proximite_modele")
        if value and (samples_dir / row["file"]).is_file():
            out.append((samples_dir / row["file"], value))
    return out


def score_samples(samples: list[tuple[Path, str]], model: ModelConvention) -> list[SampleScore]:
    """Read, segment and compare each sample with ``model`` (no coding stage: the score ignores it)."""
    from iscg_nlp.compare.comparison import compare
    from iscg_nlp.extract import read_document
    from iscg_nlp.segment import segment

    out = []
    for path, gold in samples:
        doc = read_document(path)
        out.append(SampleScore(path.name, gold, compare(doc, segment(doc), model).score))
    return out


def calibrate(scores: list[SampleScore]) -> Calibration:
    eloignee = [s.score for s in scores if s.gold == "eloignee"]
    proche = [s.score for s in scores if s.gold == "proche"]
    if not eloignee or not proche:
        raise ValueError("il faut des exemples « proche » et « éloignée » pour calibrer le seuil")
    return Calibration(max(eloignee), min(proche), len(scores), len(eloignee), len(proche))


def agreement(scores: list[SampleScore], threshold: float) -> int:
    """How many samples the threshold classes as their gold does."""
    return sum(1 for s in scores if (s.score >= threshold) == (s.gold == "proche"))


def main(argv: list[str]) -> int:
    from iscg_nlp.compare.model import load_model

    samples_dir = Path(argv[0]) if argv else Path("corpus_samples")
    scores = score_samples(gold_samples(samples_dir), load_model())
    cal = calibrate(scores)
    print(f"{cal.samples} échantillons ({cal.eloignee} éloignées, {cal.proche} proches)")
    print(f"éloignée max {cal.eloignee_max:.3f}, proche min {cal.proche_min:.3f}, écart {cal.gap:+.3f}")
    print(f"seuil (milieu) {cal.threshold:.3f} : accord {agreement(scores, cal.threshold)}/{cal.samples}")
    for s in sorted(scores, key=lambda s: s.score):
        if abs(s.score - cal.threshold) <= 0.06:
            print(f"  {s.score:.3f} {s.gold:9s} {s.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

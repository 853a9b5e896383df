"""The calibrated threshold is the midpoint of the gap between « éloignée » and « proche » samples.

Scoring all 225 samples with gold takes about 15 s of CPU, too slow for every run: by default the
calibration is recomputed on the samples listed under ``temoins`` in calibration.yaml, those within
0.06 of the threshold, which hold the highest « éloignée » and the lowest « proche » and so set the
gap. ``ISCG_CALIBRATION_COMPLETE=1`` recomputes it on every sample with gold and checks all the
recorded figures (counts, gap, agreement).
"""

import os
from pathlib import Path

import pytest
import yaml

from iscg_nlp.compare import load_model
from iscg_nlp.compare.calibrate import agreement, calibrate, gold_samples, score_samples
from iscg_nlp.compare.score import CALIBRATION_FILE, load_threshold

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"
COMPLETE = os.environ.get("ISCG_CALIBRATION_COMPLETE") == "1"


def recorded() -> dict:
    return yaml.safe_load(CALIBRATION_FILE.read_text(encoding="utf-8"))


def chosen_samples() -> list[tuple[Path, str]]:
    samples = gold_samples(SAMPLES)
    if COMPLETE:
        return samples
    witnesses = set(recorded()["calibration"]["temoins"])
    return [(p, g) for p, g in samples if p.name in witnesses]


@pytest.fixture(scope="module")
def scores():
    samples = chosen_samples()
    if not samples:
        pytest.skip("pas d'échantillons codés")
    return score_samples(samples, load_model())


def test_threshold_is_the_midpoint_of_the_gap(scores):
    data = recorded()
    cal = calibrate(scores)
    assert cal.gap > 0, "les scores « proche » et « éloignée » se chevauchent"
    assert cal.eloignee_max == pytest.approx(data["calibration"]["eloignee_max"], abs=5e-4)
    assert cal.proche_min == pytest.approx(data["calibration"]["proche_min"], abs=5e-4)
    assert load_threshold() == pytest.approx(cal.threshold, abs=5e-3)
    assert agreement(scores, load_threshold()) == len(scores)


def test_witnesses_are_the_samples_next_to_the_threshold(scores):
    """Every listed witness exists and has gold; both groups are represented."""
    names = set(recorded()["calibration"]["temoins"])
    found = {s.file for s in scores}
    assert names <= {p.name for p, _ in gold_samples(SAMPLES)}
    assert names <= found
    assert {s.gold for s in scores} == {"proche", "eloignee"}


@pytest.mark.skipif(not COMPLETE, reason="ISCG_CALIBRATION_COMPLETE=1 pour recalculer sur tous les échantillons")
def test_recorded_counts_on_every_sample(scores):
    cal = recorded()["calibration"]
    result = calibrate(scores)
    assert (result.samples, result.eloignee, result.proche) == (cal["echantillons"], cal["eloignees"],
                                                                cal["proches"])
    assert round(result.gap, 3) == pytest.approx(cal["ecart"], abs=1e-3)
    assert f"{agreement(scores, load_threshold())}/{result.samples}" == cal["accord"]
    # the witnesses are exactly the samples within 0.06 of the threshold
    near = {s.file for s in scores if abs(s.score - load_threshold()) <= 0.06}
    assert near == set(cal["temoins"])

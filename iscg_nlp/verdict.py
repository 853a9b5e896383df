"""The ANISCG avis, from the criteria table of ``rules/avis.yaml`` (data, so ANISCG can change it)."""

from __future__ import annotations

from .labels import indicator_label, value_label
from .ruleset import AvisConfig, RuleSet
from .types import Avis, IndicatorCoding


def verdict(indicators: dict[str, IndicatorCoding], ruleset: RuleSet | AvisConfig) -> Avis:
    """Count the criteria not met and pick the avis level.

    A criterion whose indicator was not coded at all counts as not met (a missing coding must never
    yield a « conforme »); its reason says so.
    """
    cfg = ruleset if isinstance(ruleset, AvisConfig) else ruleset.avis
    if cfg is None:
        raise ValueError("aucun fichier avis.yaml chargé")
    failed: list[str] = []
    details: dict[str, str] = {}
    for c in cfg.criteria:
        coding = indicators.get(c.indicator)
        if coding is None:
            failed.append(c.key)
            details[c.key] = f"{c.label} : indicateur « {indicator_label(c.indicator)} » non codé."
        elif coding.value in c.fails:
            failed.append(c.key)
            details[c.key] = (f"{c.label} — {value_label(c.indicator, coding.value)} : "
                              f"{' '.join(c.reason.split())}")
    level = next(lv for lv in cfg.levels if lv.max_failed is None or len(failed) <= lv.max_failed)
    return Avis(value=level.value, criteres_non_respectes=failed, details=details)

"""Per indicator, turn the findings into one value with its evidence, following the rule file's table.

The ``decide`` cases of a rule file are ordered: the first whose ``when`` holds gives the value (that
order IS the precedence, e.g. contre-sens before ambiguïté). Fired findings the chosen case names are
its evidence; every other finding is kept in ``lost`` with a French ``why``.

Confidence (documented in rules/README.md):
- value carried by evidence: the best evidence score, minus 0.1 per other signal that also fired
  (competing readings of the text), never below 0.3;
- value resting on absence (default case, or a case met without any supporting finding): the case's
  ``confidence`` (0.5 if not given), minus 0.1 per signal that fired but lost, never below 0.2.
"""

from __future__ import annotations

from collections import Counter

from .labels import indicator_label, value_label
from .ruleset import IndicatorFile, RuleSet, When
from .types import Document, Evidence, Finding, IndicatorCoding, LostFinding, Structure

DEFAULT_ABSENCE_CONFIDENCE = 0.5
COMPETITION_PENALTY = 0.1


def holds(when: When | None, counts: Counter) -> bool:
    """Does a ``when`` condition hold for these signal counts? (no ``when``: the default case, always)."""
    if when is None:
        return True
    if when.all and not all(counts[s] > 0 for s in when.all):
        return False
    if when.any and not any(counts[s] > 0 for s in when.any):
        return False
    if when.none and any(counts[s] > 0 for s in when.none):
        return False
    if isinstance(when.min_count, int):
        pool = when.any or when.all
        if sum(counts[s] for s in pool) < when.min_count:
            return False
    elif isinstance(when.min_count, dict):
        if any(counts[s] < n for s, n in when.min_count.items()):
            return False
    return True


def _describe(when: When | None) -> str:
    if when is None:
        return "cas par défaut"
    parts = []
    if when.all:
        parts.append("tous de : " + ", ".join(when.all))
    if when.any:
        parts.append("l'un de : " + ", ".join(when.any))
    if when.none:
        parts.append("aucun de : " + ", ".join(when.none))
    if isinstance(when.min_count, int):
        parts.append(f"au moins {when.min_count} indices")
    elif isinstance(when.min_count, dict):
        parts += [f"au moins {n} fois « {s} »" for s, n in when.min_count.items()]
    return " ; ".join(parts)


def _why_lost(f: Finding, ind: IndicatorFile, chosen_index: int) -> str:
    key = ind.indicator
    chosen = ind.decide[chosen_index]
    chosen_label = value_label(key, chosen.value)
    for i, case in enumerate(ind.decide):
        if case.when is None or f.value not in case.when.signals():
            continue
        other = value_label(key, case.value)
        if i > chosen_index:
            return (f"La valeur « {chosen_label} » l'emporte sur « {other} » selon l'ordre de priorité "
                    f"de l'indicateur « {indicator_label(key)} ».")
        return (f"Cet indice ne suffit pas pour retenir « {other} » (condition : {_describe(case.when)}) ; "
                f"la valeur retenue est « {chosen_label} ».")
    return (f"Cet indice (« {f.value} ») ne désigne aucune valeur ; la valeur retenue est « {chosen_label} ».")


def _evidence(f: Finding) -> Evidence:
    return Evidence(text=f.text, start=f.start, end=f.end, page=f.page, article=f.article, rule=f.rule_id)


def evidence_rank(f: Finding, structure: Structure | None = None) -> int:
    """Which evidence a reader should see first: a sentence of an article's body (0) before an
    article heading (1), before text outside articles (2), before the preamble's « Vu … » lines (3)."""
    if f.text.lstrip()[:3].lower() in ("vu ", "vu,"):
        return 3
    if structure is None:
        return 0 if f.article and f.article.startswith(("Article", "Annexe")) else 2
    zone = structure.zone_at(f.cue_start)
    if zone in ("article", "annexe"):
        art = structure.article_at(f.cue_start)
        return 1 if art is not None and f.cue_start < art.body_start else 0
    return 3 if zone == "preambule" else 2


def decide_indicator(ind: IndicatorFile, findings: list[Finding], structure: Structure | None = None) -> IndicatorCoding:
    fired = [f for f in findings if f.status == "fired"]
    counts = Counter(f.value for f in fired)
    index, case = next((i, c) for i, c in enumerate(ind.decide) if holds(c.when, counts))
    signals = case.when.signals() if case.when else set()
    carrying = [f for f in fired if f.value in signals]
    losing = [f for f in fired if f.value not in signals]
    rivals = {f.value for f in losing}

    evidence: list[Evidence] = []
    spans: set[tuple[int, int]] = set()
    for f in sorted(carrying, key=lambda f: (evidence_rank(f, structure), f.start, -f.score)):
        if (f.start, f.end) not in spans:
            spans.add((f.start, f.end))
            evidence.append(_evidence(f))

    if carrying:
        confidence = max(0.3, max(f.score for f in carrying) - COMPETITION_PENALTY * len(rivals))
        explanation = None
    else:
        base = case.confidence if case.confidence is not None else DEFAULT_ABSENCE_CONFIDENCE
        confidence = max(0.2, base - COMPETITION_PENALTY * len(rivals))
        explanation = (case.absence or "").strip() or (
            f"Aucun passage du texte ne permet de retenir une autre valeur pour « {indicator_label(ind.indicator)} ».")

    lost = [LostFinding(f, _why_lost(f, ind, index)) for f in losing]
    lost += [LostFinding(f, f.reason or "Règle écartée.") for f in findings if f.status != "fired"]
    return IndicatorCoding(key=ind.indicator, value=case.value, confidence=round(min(1.0, confidence), 3),
                           evidence=evidence, explanation=explanation, lost=lost)


def decide(findings: list[Finding], ruleset: RuleSet, doc: Document | None = None,
           structure: Structure | None = None) -> dict[str, IndicatorCoding]:
    """One coding per indicator that has a rule file; ``structure`` ranks the evidence (body first)."""
    by_ind: dict[str, list[Finding]] = {k: [] for k in ruleset.files}
    for f in findings:
        if f.indicator in by_ind:
            by_ind[f.indicator].append(f)
    return {k: decide_indicator(ind, by_ind[k], structure) for k, ind in ruleset.files.items()}



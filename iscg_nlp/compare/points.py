"""Imperative points: is each one kept (conservé), modified (modifié) or removed (supprimé)?

Each passage of a point is looked for among the convention's sentences (folded fuzz.ratio, the best
one anywhere: an article may have moved); a point is modified as soon as one passage is, and its
meaning is changed (``sens_modifie``) when a sentinel phrase of the passages is no longer in the
corresponding part of the convention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from iscg_nlp.compare.align import Group
from iscg_nlp.compare.model import ImperativePoint
from iscg_nlp.compare.ops import EQUAL, EditOp, make_side, word_ops
from iscg_nlp.compare.units import Sentence, Unit, split_sentences, tokenize
from iscg_nlp.textutil import fold, squash

PASSAGE_FLOOR = 55.0  # fuzz.ratio under which no sentence of the convention stands for a passage
PASSAGE_PARTIAL = 90.0  # or partial_ratio at least this, for a passage embedded in a longer sentence


@dataclass
class PassageResult:
    model_text: str
    model_start: int
    model_end: int
    status: str  # conserve | modifie | supprime
    similarity: float
    doc_text: str | None = None
    doc_start: int | None = None
    doc_end: int | None = None
    article: str | None = None  # the convention's article holding it
    ops: list[EditOp] = field(default_factory=list)


@dataclass
class PointResult:
    id: str
    label: str
    pourquoi: str
    status: str  # conserve | modifie | supprime
    sens_modifie: bool
    sentinelles_perdues: list[str]
    passages: list[PassageResult]
    sens_note: str | None = None  # how the coding rules confirmed or corrected the wording check


def _locate_in_model(passage: str, folded: str, units: list[Unit]) -> tuple[int, int, Unit | None]:
    key = fold(passage)
    k = folded.find(key)
    if k < 0:  # spaces may differ: fall back to the closest model sentence
        norm = squash(key)
        best = max((s for u in units for s in u.sentences), key=lambda s: fuzz.ratio(norm, s.norm))
        k, end = best.start, best.end
    else:
        end = k + len(passage)
    unit = next((u for u in units if u.body_start <= k < u.end), None)
    return k, end, unit


def _only_local(ops: list[EditOp]) -> bool:
    """Nothing changed but « [ … ] » filled in, spacing or punctuation."""
    return all(o.kind == EQUAL or o.placeholder or (o.model_words == 0 and o.doc_words == 0) for o in ops)


def _has(sentinel: str, hay: str) -> bool:
    return any(squash(fold(alt)) in hay for alt in sentinel.split("|") if alt.strip())


def check_points(points: list[ImperativePoint], model_text: str, model_units: list[Unit],
                 doc_text: str, doc_units: list[Unit], groups: list[Group],
                 model_folded: str | None = None) -> list[PointResult]:
    folded = fold(model_text) if model_folded is None else model_folded
    doc_sentences: list[tuple[Sentence, Unit]] = [(s, u) for u in doc_units for s in u.sentences]
    norms = [s.norm for s, _ in doc_sentences]
    group_of_model = {i: g for g in groups for i in g.model}
    results = []
    for point in points:
        passages: list[PassageResult] = []
        all_regions: list[str] = []
        for passage in point.passages:
            regions: list[str] = []
            ms, me, munit = _locate_in_model(passage, folded, model_units)
            norm = squash(folded[ms:me])
            best, best_score, best_unit = None, 0.0, None
            if norms:
                scores = cdist([norm], norms, scorer=fuzz.ratio)[0]
                k = int(np.argmax(scores))
                best_score = float(scores[k])
                if best_score < PASSAGE_FLOOR:  # embedded in a longer sentence: found, and modified
                    longer = [i for i, n in enumerate(norms) if len(n) > len(norm)]
                    if longer:
                        part = cdist([norm], [norms[i] for i in longer], scorer=fuzz.partial_ratio)[0]
                        j = int(np.argmax(part))
                        if part[j] >= PASSAGE_PARTIAL:
                            k, best_score = longer[j], PASSAGE_FLOOR
                best, best_unit = doc_sentences[k]
            res = PassageResult(model_text[ms:me], ms, me, "supprime", best_score / 100.0)
            if best is not None and best_score >= PASSAGE_FLOOR:
                mside = make_side(model_text, [(tokenize(model_text[ms:me], ms, placeholders=True), me)])
                dside = make_side(doc_text, [(tokenize(best.text, best.start), best.end)])
                res.ops = word_ops(mside, dside)
                res.status = "conserve" if _only_local(res.ops) else "modifie"
                res.doc_text, res.doc_start, res.doc_end = best.text, best.start, best.end
                res.article = best_unit.label if best_unit else None
                regions.append(best.norm)
                if best_unit is not None:  # the article that now holds the passage
                    regions.append(best_unit.norm)
            else:  # nothing stands for it: the whole passage is deleted
                mside = make_side(model_text, [(tokenize(model_text[ms:me], ms, placeholders=True), me)])
                res.ops = word_ops(mside, make_side(doc_text, []))
            if munit is not None and munit.index in group_of_model:
                regions.extend(doc_units[j].norm for j in group_of_model[munit.index].doc)
            passages.append(res)
            all_regions.extend(regions)
        # a sentinel of the passages must still be in the parts of the convention that stand for them
        hay = " ".join(all_regions)
        own = squash(fold(" ".join(p.model_text for p in passages)))
        lost = [s.split("|")[0].strip() for s in point.sentinelles if _has(s, own) and not _has(s, hay)]
        statuses = {p.status for p in passages}
        status = statuses.pop() if len(statuses) == 1 else "modifie"
        if status == "conserve" and lost:  # cannot happen with verbatim passages; kept for sidecars
            status = "modifie"
        results.append(PointResult(point.id, point.label, point.pourquoi, status, bool(lost), lost, passages))
    return results


def reconcile_with_coding(points: list[PointResult], model_points: list[ImperativePoint],
                          coding: dict) -> None:
    """Let the coding rules judge meaning: the wording check only sees that words changed.

    A passage reworded but coded conforming (e.g. « auteurs présumés » written « personnes mises en
    cause ») keeps its meaning; a passage close to the model but coded otherwise has lost it.
    """
    from iscg_nlp.labels import value_label

    by_id = {m.id: m for m in model_points}
    for p in points:
        mp = by_id.get(p.id)
        ind = coding.get(mp.indicateur) if mp and mp.indicateur else None
        if mp is None or ind is None or not mp.valeurs_conformes:
            continue
        label = value_label(mp.indicateur, ind.value)
        if ind.value in mp.valeurs_conformes:
            if p.sens_modifie:
                p.sens_modifie = False
                p.sens_note = (f"Rédaction différente de la convention-type, mais le sens est conservé d'après "
                               f"le codage (« {label} »).")
        else:
            # kept word for word but contradicted elsewhere, or reworded: either way the rules say the
            # meaning is not the model's
            p.sens_modifie = p.sens_modifie or p.status != "conserve"
            p.sens_note = f"D'après le codage, le sens n'est pas celui de la convention-type (« {label} »)."

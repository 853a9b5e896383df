"""`iscg rules-report`: what the reviewers' overrides say about each rule and each indicator.

- per rule id (rule ids are in the evidence of each suggestion): how often the value it voted was
  confirmed or overridden by the current decision;
- per indicator: agreement between the tool and the reviewers (percent, Cohen's kappa), and between
  reviewers where two people decided the same convention (each one's latest value; the first two
  reviewers to decide);
- per indicator: the word sequences (2 to 5 words, folded; none starting or ending with a function word) found in at least ``MIN_PHRASE_PASSAGES``
  overridden passages and at most half as frequent, in proportion, in confirmed passages — candidate
  patterns for a rule writer.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from typing import Any

from ..evaluate import comparable
from ..textutil import fold
from .examples import Reviewed, reviewed_items, reviewers_per_item

MIN_PHRASE_PASSAGES = 2
MAX_PHRASES = 10
NGRAM_SIZES = (2, 3, 4, 5)
# Folded French function words: a sequence made only of these says nothing to a rule writer.
STOPWORDS = frozenset("""
a au aux avec ce ces cet cette d dans de des du elle en est et il ils l la le les leur leurs lui
n ne ni on ou par pas pour qu que qui s sa se ses son sont sur t un une y ainsi afin etre ete
""".split())
_WORD = re.compile(r"[a-z0-9]+")


def _key(indicator: str, value: Any) -> str:
    return json.dumps(comparable(indicator, value), ensure_ascii=False, sort_keys=True)


def agreement(a: list[str], b: list[str]) -> dict[str, Any]:
    """Percent agreement and Cohen's kappa (None when only one value was ever used)."""
    from sklearn.metrics import cohen_kappa_score

    n = len(a)
    if n == 0:
        return {"n": 0, "accord": None, "kappa": None}
    same = sum(x == y for x, y in zip(a, b))
    kappa = float(cohen_kappa_score(a, b)) if len(set(a) | set(b)) > 1 else None
    if kappa is not None and kappa != kappa:  # NaN: degenerate table
        kappa = None
    return {"n": n, "accord": same / n, "kappa": kappa}


def _rules(items: list[Reviewed]) -> list[dict[str, Any]]:
    stats: dict[str, dict[str, Any]] = {}
    for r in items:
        confirmed = _key(r.indicator, r.value) == _key(r.indicator, r.suggested)
        for rule in sorted({e.get("rule") for e in r.evidence if e.get("rule")}):
            s = stats.setdefault(rule, {"regle": rule, "indicateur": r.indicator, "valeur_votee": r.suggested,
                                        "confirmees": 0, "corrigees": 0, "corrigees_vers": Counter()})
            if confirmed:
                s["confirmees"] += 1
            else:
                s["corrigees"] += 1
                s["corrigees_vers"][json.dumps(r.value, ensure_ascii=False)] += 1
    out = []
    for s in stats.values():
        total = s["confirmees"] + s["corrigees"]
        s["taux_confirmation"] = s["confirmees"] / total if total else None
        s["corrigees_vers"] = {json.loads(k): v for k, v in s["corrigees_vers"].most_common()}
        out.append(s)
    out.sort(key=lambda s: (-s["corrigees"], s["taux_confirmation"] or 0, s["regle"]))
    return out


def _indicators(items: list[Reviewed]) -> dict[str, Any]:
    by_ind: dict[str, list[Reviewed]] = defaultdict(list)
    for r in items:
        if r.suggested is not None:
            by_ind[r.indicator].append(r)
    out = {}
    for key, rs in sorted(by_ind.items()):
        tool = [_key(key, r.suggested) for r in rs]
        people = [_key(key, r.value) for r in rs]
        res = agreement(tool, people)
        pairs = Counter((t, p) for t, p in zip(tool, people) if t != p)
        res["corrections"] = [{"outil": json.loads(t), "relecteurs": json.loads(p), "n": n}
                              for (t, p), n in pairs.most_common()]
        out[key] = res
    return out


def _between_reviewers(per_item: dict[tuple[int, str], dict[str, Any]]) -> dict[str, Any]:
    pairs: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (_, indicator), by_reviewer in per_item.items():
        if len(by_reviewer) < 2:
            continue
        first, second = list(by_reviewer.values())[:2]
        a, b = pairs[indicator]
        a.append(_key(indicator, first))
        b.append(_key(indicator, second))
    return {k: agreement(a, b) for k, (a, b) in sorted(pairs.items())}


def _ngrams(text: str) -> set[str]:
    words = _WORD.findall(fold(text))
    grams = set()
    for n in NGRAM_SIZES:
        for i in range(len(words) - n + 1):
            g = words[i:i + n]
            if g[0] in STOPWORDS or g[-1] in STOPWORDS:  # « secret de », « de la loi »: edges say nothing
                continue
            grams.add(" ".join(g))
    return grams


def _phrases(items: list[Reviewed]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    over: dict[str, list[tuple[set[str], Any]]] = defaultdict(list)
    conf: dict[str, list[set[str]]] = defaultdict(list)
    without_passage: Counter = Counter()
    for r in items:
        if r.suggested is None:
            continue
        confirmed = _key(r.indicator, r.value) == _key(r.indicator, r.suggested)
        texts = [e.get("text") or "" for e in r.evidence if e.get("text")]
        if not texts:
            if not confirmed:
                without_passage[r.indicator] += 1
            continue
        grams = set().union(*(_ngrams(t) for t in texts))
        if confirmed:
            conf[r.indicator].append(grams)
        else:
            over[r.indicator].append((grams, r.value))
    out: dict[str, list[dict]] = {}
    for key, passages in sorted(over.items()):
        df_over = Counter(g for grams, _ in passages for g in grams)
        df_conf = Counter(g for grams in conf.get(key, []) for g in grams)
        n_over, n_conf = len(passages), max(len(conf.get(key, [])), 1)
        candidates = []
        for g, c in df_over.items():
            if c < MIN_PHRASE_PASSAGES:
                continue
            if df_conf[g] / n_conf > 0.5 * c / n_over:
                continue  # as common where the tool was right: not what made it wrong
            candidates.append((g, c))
        # keep the longest sequence of a family seen in the same number of passages
        candidates.sort(key=lambda x: (-x[1], -len(x[0].split()), x[0]))
        kept: list[tuple[str, int]] = []
        for g, c in candidates:
            if any(c == kc and f" {g} " in f" {k} " for k, kc in kept):
                continue
            kept.append((g, c))
            if len(kept) == MAX_PHRASES:
                break
        out[key] = [{"expression": g, "passages_corriges": c, "passages_confirmes": df_conf[g],
                     "valeurs_relecteurs": dict(Counter(json.dumps(v, ensure_ascii=False)
                                                        for grams, v in passages if g in grams))}
                    for g, c in kept]
    return out, dict(without_passage)


def rules_report(store) -> dict[str, Any]:
    """The whole report from an open ``ReviewStore`` (plain reads only)."""
    items = reviewed_items(store, with_text=False)
    phrases, without = _phrases(items)
    return {
        "decisions": len(items),
        "conventions": len({r.document_id for r in items}),
        "regles": _rules(items),
        "indicateurs": _indicators(items),
        "entre_relecteurs": _between_reviewers(reviewers_per_item(store)),
        "expressions": phrases,
        "corrections_sans_passage": without,
    }


def run_rules_report(args) -> int:
    """CLI entry: ``iscg rules-report [--store DB] [--format table|json]``."""
    from pathlib import Path

    from ..errors import IscgError
    from ..store import DEFAULT_STORE, ReviewStore

    store_path = Path(getattr(args, "store", None) or DEFAULT_STORE)
    if not store_path.is_file():
        raise IscgError(f"Base de relecture introuvable : « {store_path} ».")
    with ReviewStore(store_path) as store:
        report = rules_report(store)
    report["base"] = str(store_path)
    if getattr(args, "format", "table") == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    from .render import render_rules_report

    render_rules_report(report, Console(highlight=False))
    return 0

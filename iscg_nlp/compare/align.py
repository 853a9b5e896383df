"""Article and sentence alignment between the model and a convention.

Articles: a similarity matrix (title and body, folded), an optimal one-to-one assignment
(Hungarian method, `assignment.py`), a floor under which an article has no equivalent, then
split / merge detection by word containment and move detection by longest increasing subsequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq
from rapidfuzz.process import cdist
from iscg_nlp.compare.assignment import linear_sum_assignment

from iscg_nlp.compare.units import Sentence, Unit

TITLE_WEIGHT = 0.3  # share of the title in an article's similarity (body: the rest)
# Bodies are compared on folded WORDS (Indel similarity of word lists): measured on the model against
# itself, two different articles score 0.18 (median) to 0.26 (max) on words but 0.43 to 0.51 on
# characters (fuzz.ratio): French function words and letters make any two articles look alike.
# Titles are compared without their function words (token_set_ratio), so that « Objet de la
# convention » and « Durée de la convention » do not look alike.
# Under ARTICLE_FLOOR two articles are not the same article (« sans équivalent »): two different
# articles with unrelated titles score ≤ 0.3 × 0.4 + 0.7 × 0.26 ≈ 0.30.
ARTICLE_FLOOR = 0.40
# Second chance for an article reworded in depth: same topic in the title (title similarity at least
# TITLE_PAIR, e.g. « Public concerné » / « Public et situations ») and a combined similarity at least
# TITLE_PAIR_FLOOR (a body sharing some wording); paired only among articles left unpaired.
TITLE_PAIR = 0.5
TITLE_PAIR_FLOOR = 0.30
_TITLE_STOP = frozenset("de la le les du des et a au aux en l d un une sur pour par convention "
                        "presente article".split())
# An unpaired article whose words are for this share found (in order) in another article is a piece
# of it: a split (convention side) or a merge (model side).
CONTAINMENT = 0.6
MIN_PIECE_WORDS = 8
SENTENCE_FLOOR = 0.55  # fuzz.ratio / 100 under which two sentences are not paired
SENTENCE_SAME = 0.97  # at or above: the sentence is kept as it is


@dataclass
class SentencePair:
    model: Sentence | None
    doc: Sentence | None
    similarity: float
    status: str  # identique | modifiee | supprimee | ajoutee
    moved: bool = False


@dataclass
class Group:
    """Model articles and convention units that correspond (1-1, 1-n split, n-1 merge, or one side)."""

    model: list[int]
    doc: list[int]
    similarity: float
    kind: str = "apparie"  # apparie | scinde | fusionne | supprime | ajoute
    moved: bool = False
    sentences: list[SentencePair] = field(default_factory=list)


def _words(u: Unit) -> list[str]:
    return [t.norm for t in u.tokens if t.norm[:1].isalnum() and not t.placeholder]


def _title_key(title_norm: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", title_norm) if w not in _TITLE_STOP)


def similarity_matrix(model: list[Unit], doc: list[Unit], titles: np.ndarray | None = None) -> np.ndarray:
    """Title + body similarity in [0, 1], both folded (accents and case do not count).

    ``titles``, if given, receives the title similarities (0 where a title is missing).
    """
    sim = np.zeros((len(model), len(doc)))
    mw, dw = [_words(u) for u in model], [_words(u) for u in doc]
    mt, dt = [_title_key(u.title_norm) for u in model], [_title_key(u.title_norm) for u in doc]
    for i in range(len(model)):
        for j in range(len(doc)):
            body = Indel.normalized_similarity(mw[i], dw[j])
            if mt[i] and dt[j]:
                title = fuzz.token_set_ratio(mt[i], dt[j]) / 100.0
                if titles is not None:
                    titles[i, j] = title
                sim[i, j] = TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body
            else:
                sim[i, j] = body
    return sim


def _containment(part: list[str], whole: list[str]) -> float:
    """Share of ``part``'s words found in order in ``whole``."""
    if not part:
        return 0.0
    return LCSseq.similarity(part, whole) / len(part)


def _increasing(seq: list[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence of ``seq``."""
    if not seq:
        return set()
    best_len = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best_len[j] + 1 > best_len[i]:
                best_len[i], prev[i] = best_len[j] + 1, j
    k = max(range(len(seq)), key=lambda i: best_len[i])
    out = set()
    while k != -1:
        out.add(k)
        k = prev[k]
    return out


def align_articles(model: list[Unit], doc: list[Unit]) -> list[Group]:
    """Groups in model order, then the convention's added units in their order."""
    titles = np.zeros((len(model), len(doc)))
    sim = similarity_matrix(model, doc, titles)
    pair_of_model: dict[int, Group] = {}
    pair_of_doc: dict[int, Group] = {}
    if model and doc:
        rows, cols = linear_sum_assignment(-sim)
        for i, j in zip(rows, cols):
            if sim[i, j] >= ARTICLE_FLOOR:
                g = Group([int(i)], [int(j)], float(sim[i, j]))
                pair_of_model[int(i)] = g
                pair_of_doc[int(j)] = g
        left_m = [i for i in range(len(model)) if i not in pair_of_model]
        left_d = [j for j in range(len(doc)) if j not in pair_of_doc]
        if left_m and left_d:
            sub = np.where(titles[np.ix_(left_m, left_d)] >= TITLE_PAIR, sim[np.ix_(left_m, left_d)], 0.0)
            for a, b in zip(*linear_sum_assignment(-sub)):
                if sub[a, b] >= TITLE_PAIR_FLOOR:
                    i, j = left_m[a], left_d[b]
                    g = Group([i], [j], float(sim[i, j]))
                    pair_of_model[i] = g
                    pair_of_doc[j] = g
    mwords = [_words(u) for u in model]
    dwords = [_words(u) for u in doc]
    # split: an unpaired convention unit that is a piece of a paired model article
    for j in range(len(doc)):
        if j in pair_of_doc or len(dwords[j]) < MIN_PIECE_WORDS:
            continue
        best = max(pair_of_model, key=lambda i: _containment(dwords[j], mwords[i]), default=None)
        if best is not None and _containment(dwords[j], mwords[best]) >= CONTAINMENT:
            g = pair_of_model[best]
            if len(g.model) == 1:
                g.doc.append(j)
                g.kind = "scinde"
                pair_of_doc[j] = g
    # merge: an unpaired model article that is a piece of a paired convention unit
    for i in range(len(model)):
        if i in pair_of_model or len(mwords[i]) < MIN_PIECE_WORDS:
            continue
        best = max(pair_of_doc, key=lambda j: _containment(mwords[i], dwords[j]), default=None)
        if best is not None and _containment(mwords[i], dwords[best]) >= CONTAINMENT:
            g = pair_of_doc[best]
            if len(g.doc) == 1:
                g.model.append(i)
                g.kind = "fusionne"
                pair_of_model[i] = g
    groups: list[Group] = []
    seen: set[int] = set()
    for i in range(len(model)):
        g = pair_of_model.get(i)
        if g is None:
            groups.append(Group([i], [], 0.0, "supprime"))
        elif id(g) not in seen:
            seen.add(id(g))
            g.model.sort()
            g.doc.sort()
            groups.append(g)
    paired = [g for g in groups if g.doc]
    keep = _increasing([g.doc[0] for g in paired])
    for k, g in enumerate(paired):
        g.moved = k not in keep
    for j in range(len(doc)):
        if j not in pair_of_doc:
            groups.append(Group([], [j], 0.0, "ajoute"))
    return groups


def align_sentences(model: list[Sentence], doc: list[Sentence]) -> list[SentencePair]:
    """One-to-one sentence pairs (optimal), unpaired ones as deleted / added, moves flagged."""
    pairs: list[SentencePair] = []
    used_m: set[int] = set()
    used_d: set[int] = set()
    if model and doc:
        sim = cdist([m.norm for m in model], [d.norm for d in doc], scorer=fuzz.ratio) / 100.0
        rows, cols = linear_sum_assignment(-sim)
        for i, j in zip(rows, cols):
            s = float(sim[i, j])
            if s >= SENTENCE_FLOOR:
                used_m.add(int(i))
                used_d.add(int(j))
                pairs.append(SentencePair(model[i], doc[j], s,
                                          "identique" if s >= SENTENCE_SAME else "modifiee"))
    pairs.sort(key=lambda p: p.model.start)  # type: ignore[union-attr]
    keep = _increasing([p.doc.start for p in pairs])  # type: ignore[union-attr]
    for k, p in enumerate(pairs):
        p.moved = k not in keep
    out: list[SentencePair] = []
    # deleted model sentences in model order, then added ones, merged by position for reading
    for i, m in enumerate(model):
        if i not in used_m:
            out.append(SentencePair(m, None, 0.0, "supprimee"))
    out.extend(pairs)
    out.sort(key=lambda p: p.model.start)  # type: ignore[union-attr]
    for j, d in enumerate(doc):
        if j not in used_d:
            out.append(SentencePair(None, d, 0.0, "ajoutee"))
    return out


def sentences_in_order(model: list[Sentence], doc: list[Sentence]) -> int:
    """How many model sentences have a counterpart in ``doc`` (one-to-one, ≥ SENTENCE_FLOOR) that
    keeps the model's order: the sentences of a text built on the model, even reworded, follow each
    other as in the model; those of a local text on the same subjects match here and there."""
    return sum(1 for p in align_sentences(model, doc) if p.model and p.doc and not p.moved)

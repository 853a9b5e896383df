"""Word-level edit operations between a model passage and a convention passage.

The redline is a list of ``EditOp`` built from ``rapidfuzz.distance.Levenshtein.opcodes`` on folded
word lists (≈50× faster than difflib), then a pass that pairs a deleted block with an identical
(or nearly identical) inserted block as a *move*. Renderers build their output from these records
only, never by patching strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from iscg_nlp.compare.units import Token

_WORD = re.compile(r"\w+")
EQUAL, INSERT, DELETE, REPLACE, MOVE = "equal", "insert", "delete", "replace", "move"
MOVE_MIN_WORDS = 4  # shorter blocks ("de la", "et") would pair by chance
# A deleted and an inserted block are a move when their words, as bags (token_sort_ratio on folded
# words), agree at least this much: Levenshtein often cuts a moved sentence at a shifted boundary
# (". Il propose" left, "propose … . Il" arrived), so the order of words at the edges may differ.
MOVE_MIN_RATIO = 90.0


@dataclass
class EditOp:
    """One step of the redline.

    ``model_text`` / ``doc_text`` are exact slices of each side's text (trailing spaces included so
    that concatenating the ops of one side gives back its text). A ``move`` appears twice: once at the
    place the words left (``side == "model"``, only ``model_*`` set) and once where they arrived
    (``side == "doc"``), with the same ``move_id``.
    """

    kind: str  # equal | insert | delete | replace | move
    model_start: int | None = None
    model_end: int | None = None
    doc_start: int | None = None
    doc_end: int | None = None
    model_text: str = ""
    doc_text: str = ""
    model_words: int = 0
    doc_words: int = 0
    side: str | None = None  # move only: "model" (departure) | "doc" (arrival)
    move_id: int | None = None
    placeholder: bool = False  # replace of a model « [ … ] » by its local value

    def to_json(self) -> dict:
        out = {"kind": self.kind}
        for k in ("model_start", "model_end", "doc_start", "doc_end", "side", "move_id"):
            v = getattr(self, k)
            if v is not None:
                out[k] = v
        if self.model_text:
            out["model_text"] = self.model_text
        if self.doc_text:
            out["doc_text"] = self.doc_text
        if self.placeholder:
            out["placeholder"] = True
        return out


@dataclass
class Side:
    """The tokens of one side of a pair, with the text they come from and where that text ends."""

    text: str  # the full text the offsets point into
    tokens: list[Token]
    ends: list[int]  # end offset (exclusive) of the region after each token's unit run

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Offsets of tokens i..j-1, trailing separator included up to the next token."""
        start = self.tokens[i].start
        end = self.tokens[j].start if j < len(self.tokens) and self.tokens[j].start <= self.ends[j - 1] \
            else self.ends[j - 1]
        return start, end


def make_side(text: str, runs: list[tuple[list[Token], int]]) -> Side:
    """Concatenate token runs (one per unit) of one side; ``int`` is the unit's end offset."""
    tokens: list[Token] = []
    ends: list[int] = []
    for toks, end in runs:
        tokens.extend(toks)
        ends.extend([end] * len(toks))
    return Side(text, tokens, ends)


def _words(side: Side, i: int, j: int) -> int:
    """Words that count (punctuation and model placeholders left out)."""
    return sum(1 for t in side.tokens[i:j] if t.norm[:1].isalnum() and not t.placeholder)


def _local_fill(model: Side, tag: str, i1: int, i2: int) -> bool:
    """True when the change only fills a « [ … ] » of the model with a local value."""
    toks = model.tokens
    if tag in (REPLACE, DELETE):
        span = toks[i1:i2]
        return any(t.placeholder for t in span) and all(t.placeholder or not t.norm[:1].isalnum() for t in span)
    if tag == INSERT:
        return (i1 > 0 and toks[i1 - 1].placeholder) or (i1 < len(toks) and toks[i1].placeholder)
    return False


def word_ops(model: Side, doc: Side) -> list[EditOp]:
    """Redline of ``model`` → ``doc`` as edit operations in reading order."""
    a = [t.norm for t in model.tokens]
    b = [t.norm for t in doc.tokens]
    ops: list[EditOp] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a, b).as_list() if a or b else []:
        op = EditOp(tag)
        if i2 > i1:
            op.model_start, op.model_end = model.span(i1, i2)
            op.model_text = model.text[op.model_start:op.model_end]
            op.model_words = _words(model, i1, i2)
        if j2 > j1:
            op.doc_start, op.doc_end = doc.span(j1, j2)
            op.doc_text = doc.text[op.doc_start:op.doc_end]
            op.doc_words = _words(doc, j1, j2)
        op.placeholder = _local_fill(model, tag, i1, i2)
        ops.append(op)
    _merge_adjacent(ops)
    return _pair_moves(ops, a, b, model, doc)


def _merge_adjacent(ops: list[EditOp]) -> None:
    """Levenshtein may emit delete+insert side by side: show them as one replace."""
    i = 0
    while i + 1 < len(ops):
        x, y = ops[i], ops[i + 1]
        if {x.kind, y.kind} == {DELETE, INSERT}:
            d, n = (x, y) if x.kind == DELETE else (y, x)
            ops[i] = EditOp(REPLACE, d.model_start, d.model_end, n.doc_start, n.doc_end,
                            d.model_text, n.doc_text, d.model_words, n.doc_words,
                            placeholder=d.placeholder)
            del ops[i + 1]
        else:
            i += 1


def _pair_moves(ops: list[EditOp], a: list[str], b: list[str], model: Side, doc: Side) -> list[EditOp]:
    """Turn a deleted block and an inserted block with the same words into a move (two ops)."""
    from iscg_nlp.textutil import fold

    normed: dict[str, str] = {}

    def norm(t: str) -> str:  # each inserted text is compared with every deleted one: fold it once
        if t not in normed:
            normed[t] = " ".join(w for w in _WORD.findall(fold(t)))
        return normed[t]

    gone = [k for k, o in enumerate(ops) if o.kind in (DELETE, REPLACE) and o.model_words >= MOVE_MIN_WORDS]
    came = [k for k, o in enumerate(ops) if o.kind in (INSERT, REPLACE) and o.doc_words >= MOVE_MIN_WORDS]
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g in gone:
        best, best_r = None, MOVE_MIN_RATIO
        gt = norm(ops[g].model_text)
        for c in came:
            if c in used or c == g:
                continue
            r = fuzz.token_sort_ratio(gt, norm(ops[c].doc_text))
            if r >= best_r:
                best, best_r = c, r
        if best is not None:
            used.add(best)
            pairs.append((g, best))
    if not pairs:
        return ops
    out: list[EditOp] = []
    dep = {g: n for n, (g, _) in enumerate(pairs)}
    arr = {c: n for n, (_, c) in enumerate(pairs)}
    for k, o in enumerate(ops):
        if k in dep and k in arr:  # a replace whose both halves are moves
            out.append(EditOp(MOVE, o.model_start, o.model_end, None, None, o.model_text, "",
                              o.model_words, 0, "model", dep[k]))
            out.append(EditOp(MOVE, None, None, o.doc_start, o.doc_end, "", o.doc_text,
                              0, o.doc_words, "doc", arr[k]))
        elif k in dep:
            out.append(EditOp(MOVE, o.model_start, o.model_end, None, None, o.model_text, "",
                              o.model_words, 0, "model", dep[k]))
            if o.kind == REPLACE:
                out.append(EditOp(INSERT, None, None, o.doc_start, o.doc_end, "", o.doc_text, 0, o.doc_words))
        elif k in arr:
            if o.kind == REPLACE:
                out.append(EditOp(DELETE, o.model_start, o.model_end, None, None, o.model_text, "",
                                  o.model_words, 0))
            out.append(EditOp(MOVE, None, None, o.doc_start, o.doc_end, "", o.doc_text,
                              0, o.doc_words, "doc", arr[k]))
        else:
            out.append(o)
    return out

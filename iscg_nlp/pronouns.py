"""A pronoun opening a sentence read as the actor it stands for: « L'association recrute l'intervenant.
Elle exerce sur lui l'autorité hiérarchique. » reads « L'association exerce sur lui … » for matching.

Rules name who holds an authority, who pays, who provides the office; a secretariat often names the
actor once and goes on with « il », « elle », « celle-ci ». Only actors listed in the ``pronouns:``
section of ``rules/qualifiers.yaml`` (data ANISCG can extend) are taken as antecedents, and only from
the sentence (or « ; » clause) right before:

- « il » / « elle » stand for the actor the previous sentence OPENS with (its subject), of the same
  gender; when it opens with anything else (« L'intervenant social est recruté par l'association. Il
  est placé… »), nothing is replaced;
- « celui-ci », « celle-ci », « ce dernier », « cette dernière » stand for the LAST actor of the same
  gender named in the previous sentence.

:func:`resolve` gives the text with the pronouns replaced and, for each character, its index in the
input (as :mod:`iscg_nlp.inclusive` does), so evidence stays the verbatim words of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .nlp import LazyRegex
from .normalize import Mapped, replace_spans
from .textutil import fold

#: where a sentence or a clause starts: the text start, after « . ! ? ; » or a line break, over
#: blanks, bullets, dashes, quotes and an item number (« 2° », « a) »)
_START = re.compile(r"[.!?;\n]\s*(?:[-–—•*»«\"“]\s*|\d+°\s*|[a-z]\)\s*)*")


@dataclass(frozen=True)
class PronounTable:
    """Pronouns (folded) with their gender and kind, and the actors that may stand behind them."""

    subject: dict[str, str] = field(default_factory=dict)        # « il » → "m" (every spelling)
    demonstrative: dict[str, str] = field(default_factory=dict)  # « cette dernière », « cette derniere » → "f"
    actors: tuple[tuple[LazyRegex, str], ...] = ()               # one alternation of actor cues per gender
    impersonal: tuple[LazyRegex, ...] = ()                       # « il est convenu que »: no one

    def __bool__(self) -> bool:
        return bool(self.actors) and bool(self.subject or self.demonstrative)


def table_from(raw: dict | None, cue_regex) -> PronounTable:
    """The ``pronouns:`` section of qualifiers.yaml (``cue_regex`` compiles an actor written in plain
    French, as every other cue; the actors of one gender become one alternation, longest first)."""
    if not raw:
        return PronounTable()
    actors = raw.get("actors") or {}
    unknown = set(actors) - {"m", "f"}
    if unknown:
        raise ValueError(f"pronouns.actors : genres « m » et « f » attendus, pas {sorted(unknown)}")
    alternations = []
    for gender, names in actors.items():
        cues = sorted((str(n) for n in names or []), key=lambda n: len(fold(n)), reverse=True)
        if cues:
            alternations.append((LazyRegex("|".join(f"(?:{cue_regex(c, 0).pattern})" for c in cues)), gender))
    def spellings(section: str) -> dict[str, str]:
        """Each pronoun in lower case as written and without accents (« dernière », « derniere »)."""
        return {form: str(g) for k, g in (raw.get(section) or {}).items() for form in (str(k).lower(), fold(str(k)))}
    return PronounTable(
        subject=spellings("subject"),
        demonstrative=spellings("demonstrative"),
        actors=tuple(alternations),
        impersonal=tuple(cue_regex(c, 0) for c in raw.get("impersonal") or []))


def _pronoun_at(lower: str, pos: int, table: dict[str, str]) -> tuple[str, str] | None:
    """The pronoun of ``table`` starting at ``pos`` of ``lower`` (the text in lower case) and followed
    by a blank or a comma, with its gender."""
    for p, gender in table.items():
        end = pos + len(p)
        if lower.startswith(p, pos) and end < len(lower) and lower[end] in " \t\u00a0,":
            return p, gender
    return None


def _actors(folded: str, table: PronounTable) -> list[tuple[int, int, str]]:
    """Actors named in ``folded``: (start, end, gender), in text order, the longest at each place."""
    found: dict[int, tuple[int, int, str]] = {}
    for rx, gender in table.actors:
        for m in rx.compiled.finditer(folded):
            if m.start() not in found or m.end() > found[m.start()][1]:
                found[m.start()] = (m.start(), m.end(), gender)
    return [found[k] for k in sorted(found)]


def resolve(text: str, table: PronounTable) -> Mapped | None:
    """``text`` with each opening pronoun replaced by its actor, and its offsets into ``text``; None
    when nothing is replaced (then matching runs on ``text`` itself, no copy). Only the sentence before
    each opening pronoun is folded: most documents have few of them."""
    if not table:
        return None
    lower = text.lower()
    head = re.match(r"\s*(?:[-–—•*»«\"“]\s*|\d+°\s*|[a-z]\)\s*)*", lower).end()
    starts = sorted(({head} | {m.end() for m in _START.finditer(lower)}) - {len(lower)})
    edits: list[tuple[int, int, str]] = []  # (pronoun start, end, actor text)
    for prev, s in zip(starts, starts[1:]):
        hit = _pronoun_at(lower, s, table.subject)
        if hit and any(rx.match(fold(lower[s:s + 60])) for rx in table.impersonal):
            hit = None
        demo = None if hit else _pronoun_at(lower, s, table.demonstrative)
        if not (hit or demo):
            continue
        pron, gender = hit or demo
        within = [(prev + a, prev + b, g) for a, b, g in _actors(fold(text[prev:s]), table)]
        if demo:
            same = [x for x in within if x[2] == gender]
            actor = same[-1] if same else None
        else:
            actor = within[0] if within and within[0][0] == prev and within[0][2] == gender else None
        if actor is not None:
            name = text[actor[0]:actor[1]]
            edits.append((s, s + len(pron), name[:1].upper() + name[1:]))
    return replace_spans(text, edits) if edits else None

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

The worker's writings on a person (``documents``: « une fiche de liaison », « le compte rendu ») are
antecedents too, for the same pronouns and for the references that only a writing can have
(``document_refs``: « ce document », « ledit écrit »): « Il renseigne une fiche de liaison. Celle-ci est
adressée au commandant » reads « Une fiche de liaison est adressée au commandant », which is what a
rule on copies sent to the forces must see.

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
    documents: tuple[tuple[LazyRegex, str], ...] = ()            # writings, any determiner before them
    document_refs: dict[str, str] = field(default_factory=dict)  # « ce document » → "m" (writings only)

    def __bool__(self) -> bool:
        return bool(self.actors or self.documents) and bool(self.subject or self.demonstrative
                                                            or self.document_refs)


@dataclass(frozen=True)
class Reading:
    """One reference read as its antecedent, in the offsets of the text given to :func:`resolve`:
    a finding on the replaced words shows the sentence that names the antecedent and says so."""

    start: int             # the pronoun (« Celle-ci »)
    end: int
    antecedent_start: int  # the actor or writing it stands for, in the previous sentence
    antecedent_end: int
    sentence_start: int    # where that previous sentence starts


def table_from(raw: dict | None, cue_regex) -> PronounTable:
    """The ``pronouns:`` section of qualifiers.yaml (``cue_regex`` compiles an actor written in plain
    French, as every other cue; the actors of one gender become one alternation, longest first)."""
    if not raw:
        return PronounTable()
    actors = raw.get("actors") or {}
    documents = raw.get("documents") or {}
    unknown = (set(actors) | set(documents)) - {"m", "f"}
    if unknown:
        raise ValueError(f"pronouns.actors / documents : genres « m » et « f » attendus, pas {sorted(unknown)}")
    bad = {str(g) for g in (raw.get("document_refs") or {}).values()} - {"m", "f"}
    if bad:
        raise ValueError(f"pronouns.document_refs : genres « m » et « f » attendus, pas {sorted(bad)}")

    def by_gender(section: dict, prefix: str) -> tuple[tuple[LazyRegex, str], ...]:
        out = []
        for gender, names in section.items():
            cues = sorted((str(n) for n in names or []), key=lambda n: len(fold(n)), reverse=True)
            if cues:
                out.append((LazyRegex(prefix + "(?:" + "|".join(f"(?:{cue_regex(c, 0).pattern})" for c in cues)
                                      + ")"), gender))
        return tuple(out)

    def spellings(section: str) -> dict[str, str]:
        """Each pronoun in lower case as written and without accents (« dernière », « derniere »)."""
        return {form: str(g) for k, g in (raw.get(section) or {}).items() for form in (str(k).lower(), fold(str(k)))}
    return PronounTable(
        subject=spellings("subject"),
        demonstrative=spellings("demonstrative"),
        actors=by_gender(actors, ""),
        impersonal=tuple(cue_regex(c, 0) for c in raw.get("impersonal") or []),
        documents=by_gender(documents, _DETERMINER),
        document_refs=spellings("document_refs"))


def _pronoun_at(lower: str, pos: int, table: dict[str, str]) -> tuple[str, str] | None:
    """The pronoun of ``table`` starting at ``pos`` of ``lower`` (the text in lower case) and followed
    by a blank or a comma, with its gender."""
    for p, gender in table.items():
        end = pos + len(p)
        if lower.startswith(p, pos) and end < len(lower) and lower[end] in " \t\u00a0,":
            return p, gender
    return None


#: any determiner before a writing (« la / une / cette / chaque / sa fiche de liaison »), or none
_DETERMINER = (r"(?<!\w)(?:(?:la|le|les|l'|une|un|des|du|cette|cet|ce|ces|chaque|sa|son|ses|leur|leurs"
               r"|ladite|ledit|lesdites|lesdits)\s*)?")


def _named(folded: str, alternations: tuple[tuple[LazyRegex, str], ...]) -> list[tuple[int, int, str]]:
    """Actors (or writings) named in ``folded``: (start, end, gender), in text order, the longest at
    each place."""
    found: dict[int, tuple[int, int, str]] = {}
    for rx, gender in alternations:
        for m in rx.compiled.finditer(folded):
            if m.start() not in found or m.end() > found[m.start()][1]:
                found[m.start()] = (m.start(), m.end(), gender)
    return [found[k] for k in sorted(found)]


def resolve(text: str, table: PronounTable) -> Mapped | None:
    """``text`` with each opening pronoun replaced by its actor, and its offsets into ``text``; None
    when nothing is replaced (then matching runs on ``text`` itself, no copy)."""
    got = resolve_readings(text, table)
    return got[0] if got is not None else None


def resolve_readings(text: str, table: PronounTable) -> tuple[Mapped, list[Reading]] | None:
    """As :func:`resolve`, with the readings made (where each pronoun and its antecedent are). Only
    the sentence before each opening pronoun is folded: most documents have few of them."""
    if not table:
        return None
    lower = text.lower()
    head = re.match(r"\s*(?:[-–—•*»«\"“]\s*|\d+°\s*|[a-z]\)\s*)*", lower).end()
    starts = sorted(({head} | {m.end() for m in _START.finditer(lower)}) - {len(lower)})
    edits: list[tuple[int, int, str]] = []  # (pronoun start, end, actor text)
    readings: list[Reading] = []
    for prev, s in zip(starts, starts[1:]):
        hit = _pronoun_at(lower, s, table.subject)
        if hit and any(rx.match(fold(lower[s:s + 60])) for rx in table.impersonal):
            hit = None
        demo = None if hit else _pronoun_at(lower, s, table.demonstrative)
        ref = None if hit or demo else _pronoun_at(lower, s, table.document_refs)
        if not (hit or demo or ref):
            continue
        pron, gender = hit or demo or ref
        named = _named(fold(text[prev:s]), table.documents if ref else table.actors + table.documents)
        within = [(prev + a, prev + b, g) for a, b, g in named]
        if demo or ref:
            same = [x for x in within if x[2] == gender]
            actor = same[-1] if same else None
        else:
            actor = within[0] if within and within[0][0] == prev and within[0][2] == gender else None
        if actor is not None:
            name = text[actor[0]:actor[1]]
            edits.append((s, s + len(pron), name[:1].upper() + name[1:]))
            readings.append(Reading(s, s + len(pron), actor[0], actor[1], prev))
    return (replace_spans(text, edits), readings) if edits else None

"""An organisation's short name read as its kind: after « l'Association d'aide aux victimes de l'Isère
(AFAVIM) » or « la Communauté d'agglomération Melun Val de Seine, …, ci-après « la CAMVS » », the text
« l'AFAVIM recrute l'intervenant » reads « l'association recrute l'intervenant » for matching.

Rules recognise an employer or a partner by its kind (association, communauté d'agglomération, centre
hospitalier…); a secretariat defines an acronym once and uses it everywhere after. Only the kinds listed
in the ``aliases:`` section of ``rules/qualifiers.yaml`` (data ANISCG can extend) are followed, and only
for acronyms defined right after such a name: in brackets closing the name (no comma between), in a
« ci-après « … » » on the same line, or as a brand in quotes closing the name (« La Communauté
d'agglomération de Blois « Agglopolys » »). Every later occurrence of the acronym (whole word, same capitals)
reads as the kind. :func:`resolve` gives the text and, for each character, its index in the input (as
:mod:`iscg_nlp.inclusive` does), so evidence stays the verbatim words of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import LazyRegex
from .normalize import Mapped, replace_spans
from .textutil import fold

#: an acronym defined in brackets after a name: « (AFAVIM) », « (CD 87) », « (CD 2A) » (Corsica),
#: « (CdC) », « (CoVe) »: capitals with at most a few lower-case letters between them, and one closing
#: the acronym after a capital (« (Ab) », « (Ville) » are words, not acronyms; financing reads it too)
ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z](?:[A-Z0-9&\-]|[a-z](?=[A-Z])){1,12}(?:(?<=[A-Z])[a-z](?=\s*\)))?"
                                 r"(?:\s?(?:\d{1,3}|2[AB]))?)\s*\)")
#: « ci-après dénommée « la CAMVS » », « ci-après "l'AFAVIM" »
# Only the words before the name ignore case: the name must be written as an acronym (« ci-après
# « l'association » » names no acronym; with the whole regex case-blind, it read « association » as one)
_HEREAFTER = re.compile(r"(?i:ci-apr[eè]s\s+(?:(?:d[ée]sign[ée]+s?|d[ée]nomm[ée]+s?|appel[ée]+s?|nomm[ée]+s?)\s+)?"
                        r"(?:par\s+)?[«\"“]\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?)([A-Z](?:[A-Z0-9&\-]|[a-z](?=[A-Z])){1,12})"
                        r"\s*[»\"”]")
#: a brand name in quotes closing the name, as a bracket would: « La Communauté d'agglomération de Blois
#: « Agglopolys », représentée par … »; a capital first, one to three words (« ci-après « la CAMVS » » and
#: quoted common nouns in lower case are not brands)
_QUOTED_BRAND = re.compile(r"[«\"“]\s*([A-Z][\w’'\-]{2,30}(?:\s[A-Z0-9][\w’'\-]{0,20}){0,2})\s*[»\"”]")
#: how far back the kind may stand: a bracket or a quoted brand closes a name on the same line; « ci-après »
#: ends a party line
_REACH = {"bracket": 160, "brand": 160, "hereafter": 400}


@dataclass(frozen=True)
class AliasTable:
    """The kinds of organisation an acronym may stand for (cue, the words it reads as)."""

    kinds: tuple[tuple[LazyRegex, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds)


def table_from(raw: dict | None, cue_regex) -> AliasTable:
    """The ``aliases:`` section of qualifiers.yaml: ``kinds`` maps a kind written in plain French to the
    words its acronym reads as (« communauté d'agglomération: communauté d'agglomération »)."""
    if not raw:
        return AliasTable()
    kinds = raw.get("kinds") or {}
    if not isinstance(kinds, dict):
        raise ValueError("aliases.kinds : une table « nature écrite : lecture » est attendue")
    return AliasTable(tuple((cue_regex(str(k), 0), str(v)) for k, v in kinds.items()))


_REPRESENTED = re.compile(r"represente(?:e|s|es)?\s+par\b[^,;\n]{0,120}[,;]")


def _kind_before(text: str, folded: str, pos: int, how: str, table: AliasTable, acronym: str) -> str | None:
    """The kind of organisation named before ``pos`` on its line: for a bracket, the last one with no
    comma or semicolon after it; for « ci-après », the first one of the line named as a party (before
    the line's first comma, or with a capital), unless the party is already named by the acronym before it (« CIAS de la Communauté urbaine
    d'Alençon, ci-après « le CIAS » »: the kind named after the acronym is another body's)."""
    start = max(folded.rfind("\n", 0, pos) + 1, pos - _REACH[how])
    hits = sorted((m.start(), m.end(), reading) for rx, reading in table.kinds
                  for m in rx.compiled.finditer(folded, start, pos))
    if not hits:
        return None
    if how == "hereafter":
        named_first = re.search(r"(?<![\w-])" + re.escape(fold(acronym)) + r"(?![\w-])", folded[start:hits[0][0]])
        if named_first:
            return None
        # the party is named as a party: at the head of its line (before the first comma) or with a
        # capital (« …, La Communauté d'agglomération du Boulonnais, … » in a paragraph of parties); a
        # kind in lower case further on is a member or a partner (« Le Groupement d'intérêt public …,
        # constitué entre l'État, l'établissement public territorial…, ci-après « le GIP » »)
        # parties run together on one line (a PDF): the party is the one after the last « représenté(e)
        # par …, » that a kind follows (its own « représentée par » may stand before « ci-après »), not
        # the first party of the line
        for cut in reversed([m.end() for m in _REPRESENTED.finditer(folded, start, pos)]):
            later = [h for h in hits if h[0] >= cut]
            if later:
                start, hits = cut, later
                break
        comma = folded.find(",", start, pos)
        return next((reading for s, _, reading in hits if comma < 0 or s < comma or text[s].isupper()), None)
    s, e, reading = hits[-1]
    return None if re.search(r"[,;:]", folded[e:pos]) else reading  # bracket or brand: nothing between


def resolve(text: str, table: AliasTable) -> Mapped | None:
    """``text`` with each later use of a defined acronym read as its kind, and its offsets into
    ``text``; None when there is none (then matching runs on ``text`` itself, no copy)."""
    if not table or ("(" not in text and "ci-apr" not in text.lower() and "«" not in text and '"' not in text
                     and "“" not in text):
        return None
    folded = fold(text)
    defined: dict[str, tuple[int, str]] = {}  # acronym → (end of its definition, reading)
    for how, rx in (("bracket", ACRONYM_IN_BRACKETS), ("hereafter", _HEREAFTER), ("brand", _QUOTED_BRAND)):
        for m in rx.finditer(text):
            acronym = m.group(1)
            if acronym in defined or len(acronym) < 2 or (how == "brand" and text[max(0, m.start() - 12):m.start()]
                                                          .lower().rstrip().endswith(("après", "apres"))):
                continue
            reading = _kind_before(text, folded, m.start(), how, table, acronym)
            if reading is not None:
                defined[acronym] = (m.end(), reading)
    if not defined:
        return None
    uses = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
                      + r")(?![\w-])")
    edits = []
    for m in uses.finditer(text):
        after, reading = defined[m.group(1)]
        if m.start() >= after:  # not the definition itself, nor a use before it
            edits.append((m.start(), m.end(), reading))
    return replace_spans(text, edits) if edits else None

"""Drafting remarks of a draft under review: text between square brackets that is not a stipulation.

A draft sent to ANISCG for pre-checking carries its editors' remarks: « [Remarque DDETS : la mention
d'un « secret partagé » … a été supprimée] », « [Commentaire de la préfecture : …] », a rejected option
« [Option B – non retenue] L'intervenant est recruté à mi-temps », an old clause kept for the record
« [SUPPRIMÉ à la demande du parquet : La présente convention est conclue pour trois ans.] ». An expert
reads the clauses the parties would sign, not these remarks: a remark that quotes the bad words in order
to report their removal is no « secret partagé » in the draft. The matcher blocks a finding that lies in
such a remark, with the remark as its reason (the same path as text replaced by an avenant).

Only brackets that OPEN with a remark word (commentaire, remarque, note, NB, observation, question…)
or with a rejection (supprimé, à supprimer, non retenu(e), écarté(e), abandonné(e), retiré(e)) count. A
bracket that only labels what follows (« [ajout préfecture – à valider] », « [Option A – retenue] ») is
not a remark: the text after it is the proposed clause and is read. A rejection label without text of
its own (« [Option B – non retenue] L'intervenant … ») rejects the rest of its paragraph. Placeholders
(« [nom] », « [à compléter] ») hold no words a rule reads and are left alone.
"""

from __future__ import annotations

import re

from .amendments import Superseded
from .textutil import fold

#: a bracket without nested brackets, on at most a few paragraphs
_BRACKET = re.compile(r"\[(?P<body>[^\[\]]{2,2500})\]")
#: an editor's remark: the bracket opens with one of these words
_REMARK = re.compile(
    r"\s*(?:commentaires?|remarques?|notes?|nota(?:\s+bene)?|n\s*\.?\s*b\b\.?|observations?|questions?"
    r"|pour\s+memoire|pour\s+information|explications?|precisions?\s+(?:de|du|des)\b"
    r"|(?:ancienne|precedente)\s+redaction|redaction\s+(?:precedente|initiale|anterieure|d'origine)"
    r"|version\s+(?:precedente|initiale|anterieure|n\s*°?\s*\d))(?![\w'])")
#: a rejection: the bracket's label (before its colon) says the text is struck or not retained
_REJECTED = re.compile(
    r"(?<![\w'])(?:supprime(?:e|es|s)?|suppression|a\s+supprimer|retire(?:e|es|s)?|a\s+retirer"
    r"|non\s+retenue?s?|ecartee?s?|abandonnee?s?|rejetee?s?|biffee?s?|barree?s?)(?![\w'])")
#: a rejection label is a few words at most (« Option B – non retenue, à supprimer dans la version définitive »)
_LABEL_WORDS = 14


def remarks(text: str, folded: str | None = None) -> list[Superseded]:
    """Spans of ``text`` holding drafting remarks or rejected options (see the module docstring)."""
    f = folded if folded is not None else fold(text)
    if "[" not in f:
        return []
    out: list[Superseded] = []
    for m in _BRACKET.finditer(f):
        body = m.group("body")
        label = body.split(":", 1)[0]
        if _REMARK.match(body):
            out.append(Superseded(m.start(), m.end(), m.start(), m.end(), "remarque de rédaction", drafting=True))
            continue
        if len(label.split()) > _LABEL_WORDS or not _REJECTED.search(label):
            continue
        end = m.end()
        if ":" not in body or not body.split(":", 1)[1].strip():
            # a label alone: the rejected option is the rest of its paragraph
            nl = f.find("\n", m.end())
            end = len(f) if nl < 0 else nl
        out.append(Superseded(m.start(), end, m.start(), m.end(), "option écartée du projet", drafting=True))
    return out

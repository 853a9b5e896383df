"""Is this file a convention creating an ISCG post at all? Say so early, with the reason.

A folder sent by a préfecture holds covering letters, invoices and annual reports beside the conventions;
coding those would produce confident nonsense. The test is deliberately lenient: a convention mentions a
partnership agreement AND the social worker's post in a police or gendarmerie setting.
"""

from __future__ import annotations

import re

from .errors import InputError
from .inclusive import strip_inclusive
from .textutil import fold
from .types import Document, Structure

_CONVENTION = re.compile(r"\bconvention\b|\bprotocole\b|\baccord\s+(?:de\s+)?partenari|\bavenant\b")
_SOCIAL = re.compile(r"intervenant(?:e|s|es)?\s+soci|travailleu(?:r|se|rs|ses)\s+soci|\biscg\b|\bisg\b|"
                     r"assistant(?:e)?s?\s+(?:de\s+service\s+)?soci")
_POLICE = re.compile(r"commissariat|gendarmerie|\bpolice\b|brigade|securite\s+publique")


def check_is_convention(doc: Document, structure: Structure) -> None:
    # « intervenant(e) social(e) », « travailleur·se social·e »: the inclusive marks do not hide the post
    text = fold(strip_inclusive(doc.text)[0])
    missing = []
    if not _CONVENTION.search(text):
        missing.append("aucune mention d'une convention ou d'un protocole")
    if not _SOCIAL.search(text):
        missing.append("aucune mention d'un intervenant ou travailleur social")
    if not _POLICE.search(text):
        missing.append("aucune mention d'un commissariat, de la police ou de la gendarmerie")
    if len(missing) >= 2 or (missing and not structure.articles):
        raise InputError("pas_une_convention", reason="; ".join(missing))

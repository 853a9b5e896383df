"""``textutil.fold`` translates only the non-ASCII runs of a text: it must give exactly what the plain
definition gives (apostrophes straightened, lower case, accents off, one character for one)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iscg_nlp.textutil import _ACCENTS, _APOSTROPHES, fold


def reference(text: str) -> str:
    return text.translate(_APOSTROPHES).lower().translate(_ACCENTS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF), max_size=80))
def test_same_as_the_plain_definition(text):
    assert fold(text) == reference(text)


@given(st.text(max_size=40))
def test_any_unicode_too(text):
    assert fold(text) == reference(text)


def test_french_examples():
    assert fold("DURÉE de l’intervenant « ISCG » — Côte-d'Or, `à` Noël") == \
        "duree de l'intervenant \" iscg \" — cote-d'or, 'a' noel"
    assert fold("œuvre") == "œuvre"  # ligatures stay: one character for one
    assert len(fold("Élève à l’École")) == len("Élève à l’École")

"""normalize(): every character of the result maps back to the character it came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iscg_nlp.normalize import normalize, repeated_line, undouble_line

SPECIAL = "\u2019\u2018\u201c\u201d\u00a0\u202f\u2009\ufb01\ufb02\ufb00\ufb03\ufb04\u00ad\r\n\t\x00\x07" \
          "e\u0301\u1d49\u02b3\u2026\u20ac«»"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(SPECIAL)))))
def test_offsets_always_map_back(raw):
    text, offsets = normalize(raw)
    assert len(offsets) == len(text)
    assert offsets == sorted(offsets)
    assert all(0 <= o < len(raw) for o in offsets)
    assert "\r" not in text and "\u00ad" not in text


def test_examples():
    text, offs = normalize("L\u2019of\ufb01ce\u00a0de l\u2019e\u0301tat\r\npro\u00adcédure")
    assert text == "L'office de l'état\nprocédure"
    assert text[5] == "i" and offs[4] == offs[5] == 4  # both letters of the ligature → ﬁ
    assert offs[text.index("\n")] == 18  # the \r of CRLF


def test_doubled_characters():
    assert undouble_line("AArrttiiccllee 11 -- OObbjjeett") == "Article 1 - Objet"
    assert undouble_line("11") is None and undouble_line("Mme Lee") is None
    assert repeated_line("Article 3 - DuréeArticle 3 - Durée") == "Article 3 - Durée"

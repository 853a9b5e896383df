"""French numbers: words, digit groups, amounts with their unit (euros, percent, ETP)."""

from __future__ import annotations

import pytest

from iscg_nlp.frnumbers import words_to_number


@pytest.mark.parametrize("text, expected", [
    ("douze", 12),
    ("un", 1),
    ("une", 1),
    ("zéro", 0),
    ("seize", 16),
    ("dix-sept", 17),
    ("vingt et un", 21),
    ("vingt-et-un", 21),
    ("soixante et onze", 71),
    ("soixante-dix-sept", 77),
    ("quatre-vingts", 80),
    ("quatre-vingt-un", 81),
    ("quatre-vingt-dix", 90),
    ("quatre-vingt-dix-neuf", 99),
    ("cent un", 101),
    ("deux cents", 200),
    ("deux mille vingt", 2020),
    ("deux mille vingt et un", 2021),
    ("Deux Mille Vingt-Trois", 2023),
    ("DEUX MILLE VINGT-DEUX", 2022),
    ("mil neuf cent", 1900),
    ("mil neuf cent quatre-vingt-dix-neuf", 1999),
    ("dix-neuf cent", 1900),
    ("mille", 1000),
    ("cinquante-deux mille", 52000),
    ("cinquante-deux mille cinq cents", 52500),
    ("deux cent mille", 200000),
    ("un million deux cent mille", 1200000),
    ("septante", 70),  # Belgian / Swiss
])
def test_words_to_number(text: str, expected: int) -> None:
    assert words_to_number(text) == expected


@pytest.mark.parametrize("text", [
    "", "et", "le", "deux trois", "vingt dix", "trente dix", "cent cent", "mille mille",
    "un un", "vingt et deux", "et un", "douze euros", "2020", "premier",
])
def test_words_to_number_rejects(text: str) -> None:
    assert words_to_number(text) is None

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


# --------------------------------------------------------------------------- digits

from iscg_nlp.frnumbers import find_amounts, find_numbers, parse_number  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("52 000", 52000.0),
    ("52 000,00", 52000.0),
    ("52.000", 52000.0),
    ("52,5", 52.5),
    ("1 234 567,89", 1234567.89),
    ("52\u00a0000", 52000.0),  # non-breaking space
    ("52\u202f000", 52000.0),  # narrow non-breaking space
    (" 12 ", 12.0),
    ("1.5", 1.5),
    ("0,5", 0.5),
    ("1.234.567", 1234567.0),
])
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "52 00", "2021-2023", "12.03.2021", "douze", "52 000 €"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_table_row_glued_by_pdf() -> None:
    # A PDF table row arrives as one line: two cells must not fuse into 20 000 100 000.
    values = [n.value for n in find_numbers("État 20 000 100 000 1 000 000")]
    assert values == [20000.0, 100000.0, 1000000.0]


def test_find_numbers_word_and_bracket_restatement() -> None:
    [n] = find_numbers("cinquante-deux mille (52 000)")
    assert (n.value, n.words, n.start, n.end) == (52000.0, True, 0, 29)


# --------------------------------------------------------------------------- amounts

@pytest.mark.parametrize("text, expected", [
    ("Le coût est de 52 000 €.", [(52000, "eur", "52 000 €")]),
    ("52 000 euros", [(52000, "eur", "52 000 euros")]),
    ("52.000 EUR", [(52000, "eur", "52.000 EUR")]),
    ("52 000,00 €", [(52000, "eur", "52 000,00 €")]),
    ("52\u202f000\u00a0€", [(52000, "eur", "52\u202f000\u00a0€")]),
    ("soit € 52 000 par an", [(52000, "eur", "€ 52 000")]),
    ("un budget de 52 k€", [(52000, "eur", "52 k€")]),
    ("un budget de 52K€", [(52000, "eur", "52K€")]),
    ("une subvention de 1 euro", [(1, "eur", "1 euro")]),
    ("cinquante-deux mille euros (52 000 €) par an",
     [(52000, "eur", "cinquante-deux mille euros (52 000 €)")]),
    ("52 000 € (cinquante-deux mille euros)", [(52000, "eur", "52 000 € (cinquante-deux mille euros)")]),
    ("cinquante-deux mille (52 000) euros", [(52000, "eur", "cinquante-deux mille (52 000) euros")]),
    ("1,5 million d'euros", [(1500000, "eur", "1,5 million d'euros")]),
    ("50 %", [(50, "pct", "50 %")]),
    ("50%", [(50, "pct", "50%")]),
    ("cinquante pour cent", [(50, "pct", "cinquante pour cent")]),
    ("Cinquante Pour Cent", [(50, "pct", "Cinquante Pour Cent")]),
    ("0,5 ETP", [(0.5, "etp", "0,5 ETP")]),
    ("1 ETP", [(1, "etp", "1 ETP")]),
    ("1 E.T.P.", [(1, "etp", "1 E.T.P.")]),
    ("un équivalent temps plein", [(1, "etp", "un équivalent temps plein")]),
    ("deux équivalents temps plein", [(2, "etp", "deux équivalents temps plein")]),
    # the half said after the unit
    ("un équivalent temps plein et demi", [(1.5, "etp", "un équivalent temps plein et demi")]),
    ("deux postes et demi", [(2.5, "etp", "deux postes et demi")]),
    # fifths of a full-time post (part-time posts at 80 %, 60 %…)
    ("pour quatre cinquièmes d'un temps plein", [(0.8, "etp", "quatre cinquièmes d'un temps plein")]),
    ("les trois cinquièmes d'un ETP", [(0.6, "etp", "les trois cinquièmes d'un ETP")]),
    ("à 4/5e d'un temps plein", [(0.8, "etp", "4/5e d'un temps plein")]),
    ("une part de 4/5 du coût", []),
    ("un poste à mi-temps", [(0.5, "etp", "mi-temps")]),
    ("un poste à temps plein", [(1, "etp", "temps plein")]),
    ("à plein temps", [(1, "etp", "plein temps")]),
    ("80 % d'un temps plein", [(0.8, "etp", "80 % d'un temps plein")]),
    ("un poste à 80 %", [(0.8, "etp", "80 %")]),
    ("un temps partiel à 80 %", [(0.8, "etp", "80 %")]),
    ("le poste est à temps partiel, à 70 %", [(0.7, "etp", "70 %")]),
    ("l'État finance ce poste, à 50 %", [(50, "pct", "50 %")]),
    # OCR: thousands groups read as letters only, after a digit group.
    ("estimé à 24 OOO euros", [(24000, "eur", "24 OOO euros")]),
    ("un budget de 1 OOO OOO €", [(1000000, "eur", "1 OOO OOO €")]),
    ("35.OOO €", [(35000, "eur", "35.OOO €")]),
    ("OOO €", []),
    ("le code 12 OOO", []),
    # A funding share, not a working time: a word sits between "poste" and "à".
    ("le poste est financé à 80 %", [(80, "pct", "80 %")]),
    ("100 % des situations", [(100, "pct", "100 %")]),
    ("un poste à temps partiel", []),
    # Traps: numbers without a unit are not amounts.
    ("loi n° 2007-297 du 5 mars 2007", []),
    ("article 12", []),
    ("Tél. : 04 77 12 34 56", []),
    ("pour la période 2021-2023", []),
    ("deux mille vingt et un", []),
])
def test_find_amounts(text: str, expected: list[tuple[float, str, str]]) -> None:
    got = [(a.value, a.unit, a.text) for a in find_amounts(text)]
    assert [(pytest.approx(v), u, t) for v, u, t in expected] == got


def test_find_amounts_offsets_point_into_text() -> None:
    text = "Article 5 – L'État verse 20 000 € par an et le Département 50 % du coût."
    amounts = find_amounts(text)
    assert [a.unit for a in amounts] == ["eur", "pct"]
    for a in amounts:
        assert text[a.start:a.end] == a.text


@pytest.mark.parametrize("text, expected", [
    ("Quotité : 80 %", (0.8, "etp")),
    ("Quotité | 100 %", (1.0, "etp")),
    ("Article 2\n- Temps de travail : 50 %", (0.5, "etp")),
    ("Temps de travail hebdomadaire | 100 %", (1.0, "etp")),
    # not a working-time label opening the line: a percentage (a share, judged by the caller)
    ("Etat : 100 %", (100.0, "pct")),
    ("Total | 50 000 € | 100 %", (100.0, "pct")),
    ("La part de la quotité : financée 100 %", (100.0, "pct")),
    ("Le département finance la quotité : 100 %", (100.0, "pct")),
])
def test_find_amounts_form_label_percentage(text: str, expected: tuple[float, str]) -> None:
    last = find_amounts(text)[-1]
    assert (last.value, last.unit) == expected

"""French dates as written in conventions: words, digits, capitals without accents, OCR noise."""

from __future__ import annotations

import pytest

from iscg_nlp.frdates import find_dates

CASES = [
    ("Fait à Lyon, le 12 mars 2020.", "12 mars 2020", (2020, 3, 12)),
    ("à compter du 1er janvier 2021", "1er janvier 2021", (2021, 1, 1)),
    ("à compter du 1 er janvier 2021", "1 er janvier 2021", (2021, 1, 1)),
    ("le premier juillet 2019", "premier juillet 2019", (2019, 7, 1)),
    ("signé le 12/03/2020 à Tours", "12/03/2020", (2020, 3, 12)),
    ("signé le 12.03.20 à Tours", "12.03.20", (2020, 3, 12)),
    ("signé le 5-9-2018", "5-9-2018", (2018, 9, 5)),
    ("le douze mars deux mille vingt", "douze mars deux mille vingt", (2020, 3, 12)),
    ("le vingt-et-un juin deux mil vingt et un", "vingt-et-un juin deux mil vingt et un", (2021, 6, 21)),
    ("le trente et un décembre deux mille dix-neuf", "trente et un décembre deux mille dix-neuf", (2019, 12, 31)),
    ("FAIT LE 3 DECEMBRE 2019", "3 DECEMBRE 2019", (2019, 12, 3)),
    ("le 3 Fevrier 2020", "3 Fevrier 2020", (2020, 2, 3)),
    ("le 14 août 2018", "14 août 2018", (2018, 8, 14)),
    ("le 12 sept. 2021", "12 sept. 2021", (2021, 9, 12)),
    ("le l2 mars 2O20", "l2 mars 2O20", (2020, 3, 12)),
    ("le 29 février 2020", "29 février 2020", (2020, 2, 29)),
    ("en mars 2020", "mars 2020", (2020, 3, None)),
    ("DÉCEMBRE 2019", "DÉCEMBRE 2019", (2019, 12, None)),
    # a scan splits the year after a day and a month
    ("Fait à Saint-Denis, le 3 octobre 2 017, en trois exemplaires", "3 octobre 2 017", (2017, 10, 3)),
    ("le 21 juin 20 22.", "21 juin 20 22", (2022, 6, 21)),
    ("le 4 mai 201 8", "4 mai 201 8", (2018, 5, 4)),
    # a full year followed by a figure stays the year
    ("le 12 mars 2019 12 000 euros", "12 mars 2019", (2019, 3, 12)),
]


@pytest.mark.parametrize("text,found,ymd", CASES, ids=[c[1] for c in CASES])
def test_one_date(text, found, ymd):
    dates = find_dates(text)
    assert [d.text for d in dates] == [found]
    d = dates[0]
    assert (d.year, d.month, d.day) == ymd
    assert text[d.start:d.end] == found


@pytest.mark.parametrize("text", [
    "04.77.12.34.56",              # a phone number
    "un montant de 1 500 000 €",
    "en 2020",                    # bare year: only on request
    "le 12 mars",                 # no year
    "le 31/13/2020",              # no 13th month
    "article 12.3.4 du règlement",
    "la loi n° 2007-297",
])
def test_not_a_date(text):
    assert find_dates(text) == []


def test_impossible_day_keeps_month_and_year():
    (d,) = find_dates("le 31 avril 2020")
    assert (d.text, d.year, d.month, d.day) == ("avril 2020", 2020, 4, None)
    assert find_dates("le 29 février 2021")[0].day is None


def test_bare_years_on_request():
    dates = find_dates("pour 2020, 2021 et 2022 ; signé le 3 mars 2020", bare_years=True)
    assert [(d.text, d.year) for d in dates] == [("2020", 2020), ("2021", 2021), ("2022", 2022),
                                                 ("3 mars 2020", 2020)]
    assert find_dates("montant : 2 020,50 €", bare_years=True) == []


def test_offset_and_order():
    text = "Le 12/03/2021 puis le 1er avril 2021."
    dates = find_dates(text, offset=100)
    assert [(d.start, d.end) for d in dates] == [(103, 113), (122, 136)]
    assert [d.month for d in dates] == [3, 4]


def test_month_scanned_with_rn_for_m():
    """A scan reads « m » as « rn »: the month is still found, with its place in the text."""
    text = "Fait à Clermont-Ferrand, le 28 rnars 2019 ; avenant du 3 DECERNBRE 2020 ; en novernbre 2021"
    dates = find_dates(text)
    assert [(d.day, d.month, d.year) for d in dates] == [(28, 3, 2019), (3, 12, 2020), (None, 11, 2021)]
    assert text[dates[0].start:dates[0].end] == "28 rnars 2019"
    # « rn » elsewhere is no month
    assert find_dates("le 12 rnois 2019") == []


@pytest.mark.parametrize("text, expected", [
    ("Fait à Grenob1e, le 4 avri1 2022, en six exemplaires.", (2022, 4, 4)),
    ("Le 14 jui11et 2019", (2019, 7, 14)),
    ("le 3 ju1n 2020", (2020, 6, 3)),
    ("le 12 fevr1er 2018", (2018, 2, 12)),
])
def test_month_scanned_with_1_for_l_or_i(text, expected):
    """A scan reads « l » or « i » as « 1 » (« avri1 », « jui11et »): the month is still found."""
    [d] = find_dates(text)
    assert (d.year, d.month, d.day) == expected

"""Calendar spans measured in months (the duration of a convention written as dates)."""

import pytest

from iscg_nlp.datespan import find_spans
from iscg_nlp.textutil import fold


@pytest.mark.parametrize("text, months", [
    ("La présente convention s'applique du 1er avril 2010 au 31 mars 2011.", 12),
    ("Elle est conclue pour la période du 1er janvier au 31 décembre 2O11.", 12),
    ("Elle prend effet au 1er janvier 2022. Elle s'applique jusqu'au 31 décembre 2025.", 48),
    ("Elle vaut pour les exercices 2017 et 2018.", 24),
    ("Elle couvre les exercices budgétaires 2021, 2022 et 2023.", 36),
    ("Convention pour la période 2024-2026", 36),
    ("Elle court du 01/09/2015 au 31/08/2016.", 12),
])
def test_span_months(text, months):
    assert [s.months for s in find_spans(fold(text))] == [months]


@pytest.mark.parametrize("text", [
    "La présente convention prend effet le 1er septembre 2019.",
    "Les exercices 2017 et 2020 ont été évalués.",  # not consecutive: not a span
    "Le professionnel a trois ans d'expérience.",
])
def test_no_span(text):
    assert find_spans(fold(text)) == []

"""Round 49: a working time whose figure a draft left blank (« ……… équivalent(s) temps plein ») is no
working time; the same sentence filled in still is."""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("text", [
    "Le poste représente ……… équivalent(s) temps plein. Son coût annuel est estimé à ……… euros.",
    "Le poste représente [à préciser] équivalent temps plein, pour un coût de [montant] €.",
    "L'intervenant social est recruté pour ____ équivalents temps plein.",
    "Temps de travail : ... équivalent temps plein (à compléter par la commune).",
    "Le poste correspond à XXX équivalent temps plein.",
])
def test_blank_figure_before_full_time_equivalent_gives_no_etp(text):
    _, cost = code_article(text)
    assert cost.value["etp"] is None


@pytest.mark.parametrize("text, etp", [
    ("Le poste représente un équivalent temps plein. Son coût annuel est estimé à 52 000 euros.", 1.0),
    ("Le poste représente 0,8 équivalent temps plein (voir l'annexe […]).", 0.8),
    ("L'intervenant social exerce à temps plein au commissariat ; les horaires sont fixés en annexe […].", 1.0),
])
def test_filled_in_working_time_still_read(text, etp):
    _, cost = code_article(text)
    assert cost.value["etp"] == etp


def test_ticked_box_is_no_blank_figure():
    _, cost = code_article("Caractéristiques du poste\nRégime : [ ] temps plein [x] 80 % d'un temps plein\n")
    assert cost.value["etp"] == 0.8

"""Round 14: a fraction of a full-time unit is the post's working time, not the unit.

« un demi équivalent temps plein » used to give 1.0 (the word « demi » was lost and the « temps
plein » it holds won). Each fraction written before « équivalent temps plein », « ETP », « temps
plein », « temps » or « poste » is now read as the time it says; other halves and quarters (a day,
a share of the cost, an hour) stay out. Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.frnumbers import find_amounts

from test_financing import text_doc


def cost(text: str) -> dict:
    _, c = code_financing(text_doc("Article 5 – Financement\n" + text + "\n"))
    return c.value


@pytest.mark.parametrize("time, expected", [
    ("un demi équivalent temps plein", 0.5),
    ("un demi-équivalent temps plein", 0.5),
    ("un demi-ETP", 0.5),
    ("une demi-ETP", 0.5),
    ("un demi ETP", 0.5),
    ("un mi-temps", 0.5),
    ("un demi-poste", 0.5),
    ("la moitié d'un équivalent temps plein", 0.5),
    ("trois quarts de temps", 0.75),
    ("les trois quarts d'un temps plein", 0.75),
    ("un quart de temps", 0.25),
    ("les deux tiers d'un ETP", 0.67),
    ("1/2 ETP", 0.5),
    ("un équivalent temps plein", 1.0),
])
def test_post_cost_for_a_fraction_of_full_time(time: str, expected: float) -> None:
    value = cost(f"Le coût annuel du poste est estimé à 26 000 euros pour {time}, salaire chargé "
                 "et frais de fonctionnement compris.")
    assert value["montant"] == 26000
    assert value["etp"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("L'intervenante sociale est recrutée à demi-ETP par l'association.", 0.5),
    ("Le poste d'intervenant social correspond à une demi-ETP.", 0.5),
    ("L'intervenant exerce ses missions à trois quarts de temps au sein de la brigade.", 0.75),
])
def test_fraction_said_of_the_worker(sentence: str, expected: float) -> None:
    assert cost("Le coût du poste est de 30 000 €. " + sentence)["etp"] == expected


@pytest.mark.parametrize("text", [
    "une demi-journée par semaine",
    "la moitié du poste est financée par l'État",
    "un demi-million d'euros",
    "pour un quart du coût",
    "un quart d'heure",
    "la moitié d'un poste de secrétariat",
])
def test_other_fractions_are_no_working_time(text: str) -> None:
    assert not [a for a in find_amounts(text) if a.unit == "etp"]


def test_slash_fraction_is_not_the_denominator() -> None:
    assert [(a.value, a.unit) for a in find_amounts("1/2 ETP")] == [(0.5, "etp")]


def test_half_day_presence_does_not_halve_a_full_time_post() -> None:
    value = cost("Le coût du poste, à temps plein, est de 40 000 €. L'intervenant assure une permanence "
                 "une demi-journée par semaine à la brigade de Figeac.")
    assert value["etp"] == 1.0


def test_half_of_the_post_funded_is_a_share_not_a_time() -> None:
    _, c = code_financing(text_doc(
        "Article 5 – Financement\nLe coût du poste à temps plein est de 40 000 €. L'État finance la "
        "moitié du poste, soit 20 000 €, le département l'autre moitié.\n"))
    assert c.value["etp"] == 1.0 and c.value["montant"] == 40000

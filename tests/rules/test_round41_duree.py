"""Round 41: a retention period of the worker's notes or liaison sheets is no duration of the convention.
Wordings written for this test."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Les fiches de liaison sont conservées par l'intervenant au CDAS et détruites au terme d'un délai d'un an.",
    "Les notes d'entretien sont archivées par l'employeur et détruites après un an.",
    "La durée de conservation des dossiers est fixée à un an à compter de la clôture du suivi.",
])
def test_retention_period_is_no_duration(text):
    assert code("duree", text) == "non_precisee"


@pytest.mark.parametrize("text", [
    "La présente convention est conclue pour une durée d'un an à compter de sa signature.",
    "La convention prend effet au 1er janvier pour un an ; les notes de l'intervenant restent conservées par l'employeur.",
])
def test_one_year_convention_stays_annual(text):
    assert code("duree", text) == "annuelle"

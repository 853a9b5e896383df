"""Round 30, after the blind sets xf–xi were read: shares written once, amounts fixed each year.

« Le poste est financé à parts égales … Le montant de la participation de chacun est arrêté chaque
année »: the yearly amounts follow the budget, the shares stay those written (stable); a yearly revision
of the shares themselves, or amounts fixed yearly with no share written, leaves the split unstated.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article


def financement(text: str) -> str:
    """The financement value read in ``text`` written as the financing article of a convention."""
    return code_article(text)[0].value


@pytest.mark.parametrize("text", [
    "Le poste est financé à parts égales par l'État et par la Ville de Nogent. Le montant de la participation "
    "de chacun est arrêté chaque année, au vu du budget prévisionnel.",
    "L'État et le Département financent le poste pour moitié chacun. Le montant de leurs contributions est "
    "déterminé chaque année au vu du budget présenté par l'association.",
])
def test_fixed_shares_with_yearly_amounts_are_stable(text: str) -> None:
    assert financement(text) == "stable"


@pytest.mark.parametrize("text", [
    "Le poste est financé à parts égales par l'État et par la Ville. La répartition est revue chaque année.",
    "L'État et le Département financent le poste. Le montant de leurs participations est fixé chaque année.",
])
def test_shares_revised_or_unwritten_stay_unstated(text: str) -> None:
    assert financement(text) == "non_precise"


def coded(text: str) -> tuple[str, dict, dict[str, dict]]:
    """Financement, cost and funders (by type) read in ``text`` as a convention's financing article."""
    fin, cost = code_article(text)
    return fin.value, cost.value, {f["type"]: f for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text", [
    "Le cout du poste, charges comprises, est evalue a 46\n000 euros pour l'annee 2016.",
    "Le coût annuel du poste est estimé à 46\n000 € charges comprises.",
])
def test_amount_wrapped_at_its_thousands_space(text: str) -> None:
    assert coded(text)[1]["montant"] == 46000


def test_wrapped_year_is_no_amount() -> None:
    # a year or a number of hours cut at a line end is no amount in euros
    _, cost, _ = coded("Le poste est créé en 2016.\n000 Le coût du poste n'est pas fixé.")
    assert cost["montant"] is None


@pytest.mark.parametrize("text", [
    "Le coût du poste, estimé à 43 500 euros par an, est supporté par le Département. Une subvention au titre "
    "du fonds interministériel de prévention de la délinquance sera sollicitée auprès de la Préfecture ; son "
    "montant sera fixé par arrêté préfectoral.",
    "Le coût du poste, estimé à 40 000 euros, est supporté par la commune. Une subvention au titre du FIPD "
    "sera sollicitée auprès du Préfet.",
])
def test_cost_with_its_payer_and_a_subsidy_sought_is_unstated(text: str) -> None:
    value, _, funders = coded(text)
    assert value == "non_precise"
    assert "etat" in funders


def test_cost_with_its_only_payer_stays_stable() -> None:
    value, _, funders = coded("Le coût du poste, estimé à 43 500 euros par an, est supporté par le Département.")
    assert value == "stable" and set(funders) == {"conseil_departemental"}


def test_financeur_name_wrapped_above_its_numbers() -> None:
    _, _, funders = coded("Le coût du poste est de 50 000 euros.\nFinanceur 2023 2024\n"
                          "État (FIPD) 25 000 € (50 %) 25 000 € (50 %)\n"
                          "Communauté d'agglomération de\nVal-de-Meuse\n15 000 € (30 %)\n"
                          "Département 10 000 € (20 %) 10 000 € (20 %)\nTotal 50 000 € 50 000 €")
    assert set(funders) == {"etat", "intercommunalite", "conseil_departemental"}
    assert funders["intercommunalite"]["part"] == 30

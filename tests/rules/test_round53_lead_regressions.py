"""Round 53 (lead): « au cas par cas » denies a systematic referral only when the text says the referral
is weighed case by case; « sans qu'il y ait lieu d'apprécier au cas par cas » says the opposite."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Toute situation d'enfant en danger fait systématiquement l'objet d'une information préoccupante à la CRIP, "
    "sans qu'il y ait lieu d'apprécier au cas par cas l'opportunité de cette transmission.",
    "Chaque situation de mineur en risque est transmise systématiquement à la cellule de recueil des informations "
    "préoccupantes, sans examen au cas par cas.",
])
def test_no_case_by_case_weighing_is_still_systematic(text: str) -> None:
    assert code("deontologie", text) == "ambiguite"


@pytest.mark.parametrize("text", [
    "La transmission d'une information préoccupante à la CRIP se fait au cas par cas, jamais de façon systématique.",
    "L'intervenante apprécie au cas par cas l'opportunité d'adresser une information préoccupante à la CRIP, "
    "sans saisine systématique.",
])
def test_case_by_case_weighing_is_no_systematic_referral(text: str) -> None:
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", [
    "Les gendarmes lui adressent chaque situation au moyen d'une fiche de liaison ; l'intervenante prend contact "
    "avec la personne et la reçoit dans son bureau de la maison des solidarités.",
    "La fiche de liaison est remplie par l'officier qui reçoit la victime, puis adressée à l'intervenant.",
    "Un exemplaire vierge de la fiche de liaison est remis à chaque brigade lors de la présentation du poste.",
])
def test_the_forces_own_referral_sheet_is_no_writing_of_the_worker(text: str) -> None:
    """The forces send people to the worker with a « fiche de liaison »: that sheet, or a blank copy of it
    given to the units, is no writing of the worker handed to them."""
    assert code("deontologie", text) != "contre_sens"

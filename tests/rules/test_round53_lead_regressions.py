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

"""Round 48 (lead): rules of this round read too much on development samples — the model's « accueillir et
orienter les auteurs présumés » still receives them, and a writing denied by « aucun … ni … » entrusts
nothing to the forces."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Il a pour mission d'accueillir, d'écouter et d'orienter les auteurs présumés de violences, comme les victimes.",
    "L'intervenante reçoit les victimes et peut aussi accueillir et orienter les auteurs présumés.",
])
def test_receiving_and_orienting_the_authors_opens_the_public(text: str) -> None:
    assert code("public", text) == "tous_publics"


@pytest.mark.parametrize("text", [
    "Aucun écrit de l'intervenant social n'est remis aux enquêteurs ni versé à une procédure.",
    "Aucune fiche de suivi n'est transmise à la brigade, ni pendant les congés, ni pendant la vacance du poste.",
])
def test_a_denied_handing_over_is_no_file_entrusted(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"

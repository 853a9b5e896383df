"""Round 43: a local policy document with a part devoted to VIF (contrat local de sécurité, contrat de
ville, plan départemental) restricts no post; the post devoted to VIF still does. Wordings written for
this test."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Le contrat local de sécurité de la Ville, dans son volet consacré à la prévention des violences "
    "intrafamiliales, en a fait l'une de ses actions.",
    "Le plan départemental de prévention, dont un axe est consacré aux violences faites aux femmes, prévoit ce poste.",
    "La fiche action n° 4 du contrat de ville, consacrée aux violences intrafamiliales, finance le poste.",
])
def test_policy_document_devoted_to_vif_restricts_nothing(text):
    assert code("situations", text) == "toutes_situations"


def test_post_devoted_to_vif_still_restricts():
    assert code("situations", "Le poste est consacré exclusivement à la prise en charge des violences "
                              "intrafamiliales.") == "vif"

"""A specialised unit of the police or the courts (« pôle spécialisé dans les violences intrafamiliales »,
« audience dédiée aux violences conjugales ») restricts that unit, not the post; the post's own
restriction is still read. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    ("Considérant la création au commissariat d'un pôle spécialisé dans le traitement des violences "
     "intrafamiliales, qui renforce le besoin d'une présence sociale ;", "toutes_situations"),
    ("Le département a été retenu pour l'expérimentation d'un pôle spécialisé dans les violences "
     "intrafamiliales au sein du tribunal judiciaire.", "toutes_situations"),
    ("Un pole dedie aux violences intrafamiliales a ete cree a l'hotel de police.", "toutes_situations"),
    ("Le parquet a mis en place une audience dédiée aux violences intrafamiliales.", "toutes_situations"),
    ("Les pôles spécialisés dans les violences conjugales des juridictions sont informés du dispositif.",
     "toutes_situations"),
    ("Une chambre spécialisée dans les violences intrafamiliales siège au tribunal.", "toutes_situations"),
    # the post itself restricted: still read
    ("Le poste d'intervenant social est dédié aux violences intrafamiliales.", "vif"),
    ("L'intervenante, rattachée au pôle de protection des familles, est exclusivement chargée des "
     "violences intrafamiliales.", "vif"),
    ("L'intervenant social est spécialisé dans les violences intrafamiliales.", "vif"),
    ("Le poste est exclusivement consacré aux violences conjugales.", "violences_conjugales"),
])
def test_specialised_units_restrict_no_post(text, expected):
    assert code("situations", text) == expected

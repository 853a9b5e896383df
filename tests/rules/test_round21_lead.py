"""Round 21 (lead): authors whose only treatment is an orientation said as a noun (« font l'objet
d'une orientation vers… »), while the victims are received: the public is ambiguous. Paraphrases not
taken from the sample, with their opposites (authors also received; orientation of the victims).
"""

from __future__ import annotations

import pytest
from rule_wording import code_articles

VICTIMS = "L'intervenant social reçoit et accompagne les victimes de violences conjugales."

NOMINAL_ORIENTATION = [
    ("Les auteurs, lorsqu'ils en font la demande, font l'objet d'une orientation vers le centre de prise en charge des auteurs.", "ambiguite"),
    ("Les auteurs de violences feront l'objet d'une orientation vers le SPIP ou une structure de soins.", "ambiguite"),
    ("Les personnes mises en cause bénéficient d'une orientation vers les associations spécialisées.", "ambiguite"),
    ("Quant aux auteurs présumés, ils se voient proposer une orientation vers un dispositif de responsabilisation.", "ambiguite"),
    ("Pour les auteurs, l'intervention donne lieu a une simple orientation vers les structures competentes.", "ambiguite"),
    ("Les conjoints violents font l'objet d'une réorientation vers le centre de suivi.", "ambiguite"),
    # received as well: not only oriented
    ("Les auteurs sont reçus par l'intervenant et font, si besoin, l'objet d'une orientation vers un suivi adapté.", "tous_publics"),
    ("Les auteurs présumés sont accueillis et accompagnés ; ils bénéficient le cas échéant d'une orientation vers le SPIP.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", NOMINAL_ORIENTATION)
def test_authors_only_oriented_by_a_noun(text, expected):
    assert code_articles("public", VICTIMS, text) == expected

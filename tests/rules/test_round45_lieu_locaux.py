"""Round 45: a past arrangement told in a preamble says nothing of the new post (place, qualification); a
fallback written as a ticked line of a profile list opens the post; a denied office is no mention of means;
an office promised « lorsque la configuration des lieux le permet » is conditional. Wordings written for
this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("indicator, text, expected", [
    # past arrangement, not the post
    ("lieu_exercice", "Jusqu'à présent, une conseillère du CCAS tenait une permanence mensuelle à la brigade de Crest.",
     "non_precise"),
    ("lieu_exercice", "Une première expérimentation, menée en 2020 par des permanences d'une éducatrice au commissariat, "
     "a montré les limites d'une présence ponctuelle.", "non_precise"),
    ("lieu_exercice", "L'intervenant social assure des permanences hebdomadaires au commissariat de Gap.", "partiellement"),
    ("qualification", "Auparavant, une assistante sociale du Département recevait les victimes deux demi-journées par mois.",
     "non_precisee"),
    ("qualification", "Le poste est occupé par une assistante de service social diplômée d'État.", "precisee_conforme"),
    # fallback as a list line
    ("qualification", "Profil :\n- ☒ conseiller en économie sociale et familiale diplômé d'État\n"
     "- ☒ à défaut, tout candidat justifiant de deux années d'expérience auprès de familles en difficulté",
     "imprecision_dommageable"),
    ("qualification", "Profil :\n- ☒ conseiller en économie sociale et familiale diplômé d'État\n"
     "- ☐ à défaut, tout candidat justifiant de deux années d'expérience auprès de familles en difficulté",
     "precisee_conforme"),
    # denied office, conditional office
    ("locaux_moyens", "L'intervenante ne dispose d'aucun bureau dans les brigades de la compagnie.", "non_precise"),
    ("locaux_moyens", "Si l'agencement des locaux le permet, la brigade met une pièce à la disposition de l'intervenant.",
     "ambiguite"),
    ("locaux_moyens", "Le commissariat met à la disposition de l'intervenant un bureau fermant à clé.", "inscrits"),
])
def test_round45(indicator, text, expected):
    assert code(indicator, text) == expected

"""Round 26, after the samples yp–ys were read: the post people are sent on to is not this one.

« Les autres personnes sont réorientées vers l'intervenant social généraliste, porté par le CCAS »
names the employer of another post. Every form of « (ré)orienter » sets such a sentence aside, for each
kind of employer; the post's own employer, written plainly, still fires. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code as code_of  # noqa: E402,F401  (one rule set for every wording test)


def code(text: str, zone: str = "article") -> str:
    return code_of("type_employeur", text, zone=zone)


@pytest.mark.parametrize("text", [
    "Les personnes sans lien avec des violences sont réorientées vers l'intervenante sociale généraliste, "
    "portée par le CCAS de la commune.",
    "Les mineurs sont orientés vers l'éducateur de prévention recruté par la Ville.",
    "Les autres situations sont réorientées vers le travailleur social de secteur employé par le Département.",
    "Pour les auteurs, l'intervenant procède à une réorientation vers le dispositif porté par l'association "
    "Escale.",
    "Les victimes âgées sont orientées vers la coordinatrice recrutée par la communauté de communes.",
])
def test_sent_on_to_another_post_is_silent(text: str) -> None:
    assert code(text) == "autre"  # the decide's fallback: no employer read


@pytest.mark.parametrize("text, expected", [
    ("L'intervenante sociale est recrutée et employée par le CCAS de la commune.", "ville_interco"),
    ("L'intervenant est salarié du Département.", "conseil_departemental"),
    ("L'intervenante est salariée de l'association Escale.", "association"),
])
def test_own_employer_still_fires(text: str, expected: str) -> None:
    assert code(text) == expected

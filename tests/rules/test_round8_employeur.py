"""Round 8 held-out wordings: a party only invited to the recruitment interviews is not the employer.

A convention may say that a representative of the Ville (or the Département, an association) « est
invité à participer aux entretiens de recrutement » or sits there « avec voix consultative »; the
employer is the body that recruits and pays. Written from the codebook and ordinary French drafting,
not copied from a sample, through the real engine as ``test_heldout_wordings`` does.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == "type_employeur"]
    return decide_indicator(RULES.files["type_employeur"], findings).value


GIP = "Le groupement d'intérêt public recrute l'intervenant et établit son contrat de travail. "
CENTRE = "Le centre hospitalier recrute l'intervenante sociale. "


@pytest.mark.parametrize("text, expected", [
    (GIP + "Un représentant de la DDSP et un représentant de la Ville sont invités à participer aux "
     "entretiens de recrutement.", "autre"),
    (GIP + "Un agent de la commune peut participer à l'entretien de recrutement avec voix consultative.", "autre"),
    (CENTRE + "La communauté d'agglomération est invitée aux entretiens de recrutement.", "autre"),
    (CENTRE + "Le Département peut assister au recrutement avec voix consultative.", "autre"),
    ("L'association Escale recrute l'intervenant. Le maire ou son représentant est invité au recrutement.",
     "association"),
])
def test_a_party_invited_to_recruitment_is_not_the_employer(text: str, expected: str) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Ville recrute l'intervenant social et conduit les entretiens de recrutement.", "ville_interco"),
    ("L'intervenant social est recruté et employé par la commune.", "ville_interco"),
    ("Le GIP recrute l'intervenant, établit son contrat de travail et assure le versement de sa rémunération.",
     "autre"),
])
def test_the_body_that_recruits_stays_the_employer(text: str, expected: str) -> None:
    assert code(text) == expected

"""Round 43: « faute d'avoir rencontré … un professionnel » tells a cause (in a preamble), it opens no
alternative to the diploma; « à défaut, toute personne justifiant d'une expérience » still does."""

from __future__ import annotations

import pytest
from rule_wording import code

DIPLOMA = "L'intervenante est titulaire du diplôme d'État d'assistant de service social. "


@pytest.mark.parametrize("text", [
    "Les victimes renoncent souvent à toute démarche, faute d'avoir rencontré à la gendarmerie un professionnel "
    "capable de les accompagner.",
    "Beaucoup de familles restent sans aide, faute de pouvoir joindre un professionnel le soir.",
])
def test_a_cause_is_no_alternative(text):
    assert code("qualification", DIPLOMA + text) == "precisee_conforme"


def test_fallback_person_still_opens_the_post():
    assert code("qualification", DIPLOMA + "À défaut, le poste peut être confié à toute personne justifiant "
                "d'une expérience de l'écoute.") == "imprecision_dommageable"

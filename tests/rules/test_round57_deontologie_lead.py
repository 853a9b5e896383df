"""Round 57 (lead): the « secret partagé » said to be abandoned or removed in its own sentence, and a
nominative body set aside by « hors de toute instance », are not the mistake; the same notions
invoked still are."""

from __future__ import annotations

import pytest

from rule_wording import code

SECRET = " L'intervenante est tenue au secret professionnel."


@pytest.mark.parametrize("text", [
    "Ainsi que le rappelle le préambule, la référence au « secret partagé » est supprimée ; aucun échange "
    "nominatif n'a lieu avec les enquêteurs.",
    "La notion de secret partagé, introduite par l'avenant de 2015, a été abandonnée par les signataires.",
    "Le « secret partagé » entre l'intervenant et les militaires est désormais proscrit.",
    "Elle participe aux travaux du conseil local de sécurité, à l'exclusion de toute cellule d'examen des "
    "situations individuelles.",
    "L'intervenant siège au groupe partenarial du CISPD, en dehors de toute réunion consacrée à des "
    "situations nominatives.",
])
def test_rejected_or_excluded_stays_clean(text):
    assert code("deontologie", text + SECRET) == "securisee"


@pytest.mark.parametrize("text", [
    "Les échanges entre l'intervenant et les gendarmes s'effectuent dans le respect du secret partagé.",
    "L'intervenante expose la situation de chaque personne reçue en cellule de veille du CLSPD.",
])
def test_the_practice_itself_still_fires(text):
    assert code("deontologie", text + SECRET) == "contre_sens"

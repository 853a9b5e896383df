"""Round 25, after the samples yl–yo were read: three more ways a payer is written.

- the territory State credits are delegated to (« dans la limite des crédits délégués au département »)
  is not a payer;
- the employer that « assure la rémunération et les charges de l'agent » pays the post;
- the payer of the remainder « prend à sa charge le solde du coût du poste ».
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article


def payers(text: str) -> set[str]:
    """The funders read in ``text`` written as the financing article of a convention."""
    fin, _ = code_article(text)
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    ("Le poste est financé en totalité par l'État, au vu des crédits délégués au département.", {"etat"}),
    ("La subvention de l'État est arrêtée chaque année dans la limite des crédits délégués au département.",
     {"etat"}),
    ("La Commune de Vierzon assure la rémunération et les charges de l'intervenante. L'État participe au financement "
     "par une subvention du fonds interministériel de prévention de la délinquance.", {"commune", "etat"}),
    ("Le Conseil départemental assure seul la rémunération et les charges sociales de l'agent.",
     {"conseil_departemental"}),
    ("L'État verse une subvention de 15 000 euros. Le Département prend à sa charge le solde du coût du poste.",
     {"etat", "conseil_departemental"}),
    ("L'État apporte 20 000 euros ; la communauté de communes prend à sa charge le reliquat.",
     {"etat", "intercommunalite"}),
])
def test_payers(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


@pytest.mark.parametrize("text", [
    # the pay's management, not its payment; charges of another kind
    "Le Département assure la gestion administrative de la rémunération de l'agent.",
    "L'association assure la charge de l'accueil des victimes.",
])
def test_no_payer(text: str) -> None:
    assert payers(text) == set()


@pytest.mark.parametrize("text, expected", [
    # the remainder « pris en charge » by a social-security body; an employer's own funds, after « par les »
    ("L'État verse une subvention. La MSA de Picardie prend en charge le solde des dépenses du poste sur ses "
     "crédits d'action sanitaire et sociale.", {"etat", "autre"}),
    ("Le poste est financé par des crédits du fonds interministériel de prévention de la délinquance, par une "
     "participation du Département, et par les fonds propres de l'association.",
     {"etat", "conseil_departemental", "autre"}),
])
def test_remainder_and_own_funds(text: str, expected: set[str]) -> None:
    assert payers(text) == expected

"""Round 29, after the samples xb–xe were read: the cost of one post among several, and a whole
payer said by « la charge intégrale ».

- « le coût d'un poste » (« le coût annuel d'une intervenante ») is one post's cost: with several posts
  the indicator keeps all the posts' cost (the « soit … pour les trois postes » total when written, else
  the unit cost times the number of posts) and their total working time;
- « le coût de l'expérimentation … pour deux postes » is the cost of the posts (running costs included,
  as for « le coût de l'action … pour un poste à temps plein, frais de fonctionnement compris »);
- « assure la charge intégrale du poste » names the only payer; « la charge totale du poste » is a cost.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article

_ONE = "La présente convention crée un poste d'intervenant social."
_TWO = "La présente convention crée deux postes d'intervenant social."
_THREE = "La présente convention crée trois postes d'intervenant social."


def coded(text: str, purpose: str = _ONE):
    """The financement and cout_poste codings of ``text`` written as the financing article of a convention."""
    return code_article(text, purpose)


@pytest.mark.parametrize("purpose, text, montant, etp", [
    (_THREE, "Le coût d'un poste, comprenant la rémunération chargée et les frais de déplacement, est évalué à "
             "50 000 euros par an, soit 150 000 euros pour les trois postes (3 ETP).", 150000, 3.0),
    (_THREE, "Le cout d'un poste est estime a 40 000 euros par an, charges comprises, soit 120 000 euros pour les "
             "trois postes.", 120000, None),
    # no total written: the unit cost times the posts
    (_TWO, "Le coût annuel d'une intervenante est estimé à 47 000 euros.", 94000, None),
    # the working time said with the unit cost is per post as well
    (_TWO, "Le coût annuel d'un poste est évalué à 50 000 euros pour un équivalent temps plein, soit 100 000 euros "
           "pour les deux postes.", 100000, 2.0),
    # one post: the cost of « un poste » is that post's
    (_ONE, "Le coût d'un poste d'intervenant social à temps plein est estimé à 48 000 euros par an.", 48000, 1.0),
    # the cost of the experimentation, for the posts it creates
    (_TWO, "Le coût de l'expérimentation est évalué à 96 000 euros pour deux postes d'intervenant social à temps "
           "plein (2 ETP), frais de fonctionnement compris.", 96000, 2.0),
])
def test_cost_of_the_posts(purpose: str, text: str, montant: float, etp: float | None) -> None:
    _, cost = coded(text, purpose)
    assert cost.value["montant"] == montant
    if etp is not None:
        assert cost.value["etp"] == etp


@pytest.mark.parametrize("text", [
    # a past cost of the experimentation, in the imperfect
    "Le coût de l'expérimentation s'élevait à 30 000 euros.",
    # money paid into the cost, not the cost
    "La commune participe au coût d'un poste à hauteur de 10 000 euros.",
])
def test_no_cost(text: str) -> None:
    _, cost = coded(text)
    assert cost.value["montant"] is None


@pytest.mark.parametrize("text, payer", [
    ("Le Département assure la charge intégrale du poste, soit un coût annuel estimé à 50 000 euros pour un "
     "équivalent temps plein.", "conseil_departemental"),
    ("La prise en charge intégrale de la rémunération de l'intervenante est assurée par la commune.", "commune"),
    ("La Ville de Sète assure la charge entière des dépenses du poste.", "commune"),
])
def test_whole_charge_is_sole_payer(text: str, payer: str) -> None:
    fin, _ = coded(text)
    assert fin.value == "stable"
    assert [(f["type"], f["part"]) for f in fin.extra["financeurs"]] == [(payer, 100.0)]


@pytest.mark.parametrize("text", [
    # the post's cost, paid by two
    "La charge totale du poste est estimée à 50 000 euros. L'État en finance 60 % et la commune 40 %.",
    # a charge of another kind
    "L'association assure la charge intégrale de l'accueil des victimes. L'État verse une subvention.",
])
def test_not_a_whole_charge(text: str) -> None:
    fin, _ = coded(text)
    assert not any(f["part"] == 100.0 for f in fin.extra["financeurs"])

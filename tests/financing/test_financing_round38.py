"""Round 38, after the samples wl–wo were read: the cost of the unit the convention sets up.

A convention that creates « une cellule », « un service », « une permanence » or « un dispositif » may
state the cost of that unit (« le coût de fonctionnement de la cellule, pour un poste à temps plein, est
évalué à 36 000 euros par an »): it is the post's cost when the sentence ties it to one post (« pour un
poste », « correspondant à un équivalent temps plein », « 1 ETP »). The cost of an association's whole
service, team or budget is not the post's. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article

CELL = "La présente convention crée une cellule d'accueil des victimes animée par une intervenante sociale."


def cost(text: str) -> tuple[float | None, float | None]:
    _, c = code_article(text, purpose=CELL)
    return c.value["montant"], c.value["etp"]


@pytest.mark.parametrize("text, amount", [
    ("Le coût de fonctionnement de la cellule, pour un poste à temps plein, est évalué à 36 000 euros par an. "
     "Ce montant comprend la rémunération chargée de l'intervenante.", 36000.0),
    ("Le coût de fonctionnement du service, correspondant à un équivalent temps plein, s'élève à 41 500 €.",
     41500.0),
    ("Le coût annuel de la permanence, pour un poste d'intervenant social, est estimé à 39 000 euros.", 39000.0),
    ("Le coût de la cellule est évalué à 44 000 euros par an pour un équivalent temps plein.", 44000.0),
    ("Le coût de fonctionnement du dispositif, sur la base d'un ETP, est fixé à 47 000 €.", 47000.0),
])
def test_cost_of_the_unit_tied_to_one_post(text: str, amount: float) -> None:
    assert cost(text)[0] == amount


@pytest.mark.parametrize("text", [
    # the association's whole service, team or budget
    "Le coût de fonctionnement du service d'aide aux victimes de l'association est évalué à 310 000 euros.",
    "Le coût de fonctionnement du service, qui compte cinq salariés, est évalué à 250 000 euros par an.",
    "Le coût de fonctionnement de la structure, pour l'ensemble de ses postes, s'élève à 480 000 €.",
    # no tie to a post: the unit's cost alone says nothing of the post
    "Le coût de fonctionnement de la cellule est évalué à 120 000 euros.",
    # a contribution to the unit's cost, not the cost
    "L'État participe au coût de fonctionnement de la cellule, pour un poste à temps plein, à hauteur de 20 000 €.",
])
def test_cost_of_a_larger_whole_is_not_the_post(text: str) -> None:
    assert cost(text)[0] is None


def test_post_cost_read_first_is_kept() -> None:
    text = ("Le coût annuel du poste est estimé à 45 000 euros. Le coût de fonctionnement de la cellule, "
            "pour un poste à temps plein, est évalué à 52 000 euros.")
    assert cost(text)[0] == 45000.0


def funders(text: str) -> set[str]:
    fin, _ = code_article(text)
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # an item « à + verb » under « X s'engage : » has X as its subject
    ("Le centre hospitalier s'engage :\n- à recruter l'intervenant et à prendre en charge le surplus du "
     "financement du poste non couvert par la participation de l'État ;\n- à transmettre un bilan annuel.",
     {"etat", "autre"}),
    ("Le centre hospitalier s'engage :\n- à prendre en charge le financement du poste ;\n- à informer le comité.",
     {"autre"}),
    # « le surplus » is the remainder, like « le reste » or « le solde »
    ("Le centre hospitalier prend en charge le surplus du coût du poste.", {"autre"}),
    ("La commune assure le surplus du financement ; l'État verse une subvention au titre du FIPD.",
     {"commune", "etat"}),
    # a pôle métropolitain groups intercommunalities
    ("Le Pôle métropolitain du Genevois français finance 40 % du coût du poste.", {"intercommunalite"}),
])
def test_funders_read(text: str, expected: set[str]) -> None:
    assert funders(text) == expected


@pytest.mark.parametrize("text", [
    # items that pay nothing
    "Le centre hospitalier s'engage :\n- à mettre un bureau à disposition ;\n- à informer la brigade des absences.",
    # an engagement list closed by a paragraph of another subject: the item lead does not run on
    "Le centre hospitalier s'engage :\n- à recruter l'intervenant.\nLe financement du poste fait l'objet d'un avenant.",
])
def test_engaged_items_that_pay_nothing(text: str) -> None:
    assert funders(text) == set()

"""Round 8: a cost said by its verb, a budget table of expenses, an aid that does not fund the post.

- « Le poste, à temps plein, coûte 54 000 € par an »: the verb « coûter » with the post as subject
  states the cost as « le coût du poste est de » does; another subject (an office, a hotel night) not.
- A budget annex listing the post's expenses (salary and charges, travel, management…) and ending on
  « Total »: that total is the post's cost even without the word « coût »; a table naming financeurs,
  or listing no salary line, is not such a budget.
- « une aide de 3 000 euros, qui ne concourt pas au financement du poste »: that money and its payer
  are set apart, like « n'entre pas dans le coût du poste ».
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

FUNDING = ("L'État verse 20 000 euros par an et le Département verse 15 000 euros par an à "
           "l'association pour le poste. ")


def cost_of(text: str) -> dict:
    _, cost = code_financing(text_doc(text))
    return cost.value


def types_of(text: str) -> set[str]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"] for f in fin.extra["financeurs"]}


# --------------------------------------------------------------------------- the verb « coûter »

@pytest.mark.parametrize("sentence, montant", [
    ("Le poste, à temps plein, coûte 54 000 € par an, tout compris.", 54000.0),
    ("Le poste coute 48 500 euros chaque annee.", 48500.0),
    ("L'emploi d'intervenant social coûtera 51 000 € par an, charges comprises.", 51000.0),
    ("L'intervenante sociale, employée à temps plein, coûte à l'association 50 000 € par an.", 50000.0),
])
def test_the_post_that_costs_states_the_cost(sentence: str, montant: float) -> None:
    assert cost_of(FUNDING + sentence)["montant"] == montant


@pytest.mark.parametrize("sentence", [
    "La location du bureau coûte 3 000 € par an.",
    "Une nuit d'hôtel pour une victime coûte en moyenne 80 €.",
    "Le véhicule de service coûtera 9 000 euros.",
])
def test_something_else_that_costs_is_not_the_posts_cost(sentence: str) -> None:
    assert cost_of(FUNDING + sentence)["montant"] is None


# --------------------------------------------------------------------------- a budget of expenses

BUDGET = ("Annexe – Budget annuel\n"
          "| Dépense | Montant |\n"
          "| Salaire brut et charges patronales | 41 000 € |\n"
          "| Déplacements | 3 000 € |\n"
          "| Frais de gestion | 2 500 € |\n"
          "| Total | 46 500 € |\n")


def test_a_budget_table_of_expenses_gives_its_total() -> None:
    assert cost_of(FUNDING + "\n" + BUDGET)["montant"] == 46500.0


def test_a_budget_table_with_a_subtotal_keeps_the_total() -> None:
    table = BUDGET.replace("| Frais de gestion | 2 500 € |\n",
                           "| Sous-total personnel | 41 000 € |\n| Frais de gestion | 2 500 € |\n")
    assert cost_of(FUNDING + "\n" + table)["montant"] == 46500.0


def test_a_table_without_a_salary_line_is_not_the_posts_budget() -> None:
    table = ("| Dépense | Montant |\n| Déplacements | 3 000 € |\n| Fournitures | 1 000 € |\n"
             "| Total | 4 000 € |\n")
    assert cost_of(FUNDING + "\n" + table)["montant"] is None


def test_a_table_of_financeurs_total_is_not_read_as_an_expense_budget() -> None:
    table = ("| Financeur | Montant |\n| État | 20 000 € |\n| Département | 15 000 € |\n"
             "| Total | 35 000 € |\n")
    assert cost_of("Le poste est financé comme suit.\n" + table)["montant"] is None


# --------------------------------------------------------------------------- money set apart

@pytest.mark.parametrize("sentence", [
    "La CAF a par ailleurs accordé à l'association une aide de 3 000 euros, aide qui ne concourt pas "
    "au financement du poste.",
    "La caisse d'allocations familiales verse 2 000 € pour des ateliers collectifs ; cette somme ne "
    "contribue pas au coût du poste.",
    "La CAF attribue 4 000 euros à des actions de parentalité qui ne participent pas au financement de "
    "l'emploi.",
])
def test_money_that_does_not_fund_the_post_is_set_apart(sentence: str) -> None:
    assert types_of(FUNDING + sentence) == {"etat", "conseil_departemental"}


def test_a_payer_that_does_fund_the_post_stays() -> None:
    assert "caf" in types_of(FUNDING + "La CAF concourt au financement du poste à hauteur de 3 000 euros.")

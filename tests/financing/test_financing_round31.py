"""Round 31, after the blind sets xj–xm were read: a corrected cost, and four ways a payer is written.

- a later article or annex that sets the cost « en remplacement » of the figure written before wins;
- « L'État apporte au Département, au titre du FIPD, une participation »: an incise between the verb and
  the money it brings;
- « assure la rémunération de l'intervenante ainsi que ses frais de déplacement »: the pay and its costs;
- « s'engage à soutenir le poste au titre du fonds interministériel … »: support drawn on a fund;
- « supporte / assume l'intégralité du coût du poste »: one payer of the whole;
- a line of the post's budget « Frais de gestion du GIP | 2 200 € » is what the body charges, not pays.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article


def read(text: str, more: str = "") -> tuple[list[dict], dict]:
    """The funders and the cost read in ``text`` written as the financing article of a convention
    (``more``: the articles or annexes written after it)."""
    fin, cost = code_article(text, "La présente convention crée un poste d'intervenant social à temps plein.",
                             more or "Article 3 – Durée\nLa présente convention est conclue pour une année.\n")
    return fin.extra["financeurs"], cost.value


def payers(text: str) -> set[str]:
    return {f["type"] for f in read(text)[0]}


@pytest.mark.parametrize("more, expected", [
    ("Article 3 – Budget\nLe montant de 46 000 euros figurant à l'article 2 a été établi avant la revalorisation "
     "indiciaire. En remplacement de ce montant, le coût du poste est arrêté à 47 500 euros.\n", 47500.0),
    ("Annexe 2 – Budget\nEn remplacement du montant de 46 000 euros, le coût annuel du poste est fixé à "
     "48 200 euros.\n", 48200.0),
    # no correction: the article's figure stays
    ("Annexe 2 – Budget\nLe budget détaillé du poste figure ci-dessous. Il est présenté pour information.\n",
     46000.0),
])
def test_cost_replaced_in_a_later_part(more: str, expected: float) -> None:
    _, cost = read("Le coût du poste est évalué à 46 000 euros pour un temps plein.", more)
    assert cost["montant"] == expected


@pytest.mark.parametrize("text, expected", [
    ("L'État apporte au Département, au titre du fonds interministériel de prévention de la délinquance, une "
     "participation dont le montant est arrêté chaque année.", {"etat"}),
    ("L'État apporte, dans le cadre du fonds interministériel de prévention de la délinquance, une contribution "
     "annuelle au poste.", {"etat"}),
    ("Le Département assure la rémunération de l'Intervenante ainsi que ses frais de déplacement.",
     {"conseil_departemental"}),
    ("La Commune assume la rémunération de l'agent et ses frais de mission.", {"commune"}),
    ("L'État s'engage à soutenir le poste au titre du fonds interministériel de prévention de la délinquance.",
     {"etat"}),
    ("La Ville de Sète supporte l'intégralité du coût du poste.", {"commune"}),
    ("Le Département assume l'intégralité de la rémunération de l'intervenante.", {"conseil_departemental"}),
])
def test_payers(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


@pytest.mark.parametrize("text", [
    # the verb brings no money; the pay managed, not paid; support that is not money
    "L'État apporte au Département, au titre de sa mission de coordination, un appui méthodologique.",
    "Le Département assure la gestion de la rémunération de l'intervenante ainsi que le suivi de ses congés.",
    "L'État s'engage à soutenir le poste par la mobilisation de ses services.",
])
def test_no_payer(text: str) -> None:
    assert payers(text) == set()


def test_sole_payer_of_the_whole_has_the_whole_share() -> None:
    funders, _ = read("La Ville de Sète supporte l'intégralité du coût du poste.")
    assert [(f["type"], f["part"]) for f in funders] == [("commune", 100.0)]


def test_management_fee_line_of_a_budget_is_no_funder() -> None:
    text = ("Le coût annuel du poste est évalué à 56 000 euros. Il est financé selon la clé suivante :\n"
            "| Financeur | Part | Montant annuel |\n| État – FIPD | 50 % | 28 000 € |\n"
            "| Département | 50 % | 28 000 € |\n| Total | 100 % | 56 000 € |")
    more = ("Annexe 2 – Budget annuel\n| Nature | Montant |\n| Salaire brut et charges patronales | 50 000 € |\n"
            "| Déplacements et véhicule | 3 800 € |\n| Frais de gestion du GIP | 2 200 € |\n| Total | 56 000 € |\n")
    funders, cost = read(text, more)
    assert {f["type"] for f in funders} == {"etat", "conseil_departemental"}
    assert cost["montant"] == 56000.0

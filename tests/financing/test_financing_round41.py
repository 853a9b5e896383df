"""Round 41: a budget written as two accounts side by side (« Charges | Montant | Produits | Montant »):
the total of the expenses, left of the resources, is the post's cost, whether the table is a real table
(DOCX/ODT cells) or lines with bars (text, PDF). Wordings written for these tests."""

from __future__ import annotations

import pytest

from test_financing import docx_table_doc, text_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

ROWS = [
    ["Charges", "Montant", "Produits", "Montant"],
    ["Salaire et charges (1 ETP)", "41 200 €", "État (FIPD)", "15 000 €"],
    ["Déplacements", "3 100 €", "Département", "à déterminer"],
    ["Formation et supervision", "1 700 €", "Fonds propres de l'association", "solde"],
    ["Total", "46 000 €", "Total", "46 000 €"],
]


def _cost(doc):
    _, cost = code_financing(doc, segment(doc))
    return cost.value["montant"]


def test_two_sided_budget_in_table_cells():
    doc = docx_table_doc("Article 1 – Objet\nLa convention crée un poste d'intervenant social.\nAnnexe 2 – Budget", ROWS)
    assert _cost(doc) == 46000


@pytest.mark.parametrize("head", ["Charges | Montant | Produits | Montant", "Dépenses | € | Recettes | €"])
def test_two_sided_budget_in_barred_lines(head):
    lines = [head] + [" | ".join(r) for r in ROWS[1:]]
    doc = text_doc("Article 1 – Objet\nLa convention crée un poste d'intervenant social.\nAnnexe 2 – Budget\n"
                   + "\n".join(lines))
    assert _cost(doc) == 46000


def test_one_sided_budget_unchanged():
    rows = [["Dépenses", "Montant"], ["Salaire chargé", "40 000 €"], ["Déplacements", "2 000 €"],
            ["Total", "42 000 €"]]
    doc = docx_table_doc("Article 1 – Objet\nLa convention crée un poste d'intervenant social.\nAnnexe – Budget", rows)
    assert _cost(doc) == 42000


@pytest.mark.parametrize("text, amount", [
    # the amount before « soit N % du coût » is a share; the cost comes from its own sentence
    ("L'État verse 18 000 euros pour l'année 2016, soit quarante pour cent du coût du poste tel qu'il est évalué "
     "ci-après. Le coût annuel du poste est évalué par les parties à 45 000 euros.", 45000),
    ("L'État verse une participation de 24 000 euros, soit la moitié du coût du poste tel qu'il est défini à "
     "l'article 4. Le coût annuel du poste est évalué à 48 000 euros.", 48000),
    ("L'État participe à hauteur de 40 % du coût annuel, soit 22 000 euros par an.", None),
    # a valuation after the cost noun still states the cost
    ("L'État participe à hauteur de 40 % du coût du poste, estimé à 55 000 €, soit 22 000 €.", 55000),
])
def test_share_of_the_cost_is_no_cost(text, amount):
    from test_financing import code_article
    assert code_article(text)[1].value["montant"] == amount

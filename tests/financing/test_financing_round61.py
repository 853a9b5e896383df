"""Round 61: a convention creating several posts states their cost in a per-post table, a row per post
(« Poste | ETP | Coût annuel », a total row or not) or a column per post (« Élément | Poste 1 | Poste 2 »
with a « Coût annuel » row): the convention's cost and working time are those of all its posts. Wordings
and figures written for these tests."""

from __future__ import annotations

import pytest

from test_financing import docx_table_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

INTRO = ("Article 1 – Objet\nLa présente convention crée deux postes d'intervenant social, l'un au commissariat, "
         "l'autre à la brigade.\nArticle 6 – Coût des postes")


def _cost(doc) -> dict:
    _, cost = code_financing(doc, segment(doc))
    return cost.value


ROWS_WITH_TOTAL = [["Poste", "ETP", "Coût annuel"],
                   ["Poste du commissariat d'Arras", "1", "47 500 €"],
                   ["Poste de la brigade de Bapaume", "0,5", "24 000 €"],
                   ["Total", "1,5", "71 500 €"]]


def test_posts_in_rows_with_a_total_row_in_cells():
    assert _cost(docx_table_doc(INTRO, ROWS_WITH_TOTAL)) == {"montant": 71500.0, "etp": 1.5}


def test_posts_in_rows_without_total_are_summed():
    rows = [["Site", "ETP", "Coût annuel"],
            ["Commissariat de Lens", "1", "45 000 €"],
            ["Compagnie de Béthune", "1", "46 000 €"]]
    assert _cost(docx_table_doc(INTRO, rows)) == {"montant": 91000.0, "etp": 2.0}


def test_posts_in_columns_cost_row_is_summed():
    rows = [["Élément", "Poste 1", "Poste 2"],
            ["Unité d'accueil", "Commissariat de Laval", "Brigade de Mayenne"],
            ["Coût annuel", "48 000 €", "44 000 €"]]
    assert _cost(docx_table_doc(INTRO, rows))["montant"] == 92000.0


def test_a_single_post_row_stays_the_post_cost():
    rows = [["Poste", "ETP", "Coût annuel"], ["Intervenant social", "1", "45 000 €"]]
    assert _cost(docx_table_doc(INTRO, rows))["montant"] == 45000.0


def test_a_staff_budget_with_another_role_is_no_table_of_posts():
    rows = [["Poste", "ETP", "Coût annuel"],
            ["Intervenant social", "1", "45 000 €"],
            ["Coordinatrice de l'association", "0,2", "9 000 €"]]
    assert _cost(docx_table_doc(INTRO, rows))["etp"] != 1.2

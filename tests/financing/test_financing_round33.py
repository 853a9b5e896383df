"""Round 33, after the blind sets xn–xu were read:

- a number inside a financeur's bracketed label (« État (FIPD – programme 216) », « Ville (BOP 104) »)
  is part of its name, not a year's amount: read as a value it made a stable table look degressive;
- a funding table whose row names a financeur but leaves its amounts to fill in (« [montant] € »,
  « XXX ») lists that financeur without amount; a row whose name is itself a question
  (« [Conseil départemental ?] ») names nobody.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import code_article, docx_table_doc

COST = "Le coût annuel du poste est estimé à 50 000 euros.\nLa répartition est la même chaque année :\n"


def _table(label: str, sep: str, header: str = "Financeur 2024 2025 2026 Part") -> str:
    rows = [header.replace(" ", sep),
            sep.join([label, "20 000 €", "20 000 €", "20 000 €", "40 %"]),
            sep.join(["Département du Gard", "30 000 €", "30 000 €", "30 000 €", "60 %"]),
            sep.join(["Total", "50 000 €", "50 000 €", "50 000 €", "100 %"])]
    return COST + "\n".join(rows) + "\nLes sommes sont versées chaque année à l'association."


@pytest.mark.parametrize("sep", ["\t", " ", " | "])
@pytest.mark.parametrize("label", ["État (FIPD – programme 216)", "État (BOP 104)",
                                   "Préfecture (crédits du programme 147)"])
def test_number_in_a_bracketed_name_is_no_year_amount(label: str, sep: str) -> None:
    fin, _ = code_article(_table(label, sep))
    assert fin.value == "stable"
    etat = next(f for f in fin.extra["financeurs"] if f["type"] == "etat")
    assert etat["par_annee"]["montants"] == [20000.0, 20000.0, 20000.0]
    assert etat["part"] == 40.0


def test_a_real_decrease_after_a_bracketed_name_is_still_read() -> None:
    text = COST.replace("La répartition est la même chaque année :\n", "") + "\n".join([
        "Financeur 2024 2025 2026",
        "État (FIPD – programme 216) 30 000 € 25 000 € 20 000 €",
        "Département du Gard 20 000 € 25 000 € 30 000 €"])
    fin, _ = code_article(text)
    assert fin.value == "degressif"


def test_a_bare_value_in_brackets_after_a_name_is_still_a_value() -> None:
    # « (60) » holds no word before the number: nothing says it belongs to the name.
    fin, _ = code_article(COST + "État (20 000) 20 000 €\nDépartement du Gard 30 000 €")
    etat = next(f for f in fin.extra["financeurs"] if f["type"] == "etat")
    assert etat["montant"] == 20000.0


def _docx(rows: list[list[str]]) -> tuple[str, list[dict]]:
    doc = docx_table_doc("Article 2 – Financement\nLes financeurs participent selon le tableau ci-dessous :",
                         rows, "Chaque financeur verse sa participation à l'employeur.")
    fin, _ = code_financing(doc, segment(doc))
    return fin.value, fin.extra["financeurs"]


@pytest.mark.parametrize("blank", ["[montant] € ([part] %)", "XXX", "… €", "______ €"])
def test_financeur_row_left_to_fill_is_a_financeur_without_amount(blank: str) -> None:
    value, funders = _docx([["Financeur", "Montant annuel", "Part"],
                            ["État (FIPD)", "20 000 € (à confirmer)", "[part] %"],
                            ["Commune de Sète", blank, blank]])
    assert {f["type"] for f in funders} == {"etat", "commune"}
    commune = next(f for f in funders if f["type"] == "commune")
    assert commune["montant"] is None and commune["part"] is None
    assert value == "non_precise"


@pytest.mark.parametrize("label", ["[Conseil départemental ?]", "Conseil départemental ?",
                                   "[Conseil départemental]"])
def test_a_questioned_name_is_no_financeur(label: str) -> None:
    _, funders = _docx([["Financeur", "Année 1", "Année 2"],
                        ["État (FIPD)", "20 000 €", "20 000 €"],
                        [label, "XXX", "XXX"]])
    assert {f["type"] for f in funders} == {"etat"}


def test_blank_rows_alone_make_no_funding_table() -> None:
    # A table of the signatories with blanks to fill is no funding: nobody is listed from it.
    _, funders = _docx([["Partie", "Signature"],
                        ["Le Maire de la Commune de Sète", "[signature]"],
                        ["Le Président du Conseil départemental", "[signature]"]])
    assert funders == []


def test_an_empty_cell_is_no_placeholder() -> None:
    _, funders = _docx([["Financeur", "Année 1", "Année 2"],
                        ["État (FIPD)", "20 000 €", "20 000 €"],
                        ["Commune de Sète", "", "-"]])
    assert {f["type"] for f in funders} == {"etat"}

"""Round 37, after the samples wh–wk were read: the cost of the post read from a share or a half-year.

- a list of the financeurs' shares introduced by the cost noun (« le coût du poste … est maintenu à
  l'identique : État 25 000 € (50 %), CCAS 15 000 € (30 %) … »): the first amount is a share, not the
  cost; the cost is the shares' total when they make the whole, else it is read elsewhere;
- a cost table whose first (or last) year is part of a year (« 2025 (1er juillet – 31 décembre) »,
  « 2024 (4 mois) », « second semestre 2025 »): the cost per year is a full year's;
- the employer's own funds put into the post (« l'association y consacre une partie de ses fonds
  propres ») make it a funder (« autre »).
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import code_article, docx_table_doc

ARTICLE_COST = ("Le coût annuel du poste, salaire chargé et frais de fonctionnement compris, est évalué à "
                "48 000 euros.")


def cost_of(text: str, after: str = "") -> float | None:
    _, cost = code_article(text, after=after)
    return cost.value["montant"]


def funders(text: str) -> dict[str, tuple[float | None, float | None]]:
    fin, _ = code_article(text)
    return {f["type"]: (f["montant"], f["part"]) for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, cost", [
    # a list of shares that make the whole: their total is the cost
    ("Pour l'année 2016, le coût du poste et la répartition fixés à l'article 2 sont reconduits à l'identique : "
     "État 24 000 € (50 %), Ville de Brest 14 400 € (30 %), Département 9 600 € (20 %).", 48000.0),
    ("Le coût du poste se répartit ainsi : État 20 000 €, Communauté d'agglomération du Grand Dax 20 000 €.",
     40000.0),
    ("Le coût de l'emploi demeure inchangé : l'État : 30 000 euros (60 %), le Département : 20 000 euros (40 %).",
     50000.0),
    # the cost written before the shares keeps being the cost
    ("Le coût du poste est de 50 000 € : État 25 000 € (50 %), commune 25 000 € (50 %).", 50000.0),
    ("Le coût du poste, pris en charge par l'État et la commune, est estimé à 46 000 euros.", 46000.0),
])
def test_cost_beside_a_list_of_shares(text: str, cost: float) -> None:
    assert cost_of(text) == cost


def test_shares_that_do_not_make_the_whole_give_no_cost() -> None:
    text = "Le coût du poste reste inchangé : État 20 000 € (40 %), Département 10 000 € (20 %)."
    assert cost_of(text) is None
    assert funders(text) == {"etat": (20000.0, 40.0), "conseil_departemental": (10000.0, 20.0)}


def test_avenant_keeping_the_cost_keeps_the_article_cost() -> None:
    """The convention's article states the cost; an avenant bound after it keeps it « à l'identique »
    and lists the shares: the cost stays the article's (the shares make it)."""
    after = ("Article 3 – Durée\nLa présente convention est conclue pour l'année 2015.\n"
             "AVENANT N° 1\nArticle 1\nLa convention est renouvelée pour l'année 2016.\n"
             "Article 2\nPour l'année 2016, le coût du poste et la répartition des participations fixés à "
             "l'article 2 sont maintenus à l'identique : État 24 000 € (50 %), CCAS 14 400 € (30 %), "
             "Conseil départemental 9 600 € (20 %).")
    text = ARTICLE_COST + " Il est financé à 50 % par l'État, 30 % par le CCAS et 20 % par le Département."
    assert cost_of(text, after) == 48000.0


TABLE_HEAD = ["Année", "Coût du poste", "Participation de l'État (FIPD)", "Part de l'État"]


@pytest.mark.parametrize("first, last", [
    ("2025 (1er juillet – 31 décembre)", "2028 (1er janvier – 30 juin)"),
    ("2024 (4 mois)", "2027"),
    ("Second semestre 2025", "2028"),
    ("2025 (au prorata)", "2028"),
])
def test_cost_table_skips_partial_years(first: str, last: str) -> None:
    rows = [TABLE_HEAD,
            [first, "27 500 €", "27 500 €", "100 %"],
            ["2026", "55 000 €", "55 000 €", "100 %"],
            ["2027", "55 000 €", "55 000 €", "100 %"],
            [last, "27 500 €", "27 500 €", "100 %"]]
    doc = docx_table_doc("Article 2 – Financement\nLe poste est financé selon le tableau suivant :", rows,
                         "Article 3 – Durée\nLa présente convention est conclue pour trois ans.")
    _, cost = code_financing(doc, segment(doc))
    assert cost.value["montant"] == 55000.0


def test_cost_table_of_full_years_reads_the_first_year() -> None:
    rows = [TABLE_HEAD,
            ["2025 (1er janvier – 31 décembre)", "50 000 €", "30 000 €", "60 %"],
            ["2026", "52 000 €", "26 000 €", "50 %"]]
    doc = docx_table_doc("Article 2 – Financement\nLe poste est financé selon le tableau suivant :", rows,
                         "Article 3 – Durée\nLa présente convention est conclue pour deux ans.")
    _, cost = code_financing(doc, segment(doc))
    assert cost.value["montant"] == 50000.0


def test_cost_row_skips_a_partial_year_column() -> None:
    rows = [["Poste", "2025 (1er septembre – 31 décembre)", "2026", "2027"],
            ["Coût du poste", "16 000 €", "48 000 €", "48 000 €"],
            ["État (FIPD)", "8 000 €", "24 000 €", "24 000 €"],
            ["Département", "8 000 €", "24 000 €", "24 000 €"]]
    doc = docx_table_doc("Article 2 – Financement\nLe poste est financé selon le tableau suivant :", rows,
                         "Article 3 – Durée\nLa présente convention est conclue pour trois ans.")
    _, cost = code_financing(doc, segment(doc))
    assert cost.value["montant"] == 48000.0


@pytest.mark.parametrize("text", [
    "L'État verse une subvention de 15 000 euros. La Ville et le Département sont sollicités pour compléter le "
    "financement du poste. L'association y consacre en outre une partie de ses fonds propres.",
    "L'État verse une subvention de 15 000 euros. L'association consacre une partie de ses fonds propres au "
    "financement du poste.",
    "L'État verse une subvention de 15 000 euros. L'association y affecte ses ressources propres.",
])
def test_own_funds_put_into_the_post(text: str) -> None:
    assert "autre" in funders(text)


@pytest.mark.parametrize("text", [
    "L'État verse une subvention de 15 000 euros. L'association consacre ses fonds propres à la formation de "
    "ses bénévoles.",
    "L'État verse une subvention de 15 000 euros. L'association y consacre une partie de son temps.",
])
def test_own_funds_elsewhere_are_no_funder(text: str) -> None:
    assert "autre" not in funders(text)


def test_sentence_runs_over_a_page_break() -> None:
    """A PDF page break leaves a blank line mid-sentence: the funder after it is still in the sentence
    that says « financé »."""
    text = ("Le poste est financé par le CCAS sur son budget propre, avec le concours de l'État dans la limite "
            "des crédits\n\ndélégués chaque année, et le concours du Conseil départemental au titre de l'action "
            "sociale.")
    assert set(funders(text)) == {"commune", "etat", "conseil_departemental"}


def test_page_break_before_an_item_still_splits() -> None:
    text = ("L'État verse une subvention de 20 000 euros\n\na) le Département participe aux réunions du comité.")
    assert "conseil_departemental" not in funders(text)


def test_cost_taken_in_charge_jointly() -> None:
    text = ("Le coût du mi-temps est pris en charge conjointement par l'État, au titre du fonds interministériel de "
            "prévention de la délinquance, par le Conseil départemental et par le centre hospitalier de Millau.")
    assert set(funders(text)) == {"etat", "conseil_departemental", "autre"}

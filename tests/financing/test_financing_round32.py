"""Round 32, after the blind sets xn–xq were read: conventions that create several posts and set them
out in tables.

- a table with one row per post (« Poste 1 | État | Ville | … | Total ») gives each financeur the sum of
  its column; keys that differ from one post to the next are no change over the years;
- a table with one column per post then the total (« Financeur | Poste de Nice | Poste de Menton |
  Total | Part du total »): a financeur's row ends with what it pays in all and its share;
- a column « ETP » under a header that names the year of its figures (« Coût 2014 ») is still read;
- « Les intervenants exercent à temps plein »: a plural subject gives each post its whole time.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import code_article, docx_table_doc

OBJECT = ("Article 1 – Objet\nLa présente convention crée deux postes d'intervenants sociaux.\n")


def read(text: str, obj: str = OBJECT) -> tuple[str, list[dict], dict]:
    """The trend, the funders and the cost read in ``text`` written as the financing article."""
    fin, cost = code_article(text, obj.removeprefix("Article 1 – Objet\n").rstrip("\n"),
                             "Article 3 – Durée\nLa présente convention est conclue pour trois ans.\n")
    return fin.value, fin.extra["financeurs"], cost.value


def by_type(funders: list[dict]) -> dict[str, tuple[float | None, float | None]]:
    return {f["type"]: (f["montant"], f["part"]) for f in funders}


PER_POST_ROWS = [
    ["Poste", "État (FIPD)", "Ville de Tarbes", "Total"],
    ["Poste A", "20 000 € (50 %)", "20 000 € (50 %)", "40 000 €"],
    ["Poste B", "8 000 € (20 %)", "32 000 € (80 %)", "40 000 €"],
]


def test_rows_per_post_are_summed_not_a_decrease() -> None:
    doc = docx_table_doc("Article 2 – Financement\nLa participation des financeurs diffère selon les postes :",
                         PER_POST_ROWS, "Article 3 – Durée\nLa présente convention est conclue pour trois ans.")
    fin, cost = code_financing(doc, segment(doc))
    assert fin.value != "degressif"
    assert by_type(fin.extra["financeurs"]) == {"etat": (28000.0, 35.0), "commune": (52000.0, 65.0)}
    assert cost.value["montant"] == 80000.0


def test_rows_per_year_still_decrease() -> None:
    rows = [["Année", "État (FIPD)", "Ville de Tarbes", "Total"],
            ["2021", "20 000 € (50 %)", "20 000 € (50 %)", "40 000 €"],
            ["2022", "8 000 € (20 %)", "32 000 € (80 %)", "40 000 €"]]
    doc = docx_table_doc("Article 2 – Financement\nLe financement est réparti comme suit :", rows,
                         "Article 3 – Durée\nLa présente convention est conclue pour deux ans.")
    fin, _ = code_financing(doc, segment(doc))
    assert fin.value == "degressif"


@pytest.mark.parametrize("header", [
    "Financeur | Poste de Lourdes | Poste de Tarbes | Total | Part du total",
    "Financeurs | Poste nord | Poste sud | Total 2019 | Part",
])
def test_columns_per_post_read_the_total(header: str) -> None:
    _, funders, _ = read("Le coût de chaque poste est évalué à 40 000 euros. Le financement est réparti comme suit :\n"
                         + header + "\n"
                         "Etat (FIPD) | 20 000 € (50 %) | 20 000 € (50 %) | 40 000 € | 50 %\n"
                         "Ville de Tarbes | - | 20 000 € (50 %) | 20 000 € | 25 %\n"
                         "Département des Hautes-Pyrénées | 20 000 € (50 %) | - | 20 000 € | 25 %\n"
                         "Total | 40 000 € | 40 000 € | 80 000 € | 100 %")
    assert by_type(funders) == {"etat": (40000.0, 50.0), "commune": (20000.0, 25.0),
                                "conseil_departemental": (20000.0, 25.0)}


def test_columns_per_year_keep_the_years() -> None:
    _, funders, _ = read("Le financement est réparti comme suit :\n"
                         "Financeur | 2019 | 2020 | Total\n"
                         "Etat (FIPD) | 20 000 € | 15 000 € | 35 000 €\n"
                         "Ville de Tarbes | 20 000 € | 25 000 € | 45 000 €")
    assert by_type(funders)["etat"][0] == 20000.0


@pytest.mark.parametrize("header, cells, expected", [
    ("Poste | Lieu | ETP | Coût 2014", ("1", "1"), 2.0),
    ("Poste | Lieu | Jours | ETP | Coût annuel estimé 2021", ("lundi au vendredi | 1", "mardi et jeudi | 0,4"), 1.4),
])
def test_etp_column_under_a_dated_header(header: str, cells: tuple[str, str], expected: float) -> None:
    obj = (OBJECT + "Article 1 bis – Implantation\n" + header + "\n"
           f"Nord | Commissariat de Lourdes | {cells[0]} | 45 000 €\n"
           f"Sud | Commissariat de Tarbes | {cells[1]} | 45 000 €\n")
    _, _, cost = read("Le coût total des postes est évalué à 90 000 euros.", obj)
    assert cost["etp"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Les intervenants exercent à temps plein dans les brigades désignées ci-dessous.", 2.0),
    ("Les intervenantes sociales travaillent à temps plein au commissariat.", 2.0),
    # a part-time plural is no whole time: two half-time posts
    ("Les intervenants exercent à mi-temps dans les brigades désignées ci-dessous.", 1.0),
])
def test_plural_workers_at_full_time(sentence: str, expected: float | None) -> None:
    obj = OBJECT + "Article 1 bis – Organisation\n" + sentence + "\n"
    _, _, cost = read("Le coût de chaque poste est évalué à 45 000 euros, soit 90 000 euros pour les deux postes.",
                      obj)
    assert cost["etp"] == expected


def payers(text: str) -> set[str]:
    return {f["type"] for f in read(text, "Article 1 – Objet\nLa présente convention crée un poste "
                                          "d'intervenant social.\n")[1]}


@pytest.mark.parametrize("text, expected", [
    ("Le Département assume la rémunération de l'intervenante sociale et les charges afférentes.",
     {"conseil_departemental"}),
    ("La Commune assure la rémunération de l'intervenant social ainsi que ses frais de déplacement.", {"commune"}),
    ("L'Etat apporte un concours au titre du fonds interministériel de prévention de la délinquance, dont le "
     "montant est arrêté chaque année par le préfet.", {"etat"}),
    ("L'État apporte son concours sur les crédits du fonds interministériel de prévention de la délinquance.",
     {"etat"}),
    # a help that is no money
    ("La gendarmerie apporte son concours à l'intervenante pour l'orientation des victimes.", set()),
    ("Le Département apporte son concours technique à la mise en place du dispositif.", set()),
])
def test_payer_wordings(text: str, expected: set[str]) -> None:
    assert payers(text) == expected

"""Round 64: a single post defined by its days of the week (« un poste …, à raison de trois jours par
semaine », « le coût annuel du poste, à quatre jours par semaine, est évalué à … ») works that share of a
five-day week; days spent at one place, several posts, another role or a written figure say otherwise.
Wordings and figures written for these tests."""

from __future__ import annotations

import pytest

from test_financing import code_article

from iscg_nlp.extract import read_document
from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment


def _etp(text: str, purpose: str = "La présente convention crée un poste d'intervenant social.") -> float | None:
    _, cost = code_article(text, purpose=purpose)
    return cost.value["etp"]


@pytest.mark.parametrize("purpose, expected", [
    ("La présente convention a pour objet la création d'un poste d'intervenante sociale, à raison de trois jours "
     "par semaine, au profit des brigades du territoire.", 0.6),
    ("Le poste d'intervenant social est ouvert à raison de deux journées par semaine.", 0.4),
    ("L'emploi est créé sur quatre jours hebdomadaires au bénéfice de la compagnie.", 0.8),
])
def test_the_post_defined_by_its_days(purpose, expected):
    assert _etp("L'État verse une subvention de 20 000 euros.", purpose) == expected


def test_the_cost_sentence_gives_the_days_of_the_post():
    text = ("Le coût annuel du poste, à quatre jours par semaine, est évalué à 41 600 euros, frais de déplacement "
            "compris.")
    _, cost = code_article(text, purpose="La présente convention crée un poste d'intervenant social.")
    assert cost.value == {"montant": 41600.0, "etp": 0.8}


@pytest.mark.parametrize("purpose", [
    # days at one place: the rest of the week may be elsewhere
    "Le titulaire du poste est présent trois jours par semaine à la compagnie de gendarmerie.",
    # two posts, another role, a share of a day, a denial
    "La convention crée deux postes d'intervenant social, à raison de trois jours par semaine chacun.",
    "Le poste de coordinatrice est assuré à raison d'un jour par semaine.",
    "Le poste est ouvert à raison de deux demi-journées et trois jours par semaine.",
    "Le poste n'est pas limité à trois jours par semaine.",
])
def test_days_that_do_not_define_the_post(purpose):
    assert _etp("L'État verse une subvention de 20 000 euros.", purpose) in (None, 1.0)


def test_a_written_figure_wins_over_the_days():
    purpose = ("La présente convention crée un poste d'intervenant social à 0,5 ETP. Le poste est ouvert à raison "
               "de trois jours par semaine la première année.")
    assert _etp("L'État verse une subvention de 20 000 euros.", purpose) == 0.5


def test_through_the_text_reader(tmp_path):
    path = tmp_path / "convention.txt"
    path.write_text("CONVENTION\n\nArticle 1 – Objet\n\nLa présente convention a pour objet la création d'un poste "
                    "d'intervenante sociale, à raison de trois jours par semaine, au profit des unités de "
                    "gendarmerie.\n\nArticle 2 – Financement\n\nLe Département verse 15 000 euros par an.\n",
                    encoding="cp1252")
    doc = read_document(str(path))
    _, cost = code_financing(doc, segment(doc))
    assert cost.value["etp"] == 0.6


@pytest.mark.parametrize("clause", [
    "Si la participation de l'État devait être réduite une année donnée, les parties se rencontreraient pour en "
    "examiner les conséquences.",
    "En cas de baisse de la subvention de l'État, un avenant fixera la nouvelle répartition.",
    "Dans l'hypothèse où l'État réduirait sa participation, le comité de pilotage serait réuni.",
])
def test_a_supposed_decrease_is_no_falling_share(clause):
    text = ("Le coût du poste, 50 000 euros par an, est financé chaque année à parts égales par l'État (25 000 euros) "
            "et la Ville (25 000 euros). " + clause)
    financement, _ = code_article(text)
    assert financement.value == "stable"


def test_a_stated_decrease_still_counts():
    text = ("Le coût du poste, 50 000 euros par an, est financé par l'État et la Ville. La participation de l'État "
            "diminue chaque année : 50 % la première année, 40 % la deuxième, 30 % la troisième.")
    financement, _ = code_article(text)
    assert financement.value == "degressif"

"""Round 59: a State share « ramenée à vingt-cinq pour cent » written in words is a decrease, and a
three-year table of amounts says more than a share written for the first two years only."""

from __future__ import annotations

import pytest

from test_financing import ONE_POST, code_article, docx_table_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment


@pytest.mark.parametrize("text", [
    "L'État finance le poste à hauteur de quarante pour cent de son coût pour chacune des deux premières "
    "années. À compter de la troisième année, la participation de l'État est ramenée à vingt-cinq pour "
    "cent. La Commune prend à sa charge le solde.",
    "La participation du FIPD, fixée à cinquante pour cent la première année, sera ramenée à trente pour "
    "cent la deuxième année ; le Département finance le reste.",
    "Au titre du FIPD, l'État apporte soixante pour cent du coût en 2021 ; sa part est ramenée à hauteur de "
    "quarante pour cent en 2022, le Département complétant le financement.",
])
def test_state_share_brought_down_in_words_is_degressive(text):
    fin, _ = code_article(text)
    assert fin.value == "degressif"


@pytest.mark.parametrize("text", [
    # the COST is brought down, not the State's share
    "Le coût du poste, ramené à quarante mille euros après révision, est financé à parts égales par "
    "l'État et le Département pendant toute la durée de la convention.",
    # the Commune's share falls, the State's stays
    "L'État finance le poste à hauteur de cinquante pour cent chaque année. La part de la Commune est "
    "ramenée à vingt pour cent à compter de la deuxième année, le Département prenant le relais.",
])
def test_other_things_brought_down_are_no_degressive_state_share(text):
    fin, _ = code_article(text)
    assert fin.value != "degressif"


def _with_table(share_sentence: str, third_year: list[str]) -> str:
    doc = docx_table_doc(
        "Article 1 – Objet\n" + ONE_POST + "\nArticle 2 – Financement\n" + share_sentence
        + "\nLe Département prend à sa charge le solde.\nAnnexe – Plan de financement",
        [["Année d'exécution", "Coût du poste", "État (FIPD)", "Département"],
         ["1re année", "50 000 €", "20 000 €", "30 000 €"],
         ["2e année", "50 000 €", "20 000 €", "30 000 €"],
         ["3e année", "50 000 €", *third_year]])
    fin, _ = code_financing(doc, segment(doc))
    return fin.value


def test_three_year_table_beats_a_two_year_share():
    # the prose gives the share of the first two years only; the table goes on to the third
    assert _with_table("L'État participe à hauteur de 40 % du coût annuel pour chacune des deux premières "
                       "années.", ["12 500 €", "37 500 €"]) == "degressif"


def test_a_flat_table_stays_stable():
    assert _with_table("L'État participe à hauteur de 40 % du coût annuel pour chacune des années de la "
                       "convention.", ["20 000 €", "30 000 €"]) == "stable"

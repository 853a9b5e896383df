"""Round 26, after the samples yp–ys were read: amended figures, the old convention's cost, a
community's name alone, a past grant recalled « pour mémoire ».

- a later article correcting the cost (« erreur matérielle … 50 000 euros et non de 48 000 euros »,
  « est porté à », « en lieu et place de », « par dérogation à l'article 2 ») wins over the first
  figure, and the financeurs' figures that follow it in that article replace theirs;
- the previous convention's cost recalled in the imperfect (« y était évalué à », « s'élevait à ») is
  not this one's;
- « la communauté d'agglomération Val Portes du Lac » named in the parties, then « Val Portes du Lac »
  alone in the table, is an intercommunalité;
- a grant that « a financé » something else, « pour mémoire », is history, not the present.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc
from test_financing_heldout import structured_doc


def read(articles: list[tuple[str, str]], preamble: str = "Préambule."):
    doc, st = structured_doc(preamble, articles)
    return code_financing(doc, st)


FINANCING = ("Financement",
             "Le coût annuel du poste est estimé à 48 000 euros. L'État verse 24 000 euros et la Ville de Dole "
             "24 000 euros.")


@pytest.mark.parametrize("amendment", [
    "L'article 2 contient une erreur matérielle : le coût annuel du poste s'élève à 50 000 euros et non à "
    "48 000 euros. Chaque financeur apporte la moitié, soit 25 000 euros pour l'État et 25 000 euros pour la "
    "Ville de Dole.",
    "Par dérogation à l'article 2, le coût annuel du poste est fixé à 50 000 euros. L'État verse 25 000 euros "
    "et la Ville de Dole 25 000 euros, au lieu de 24 000 euros chacun.",
    "Le coût annuel du poste, fixé à 48 000 euros par l'article 2, est porté à 50 000 euros. La contribution "
    "de l'État est de 25 000 euros et celle de la Ville de Dole de 25 000 euros, en lieu et place des "
    "24 000 euros prévus.",
])
def test_later_article_amends_the_cost(amendment: str) -> None:
    fin, cost = read([("Objet", "Un poste d'intervenant social est créé."), FINANCING, ("Rectification", amendment)])
    assert cost.value["montant"] == 50000
    amounts = {f["type"]: f["montant"] for f in fin.extra["financeurs"]}
    assert amounts == {"etat": 25000, "commune": 25000}


@pytest.mark.parametrize("later", [
    # no figure replaced: the first cost stands, the funders' amounts too
    "Le coût annuel du poste est rappelé au comité de pilotage chaque année.",
    "Les autres stipulations de la convention, modifiée par l'avenant n° 1, demeurent inchangées.",
    "L'État verse sa participation au vu d'un compte rendu financier.",
])
def test_no_amendment_keeps_the_first_figures(later: str) -> None:
    fin, cost = read([("Objet", "Un poste d'intervenant social est créé."), FINANCING, ("Suivi", later)])
    assert cost.value["montant"] == 48000
    assert {f["type"]: f["montant"] for f in fin.extra["financeurs"]} == {"etat": 24000, "commune": 24000}


@pytest.mark.parametrize("recall", [
    "Par convention du 2 mai 2019, un poste à mi-temps avait été créé. Le coût annuel du poste y était évalué "
    "à 22 000 euros, pris en charge à parts égales par l'État et la Ville de Dole.",
    "Lors de la première convention, le coût du poste s'élevait à 30 000 euros.",
    "Le coût du poste à mi-temps était alors estimé à 21 000 euros par an.",
])
def test_old_convention_cost_in_the_past_is_not_this_one(recall: str) -> None:
    fin, cost = read([("Financement", "Le coût annuel du poste à temps plein est évalué à 50 000 euros. L'État "
                                      "en finance 60 %, le Département 40 %.")], preamble=recall)
    assert cost.value["montant"] == 50000
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "conseil_departemental"}


def test_present_cost_of_the_same_shape_is_read() -> None:
    _, cost = read([("Financement", "Le coût annuel du poste est évalué à 44 000 euros.")])
    assert cost.value["montant"] == 44000


def test_community_named_after_its_kind_then_alone() -> None:
    doc = text_doc(
        "ENTRE\nL'État, représenté par le préfet ;\n"
        "La communauté d'agglomération Val Portes du Lac, représentée par son président ;\n"
        "Article 1 – Financement\nLes financeurs participent selon le tableau ci-dessous :\n"
        "| Financeur | Montant | Part |\n| État | 20 000 € | 50 % |\n| Val Portes du Lac | 20 000 € | 50 % |\n")
    fin, _ = code_financing(doc)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "intercommunalite"}


def test_community_of_a_place_is_not_an_alias() -> None:
    # « communauté de communes du Pays … » is matched as it stands; a single capitalised word is no alias
    doc = text_doc("La communauté urbaine Lille est citée.\nArticle 1 – Financement\nLa Ville de Lille verse "
                   "20 000 euros.\n")
    fin, _ = code_financing(doc)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"commune"}


@pytest.mark.parametrize("text, expected", [
    ("Pour mémoire, la subvention de 8 000 euros versée par l'État en 2022 a financé l'étude préalable et non le "
     "poste. Le Département finance le poste en totalité.", {"conseil_departemental"}),
    # the present tense after « pour mémoire, » still pays now
    ("Pour mémoire, le poste est financé par l'État à hauteur de 50 % et par la Ville de Dole à hauteur de 50 %.",
     {"etat", "commune"}),
])
def test_past_grant_for_memory(text: str, expected: set[str]) -> None:
    fin, _ = read([("Financement", text)])
    assert {f["type"] for f in fin.extra["financeurs"]} == expected

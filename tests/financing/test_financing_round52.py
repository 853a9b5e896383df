"""Round 52: a bare figure under a « % » column of a per-year funding table is a share (an unchanged
split is stable funding); the cost of « the half-time » or « the part-time » of the post is its cost."""

from __future__ import annotations

import pytest

from test_financing import code_article, docx_table_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment


def _table(head: list[str], rows: list[list[str]], after: str = ""):
    doc = docx_table_doc("Article 6 – Financement", [head, *rows], after)
    return code_financing(doc, segment(doc))[0]


@pytest.mark.parametrize("head", [["Financeur", "2021", "%", "2022", "%"],
                                  ["Partenaire", "2021", "Part", "2022", "Part"],
                                  ["Financement", "2021", "taux", "2022", "taux"]])
def test_share_columns_of_a_yearly_table_are_shares(head):
    fin = _table(head, [["Commune de Vierzon", "21 000 €", "70", "21 000 €", "70"],
                        ["État (FIPD)", "9 000 €", "30", "9 000 €", "30"],
                        ["Total", "30 000 €", "100", "30 000 €", "100"]],
                 "Au-delà, la répartition entre la commune et l'État reste de 70 % et 30 %.")
    assert fin.value == "stable"
    shares = {f["type"]: f["part"] for f in fin.extra["financeurs"]}
    assert shares == {"commune": 70.0, "etat": 30.0}


def test_share_columns_that_fall_are_still_degressive():
    fin = _table(["Financeur", "2021", "%", "2022", "%"],
                 [["Commune de Vierzon", "15 000 €", "50", "21 000 €", "70"],
                  ["État (FIPD)", "15 000 €", "50", "9 000 €", "30"],
                  ["Total", "30 000 €", "100", "30 000 €", "100"]])
    assert fin.value == "degressif"


@pytest.mark.parametrize("text, amount", [
    ("Le coût du mi-temps consacré à la mission est estimé à 26 000 euros par an.", 26000.0),
    ("Le coût annuel du temps partiel de l'intervenante (0,5 ETP) s'élève à 24 500 €.", 24500.0),
    ("Le coût du demi-temps dédié au commissariat est évalué à 23 800 €, frais de déplacement compris.", 23800.0),
])
def test_cost_of_the_half_time_is_the_post_cost(text, amount):
    _, cost = code_article(text)
    assert cost.value["montant"] == amount


def test_cost_of_overtime_is_not_the_post_cost():
    _, cost = code_article("Le coût des heures supplémentaires éventuelles, estimé à 1 200 €, reste à la charge "
                           "de l'employeur.")
    assert cost.value["montant"] is None


LEAD = ("Le poste accueille toute personne en difficulté, victime ou mise en cause, dans les locaux du "
        "commissariat, où un bureau lui est réservé. ")


@pytest.mark.parametrize("text, shares", [
    # « respectivement » pairs in the order written, wherever the sentence sits in the article
    ("L'État et la Ville participent respectivement à hauteur de 60 % et 40 % du coût.",
     {"etat": 60.0, "commune": 40.0}),
    # a split « entre A et B » followed by one share per financeur pairs the same way
    ("La répartition entre la commune et l'État est de 70 % et 30 %.", {"commune": 70.0, "etat": 30.0}),
    ("Le coût est partagé entre le Département et la Ville, à hauteur de 55 % et 45 %.",
     {"conseil_departemental": 55.0, "commune": 45.0}),
    # each share written beside its financeur: read as written
    ("Le financement est réparti entre le Département (50 %) et la commune (50 %).",
     {"conseil_departemental": 50.0, "commune": 50.0}),
])
def test_shares_pair_with_financeurs_in_order(text, shares):
    for lead in ("", LEAD):
        fin, _ = code_article(lead + text)
        assert {f["type"]: f["part"] for f in fin.extra["financeurs"]} == shares


def test_a_split_with_one_share_only_is_not_paired():
    fin, _ = code_article(LEAD + "Le coût est réparti entre la Ville et l'État ; la participation de l'État est "
                                 "de 40 %.")
    shares = {f["type"]: f["part"] for f in fin.extra["financeurs"]}
    assert shares["etat"] == 40.0

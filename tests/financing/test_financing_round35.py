"""Round 35 wordings of the post's working time and cost (blind sets xz, wa, wb, wc, read after their
measure): the ETP written in words next to the cost of several posts, the posts' full time said by a
plural pronoun, the cost « de l'ensemble des deux postes », and the working time an avenant bound after
the convention sets."""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import code_article, text_doc

THREE_POSTS = "La présente convention crée trois postes d'intervenants sociaux en commissariat."
TWO_POSTS = "La présente convention a pour objet la création de deux postes d'intervenants sociaux."
FORM_ANNEX = ("Annexe 1 – Les postes\nProfil : diplôme d'État d'assistant de service social.\n"
              "Temps de travail : temps complet ;")


@pytest.mark.parametrize("words, etp", [
    ("pour trois équivalents temps plein", 3.0),
    ("pour 3 ETP", 3.0),
    ("pour 2,5 équivalents temps plein", 2.5),
])
def test_etp_in_words_next_to_the_cost_of_several_posts_beats_the_form_line(words: str, etp: float) -> None:
    text = ("Le coût annuel des trois postes, rémunérations chargées et frais de structure compris, est évalué "
            f"à 171 000 euros {words}.")
    _, cost = code_article(text, THREE_POSTS, after=FORM_ANNEX)
    assert cost.value == {"montant": 171000.0, "etp": etp}


def test_full_time_said_by_a_plural_pronoun_counts_for_each_post() -> None:
    purpose = TWO_POSTS + "\nIls y exercent leur activité à temps plein, du lundi au vendredi."
    _, cost = code_article("Le coût total des deux postes pour l'année 2013 est évalué à 86 000 euros.", purpose,
                           after="Annexe 1 – Fiche de poste\nTemps de travail : temps complet (35 heures) ;")
    assert cost.value == {"montant": 86000.0, "etp": 2.0}


def test_single_post_pronoun_full_time_stays_one() -> None:
    one = "La présente convention crée un poste d'intervenant social."
    purpose = one + "\nIl y exerce son activité à temps plein."
    _, cost = code_article("Le coût annuel du poste est évalué à 45 000 euros.", purpose)
    assert cost.value == {"montant": 45000.0, "etp": 1.0}


def test_cost_of_all_the_posts_together_with_its_etp() -> None:
    text = ("Le coût prévisionnel de l'ensemble des deux postes, pour deux équivalents temps plein, est évalué "
            "pour l'année 2010 à 92 400 euros, comprenant les salaires et charges.")
    _, cost = code_article(text, TWO_POSTS)
    assert cost.value == {"montant": 92400.0, "etp": 2.0}


def _with_avenant(avenant_body: str) -> dict:
    text = ("Article 1 – Objet\nLa présente convention crée un poste d'intervenant social.\n"
            "Article 2 – Temps de travail\nLe poste est occupé à hauteur de 0,8 équivalent temps plein.\n"
            "Article 3 – Financement\nLe coût annuel du poste, pour 0,8 équivalent temps plein, est évalué "
            "à 42 800 euros.\n"
            "Fait à Mâcon, le 28 janvier 2020.\nLe Préfet\nLe Maire\n"
            "AVENANT N° 1 À LA CONVENTION DU 28 JANVIER 2020\n"
            "Article 1er – Quotité du poste\n" + avenant_body + "\n"
            "Fait à Mâcon, le 14 février 2022.\nLe Préfet\nLe Maire\n")
    doc = text_doc(text)
    return code_financing(doc, segment(doc))[1].value


def test_working_time_set_by_an_avenant_is_the_one_in_force() -> None:
    value = _with_avenant("À compter du 1er janvier 2022, le poste est occupé à hauteur d'un équivalent temps plein.")
    assert value["etp"] == 1.0


def test_avenant_without_working_time_keeps_the_convention_s() -> None:
    value = _with_avenant("Le comité de suivi se réunit deux fois par an.")
    assert value["etp"] == 0.8


def test_subsidy_for_fitting_out_a_room_said_with_the_purchase_as_subject_is_not_a_funder() -> None:
    text = ("Le Département prend en charge la totalité du coût annuel du poste, évalué à 46 500 euros.\n"
            "Une salle d'audition sera aménagée au sein de la compagnie ; cet aménagement bénéficie d'une "
            "subvention de l'État au titre du FIPD d'un montant de 6 000 euros.")
    fin, cost = code_article(text)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"conseil_departemental"}
    assert cost.value["montant"] == 46500.0


def test_subsidy_that_benefits_the_post_itself_still_counts() -> None:
    text = ("Le coût annuel du poste est évalué à 46 500 euros. Le poste bénéficie d'une subvention de l'État "
            "au titre du FIPD d'un montant de 6 000 euros ; le Département prend en charge le solde.")
    fin, _ = code_article(text)
    assert "etat" in {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text", [
    "La communauté d'agglomération sollicite à cet effet, auprès des services de la préfecture, une subvention "
    "au titre du fonds interministériel de prévention de la délinquance.",
    "L'association sollicite chaque année, auprès du préfet et dans les conditions de la circulaire en vigueur, "
    "une subvention du FIPD.",
])
def test_a_subsidy_sought_with_a_long_incise_names_its_funder(text: str) -> None:
    """Round 35 (xy04): the employer « sollicite, auprès de …, une subvention au titre du FIPD »: the State
    is a funder without amount, as when « une subvention est sollicitée »."""
    fin, _ = code_article("Le poste est financé par la communauté d'agglomération. " + text)
    assert {f["type"] for f in fin.extra["financeurs"]} >= {"etat"}

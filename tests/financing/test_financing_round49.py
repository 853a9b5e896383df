"""Round 49: a working time whose figure a draft left blank (« ……… équivalent(s) temps plein ») is no
working time; the same sentence filled in still is."""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("text", [
    "Le poste représente ……… équivalent(s) temps plein. Son coût annuel est estimé à ……… euros.",
    "Le poste représente [à préciser] équivalent temps plein, pour un coût de [montant] €.",
    "L'intervenant social est recruté pour ____ équivalents temps plein.",
    "Temps de travail : ... équivalent temps plein (à compléter par la commune).",
    "Le poste correspond à XXX équivalent temps plein.",
])
def test_blank_figure_before_full_time_equivalent_gives_no_etp(text):
    _, cost = code_article(text)
    assert cost.value["etp"] is None


@pytest.mark.parametrize("text, etp", [
    ("Le poste représente un équivalent temps plein. Son coût annuel est estimé à 52 000 euros.", 1.0),
    ("Le poste représente 0,8 équivalent temps plein (voir l'annexe […]).", 0.8),
    ("L'intervenant social exerce à temps plein au commissariat ; les horaires sont fixés en annexe […].", 1.0),
])
def test_filled_in_working_time_still_read(text, etp):
    _, cost = code_article(text)
    assert cost.value["etp"] == etp


def test_ticked_box_is_no_blank_figure():
    _, cost = code_article("Caractéristiques du poste\nRégime : [ ] temps plein [x] 80 % d'un temps plein\n")
    assert cost.value["etp"] == 0.8


@pytest.mark.parametrize("text", [
    "Temps de travail : [à préciser : temps plein ou temps partiel selon financements obtenus].",
    "L'intervenant social est recruté [à compléter par la commune : à temps plein / à mi-temps].",
    "Quotité : [option : 0,5 ETP ou 1 ETP, selon le budget retenu]",
])
def test_time_inside_a_drafting_note_is_undecided(text):
    _, cost = code_article(text)
    assert cost.value["etp"] is None


def test_time_after_a_closed_drafting_note_is_read():
    _, cost = code_article("Poste : [à préciser : intitulé exact]. L'intervenant social exerce à temps plein.")
    assert cost.value["etp"] == 1.0


def test_whole_time_in_the_unit_is_no_full_time_post_when_the_figure_is_left_blank():
    text = ("Le poste représente ……… équivalent(s) temps plein.\n"
            "L'intervenant social exerce ses fonctions au sein de la brigade, où il est présent sur l'ensemble de "
            "son temps de travail.")
    _, cost = code_article(text)
    assert cost.value["etp"] is None


def test_whole_time_in_the_unit_still_reads_full_time_without_a_blank():
    text = ("L'intervenant social exerce ses fonctions au sein de la brigade, où il est présent sur l'ensemble de "
            "son temps de travail. Le coût du poste est de 50 000 euros.")
    _, cost = code_article(text)
    assert cost.value["etp"] == 1.0


def test_activity_report_after_an_avenant_does_not_undo_its_working_time():
    """An avenant raises the post to full time; the activity report bound after it tells the first
    quarter's work « à mi-temps » in the passé composé: the avenant's time is the one in force."""
    text = "Le poste est créé à hauteur d'un mi-temps. Son coût annuel est estimé à 27 000 euros."
    after = ("\nAVENANT N° 1 À LA CONVENTION DU 2 SEPTEMBRE 2024\nArticle 1\nL'article 2 de la convention est remplacé "
             "par la rédaction suivante : « À compter du 1er avril 2025, le poste est porté à un temps plein. Son coût "
             "annuel est estimé à 54 000 euros. »\n\nBILAN D'ACTIVITÉ\nAu cours du premier trimestre de fonctionnement, "
             "à mi-temps, l'intervenante a reçu 96 personnes, dont 71 victimes.\n")
    _, cost = code_article(text, after=after)
    assert cost.value["etp"] == 1.0

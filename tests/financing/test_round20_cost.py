"""Round 20: a sentence cut by a blank line; the whole time said as « the rest of his time » elsewhere.

A PDF page break leaves a blank line inside « Le coût du poste, comprenant … et », blank, « l'équipement,
est évalué à 46 000 euros »: the lower-case word after an open function word goes on with the sentence.
« Il exerce trois jours par semaine à la brigade. Il consacre le reste de son temps au point d'accès au
droit »: the rest of the single worker's time at another place of the post makes a full time; other
missions, a remainder outside the convention or a half-time do not. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def cost_of(text: str) -> dict[str, float | None]:
    """The cost indicator of a short convention made of ``text``."""
    _, cost = code_financing(text_doc(text + "\n"))
    return cost.value


@pytest.mark.parametrize("text, montant", [
    ("Le coût du poste, comprenant la rémunération chargée, les frais de déplacement et\n\n"
     "l'équipement, est évalué à 46 000 euros pour l'année 2013.", 46000),
    ("Le cout annuel du poste, charges et frais de\n\nfonctionnement compris, est estime a 48 000 euros.", 48000),
    ("Le coût total du poste, qui comprend le salaire de l'intervenante et\n\nses frais de mission, s'élève à "
     "52 000 €.", 52000),
    ("Le budget prévisionnel du poste, y compris la formation et\n\nla supervision, est de 50 000 euros.", 50000),
    ("Le coût du poste est évalué, pour l'année et\n\npour un temps plein, à 44 000 euros.", 44000),
    ("Le coût du poste, y compris les frais de\n\ndéplacement, est de 49 000 euros.", 49000),
])
def test_blank_line_inside_a_sentence_keeps_the_cost(text: str, montant: float) -> None:
    assert cost_of(text)["montant"] == montant


def test_blank_line_then_capital_is_a_new_sentence() -> None:
    text = ("Le coût du poste est évalué à 45 000 euros.\n\nLe reste est à la charge de l'association, pour 3 000 euros.")
    assert cost_of(text)["montant"] == 45000


@pytest.mark.parametrize("text, etp", [
    ("L'intervenant exerce trois jours par semaine à la brigade.\n"
     "Il consacre le reste de son temps de travail au point d'accès au droit.", 1.0),
    ("L'intervenante est présente deux jours par semaine au commissariat.\n"
     "Les autres jours, elle reçoit au centre médico-social.", 1.0),
    ("Le travailleur social tient deux permanences à la compagnie.\n"
     "Le reste de son temps de travail s'effectue au CCAS, où il reçoit sur rendez-vous.", 1.0),
    ("Le reste de la semaine, l'intervenant exerce au siège de la structure.", 1.0),
    ("Le reste de son temps de travail est accompli a la maison des solidarites.", 1.0),
    ("L'agent est a la brigade le mardi ; le temps restant a l'agence, ou il recoit les personnes.", 1.0),
    # other missions, outside the convention, a half-time: the post is not a full time
    ("Il exerce, sur le reste de son temps de travail, d'autres missions au sein de l'association.", None),
    ("Le reste de son temps de travail est consacré à ses missions habituelles au sein de la MSA.", None),
    ("Le mi-temps restant de l'agent est affecté à la maison des solidarités.", 0.5),
    ("Le reste de son temps ne relève pas de la présente convention.", None),
    ("Elle ne consacre pas le reste de son temps au dispositif.", None),
    # several posts: the remainder of one person says nothing of the total
    ("Deux intervenants sociaux sont recrutés.\nLe reste de leur temps est consacré au CCAS.", None),
])
def test_rest_of_time_elsewhere_is_a_full_time(text: str, etp: float | None) -> None:
    assert cost_of(text)["etp"] == etp


def test_a_written_figure_wins_over_the_rest_of_time() -> None:
    text = ("L'intervenante est recrutée à 80 % d'un temps plein.\n"
            "Le reste de son temps de travail s'effectue au CCAS.")
    assert cost_of(text)["etp"] == 0.8

"""Round 19: « état » that is not the State; the working week told in days split between places.

« Aucune communication ne peut faire état de situations … dans un territoire de taille réduite »: « faire
état de », « en l'état », « état des lieux », « état de santé » are idioms, not the State, so no State
share can fall in them. « Trois jours par semaine à la brigade et deux jours par semaine à la Maison des
adolescents »: days that add up to five are a full-time post, fewer say nothing. Wordings written for
these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

TABLE = ("Article 8 – Financement\n"
         "Le coût du poste est financé à parts fixes chaque année : l'État 40 %, le Département 30 %, "
         "la Ville 30 %.\n")


def fin_value(text: str) -> str:
    fin, _ = code_financing(text_doc(TABLE + "Article 11 – Communication\n" + text + "\n"))
    return fin.value


def etp_of(text: str) -> float | None:
    _, cost = code_financing(text_doc("Article 3 – Exercice\n" + text + "\n"
                                      "Article 9 – Coût\nLe coût annuel du poste s'élève à 50 000 euros.\n"))
    return cost.value["etp"]


@pytest.mark.parametrize("text", [
    "Aucune communication ne peut faire état de situations individuelles dans un territoire de taille réduite.",
    "Le bilan ne fait etat d'aucune situation nominative ; le nombre de personnes reçues a diminué.",
    "En l'état, le nombre de permanences est réduit à deux par semaine.",
    "L'état des lieux des locaux montre une surface réduite.",
    "Les rapports font état d'une baisse des violences signalées.",
    "L'intervenant peut faire état, dans son bilan, d'une diminution des sollicitations.",
])
def test_etat_idiom_is_not_a_falling_state_share(text: str) -> None:
    assert fin_value(text) != "degressif"


def test_state_share_still_falls() -> None:
    assert fin_value("La participation de l'État diminue de 10 points chaque année.") == "degressif"


@pytest.mark.parametrize("text, etp", [
    ("L'intervenant social exerce trois jours par semaine à la brigade et deux jours par semaine à la Maison "
     "des adolescents.", 1.0),
    ("L'intervenante est présente quatre jours par semaine au commissariat et un jour par semaine au CCAS.", 1.0),
    ("Elle travaille 2 jours par semaine à la compagnie, 3 jours par semaine à l'antenne de Dreux.", 1.0),
    ("L'intervenant intervient deux journées par semaine à la brigade de Nogent et trois journées par "
     "semaine à celle d'Anet.", 1.0),
    # fewer than five days, part of the days, or one week in two: no full time
    ("L'intervenant social exerce deux jours par semaine à la brigade et un jour par semaine au CCAS.", None),
    ("L'intervenante est présente trois matinées par semaine au commissariat et deux jours par semaine au CCAS.", None),
    ("L'intervenant exerce trois jours par semaine à la brigade et deux jours une semaine sur deux au CCAS.", None),
])
def test_days_of_the_week_add_up(text: str, etp: float | None) -> None:
    assert etp_of(text) == etp

"""Round 35 held-out wordings for the public and the situations, through the real engine.

Families: children named as one item of a list of every person concerned (no restriction to minors);
victims « et/ou » a bare state of social difficulty, or victims « ainsi que (le cas échéant) » people in
difficulty, mis en cause never named (the study's ambiguity); the article defining the public that
receives only victims of violence within the couple (situations restricted to conjugal violence).
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)
from iscg_nlp.decide import decide_indicator  # noqa: E402
from iscg_nlp.match import match_text  # noqa: E402


PUBLIC_CASES = [
    # ---- children as one item of a list of all persons: no restriction to minors
    ("L'intervenant peut recevoir toutes les personnes concernées par le conflit : la victime, l'auteur présumé, "
     "les enfants, qu'ils soient victimes ou témoins, ainsi que les autres membres de la famille.", "tous_publics"),
    ("Sont accueillis la victime, la personne mise en cause, les enfants du foyer, qu'ils soient eux-memes victimes "
     "ou temoins, et les autres membres de la famille.", "tous_publics"),
    ("L'assistante sociale rencontre l'ensemble des personnes touchées par les violences : les adultes du foyer, "
     "victimes comme auteurs, et les enfants, qu'ils soient victimes ou témoins.", "tous_publics"),
    ("Elle reçoit chaque personne impliquée : la victime, l'auteur des faits et les mineurs, qu'ils soient victimes "
     "ou témoins.", "tous_publics"),
    ("Le public est constitué des mineurs de moins de dix-huit ans, qu'ils soient victimes, témoins ou auteurs.",
     "mineurs_seulement"),
    ("Le dispositif s'adresse exclusivement aux jeunes de moins de 18 ans, qu'ils soient victimes ou mis en cause.",
     "mineurs_seulement"),
    # ---- victims « et/ou » a bare state of difficulty, mis en cause never named: ambiguity
    ("L'intervenante accueille les femmes victimes de violences et/ou en situation de vulnérabilité sociale.",
     "ambiguite"),
    ("Sont reçues les victimes d'infractions ou en grande précarité signalées par les brigades.", "ambiguite"),
    ("Le travailleur social reçoit les victimes et/ou socialement fragilisees orientees par les gendarmes.",
     "ambiguite"),
    ("L'intervenant recoit les victimes de violences et/ou en situation de detresse sociale.", "ambiguite"),
    ("Il accompagne les victimes et/ou en situation de fragilité, ainsi que les auteurs présumés.", "tous_publics"),
    ("L'intervenante ne reçoit pas les victimes ou en situation de précarité ; elle reçoit toute personne en "
     "difficulté sociale, victime ou mise en cause.", "tous_publics"),
    # ---- victims « ainsi que (le cas échéant) » people in difficulty: ambiguity
    ("L'intervenant social intervient auprès des victimes ainsi que, le cas échéant, des personnes en situation de "
     "fragilité sociale repérées par les services.", "ambiguite"),
    ("Il reçoit les victimes d'infractions ainsi que, si besoin, les personnes en détresse sociale.", "ambiguite"),
    ("Sont accompagnées les victimes, ainsi que, éventuellement, les familles en difficulté.", "ambiguite"),
    ("L'intervenante rencontre les victimes ainsi que le cas echeant les personnes en situation de precarite "
     "signalees par les militaires.", "ambiguite"),
    ("Il reçoit les victimes, les mis en cause ainsi que, le cas échéant, les personnes en situation de fragilité.",
     "tous_publics"),
    ("Elle accueille les victimes ainsi que les auteurs présumés et, le cas échéant, les personnes en difficulté "
     "sociale.", "tous_publics"),
]


SITUATIONS_CASES = [
    # ---- the article defining the public receives only victims of violence within the couple
    ("L'intervenante reçoit toute personne victime de violences au sein du couple dont la situation est connue "
     "des brigades.", "violences_conjugales"),
    ("Sont accueillies par l'intervenant les personnes victimes de violences commises par leur conjoint ou "
     "ex-conjoint.", "violences_conjugales"),
    ("L'intervenant social accompagne les victimes de violences conjugales, qu'elles aient déposé plainte ou non.",
     "violences_conjugales"),
    ("L'intervenante prend en charge toute personne ayant subi des violences de la part d'un concubin ou d'un "
     "partenaire lié par un PACS, actuel ou ancien.", "violences_conjugales"),
    ("L'intervenant accueille toute personne victime de violences conjugales ainsi que toute personne dont la "
     "difficulté comporte une dimension sociale.", "toutes_situations"),
    ("L'intervenant accueille toute personne en difficulté sociale, notamment les victimes de violences au sein "
     "du couple.", "toutes_situations"),
    ("L'intervenante n'accueille pas uniquement les victimes de violences conjugales.", "toutes_situations"),
    ("L'intervenant reçoit les victimes de violences conjugales, les auteurs et toute autre personne en détresse.",
     "toutes_situations"),
]


def _situations_in_public_article(text: str) -> str:
    findings = [f for f in match_text(text, RULES, zone="article", article_title="Public concerné")
                if f.indicator == "situations"]
    return decide_indicator(RULES.files["situations"], findings).value


@pytest.mark.parametrize("text,expected", PUBLIC_CASES)
def test_public_round35(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", SITUATIONS_CASES)
def test_situations_public_article_round35(text: str, expected: str) -> None:
    assert _situations_in_public_article(text) == expected


def test_situations_victims_of_couple_violence_outside_public_article_stay_generalist() -> None:
    """The same sentence in an article on missions is one situation among others, not the public's definition."""
    text = "L'intervenant social accueille les victimes de violences au sein du couple orientées par les brigades."
    findings = [f for f in match_text(text, RULES, zone="article", article_title="Missions")
                if f.indicator == "situations"]
    assert decide_indicator(RULES.files["situations"], findings).value == "toutes_situations"

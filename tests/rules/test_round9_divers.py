"""Round 9 (qualification, durée, type d'employeur): held-out wordings through the real engine.

Written from the codebook, not copied from a sample:
- a recruitment fallback said with an infinitive or a noun (« peut recruter », « candidature ») that
  opens the post to a person with experience only, next to the same fallback giving a state diploma;
- an agreement whose first period is one year but which runs « sans limitation de durée » /
  « jusqu'à dénonciation » (no term), next to a plain one-year renewable agreement;
- an employer named for ANOTHER post or dispositif (« l'articulation avec … le poste porté par le
  Département ») next to the real employer of this post.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(indicator: str, text: str, title: str = "") -> str:
    findings = [f for f in match_text(text, RULES, article_title=title) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


DIPLOMAS = "Le poste est occupé par un travailleur social diplômé d'État : assistant de service social ou éducateur spécialisé.\n"

QUALIFICATION_FALLBACK = [
    (DIPLOMAS + "À défaut de candidature répondant à ces conditions, la commune peut recruter une personne justifiant d'une expérience de l'écoute.", "imprecision_dommageable"),
    (DIPLOMAS + "A defaut de candidature correspondant a ce profil, l'association pourra embaucher une personne ayant une experience confirmee de l'accueil.", "imprecision_dommageable"),
    (DIPLOMAS + "Faute de candidature satisfaisant ces exigences, une personne disposant d'une expérience de l'accompagnement des victimes pourra être engagée.", "imprecision_dommageable"),
    (DIPLOMAS + "À défaut de candidat remplissant ces critères, l'employeur peut engager un professionnel expérimenté dans l'aide aux victimes.", "imprecision_dommageable"),
    (DIPLOMAS + "À DÉFAUT DE CANDIDATURE RÉPONDANT À CES CONDITIONS, LE CCAS PEUT RECRUTER UN JURISTE.", "imprecision_dommageable"),
    (DIPLOMAS + "A défaut de candidatures répondant à ce profil, la Ville peut affecter au poste un agent justifiant d'une expérience de l'accueil.", "imprecision_dommageable"),
    # the fallback is another state diploma: still conforming
    (DIPLOMAS + "À défaut de candidature répondant à ces conditions, l'association peut recruter une conseillère en économie sociale et familiale titulaire du diplôme d'État.", "precisee_conforme"),
    (DIPLOMAS + "À défaut d'accord des parties sur le recrutement, le comité de pilotage est réuni.", "precisee_conforme"),
    (DIPLOMAS + "Le recrutement est conduit par l'employeur.", "precisee_conforme"),
]

DUREE_SANS_TERME = [
    ("La présente convention prend effet le 1er mars 2023 pour une durée d'un an. Elle est ensuite reconduite tacitement, sans limitation de durée, sauf dénonciation.", "autre"),
    ("La convention est conclue pour un an. Elle se renouvelle ensuite d'année en année sans limite de durée.", "autre"),
    ("Elle prend effet pour douze mois puis demeure applicable tant qu'aucune des parties ne l'a dénoncée.", "autre"),
    ("La convention vaut pour une année ; elle reste ensuite en vigueur jusqu'à sa dénonciation par l'un des signataires.", "autre"),
    ("La presente convention est conclue pour un an, puis reconduite tacitement sans limitation dans le temps.", "autre"),
    ("Conclue pour une durée initiale d'un an, la convention se poursuit ensuite sans terme fixé, sauf dénonciation.", "autre"),
    ("La convention produit ses effets pendant un an, puis jusqu'à ce que l'une des parties la dénonce.", "autre"),
    # a term or an express renewal: one year
    ("La présente convention est conclue pour un an, renouvelable par avenant.", "annuelle"),
    ("La convention est conclue pour une durée d'un an. Le secret professionnel s'applique sans limitation de durée.", "annuelle"),
    ("La convention est conclue pour trois ans, puis reconduite tacitement sans limitation de durée.", "triennale"),
]

EMPLOYEUR_AUTRE_POSTE = [
    ("L'intervenante est agent contractuel de la communauté d'agglomération. Le sous-préfet veille à l'articulation avec le poste d'intervenant social en gendarmerie porté par le Département.", "ville_interco"),
    ("L'intervenant est recruté par la Ville. Son action s'inscrit parmi les autres dispositifs, notamment le poste employé par le conseil départemental en zone gendarmerie.", "ville_interco"),
    ("L'intervenante est salariée de l'association Escale. Elle travaille avec son homologue recrutée par le Conseil départemental.", "association"),
    ("Le poste est porté par la commune. Un autre poste, porté par le Département, couvre la zone gendarmerie.", "ville_interco"),
    ("Le Conseil départemental recrute l'intervenant social. L'autre intervenante, salariée de la Ville, exerce au commissariat voisin.", "conseil_departemental"),
    ("L'intervenant est un agent du CCAS. Les autres intervenants du département sont employés par des associations.", "ville_interco"),
    # the real employer, said plainly
    ("Le poste est porté par le Département des Deux-Sèvres.", "conseil_departemental"),
    ("L'intervenante est employée par l'Agglomération.", "ville_interco"),
]


@pytest.mark.parametrize("text,expected", QUALIFICATION_FALLBACK)
def test_qualification_fallback(text: str, expected: str) -> None:
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text,expected", DUREE_SANS_TERME)
def test_duree_one_year_then_no_term(text: str, expected: str) -> None:
    assert code("duree", text, "Durée") == expected


@pytest.mark.parametrize("text,expected", EMPLOYEUR_AUTRE_POSTE)
def test_employer_of_another_post(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected

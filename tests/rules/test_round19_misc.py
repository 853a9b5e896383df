"""Round 19 (misc): wordings not taken from any sample, through the real engine.

Phenomena: a fallback profile that is itself a state diploma of social work (« ou à défaut par un
assistant de service social diplômé d'État ») is a second qualified profile, not an opening to
unqualified people (qualification); the budget year named as the convention's whole span (« la
convention couvre l'exercice 2014 ») is a one-year convention (duree).
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


QUALIFICATION_FALLBACK_QUALIFIED = [
    ("Le poste est occupé par une assistante de service social diplômée d'État ou, à défaut, par un éducateur spécialisé justifiant d'une expérience auprès des familles.", "precisee_conforme"),
    ("Le recrutement porte sur un educateur specialise ; a defaut sur une conseillere en economie sociale et familiale ayant une experience de l'accueil.", "precisee_conforme"),
    ("L'association recrute un assistant social. A défaut, elle recrute un titulaire du DEES disposant d'une expérience de la protection de l'enfance.", "precisee_conforme"),
    ("Le poste sera pourvu par un éducateur spécialisé ou, à défaut, par un travailleur social diplômé justifiant d'une expérience de terrain.", "precisee_conforme"),
    ("Profil : DEASS ; à défaut DEES, avec une expérience auprès des adolescents.", "precisee_conforme"),
    ("Le candidat retenu est une assistante de service social, à défaut une éducatrice de jeunes enfants ayant une expérience de la petite enfance.", "precisee_conforme"),
    # the fallback is a person defined only by experience: still an imprecision
    ("Le poste est occupé par un éducateur spécialisé ou, à défaut, par une personne justifiant d'une expérience auprès des adolescents.", "imprecision_dommageable"),
    ("Le poste est confié à une assistante sociale, à défaut à un professionnel ayant une expérience de l'écoute.", "imprecision_dommageable"),
    ("Un assistant de service social est recruté ; à défaut, un candidat disposant d'une expérience significative de l'accompagnement.", "imprecision_dommageable"),
]


DUREE_BUDGET_YEAR = [
    ("La présente convention couvre l'exercice 2014.", "annuelle"),
    ("La convention est conclue pour l'exercice budgétaire 2019 et pourra être renouvelée par avenant.", "annuelle"),
    ("Elle est établie pour l'exercice 2022 ; sa reconduction fera l'objet d'un avenant.", "annuelle"),
    ("La presente convention porte sur l'annee civile 2017.", "annuelle"),
    ("LA PRÉSENTE CONVENTION EST VALABLE POUR L'EXERCICE 2011.", "annuelle"),
    ("La convention s'applique à l'exercice 2020, à titre rétroactif à compter du 1er janvier.", "annuelle"),
    # other things cover the year, or the span is several years
    ("La participation de l'État couvre l'exercice 2014.", "non_precisee"),
    ("La subvention du Département est versée pour l'exercice 2016.", "non_precisee"),
    ("La présente convention couvre les exercices 2021, 2022 et 2023.", "triennale"),
]


@pytest.mark.parametrize("text, expected", QUALIFICATION_FALLBACK_QUALIFIED)
def test_qualification_fallback_qualified(text: str, expected: str) -> None:
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", DUREE_BUDGET_YEAR)
def test_duree_budget_year(text: str, expected: str) -> None:
    assert code("duree", text) == expected


EMPLOYER_PARTY_UNATTACHED = [
    ("- l'Association Départementale d'Aide aux Victimes (ADAVIR), représentée par sa Présidente,", "association"),
    ("• l'association Trait d'Union, dont le siège est 4 rue Haute à Riom, représentée par son directeur ;", "association"),
    ("L'association Le Relais, déclarée en préfecture, représentée par sa présidente, d'autre part,", "association"),
    ("- l'association France Victimes 42, représentée par son Président, sont convenus de ce qui suit.", "association"),
    ("— l'ASSOCIATION ACCUEIL ET SOLIDARITE, representee par sa presidente,", "association"),
    ("- l'Association d'Entraide Sociale, ci-après « l'association »,", "association"),
    # no association among the parties: nothing to fall back on
    ("- le Département de la Loire, représenté par le Président du Conseil départemental,", "autre"),
    ("- la commune de Montbrison, représentée par son Maire,", "autre"),
]


@pytest.mark.parametrize("text, expected", EMPLOYER_PARTY_UNATTACHED)
def test_employer_party_in_unattached_text(text: str, expected: str) -> None:
    assert code("type_employeur", text, zone="autre") == expected

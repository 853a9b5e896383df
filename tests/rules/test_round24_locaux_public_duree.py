"""Round 24 wordings (locaux_moyens, public, duree), through the real engine.

- « locaux » is an adjective after a noun (« partenaires locaux », « acteurs locaux », « élus locaux »):
  promoting the scheme among local partners gives the worker no premises.
- « l'auteur » / « l'agresseur » the victim depends on, fears, lives with or is separated from is the
  person who did the harm, not a public the worker receives.
- A one-year term written as a start date and an infinitive end (« prend effet le … pour se terminer
  le … ») is read by the calendar-span reader (engine: an end verb in the infinitive).
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


LOCAUX = [
    ("Les signataires s'engagent à assurer la promotion du dispositif auprès des partenaires locaux.", "non_precise"),
    ("La commune assure la diffusion de la plaquette auprès des acteurs locaux et des élus locaux.", "non_precise"),
    ("Chaque partie fait connaitre le dispositif aux partenaires locaux, notamment aux maires.", "non_precise"),
    ("Le Departement assure l'information des professionnels locaux sur l'existence du poste.", "non_precise"),
    ("La promotion du dispositif auprès des relais locaux est assurée par la préfecture.", "non_precise"),
    ("La gendarmerie met à la disposition des partenaires locaux un annuaire des unités.", "non_precise"),
    # the noun stays read
    ("La gendarmerie fournit les locaux nécessaires à l'accueil des victimes.", "inscrits"),
    ("Le commissariat met à sa disposition des locaux adaptés et un téléphone.", "inscrits"),
    ("La commune assure la mise à disposition d'un local fermant à clé.", "inscrits"),
]

BASE = "L'intervenant social accueille les victimes de violences conjugales. "

PUBLIC = [
    ("Considérant que les victimes, souvent dépendantes financièrement de l'auteur, renoncent à porter plainte ;", "victimes_seulement"),
    ("Les victimes restent fréquemment sous l'emprise de leur agresseur.", "victimes_seulement"),
    ("Beaucoup de femmes, dependantes economiquement de leur auteur, n'osent pas quitter le domicile.", "victimes_seulement"),
    ("Les victimes vivant avec l'auteur des faits renoncent souvent à partir.", "victimes_seulement"),
    ("Par peur de l'agresseur, de nombreuses victimes renoncent à toute démarche.", "victimes_seulement"),
    ("La dépendance matérielle des victimes, souvent séparées de l'auteur depuis peu, justifie un suivi rapide.", "victimes_seulement"),
    ("Les personnes cohabitant avec leur agresseur bénéficient d'une mise à l'abri.", "victimes_seulement"),
    # the author received as a public is still read, even beside such a clause
    ("Les victimes sous l'emprise de l'auteur sont reçues, ainsi que les auteurs qui le souhaitent.", "tous_publics"),
    ("L'intervenant reçoit également les auteurs de violences.", "tous_publics"),
]

DUREE = [
    "La présente convention prend effet le 1er octobre 2012 pour se terminer le 30 septembre 2013.",
    "Elle prend effet le 1er janvier 2020 pour s'achever le 31 décembre 2020.",
    "La convention entre en vigueur le 1er mars 2015 pour prendre fin le 29 février 2016.",
    "La présente convention prend effet le 1er septembre 2018 et doit se terminer le 31 aout 2019.",
    "Elle prend effet le 1er avril 2011 pour expirer le 31 mars 2012.",
    "La convention prend effet le 1er juillet 2016, pour se terminer le 30 juin 2017.",
]


@pytest.mark.parametrize(("text", "expected"), LOCAUX)
def test_local_adjective_is_no_premises(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize(("text", "expected"), PUBLIC)
def test_author_the_victim_depends_on_is_no_public(text: str, expected: str) -> None:
    assert code("public", BASE + text) == expected


@pytest.mark.parametrize("text", DUREE)
def test_infinitive_end_date_makes_one_year(text: str) -> None:
    assert code("duree", text) == "annuelle"


def test_infinitive_end_date_of_three_years_is_not_one_year() -> None:
    text = "La présente convention prend effet le 1er octobre 2012 pour se terminer le 30 septembre 2015."
    assert code("duree", text) != "annuelle"

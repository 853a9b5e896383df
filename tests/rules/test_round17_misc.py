"""Round 17 (misc): wordings not taken from any sample, through the real engine.

Phenomena: no cap on the number of renewals makes the agreement open-ended, and a first period of two
years is the convention's duration even when yearly renewals follow (duree); the employer taken up by a
chain of same-subject pronouns (« Il organise son accueil. Il demeure son employeur. ») and the post-holder
named by an adjective of his collectivity (« un agent départemental », « un agent communal »)
(type_employeur).
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


DUREE_RENEWALS_UNCAPPED = [
    ("La convention prend effet le 1er mars 2020 pour un an ; elle est ensuite renouvelée tacitement, sans limite quant au nombre de renouvellements.", "autre"),
    ("Elle se reconduit par periodes d'un an sans limitation du nombre de reconductions, sauf denonciation.", "autre"),
    ("La présente convention est reconduite tacitement chaque année, sans que le nombre de reconductions soit limité.", "autre"),
    ("Conclue pour une année, la convention peut être reconduite un nombre illimité de fois par tacite reconduction.", "autre"),
    ("La convention est renouvelable par tacite reconduction ; le nombre de renouvellements n'est pas limité.", "autre"),
    ("LA CONVENTION EST RECONDUITE TACITEMENT PAR PERIODES ANNUELLES SANS PLAFOND DU NOMBRE DE RECONDUCTIONS.", "autre"),
    # a capped number of renewals, or a one-year convention renewed yearly: still a one-year convention
    ("La convention est conclue pour un an, renouvelable par tacite reconduction dans la limite de deux reconductions.", "annuelle"),
    ("La convention est conclue pour une durée d'un an ; le nombre de reconductions est limité à deux.", "annuelle"),
    ("Elle est reconduite tacitement d'année en année, sauf dénonciation.", "annuelle"),
    ("La présente convention est conclue pour trois ans, sans limitation du nombre de renouvellements.", "triennale"),
]

DUREE_FIRST_PERIOD = [
    ("La présente convention est conclue pour une première période de deux ans, puis reconduite par périodes successives d'un an.", "autre"),
    ("Elle est initialement conclue pour 24 mois, puis renouvelée chaque année par avenant.", "autre"),
    ("La convention, signée initialement pour deux années, est ensuite reconduite annuellement.", "autre"),
    ("Dans un premier temps, la convention est conclue pour vingt-quatre mois ; elle est ensuite renouvelable pour un an.", "autre"),
    ("La duree initiale de la convention est de deux ans ; elle se renouvelle ensuite d'annee en annee.", "autre"),
    ("La convention a une période initiale de quatre ans, suivie de reconductions d'un an.", "autre"),
    # a first period of one or three years, or another thing's first period
    ("La convention est conclue pour une première période d'un an, renouvelable par périodes d'un an.", "annuelle"),
    ("La convention est conclue initialement pour trois ans, puis reconduite par périodes d'un an.", "triennale"),
    ("La convention est conclue pour un an. La subvention est initialement prévue pour deux ans.", "annuelle"),
]

EMPLOYEUR_PRONOUN_CHAIN = [
    ("Le Conseil départemental désigne une assistante sociale pour tenir le poste. Il lui fournit un véhicule de service. Il reste son employeur.", "conseil_departemental"),
    ("La commune de Vierzon recrute le travailleur social. Elle organise son accueil. Elle est son employeur et assure sa paie.", "ville_interco"),
    ("L'association Escale propose une candidate. Elle assure sa formation continue. Elle demeure son employeur.", "association"),
    ("Le departement choisit l'agent. Il fixe ses conges. Il demeure son employeur.", "conseil_departemental"),
    ("Le CCAS de Lens désigne l'intervenante. Il la rattache à son pôle social ; il en est l'employeur.", "ville_interco"),
    ("La Communauté d'agglomération recrute l'intervenant. Elle lui fournit un téléphone. Elle devient son employeur au 1er janvier.", "ville_interco"),
    # an impersonal « il » breaks the chain; another body named in between is its subject, not the first
    ("Le Département finance le poste. Il est convenu que l'association Escale demeure son employeur.", "association"),
]

EMPLOYEUR_AGENT_ADJECTIVE = [
    ("Le poste est occupé par un agent départemental titulaire, désigné par le Président du Conseil départemental.", "conseil_departemental"),
    ("L'intervenante sociale est une fonctionnaire departementale affectee a la compagnie.", "conseil_departemental"),
    ("Un agent départemental est mis à disposition de la brigade pour exercer les missions d'intervenant social.", "conseil_departemental"),
    ("L'ISG est une assistante sociale départementale affectée au commissariat.", "conseil_departemental"),
    ("La Ville met à disposition un agent municipal pour occuper le poste d'intervenant social.", "ville_interco"),
    ("L'intervenant social est un agent intercommunal affecté à la brigade de Tulle.", "ville_interco"),
    ("Le poste est confié à une travailleuse sociale communale, recrutée à cet effet.", "ville_interco"),
    # the staff of other services, to whom people are oriented or with whom the worker works
    ("L'intervenant oriente les victimes vers les assistantes sociales départementales de secteur.", "autre"),
    ("L'intervenante travaille en lien avec les agents départementaux de la maison des solidarités.", "autre"),
    ("Le poste n'est pas occupé par un agent départemental.", "autre"),
    ("L'intervenant informe les agents municipaux de la police municipale de son rôle.", "autre"),
]


@pytest.mark.parametrize("text, expected", DUREE_RENEWALS_UNCAPPED)
def test_duree_renewals_uncapped(text: str, expected: str) -> None:
    assert code("duree", text) == expected


@pytest.mark.parametrize("text, expected", DUREE_FIRST_PERIOD)
def test_duree_first_period(text: str, expected: str) -> None:
    assert code("duree", text) == expected


@pytest.mark.parametrize("text, expected", EMPLOYEUR_PRONOUN_CHAIN)
def test_employeur_pronoun_chain(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text, expected", EMPLOYEUR_AGENT_ADJECTIVE)
def test_employeur_agent_adjective(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected

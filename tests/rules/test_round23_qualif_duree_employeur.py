"""Round 23 (qualification, duree, type_employeur): wordings of five families through the real engine.

- The post opened to a non-qualified person after the diplomas, with a preposition other than « à / par »
  (« le recrutement pourra porter sur … ou sur toute personne justifiant d'une expérience »), or ALSO
  opened to another profession (« pourra également porter sur un infirmier »): imprecision.
- Lower diplomas or mere experience named only to be REFUSED, the negated verb far after a long
  subject (« un diplôme de TISF, de moniteur-éducateur, ou une simple expérience, ne permettent pas
  d'occuper le poste »): no imprecision.
- A convention of another length only ENVISAGED for later (« les parties envisagent la conclusion d'une
  convention triennale »): not this convention's duration.
- The département as a territory (« les difficultés de recrutement rencontrées dans le département »):
  not the employer.
Written from the families, not copied from the blind samples.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()

DIPLOMA = "Le poste est ouvert aux titulaires du diplôme d'État d'assistant de service social ou d'éducateur spécialisé. "


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


ALTERNATIVE_OPENED = [
    (DIPLOMA + "Faute de candidats, le recrutement pourra porter sur un conseiller en ESF ou sur toute personne justifiant de deux ans d'expérience de l'accueil.", "imprecision_dommageable"),
    (DIPLOMA + "Le choix pourra se porter sur un educateur specialise ou sur une personne ayant une experience confirmee de l'ecoute.", "imprecision_dommageable"),
    (DIPLOMA + "L'employeur recrute parmi les assistants sociaux ou parmi les candidats disposant d'une expérience significative auprès des victimes.", "imprecision_dommageable"),
    (DIPLOMA + "Le recrutement pourra aussi porter sur une infirmière diplômée d'État.", "imprecision_dommageable"),
    (DIPLOMA + "Le poste peut également être confié à un psychologue de l'association.", "imprecision_dommageable"),
    (DIPLOMA + "Il est en outre ouvert aux juristes spécialisés en droit de la famille.", "imprecision_dommageable"),
    ("Le poste est occupé par un travailleur social diplômé ou, à défaut, par un infirmier.", "imprecision_dommageable"),
    ("Profil : DEASS ou DEES ou une simple experience de l'ecoute des victimes.", "imprecision_dommageable"),
    # the same words, qualified: still conforming
    (DIPLOMA + "Le recrutement pourra également porter sur un conseiller en économie sociale et familiale diplômé d'État.", "precisee_conforme"),
    (DIPLOMA + "Le poste peut aussi être confié à une éducatrice de jeunes enfants.", "precisee_conforme"),
    (DIPLOMA + "L'intervenant oriente au besoin vers un infirmier ou un psychologue du centre médico-psychologique.", "precisee_conforme"),
]

REFUSED = [
    (DIPLOMA + "Un diplôme de technicien de l'intervention sociale et familiale, de moniteur-éducateur, ou une expérience de l'écoute, ne permettent pas d'occuper ce poste.", "precisee_conforme"),
    (DIPLOMA + "Le titre de moniteur-éducateur ou de TISF, même accompagné d'une longue pratique, ne suffit pas pour être recruté.", "precisee_conforme"),
    (DIPLOMA + "Les candidatures de moniteurs-educateurs et de techniciens de l'intervention sociale et familiale ne sont pas recevables.", "precisee_conforme"),
    (DIPLOMA + "Le diplôme d'État de moniteur-éducateur (DEME) comme celui de TISF ne donnent pas accès au poste.", "precisee_conforme"),
    (DIPLOMA + "Les titulaires d'un diplôme de niveau 4, tel le diplôme de moniteur-éducateur, sont exclus du recrutement.", "precisee_conforme"),
    (DIPLOMA + "Une expérience d'écoute, même solide, ou un diplôme de TISF ne sauraient suffire pour occuper la fonction.", "precisee_conforme"),
    (DIPLOMA + "Un moniteur-educateur ou un TISF n'est pas admis sur ce poste, quelle que soit son anciennete.", "precisee_conforme"),
    # admitted, not refused: still an imprecision
    (DIPLOMA + "Un diplôme de technicien de l'intervention sociale et familiale ou de moniteur-éducateur permet aussi d'occuper le poste.", "imprecision_dommageable"),
    ("Le poste peut être occupé par un assistant de service social ou un moniteur-éducateur.", "imprecision_dommageable"),
]

ENVISAGED = [
    ("La présente convention s'applique du 1er janvier au 31 décembre 2024. Au vu du premier bilan, les parties envisagent la conclusion d'une convention triennale.", "annuelle"),
    ("La convention est conclue pour une durée d'un an. Les signataires envisagent, à son terme, de conclure une convention de trois ans.", "annuelle"),
    ("La presente convention est conclue pour un an. Une convention triennale est a l'etude pour les annees suivantes.", "annuelle"),
    ("La convention est valable pour l'année 2023. Une future convention pluriannuelle de trois ans sera préparée en comité de pilotage.", "annuelle"),
    ("La présente convention prend effet le 1er mars 2022 pour une durée de douze mois. Les partenaires s'engagent à négocier une convention triennale avant son échéance.", "annuelle"),
    ("La convention est conclue pour une année. Il est envisagé de la remplacer par une convention triennale si le bilan est favorable.", "annuelle"),
    ("La convention est conclue pour un an ; une convention triennale pourra être envisagée ensuite.", "annuelle"),
    # the convention's own three years: still triennial
    ("La présente convention est conclue pour une durée de trois ans à compter du 1er janvier 2024.", "triennale"),
    ("La convention triennale prend effet à la date de sa signature.", "triennale"),
]

TERRITORY = [
    ("Le centre hospitalier recrute l'intervenant social. Compte tenu des difficultés de recrutement rencontrées dans le département, le recrutement pourra porter sur un éducateur spécialisé.", "autre"),
    ("L'intervenant est salarié du centre hospitalier. Le nombre de victimes reçues sur l'ensemble du département justifie l'emploi d'un second intervenant.", "autre"),
    ("L'association Escale recrute l'intervenante. La pénurie de travailleurs sociaux dans tout le département rend le recrutement difficile.", "association"),
    ("La commune emploie l'intervenant. A l'echelle du departement, le recrutement de travailleurs sociaux reste difficile.", "ville_interco"),
    ("Le GIP est l'employeur de l'intervenant. Sur le département, l'embauche de travailleurs sociaux est difficile.", "autre"),
    ("L'intervenant est salarié de l'association. Au niveau du département, l'emploi de travailleurs sociaux est en tension.", "association"),
    # the Département as the institution: still its employer
    ("Le Département recrute un travailleur social pour occuper le poste.", "conseil_departemental"),
    ("Le conseil départemental, employeur de l'intervenante, assure sa rémunération.", "conseil_departemental"),
]


@pytest.mark.parametrize("text, expected", ALTERNATIVE_OPENED)
def test_alternative_opened(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", REFUSED)
def test_lower_diplomas_refused(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", ENVISAGED)
def test_envisaged_convention_not_the_duration(text, expected):
    assert code("duree", text) == expected


@pytest.mark.parametrize("text, expected", TERRITORY)
def test_departement_as_territory(text, expected):
    assert code("type_employeur", text) == expected

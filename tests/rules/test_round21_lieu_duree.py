"""Round 21 (lieu_duree): other secretariats' wordings of the phenomena fixed this round, through the real engine.

- lieu_exercice: a hospital's own « unité d'accueil » (victims' unit, UAPED) is not the police or gendarmerie
  service that hosts the worker, even when the gendarmes who orient people there are named;
- lieu_exercice: « présent(e) » is the verb of presence, never the adjective of the text itself (« la présente
  convention organise … par les unités du groupement », « le présent avenant ») ;
- lieu_exercice: the other days of the week (« les deux autres jours », « le reste de la semaine ») spent at any
  other structure (the employer's youth service, a foyer…) split the post: partiellement;
- duree: the present renewal of a running convention (« initialement conclue pour une année puis prolongée d'un
  an par l'avenant n° 1, est renouvelée pour une durée de deux ans ») gives its duration, not its past periods.
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


HOSPITAL_UNIT = [
    ("L'intervenante exerce dans les locaux de l'unité d'accueil des victimes du CHU, vers laquelle les brigades de gendarmerie orientent les personnes.", "non_precise"),
    ("Le travailleur social est installé au sein de l'unité d'accueil pédiatrique enfants en danger de l'hôpital ; les commissariats du département y adressent les mineurs.", "non_precise"),
    ("Son bureau se situe dans l'unite d'accueil medico-judiciaire du centre hospitalier, ou les gendarmes conduisent les victimes.", "non_precise"),
    ("L'intervenant social travaille dans l'unité d'accueil de l'établissement public de santé et reçoit les personnes adressées par la police.", "non_precise"),
    ("L'intervenant est présent dans les locaux de l'unité d'accueil du centre hospitalier ; il ne tient aucune permanence à la brigade.", "non"),
    ("L'intervenant exerce dans l'unité d'accueil des urgences de l'hôpital et n'a pas de bureau à la gendarmerie.", "non"),
    # the police's own reception service stays a place in the unit
    ("Il est installé au sein du service d'accueil du commissariat de police de Périgueux.", "oui"),
    ("L'intervenante exerce dans les locaux de son unité d'affectation, la brigade de gendarmerie de Sarlat.", "oui"),
]

TEXT_ADJECTIVE = [
    ("La présente convention organise l'orientation, par les brigades de la compagnie, des victimes vers l'assistante sociale du département.", "non_precise"),
    ("La présente charte précise les relations entre les services du commissariat et l'intervenant de la maison des solidarités.", "non_precise"),
    ("Le présent avenant modifie l'article 4 relatif à la contribution de la compagnie de gendarmerie.", "non_precise"),
    ("Les présentes dispositions s'appliquent aux brigades territoriales du groupement.", "non_precise"),
    ("LA PRESENTE CONVENTION DEFINIT LES MODALITES DE SAISINE DE L'INTERVENANT PAR LES UNITES DU GROUPEMENT DE GENDARMERIE.", "non_precise"),
    ("Conformément aux présentes, les militaires de la brigade orientent les personnes vers l'intervenant.", "non_precise"),
    # the verb of presence still reads
    ("L'intervenante est présente au sein de la brigade de Bergerac du lundi au vendredi.", "oui"),
    ("Elle est presente a temps complet au commissariat central.", "oui"),
]

OTHER_DAYS_ELSEWHERE = [
    ("L'éducatrice est présente deux jours par semaine à la brigade de Saumur. Les trois autres jours, elle reçoit les jeunes au foyer éducatif de l'association.", "partiellement"),
    ("Il exerce au commissariat le lundi et le mardi ; les autres jours, il est présent au service de prévention spécialisée de l'association.", "partiellement"),
    ("L'intervenant social est présent trois jours par semaine au sein de la compagnie. Le reste de la semaine, il travaille à l'antenne de l'association à Segré.", "partiellement"),
    ("Elle est installée à la brigade le matin ; le reste de son temps de travail, elle accueille le public au point écoute de la structure.", "partiellement"),
    ("L'intervenant est présent quatre jours par semaine au commissariat. Les autres journées, il exerce a l'etablissement d'accueil de l'association.", "partiellement"),
    ("La travailleuse sociale exerce trois jours par semaine à la compagnie de gendarmerie ; les deux autres jours, elle est à la plateforme d'accueil de l'association.", "partiellement"),
    # the other days in another unit, refused elsewhere, or spent in training: no split with another place
    ("L'intervenant est présent trois jours par semaine à la brigade de Cholet. Les deux autres jours, il exerce dans les locaux de la brigade de Beaupréau.", "oui"),
    ("L'intervenant est présent trois jours par semaine à la brigade de Cholet. Les autres jours, il n'exerce pas au foyer de l'association.", "oui"),
    ("L'intervenant exerce au sein du commissariat. Le reste du temps est consacré à la formation au centre régional de l'association.", "oui"),
]

RENEWAL = [
    ("La convention, initialement conclue pour une année puis prolongée d'un an par l'avenant n° 1, est renouvelée pour une durée de deux ans.", "autre"),
    ("Signée le 2 février 2018 pour un an, la convention est prorogée par le présent avenant pour une durée de deux ans à compter du 1er janvier 2019.", "autre"),
    ("La convention initiale, d'une durée d'un an, se trouve prolongée, par l'avenant n° 3, pour une nouvelle période de 24 mois.", "autre"),
    ("Par le présent avenant, la convention du 5 mars 2020, conclue pour douze mois, est reconduite pour deux (2) ans.", "autre"),
    ("La duree de la convention, initialement fixee a un an, est portee a deux ans par le present avenant.", "autre"),
    ("La convention, initialement conclue pour trois ans, est prorogée pour une durée d'un an par l'avenant n° 2.", "annuelle"),
    ("La convention, conclue initialement pour un an, est renouvelée pour une durée de trois ans.", "triennale"),
    # a renewal only possible, to come, tacit, or refused: the convention's own period stays
    ("La convention est conclue pour un an ; elle pourra être renouvelée pour une durée de deux ans par avenant.", "annuelle"),
    ("La convention est conclue pour un an. Initialement conclue pour un an, elle est reconduite tacitement par périodes de deux ans.", "annuelle"),
    ("La convention est conclue pour un an. Par dérogation à l'avenant n° 1, elle n'est pas prorogée pour deux ans.", "annuelle"),
    ("La convention est conclue pour un an. La subvention, initialement accordée pour un an, est prolongée pour deux ans.", "annuelle"),
]


@pytest.mark.parametrize("text, expected", HOSPITAL_UNIT)
def test_hospital_unit_is_not_the_police_unit(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", TEXT_ADJECTIVE)
def test_presente_convention_is_not_presence(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", OTHER_DAYS_ELSEWHERE)
def test_other_days_at_another_structure_split_the_post(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", RENEWAL)
def test_present_renewal_gives_the_duration(text, expected):
    assert code("duree", text) == expected

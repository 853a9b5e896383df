"""Round 22 (lieu_exercice, type_employeur): wordings of three families through the real engine.

- Another person designated IN the unit (« désigner, au sein de la compagnie, un officier … »): « au sein
  de » says where that person is, not where the worker works.
- The text rules out any place but the unit (« n'exerce en aucun lieu extérieur à la gendarmerie »): a
  mention of another place elsewhere does not split the post.
- The employer is another kind of body whose name holds a town word (« Centre hospitalier de
  l'agglomération de … »), or a social-security body (CGSS, CPAM, CARSAT): « autre ».
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


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


DESIGNATED_IN_UNIT = [
    # another person designated within the unit: nothing about the worker's place
    ("Le commandant s'engage à désigner au sein de chaque brigade un gendarme correspondant de l'intervenante.", "non_precise"),
    ("Un sous-officier, nommé au sein de la compagnie, est l'interlocuteur quotidien du travailleur social.", "non_precise"),
    ("- nommer, au sein du commissariat, un officier chargé des relations avec l'intervenant ;", "non_precise"),
    ("Le chef de circonscription designera au sein de l'hotel de police un fonctionnaire referent.", "non_precise"),
    ("Au sein de la compagnie, un officier sera désigné pour suivre le dispositif.", "non_precise"),
    ("Il procède à la désignation, au sein de chaque brigade, d'un militaire référent.", "non_precise"),
    ("La nomination d'un correspondant au sein du groupement facilite les échanges.", "non_precise"),
    # the worker's own placement is still read
    ("L'intervenante sociale exerce au sein de la compagnie de gendarmerie de Digne.", "oui"),
    ("Le travailleur social est installé dans les locaux de la brigade de Sisteron.", "oui"),
]

ONLY_THE_UNIT = [
    # an explicit exclusion of any other place outweighs a leftover mention of permanences elsewhere
    ("Elle tient des permanences à la mairie de Cluses le vendredi. "
     "L'intervenante n'exerce dans aucun autre lieu que la brigade de Cluses.", "oui"),
    ("Il assure des permanences au CCAS deux jours par semaine. "
     "La mention de ces permanences est sans objet : l'intervenant n'exerce nulle part ailleurs qu'au commissariat.", "oui"),
    ("Les autres jours, elle reçoit à la maison France services. "
     "Aucune permanence n'est tenue en dehors de la compagnie de gendarmerie.", "oui"),
    ("Deux jours par semaine au CCAS. La brigade de Bonneville est désormais son seul lieu d'exercice.", "oui"),
    ("Elle partage son temps entre la brigade et la mairie. "
     "Son unique lieu de travail est toutefois l'hotel de police.", "oui"),
    ("L'intervenant social n'exerce plus, desormais, en aucun lieu exterieur a la gendarmerie.", "oui"),
    ("Il n'est plus présent ailleurs qu'au commissariat central.", "oui"),
    # the exclusion that names another place is not the unit
    ("Il tient des permanences au commissariat. Il n'exerce en aucun lieu extérieur à la maison des solidarités.", "partiellement"),
    ("Elle exerce trois jours à la brigade et deux jours au CCAS. Le CCAS est son seul lieu d'accueil du public.", "partiellement"),
    # a possibility only
    ("Elle exerce trois jours à la brigade et deux jours au CCAS. "
     "À terme, elle pourrait n'exercer en aucun lieu extérieur à la brigade.", "partiellement"),
]

EXTERNAL_SITE = [
    ("Le référent social reçoit les personnes dans les locaux de l'antenne de l'association à Manosque.", "non"),
    ("Les victimes sont reçues dans les bureaux de l'agence de l'association, rue de la Paix.", "non"),
    ("L'intervenant accueille le public dans les locaux du siège de l'association.", "non"),
    ("Les entretiens se déroulent dans les locaux de la délégation de l'association.", "non"),
    ("Elle recoit les personnes dans les locaux de l'antenne de l'association a Forcalquier.", "non"),
    ("Les entretiens ne se déroulent pas dans les locaux de l'antenne de l'association.", "non_precise"),
]

EMPLOYER = [
    # another kind of body named after its town or agglomeration
    ("Le Centre hospitalier de l'agglomération de Montargis, établissement public de santé, représenté par son directeur, ci-après « l'employeur » ;", "autre"),
    ("L'intervenant est salarié du centre hospitalier de l'agglomération de Nevers.", "autre"),
    ("L'Hôpital de la Ville de Saint-Pierre, représenté par sa directrice, ci-après désigné « la structure employeuse » ;", "autre"),
    ("L'assistante sociale est recrutée par le Centre hospitalier du Grand Narbonne.", "autre"),
    # social-security bodies
    ("La CGSS conserve sa qualité d'employeur et le pouvoir disciplinaire.", "autre"),
    ("La Caisse générale de sécurité sociale de la Martinique, représentée par son directeur, ci-après « l'employeur » ;", "autre"),
    ("L'intervenante est salariée de la caisse primaire d'assurance maladie du Gard.", "autre"),
    ("La CPAM recrute l'assistante de service social et en est l'employeur.", "autre"),
    # a commune as a territory, or « l'employeur » as another actor of the sentence
    ("Le calendrier de présence dans chaque commune est fixé par l'employeur et le commandant. "
     "L'employeur est l'association Escale.", "association"),
    ("Les horaires, arrêtés avec chaque commune du ressort par l'employeur, sont affichés. "
     "L'intervenant est salarié de l'association.", "association"),
    ("Le planning de la ville est transmis à l'employeur chaque mois. L'intervenante est salariée de la CAF.", "autre"),
    # the town's own employment is still read
    ("La commune de Nevers, représentée par son maire, ci-après « l'employeur » ;", "ville_interco"),
    ("Le président de la communauté d'agglomération de Nevers recrute l'intervenant.", "ville_interco"),
    ("La Ville, employeur de l'intervenante, assure sa formation.", "ville_interco"),
]


@pytest.mark.parametrize("text, expected", DESIGNATED_IN_UNIT)
def test_person_designated_in_the_unit(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", ONLY_THE_UNIT)
def test_no_place_but_the_unit(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", EXTERNAL_SITE)
def test_site_of_the_employer(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", EMPLOYER)
def test_employer_kind(text, expected):
    zone = "parties" if "ci-après" in text else "article"
    assert code("type_employeur", text, zone=zone) == expected

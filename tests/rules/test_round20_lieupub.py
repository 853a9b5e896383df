"""Round 20 (lieupub): wordings of other secretariats for the phenomena fixed this round, through the real engine.

- lieu_exercice: a territorial scope (« sur l'ensemble du ressort du groupement ») is not a place of work;
  receiving people in the employer's branch offices (« antennes », « agences », « sites ») is exercise from outside.
- public: another service's capacity to care for authors (« susceptibles de prendre en charge les auteurs »)
  does not open the worker's public; victims received while authors are only « orientés » is ambiguous.
- locaux_moyens: a priced budget line (« Téléphonie et fournitures | 900 € ») is not a mention of the means given.
- situations: the post « au bénéfice des » victims of family violence, or created « afin d'apporter une réponse
  aux » those victims, restricts the post to violences intrafamiliales.
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


LIEU = [
    # territorial scope: no place stated
    ("L'intervenante sociale exerce ses fonctions sur tout le ressort de la compagnie de gendarmerie de Vesoul.", "non_precise"),
    ("Le travailleur social exerce son activite sur l'ensemble du territoire du groupement de gendarmerie.", "non_precise"),
    ("Son action est exercée dans la zone de compétence des brigades de Lure et Luxeuil.", "non_precise"),
    ("L'ISCG exerce sa mission sur le périmètre des quatre compagnies du groupement.", "non_precise"),
    ("Elle exercera sur le secteur de la compagnie de Saint-Claude et de ses brigades.", "non_precise"),
    ("L'intervenant social exerce, sur l'ensemble du ressort du groupement, au sein de la brigade de Dole.", "oui"),
    ("L'intervenant social exerce sa mission au sein de la compagnie de gendarmerie de Dole.", "oui"),
    # receiving in the employer's branch offices: outside the unit
    ("L'intervenante reçoit les victimes dans les antennes de l'association à Langres et Chaumont.", "non"),
    ("Les personnes sont reçues dans les agences de l'association, sur orientation des militaires.", "non"),
    ("Elle accueille les personnes orientées par les brigades dans les sites de l'association.", "non"),
    ("Le travailleur social recoit les personnes dans l'antenne de la structure a Saint-Dizier.", "non"),
    ("L'intervenant ne reçoit pas les personnes dans les antennes de l'association : il exerce au sein de la brigade.", "oui"),
    ("L'intervenant social exerce dans les locaux de la brigade ; l'association conserve ses antennes pour ses autres activités.", "oui"),
]

PUBLIC = [
    ("Les victimes sont reçues et accompagnées par l'intervenant ; les auteurs sont orientés vers les structures de soins. "
     "Le centre hospitalier dispose de services susceptibles de prendre en charge les auteurs.", "ambiguite"),
    ("Considérant que l'établissement compte des unités à même de prendre en charge les auteurs de violences ;\n"
     "L'intervenante accueille et accompagne les victimes. Les auteurs sont, si besoin, orientés vers le CMP.", "ambiguite"),
    ("Des consultations en mesure de prendre en charge les auteurs existent au sein de l'hôpital. "
     "L'ISCG écoute les victimes et oriente les auteurs présumés vers ces consultations.", "ambiguite"),
    ("Le CSAPA, compétent pour prendre en charge les auteurs, est partenaire. Les victimes sont reçues par l'intervenant ; "
     "les mis en cause sont orientés vers le CSAPA.", "ambiguite"),
    ("Les services hospitaliers aptes à prendre en charge les auteurs sont associés. L'intervenant reçoit les victimes ; "
     "les auteurs sont orientés vers ces services.", "ambiguite"),
    ("L'intervenant social reçoit également les auteurs présumés de violences.", "tous_publics"),
    ("Les personnes mises en cause peuvent aussi être reçues et accompagnées par l'intervenante sociale.", "tous_publics"),
]

LOCAUX = [
    ("Téléphonie et fournitures | 900 €", "non_precise"),
    ("Frais de véhicule : 1 200 euros", "non_precise"),
    ("Matériel informatique | 650 €", "non_precise"),
    ("Le budget prévoit une ligne « fournitures et téléphone » de 800 euros.", "non_precise"),
    ("Equipement du poste (ordinateur, telephone) : 1 000 €", "non_precise"),
    ("Le montant de la ligne mobilier est de 300 euros.", "non_precise"),
    ("L'intervenant dispose d'un téléphone portable et d'un ordinateur.", "ambiguite"),
    ("La commune met à sa disposition un bureau et un téléphone.", "inscrits"),
]

SITUATIONS = [
    ("L'intervenante sociale intervient au bénéfice des victimes de violences intrafamiliales.", "vif"),
    ("Le travailleur social agit au benefice des victimes de violences commises au sein de la famille.", "vif"),
    ("L'ISCG intervient à l'intention des victimes de violences familiales signalées par les unités.", "vif"),
    ("La présente convention organise l'intervention d'une assistante sociale afin d'apporter une aide rapide aux victimes de violences intrafamiliales.", "vif"),
    ("Le poste est créé pour offrir un accompagnement adapté aux victimes de violences au sein de la famille.", "vif"),
    ("Le dispositif vise à apporter un soutien immédiat aux victimes de violences intra-familiales.", "toutes_situations"),
    ("L'intervenant social intervient au bénéfice de toute personne en difficulté, notamment des victimes de violences intrafamiliales.", "toutes_situations"),
    ("L'intervenant n'intervient pas au bénéfice des seules victimes de violences intrafamiliales.", "toutes_situations"),
]


@pytest.mark.parametrize("text,expected", LIEU)
def test_lieu_exercice(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", PUBLIC)
def test_public(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", LOCAUX)
def test_locaux_moyens(text: str, expected: str) -> None:
    assert code("locaux_moyens", text, zone="annexe") == expected


@pytest.mark.parametrize("text,expected", SITUATIONS)
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected

"""Round 11, public and situations: held-out wordings through the real engine.

Phenomena (none of these sentences comes from a sample):
- public: the mis en cause only « orientés » while victims AND people outside the penal field are received
  and accompanied is the CODEBOOK's ambiguity; receiving people outside the penal field does not reopen the
  public as long as the mis en cause are kept aside. Oriented TOWARDS the worker is no orientation away;
- public: « l'auteur » that qualifies the violence (« quelles qu'en soient la forme et l'auteur », « quel que
  soit le lien avec l'auteur », « éviction de l'auteur ») is not a public received;
- public: « réservé aux femmes majeures victimes » (adjectives between the restriction and « victimes »);
- situations: the family said as a place (« au sein de la cellule familiale », « dans la sphère familiale »,
  « dans le cercle / cadre familial ») inside a restriction, sub-cases after « y compris » included.
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


PUBLIC_ORIENTES_HORS_PENAL = [
    ("L'intervenante reçoit les victimes et les personnes en détresse en dehors de toute procédure. "
     "Les auteurs présumés sont orientés vers les structures adaptées.", "ambiguite"),
    ("Sont accompagnées par le travailleur social les victimes ainsi que les personnes hors du champ penal. "
     "Quant aux mis en cause, ils sont redirigés vers le SPIP.", "ambiguite"),
    ("Les personnes sans lien avec une infraction et les victimes sont accueillies par l'ISCG. "
     "Les conjoints violents seront orientés vers le centre de soins.", "ambiguite"),
    ("L'ISG accueille les victimes comme les personnes étrangères à toute procédure ; les personnes mises en cause "
     "sont, si besoin, réorientées vers les services compétents.", "ambiguite"),
    ("Lorsqu'un auteur se présente, l'intervenant l'oriente vers le dispositif adapté. L'intervenant reçoit les victimes "
     "et les personnes qui se présentent sans qu'aucune infraction ne soit constatée.", "ambiguite"),
    ("Les victimes et les personnes hors champ pénal sont reçues. Les auteurs peuvent être orientés vers les associations "
     "spécialisées.", "ambiguite"),
    # the mis en cause received: open public
    ("L'intervenant reçoit les victimes, les personnes hors du champ pénal et les personnes mises en cause, qu'il oriente "
     "au besoin vers un suivi adapté.", "tous_publics"),
    ("Les victimes et les personnes en détresse sans lien avec une infraction sont reçues ; les auteurs présumés peuvent "
     "également être reçus par l'intervenante.", "tous_publics"),
    # oriented TOWARDS the worker: they are her public
    ("Les victimes et les personnes hors du champ pénal sont reçues. Les mis en cause peuvent être orientés vers "
     "l'intervenante par les enquêteurs.", "tous_publics"),
    ("L'intervenant accompagne les personnes sans lien avec une infraction. Les enquêteurs orientent les auteurs présumés "
     "vers l'intervenant social lorsque leur situation le justifie.", "tous_publics"),
    # out-of-penal-field alone still opens the public
    ("L'intervenante reçoit les victimes ainsi que les personnes en détresse sociale sans lien avec une infraction.",
     "tous_publics"),
    # the orientation negated is no orientation
    ("Les victimes et les personnes hors du champ pénal sont reçues. Les mis en cause ne sont pas orientés vers "
     "d'autres services.", "tous_publics"),
]

PUBLIC_AUTEUR_DE_LA_VIOLENCE = [
    ("Le poste est réservé aux femmes victimes. Sont concernées les violences quelle qu'en soit la nature ou l'auteur.",
     "victimes_seulement"),
    ("Seules les victimes sont reçues, quels que soient leurs liens avec l'auteur des faits.", "victimes_seulement"),
    ("L'intervenante accompagne uniquement les victimes de violences, quel que soit l'auteur.", "victimes_seulement"),
    ("Le dispositif est destiné aux victimes ; elle les informe sur l'eviction de l'auteur du domicile.",
     "victimes_seulement"),
    ("Le public visé : les victimes, quelle que soit la qualité de l'auteur des violences.", "victimes_seulement"),
    ("Toute victime peut être reçue, indépendamment de l'auteur des violences subies.", "victimes_seulement"),
    # a real author received stays a public
    ("L'intervenant reçoit les victimes et les auteurs présumés, quelle qu'en soit la situation.", "tous_publics"),
    ("Les auteurs de violences peuvent être reçus par l'intervenante.", "tous_publics"),
    ("Son intervention s'adresse aux victimes comme aux mis en cause.", "tous_publics"),
]

PUBLIC_VICTIMES_QUALIFIEES = [
    ("Le dispositif est réservé aux femmes majeures victimes de violences.", "victimes_seulement"),
    ("L'accompagnement est dédié aux personnes adultes victimes d'infractions.", "victimes_seulement"),
    ("Le poste est destiné aux jeunes femmes victimes de violences sexuelles.", "victimes_seulement"),
    ("L'action est limitée aux femmes majeures victimes, qu'elles aient déposé plainte ou non.", "victimes_seulement"),
    ("L'aide est reservee aux hommes et femmes majeurs victimes d'infractions.", "victimes_seulement"),
    ("Le poste est consacré aux personnes majeures victimes de violences conjugales.", "victimes_seulement"),
    # widened
    ("Le poste n'est pas réservé aux femmes majeures victimes : toute personne en difficulté sociale est reçue.",
     "tous_publics"),
]

SITUATIONS_FAMILLE_COMME_LIEU = [
    ("Le poste est consacré aux seules situations de violences survenues au sein de la cellule familiale.", "vif"),
    ("L'intervenant est chargé des seules violences commises dans la sphère familiale, y compris entre ex-conjoints.", "vif"),
    ("Son intervention porte sur les seules violences subies dans le cercle familial.", "vif"),
    ("L'intervenante intervient exclusivement sur les violences commises dans le cadre familial.", "vif"),
    ("Le poste est dédié aux violences exercees au sein du cercle familial.", "vif"),
    ("Le champ d'intervention est celui des violences commises au sein de la cellule familiale.", "vif"),
    ("L'ISCG intervient uniquement dans les situations de violences vécues dans la famille, y compris les violences "
     "envers les ascendants.", "vif"),
    # generalist: negation, widening, « notamment »
    ("Le poste ne se limite pas aux seules violences commises au sein de la cellule familiale.", "toutes_situations"),
    ("L'intervenant intervient sur toute situation, notamment les violences commises dans la sphère familiale.",
     "toutes_situations"),
    ("Le poste n'est pas dédié aux violences survenues dans le cadre familial.", "toutes_situations"),
    ("Les violences commises au sein de la cellule familiale représentent une part importante de l'activité.",
     "toutes_situations"),
]


@pytest.mark.parametrize("text, expected", PUBLIC_ORIENTES_HORS_PENAL)
def test_public_mis_en_cause_orientes_hors_penal(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", PUBLIC_AUTEUR_DE_LA_VIOLENCE)
def test_public_auteur_of_the_violence(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", PUBLIC_VICTIMES_QUALIFIEES)
def test_public_victims_with_adjectives(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", SITUATIONS_FAMILLE_COMME_LIEU)
def test_situations_family_as_a_place(text: str, expected: str) -> None:
    assert code("situations", text) == expected

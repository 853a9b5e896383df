"""Round 10, situations and public: held-out wordings through the real engine.

Phenomena (none of these sentences comes from a sample):
- situations: the post defined as « chargé(e) d'<verbe> … » the victims of one violence family restricts it
  (the elided « d' » was missed); a « référent violences … » belonging to the police, the gendarmerie or a
  unit is not the post;
- public: « victimes de violences et/ou personnes en difficulté sociale » with the victims' complement
  before « et/ou » (ambiguity when the mis en cause are never named);
- public: the authors excluded in two steps, named then taken up by a pronoun after « ; », or sent to the
  sole procedure / competence of the investigators.
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


SITUATIONS_CHARGE_DE = [
    ("Le Département recrute une intervenante sociale chargée d'offrir un accompagnement social aux victimes de violences intrafamiliales.", "vif"),
    ("L'intervenant social, chargé d'accueillir les personnes victimes de violences au sein de la famille, est rattaché à la compagnie.", "vif"),
    ("Un travailleur social est mis à disposition, chargé d'assurer la prise en charge sociale des situations de violences familiales.", "vif"),
    ("La convention crée un poste d'intervenante sociale chargee d'apporter un soutien aux femmes victimes de violences.", "violences_faites_aux_femmes"),
    ("L'association met à disposition une professionnelle chargée d'écouter et d'orienter les victimes de violences sexistes et sexuelles.", "violences_faites_aux_femmes"),
    ("L'ISCG est en charge d'accompagner les victimes de violences conjugales signalées par les brigades.", "violences_conjugales"),
    ("L'intervenante est chargée d'accompagner les victimes de violences commises au sein du couple.", "violences_conjugales"),
    # generalist: « toute personne », « notamment », negation, another subject
    ("L'intervenant est chargé d'accueillir toute personne en difficulté sociale, notamment les victimes de violences intrafamiliales.", "toutes_situations"),
    ("L'intervenante n'est pas chargée d'accompagner les victimes de violences conjugales, qui relèvent de l'association spécialisée.", "toutes_situations"),
    ("Le groupe de travail du CLSPD est chargé d'améliorer la prise en charge des violences intrafamiliales.", "toutes_situations"),
    ("L'intervenant social intervient sur toute situation présentant une composante sociale ; il est chargé d'informer les partenaires.", "toutes_situations"),
]

SITUATIONS_REFERENT_DES_FORCES = [
    ("La référente violences intrafamiliales de la direction départementale de la sécurité publique participe au comité.", "toutes_situations"),
    ("Le référent violences conjugales du commissariat transmet les fiches de liaison à l'intervenant social.", "toutes_situations"),
    ("Le referent VIF de chaque brigade est l'interlocuteur de l'intervenante.", "toutes_situations"),
    ("Les fiches sont adressées au référent violences faites aux femmes du groupement de gendarmerie.", "toutes_situations"),
    ("Un officier référent violences intrafamiliales est désigné au sein de la compagnie.", "toutes_situations"),
    ("La réunion associe le référent violences intrafamiliales des services de police et l'intervenant social.", "toutes_situations"),
    # the post itself named « référent … » keeps its restriction
    ("Poste de référente violences intrafamiliales auprès de la gendarmerie.", "vif"),
    # the worker herself is the référent of the unit (copula): the post is restricted
    ("Le travailleur social devient le référent violences conjugales de la brigade.", "violences_conjugales"),
    ("L'ISCG est la referente violences faites aux femmes de la circonscription.", "violences_faites_aux_femmes"),
]

PUBLIC_VICTIMES_ET_OU_DIFFICULTE = [
    ("L'intervenante reçoit les victimes de violences conjugales et/ou les personnes en difficulté sociale signalées par les policiers.", "ambiguite"),
    ("Le poste s'adresse aux victimes d'infractions ou aux personnes en détresse sociale.", "ambiguite"),
    ("Sont accueillies les femmes victimes de violences ou/et les personnes en situation de fragilité.", "ambiguite"),
    ("L'ISCG accompagne les victimes de violence et/ou des familles en difficulte repérées par les unités.", "ambiguite"),
    ("Les personnes victimes d'agression et/ou les publics en situation de vulnérabilité peuvent rencontrer l'intervenant.", "ambiguite"),
    ("Le dispositif concerne les victimes de violences et/ou les personnes en difficulté sociale.", "ambiguite"),
    # mis en cause named: open
    ("Il reçoit les victimes de violences et/ou les personnes en difficulté sociale, ainsi que les mis en cause qui le souhaitent.", "tous_publics"),
    ("L'intervenant social accueille les victimes de violences, les auteurs présumés et les personnes en difficulté.", "tous_publics"),
]

PUBLIC_AUTEURS_EXCLUS_EN_DEUX_TEMPS = [
    ("L'auteur présumé est entendu par les militaires ; il ne relève pas de l'intervention sociale.", "victimes_seulement"),
    ("Les mis en cause font l'objet de la procédure pénale ; ils n'entrent pas dans le champ du dispositif.", "victimes_seulement"),
    ("Quant à l'agresseur, il est pris en charge par les enquêteurs ; celui-ci ne peut pas être reçu par l'intervenante.", "victimes_seulement"),
    ("Les auteurs des faits sont auditionnés par la police ; ces derniers ne sont pas concernés par la présente convention.", "victimes_seulement"),
    ("Les personnes mises en cause relèvent de la seule compétence des services d'enquête.", "victimes_seulement"),
    ("Les auteurs relevent exclusivement de la procedure judiciaire.", "victimes_seulement"),
    ("L'auteur des violences relève uniquement de l'autorité judiciaire.", "victimes_seulement"),
    # the take-up does not exclude, or the authors are received
    ("L'auteur est entendu par les enquêteurs ; il peut également être reçu par l'intervenante s'il le souhaite.", "tous_publics"),
    ("Les auteurs relèvent de la procédure judiciaire ; ils ne sont pas reçus en même temps que les victimes.", "tous_publics"),
    ("Les auteurs ne relèvent pas seulement de la procédure judiciaire : l'intervenant social les reçoit aussi.", "tous_publics"),
]


@pytest.mark.parametrize("text,expected", SITUATIONS_CHARGE_DE + SITUATIONS_REFERENT_DES_FORCES)
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text,expected", PUBLIC_VICTIMES_ET_OU_DIFFICULTE + PUBLIC_AUTEURS_EXCLUS_EN_DEUX_TEMPS)
def test_public(text: str, expected: str) -> None:
    assert code("public", text) == expected

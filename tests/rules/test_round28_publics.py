"""Round 28 wordings (public, situations), through the real engine.

- public: « les victimes et/ou toute personne en difficulté sociale » — the second public universal in
  form (« toute personne », « tout public », « l'ensemble des personnes ») — is still the study's
  « victimes et/ou personnes en difficulté sociale », an ambiguous public while the mis en cause are never
  named; naming them reopens the public.
- situations: a restriction said of a LAW's field (the 2020 derogation to secrecy, art. 226-14 3°,
  « relative aux seules victimes de violences conjugales ») or of the worker's TRAINING / of a partner by its
  speciality (« les formations … sur les violences au sein du couple », « associations spécialisées… ») does
  not restrict the post; a public DEFINED as women victims of violence (« le public du dispositif est constitué
  des femmes victimes de violences ») restricts it to violence against women.
"""
from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


PUBLIC = [
    ("L'intervenante sociale s'adresse aux victimes de violences et/ou à toute personne en difficulte sociale exposee a ces violences.",
     "ambiguite"),
    ("Sont reçues par l'intervenant les victimes d'infractions ou toute personne en situation de détresse signalée par les gendarmes.",
     "ambiguite"),
    ("Le poste bénéficie aux femmes victimes de violences et/ou à l'ensemble des personnes en situation de fragilité.",
     "ambiguite"),
    ("L'ISCG accompagne les victimes et toutes les personnes en difficulté orientées par le commissariat.", "ambiguite"),
    ("Peuvent être accueillies les victimes ou tout public en détresse sociale se présentant à la brigade.", "ambiguite"),
    ("L'action s'adresse aux victimes de violences intrafamiliales et/ou a toutes personnes en situation de vulnerabilite.",
     "ambiguite"),
    # the mis en cause named: the public is open again
    ("L'intervenant reçoit les victimes et/ou toute personne en difficulté sociale, y compris les mis en cause.", "tous_publics"),
    ("Il accueille les victimes ou toute personne en détresse ; les auteurs présumés peuvent également être reçus.",
     "tous_publics"),
    # no victims before « toute personne »: the open public of the reference framework
    ("L'intervenant social reçoit toute personne en difficulté sociale, qu'elle soit victime, auteur ou témoin.", "tous_publics"),
]

SITUATIONS = [
    # ---- a law's field, not the post's
    ("Les dispositions du 3° de l'article 226-14 du code pénal, relatives aux seules victimes majeures de violences conjugales, "
     "ne trouvent pas à s'appliquer au présent poste.", "toutes_situations"),
    ("La faculté de signalement ouverte par la loi du 30 juillet 2020 ne concerne que les violences conjugales mettant la vie "
     "de la victime en danger.", "toutes_situations"),
    ("L'article 226-14 3° du code penal vise uniquement les violences au sein du couple ; il est sans objet pour l'intervenant.",
     "toutes_situations"),
    ("La dérogation au secret prévue par le code pénal s'applique exclusivement aux violences conjugales.", "toutes_situations"),
    ("La loi n° 2020-936 réserve cette dérogation aux seules victimes de violences intrafamiliales majeures sous emprise.",
     "toutes_situations"),
    ("Le 3° de l'article 226-14, limité aux violences commises par le conjoint, est sans incidence sur les missions du poste.",
     "toutes_situations"),
    # ---- the worker's training, a partner by its speciality
    ("- à permettre à l'intervenante de suivre des formations, en particulier celles dispensées par les associations spécialisées "
     "dans les violences conjugales ;", "toutes_situations"),
    ("L'employeur facilite l'accès de l'intervenant aux formations consacrées exclusivement aux violences au sein du couple.",
     "toutes_situations"),
    ("L'intervenant social pourra se former auprès des structures specialisees sur les violences intrafamiliales.",
     "toutes_situations"),
    ("Il bénéficie d'une formation spécifique aux violences conjugales dispensée par le CIDFF.", "toutes_situations"),
    ("Il oriente les personnes vers les associations spécialisées dans les violences intrafamiliales.", "toutes_situations"),
    ("La formation de l'ISCG porte sur les violences au sein du couple et la protection de l'enfance.", "toutes_situations"),
    # the post itself restricted stays restricted
    ("Le poste est exclusivement consacré aux violences conjugales.", "violences_conjugales"),
    ("L'intervenant social n'intervient que dans les situations de violences au sein du couple.", "violences_conjugales"),
    # ---- a public defined as women victims of violence
    ("Le public du dispositif est constitue des femmes victimes de violences, majeures, ainsi que de leurs enfants exposes.",
     "violences_faites_aux_femmes"),
    ("Les bénéficiaires du poste sont les femmes victimes de violences, qu'elles aient déposé plainte ou non.",
     "violences_faites_aux_femmes"),
    ("Le public visé se compose exclusivement de femmes ayant subi des violences.", "violences_faites_aux_femmes"),
    ("Relèvent du dispositif les femmes majeures victimes de violences orientées par les brigades.",
     "violences_faites_aux_femmes"),
    ("Le public cible : les femmes victimes de violences et leurs enfants.", "violences_faites_aux_femmes"),
    ("Public de l'intervenante : femmes victimes de violences résidant dans l'arrondissement.", "violences_faites_aux_femmes"),
    # widened, denied, or narrowed to the couple
    ("Le public visé comprend toute personne en difficulté, notamment les femmes victimes de violences.", "toutes_situations"),
    ("Le public du poste n'est pas limité aux femmes victimes de violences.", "toutes_situations"),
    ("Le public du poste est constitué des femmes et des hommes victimes de violences.", "toutes_situations"),
    ("Le public visé est constitué des femmes victimes de violences conjugales.", "violences_conjugales"),
]


@pytest.mark.parametrize("text, expected", PUBLIC)
def test_public(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", SITUATIONS)
def test_situations(text, expected):
    assert code("situations", text) == expected

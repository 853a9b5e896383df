"""Round 9 (lieu d'exercice, situations visées): held-out wordings through the real engine.

Phenomena: « en permanence » (all the time) is not a « permanence » (a slot); exercise FROM the
employer's base said by a relative clause (« à partir duquel il intervient ») or « à partir de »; a
police or gendarmerie « référent VIF » is not the post; a duty to alert the parquet of « toute
situation de danger » is not a generalist field; the object of the convention defined by violence
within the couple restricts the post.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




LIEU = [
    # ---- « en permanence » = constantly, in the unit
    ("L'intervenant social est présent en permanence dans les locaux du commissariat.", "oui"),
    ("Son bureau est installé en permanence au sein de la brigade de gendarmerie.", "oui"),
    ("L'intervenante occupe en permanence un bureau dans les locaux de la compagnie de gendarmerie.", "oui"),
    ("Elle exerce en permanence au commissariat, ou elle accomplit la totalite de son temps de service.", "oui"),
    ("L'intervenante est installee en permanence dans les locaux de la brigade. Une fois par mois, elle tient une permanence dans une autre brigade.", "oui"),
    ("Il tient une permanence au commissariat le mardi matin.", "partiellement"),
    ("Des permanences sont assurées deux fois par semaine dans les locaux de la brigade.", "partiellement"),
    # ---- exercise FROM the employer's base
    ("L'agent demeure rattaché au service social de l'hôpital, à partir duquel il intervient.", "non"),
    ("Le travailleur social reste affecté au siège de l'association, d'où il exerce ses missions.", "non"),
    ("La référente intervient a partir du service social du centre hospitalier.", "non"),
    ("Elle travaille depuis les locaux de la maison des solidarites.", "non"),
    ("Attaché à la structure employeuse, à partir de laquelle elle intervient, l'intervenante se rend chez les personnes.", "non"),
    ("L'intervenant dispose d'un bureau dans les locaux du commissariat, d'où il intervient.", "oui"),
    ("L'intervenant n'intervient pas à partir du service social de l'hôpital : il est installé au sein de la brigade.", "oui"),
]

SITUATIONS = [
    # ---- a police / gendarmerie « référent » is not the post
    ("Le commissaire désigne un référent violences intrafamiliales, interlocuteur de l'intervenant.", "toutes_situations"),
    ("Dans chaque brigade, un gendarme référent VIF est l'interlocuteur de l'ISCG.", "toutes_situations"),
    ("Le commandant nomme une référente violences intra-familiales au sein de la compagnie.", "toutes_situations"),
    ("Un officier referent violences familiales est designe dans chaque unite.", "toutes_situations"),
    ("Le poste d'intervenant social est dédié aux violences intrafamiliales.", "vif"),
    ("L'intervenante sociale est la référente violences intrafamiliales du commissariat.", "vif"),
    # ---- alerting the parquet of any danger is not the field of the post
    ("Il avise sans délai le procureur de la République de toute situation de danger.", "toutes_situations"),
    ("Le référent informe le parquet de toute situation de péril dont il a connaissance, puis l'unité.", "toutes_situations"),
    ("Toute situation d'enfant en danger donne lieu à une information préoccupante transmise à la CRIP.", "toutes_situations"),
    ("L'intervenant est exclusivement chargé des violences au sein du couple ; il avise le parquet de toute situation de danger.", "violences_conjugales"),
    ("L'intervenant social intervient sur toute situation présentant une composante sociale.", "toutes_situations"),
    # ---- object of the convention defined by violence within the couple
    ("La présente convention a pour objet d'organiser la prise en charge sociale des personnes victimes de violences conjugales.", "violences_conjugales"),
    ("Le dispositif a pour but l'accompagnement des femmes confrontées à des violences au sein du couple.", "violences_conjugales"),
    ("La convention a pour objectif d'assurer le suivi social des personnes exposees a des violences conjugales.", "violences_conjugales"),
    ("Le poste a vocation à accueillir les personnes touchées par des violences commises dans le couple.", "violences_conjugales"),
    ("La convention a pour objet l'accueil de toute personne en difficulté, notamment des victimes de violences conjugales.", "toutes_situations"),
    ("La présente convention n'a pas pour objet de limiter le poste aux personnes victimes de violences conjugales.", "toutes_situations"),
]


@pytest.mark.parametrize(("text", "expected"), LIEU)
def test_lieu_exercice_wordings(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_situations_wordings(text: str, expected: str) -> None:
    assert code("situations", text) == expected

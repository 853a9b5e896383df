"""Round 7 held-out wordings for the expected qualification, through the real engine.

Written from the codebook and the study, not copied from any sample. Two phenomena:

- « travailleur(s) social(aux) » is a qualification only when it names the person recruited for the
  post (singular holder, « recrutés », « diplômés », « les postes sont occupés par des travailleurs
  sociaux »), never the staff of other services (CCAS, Département, PMI, partners, the preamble's
  account of who already works locally);
- « à défaut de candidature répondant à ce profil, … » is a condition, not the alternative: when what
  follows is another state diploma of social work the qualification stays « précisée et conforme »;
  when it is a person with mere experience it is an « imprécision dommageable ».
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- other services' social workers are not the post's qualification
OTHER_STAFF = [
    ("Les travailleurs sociaux de la circonscription d'action sociale suivent déjà de nombreuses familles ; "
     "le poste a vocation à faire le pont avec eux.", "non_precisee"),
    ("L'intervenante sociale rencontre régulièrement les travailleurs sociaux du conseil départemental.",
     "non_precisee"),
    ("Elle bénéficie des formations proposées par la Ville à ses travailleurs sociaux.", "non_precisee"),
    ("Des reunions reunissant elus, bailleurs et travailleurs sociaux se tiennent chaque trimestre.",
     "non_precisee"),
    ("L'intervenante sociale travaille en lien avec les travailleurs sociaux des services de la commune.",
     "non_precisee"),
    ("Les travailleuses sociales de la PMI assurent le suivi des jeunes mères orientées par l'intervenante.",
     "non_precisee"),
    ("Le CCAS procède au recrutement de l'intervenante sociale, qui doit faire preuve d'un sens de l'écoute.",
     "non_precisee"),
    # the same words when they DO name the post's holders
    ("Les deux postes sont pourvus par des travailleurs sociaux diplômés d'État.", "precisee_conforme"),
    ("Les travailleurs sociaux recrutés pour ces postes relèvent du cadre d'emplois des assistants "
     "socio-éducatifs.", "precisee_conforme"),
    ("Les intervenants sont des travailleurs sociaux titulaires d'un diplome d'Etat.", "precisee_conforme"),
    ("Le poste est confié à une travailleuse sociale expérimentée.", "precisee_conforme"),
    ("Le travailleur social recruté exerce au sein de la compagnie de gendarmerie.", "precisee_conforme"),
    ("L'intervenant social n'est pas un travailleur social diplômé.", "non_precisee"),
]


@pytest.mark.parametrize("text,expected", OTHER_STAFF)
def test_social_workers_of_other_services(text, expected):
    assert code("qualification", text) == expected


# ---- « à défaut de candidature … » followed by another state diploma is no weakening
FALLBACK_DIPLOMA = [
    ("Le poste est occupé par une assistante de service social diplômée d'État ou, à défaut de candidature "
     "correspondant à ce profil, par un éducateur spécialisé titulaire du diplôme d'État.", "precisee_conforme"),
    ("A defaut de candidat repondant a ce profil, le poste est confie a une conseillere en economie sociale "
     "et familiale diplomee.", "precisee_conforme"),
    ("Faute de candidature d'assistant de service social, un éducateur spécialisé (DEES) peut être recruté.",
     "precisee_conforme"),
    ("Le recrutement vise un titulaire du DEASS ; à défaut de candidature de ce type, un titulaire du DEES "
     "ou du DECESF.", "precisee_conforme"),
    # the real weakening, in other words
    ("Le poste est occupé par un assistant de service social ou, à défaut de candidature répondant à ce "
     "profil, par une personne justifiant d'une expérience dans l'aide aux victimes.", "imprecision_dommageable"),
    ("Un éducateur spécialisé est recruté ; faute de candidat, le poste est confié à un professionnel "
     "ayant une expérience de l'accueil du public.", "imprecision_dommageable"),
    ("Le poste est ouvert aux titulaires du DEASS ou, a defaut, a toute personne disposant de competences "
     "en matiere d'ecoute.", "imprecision_dommageable"),
    ("A défaut de candidature répondant à ces conditions, le recrutement d'un juriste est possible à la "
     "place de l'assistant de service social.", "imprecision_dommageable"),
]


@pytest.mark.parametrize("text,expected", FALLBACK_DIPLOMA)
def test_fallback_to_another_state_diploma(text, expected):
    assert code("qualification", text) == expected

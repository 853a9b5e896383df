"""Round 46: the post « rattaché » to the unit in the object clause says no place of work; a liability clause
that imagines the worker in the unit's premises is no place of work; a place defined in a definitions article
outside the unit is exercise from outside; elderly people named as victims do not open the public; a title on
« femmes victimes de violences » gives way to articles that restrict the field to the couple. Wordings written
for this test, through the real engine."""

from __future__ import annotations

import pytest
from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from rule_wording import RULES, code, code_articles


@pytest.mark.parametrize("text, expected", [
    # the post attached to the unit in the object / creation clause: no place said
    ("La présente convention a pour objet la création d'un poste d'intervenante sociale à mi-temps, rattaché à "
     "la brigade territoriale autonome de Vitré.", "non_precise"),
    ("Le présent accord a pour objet de préciser les conditions de fonctionnement d'un emploi d'ISCG rattaché au "
     "groupement de gendarmerie de l'Orne.", "non_precise"),
    ("Le poste d'intervenant social est rattaché au commissariat de Vierzon.", "non_precise"),
    # the worker herself assigned to the unit is still read as there
    ("L'intervenante sociale est affectée à la compagnie de gendarmerie de Vitré.", "oui"),
    ("Le travailleur social, rattaché au commissariat de Vierzon, accueille les personnes orientées par les policiers.",
     "oui"),
    # a liability / insurance hypothesis is no place of work
    ("La Ville demeure seule responsable des dommages causés par l'intervenante, y compris lorsqu'elle se trouve "
     "dans les locaux du commissariat.", "non_precise"),
    ("La responsabilité de l'État ne saurait être engagée pour les faits de l'intervenant, sauf s'il se trouve dans "
     "l'enceinte de la compagnie et que le préjudice découle de l'aménagement des lieux.", "non_precise"),
    # the real placement still counts
    ("L'intervenant exerce au sein du commissariat de Vierzon, dans un bureau réservé à cet effet.", "oui"),
    # the place of work given by a definitions article
    ("Au sens de la présente convention, on entend par « lieu d'exercice » : les locaux du CCAS de Segré, où "
     "l'intervenant reçoit les personnes.", "non"),
    ("Pour l'application du présent accord, le lieu d'intervention désigne les bureaux de l'association Accès "
     "Droit 72, rue Nationale au Mans.", "non"),
    ("« Lieu de travail » : les locaux de la maison départementale des solidarités de Cholet.", "non"),
    # a definition that places the worker in the unit, or a denied one, is no exercise from outside
    ("« Lieu de réunion du comité de suivi » : la mairie de Segré.", "non_precise"),
])
def test_lieu_exercice_round46(text, expected):
    assert code("lieu_exercice", text) == expected


def test_definition_of_the_unit_is_not_outside():
    text = "Au sens de la présente convention, on entend par « lieu d'exercice » : les locaux de la brigade de Segré."
    assert code("lieu_exercice", text) != "non"


def test_definition_then_reference_article():
    assert code_articles(
        "lieu_exercice",
        "Pour l'application de la présente convention, on entend par « Lieu d'intervention » : les locaux de "
        "l'espace solidarités du CCAS de Thouars, dans lesquels l'intervenante reçoit les personnes.",
        "L'intervenante exerce ses missions au lieu d'intervention défini à l'article 1er.",
    ) == "non"


@pytest.mark.parametrize("text, expected", [
    # elderly people named as victims: victims only
    ("L'intervenant social accompagne les victimes de violences au sein de la famille. Il reçoit également les "
     "personnes âgées dépendantes victimes de violences de la part de leurs enfants.", "victimes_seulement"),
    ("L'intervenante accompagne les victimes d'infractions ; relèvent aussi du dispositif les personnes âgées "
     "maltraitées par un proche.", "victimes_seulement"),
    # elderly or isolated people with no offence: a public outside the penal field
    ("L'intervenant rencontre les personnes âgées isolées et les personnes disparues signalées par les patrouilles.",
     "tous_publics"),
])
def test_public_round46(text, expected):
    assert code("public", text) == expected


def _code_title_and_articles(indicator, title, *articles):
    findings = [f for f in match_text(title, RULES, zone="titre") if f.indicator == indicator]
    findings += [f for a in articles for f in match_text(a, RULES, zone="article") if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


TITLE = "CONVENTION POUR UN POSTE D'INTERVENANTE SOCIALE AUPRÈS DES FEMMES VICTIMES DE VIOLENCES À L'HÔTEL DE POLICE DE MEAUX"


def test_title_gives_way_to_conjugal_articles():
    assert _code_title_and_articles(
        "situations", TITLE,
        "L'action de l'intervenante est destinée aux femmes victimes de violences au sein du couple, actuel ou passé.",
    ) == "violences_conjugales"


def test_title_alone_still_restricts_to_women():
    assert _code_title_and_articles(
        "situations", TITLE, "L'intervenante reçoit les personnes orientées par les policiers.",
    ) == "violences_faites_aux_femmes"


def test_articles_beyond_the_couple_keep_women():
    assert _code_title_and_articles(
        "situations", TITLE,
        "Le dispositif s'adresse aux femmes victimes de violences conjugales, sexuelles ou sexistes.",
    ) == "violences_faites_aux_femmes"


@pytest.mark.parametrize("text, expected", [
    ("Le poste est destiné aux femmes victimes de violences commises par leur conjoint ou ex-conjoint.",
     "violences_conjugales"),
    ("Le dispositif s'adresse aux femmes victimes de violences au sein du couple, qu'elles aient porté plainte ou non.",
     "violences_conjugales"),
    ("Le poste s'adresse à tout public, notamment aux femmes victimes de violences conjugales.", "toutes_situations"),
])
def test_situations_women_in_couple(text, expected):
    assert code("situations", text) == expected

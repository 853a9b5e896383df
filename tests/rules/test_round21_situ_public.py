"""Round 21 (situations, public): families of wordings met in the blind sets zw to zz.

Situations: (1) the post DESTINED to the victims of one problem (« s'adresse à », « est destinée aux »,
« bénéficie aux », « est ouvert aux » + victims of intrafamily / conjugal violence or women victims);
(2) the exclusive adjective as a locution (« à titre exclusif », « de manière exclusive », « le champ
exclusif »). Public: (3) the author only « orienté » in a sentence that also carries « sans préjudice »
(no widening); (4) « quel que soit le statut » of the COUPLE, which does not open the public.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from tests.rules.test_heldout_wordings import RULES, code

DESTINATION = [
    # intrafamily violence
    ("Le dispositif s'adresse aux personnes victimes de violences intrafamiliales, qu'elles aient porté plainte ou non.", "vif"),
    ("L'intervention de la travailleuse sociale est destinée à toute victime de violences commises dans le cadre familial.", "vif"),
    ("Bénéficient du poste les personnes ayant subi des violences au sein de la famille, majeures ou mineures.", "vif"),
    ("Le poste est ouvert aux victimes de violences intra-familiales repérées par les brigades.", "vif"),
    ("L'ISCG s'adresse a toute personne victime de violences domestiques.", "vif"),
    ("Le dispositif s'adresse à toute personne en difficulté sociale, notamment aux victimes de violences intrafamiliales.", "toutes_situations"),
    ("Le poste n'est pas destiné aux seules victimes de violences intrafamiliales.", "toutes_situations"),
    ("Une formation destinée aux gendarmes porte sur l'accueil des victimes de violences intrafamiliales.", "toutes_situations"),
    # conjugal violence
    ("L'intervenante s'adresse aux personnes concernées par des violences au sein du couple, actuel ou passé.", "violences_conjugales"),
    ("Le dispositif est destiné aux victimes de violences conjugales, avec ou sans dépôt de plainte.", "violences_conjugales"),
    ("Bénéficient de l'intervention les victimes de violences commises par leur conjoint ou ex-conjoint.", "violences_conjugales"),
    ("Son action s'adresse à tout public, en particulier aux victimes de violences conjugales.", "toutes_situations"),
    # women
    ("L'intervention est destinée aux femmes, majeures ou mineures, victimes de violences, quelle qu'en soit la nature.", "violences_faites_aux_femmes"),
    ("Le poste s'adresse aux femmes victimes de violences qui se présentent à la brigade.", "violences_faites_aux_femmes"),
    ("L'intervenante sociale est destinee aux femmes ayant subi des violences sur le territoire de la compagnie.", "violences_faites_aux_femmes"),
    ("Le dispositif bénéficie aux femmes victimes de violences, quel que soit le stade de la procédure.", "violences_faites_aux_femmes"),
    ("Le poste s'adresse aux victimes de violences, hommes et femmes, sans distinction.", "toutes_situations"),
    ("Un dépliant destiné aux femmes victimes de violences est remis par les militaires.", "toutes_situations"),
    ("L'intervenant accueille tout public, notamment les femmes victimes de violences.", "toutes_situations"),
]

EXCLUSIVE = [
    ("L'intervention du travailleur social porte à titre exclusif sur les situations de violences intrafamiliales.", "vif"),
    ("A titre exclusif, l'intervenant prend en charge les violences intra-familiales signalées par les unités.", "vif"),
    ("Les violences commises au sein de la famille constituent le champ exclusif de son intervention.", "vif"),
    ("L'intervenante traite de manière exclusive les situations de violences au sein du couple.", "violences_conjugales"),
    ("Le poste porte de façon exclusive sur les violences faites aux femmes.", "violences_faites_aux_femmes"),
    ("Les violences intrafamiliales représentent une part importante, mais non exclusive, de son activité.", "toutes_situations"),
    ("L'intervenant n'intervient pas à titre exclusif sur les violences intrafamiliales.", "toutes_situations"),
    ("Sans être exclusive, la prise en charge des violences conjugales constitue une priorité du poste.", "toutes_situations"),
]

VICTIMS = " L'intervenant social reçoit et accompagne les victimes de violences intrafamiliales."

AUTHOR_ORIENTED = [
    ("S'agissant de l'auteur des violences, l'intervenant peut, sans préjudice des décisions judiciaires, l'orienter vers les soins." + VICTIMS, "ambiguite"),
    ("Sans préjudice des mesures prises par le parquet, les auteurs sont orientés vers le SPIP." + VICTIMS, "ambiguite"),
    ("Quant aux mis en cause, sans préjudice des poursuites, l'intervenante les oriente vers une structure spécialisée." + VICTIMS, "ambiguite"),
    ("Les auteurs présumés sont, sans préjudice de l'action publique, réorientés vers le dispositif départemental des auteurs." + VICTIMS, "ambiguite"),
    ("L'auteur des faits, sans prejudice des mesures judiciaires, est oriente vers un centre de soins." + VICTIMS, "ambiguite"),
    # widened or received: not « only oriented »
    ("Les auteurs ne sont pas seulement orientés vers le SPIP : l'intervenant les reçoit et les accompagne." + VICTIMS, "tous_publics"),
    ("L'intervenant accueille les auteurs et, sans préjudice des mesures judiciaires, les oriente vers les soins." + VICTIMS, "tous_publics"),
]

COUPLE_STATUS = [
    ("La convention s'applique aux seules violences commises au sein du couple, quel que soit le statut de celui-ci." + VICTIMS, None),
    ("Sont visées les violences entre conjoints, quel que soit leur statut matrimonial.", None),
    ("Relèvent du poste les violences au sein du couple, quel que soit son statut (mariés, pacsés ou concubins).", None),
    ("Les violences entre partenaires sont visées quel que soit le statut du couple.", None),
    ("Les violences conjugales sont prises en compte quel que soit le statut de l'union, mariage, pacs ou concubinage.", None),
    # the status of PERSONS opens the public
    ("L'intervenant reçoit les personnes quel que soit leur statut au regard de la procédure.", "tous_publics"),
    ("Elle accompagne les personnes, quel que soit leur statut, victimes, auteurs ou témoins.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", DESTINATION + EXCLUSIVE)
def test_situations_restriction_families(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", AUTHOR_ORIENTED)
def test_author_only_oriented_despite_sans_prejudice(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", COUPLE_STATUS[:5])
def test_couple_status_is_not_an_open_public(text: str, expected: str) -> None:
    """The status of the couple must not vote « ouvert_explicite » (the public stays as the rest says)."""
    fired = [f for f in match_text(text, RULES, zone="article")
             if f.rule_id == "public.ouvert_explicite" and f.status == "fired"]
    assert not fired


@pytest.mark.parametrize("text, expected", COUPLE_STATUS[5:])
def test_persons_status_opens_the_public(text: str, expected: str) -> None:
    assert code("public", text) == expected

"""Round 17, public and situations: wordings of the blind sets' families, not the samples' sentences.

Public: a main courante listed with the complaint (a procedure of the victim, no cue of an open
public); the care of the authors given to the forces or the justice alone (« incombe aux seuls
enquêteurs »); authors only « dirigés vers » services named by their mission, or only handed
addresses « sans prise en charge ». Situations: the post's object read through an OCR slip
(« intervenaute ») and an age apposition (« victimes, majeures ou mineures, de violences… »).
Each wording runs through the real matcher and decision table, like test_heldout_wordings.py.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


def code(rules, indicator: str, text: str) -> str:
    findings = [f for f in match_text(text, rules, zone="article") if f.indicator == indicator]
    return decide_indicator(rules.files[indicator], findings).value


VICTIMS = "L'intervenante reçoit les victimes. "
RECEIVED = "Les victimes sont reçues et accompagnées. "

# ---- a main courante next to the complaint is the victim's procedure, not an open public
MAIN_COURANTE = [
    ("L'intervenante accueille les femmes victimes de violences. Rubriques de la fiche : existence d'une plainte, d'une main courante ou d'un procès-verbal.", "victimes_seulement"),
    ("L'intervenante reçoit les victimes signalées à l'occasion d'un dépôt de plainte ou d'une main courante.", "victimes_seulement"),
    ("L'intervenant accompagne les victimes, qu'elles aient déposé plainte ou fait une simple main courante.", "victimes_seulement"),
    ("L'intervenante accueille les victimes de violences. La fiche indique si une plainte ou une main courante a ete enregistree.", "victimes_seulement"),
    ("Le bilan indique le nombre de plaintes et de mains courantes ayant donné lieu à un contact. L'intervenante reçoit les victimes.", "victimes_seulement"),
    # a main courante alone still opens the public
    ("L'intervenant accueille les victimes de violences. Il intervient aussi sur les situations signalées par simple main courante.", "tous_publics"),
    ("L'intervenante reçoit les victimes. Les personnes ayant fait l'objet d'une main courante peuvent aussi la rencontrer.", "tous_publics"),
]

# ---- the care of the authors belongs to the forces or the justice alone: an exclusion
AUTHORS_TO_OTHERS = [
    (VICTIMS + "La prise en charge de l'auteur relève des seuls militaires de la gendarmerie.", "victimes_seulement"),
    (VICTIMS + "La prise en charge des auteurs incombe aux seuls enquêteurs.", "victimes_seulement"),
    (VICTIMS + "L'accompagnement des mis en cause est assuré par les seuls services de police.", "victimes_seulement"),
    (VICTIMS + "Le suivi des auteurs appartient exclusivement à l'autorité judiciaire.", "victimes_seulement"),
    (VICTIMS + "La prise en charge des agresseurs revient aux seuls services judiciaires.", "victimes_seulement"),
    (VICTIMS + "La prise en charge des auteurs releve des seuls gendarmes.", "victimes_seulement"),
    # the worker takes them on herself: open public
    (VICTIMS + "La prise en charge des auteurs relève aussi de l'intervenante.", "tous_publics"),
    (VICTIMS + "Elle assure également la prise en charge des auteurs.", "tous_publics"),
]

# ---- authors only directed to services named by their mission
AUTHORS_DIRECTED = [
    ("Les victimes sont accueillies et accompagnées. Les auteurs présumés peuvent être dirigés vers les structures adaptées (SPIP, centres de soins, dispositifs de prise en charge des auteurs de violences).", "ambiguite"),
    ("Les victimes sont accueillies et accompagnées. Les auteurs sont, le cas échéant, dirigés vers les programmes de prise en charge des auteurs.", "ambiguite"),
    (RECEIVED + "Les mis en cause peuvent être adressés vers les centres de prise en charge des auteurs de violences.", "ambiguite"),
    ("Les victimes sont accueillies et accompagnées. Les auteurs presumes sont diriges vers les services de prise en charge des auteurs.", "ambiguite"),
    ("Les victimes sont accueillies et accompagnées. Elle reçoit aussi les auteurs présumés qui le souhaitent.", "tous_publics"),
    ("Les victimes sont accueillies et accompagnées. Les auteurs présumés ne sont jamais dirigés vers les dispositifs de prise en charge des auteurs : l'intervenante les reçoit elle-même.", "tous_publics"),
]

# ---- authors only handed addresses, without care by the worker
AUTHORS_HANDED_ADDRESSES = [
    (RECEIVED + "Les auteurs se voient remettre les coordonnées des structures susceptibles de les recevoir, sans prise en charge par l'intervenante.", "ambiguite"),
    (RECEIVED + "Les personnes mises en cause se voient communiquer une liste des services compétents, sans être accompagnées par l'intervenant.", "ambiguite"),
    (RECEIVED + "Aux auteurs présumés sont communiqués les numéros utiles, sans autre intervention.", "ambiguite"),
    (RECEIVED + "Les mis en cause se voient remettre les adresses des associations (SPIP, CSAPA, centre de soins, association de prévention de la récidive), sans intervention de sa part.", "ambiguite"),
    (RECEIVED + "Les auteurs se voient remettre les coordonnees des structures, sans prise en charge par l'intervenante.", "ambiguite"),
    (RECEIVED + "Les auteurs se voient remettre les coordonnées des structures puis sont reçus par l'intervenante.", "tous_publics"),
]

# ---- situations: the post's object, with OCR slips and an age apposition
SITUATIONS = [
    ("L'intervenaute sociale intervient au profit des victimes de violences au sein du couple.", "violences_conjugales"),
    ("L'intervenante sociale intervient au profit des victimes, majeures ou mineures, de violences conjugales.", "violences_conjugales"),
    ("L'intervenaut social intervient aupres des victimes, mineures ou majeures, de violences commises dans le cadre familial.", "vif"),
    ("L'intervenant social intervient en faveur des victimes, adultes et enfants, de violences intrafamiliales.", "vif"),
    ("L'intervenante sociale intervient au profit des femmes, majeures, victimes de violences.", "violences_faites_aux_femmes"),
    ("Le poste d'intervenante sociale est créé au profit des femmes, majeures ou mineures, victimes de violences.", "violences_faites_aux_femmes"),
    # opened, enumerated, denied: generalist
    ("L'intervenante sociale intervient au profit des femmes victimes de violences et de toute personne en difficulté sociale.", "toutes_situations"),
    ("L'intervenant social intervient au profit des victimes, majeures ou mineures, notamment de violences intrafamiliales.", "toutes_situations"),
    ("L'intervenante sociale n'intervient pas au profit des seules victimes de violences au sein du couple.", "toutes_situations"),
    ("L'intervenant social intervient auprès de toute personne en difficulté ; les victimes, majeures ou mineures, de violences conjugales en font partie.", "toutes_situations"),
]


@pytest.mark.parametrize("text,expected", MAIN_COURANTE + AUTHORS_TO_OTHERS + AUTHORS_DIRECTED + AUTHORS_HANDED_ADDRESSES)
def test_public(rules, text, expected):
    assert code(rules, "public", text) == expected


@pytest.mark.parametrize("text,expected", SITUATIONS)
def test_situations(rules, text, expected):
    assert code(rules, "situations", text) == expected

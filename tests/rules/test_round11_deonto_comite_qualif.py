"""Round 11 held-out wordings for déontologie, comité de pilotage and qualification, through the real engine.

Written from the codebook and the study, not copied from any sample. Each phenomenon fixed in round 11
is tried in at least six other wordings (other verbs, word order, passive, missing accents, OCR slips),
with sentences that carry the same cue and mean the opposite:

- the person's consent framing what the FORCES tell or send the worker (« les gendarmes l'avisent, avec
  l'accord de la victime… ») says nothing of the worker's own secrecy, while the worker's own consent
  rule (« il ne transmet rien sans l'accord de la personne ») stays a safeguard;
- a case-review body of another institution (cellule de suivi des situations, instance de coordination
  des cas complexes, cellule de veille) is no comité de pilotage of the convention, while a real comité
  still counts, whatever it is called;
- an experience admitted in place of the diploma, in a sentence of its own (« A défaut, une expérience
  … pourra être retenue ») or as a substitution (« peut se substituer au diplôme »), is an imprecision;
- a lower-level profession named as a partner or as another service's staff (« le CCAS et ses
  techniciens de l'intervention sociale et familiale ») is no qualification admitted for the post.
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- consent about what the forces pass to the worker
CONSENT_OF_ANOTHER_FLOW = [
    ("Les gendarmes l'avisent, avec l'accord de la victime, des interventions effectuées au domicile.", "non_precise"),
    ("Avec le consentement des personnes, les policiers lui transmettent les coordonnées des victimes reçues.", "non_precise"),
    ("Les brigades lui signalent, apres accord des interesses, les situations de detresse sociale rencontrees.", "non_precise"),
    ("Les enquêteurs le préviennent, avec l'accord de la personne, de chaque plainte pour violences.", "non_precise"),
    ("Les personnes lui sont orientées par les militaires de la compagnie avec l'accord de l'intéressé.", "non_precise"),
    ("Sont adressées à l'intervenant par les services de police, avec l'accord des personnes, les fiches de liaison.", "non_precise"),
    ("Avec l'accord de la victime, la fiche d'orientation est transmise par la brigade à l'ISG.", "non_precise"),
    # the worker's own consent rule stays a safeguard
    ("L'intervenant ne transmet aux gendarmes aucune information sans l'accord de la personne.", "securisee"),
    ("Il n'engage aucune démarche sans l'accord de l'intéressé.", "securisee"),
    ("Les éléments recueillis ne sont communiqués aux policiers qu'avec l'accord de la personne.", "securisee"),
]


@pytest.mark.parametrize("text,expected", CONSENT_OF_ANOTHER_FLOW)
def test_consent_to_the_forces_flow_is_not_the_workers_ethics(text, expected):
    assert code("deontologie", text) == expected


# ---- case-review bodies run by someone else
CASE_REVIEW_BODIES = [
    ("L'intervenante siège à la cellule de suivi des situations de violences intrafamiliales animée par le procureur.", "non_prevu"),
    ("Il participe à l'instance de coordination des cas complexes réunie chaque mois par le Département.", "non_prevu"),
    ("Elle est associée au groupe de suivi des familles vulnérables piloté par le CCAS.", "non_prevu"),
    ("La commission de suivi des victimes, présidée par le parquet, examine les situations individuelles signalées.", "non_prevu"),
    ("L'intervenant social est invite a la cellule de coordination du parquet, ou sont examinees les situations individuelles des victimes.", "non_prevu"),
    ("Une cellule de suivi, réunie par le sous-préfet, étudie les cas individuels des familles signalées.", "non_prevu"),
    ("Elle prend part aux reunions de la cellule de veille de la ville, au cours desquelles sont evoques des cas nominatifs.", "non_prevu"),
    # a real comité still counts
    ("Un comité de suivi réunissant les signataires se tient une fois par an pour examiner le bilan du poste.", "prevu"),
    ("Il est institué un comité de pilotage qui se réunit chaque année sous la présidence du préfet.", "prevu"),
    ("Une cellule de suivi du dispositif, composée des financeurs, se reunit deux fois par an.", "prevu"),
]


@pytest.mark.parametrize("text,expected", CASE_REVIEW_BODIES)
def test_case_review_body_is_not_the_comite(text, expected):
    assert code("comite_pilotage", text) == expected


# ---- experience admitted in place of the diploma, said on its own
EXPERIENCE_INSTEAD_OF_DIPLOMA = [
    ("Profil : diplome d'Etat d'assistant de service social. A defaut, une experience de trois ans aupres des victimes sera acceptee.", "imprecision_dommageable"),
    ("Le titulaire est éducateur spécialisé. À titre dérogatoire, une expérience confirmée dans l'accueil du public pourra être admise.", "imprecision_dommageable"),
    ("Diplôme d'État de conseiller en économie sociale et familiale exigé. Faute de diplôme, une ancienneté de cinq ans dans l'action sociale est prise en compte.", "imprecision_dommageable"),
    ("Le poste est occupé par un assistant de service social. Une expérience de quatre ans dans l'écoute des victimes peut toutefois se substituer au diplôme.", "imprecision_dommageable"),
    ("Le candidat est titulaire du DEASS ; le diplome peut etre remplace par une experience significative de l'accompagnement social.", "imprecision_dommageable"),
    ("Le poste revient à un travailleur social diplômé. Par dérogation, trois années d'expérience auprès des publics vulnérables suffisent.", "imprecision_dommageable"),
    ("L'intervenant est éducateur spécialisé ; l'expérience professionnelle tient lieu de diplôme pour les agents déjà en fonction.", "imprecision_dommageable"),
    # the opposite: the substitution denied, an experience only wished for, another « à défaut »
    ("Le poste est occupé par un assistant de service social. L'expérience ne peut en aucun cas se substituer au diplôme.", "precisee_conforme"),
    ("Diplôme d'État d'éducateur spécialisé. Une expérience de l'accueil des victimes serait appréciée.", "precisee_conforme"),
    ("Le poste est confié à un assistant de service social diplômé d'État. A défaut d'accord amiable, les litiges relèvent du tribunal administratif.", "precisee_conforme"),
]


@pytest.mark.parametrize("text,expected", EXPERIENCE_INSTEAD_OF_DIPLOMA)
def test_experience_admitted_in_place_of_the_diploma(text, expected):
    assert code("qualification", text) == expected


# ---- a lower-level profession named as a partner or another service's staff
PROFESSION_AS_PARTNER = [
    ("Le poste est occupé par un assistant de service social. Il travaille en réseau avec la PMI, le CCAS et ses TISF.", "precisee_conforme"),
    ("Le poste est confié à un éducateur spécialisé diplômé d'État. Il s'appuie sur les partenaires : service d'aide à domicile, techniciens de l'intervention sociale et familiale, bailleurs.", "precisee_conforme"),
    ("L'intervenant est un travailleur social diplômé d'État. Il collabore avec les moniteurs-éducateurs du foyer départemental.", "precisee_conforme"),
    ("Le poste est occupe par un conseiller en economie sociale et familiale. La ville met a disposition ses techniciens de l'intervention sociale et familiale pour les visites a domicile.", "precisee_conforme"),
    ("Le travailleur social diplômé d'État intervient aux côtés des TISF de l'association d'aide à domicile.", "precisee_conforme"),
    ("Le poste est occupé par un assistant de service social. Les familles peuvent être accompagnées par le Département et leurs techniciens de l'intervention sociale et familiale.", "precisee_conforme"),
    # the opposite: the lower level admitted for the post itself
    ("Le poste peut être occupé par un assistant de service social ou un technicien de l'intervention sociale et familiale.", "imprecision_dommageable"),
    ("L'agent est recruté parmi les éducateurs spécialisés ou les moniteurs-éducateurs du Département.", "imprecision_dommageable"),
    ("Profil : DEASS, DEES ou TISF.", "imprecision_dommageable"),
]


@pytest.mark.parametrize("text,expected", PROFESSION_AS_PARTNER)
def test_profession_named_as_partner_is_not_admitted(text, expected):
    assert code("qualification", text) == expected

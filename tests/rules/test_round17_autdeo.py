"""Round 17 (autorités, déontologie): families of wordings met in the blind sets zg to zj, written anew.

Autorités: the employer's authority said as a competence (« seul compétent pour … l'organisation de son
travail »); the forces' functional role said as what they settle (the conditions of reception, the way
the officers call on the worker, the transmission of requests); the employer's hierarchy held by a post
inside the employer (« le cadre socio-éducatif de la Maison des adolescents »). Déontologie: the CRIP or
the parquet hands evaluations over to the worker, or the worker answers their requests. Each family with
its traps: negation, the forces as subject, another recipient, the person's consent, missing accents.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

# A functional role that the rules already read, and an employer's authority they already read: each
# family below is tried against the other half of the split.
FORCES = " Le commandant de la compagnie de gendarmerie exerce l'autorité fonctionnelle."
EMPLOYER = " L'association est son seul employeur."

EMPLOYER_COMPETENCE = [
    ("La Ville, son employeur, est seule compétente pour l'organisation de son travail et ses congés." + FORCES, "conforme"),
    ("L'association est seule compétente pour tout ce qui concerne sa pratique professionnelle." + FORCES, "conforme"),
    ("Pour l'organisation de son travail et le déroulement de sa carriere, le CCAS est seul competent." + FORCES, "conforme"),
    ("Le Département a seul compétence pour sa pratique professionnelle et l'évaluation de son travail." + FORCES, "conforme"),
    ("La directrice de la structure est seule habilitée pour tout ce qui touche à l'organisation de son travail." + FORCES, "conforme"),
    ("La communauté d'agglomération, qui l'emploie, est compétente pour l'organisation de son travail." + FORCES, "conforme"),
    # the same cue with the forces as holder, or refused to the employer
    ("Le commandant de brigade est seul compétent pour l'organisation de son travail." + FORCES, "confuse"),
    ("L'association n'est pas compétente pour l'organisation de son travail." + FORCES, "confuse"),
    ("Le CCAS est seul compétent pour le financement du poste." + FORCES, "confuse"),
]

FORCES_SETTLE_THE_PRESENCE = [
    ("Le commissaire, chef de circonscription, règle les conditions d'accueil de l'intervenant dans le service." + EMPLOYER, "conforme"),
    ("Le commandant de compagnie organise la transmission des sollicitations des militaires à l'intervenante." + EMPLOYER, "conforme"),
    ("Les conditions de son accueil sont fixées par le chef de la circonscription de sécurité publique." + EMPLOYER, "conforme"),
    ("L'officier référent définit la manière dont les gendarmes sollicitent l'intervenante." + EMPLOYER, "conforme"),
    ("Le commandant de brigade arrête la façon dont les militaires font appel à elle." + EMPLOYER, "conforme"),
    ("Le chef de poste organise au commissariat le circuit des demandes adressées à l'intervenant." + EMPLOYER, "conforme"),
    ("Les conditions de sa presence sont reglees par le commandant de la COB." + EMPLOYER, "conforme"),
    # negation, the employer as subject, the place without a chief
    ("Le commissaire ne règle pas les conditions d'accueil de l'intervenant." + EMPLOYER, "confuse"),
    ("L'association organise la transmission des sollicitations, en lien avec le commandant." + EMPLOYER, "confuse"),
    ("Les conditions d'accueil au commissariat sont précisées en annexe." + EMPLOYER, "confuse"),
]

EMPLOYER_POST_HOLDS_HIERARCHY = [
    ("Le cadre socio-éducatif de la Maison des adolescents exerce sur lui l'autorité hiérarchique.", "conforme"),
    ("L'autorité hiérarchique est exercée par le cadre de santé du pôle de psychiatrie.", "conforme"),
    ("Elle est placée sous l'autorité hiérarchique de la cheffe de service de la Maison des adolescents.", "conforme"),
    ("Le chef de service éducatif demeure son supérieur hiérarchique.", "conforme"),
    ("La cadre socio-educative assure son encadrement hierarchique et technique.", "conforme"),
    ("Son responsable hiérarchique est le cadre supérieur de santé de l'établissement.", "conforme"),
    # refused to the employer's post, or given to the forces
    ("Le cadre socio-éducatif n'exerce aucune autorité hiérarchique sur l'intervenant.", "confuse"),
    ("L'autorité hiérarchique est exercée par le commandant de compagnie, et non par le cadre de santé.", "inversee"),
]

DEONTO_SECRET = " L'intervenant est tenu au secret professionnel (article 226-13 du code pénal)."

CRIP_HANDS_OVER_EVALUATIONS = [
    ("Lorsqu'une information préoccupante lui parvient, la CRIP peut confier à l'intervenant l'évaluation de la situation." + DEONTO_SECRET, "contre_sens"),
    ("Le parquet lui confie, en tant que de besoin, des enquêtes sociales sur les familles." + DEONTO_SECRET, "contre_sens"),
    ("Des évaluations peuvent être confiées à l'ISCG par la cellule de recueil des informations préoccupantes." + DEONTO_SECRET, "contre_sens"),
    ("La cellule departementale de recueil lui delegue l'evaluation des situations signalees." + DEONTO_SECRET, "contre_sens"),
    ("Le juge des enfants peut lui confier des mesures d'investigation." + DEONTO_SECRET, "contre_sens"),
    ("Les évaluations que lui confie la CRIP sont rendues dans un délai d'un mois." + DEONTO_SECRET, "contre_sens"),
    # negation, prohibition, another recipient
    ("La CRIP ne peut en aucun cas confier à l'intervenant l'évaluation d'une situation." + DEONTO_SECRET, "securisee"),
    ("L'intervenant transmet l'information préoccupante à la CRIP, qui en confie l'évaluation aux services du Département." + DEONTO_SECRET, "securisee"),
    ("Le parquet confie les enquêtes sociales au service de protection judiciaire de la jeunesse." + DEONTO_SECRET, "securisee"),
]

ANSWERS_REQUESTS_OF_CRIP = [
    ("L'intervenant répond en outre aux demandes de renseignements que la CRIP lui adresse." + DEONTO_SECRET, "contre_sens"),
    ("Elle donne suite aux requêtes du procureur de la République relatives aux familles rencontrées." + DEONTO_SECRET, "contre_sens"),
    ("L'ISCG satisfait aux demandes d'information formulées par le parquet sur les personnes reçues." + DEONTO_SECRET, "contre_sens"),
    ("Il repond sans delai aux sollicitations de la cellule de recueil des informations preoccupantes." + DEONTO_SECRET, "contre_sens"),
    ("L'intervenante sociale fait droit aux demandes du juge des enfants concernant les mineurs suivis." + DEONTO_SECRET, "contre_sens"),
    ("Il est tenu de répondre aux questions de l'autorité judiciaire sur les personnes accompagnées." + DEONTO_SECRET, "contre_sens"),
    # negation, no duty to answer, the CRIP answering the worker
    ("L'intervenant ne répond pas aux demandes de renseignements de la CRIP." + DEONTO_SECRET, "securisee"),
    ("Il n'est pas tenu de répondre aux demandes de la CRIP." + DEONTO_SECRET, "securisee"),
    ("La CRIP répond aux questions de l'intervenant sur la procédure d'information préoccupante." + DEONTO_SECRET, "securisee"),
]


@pytest.mark.parametrize("text,expected", EMPLOYER_COMPETENCE + FORCES_SETTLE_THE_PRESENCE + EMPLOYER_POST_HOLDS_HIERARCHY)
def test_autorites_round17(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text,expected", CRIP_HANDS_OVER_EVALUATIONS + ANSWERS_REQUESTS_OF_CRIP)
def test_deontologie_round17(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

"""Round 59: a field of an activity-report grid listing statuses (« victime, mis en cause, tiers ») does not
open the public; a post devoted to intrafamily violence « y compris » a sub-case, motivated by a plan named at
the head of the sentence, and the other situations « sans lien avec » them sent elsewhere, restrict the
situations; the holder said to BE a social worker (copula, « en qualité de ») is a qualification, even in a
sentence that speaks of orienting. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES_ORIENTES = ("Les victimes sont reçues et accompagnées par l'intervenante ; les auteurs présumés sont, "
                     "pour leur part, orientés vers les services compétents. ")


@pytest.mark.parametrize("text, expected", [
    # the grid field does not open the public: the « reçus vs orientés » ambiguity stays
    (VICTIMES_ORIENTES + "Le rapport annuel distingue les personnes selon leur statut : victimes, auteurs, témoins.",
     "ambiguite"),
    (VICTIMES_ORIENTES + "Répartition des personnes rencontrées par statut : victime, mis en cause, tiers.", "ambiguite"),
    # the statuses listed as who is received still open it
    ("L'intervenant reçoit les personnes adressées par les enquêteurs : victimes, auteurs ou témoins.", "tous_publics"),
    ("Peuvent solliciter l'intervenante les victimes, mis en cause et tiers concernés par une intervention.",
     "tous_publics"),
    ("Elle accompagne les personnes, quel que soit leur statut, victimes, auteurs ou témoins.", "tous_publics"),
])
def test_grid_field_does_not_open_public(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Conformément aux priorités du plan de lutte contre les violences, le poste est dédié aux violences "
     "intrafamiliales, y compris conjugales.", "vif"),
    ("Vu les axes du plan départemental, l'intervenante sociale est consacrée aux violences intrafamiliales, "
     "y compris celles commises envers les ascendants.", "vif"),
    ("Les demandes sans rapport avec les violences intrafamiliales sont réorientées vers le CCAS.", "vif"),
    ("Les situations n'ayant aucun lien avec des violences intrafamiliales sont adressées au service social de "
     "secteur.", "vif"),
    ("Les difficultés autres que celles de violences intrafamiliales sont orientées vers les partenaires.", "vif"),
    # the plan itself devoted to violence, other situations also received, a mere priority
    ("Le poste s'inscrit dans le plan départemental consacré aux violences intrafamiliales, y compris conjugales.",
     "toutes_situations"),
    ("Les personnes sans lien avec des violences intrafamiliales sont également reçues par l'intervenante.",
     "toutes_situations"),
    ("Les situations sans lien avec des violences intrafamiliales ne sont pas orientées ailleurs : l'intervenant "
     "les prend en charge.", "toutes_situations"),
    ("Le poste est notamment dédié aux violences intrafamiliales, y compris conjugales, parmi toutes les situations "
     "rencontrées.", "toutes_situations"),
])
def test_vif_devoted_post_and_other_situations_sent_elsewhere(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les signataires rappellent que l'intervenante n'est pas une enquêtrice : elle est une travailleuse sociale, "
     "qui évalue la demande et oriente vers les services de droit commun.", "precisee_conforme"),
    ("Recrutée en qualité de travailleuse sociale, l'intervenante assure le relais vers les services de secteur.",
     "precisee_conforme"),
    ("L'intervenant·e social·e est un·e travailleur·euse social·e chargé·e d'orienter les personnes.",
     "precisee_conforme"),
    # denied, conditioned, or said of someone else
    ("L'intervenant social n'est pas un travailleur social mais un agent administratif.", "non_precisee"),
    ("Elle n'est pas une travailleuse sociale : elle oriente les personnes vers les services compétents.",
     "non_precisee"),
    ("Il oriente la famille vers Mme D., qui est une travailleuse sociale du CCAS.", "non_precisee"),
])
def test_holder_is_a_social_worker(text, expected):
    assert code("qualification", text) == expected

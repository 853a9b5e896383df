"""Round 53: public and deontologie ambiguity. The authors named only in the name of a service (« dispositif
départemental de prise en charge des auteurs ») are neither received nor « seulement orientés »; the
authors the worker orients remain « orientés »; « toute victime ou personne en difficulté » is the study's
« victimes et/ou personnes en difficulté » family; an obligation denied by « n'est tenu … à aucune » is no
systematic referral. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES_RECUES = ("L'intervenante s'adresse aux victimes et/ou aux personnes en situation de précarité sociale "
                   "signalées par les brigades ; elle les reçoit et les accompagne dans leurs démarches. ")
OUVERT = ("Le poste est ouvert à toute personne en difficulté sociale repérée par les policiers : victimes, "
          "personnes mises en cause et personnes hors du champ pénal. ")


@pytest.mark.parametrize("text, expected", [
    # authors oriented by the worker, their service named after the authors: ambiguity, not reception
    (VICTIMES_RECUES + "Elle oriente, lorsqu'ils le sollicitent, les auteurs présumés vers les structures "
     "compétentes, en particulier le centre régional de prise en charge des auteurs.", "ambiguite"),
    (VICTIMES_RECUES + "Elle oriente les mis en cause vers les services spécialisés d'accompagnement.",
     "ambiguite"),
    (VICTIMES_RECUES + "Quant à l'auteur des violences, il est orienté vers le dispositif départemental "
     "de suivi des auteurs.", "ambiguite"),
    # authors really received: open public
    (VICTIMES_RECUES + "Elle reçoit également les auteurs présumés qui le souhaitent.", "tous_publics"),
    # a directory of services inside an open public: the authors' service name is no orientation of them
    (OUVERT + "L'intervenant renseigne et oriente vers les partenaires utiles (CAF, bailleurs, centre "
     "d'aide aux victimes, centre départemental de prise en charge des auteurs).", "tous_publics"),
    (OUVERT + "Il informe et réoriente vers le service adapté : mission locale, CMP, dispositif de suivi "
     "des auteurs de violences, association d'aide aux victimes.", "tous_publics"),
    # « toute victime ou personne en difficulté » + authors sent on by the forces themselves
    ("Sont reçues et accompagnées par le travailleur social : toute victime ou personne en détresse, "
     "majeure ou mineure, repérée lors d'une intervention. Les mis en cause sont, quant à eux, orientés par "
     "les gendarmes vers le SPIP.", "ambiguite"),
    ("L'intervenante accueille toute victime et/ou toute personne en situation de fragilité repérée par "
     "les policiers.", "ambiguite"),
    # a public of victims alone stays so
    ("L'intervenante accueille toute victime, majeure ou mineure, repérée par les policiers. Les auteurs "
     "sont orientés par les policiers vers le SPIP.", "victimes_seulement"),
])
def test_public_authors_and_victims(text, expected):
    assert code("public", text) == expected


SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Il n'est tenu de déférer à aucune sollicitation des policiers ou de la cellule de recueil des "
     "informations préoccupantes.", "securisee"),
    (SECRET + "L'intervenante n'est astreinte à aucune transmission vers la CRIP : elle apprécie chaque "
     "situation.", "securisee"),
    (SECRET + "Le travailleur social n'a à répondre à aucune demande de la CRIP ou du parquet concernant les "
     "personnes reçues.", "securisee"),
    # the systematic referral itself still read
    (SECRET + "L'intervenant est tenu de transmettre systématiquement une information préoccupante à la CRIP "
     "pour tout mineur rencontré.", "ambiguite"),
])
def test_denied_crip_obligation(text, expected):
    assert code("deontologie", text) == expected

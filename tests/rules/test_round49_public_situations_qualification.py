"""Round 49: authors named only to send them to another service (inclusive writing), the couple widened to the
family (intrafamilial, not couple-only), and the alternative to the diploma said by a « parcours » or an
« expertise ». Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES = ("L'intervenante sociale intervient uniquement auprès des victimes de violences conjugales et de leurs "
            "enfants, ")


@pytest.mark.parametrize("text, expected", [
    # authors named only to be excluded, their care belonging to another body
    (VICTIMES + "étant entendu que les mis·es en cause, dont le suivi incombe au SPIP, ne sont pas reçu·e·s par "
     "l'intervenante.", "victimes_seulement"),
    (VICTIMES + "les auteur·e·s présumé·e·s, qui relèvent d'un stage de responsabilisation, ne pouvant être "
     "accueilli·e·s au bureau.", "victimes_seulement"),
    (VICTIMES + "tandis que les agresseurs, dont la prise en charge est assurée par le service pénitentiaire "
     "d'insertion et de probation, ne sont pas accompagnés par le poste.", "victimes_seulement"),
    ("Le poste est réservé aux victimes. Les auteurs de violences, orientés vers le contrôle judiciaire, "
     "l'intervenant social ne les reçoit pas.", "victimes_seulement"),
    # traps: the authors received all the same
    ("L'intervenant reçoit les victimes ; les auteurs, dont le suivi relève aussi du SPIP, sont également reçus "
     "par l'intervenant social.", "tous_publics"),
    ("L'intervenante accueille toute personne en difficulté, victime comme auteur ; les auteurs, qui relèvent par "
     "ailleurs de la justice, ne sont pas reçus en même temps que les victimes.", "tous_publics"),
    ("L'intervenant reçoit les victimes et les auteurs présumés des faits.", "tous_publics"),
])
def test_public(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the couple widened to the family: intrafamilial
    ("Seuls les faits de violence commis dans le couple et dans la famille justifient la saisine de "
     "l'intervenante.", "vif"),
    ("L'intervenant social n'est saisi que des violences conjugales ou familiales.", "vif"),
    ("Relèvent uniquement du poste les violences subies au sein de la famille ou du couple.", "vif"),
    ("L'intervenante n'intervient que pour les violences commises par le conjoint ou par un membre de la "
     "famille.", "vif"),
    # traps: couple only, or no restriction at all
    ("Seules les violences commises au sein du couple relèvent du poste.", "violences_conjugales"),
    ("L'intervenant n'intervient que sur les violences conjugales, à l'exclusion des autres violences.",
     "violences_conjugales"),
    ("L'intervenante n'est pas limitée aux violences au sein du couple ou de la famille : elle reçoit toute "
     "personne en difficulté sociale.", "toutes_situations"),
])
def test_situations(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the alternative to the diploma said by a « parcours », an « expertise », with inclusive writing
    ("Le recrutement porte sur un·e assistant·e de service social diplômé·e d'État, ou sur tout·e candidat·e "
     "justifiant d'un parcours reconnu dans l'aide aux victimes.", "imprecision_dommageable"),
    ("Le poste est confié à un éducateur spécialisé (DEES) ou à toute personne justifiant d'une pratique "
     "confirmée de l'écoute.", "imprecision_dommageable"),
    ("Peut être recruté·e un·e titulaire du DECESF ou tout professionnel pouvant faire valoir une expertise "
     "dans l'accompagnement des familles.", "imprecision_dommageable"),
    ("L'intervenante est assistante de service social diplômée d'État ou justifie d'un parcours significatif "
     "auprès des publics vulnérables.", "imprecision_dommageable"),
    # traps: the diploma AND a parcours, both required
    ("Le poste est occupé par un travailleur social titulaire du DEASS justifiant d'un parcours de trois ans "
     "auprès des victimes.", "precisee_conforme"),
    ("Le poste est ouvert aux seuls titulaires du DEASS, du DEES ou du DECESF.", "precisee_conforme"),
])
def test_qualification(text, expected):
    assert code("qualification", text) == expected

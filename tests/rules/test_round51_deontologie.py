"""Round 51: an earlier text (protocole, charte, dispositif… de <année>, ancien, initial) subject of a verb
in the imperfect is the past; clauses about OTHER staff of the association (évaluateurs, juristes,
délégués du procureur) are not the worker's duty; the list of persons received, with a summary of each
interview, obtainable by the commandant on request (also named in one sentence and handed over by « ce
registre » in the next). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # the past: an earlier text said it, in the imperfect
    (SECRET + "Le protocole de 2017 prévoyait la transmission mensuelle au commissaire d'une liste des victimes reçues.",
     "securisee"),
    (SECRET + "L'ancienne charte imposait la remise aux officiers de la liste des personnes reçues.", "securisee"),
    (SECRET + "Le dispositif expérimental prévoyait que la liste des familles suivies soit présentée au commandant.",
     "securisee"),
    (SECRET + "La version initiale prévoyait la communication aux enquêteurs de la liste des personnes rencontrées.",
     "securisee"),
    # still an engagement: no imperfect, or said to hold now
    (SECRET + "Comme le protocole de 2017, la présente convention prévoit la remise aux officiers de la liste des "
     "personnes reçues.", "contre_sens"),
    (SECRET + "L'accord de 2018 est maintenu : la liste des personnes reçues est remise chaque mois aux officiers.",
     "contre_sens"),
])
def test_earlier_text_in_the_imperfect(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    # other staff of the association answer the parquet: not the worker
    (SECRET + "Les juristes de l'association répondent aux réquisitions du parquet et lui remettent leurs évaluations.",
     "securisee"),
    (SECRET + "Les évaluatrices du service conduisent des évaluations à la demande du procureur ; ces dispositions "
     "ne s'appliquent pas à l'intervenante sociale.", "securisee"),
    (SECRET + "Les délégués du procureur de l'association réalisent des enquêtes sociales sur saisine du parquet.",
     "securisee"),
    # the worker herself: still a contre-sens
    (SECRET + "L'intervenante sociale réalise des évaluations à la demande du parquet.", "contre_sens"),
])
def test_other_staff_of_the_association(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Le chef de brigade peut obtenir, sur sa simple demande, la liste des personnes reçues et un résumé "
     "de chaque entretien.", "contre_sens"),
    (SECRET + "L'intervenante tient un fichier nominatif des personnes accompagnées, avec la synthèse de chaque "
     "rendez-vous. Ce fichier est tenu à la disposition du commissaire, qui peut en obtenir copie.", "contre_sens"),
    (SECRET + "La travailleuse sociale tient la liste des victimes reçues. Cette liste est transmise au commandant "
     "sur simple demande.", "contre_sens"),
    # traps
    (SECRET + "L'intervenant tient la liste des personnes reçues. Cette liste n'est en aucun cas communiquée aux "
     "officiers.", "securisee"),
    (SECRET + "L'intervenante tient un registre des personnes reçues. Ce registre est conservé par l'association "
     "et reste inaccessible.", "securisee"),
    (SECRET + "L'intervenant peut obtenir du commissariat, sur simple demande, la liste des victimes reçues à "
     "l'accueil.", "securisee"),
    (SECRET + "Le commandant peut obtenir, sur simple demande, le nombre de personnes reçues.", "securisee"),
])
def test_list_of_persons_received_on_request(text, expected):
    assert code("deontologie", text) == expected

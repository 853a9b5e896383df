"""Round 55: « rattaché(e) à » a specialised police service is the chain of command, not a place; an office
« réservé » in several units plus a list of weekly slots is a part-time presence; a worker based at the employer's
named service who goes to the unit only when called works from outside; « exclusivement auprès de mineurs, qu'ils
soient victimes ou auteurs » is minors only; a programme for authors « porté par » an association does not make it
the employer. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # rattachement to a specialised service: no place said
    ("La travailleuse sociale est rattachée à la brigade locale de protection des familles. Son chef fixe ses horaires.",
     "non_precise"),
    ("L'intervenant est rattaché à la brigade des mineurs de la sûreté départementale.", "non_precise"),
    # kept: an assignment, or a place stated
    ("L'intervenante est affectée au commissariat de Montargis.", "oui"),
    ("Rattachée à la brigade de protection des familles, elle exerce au sein du commissariat central.", "oui"),
    # office lent in each unit plus a list of weekly slots
    ("Jours de permanence :\n- brigade de Gien : mardi et jeudi ;\n- brigade de Briare : vendredi.\n\n"
     "Un bureau mis à disposition dans chacune des deux brigades permet des entretiens confidentiels.", "partiellement"),
    ("Vacations hebdomadaires :\n- commissariat de Vierzon : lundi ;\n- commissariat de Bourges : mercredi.",
     "partiellement"),
    # a bureau reserved in the unit alone still places the worker there
    ("Un bureau fermant à clé lui est réservé à la brigade de Pithiviers.", "oui"),
    # based at the employer's service, goes to the units when called
    ("La référente est basée au service de prévention spécialisée de l'association, où elle reçoit les familles. "
     "Elle se rend à la brigade lorsqu'elle y est sollicitée.", "non"),
    ("L'éducateur vient au commissariat quand il y est appelé par l'officier de permanence ; il travaille dans les "
     "locaux de l'association.", "non"),
    # denied: still not outside
    ("L'intervenant n'est pas basé au service social de l'association : il exerce au sein du commissariat.", "oui"),
])
def test_lieu_round55(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La référente intervient exclusivement auprès de mineurs, qu'ils soient victimes, auteurs présumés ou simplement "
     "en errance, ainsi qu'auprès de leurs représentants légaux.", "mineurs_seulement"),
    ("L'éducatrice agit uniquement auprès de jeunes mineurs, qu'ils soient mis en cause, témoins ou victimes.",
     "mineurs_seulement"),
    ("Son intervention est réservée aux mineurs, qu'ils soient suspectés d'une infraction ou victimes.",
     "mineurs_seulement"),
    # adults named alongside: not minors only
    ("L'intervenant reçoit les victimes et les auteurs, majeurs comme mineurs.", "tous_publics"),
])
def test_public_round55(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les enquêteurs remettent à l'auteur les coordonnées du programme de responsabilisation porté par "
     "l'association Trait d'Union. L'intervenante est un agent du Département.", "conseil_departemental"),
    ("Les gendarmes indiquent aux auteurs le groupe de parole porté par l'association locale. "
     "La travailleuse sociale est recrutée par la commune.", "ville_interco"),
    # the post itself carried by the association
    ("Le poste d'intervenant social est porté par l'association Relais 45.", "association"),
])
def test_employeur_round55(text, expected):
    assert code("type_employeur", text) == expected

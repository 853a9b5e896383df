"""Round 60: the remaining day of the week spent at an outside place where people are received (even when
team meetings are named alongside), « N jours sur cinq » in a unit, and « … mises en cause ou simplement
signalées » read as an enumeration of publics, not as a restriction. Wordings written for this test,
through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # the remaining day at an outside place, people received there, meetings alongside
    ("L'intervenant exerce quatre jours par semaine au sein de la brigade de Gueugnon. Le cinquième jour est consacré, "
     "au centre médico-social de Digoin, aux rendez-vous de suivi, aux écrits et aux réunions de service.", "partiellement"),
    ("L'intervenante est présente au commissariat du lundi au jeudi. La dernière journée se déroule à l'espace des "
     "solidarités de Louhans : accueil des familles orientées et réunions d'équipe.", "partiellement"),
    ("L'intervenant·e exerce trois jours par semaine dans les locaux de la compagnie. Les deux autres jours sont "
     "consacrés, au CCAS de Tournus, aux entretiens et aux réunions partenariales.", "partiellement"),
    # « N jours sur cinq » in a unit
    ("L'intervenant social exerce quatre jours sur cinq au commissariat de Montbard.", "partiellement"),
    ("Elle est présente à la brigade de Semur trois jours sur cinq.", "partiellement"),
    # all days in units, or only meetings elsewhere, or a part-time post
    ("Il exerce quatre jours sur cinq au commissariat de Montbard et le cinquième jour à la brigade de Venarey.", "oui"),
    ("Elle exerce au commissariat de Montbard quatre jours sur cinq, le cinquième à la brigade de Venarey.", "oui"),
    ("L'intervenant exerce au sein de la brigade de Gueugnon. Le cinquième jour est consacré, au siège de "
     "l'association, aux réunions d'équipe et à la supervision.", "oui"),
    ("L'intervenante exerce au sein de la brigade de Tournus. Le cinquième jour est consacré, dans les locaux de "
     "la brigade de Tournus, aux entretiens avec les familles.", "oui"),
    ("L'intervenante, recrutée à 0,8 ETP, exerce quatre jours par semaine au sein du commissariat de Mâcon.", "oui"),
    ("L'intervenant exerce au sein du commissariat. Si l'activité le justifie, il sera présent quatre jours sur "
     "cinq à la brigade.", "oui"),
])
def test_lieu_round60(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # « ou simplement / seulement signalées » is a third category of persons
    ("Peuvent s'adresser à l'intervenante toutes les personnes connues des gendarmes et en difficulté sociale, "
     "qu'elles soient plaignantes, auteurs présumés ou seulement signalées sans qu'aucune infraction soit constatée.",
     "tous_publics"),
    ("L'intervenant accueille toute personne en détresse : victime, mis en cause, voire simplement signalée aux "
     "services de police.", "tous_publics"),
    # a real restriction of what the mis en cause receive
    ("Les victimes sont reçues et accompagnées par l'intervenante. Pour les mis en cause, l'intervenante se contente "
     "de les orienter vers les services compétents.", "ambiguite"),
    ("Les victimes sont accueillies et suivies. Les personnes mises en cause sont simplement orientées vers le SPIP.",
     "ambiguite"),
])
def test_public_round60(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a schedule listing an outside place where interviews are held, team meetings named alongside (lead, after a
    # development-sample regression of round 59)
    ("L'intervenante répartit sa semaine entre trois sites : la brigade de Lesparre, deux jours ; le commissariat de "
     "Pauillac, un jour ; l'antenne du centre médico-social, deux jours par semaine, où elle mène les entretiens de "
     "suivi et participe aux réunions d'équipe.", "partiellement"),
    # the meeting itself, or an exchange of practice, is no second place of work
    ("Les intervenants se retrouvent une matinée par semaine au siège de l'association pour échanger sur leurs "
     "pratiques.", "non_precise"),
])
def test_lieu_meetings_beside_interviews(text, expected):
    assert code("lieu_exercice", text) == expected

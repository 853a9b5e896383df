"""Round 58: the presence in the units denied or reduced to the exception in the writers' own words (« n'est pas
installée dans une brigade », « n'assure aucune présence dans les locaux du commissariat », « sans présence régulière »,
fiche style « Présence en brigade : ponctuelle »); the day split between the unit and another place (« le matin au
commissariat, l'après-midi au poste de police municipale »); « le reste de son temps » with OCR noise; fiche-style lines
« Lieu principal : …, trois jours par semaine » / « Permanences : brigades de … » / « Lieu : dans les murs — … ».
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # presence in the units denied: from outside
    ("L'intervenant·e est rattaché·e au siège de l'association à Agen. Il n'est pas installé dans une brigade de "
     "gendarmerie.", "non"),
    ("La travailleuse sociale reçoit au centre social de Bédarieux. Elle n'assure aucune présence dans les locaux du "
     "commissariat.", "non"),
    ("L'intervenante se déplace au commissariat quand les policiers l'appellent, sans présence permanente au commissariat.",
     "non"),
    ("- Rattachement : maison des solidarités d'Auch.\n- Présence en brigade : ponctuelle, sur demande.", "non"),
    ("Le travailleur social accueille le public au CCAS de Die, ainsi qu'à l'antenne de Luc-en-Diois deux jours par "
     "semaine. Il n'assure pas de présence dans les locaux de la brigade.", "non"),
    # traps: denial of something else, or a future placement, or the unit named positively elsewhere
    ("L'intervenante exerce au sein de la brigade de Condom. Le commandant n'est pas présent au comité de pilotage.",
     "oui"),
    ("L'intervenant exerce au sein du commissariat de Millau ; il n'est pas installé dans une unité territoriale "
     "d'action sociale.", "oui"),
    # the day split between the unit and another place
    ("L'intervenante travaille les matins au commissariat d'Orange et les après-midi au centre communal d'action "
     "sociale.", "partiellement"),
    ("Le matin, l'intervenant reçoit au CCAS ; l'après-midi, il est au commissariat de Cavaillon.", "partiellement"),
    ("L'intervenant travaille le matin au commissariat d'Apt et l'après-midi à la brigade de gendarmerie de Pertuis.",
     "oui"),
    # « le reste de son temps » with OCR noise
    ("La travailleuse sociale tient deux journées de permanence par semaine au sein des brigades. Le reste de son tenps "
     "de travail s'effectue à la maison des solidarités.", "partiellement"),
    # fiche-style lines
    ("Lieu principal : commissariat de Cognac, quatre jours par semaine.\nPermanences : brigade de Jarnac, le vendredi.",
     "partiellement"),
    ("- Lieu : intra-muros — commissariat de Vitré.\n- Bureau individuel fourni par la DDSP.", "oui"),
    ("- Lieu : dans les murs — maison des solidarités de Vitré.", "non"),
])
def test_round58_lieu(text, expected):
    assert code("lieu_exercice", text) == expected

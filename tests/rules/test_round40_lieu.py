"""Round 40, lieu d'exercice: the Département's own social service under its local names (CDAS, MDAS) as the other
place of a split week; a weekly schedule written as a list under a single verb; the unit named then taken up by « où il
exerce »; the whole working time said to be spent in units (days in one brigade plus slots in the others); the time
shared only between places outside the units. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # the Département's social service under its local names takes part of the week
    ("L'assistante sociale est présente à la brigade de Quimperlé les lundi, mardi et mercredi, et deux jours par "
     "semaine au centre départemental d'action sociale de Quimperlé.", "partiellement"),
    ("Il travaille trois jours hebdomadaires au commissariat de Morlaix et deux journées au CDAS du pays de Morlaix.",
     "partiellement"),
    ("L'intervenante exerce quatre jours par semaine au sein de la compagnie et un jour par semaine à la maison "
     "départementale d'action sociale de Foix.", "partiellement"),
    # the same service only named as a place to orient people to: no split
    ("L'intervenant est présent tous les jours au commissariat ; il oriente les familles vers la MDAS compétente.",
     "oui"),
])
def test_departmental_social_service_as_other_place(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekly schedule as a list under a single verb
    ("La travailleuse sociale est présente :\n- trois jours par semaine à l'hôtel de police de Vannes ;\n"
     "- deux jours par semaine à la brigade de Séné.", "oui"),
    ("L'intervenant exerce selon le planning suivant :\n• deux jours au commissariat de Lorient ;\n"
     "• un jour à la brigade d'Hennebont ;\n• deux jours à la MDAS de Lanester.", "partiellement"),
    ("Répartition hebdomadaire :\n1) trois jours dans les locaux de la compagnie de Redon ;\n"
     "2) deux jours au centre médico-social de Redon.", "partiellement"),
    # list lines that are slots, or a budget: nothing placed in the unit
    ("Le calendrier prévoit :\n- une permanence deux jours par semaine à la brigade de Guer ;\n"
     "- une permanence un jour par semaine à la brigade de Malestroit.", "partiellement"),
    ("Coût du poste :\n- trois jours par semaine au commissariat : 21 000 euros ;\n- deux jours : 14 000 euros.",
     "non_precise"),
])
def test_weekly_schedule_as_a_list(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the unit named, then taken up by a relative clause placing the work there
    ("Le travailleur social est rattaché à l'hôtel de police de Saint-Brieuc, où il accomplit l'ensemble de ses "
     "missions ; il ne tient aucune permanence extérieure.", "oui"),
    ("L'intervenante sociale est affectée à la compagnie de gendarmerie de Dinan, dans les locaux de laquelle elle "
     "reçoit les personnes.", "oui"),
    ("L'intervenant·e est rattaché·e au commissariat central, où il ou elle exerce à plein temps.", "oui"),
    # the relative says slots, a trip on request, or is denied
    ("L'intervenante est rattachée à la brigade de Lamballe, où elle tient une permanence hebdomadaire.",
     "partiellement"),
    ("Il est affecté à la maison des solidarités de Loudéac, où il reçoit les victimes.", "non"),
    ("Le travailleur social est rattaché administrativement au CCAS et se rend au commissariat, où il reçoit les "
     "personnes, sur demande des policiers.", "non"),
])
def test_unit_taken_up_by_where_he_works(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("texts, expected", [
    # days in one brigade plus weekly slots in the other brigades, the whole time said to be spent in units
    (("L'intervenant dispose d'un bureau à la brigade de Lourdes, où il est présent trois jours par semaine.",
      "Il assure en outre une permanence le jeudi à la brigade d'Argelès et le vendredi à la brigade de Bagnères.",
      "La totalité de son temps de travail est ainsi passée dans les brigades de la compagnie."), "oui"),
    (("Elle est présente deux jours par semaine au commissariat de Tarbes.",
      "Elle tient par ailleurs des permanences hebdomadaires dans les brigades de Vic et de Rabastens.",
      "Elle exerce l'intégralité de son temps au sein des unités de police et de gendarmerie."), "oui"),
    # without the whole-time statement, days plus slots stay a partial presence (earlier rounds)
    (("Elle est présente deux jours par semaine au commissariat de Tarbes.",
      "Les autres jours, elle tient des permanences dans les brigades de Vic et de Rabastens."), "partiellement"),
    # the whole time in units, but another place outside them is named: still a split
    (("Il exerce à temps plein au sein des brigades de la compagnie.",
      "Les deux autres jours, il est présent au centre social de Lannemezan."), "partiellement"),
])
def test_whole_time_in_units(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # time shared only between places outside the units, the units kept out: from outside
    (("La juriste exerce depuis l'agence de l'association à Kourou, où elle reçoit sur rendez-vous.",
      "Elle tient aussi des permanences mensuelles à la mairie de Sinnamary.",
      "Elle n'assure aucune permanence au sein des brigades."), "non"),
    (("L'intervenant social travaille à partir du CDAS de Carhaix.",
      "Il assure également des permanences à la mairie de Rostrenen.",
      "Il n'a pas de bureau dans les unités de gendarmerie."), "non"),
    # a real split with the unit stays partial
    (("Il est présent trois jours par semaine à la brigade de Carhaix.",
      "Il assure également des permanences à la mairie de Rostrenen."), "partiellement"),
])
def test_time_shared_only_outside_the_units(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected

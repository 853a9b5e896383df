"""Round 49, lieu_exercice: the whole working time in units while the association only sets the planning;
a job-description line giving the week day by day with the last day at another place where the public is
also received; a bulleted list « partage son temps entre : » whose last item is a slot outside the units.
Wordings written for this test (not copied from the samples), through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # whole time in the units; the association named only as employer / planner (inclusive writing)
    ("L'intervenant·e consacre la totalité de son temps de travail aux brigades de Gap et d'Embrun, selon un "
     "calendrier arrêté par le directeur de l'association avec les commandants d'unité.", "oui"),
    ("Le ou la travailleur·se social·e exerce l'ensemble de son temps de travail au commissariat de Digne, "
     "l'association assurant son encadrement technique.", "oui"),
    # the association named as a place: still outside
    ("L'intervenante exerce à temps plein dans les locaux de l'association et se rend au commissariat "
     "sur sollicitation.", "non"),
    ("Elle exerce à temps plein depuis les locaux de l'association, où elle reçoit les personnes orientées "
     "par la brigade.", "non"),
    # job-description line, day by day, other place receiving the public besides meetings
    ("Répartition hebdomadaire : lundi et mardi à l'hôtel de police de Vannes ; mercredi et jeudi à la brigade "
     "de Muzillac ; vendredi à la maison des solidarités de Vannes, réservé aux entretiens de suivi et aux "
     "réunions de réseau.", "partiellement"),
    ("Lieux d'exercice : du lundi au jeudi au commissariat de Lorient ; le vendredi au CCAS de Lanester, "
     "où l'intervenante accueille le public sur rendez-vous.", "partiellement"),
    # traps: a monthly training or an orientation is no place of exercise
    ("L'intervenante est présente à l'hôtel de police de Vannes du lundi au vendredi. "
     "Lieux d'exercice : lundi et mardi à l'hôtel de police de Vannes ; mercredi, jeudi et vendredi à la brigade "
     "de Muzillac ; formation au siège de l'association une fois par mois, suivi de la pratique compris.", "oui"),
    # bulleted list announced by « partage son temps entre : »
    ("L'intervenante partage son temps de travail entre :\n"
     "- la brigade de Saint-Laurent-du-Maroni, trois jours par semaine ;\n"
     "- une permanence d'une demi-journée au centre communal d'action sociale d'Apatou, où elle reçoit les "
     "familles qui lui sont adressées par les gendarmes.", "partiellement"),
    ("Son temps se répartit ainsi :\n"
     "- trois jours par semaine à la compagnie de Saint-Laurent ;\n"
     "- la mairie de Mana, le jeudi.", "partiellement"),
    # traps in a list: another person's slot, an orientation, a meeting
    ("L'intervenant est présent au commissariat de Kourou du lundi au vendredi. Les partenaires sont :\n"
     "- une permanence juridique tenue par un avocat à la maison de la justice et du droit ;\n"
     "- deux jours par semaine, orientation des victimes vers le CCAS.", "oui"),
    ("L'intervenant est présent au commissariat de Kourou du lundi au vendredi. Il participe :\n"
     "- une demi-journée par trimestre à une réunion de travail à la mairie.", "oui"),
])
def test_round49_lieu(text, expected):
    assert code("lieu_exercice", text) == expected

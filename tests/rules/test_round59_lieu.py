"""Round 59: a fixed share of the week spent at the employer or another structure for administrative work, writing or
interviews, said in a schedule line (« - une journée à la maison des solidarités, pour le travail administratif ») or in
a sentence (« elle consacre une journée par semaine au travail administratif dans les locaux du pôle social »): partiellement.
Traps: a weekly team meeting or analysis of practice at the employer (« les intervenants se retrouvent une matinée par
semaine au siège pour échanger sur leurs pratiques ») is not a second place of exercise; the replacement arranged during
a vacancy or an absence (« en cas de vacance du poste, le CCAS détache à la brigade deux demi-journées par semaine un
agent ») is not the post's schedule. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # a share of the week spent outside the units for administrative work or interviews: partiellement
    ("L'intervenant·e organise sa semaine ainsi :\n- trois journées au commissariat de Lorient ;\n- une journée à la brigade "
     "de Ploemeur ;\n- une journée à l'antenne du centre départemental d'action sociale de Lanester, pour le travail "
     "administratif et les écrits professionnels.", "partiellement"),
    ("Répartition hebdomadaire du temps de travail :\n• quatre jours dans les locaux de la compagnie de Guingamp ;\n"
     "• une journée au pôle territorial des solidarités de Guingamp, où il reçoit sur rendez-vous et assure les tâches "
     "administratives.", "partiellement"),
    ("L'intervenante exerce au sein du commissariat de Tulle. Elle consacre une journée par semaine au travail "
     "administratif dans les locaux de la direction de l'action sociale du Département.", "partiellement"),
    ("L'intervenant exerce dans les locaux de la brigade d'Ussel. Deux demi-journées par semaine sont réservées aux "
     "tâches administratives, au siège de l'association.", "partiellement"),
    # a weekly team meeting or analysis of practice at the employer: not a second place
    ("L'intervenante exerce la totalité de son temps au commissariat de Dieppe. Les intervenants sociaux du "
     "département se retrouvent une matinée par semaine au siège de l'association pour échanger sur leurs pratiques.",
     "oui"),
    ("Le travailleur social exerce à temps plein dans les locaux de la brigade de Bolbec. Une demi-journée par semaine, "
     "il participe à l'analyse des pratiques au centre hospitalier, avec les autres intervenants.", "oui"),
    ("L'intervenante est installée au commissariat d'Elbeuf. Elle se rend une demi-journée par semaine à la maison des "
     "solidarités pour la réunion d'équipe du service.", "oui"),
    # the replacement during a vacancy or an absence is not the post's schedule
    ("L'intervenant social exerce à temps plein dans les locaux de la compagnie d'Istres. En cas de vacance du poste, "
     "le CCAS détache à la compagnie, deux demi-journées par semaine, un travailleur social de son équipe.", "oui"),
    ("L'intervenante exerce au sein de la brigade de Martigues. Pendant son absence, un agent du CIAS assure une "
     "présence à la brigade une journée par semaine ; la continuité du service est ainsi assurée.", "oui"),
    ("Elle est présente chaque jour au commissariat de Salon. En cas d'absence prolongée, le centre communal d'action "
     "sociale la remplace trois demi-journées par semaine par un agent de son choix.", "oui"),
    # the admin work said of the unit, denied or conditioned: not a split
    ("L'intervenant exerce au sein de la brigade de Brive ; une journée par semaine, il effectue le travail "
     "administratif dans son bureau de la brigade.", "oui"),
    ("L'intervenante exerce au sein du commissariat de Périgueux et n'effectue jamais une journée de travail "
     "administratif au centre médico-social.", "oui"),
    # a genuine split still caught
    ("L'intervenante exerce trois jours par semaine au commissariat de Rouen et deux jours au CCAS de la ville.",
     "partiellement"),
])
def test_round59_lieu(text, expected):
    assert code("lieu_exercice", text) == expected

"""Round 53: subordination to a forces chief said in the writer's own words (« dépendance directe », « sous
les ordres », « relève directement », « autorité de chef de service »), with HR acts = inversee; the same
words denied, given to the employer's chief, or only functional do not invert. The psychologist's
« permanence » is not the worker's shared time. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    ("Lors de sa présence en brigade, la travailleuse sociale est placée sous la dépendance directe du "
     "commandant de la communauté de brigades d'Arras. Celui-ci fixe son planning, lui accorde ses congés "
     "après avis du CCAS et rédige chaque année l'appréciation de sa manière de servir.", "inversee"),
    ("L'intervenant·e exerce sous les ordres du commissaire divisionnaire, qui valide ses absences et mène "
     "son entretien annuel d'évaluation.", "inversee"),
    ("Le chef de circonscription exerce à l'égard de l'agent mis à disposition l'autorité de chef de "
     "service (horaires, octroi des congés, entretien professionnel).", "inversee"),
    ("| La commune s'engage à | Les services de police s'engagent à |\n"
     "| verser le traitement de l'agent | exercer sur l'agent, par le commissaire de Lannion, l'autorité de "
     "chef de service : horaires, congés, entretien annuel |", "inversee"),
])
def test_subordination_with_hr_acts_is_inversee(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    "L'intervenante n'est pas placée sous la dépendance directe du commandant de brigade ; ses congés et son "
    "entretien annuel relèvent de l'association.",
    "L'intervenant est placé sous la dépendance directe de la directrice du CCAS, qui valide ses congés et "
    "conduit son entretien annuel.",
    "L'intervenant est placé sous l'autorité hiérarchique de l'association, qui accorde ses congés et conduit "
    "son entretien annuel ; le commandant de compagnie exerce l'autorité fonctionnelle.",
])
def test_trap_wordings_are_not_inversee(text):
    assert code("autorites", text) != "inversee"


CADRE_LIEU = "L'intervenant social exerce à temps plein au commissariat de la ville. "


@pytest.mark.parametrize("text, expected", [
    # another professional's permanence, towards whom the worker directs the person
    (CADRE_LIEU + "Si la personne a besoin d'un soutien psychologique, il lui propose de rencontrer le psychologue "
     "de l'association lors de sa permanence au commissariat ou à la maison de justice.", "oui"),
    (CADRE_LIEU + "Pour une question de droit, l'intervenant invite la personne à rencontrer la juriste du CDAD "
     "lors de sa permanence mensuelle au point justice.", "oui"),
    # the worker's own permanence elsewhere still splits the time
    (CADRE_LIEU + "Il tient sa permanence deux jours par semaine au CCAS.", "partiellement"),
])
def test_other_professional_permanence_is_not_shared_time(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Commune de Roubaix, représentée par son Maire, ci-après « l'employeur », recrute l'intervenant social. "
     "Un psychologue, employé par l'association France Victimes 59, reçoit deux matinées par semaine à la "
     "brigade.", "ville_interco"),
    ("Le CCAS recrute l'intervenante sociale. Une juriste, salariée de l'association d'aide aux victimes, tient "
     "une permanence au commissariat.", "ville_interco"),
    ("L'intervenante sociale, salariée de l'association Le Relais, travaille avec le psychologue de la "
     "brigade.", "association"),
])
def test_other_professional_employer_is_not_the_posts(text, expected):
    assert code("type_employeur", text) == expected

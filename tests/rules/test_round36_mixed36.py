"""Round 36 wordings (lieu_exercice, locaux_moyens, duree, autorites), through the real engine.

Families of drafting, not copies of a sample:
- a collective event for the forces' staff (séances, sessions, actions de sensibilisation, ateliers) held
  in the unit's premises: where the event takes place, not where the worker exercises;
- help given to the victim (mise en sécurité, hébergement d'urgence, téléphone d'alerte, « l'aider à
  organiser ») is not the worker's own means left without a provider;
- a payment schedule (participations versées au prorata, montants annuels, acomptes) says nothing of the
  convention's length: the period clause does;
- the employer as the only source of directions said by a cleft sentence (« c'est de ce dernier seul
  qu'il reçoit ses directives ») or an adverb, the forces at most consulted (« solliciter les
  observations du commissaire »): not several authorities.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

WORKER_OUTSIDE = "L'intervenante reçoit les victimes au siège de l'association, où elle dispose d'un bureau."

EVENTS_IN_THE_UNIT = [
    "Les séances de sensibilisation se tiennent dans les locaux de la brigade de Colmar.",
    "Deux sessions d'information par an sont organisées au sein du commissariat.",
    "Des actions de sensibilisation des militaires ont lieu dans les locaux des brigades de la compagnie.",
    "Ces seances sont organisees dans l'enceinte du groupement de gendarmerie.",
    "Un atelier annuel réunit les enquêteurs dans les locaux de l'hôtel de police.",
    "Les temps d'échange avec les gendarmes se déroulent au sein de la compagnie.",
    "Dans les locaux du commissariat, elle anime chaque trimestre une conférence pour les policiers.",
]

WORKER_IN_THE_UNIT = [
    "L'intervenante sociale exerce ses fonctions dans les locaux de la compagnie de gendarmerie.",
    "Son bureau est installé au sein du commissariat central.",
    "L'intervenant est installe dans les locaux de la brigade de Guebwiller.",
]


@pytest.mark.parametrize("sentence", EVENTS_IN_THE_UNIT)
def test_an_event_held_in_the_unit_is_not_the_place_of_work(sentence: str) -> None:
    assert code_articles("lieu_exercice", WORKER_OUTSIDE, sentence) != "oui"


@pytest.mark.parametrize("sentence", WORKER_IN_THE_UNIT)
def test_the_worker_placed_in_the_unit_still_counts(sentence: str) -> None:
    assert code("lieu_exercice", sentence) == "oui"


MEANS_GIVEN = "L'association met à sa disposition un bureau, un téléphone et un ordinateur."

VICTIM_HELP = [
    "- de l'aider à organiser sa mise en sécurité et celle de ses enfants (hébergement d'urgence, téléphone d'alerte) ;",
    "- l'aider à organiser, si besoin, un hébergement d'urgence et la remise d'un téléphone d'alerte ;",
    "Elle aide les victimes à préparer leur mise à l'abri : accueil de jour, telephone d'urgence, hebergement a definir avec le 115.",
    "- les aider à obtenir un téléphone d'alerte, dont l'attribution est à déterminer par le parquet ;",
    "Elle accompagne la victime pour organiser sa mise en protection (téléphone d'alerte, hébergement à préciser).",
    "- accompagner la victime dans sa mise en sécurité : hébergement d'urgence, accueil de jour, téléphone mis à disposition selon des modalités à définir ;",
]

MEANS_UNDECIDED = [
    "Le bureau et le téléphone seront fournis par les partenaires selon des modalités à préciser.",
    "Un poste informatique sera mis à disposition par l'une ou l'autre des parties.",
]


@pytest.mark.parametrize("sentence", VICTIM_HELP)
def test_help_to_the_victim_is_not_the_workers_means(sentence: str) -> None:
    assert code_articles("locaux_moyens", MEANS_GIVEN, sentence) == "inscrits"


@pytest.mark.parametrize("sentence", MEANS_UNDECIDED)
def test_means_without_provider_stay_undecided(sentence: str) -> None:
    assert code_articles("locaux_moyens", MEANS_GIVEN, sentence) == "ambiguite"


EIGHTEEN_MONTHS = "La présente convention couvre la période du 1er juillet 2011 au 31 décembre 2012."

PAYMENT_SCHEDULES = [
    "Pour la période du 1er juillet au 31 décembre 2011, les participations sont versées au prorata ; elles sont versées en totalité pour l'année 2012.",
    "Les montants annuels sont versés en totalité pour l'année 2012.",
    "Pour l'année 2012, les participations seront versees en deux acomptes.",
    "Le Département verse le solde pour l'année 2012 au vu du bilan.",
    "Au titre de l'année 2012, la commune versera sa participation au prorata du temps de présence.",
    "Les cotisations dues pour l'année 2012 sont réglées en une fois.",
    "Les participations de l'année 2012 sont versées d'un an sur l'autre au prorata.",
]


@pytest.mark.parametrize("sentence", PAYMENT_SCHEDULES)
def test_a_payment_schedule_does_not_make_the_convention_annual(sentence: str) -> None:
    assert code_articles("duree", EIGHTEEN_MONTHS, sentence) == "autre"


ONE_YEAR = [
    "La présente convention est conclue pour l'année 2012.",
    "La convention est valable un an à compter de sa signature.",
]


@pytest.mark.parametrize("sentence", ONE_YEAR)
def test_a_one_year_convention_is_still_annual(sentence: str) -> None:
    assert code("duree", sentence) == "annuelle"


FUNCTIONAL = "Le chef de circonscription organise les conditions pratiques de sa présence au commissariat."

EMPLOYER_ONLY_SOURCE = [
    "L'intervenant est un agent du CCAS : c'est de ce dernier seul qu'il reçoit ses directives de travail et son évaluation annuelle, la directrice pouvant solliciter les observations du commissaire.",
    "C'est à l'association seule qu'il revient de l'évaluer chaque année, après avoir recueilli l'avis du commandant de brigade.",
    "C'est de la commune, et d'elle seule, que l'intervenante reçoit ses instructions.",
    "Salariee de l'association : c'est de celle-ci seule qu'elle recoit ses directives.",
    "L'ISCG est employé par le Département : c'est auprès de lui seul qu'il prend ses consignes.",
    "C'est du CCAS exclusivement qu'elle reçoit ses ordres ; le CCAS peut consulter l'avis du commissaire de police.",
]

SEVERAL_SOURCES = [
    "Il reçoit ses directives de plusieurs responsables : le commissaire, l'adjoint au maire et le directeur du CCAS.",
    "L'intervenant est mis à disposition du commissariat : c'est de ce dernier seul qu'il reçoit ses directives.",
    "Ce n'est pas de l'association seule qu'il reçoit ses instructions : le commandant lui en donne aussi.",
]


@pytest.mark.parametrize("sentence", EMPLOYER_ONLY_SOURCE)
def test_employer_as_the_only_source_is_conforme(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) == "conforme"


@pytest.mark.parametrize("sentence", SEVERAL_SOURCES)
def test_several_sources_or_the_forces_alone_are_not_conforme(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) != "conforme"

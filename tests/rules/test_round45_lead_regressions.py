"""Round 45 (lead): two rules of this round read too much on development samples — an experience required of
the worker is no former experiment, and an account of the missions to the commandant reports no confidence."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "Le poste est occupé par un éducateur spécialisé diplômé d'État, ayant de préférence une première expérience de l'aide aux victimes.",
    "Le recrutement porte sur un assistant de service social titulaire du diplôme d'État, justifiant si possible d'une première expérience en commissariat.",
])
def test_a_first_experience_required_is_no_history(text: str) -> None:
    assert code("qualification", text) == "precisee_conforme"


def test_a_former_experiment_still_says_nothing_of_the_post() -> None:
    text = ("Une première expérience, menée de 2017 à 2019 avec une assistante sociale du Département présente "
            "un jour par semaine à la brigade, a montré l'intérêt d'un poste à temps plein.")
    assert code("qualification", text) == "non_precisee"


@pytest.mark.parametrize("text", [
    "L'intervenante rend compte au commissaire de l'exécution des missions qui lui sont confiées, chaque trimestre.",
    "Elle rend compte au commandant de son activité, sans jamais évoquer le contenu des entretiens.",
])
def test_an_account_of_the_missions_is_no_confidence_reported(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"


def test_days_at_a_communaute_de_brigades_are_days_in_a_unit() -> None:
    text = ("L'intervenante est présente deux jours par semaine au commissariat de Sarreguemines et trois jours "
            "dans les locaux de la communauté de brigades de Puttelange.")
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text, expected", [
    ("Le poste est consacré aux violences au sein du couple. Les enfants exposés à ces violences au sein du foyer sont "
     "aussi reçus. Les autres situations ne relèvent pas de la présente convention.", "violences_conjugales"),
    ("L'intervenante accompagne les femmes victimes de violences : mutilations sexuelles, mariages forcés, violences au "
     "sein de la famille, harcèlement. Les autres situations ne relèvent pas du poste.", "violences_faites_aux_femmes"),
])
def test_a_family_named_inside_a_narrower_field(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text", [
    "Les dossiers individuels sont rangés dans une armoire fermant à clé et ne sont accessibles qu'à l'intervenante et à son chef de service.",
    "Elle informe les gendarmes, de façon générale et sans révéler d'éléments confiés en entretien, des dispositifs du territoire.",
])
def test_files_kept_by_the_employer_and_general_information(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"

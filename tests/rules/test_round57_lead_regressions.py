"""Round 57 (lead mends after the development evaluation): a functional authority « limitée à
l'organisation des interventions au sein des unités » is no place of work; days a week « dans les
locaux de la communauté de brigades » are days in a unit; a table cited by reference in the sentence
giving an office is no nominative tracking tool."""

from __future__ import annotations

import pytest

from rule_wording import code

SECRET = " L'intervenante est tenue au secret professionnel."


def test_authority_bounded_to_organising_work_in_units_is_no_place():
    text = ("L'intervenante est installée dans les locaux de l'association, à Vannes. Elle se rend dans les "
            "brigades à la demande des militaires. Le commandant de compagnie exerce sur elle une autorité "
            "fonctionnelle bornée à l'organisation de ses interventions au sein des unités.")
    assert code("lieu_exercice", text) != "oui"


@pytest.mark.parametrize("text", [
    "L'intervenant est présent trois jours par semaine au commissariat de Forbach et deux jours par semaine "
    "dans les locaux de la COB de Creutzwald.",
    "Elle travaille deux jours par semaine à l'hôtel de police et trois jours par semaine dans les locaux de "
    "la communauté de brigades de Sarralbe.",
])
def test_days_a_week_in_two_units_are_all_in_a_unit(text):
    assert code("lieu_exercice", text) == "oui"


def test_days_a_week_at_the_association_still_split():
    text = ("L'intervenant est présent trois jours par semaine au commissariat et deux jours par semaine dans "
            "les locaux de l'association.")
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", [
    "Le groupement met à la disposition de l'intervenante, dans chacune des brigades figurant au tableau "
    "ci-dessous, un bureau fermant à clé, une ligne téléphonique et un accès à internet.",
    "Un bureau est mis à la disposition de l'intervenant dans les unités mentionnées au tableau de "
    "l'article 3, avec un accès internet.",
])
def test_office_given_in_units_listed_in_a_table_is_no_tracking_tool(text):
    assert code("deontologie", text + SECRET) == "securisee"

"""Round 51 (lead): rules of this round read too much on development samples — a vehicle or a meeting
room that « peut être réservé » beside the means given is no doubt on the office; authors oriented
towards « dispositifs de prise en charge » are still received; an office elsewhere from which the worker
keeps « ses contacts avec les partenaires » is still a second place."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("extra", [
    "Un véhicule de la flotte intercommunale peut être réservé pour les déplacements sur le territoire.",
    "Une voiture de service de la mairie peut lui être prêtée ponctuellement pour les visites à domicile.",
    "Pour les réunions de partenaires, une salle de réunion peut être réservée à la mairie.",
    "Il peut également proposer un entretien au jeune présent dans les locaux, avec son accord.",
])
def test_an_occasional_extra_is_no_doubt_on_the_office(extra: str) -> None:
    given = "La gendarmerie met à la disposition de l'intervenante un bureau équipé d'un téléphone et d'un ordinateur."
    assert code_articles("locaux_moyens", given, extra) == "inscrits"


@pytest.mark.parametrize("text", [
    "Une salle de la mairie pourrait lui être prêtée pour recevoir les personnes.",
    "La commune peut aussi lui réserver une pièce à la maison de services les jours de permanence.",
])
def test_a_possible_room_alone_is_a_possibility(text: str) -> None:
    assert code("locaux_moyens", text) == "ambiguite"


@pytest.mark.parametrize("text", [
    "L'intervenant social accueille les victimes et peut orienter les auteurs vers un dispositif de prise en charge des "
    "auteurs de violences.",
    "L'intervenante reçoit les victimes comme les auteurs et peut orienter ces derniers vers les services de prise en "
    "charge adaptés.",
])
def test_authors_oriented_towards_care_are_received(text: str) -> None:
    assert code("public", text) == "tous_publics"


def test_an_office_elsewhere_kept_for_contacts_with_partners_is_a_second_place() -> None:
    assert code_articles(
        "lieu_exercice",
        "L'intervenante tient une permanence d'une journée par semaine dans chacune des brigades du secteur.",
        "En dehors de ces permanences, elle dispose d'un bureau à la maison France services, d'où elle reçoit en "
        "visioconférence et assure ses écrits et ses contacts avec les partenaires.") == "partiellement"

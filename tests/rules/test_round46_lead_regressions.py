"""Round 46 (lead): two rules of this round read too much on development samples — an object clause that
assigns the posts to the units still says where they work, and a social worker « du Département » told
of in a former experiment or in the preamble's account of existing services employs no one."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "La présente convention a pour objet de fixer les conditions d'exercice et de financement de deux postes "
    "d'intervenants sociaux, affectés respectivement aux commissariats de Sens et d'Auxerre.",
    "La convention a pour objet l'organisation du poste de l'intervenante sociale affectée à la compagnie de Dole.",
])
def test_an_object_clause_that_assigns_the_post_gives_the_place(text: str) -> None:
    assert code("lieu_exercice", text) == "oui"


def test_a_post_attached_in_the_creation_clause_gives_no_place() -> None:
    text = ("La convention porte création d'un poste d'intervenant social à temps plein, soit un équivalent temps "
            "plein, rattaché au commissariat de Vesoul.")
    assert code("lieu_exercice", text) == "non_precise"


@pytest.mark.parametrize("text, zone", [
    ("Une première expérience, conduite de 2018 à 2020 par une permanence d'une assistante sociale du Département "
     "à la brigade, a confirmé l'intérêt d'un poste à temps plein.", "article"),
    ("Les permanences de l'assistante sociale du Conseil départemental n'ont lieu qu'une fois par mois dans les "
     "cantons éloignés de la compagnie.", "preambule"),
])
def test_a_departement_social_worker_told_of_employs_no_one(text: str, zone: str) -> None:
    assert code("type_employeur", text, zone=zone) != "conseil_departemental"


def test_the_departement_social_worker_holding_the_post_still_counts() -> None:
    text = "Le poste est tenu par une éducatrice spécialisée du Département, affectée à mi-temps au commissariat."
    assert code("type_employeur", text) == "conseil_departemental"


def test_days_at_a_real_workplace_with_its_staff_meetings_still_share_the_time() -> None:
    text = ("Son temps de travail est réparti ainsi :\n- trois jours au commissariat de Gray ;\n"
            "- deux jours au service départemental de l'aide sociale à l'enfance, où elle assure le travail administratif "
            "et participe aux réunions de service.")
    assert code("lieu_exercice", text) == "partiellement"

"""Round 19 funders: history bound to closed years, money « ne concourt pas au présent poste », a body's
kind written after its name, the payer of the remainder, a pronoun paying beside a deducted share.
Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def types(text: str) -> set[str]:
    fin, _ = code_financing(text_doc("Article 8 – Financement\n" + text + "\n"))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text", [
    "Le Département assure seul la charge du poste. Il est rappelé que le FIPD a participé au financement "
    "du poste de 2011 à 2014, à hauteur de 15 000 € par an.",
    "Le Département finance seul le poste. L'État a financé l'emploi entre 2015 et 2018 pour 12 000 euros.",
    "Le coût du poste est pris en charge par le Département. La préfecture a versé 10 000 € jusqu'en 2019.",
    "Le Département prend en charge le coût du poste. L'État a apporté une subvention de 8 000 € de 2012 à 2016.",
])
def test_funding_over_closed_past_years_is_history(text: str) -> None:
    assert types(text) == {"conseil_departemental"}


@pytest.mark.parametrize("text", [
    "Le poste est financé par la Ville. La dotation de 6 000 € allouée par l'Agence régionale de santé "
    "ne concourt pas au financement du présent poste.",
    "Le poste est financé par la Ville. Une aide de 3 000 € de la Région ne contribue pas au coût du présent poste.",
    "Le poste est financé par la Ville. La subvention de 4 000 € d'une fondation ne participe pas au financement du "
    "présent emploi.",
    "Le poste est financé par la Ville. Les 2 000 € versés par l'hôpital ne servent pas au financement du présent "
    "dispositif.",
])
def test_money_not_for_the_present_post(text: str) -> None:
    assert types(text) == {"commune"}


@pytest.mark.parametrize("party, row", [
    ("Monsieur le Président de Riom Limagne et Volcans, communauté d'agglomération,", "Riom Limagne et Volcans"),
    ("Le Président de Vallée du Lot, communauté de communes, représenté par son président,", "Vallée du Lot"),
    ("Madame la Présidente de Terres de Loire (communauté de communes),", "Terres de Loire"),
    ("Le Président de Cœur de Brie, communauté d'agglomération, dûment habilité,", "Cœur de Brie"),
])
def test_name_before_its_kind_is_an_intercommunalite(party: str, row: str) -> None:
    text = ("Entre\n" + party + "\nIl est convenu ce qui suit :\nArticle 8 – Financement\n"
            "| Financeur | Montant | Part |\n| État (FIPD) | 20 000 € | 50 % |\n| " + row + " | 20 000 € | 50 % |\n")
    fin, _ = code_financing(text_doc(text))
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "intercommunalite"}


@pytest.mark.parametrize("text", [
    "L'État attribue une subvention de 18 000 euros. La Ville prend en charge le solde de la rémunération de l'agent.",
    "L'État verse 15 000 € au titre du FIPD. La commune assure le solde.",
    "Le FIPD apporte 10 000 €. La Ville finance le reste du coût du poste.",
    "L'État participe à hauteur de 12 000 euros. La mairie verse le reliquat à l'employeur.",
])
def test_payer_of_the_remainder_is_listed(text: str) -> None:
    assert types(text) == {"etat", "commune"}


@pytest.mark.parametrize("text", [
    "La Communauté d'agglomération gère le poste. Elle prend en charge le coût du poste, déduction faite de la "
    "participation de l'État.",
    "La Communauté d'agglomération recrute l'intervenante. Elle prend en charge sa rémunération, après déduction "
    "de la subvention de l'État.",
    "La Communauté d'agglomération emploie l'agent. Elle assure le financement du poste, hors la participation de "
    "l'État.",
    "La Communauté d'agglomération porte le poste. Elle prend en charge le coût du poste, minoré de la "
    "contribution du FIPD.",
])
def test_pronoun_pays_beside_a_deducted_share(text: str) -> None:
    assert types(text) == {"intercommunalite", "etat"}

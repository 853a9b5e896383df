"""Round 21 funders: an intercommunalité by its initials (« CA Portes de France-Thionville »), a
place-named intercommunalité in a table row wrapped over several PDF lines, an employer paying « sur
son budget » and a subsidy whose amount is « mentionnée au préambule ».
Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def funders(text: str) -> dict[str, tuple[float | None, float | None]]:
    fin, _ = code_financing(text_doc(text + "\n"))
    return {f["type"]: (f["montant"], f["part"]) for f in fin.extra["financeurs"]}


# ------------------------------------------------------------------ EPCI written by its initials

@pytest.mark.parametrize("row", [
    "| CA Portes de France-Thionville | 24 000 € | 60 % |",
    "| CC du Pays de Lunel | 24 000 € | 60 % |",
    "| CU de Dunkerque | 24 000 € | 60 % |",
    "| CA du Grand Guéret | 24 000 € | 60 % |",
    "| CC des Coteaux du Lot | 24 000 € | 60 % |",
    "| CA Cœur d'Essonne | 24 000 € | 60 % |",
])
def test_epci_initials_in_a_table_row(row: str) -> None:
    text = ("Article 8 – Financement\nLe coût du poste est de 40 000 €.\n| Financeur | Montant | Part |\n"
            "| État (FIPD) | 16 000 € | 40 % |\n" + row)
    assert funders(text) == {"etat": (16000.0, 40.0), "intercommunalite": (24000.0, 60.0)}


@pytest.mark.parametrize("text", [
    "La CA Val de Garonne verse une participation de 12 000 € par an.",
    "La CC de la Vallée de l'Hérault participe au financement du poste à hauteur de 12 000 €.",
    "Une subvention de 12 000 € est versée par la CU d'Arras.",
])
def test_epci_initials_in_prose(text: str) -> None:
    assert funders("Article 8 – Financement\nL'État verse 18 000 €. " + text) == {
        "etat": (18000.0, None), "intercommunalite": (12000.0, None)}


@pytest.mark.parametrize("text", [
    "L'association présente son CA de 2021, soit 1 200 000 €.",            # chiffre d'affaires
    "Le CA de l'association a validé le budget de 30 000 €.",             # conseil d'administration
    "Le CA du 4 mai a approuvé la demande de 5 000 € de l'association.",
    "Le budget a été voté en CA Extraordinaire, la structure apportant 5 000 €.",
    "Le CA Prévisionnel de la structure atteint 800 000 €.",
    "Le ca de la structure progresse de 5 000 €.",
])
def test_ca_that_is_no_intercommunalite(text: str) -> None:
    assert set(funders("Article 8 – Financement\nL'État verse 20 000 €. " + text)) == {"etat"}


# ------------------------------------------------------------ place + Agglomération, wrapped rows

@pytest.mark.parametrize("rows", [
    "Fougères Agglomération (60\n%)\n24 000 €",                  # the bracket closes on the next line
    "Chartres métropole (60\n%)\n24 000 €",
    "Saint-Lô Agglo (part\nde 60 %)\n24 000 €",
    "Rennes Métropole (60 %)\n24 000 €",                          # the name cell taller than its number
    "Grand Poitiers Communauté urbaine (60 %)\n24 000 €\n",
    "Valence Romans Agglo (60 %)\n24 000 €",
])
def test_place_named_intercommunalite_in_a_wrapped_row(rows: str) -> None:
    text = ("Article 8 – Financement\nLe coût du poste est de 40 000 €.\nFinanceur Montant\n"
            "État - FIPD (40 %) 16 000 €\n" + rows + "\nTotal 40 000 €")
    assert funders(text) == {"etat": (16000.0, 40.0), "intercommunalite": (24000.0, 60.0)}


def test_wrapped_row_over_two_year_columns() -> None:
    text = ("Article 8 – Financement\nLe coût du poste est de 40 000 €.\nFinanceur 2020 2021\n"
            "État 16 000 € 16 000 €\nGrand Poitiers Communauté urbaine\n24 000 €\n24 000 €\nTotal 40 000 € 40 000 €")
    assert funders(text)["intercommunalite"][0] == 24000.0


@pytest.mark.parametrize("text", [
    # « l'agglomération » as the town's urban area, a number line after it
    "L'intervenant intervient sur l'ensemble de l'agglomération de Fougères. La Ville finance le poste à "
    "hauteur de 30 000 €.",
    "Les victimes résidant dans l'agglomération sont reçues.\n30 000 €\nLa Ville finance le poste.",
    "Population de l'agglomération\n45 000\nLa Ville finance le poste.",
])
def test_agglomeration_as_urban_area_is_no_funder(text: str) -> None:
    assert set(funders("Article 8 – Financement\n" + text)) == {"commune"}


# ------------------------------------------------- employer's own budget, subsidy of the preamble

_PREAMBLE = ("Considérant que l'État a attribué à l'établissement, au titre de l'exercice 2022, une subvention de "
             "15 000 euros imputée sur le fonds interministériel de prévention de la délinquance ;\n"
             "Il est convenu ce qui suit :\nArticle 9 – Dispositions financières\n")


@pytest.mark.parametrize("text", [
    "Le Centre hospitalier assure sur son budget la rémunération de l'intervenant social.\n"
    "L'État contribue au fonctionnement de l'unité par la subvention mentionnée au préambule.",
    "L'hôpital prend en charge sur ses fonds propres le salaire de l'intervenant. L'État participe au "
    "fonctionnement du service par la subvention visée au préambule.",
    "Le CHU rémunère l'intervenant sur son budget. La subvention précitée de l'État contribue au "
    "fonctionnement de l'unité.",
    "Le centre hospitalier finance sur ses crédits le poste de l'intervenant. L'État y contribue par la "
    "subvention rappelée ci-dessus.",
    "Le Centre hospitalier paie sur son propre budget le traitement de l'agent. L'État contribue par la "
    "subvention citée au préambule.",
    "L'établissement hospitalier supporte sur son budget la charge du poste. La préfecture contribue au "
    "dispositif par la subvention susmentionnée.",
])
def test_own_budget_and_subsidy_of_the_preamble(text: str) -> None:
    assert funders(_PREAMBLE + text) == {"etat": (15000.0, None), "autre": (None, None)}


def test_referred_subsidy_takes_only_the_same_funders_amount() -> None:
    text = ("Considérant que la Région a attribué à l'établissement une subvention de 15 000 euros ;\n"
            "Il est convenu ce qui suit :\nArticle 9 – Dispositions financières\n"
            "L'État contribue au fonctionnement de l'unité par la subvention mentionnée au préambule.")
    assert funders(text) == {"etat": (None, None)}


@pytest.mark.parametrize("text", [
    # a subsidy for something else than the post
    "Le Centre hospitalier assure sur son budget la rémunération de l'intervenant. La subvention de 5 000 € "
    "de l'ARS ne concourt pas au financement du présent poste.",
    # a hospital named only as a place of referral
    "La Ville finance le poste. L'intervenant oriente les victimes vers le centre hospitalier, qui assure "
    "leur prise en charge médicale.",
    "La Ville finance le poste. Les victimes sont accompagnées à l'hôpital pour un examen sur le budget "
    "de leur choix.",
])
def test_own_budget_silent_cases(text: str) -> None:
    expected = {"autre"} if text.startswith("Le Centre") else {"commune"}
    assert set(funders("Article 9 – Dispositions financières\n" + text)) == expected


def test_own_funds_for_another_expense_name_no_payer() -> None:
    text = ("Article 9 – Financement\nL'État verse une subvention de 20 000 €.\nArticle 17 – Formation\n"
            "L'association permet à l'intervenant de suivre une formation. Elle prend en charge les frais "
            "correspondants sur ses fonds propres.")
    assert set(funders(text)) == {"etat"}

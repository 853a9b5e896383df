"""Round 5b: financeurs missed for their wording, and money set apart from the post.

- acronyms written with dots (« C.C.A.S. », « C.A.F. », « F.I.P.D. »), the centre communal /
  intercommunal d'action sociale by its full name;
- the employer's own funds (« (fonds propres) », « sur ses ressources propres », « autofinancement »);
- a département by its number (« CD 93 », « CG 2B », « (CD 2A) ») and mixed-case short names
  defined in brackets (« communauté de communes du Val (CdC) »);
- a small number inside a table line's label (« CIDFF 56 (fonds propres) ») is part of the name;
- money the text itself sets apart from the post (« hors convention », « distincte du financement
  du poste », « n'entre pas dans le coût du poste », « ne relève pas de la présente convention »),
  in its own clause or in the next sentence (« Cette aide n'entre pas … »).
Wordings written for these tests, none from a sample convention; controls keep the ordinary readings.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import docx_table_doc, text_doc

COST = "Le coût du poste est évalué à 50 000 euros par an pour un agent à temps plein.\n"


def types_of(text: str) -> set[str]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"] for f in fin.extra["financeurs"]}


def financeurs(text: str) -> dict[str, dict]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"]: f for f in fin.extra["financeurs"]}


# --------------------------------------------------------------------------- names with dots, full names


@pytest.mark.parametrize("sentence, expected", [
    ("Le financement est assuré par le C.C.A.S., avec le concours de l'Etat.", {"commune", "etat"}),
    ("Le C.C.A.S participe au financement du poste à hauteur de 20 000 €.", {"commune"}),
    ("La C.A.F. verse une subvention de 10 000 € pour le poste.", {"caf"}),
    ("L'Etat participe à hauteur de 25 000 € au titre du F.I.P.D.", {"etat"}),
    ("Le centre communal d'action sociale prend en charge 30 % du coût du poste.", {"commune"}),
    ("Le centre intercommunal d'action sociale apporte 10 000 € au financement du poste.", {"intercommunalite"}),
    ("Le C.I.A.S. participe au financement du poste à hauteur de 10 000 €.", {"intercommunalite"}),
])
def test_dotted_acronyms_and_full_names_are_financeurs(sentence: str, expected: set[str]) -> None:
    assert types_of(COST + sentence) == expected


def test_a_ccas_that_only_lends_the_office_is_not_a_financeur() -> None:
    text = COST + ("L'État finance la totalité du coût du poste au titre du FIPD. "
                   "Le C.C.A.S. met un bureau à la disposition de l'intervenant.")
    assert types_of(text) == {"etat"}


# --------------------------------------------------------------------------- the employer's own funds


@pytest.mark.parametrize("sentence", [
    "L'association apporte 5 000 € sur ses ressources propres.",
    "L'association participe au financement à hauteur de 5 000 € sur ses fonds propres.",
    "Le solde, soit 5 000 €, est couvert par autofinancement de l'association.",
])
def test_own_funds_are_an_other_financeur(sentence: str) -> None:
    assert types_of(COST + "L'État verse 45 000 € au titre du FIPD.\n" + sentence) == {"etat", "autre"}


def test_own_funds_in_a_text_table_with_a_number_in_the_label() -> None:
    text = ("Article 5 - Financement\n" + COST + "Financeur\tMontant\tPart\n"
            "Etat\t40 000 €\t80 %\nCIDFF 56 (fonds propres)\t10 000 €\t20 %\n")
    got = financeurs(text)
    assert set(got) == {"etat", "autre"}
    assert (got["autre"]["montant"], got["autre"]["part"]) == (10000.0, 20.0)


def test_own_funds_denied_are_no_financeur() -> None:
    text = COST + ("L'État prend en charge la totalité du coût du poste. "
                   "L'association ne participe pas sur ses fonds propres.")
    assert types_of(text) == {"etat"}


# --------------------------------------------------------------------------- départements by number


@pytest.mark.parametrize("table", [
    "Financeur | 2024 | 2025\nEtat | 30 000 € | 30 000 €\nCD 93 | 20 000 € | 20 000 €\n",
    "Financeur\t2024\t2025\nEtat\t30 000 €\t30 000 €\nCG 2B\t20 000 €\t20 000 €\n",
    "Financeur\t2024\t2025\nEtat\t30 000 €\t30 000 €\nCD 2A (conseil départemental)\t20 000 €\t20 000 €\n",
])
def test_departement_by_its_number_in_a_text_table(table: str) -> None:
    got = financeurs(COST + table)
    assert set(got) == {"etat", "conseil_departemental"}
    assert got["conseil_departemental"]["par_annee"]["montants"] == [20000.0, 20000.0]


def test_bare_shares_after_a_name_stay_values() -> None:
    got = financeurs(COST + "Parts (%) 2024 2025 2026\nEtat 60 45 30\nDépartement 40 55 70\n")
    assert got["etat"]["par_annee"]["parts"] == [60.0, 45.0, 30.0]


@pytest.mark.parametrize("party, short", [
    ("Le conseil départemental de la Corse-du-Sud (CD 2A), représenté par son président ;", "CD 2A"),
    ("La communauté de communes du Val d'Arve (CdC), représentée par son président ;", "CdC"),
])
def test_short_names_defined_in_brackets(party: str, short: str) -> None:
    expected = "conseil_departemental" if short.startswith("CD") else "intercommunalite"
    doc = docx_table_doc(party, [["Financeur", "2024", "2025"], ["État", "30 000 €", "30 000 €"],
                                 [short, "20 000 €", "20 000 €"]])
    fin, _ = code_financing(doc)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", expected}


def test_short_name_in_prose() -> None:
    text = ("La communauté de communes du Val d'Arve (CdC), représentée par son président ;\n" + COST
            + "L'État verse 40 000 € au titre du FIPD. La CdC participe à hauteur de 10 000 €.")
    assert types_of(text) == {"etat", "intercommunalite"}


# --------------------------------------------------------------------------- money set apart from the post

BASE = COST + "L'État participe à hauteur de 25 000 € et la commune à hauteur de 25 000 €.\n"


@pytest.mark.parametrize("sentence", [
    "Le mobilier a été acquis grâce à une aide ponctuelle de 3 000 € du conseil régional, hors convention.",
    "La région verse en outre 3 000 € pour le mobilier, hors de la présente convention.",
    "La fondation Lumière finance une formation des gendarmes pour 2 000 €, distincte du financement du poste.",
    "La MSA verse une aide de 2 000 € pour le matériel ; cette aide n'entre pas dans le coût du poste.",
    "La MSA verse une aide de 2 000 € pour le matériel. Cette aide n'entre pas dans le coût annuel du poste.",
    "L'ARS finance une action de sensibilisation de 4 000 €, qui ne relève pas de la présente convention.",
    "Vu la subvention de 3 000 € accordée par la région en 2023 ;",
])
def test_money_set_apart_from_the_post_is_no_financeur(sentence: str) -> None:
    got = financeurs(BASE + sentence)
    assert set(got) == {"etat", "commune"}
    assert got["etat"]["part"] == 50.0


@pytest.mark.parametrize("sentence", [
    "Le conseil régional participe au financement du poste à hauteur de 3 000 €.",
    "La MSA verse une aide de 2 000 € ; cette aide entre dans le coût du poste.",
    "L'ARS apporte 4 000 € au financement du poste, non reconductible.",
    "Une fondation d'entreprise finance le poste à hauteur de 2 000 € par an.",
])
def test_money_for_the_post_from_another_funder_counts(sentence: str) -> None:
    assert types_of(BASE + sentence) == {"etat", "commune", "autre"}


def test_set_apart_clause_leaves_the_others_of_the_sentence() -> None:
    text = COST + ("L'État verse 25 000 € et la commune 25 000 € au titre du poste ; "
                   "la région apporte 3 000 € hors convention pour le mobilier.")
    assert types_of(text) == {"etat", "commune"}


def test_amounts_fixed_each_year_outside_the_convention_still_name_the_financeurs() -> None:
    text = COST + ("Le poste est financé par l'État et le Département ; les montants de leurs participations "
                   "sont fixés chaque année hors convention.")
    fin, _ = code_financing(text_doc(text))
    assert fin.value == "non_precise"
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "conseil_departemental"}


def test_set_apart_money_is_not_the_cost() -> None:
    fin, cost = code_financing(text_doc(
        "L'État finance le poste. Une aide de 3 000 € n'entre pas dans le coût annuel du poste."))
    assert cost.value["montant"] is None

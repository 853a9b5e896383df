"""Held-out wordings of financing and cost clauses: how else a préfecture may write the same thing.

Each case is written from the CODEBOOK definitions, not from a sample file: tables in both
orientations, shares only, amounts only, the remainder paid by someone ("le solde", "le reste à
charge"), equal shares, falling State share, cost verbs, ETP wordings, OCR noise and words.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.types import Document, ExtractionReport, TextBlock

from test_financing import docx_table_doc, fin_table, text_doc


def pdf_doc(text: str) -> Document:
    """Lines of one PDF page, as the PDF reader gives them (one block per line, page 1)."""
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line:
            blocks.append(TextBlock(pos, pos + len(line), kind="line", page=1))
        pos += len(line) + 1
    return Document("t.pdf", "0" * 64, text, blocks, ExtractionReport("pdf"))


def shares(coding) -> dict[str, list[float]]:
    return {f["type"]: (f.get("par_annee") or {}).get("parts") or (f.get("par_annee") or {}).get("montants")
            for f in coding.extra["financeurs"]}


# --------------------------------------------------------------------------- per-year tables

def test_transposed_docx_table_years_in_rows() -> None:
    doc = docx_table_doc("Article 7 – Plan de financement", [
        ["Année", "État (FIPD)", "Conseil départemental", "Commune"],
        ["2022", "50 %", "25 %", "25 %"],
        ["2023", "40 %", "30 %", "30 %"],
        ["2024", "30 %", "35 %", "35 %"],
    ])
    fin, _ = code_financing(doc)
    assert fin.value == "degressif"
    assert shares(fin) == {"etat": [50, 40, 30], "conseil_departemental": [25, 30, 35], "commune": [25, 30, 35]}


def test_transposed_docx_table_stable_amounts_with_cost_column() -> None:
    doc = docx_table_doc("Financement du poste", [
        ["Exercice", "État", "Communauté d'agglomération", "Coût total"],
        ["2021", "26 000 €", "26 000 €", "52 000 €"],
        ["2022", "26 000 €", "26 000 €", "52 000 €"],
    ])
    fin, cost = code_financing(doc)
    assert fin.value == "stable"
    assert fin_table(fin) == {"etat": (26000, 50.0), "intercommunalite": (26000, 50.0)}
    assert cost.value["montant"] == 52000


def test_transposed_pdf_lines_years_in_rows() -> None:
    text = ("Article 6 – Financement\n"
            "Année État Département Ville\n"
            "2021 24 000 € 12 000 € 12 000 €\n"
            "2022 18 000 € 15 000 € 15 000 €\n"
            "2023 12 000 € 18 000 € 18 000 €\n")
    fin, _ = code_financing(pdf_doc(text))
    assert fin.value == "degressif"
    assert shares(fin)["etat"] == [24000, 18000, 12000]
    assert shares(fin)["commune"] == [12000, 15000, 18000]


def test_docx_values_stay_in_their_year_column() -> None:
    # The State pays nothing the first year (empty cell): its 20 000 € belong to 2022 and 2023.
    doc = docx_table_doc("Financement", [
        ["Financeur", "2021", "2022", "2023"],
        ["Commune", "40 000 €", "20 000 €", "20 000 €"],
        ["État", "", "20 000 €", "20 000 €"],
    ])
    fin, _ = code_financing(doc)
    assert shares(fin)["etat"] == [0, 20000, 20000]
    assert fin.value == "stable"  # the State's share rises: not dégressif


def test_pdf_row_glued_into_one_number() -> None:
    text = ("Financeurs 2021 2022 2023\n"
            "État 30 000 20 000 10 000\n"
            "Conseil départemental 20 000 30 000 40 000\n")
    fin, _ = code_financing(pdf_doc(text))
    assert fin.value == "degressif"
    assert shares(fin)["etat"] == [30000, 20000, 10000]


# --------------------------------------------------------------------------- prose shares

@pytest.mark.parametrize("text, value, expected", [
    # Percentages only.
    ("L'État finance 40 % du poste, le Conseil départemental 30 % et la commune 30 %.", "stable",
     {"etat": (None, 40), "conseil_departemental": (None, 30), "commune": (None, 30)}),
    ("Le poste est financé à 50 % par l'État et à 50 % par la communauté de communes.", "stable",
     {"etat": (None, 50), "intercommunalite": (None, 50)}),
    # Amounts only, the cost given: the shares follow.
    ("Le coût annuel du poste est évalué à 50 000 €. L'État verse 25 000 € et la commune 25 000 €.", "stable",
     {"etat": (25000, 50.0), "commune": (25000, 50.0)}),
    # Equal shares.
    ("Le poste est financé à parts égales par l'État et le Conseil départemental.", "stable",
     {"etat": (None, 50.0), "conseil_departemental": (None, 50.0)}),
    ("L'État, le Département et la Ville financent le poste à parts égales.", "stable",
     {"etat": (None, 33.3), "conseil_departemental": (None, 33.3), "commune": (None, 33.3)}),
    # The remainder.
    ("L'État participe à hauteur de 40 % du coût du poste ; le solde est pris en charge par la commune.",
     "stable", {"etat": (None, 40), "commune": (None, 60.0)}),
    ("Le FIPD finance 60 % du poste, le reste à charge étant assumé par la communauté de communes.",
     "stable", {"etat": (None, 60), "intercommunalite": (None, 40.0)}),
    ("La commune prend en charge le reste du coût du poste, l'État versant 30 % de celui-ci.",
     "stable", {"etat": (None, 30), "commune": (None, 70.0)}),
    # A single financeur for the whole post.
    ("L'État assure la totalité du financement du poste.", "stable", {"etat": (None, 100)}),
    ("Le poste est intégralement financé par le Conseil départemental.", "stable",
     {"conseil_departemental": (None, 100)}),
    # A line wrapped in the middle of the clause.
    ("Une subvention représentant 50 % du coût du poste est versée par la\nCommune de Saint-Dié.\n"
     "L'autre moitié est versée par l'État.", "stable", {"commune": (None, 50), "etat": (None, 50.0)}),
    # Shares not written.
    ("L'État verse une subvention de 20 000 € pour l'année.", "non_precise", {"etat": (20000, None)}),
    ("Le poste est cofinancé par l'État et la Ville selon des modalités fixées chaque année.", "non_precise",
     {"etat": (None, None), "commune": (None, None)}),
])
def test_prose_shares(text: str, value: str, expected: dict) -> None:
    fin, _ = code_financing(text_doc(text))
    assert fin.value == value
    assert fin_table(fin) == expected


@pytest.mark.parametrize("text", [
    "La participation de l'État diminue de 10 points chaque année.",
    "La part de l'État baisse d'année en année au profit de celle de la commune.",
    "La subvention de l'État sera réduite de 5 000 € par an.",
    "L'État se désengage progressivement du financement du poste.",
])
def test_falling_state_share_wordings(text: str) -> None:
    assert code_financing(text_doc(text))[0].value == "degressif"


@pytest.mark.parametrize("text", [
    "La participation de l'État ne diminue pas sur la durée de la convention : elle est fixée à 50 %, "
    "la commune prenant en charge 50 %.",
    "Le montant de la participation de la commune diminue de 2 000 € en 2023, celle de l'État reste de 50 %.",
])
def test_not_falling_state_share(text: str) -> None:
    assert code_financing(text_doc(text))[0].value == "stable"


def test_rising_state_share_is_not_degressive_and_says_so() -> None:
    fin, _ = code_financing(text_doc(
        "La participation de l'État sera de 30 % en 2021, 40 % en 2022 et 50 % en 2023."))
    assert fin.value == "stable" and fin.confidence <= 0.5
    assert "à vérifier" in fin.explanation


# --------------------------------------------------------------------------- financeurs named

def test_departement_as_a_place_is_not_a_financeur() -> None:
    fin, _ = code_financing(text_doc(
        "L'intervenant intervient sur l'ensemble du département et dans les communes du département. "
        "L'État finance l'intégralité du poste."))
    assert fin_table(fin) == {"etat": (None, 100)}


def test_departement_alone_as_a_financeur() -> None:
    fin, _ = code_financing(text_doc("Le département participe au financement du poste à hauteur de 50 %, "
                                     "l'État à hauteur de 50 %."))
    assert fin_table(fin) == {"conseil_departemental": (None, 50), "etat": (None, 50)}


def test_meeting_participation_is_not_funding() -> None:
    fin, _ = code_financing(text_doc(
        "L'intervenant participe à la réunion mensuelle avec le bailleur social et la Ville. "
        "L'État finance l'intégralité du poste."))
    assert fin_table(fin) == {"etat": (None, 100)}


def test_hospital_in_a_distribution_list_is_autre() -> None:
    text = ("Le coût annuel du poste est estimé à 50 000 euros. Il est réparti comme suit :\n"
            "- État (FIPD) : 20 000 euros, soit 40 % ;\n"
            "- Centre hospitalier de Vienne : 30 000 euros, soit 60 %.")
    fin, _ = code_financing(text_doc(text))
    assert fin_table(fin) == {"etat": (20000, 40), "autre": (30000, 60)}


# --------------------------------------------------------------------------- cost and ETP

@pytest.mark.parametrize("text, montant, etp", [
    ("Le poste est estimé à 52 000 € par an.", 52000, None),
    ("Le coût du poste est évalué à 48 000 euros.", 48000, None),
    ("Le budget prévisionnel annuel du poste s'élève à 55 000 €.", 55000, None),
    ("Le coût chargé annuel de l'intervenant social est de 50 000 € pour un équivalent temps plein.", 50000, 1.0),
    ("Le coût total du poste est estimé à 52 0OO €.", 52000, None),  # OCR: letter O for zero
    ("Le coût total du poste est estimé à 5O 000 euros.", 50000, None),
    ("Le coût annuel du poste est estimé à cinquante-deux mille euros.", 52000, None),
    ("L'intervenant est recruté à 0,8 ETP ; le coût du poste est estimé à 42 000 €.", 42000, 0.8),
    ("Il s'agit d'un poste à temps complet.", None, 1.0),
    # The first ETP mention is another role's time; the post's own comes after.
    ("La coordinatrice de l'association consacre 0,2 ETP au suivi du dispositif. "
     "L'intervenant social est recruté sur un poste à temps plein.", None, 1.0),
    # Split between two places is one full-time post, not a half.
    ("L'intervenant est à temps plein. Il consacre la moitié de son temps au commissariat et l'autre "
     "moitié à la brigade.", None, 1.0),
    # A subsidy is not a cost.
    ("L'État verse une subvention de 52 000 € pour le financement du poste.", None, None),
])
def test_cost_and_etp_wordings(text: str, montant, etp) -> None:
    _, cost = code_financing(text_doc(text))
    assert cost.value == {"montant": montant, "etp": etp}


def test_amounts_in_words_are_subsidies() -> None:
    fin, _ = code_financing(text_doc(
        "Le coût du poste est estimé à cinquante mille euros. L'État verse vingt mille euros et le "
        "Conseil départemental trente mille euros."))
    assert fin_table(fin) == {"etat": (20000, 40.0), "conseil_departemental": (30000, 60.0)}

"""Financing and cost of the post from prose, DOCX table cells and PDF table lines."""

from __future__ import annotations

import pytest

from iscg_nlp.financing import RULES, code_financing, financing_checks
from iscg_nlp.segment import segment
from iscg_nlp.types import Article, Document, ExtractionReport, Structure, TextBlock


def text_doc(text: str, page: int | None = None) -> Document:
    """One block per line, as the text reader gives them."""
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line:
            blocks.append(TextBlock(pos, pos + len(line), page=page))
        pos += len(line) + 1
    return Document("t.txt", "0" * 64, text, blocks, ExtractionReport("txt"))


#: the object article of a one-post convention, before the financing article of ``code_article``
ONE_POST = "La présente convention crée un poste d'intervenant social."


def code_article(text: str, purpose: str = ONE_POST, after: str = ""):
    """Financement and cost codings of ``text`` written as the financing article (article 2) of a
    convention whose article 1 says ``purpose``; ``after``: the articles or annexes that follow it."""
    doc = text_doc("Article 1 – Objet\n" + purpose + "\nArticle 2 – Financement\n" + text + "\n" + after)
    return code_financing(doc, segment(doc))


def docx_table_doc(before: str, rows: list[list[str]], after: str = "") -> Document:
    """A DOCX-like document: a paragraph, a table (one block per cell), a paragraph."""
    parts, blocks, pos = [], [], 0

    def put(s: str, **kw: object) -> None:
        nonlocal pos
        parts.append(s)
        blocks.append(TextBlock(pos, pos + len(s), **kw))
        pos += len(s)
        parts.append("\n")
        pos += 1

    put(before, kind="paragraph", paragraph=0)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            put(cell, kind="table_cell", table=0, row=r, cell=c)
    if after:
        put(after, kind="paragraph", paragraph=1)
    return Document("t.docx", "0" * 64, "".join(parts), blocks, ExtractionReport("docx"))


def fin_table(coding) -> dict[str, tuple]:
    """Type -> (amount, share) as written: an amount computed from a share and the cost counts as None."""
    return {f["type"]: (None if f.get("montant_calcule") else f["montant"], f["part"])
            for f in coding.extra["financeurs"]}


# --------------------------------------------------------------------------- prose

# A single subsidy with no share and no cost: the shares are not written (CODEBOOK), non_precise.
@pytest.mark.parametrize("text, value, financeurs", [
    ("L'État participe à hauteur de 20 000 € par an (FIPD).", "non_precise", {"etat": (20000, None)}),
    ("Le fonds interministériel de prévention de la délinquance finance le poste à hauteur de 25 000 euros.",
     "non_precise", {"etat": (25000, None)}),
    ("Le Conseil départemental prend en charge 50 % du coût du poste.", "stable",
     {"conseil_departemental": (None, 50)}),
    ("La commune verse une subvention de 15.000 euros.", "non_precise", {"commune": (15000, None)}),
    ("La Ville de Saint-Étienne apporte une participation de 10 000 €.", "non_precise", {"commune": (10000, None)}),
    ("La communauté de communes du Pilat verse 12 000 € par an.", "non_precise", {"intercommunalite": (12000, None)}),
    ("La Métropole participe à hauteur de 30 %.", "stable", {"intercommunalite": (None, 30)}),
    ("La CAF attribue une subvention de 5 000 €.", "non_precise", {"caf": (5000, None)}),
    ("Le bailleur social contribue à hauteur de 3 000 €.", "non_precise", {"autre": (3000, None)}),
    ("L'État verse 20 000 € et le Conseil départemental 25 000 €.", "stable",
     {"etat": (20000, None), "conseil_departemental": (25000, None)}),
    ("Une subvention de 15 000 € est versée par la commune.", "non_precise", {"commune": (15000, None)}),
    ("L'État et le Département financent chacun 50 % du poste.", "stable",
     {"etat": (None, 50), "conseil_departemental": (None, 50)}),
    ("L'État prend en charge l'intégralité du coût du poste.", "stable", {"etat": (None, 100)}),
    ("La participation de l'État sera de 60 % la première année, 40 % la deuxième et 20 % la troisième.",
     "degressif", {"etat": (None, 60)}),
    ("L'État versera 30 000 € en 2021, 20 000 € en 2022 et 10 000 € en 2023.", "degressif",
     {"etat": (30000, None)}),
    ("La participation de l'État est dégressive sur la durée de la convention.", "degressif",
     {"etat": (None, None)}),
    # Nothing stated, or traps that are not shares.
    ("Le poste est financé par l'État et la commune.", "non_precise", {"etat": (None, None), "commune": (None, None)}),
    ("L'intervenant social traite 100 % des situations qui lui sont signalées.", "non_precise", {}),
    ("Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance.", "non_precise", {}),
    ("La convention couvre la période 2021-2023. Tél. : 04 77 12 34 56.", "non_precise", {}),
    ("Article 12 – Le préfet réunit le comité de pilotage.", "non_precise", {}),
])
def test_financement_prose(text: str, value: str, financeurs: dict) -> None:
    fin, _ = code_financing(text_doc(text))
    assert fin.value == value
    assert fin_table(fin) == financeurs
    if value == "non_precise":
        assert fin.explanation and "recherché" in fin.explanation
    else:
        assert fin.evidence and all(e.rule in RULES for e in fin.evidence)


def test_degressive_series_kept_per_year() -> None:
    fin, _ = code_financing(text_doc(
        "La participation de l'État sera de 60 % la première année, 40 % la deuxième et 20 % la troisième."))
    [etat] = fin.extra["financeurs"]
    assert etat["par_annee"]["parts"] == [60, 40, 20]
    assert fin.evidence[0].rule == "financement.parts_annuelles"


# --------------------------------------------------------------------------- cost

@pytest.mark.parametrize("text, montant, etp, rule", [
    ("Le coût total du poste est estimé à 52 000 €.", 52000, None, "cout_poste.cout_total"),
    ("Le coût annuel du poste pour 1 ETP est de 54 000 euros.", 54000, 1.0, "cout_poste.cout_total"),
    ("Budget prévisionnel : 54 500 € (salaire chargé, frais de fonctionnement et frais de gestion).",
     54500, None, "cout_poste.budget_previsionnel"),
    ("Le coût du poste est de 156 000 € sur trois ans.", 52000, None, "cout_poste.total_pluriannuel"),
    ("Le coût du poste à mi-temps est évalué à 26 000 €.", 26000, 0.5, "cout_poste.cout_total"),
    ("L'État prend en charge l'intégralité du coût du poste, soit 48 000 € par an.", 48000, None,
     "cout_poste.cout_total"),
    ("Le Conseil départemental prend en charge 50 % du coût du poste, estimé à 52 000 € pour un équivalent temps plein.",
     52000, 1.0, "cout_poste.cout_total"),
    # A subsidy is not a cost.
    ("L'État participe à hauteur de 20 000 € par an. Le poste est à temps plein.", None, 1.0, None),
    ("Une subvention de 40 000 € est versée par la commune.", None, None, None),
])
def test_cout_poste(text: str, montant, etp, rule) -> None:
    _, cost = code_financing(text_doc(text))
    assert cost.value == {"montant": montant, "etp": etp}
    if rule:
        assert cost.evidence[0].rule == rule
    else:
        assert "Une subvention seule n'est pas le coût du poste" in cost.explanation


def test_multi_year_total_is_reported() -> None:
    _, cost = code_financing(text_doc("Le coût du poste est de 156 000 € sur trois ans."))
    assert cost.extra["montant_total"] == 156000 and cost.extra["duree_annees"] == 3


def test_cost_amount_not_taken_as_subsidy() -> None:
    fin, cost = code_financing(text_doc(
        "Le Conseil départemental prend en charge 50 % du coût du poste, estimé à 52 000 €."))
    assert fin_table(fin) == {"conseil_departemental": (None, 50)}
    assert cost.value["montant"] == 52000


# --------------------------------------------------------------------------- tables

def test_docx_table_per_year_degressive() -> None:
    doc = docx_table_doc("Article 6 – Financement", [
        ["Financeur", "2021", "2022", "2023"],
        ["État (FIPD)", "60 %", "40 %", "20 %"],
        ["Conseil départemental", "40 %", "60 %", "80 %"],
    ])
    fin, _ = code_financing(doc)
    assert fin.value == "degressif"
    assert fin.extra["financeurs"][0]["par_annee"]["parts"] == [60, 40, 20]
    assert {e.rule for e in fin.evidence} == {"financement.tableau_annuel"}


def test_docx_table_per_year_stable_amounts_and_cost_row() -> None:
    doc = docx_table_doc("Plan de financement", [
        ["Financeurs", "2022", "2023", "2024"],
        ["État", "20 000 €", "20 000 €", "20 000 €"],
        ["Commune", "32 000 €", "32 000 €", "32 000 €"],
        ["Coût total du poste", "52 000 €", "52 000 €", "52 000 €"],
    ])
    fin, cost = code_financing(doc)
    assert fin.value == "stable"
    # Shares follow from the amounts and the cost.
    assert fin_table(fin) == {"etat": (20000, 38.5), "commune": (32000, 61.5)}
    assert cost.value["montant"] == 52000
    assert cost.evidence[0].rule == "cout_poste.tableau"


def test_docx_table_amounts_reveal_degressive_share() -> None:
    # Amounts only: the State's share of each year's total falls (60 %, 40 %, 20 %).
    doc = docx_table_doc("Financement", [
        ["", "Année 1 (2021)", "Année 2 (2022)", "Année 3 (2023)"],
        ["État", "30 000", "20 000", "10 000"],
        ["Conseil départemental", "20 000", "30 000", "40 000"],
    ])
    fin, _ = code_financing(doc)
    assert fin.value == "degressif"


def test_pdf_table_lines_per_year() -> None:
    text = ("Article 5 : Financement du poste\n"
            "Financeurs 2021 2022 2023\n"
            "Etat - FIPD 25 000 20 000 15 000\n"
            "Conseil départemental 25 000 30 000 35 000\n"
            "Total 50 000 50 000 50 000\n")
    fin, _ = code_financing(text_doc(text, page=3))
    assert fin.value == "degressif"
    assert fin_table(fin) == {"etat": (25000, None), "conseil_departemental": (25000, None)}
    assert fin.evidence[0].page == 3


def test_pdf_table_line_stable_percentages() -> None:
    text = "Répartition (%) 2021 2022 2023\nÉtat 50 50 50\nCommune 50 50 50\n"
    fin, _ = code_financing(text_doc(text))
    assert fin.value == "stable"
    assert fin_table(fin) == {"etat": (None, 50), "commune": (None, 50)}


# --------------------------------------------------------------------------- evidence location

def test_evidence_has_article_and_offsets() -> None:
    text = "Article 1 – Objet\nLa convention crée un poste.\nArticle 4 – Financement\nLa commune verse 15 000 € par an."
    a4 = text.index("Article 4")
    structure = Structure(title=None, parties=[], preamble=None, articles=[
        Article("1", "Objet", 0, a4, text.index("La convention")),
        Article("4", "Financement", a4, len(text), text.index("La commune")),
    ], annexes=[], signature=None, signatories=[], signature_dates=[])
    fin, _ = code_financing(text_doc(text, page=2), structure)
    [ev] = fin.evidence
    assert ev.article == "Article 4" and ev.page == 2
    assert text[ev.start:ev.end] == "La commune verse 15 000 € par an."


# --------------------------------------------------------------------------- checks

def codes(text: str) -> set[str]:
    fin, cost = code_financing(text_doc(text))
    return {c.code for c in financing_checks(fin, cost)}


@pytest.mark.parametrize("text, expected", [
    ("L'État participe à hauteur de 20 000 € par an.", {"subvention_inferieure_minimum", "cout_non_estime"}),
    ("Le coût total du poste est estimé à 52 000 € (salaire chargé, frais de fonctionnement, frais de gestion). "
     "L'État verse 26 000 € et le Conseil départemental 26 000 € par an.", set()),
    ("Le coût total du poste est estimé à 52 000 €. L'État verse 26 000 € et la commune 26 000 €.",
     {"cout_non_ventile"}),
    ("Le coût total du poste est estimé à 60 000 € (salaire chargé, frais de fonctionnement, frais de gestion). "
     "L'État verse 26 000 € et la commune 26 000 €.", {"montants_incoherents"}),
    ("Le coût total du poste est estimé à 52 000 € (salaire chargé, frais de fonctionnement, frais de gestion). "
     "L'État prend en charge 50 % et la commune 30 % du coût.", {"parts_incoherentes"}),
    ("Le coût total du poste est estimé à 52 000 € (salaire chargé, frais de fonctionnement, frais de gestion). "
     "La participation de l'État sera de 60 % la première année, 40 % la deuxième et 20 % la troisième.",
     {"part_etat_degressive"}),
])
def test_financing_checks(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_checks_speak_french() -> None:
    fin, cost = code_financing(text_doc("L'État participe à hauteur de 20 000 € par an."))
    [low, _] = financing_checks(fin, cost)
    assert "50\u202f000 €" in low.message and "minimum" in low.message


def test_yearly_list_in_bullets_inherits_funding_context() -> None:
    text = ("La participation de chacun des financeurs évolue selon les proportions suivantes :\n"
            "– en 2017 : État (FIPD) 60 %, soit 29 100 euros ; Conseil départemental 20 % ; "
            "commune de Dole-les-Salines 20 % ;\n"
            "– en 2018 : État (FIPD) 50 % ; Conseil départemental 25 % ; commune 25 % ;\n"
            "– en 2019 : État (FIPD) 40 % ; Conseil départemental 30 % ; commune 30 %.")
    fin, _ = code_financing(text_doc(text))
    assert fin.value == "degressif"
    parts = {f["type"]: f["par_annee"]["parts"] for f in fin.extra["financeurs"]}
    assert parts == {"etat": [60, 50, 40], "conseil_departemental": [20, 25, 30], "commune": [20, 25, 30]}


@pytest.mark.parametrize("text", [
    "L'État s'engage à une participation décroissante, le Département prenant progressivement le relais.",
    "La part de l'État est dégressive.",
])
def test_degressive_wording(text: str) -> None:
    assert code_financing(text_doc(text))[0].value == "degressif"


def test_negated_contribution_is_not_a_financeur() -> None:
    fin, _ = code_financing(text_doc(
        "Le Conseil général prend en charge l'intégralité du coût du poste. "
        "L'État n'apporte aucune contribution financière."))
    assert fin_table(fin) == {"conseil_departemental": (None, 100)}


def test_adjective_commune_is_not_a_financeur() -> None:
    fin, _ = code_financing(text_doc(
        "L'État finance le poste à hauteur de 20 000 €. Les signataires mentionnent leur participation commune."))
    assert fin_table(fin) == {"etat": (20000, None)}


def test_share_computed_from_amount_and_cost() -> None:
    fin, _ = code_financing(text_doc(
        "Le coût annuel du poste est estimé à 52 000 €. L'État verse 20 000 € par an."))
    [etat] = fin.extra["financeurs"]
    assert etat["part"] == 38.5 and etat["part_calculee"] is True

"""Round 28, after the samples yx–xa were read: two ways a State share that does not fall was read as
falling.

- a reduction pro rata of a vacancy or of the months the post is filled (« réduite au prorata de la
  durée d'occupation effective ») pays for time not worked: the share itself does not decrease;
- a first year that is a partial year (« 2024 (4 mois) ») pays a prorated amount for the same share:
  the financement stays stable and the financeur's amount is the full year's.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import code_article


def coded(text: str):
    """The financement coding of ``text`` written as the financing article of a convention."""
    return code_article(text)[0]


_SHARES = "Le poste est financé à parts égales par l'État et la commune, soit 21 000 euros chacun.\n"


@pytest.mark.parametrize("sentence", [
    "En cas de vacance du poste supérieure à trois mois, la participation de l'État est réduite au prorata "
    "de la durée d'occupation effective.",
    "La subvention de l'État est réduite proportionnellement à la durée pendant laquelle le poste est pourvu.",
    "Si le poste reste vacant plus de deux mois, la subvention de l'État est diminuée d'autant.",
    "La participation de l'État est réduite à proportion des mois effectivement travaillés, au prorata temporis.",
])
def test_prorated_reduction_is_not_degressive(sentence: str) -> None:
    fin = coded(_SHARES + sentence)
    assert fin.value == "stable"
    assert not any(e.rule == "financement.mention_degressivite" for e in fin.evidence)


@pytest.mark.parametrize("sentence", [
    "La participation de l'État est réduite de dix points chaque année.",
    "La participation de l'État diminue chaque année de 3 000 euros, la commune prenant le relais.",
])
def test_yearly_reduction_stays_degressive(sentence: str) -> None:
    assert coded(_SHARES + sentence).value == "degressif"


_PARTIAL_YEAR = (
    "Le coût annuel du poste est évalué à 50 000 euros.\n"
    "Les partenaires y contribuent chaque année dans les proportions suivantes :\n"
    "Partenaire | Part | 2025 (3 mois) | 2026 | 2027\n"
    "Commune de Vierzon | 50 % | 6 250 € | 25 000 € | 25 000 €\n"
    "État – FIPD | 30 % | 3 750 € | 15 000 € | 15 000 €\n"
    "Département du Cher | 20 % | 2 500 € | 10 000 € | 10 000 €\n"
)


def test_partial_first_year_keeps_the_share_and_the_full_amount() -> None:
    fin = coded(_PARTIAL_YEAR)
    assert fin.value == "stable"
    got = {f["type"]: (f["montant"], f["part"]) for f in fin.extra["financeurs"]}
    assert got == {"commune": (25000, 50), "etat": (15000, 30), "conseil_departemental": (10000, 20)}


def test_rounded_partial_year_is_not_a_decrease() -> None:
    # 5 500 € of 18 333 € is 30.0005 %: the rounding of whole euros, not a falling share
    fin = coded("Le coût annuel du poste est évalué à 55 000 euros.\n"
                "Partenaire | Part | 2024 (4 mois) | 2025 | 2026\n"
                "Communauté d'agglomération | 40 % | 7 333 € | 22 000 € | 22 000 €\n"
                "État – FIPD | 30 % | 5 500 € | 16 500 € | 16 500 €\n"
                "Département | 30 % | 5 500 € | 16 500 € | 16 500 €\n")
    assert fin.value == "stable"
    assert {f["type"]: f["montant"] for f in fin.extra["financeurs"]}["etat"] == 16500


def test_falling_table_stays_degressive() -> None:
    fin = coded("Le coût annuel du poste est évalué à 50 000 euros.\n"
                "Partenaire | 2025 | 2026 | 2027\n"
                "État – FIPD | 25 000 € | 20 000 € | 15 000 €\n"
                "Commune de Vierzon | 25 000 € | 30 000 € | 35 000 €\n")
    assert fin.value == "degressif"


@pytest.mark.parametrize("sentence, payer", [
    ("La subvention de 2 400 euros que la caisse d'allocations familiales verse par ailleurs à l'employeur pour "
     "ses actions d'analyse de la pratique n'entre pas dans le plan de financement ci-dessus.", set()),
    ("La caisse d'allocations familiales verse 2 400 euros, inscrits dans le plan de financement du poste.", {"caf"}),
])
def test_money_outside_the_financing_plan(sentence: str, payer: set[str]) -> None:
    fin = coded(_SHARES + sentence)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "commune"} | payer


def test_transposed_docx_cells_with_amount_and_share() -> None:
    # years in rows, financeurs in columns, each cell « 32 400 € (60 %) »: both the amount and the share
    from test_financing import docx_table_doc
    doc = docx_table_doc("Article 6 – Financement", [
        ["Année", "État (FIPD)", "Département du Nord", "Total"],
        ["2025", "32 400 € (60 %)", "21 600 € (40 %)", "54 000 €"],
        ["2026", "27 000 € (50 %)", "27 000 € (50 %)", "54 000 €"],
        ["2027", "21 600 € (40 %)", "32 400 € (60 %)", "54 000 €"],
    ])
    fin, _ = code_financing(doc, segment(doc))
    assert fin.value == "degressif"
    got = {f["type"]: (f["montant"], f["part"]) for f in fin.extra["financeurs"]}
    assert got == {"etat": (32400, 60), "conseil_departemental": (21600, 40)}

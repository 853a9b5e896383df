"""Round 12: the post's working time read from forms, tables and label/value lines.

- A form line whose label is the working time gives the post's ETP, with or without a unit:
  « Quotité : 1 ETP », « ETP : 1 », « Temps de travail | complet », « Quotité : 80 % ».
- A choice box: only the ticked choice counts (« ☒ temps plein ☐ temps partiel » is 1 ETP;
  « ☐ temps plein ☒ mi-temps » is 0.5; « [ ] temps plein [X] temps partiel » says no figure).
- A table column headed « ETP » or « Quotité »: the post's rows, not another role's.
- Not the post's time: an unticked « temps plein », a « temps plein » said of another person,
  a « 100 % » that is a share of the funding.
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

COST = "Le coût annuel du poste est estimé à 50 000 €.\n"


def etp(text: str) -> float | None:
    _, cost = code_financing(text_doc(text))
    return cost.value["etp"]


@pytest.mark.parametrize("form, expected", [
    ("Fiche du poste\nQuotité : 1 ETP\n", 1.0),
    ("Fiche du poste\nQuotité | 1 ETP\n", 1.0),
    ("Caractéristiques\nETP : 1\n", 1.0),
    ("Caractéristiques\nNombre d'ETP | 0,5\n", 0.5),
    ("Caractéristiques\nTemps de travail : complet\n", 1.0),
    ("Caractéristiques\nQuotité de travail : 80 %\n", 0.8),
    ("Caractéristiques\n- Temps de travail | 100 %\n", 1.0),
    ("Caractéristiques\nDurée hebdomadaire du travail : 35 h hebdomadaires\n", 1.0),
    ("Caractéristiques\nPoste : 1 (temps plein)\n", 1.0),
    ("Caractéristiques\nTemps de travail : ☒ temps plein ☐ temps partiel\n", 1.0),
    ("Caractéristiques\nTemps de travail : ☐ temps plein ☒ mi-temps\n", 0.5),
    ("Caractéristiques\nTemps de travail : [X] complet [ ] partiel\n", 1.0),
    ("Caractéristiques\nRégime : [ ] temps plein [x] 80 % d'un temps plein\n", 0.8),
])
def test_form_line_gives_the_post_working_time(form: str, expected: float) -> None:
    assert etp(form + COST) == expected


@pytest.mark.parametrize("table, expected", [
    ("Poste | ETP | Coût annuel\nIntervenant social | 1 | 50 000 €\n", 1.0),
    ("Fonction | Quotité\nIntervenante sociale | 0,8\nPsychologue | 0,2\n", 0.8),
    ("Fonction | ETP\nIntervenant social (commissariat) | 1\nIntervenant social (brigade) | 1\nTotal | 2\n", 2.0),
])
def test_table_column_etp(table: str, expected: float) -> None:
    assert etp(COST + table) == expected


@pytest.mark.parametrize("text", [
    # an unticked choice says nothing
    "Temps de travail : ☐ temps plein ☒ temps partiel\n",
    "Temps de travail : [ ] temps plein [X] temps partiel\n",
    # the full time of someone else
    "La coordinatrice de l'association, employée à temps plein, encadre l'intervenant.\n",
    "Temps de travail du psychologue : 0,5\n",
    "Fonction | ETP\nPsychologue | 0,5\n",
    # 100 % as a share of the funding, not a working time
    "Financeur | Montant | Part\nEtat | 50 000 € | 100 %\n",
    "Part de l'Etat : 100 %\n",
    "Total 50 000 € 100 %\n",
])
def test_not_the_post_working_time(text: str) -> None:
    assert etp(COST + text) is None


def test_post_named_before_another_role_keeps_its_time() -> None:
    text = "L'intervenant social, placé sous l'autorité du directeur, est recruté à temps plein.\n"
    assert etp(COST + text) == 1.0

"""Round 6: a single payer said without a percentage, and the post's working time in a budget table.

- One financeur bearing the whole post, in the words of the conventions: the whole of the salary
  (« l'intégralité de la rémunération et des charges afférentes », « la totalité du salaire »,
  « l'ensemble des frais de personnel »), the payer said alone (« seul financeur », « financeur
  unique », « assure seul le financement », « seul le Département finance », « à la charge exclusive
  de », « sur ses seules ressources »): one financeur at 100 %, « stable ». Negated (« n'est pas le
  seul financeur ») or bearing only travel costs, it is no such statement.
- The post's ETP written in the label of a budget table row (« Rémunération brute (assistante
  sociale, 1 ETP) | 28 900 € »), in a text line or a DOCX table; another role's row does not count.
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import docx_table_doc, text_doc


def coded(text: str) -> tuple[str, dict[str, dict], dict]:
    fin, cost = code_financing(text_doc(text))
    return fin.value, {f["type"]: f for f in fin.extra["financeurs"]}, cost.value


# --------------------------------------------------------------------------- a single payer


@pytest.mark.parametrize("sentence, payer", [
    ("Le Département prend en charge l'intégralité de la rémunération et des charges afférentes au poste, "
     "ainsi que ses frais de fonctionnement.", "conseil_departemental"),
    ("La commune prend en charge la totalité du salaire et des charges sociales de l'intervenant.", "commune"),
    ("Le Conseil départemental prend à sa charge l'ensemble des frais de personnel du poste.",
     "conseil_departemental"),
    ("L'intégralité des salaires et charges de l'intervenant est prise en charge par le Département.",
     "conseil_departemental"),
    ("Les charges salariales de l'intervenant sont supportées en totalité par la commune.", "commune"),
    ("Le Département est le seul financeur du poste.", "conseil_departemental"),
    ("Le Département assure seul le financement du poste.", "conseil_departemental"),
    ("La commune assume seule la charge financière du poste.", "commune"),
    ("Seul le Département finance le poste.", "conseil_departemental"),
    ("La rémunération de l'intervenant est à la charge exclusive du Département.", "conseil_departemental"),
    ("Le coût du poste est à la charge exclusive de la commune.", "commune"),
])
def test_one_payer_of_the_whole_post_is_stable_at_100(sentence: str, payer: str) -> None:
    value, fins, _ = coded(sentence + "\nAucune participation financière n'est demandée à l'État.")
    assert value == "stable"
    assert set(fins) == {payer}
    assert fins[payer]["part"] == 100.0


def test_the_sole_payer_of_a_stated_cost_gets_its_amount() -> None:
    value, fins, cost = coded("Le coût du poste est évalué à 45 000 euros. "
                              "Le Département, seul financeur, en assure la totalité.")
    assert value == "stable"
    assert fins["conseil_departemental"]["part"] == 100.0
    assert cost["montant"] == 45000.0


@pytest.mark.parametrize("sentence", [
    "Le Département n'est pas le seul financeur du poste.",
    "La commune prend en charge les frais de déplacement de l'intervenant.",
])
def test_no_sole_payer_when_negated_or_only_side_costs(sentence: str) -> None:
    value, fins, _ = coded(sentence)
    assert value == "non_precise"
    assert all(f["part"] != 100.0 for f in fins.values())


def test_travel_costs_in_full_leave_a_subsidy_alone() -> None:
    value, fins, _ = coded("Le Département prend en charge l'intégralité des frais de déplacement de "
                           "l'intervenant ; l'Etat verse une subvention de 20 000 euros.")
    assert value == "non_precise"
    assert "conseil_departemental" not in fins


# --------------------------------------------------------------------------- ETP in a budget table


# Table lines as the PDF reader gives them: cells joined by " | ".
BUDGET_LINES = ("Le coût du poste est évalué à 41 000 euros pour l'année.\n"
                "BUDGET PREVISIONNEL\n"
                "Depense | Montant\n"
                "{label} | 28 900 €\n"
                "Charges patronales | 12 100 €\n"
                "Total | 41 000 €\n"
                "Etat - FIPD | 20 500 €\n"
                "Departement | 20 500 €\n")


@pytest.mark.parametrize("label, etp", [
    ("Remuneration brute (assistante socio-educative, 1 ETP)", 1.0),
    ("Salaire brut de l'assistante sociale (0,8 ETP)", 0.8),
    ("Rémunération – 1 E.T.P.", 1.0),
    ("Traitement de l'intervenante (temps plein)", 1.0),
    ("Rémunération de l'intervenant à mi-temps", 0.5),
])
def test_etp_in_a_budget_row_label_is_the_posts(label: str, etp: float) -> None:
    _, fins, cost = coded(BUDGET_LINES.format(label=label))
    assert cost == {"montant": 41000.0, "etp": etp}
    assert set(fins) == {"etat", "conseil_departemental"}


def test_another_roles_etp_in_a_budget_row_is_not_the_posts() -> None:
    _, _, cost = coded(BUDGET_LINES.format(label="Psychologue (0,2 ETP)"))
    assert cost["etp"] is None


def test_etp_in_a_docx_budget_table_row() -> None:
    doc = docx_table_doc("Le coût annuel du poste est estimé à 48 000 euros.",
                         [["Dépense", "Montant"],
                          ["Salaire chargé de l'intervenante sociale (1 ETP)", "48 000 €"],
                          ["État (FIPD)", "24 000 €"],
                          ["Commune", "24 000 €"]])
    fin, cost = code_financing(doc)
    assert cost.value == {"montant": 48000.0, "etp": 1.0}
    assert {f["type"] for f in fin.extra["financeurs"]} == {"etat", "commune"}


def test_the_posts_own_sentence_beats_a_budget_row() -> None:
    text = ("L'intervenant social est recruté à mi-temps pour le poste.\n"
            + BUDGET_LINES.format(label="Remuneration (1 ETP)"))
    _, _, cost = coded(text)
    assert cost["etp"] == 0.5

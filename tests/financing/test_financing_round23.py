"""Round 23: the post's cost said through what it covers, the amount in a relative clause or apposition.

« Le Département assume la charge de la rémunération de l'intervenante sociale et des frais liés à ses
missions, dont le montant est estimé à 51 000 € par an »: the pay (or the expenses) of the post, then
« dont le montant est estimé / évalué / fixé à », « pour un montant de », « soit un total de »,
« représentant … » gives the post's cost. A subsidy, a funder's share, another role's pay, training or
a vehicle are no cost. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def coded(text: str) -> tuple[dict, dict]:
    """The financing and cost indicators of a short convention made of ``text``."""
    fin, cost = code_financing(text_doc(text + "\n"))
    return fin.extra["financeurs"], cost.value


@pytest.mark.parametrize("text, montant", [
    ("Le Département assume la charge de la rémunération de l'intervenante sociale et des frais liés à ses "
     "missions, dont le montant est estimé à 51 000 € par an.", 51000),
    ("La commune supporte la rémunération de l'intervenant social, dont le montant annuel est évalué à "
     "47 500 euros.", 47500),
    ("L'association employeur prend en charge le salaire de la travailleuse sociale, charges comprises, "
     "pour un montant de 44 000 € par an.", 44000),
    ("Les charges salariales de l'intervenante, évaluées à 46 000 euros, sont imputées au budget de "
     "l'association.", 46000),
    ("Le salaire brut chargé de l'ISCG représente 45 000 € par an.", 45000),
    ("Les frais liés au poste, rémunération et déplacements, soit un total de 53 000 €, sont pris en charge "
     "par le groupement.", 53000),
    ("La rémunération du poste d'intervenant social, dont le montant est fixé à 49 000 euros, est versée par "
     "l'employeur.", 49000),
    ("Les dépenses afférentes au poste s'élèvent à 50 000 euros par an.", 50000),
])
def test_cost_said_through_what_it_covers(text: str, montant: float) -> None:
    assert coded(text)[1]["montant"] == montant


@pytest.mark.parametrize("text", [
    # a subsidy or a share of the pay, not its amount
    "L'État verse une subvention de 15 000 € au titre de la rémunération de l'intervenante sociale.",
    "L'État participe à la rémunération de l'intervenante sociale à hauteur de 15 000 € par an.",
    "Le Département finance la rémunération de l'intervenant pour un montant de 20 000 euros.",
    "La Ville contribue au salaire de l'intervenante, pour un montant de 10 000 € par an.",
    # a subsidy between the pay and the amount
    "La commune prend en charge la rémunération de l'intervenante ; elle verse en outre une subvention de "
    "8 000 € à une autre association.",
    # another role's pay, training, a vehicle
    "La rémunération de la psychologue, dont le montant est estimé à 12 000 €, reste à la charge de l'association.",
    "Les frais de formation de l'intervenante, dont le montant est estimé à 2 000 €, sont pris en charge par l'État.",
    "La rémunération de l'intervenante est assurée par l'association ; le véhicule de service, évalué à 9 000 €, "
    "est mis à disposition par la commune.",
])
def test_no_cost_from_a_share_or_another_expense(text: str) -> None:
    assert coded(text)[1]["montant"] is None


def test_the_cost_is_not_the_payer_share() -> None:
    """The amount of the pay is the cost; the payer's own money is what remains after the State's share."""
    financeurs, cost = coded(
        "Le Département assume la charge de la rémunération de l'intervenante sociale et des frais liés à ses "
        "missions, dont le montant est estimé à 51 000 € par an.\n"
        "L'État participe à ce financement à hauteur de 15 000 € par an ; le reste à charge du Département "
        "s'établit ainsi à 36 000 € par an.")
    assert cost["montant"] == 51000
    by_type = {f["type"]: f["montant"] for f in financeurs}
    assert by_type == {"etat": 15000, "conseil_departemental": 36000}


def test_an_earlier_written_cost_wins() -> None:
    _, cost = coded("Le coût annuel du poste est estimé à 52 000 euros.\n"
                    "La rémunération de l'intervenante, dont le montant est évalué à 41 000 euros, est versée "
                    "par l'association.")
    assert cost["montant"] == 52000

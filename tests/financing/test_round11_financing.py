"""Round 11: a partner that runs the post without an amount, the budget caveat, the whole working time.

- « La Ville participe au fonctionnement du dispositif selon des modalités fixées par une convention
  distincte »: running the post is paying for it; the partner is a financeur with no amount. Not when
  it takes part in meetings or the comité, gives premises in kind, or when the clause denies it.
- « versées sous réserve du vote des crédits, au plus tard le 30 juin de chaque année »: the usual
  budget caveat is not shares left to be fixed each year; contributions « identiques pour chacune
  des trois années » are a stable financing.
- « exerce l'ensemble de ses fonctions dans les locaux de la compagnie », « l'intégralité de son temps
  de travail »: the worker's whole time given to the post is one ETP, ranked below any written figure.
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

SUBSIDY = "L'Etat attribue à l'association une subvention de 12 000 euros au titre du FIPD. "
SHARES = ("Le coût annuel du poste est évalué à 50 000 euros. L'État verse 25 000 € (50 %), "
          "le Département 15 000 € (30 %) et la commune 10 000 € (20 %). ")


def financeurs(text: str) -> dict[str, float | None]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"]: f["montant"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("sentence", [
    "La Ville d'Angoulême participe au fonctionnement du dispositif selon des modalités fixées par une convention distincte.",
    "La commune contribue au fonctionnement du poste dans des conditions précisées par ailleurs.",
    "La Ville de Cognac prend part au financement du dispositif.",
    "La commune participe également au fonctionnement de l'action, selon une convention conclue avec l'association.",
    "La Ville prendra sa part au coût du poste selon des modalités fixées par délibération.",
    "La commune de Saintes participe au financement du poste d'intervenant social.",
])
def test_partner_running_the_post_is_a_financeur_without_amount(sentence: str) -> None:
    got = financeurs(SUBSIDY + sentence)
    assert got.get("commune", "absent") is None
    assert got["etat"] == 12000


@pytest.mark.parametrize("sentence", [
    "La Ville d'Angoulême participe au comité de pilotage du dispositif.",
    "La commune participe aux réunions de suivi organisées par la préfecture.",
    "La Ville ne participe pas au fonctionnement du dispositif.",
    "La commune participe au fonctionnement du dispositif en mettant un bureau à disposition de l'intervenante.",
    "La Ville participe au fonctionnement du comité de pilotage.",
    "La commune n'apporte aucune participation au financement du poste.",
])
def test_partner_taking_part_otherwise_is_not_a_financeur(sentence: str) -> None:
    assert "commune" not in financeurs(SUBSIDY + sentence)


@pytest.mark.parametrize("sentence", [
    "Les contributions sont versées à l'association, sous réserve du vote des crédits, au plus tard le 30 juin de chaque année.",
    "Les participations sont versées sous réserve de l'annualité budgétaire, avant le 31 mai de chaque année.",
    "Les subventions sont mandatées sous réserve de la disponibilité des crédits votés chaque année.",
    "Les montants sont versés dans la limite des crédits votés chaque année par les assemblées.",
    "Les contributions, identiques pour chacune des trois années, sont versées en une fois.",
    "Les participations restent constantes sur toute la durée de la convention, sous réserve de l'inscription des crédits.",
])
def test_budget_caveat_keeps_written_shares_stable(sentence: str) -> None:
    fin, _ = code_financing(text_doc(SHARES + sentence))
    assert fin.value == "stable"


@pytest.mark.parametrize("sentence", [
    "Le montant des participations est fixé chaque année par les financeurs, sous réserve du vote des crédits.",
    "Les contributions sont arrêtées chaque année par chacun des financeurs.",
    "La répartition est revue chaque année au vu du bilan, dans la limite des crédits disponibles.",
])
def test_shares_fixed_each_year_stay_revisable(sentence: str) -> None:
    text = "Le poste est financé par l'État et le Département. " + sentence
    fin, _ = code_financing(text_doc(text))
    assert fin.value == "non_precise"


COST = "Le coût complet du poste est évalué à 48 000 €. "


def etp_of(text: str) -> float | None:
    _, cost = code_financing(text_doc(text))
    return cost.value["etp"]


@pytest.mark.parametrize("sentence", [
    "L'intervenant social exerce l'ensemble de ses fonctions dans les locaux de la compagnie de gendarmerie.",
    "L'intégralité de son temps de travail est effectuée au commissariat et à la brigade.",
    "L'intervenante sociale consacre la totalité de son temps de travail au poste.",
    "L'intervenant se consacre exclusivement à cette mission, au sein de l'hôtel de police.",
    "L'agent est entièrement affecté au poste d'intervenant social en gendarmerie.",
    "L'intervenante exerce l'ensemble de ses missions au commissariat central.",
])
def test_whole_working_time_is_one_etp(sentence: str) -> None:
    assert etp_of(COST + sentence) == 1.0


@pytest.mark.parametrize("sentence", [
    "L'intervenant social exerce l'ensemble de ses fonctions dans le respect du secret professionnel.",
    "L'intervenante partage l'intégralité de son temps de travail entre le CCAS et le commissariat.",
    "L'intervenant ne consacre pas l'intégralité de son temps de travail au poste.",
    "L'intervenante consacre la moitié de son temps au commissariat, l'autre moitié au CCAS.",
    "Le psychologue exerce l'ensemble de ses fonctions au centre hospitalier.",
    "L'intervenant exerce l'ensemble de ses fonctions au commissariat, à raison de 50 % de son temps.",
])
def test_not_a_whole_working_time(sentence: str) -> None:
    assert etp_of(COST + sentence) != 1.0


def test_written_figure_beats_whole_time() -> None:
    text = (COST + "L'intervenant social exerce l'ensemble de ses fonctions au commissariat. "
            "Le poste est occupé à mi-temps.")
    assert etp_of(text) == 0.5


@pytest.mark.parametrize("sentence", [
    "Le Département assure la charge du poste.",
    "La commune supporte la charge de cet emploi.",
])
def test_bearing_the_posts_charge_is_paying(sentence: str) -> None:
    got = financeurs(sentence + " L'État participe à son financement selon un montant fixé chaque année.")
    assert set(got) == {"etat", "conseil_departemental" if "Département" in sentence else "commune"}


def test_a_partys_overheads_in_the_cost_are_not_its_payment() -> None:
    text = ("Le coût annuel du poste est estimé à 50 000 euros, dont les frais de gestion du GIP "
            "(3 000 euros). L'État prend en charge 60 % du coût et la commune 40 %.")
    assert set(financeurs(text)) == {"etat", "commune"}

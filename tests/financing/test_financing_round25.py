"""Round 25: three ways a convention's money was misread.

- the body a grant is paid to (« une subvention versée chaque année au centre hospitalier ») or the
  territory State credits are delegated to (« au vu des crédits délégués au département ») is not a
  second payer: the one who pays « en totalité » is still the sole financeur;
- an employer speaking of its own cost, after a long list of what the post includes (« Un poste à temps
  plein, avec le salaire, les charges, les déplacements …, nous coûte 45 000 euros »), gives the cost;
- money said twice to be outside the post (« cette aide ne concerne pas le poste et n'entre pas dans ce
  budget ») is set apart once, like money said so once.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def coded(text: str) -> tuple[str, dict[str, float | None], dict]:
    fin, cost = code_financing(text_doc(text + "\n"))
    parts = {f["type"]: f["part"] for f in fin.extra["financeurs"]}
    return fin.value, parts, cost.value


@pytest.mark.parametrize("text, payer", [
    ("Le mi-temps consacré par l'agent à ses missions est financé en totalité par l'État, au titre du fonds "
     "interministériel de prévention de la délinquance, par une subvention versée chaque année au centre "
     "hospitalier.", "etat"),
    ("Le poste est financé intégralement par le Département, par une subvention versée annuellement à la "
     "commune.", "conseil_departemental"),
    ("L'emploi est pris en charge en totalité par l'État, dont la subvention est versée directement à la "
     "caisse d'allocations familiales.", "etat"),
])
def test_sole_payer_with_the_body_paid_named(text: str, payer: str) -> None:
    value, parts, _ = coded(text)
    assert value == "stable"
    assert parts == {payer: 100.0}


@pytest.mark.parametrize("text, types", [
    # both pay: neither is only the one paid
    ("Le poste est financé par l'État et par le centre hospitalier, à parts égales.", {"etat", "autre"}),
    ("Le centre hospitalier participe au financement du poste et verse chaque année sa subvention à "
     "l'association, aux côtés du Département.", {"autre", "conseil_departemental"}),
])
def test_payers_stay_payers(text: str, types: set[str]) -> None:
    _, parts, _ = coded(text)
    assert set(parts) == types


@pytest.mark.parametrize("text, amount", [
    ("Un poste à temps plein, avec le salaire, les charges, les déplacements entre Lens et Carvin, la "
     "formation et l'analyse de la pratique, nous coûte 45 000 euros pour l'année.", 45000.0),
    ("L'emploi de notre intervenante, charges sociales, frais de déplacement, supervision et formation "
     "comprises, nous coûtera 47 500 € en 2024.", 47500.0),
    ("Notre intervenant social, avec son salaire chargé et ses frais de mission, nous coûte chaque année "
     "52 000 euros.", 52000.0),
])
def test_cost_said_by_the_employer(text: str, amount: float) -> None:
    _, _, cost = coded(text)
    assert cost["montant"] == amount


@pytest.mark.parametrize("text", [
    "Chaque déplacement de la permanence nous coûte 30 euros.",
    "Le poste nous coûte beaucoup d'énergie, mais il est indispensable.",
])
def test_no_cost_without_the_post_or_the_amount(text: str) -> None:
    _, _, cost = coded(text)
    assert cost["montant"] is None


def test_money_said_twice_to_be_outside_the_post() -> None:
    text = ("Le coût du poste est de 45 000 euros, financé pour un tiers par l'État, un tiers par le "
            "Département et un tiers par la communauté d'agglomération.\n"
            "Par ailleurs, une fondation nous a accordé une aide de 3 000 euros pour former nos bénévoles ; "
            "cette aide ne concerne pas le poste et n'entre pas dans ce budget.")
    _, parts, _ = coded(text)
    assert set(parts) == {"etat", "conseil_departemental", "intercommunalite"}


"""Round 40: a valuation whose subject is a pronoun or another noun than « coût », tied to one post by
what follows the amount, is the post's cost; the same valuation of a share is not.

« Elle est évaluée, pour l'année 2012, à 44 000 euros pour un agent à temps plein » (the pronoun stands
for the charge of the post named in the sentence before); « la participation de l'État est évaluée à
15 000 euros pour un poste » is the State's share. Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article


@pytest.mark.parametrize("text, amount", [
    ("La charge du poste est répartie entre l'État et la commune. Elle est évaluée, pour l'année 2012, à "
     "44 000 euros pour un agent à temps plein.", 44000),
    ("Le cout du poste est pris en charge par l'Etat et la commune. Elle est evaluee, pour l'annee 2012, a "
     "44 000 euros pour un agent a temps plein.", 44000),
    ("La dépense correspondante est estimée à 47 300 € pour une intervenante à temps plein.", 47300),
    ("La rémunération, charges comprises, est chiffrée, à titre prévisionnel, à 41 500 euros pour un "
     "intervenant social à temps complet.", 41500),
    ("Cette dépense est valorisée à 39 800 € pour un équivalent temps plein ; la commune la finance.", 39800),
])
def test_valuation_for_one_post_is_the_cost(text, amount):
    assert code_article(text)[1].value["montant"] == amount


@pytest.mark.parametrize("text", [
    "La participation de l'État est évaluée à 15 000 euros pour un poste à temps plein.",
    "La part de la commune est estimée à 10 000 € pour un poste à temps plein.",
    "La subvention du conseil départemental est chiffrée à 12 000 euros pour un intervenant à temps plein.",
    "La contribution de la CAF, évaluée à 8 000 euros pour un agent, est versée en une fois.",
])
def test_valued_share_is_no_cost(text):
    assert code_article(text)[1].value["montant"] is None


@pytest.mark.parametrize("text, payer", [
    ("La Ville prend en charge l'intégralité de la rémunération et des frais de l'intervenant·e, sans "
     "participation financière de l'État ni d'aucun autre partenaire.", "commune"),
    ("Le Département assume la totalité du coût du poste, l'État n'apportant aucune participation.",
     "conseil_departemental"),
    ("La communauté de communes finance l'intégralité des dépenses du poste, sans aide de la CAF.",
     "intercommunalite"),
])
def test_sole_payer_beside_a_denied_funder(text, payer):
    fin, _ = code_article(text)
    assert fin.value == "stable"
    assert fin.extra["financeurs"] == [{"type": payer, "montant": None, "part": 100.0}]


def test_two_payers_of_the_whole_give_neither_the_whole():
    fin, _ = code_article("La commune et l'État prennent en charge la totalité du coût du poste.")
    assert not any(f["part"] == 100.0 for f in fin.extra["financeurs"])

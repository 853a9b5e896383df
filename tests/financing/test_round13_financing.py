"""Round 13: money said to be unrelated to the post, and funders ticked in a form.

- Money the text says is not the post's makes no financeur: « sans lien avec le présent poste »,
  « sans rapport avec la convention », « ne concerne pas le poste », « étrangère au dispositif »,
  « au titre d'une autre action », « pour d'autres actions ».
- A form's list of funders with choice boxes: a ticked funder is a financeur without amount, an
  unticked one is not (« Financeurs : ☒ État ☐ Commune ☒ CAF », « [X] Conseil départemental »,
  the label alone and one box per line below).
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

SHARES = ("Article 6 – Financement\nLe coût annuel du poste est estimé à 50 000 €. L'État participe à hauteur "
          "de 20 000 € et la commune à hauteur de 30 000 €.\n")


def financeurs(text: str) -> dict[str, dict]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"]: f for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("aside", [
    "Pour mémoire, l'association perçoit de la CAF une prestation de service de 2 000 € pour ses actions "
    "de parentalité, sans lien avec le présent poste.\n",
    "La CAF verse par ailleurs à l'association 3 000 € sans rapport avec la présente convention.\n",
    "La caisse d'allocations familiales accorde une aide de 1 800 € qui ne concerne pas le poste.\n",
    "Une subvention de 2 500 € de la CAF, étrangère au dispositif, est également perçue par la structure.\n",
    "La CAF finance l'association à hauteur de 4 000 € au titre d'une autre action.\n",
    "L'association reçoit en outre de la CAF 5 000 € pour d'autres actions de prévention.\n",
    "La CAF subventionne la structure (1 500 €) dans le cadre d'un autre dispositif.\n",
    "Une dotation de la CAF de 2 000 €, indépendante du poste, finance le lieu d'accueil parents-enfants.\n",
])
def test_money_unrelated_to_the_post_makes_no_financeur(aside: str) -> None:
    found = financeurs(SHARES + aside)
    assert set(found) == {"etat", "commune"}
    assert found["etat"]["montant"] == 20000 and found["commune"]["montant"] == 30000


@pytest.mark.parametrize("related", [
    # the same payer, the post's money: it stays a financeur
    "La CAF participe au financement du poste à hauteur de 2 000 €.\n",
    "La CAF verse 2 000 € au titre du présent poste.\n",
    # « sans lien avec une procédure » speaks of people, not of the money
    "La CAF participe au financement du poste à hauteur de 2 000 €, y compris pour les personnes sans "
    "lien avec une procédure.\n",
])
def test_money_for_the_post_still_counts(related: str) -> None:
    assert set(financeurs(SHARES + related)) == {"etat", "commune", "caf"}


COST = "Coût estimé du poste : 48 000 € (1 ETP)\n"


@pytest.mark.parametrize("form, expected", [
    ("Financeurs : ☒ État (FIPD) ☐ Commune ☒ CAF\n", {"etat", "caf"}),
    ("Financeurs : [X] Etat [X] Conseil départemental [ ] commune\n", {"etat", "conseil_departemental"}),
    ("Co-financeurs | [x] Conseil départemental [ ] Région [x] Ville de Laval\n", {"conseil_departemental", "commune"}),
    ("Financements sollicités : ☐ FIPD ☒ Département ☒ Communauté de communes\n",
     {"conseil_departemental", "intercommunalite"}),
    ("Partenaires financiers :\n☒ État – FIPD\n☐ Conseil régional\n☒ Caisse d'allocations familiales\n",
     {"etat", "caf"}),
    ("- Financeurs (cocher) : [X] CAF [ ] Département [ ] Etat\n", {"caf"}),
])
def test_ticked_funders_are_financeurs_without_amount(form: str, expected: set[str]) -> None:
    found = financeurs(COST + form)
    assert set(found) == expected
    assert all(f["montant"] is None and f["part"] is None for f in found.values())


@pytest.mark.parametrize("form", [
    # nothing ticked
    "Financeurs : ☐ État ☐ Commune ☐ CAF\n",
    "Financeurs : [ ] Etat [ ] Conseil départemental\n",
    # boxes on another question's line
    "Public : [X] victimes [X] mineurs [ ] Commune de résidence\n",
    "Comité de pilotage : ☒ oui ☐ non (État, Département, CAF)\n",
    # a funders' line without boxes is not a ticked list
    "Diffusion : [X] Préfecture [X] Conseil départemental\n",
])
def test_no_ticked_funder(form: str) -> None:
    assert financeurs(COST + form) == {}


def test_unticked_funder_in_an_article_is_left_out() -> None:
    text = ("Article 5 – Financement\nFinanceurs : ☒ État ☐ Commune\nL'État participe au financement du poste "
            "à hauteur de 25 000 €.\n")
    assert set(financeurs(COST + text)) == {"etat"}

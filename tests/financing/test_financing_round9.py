"""Round 9: financeurs named without their shares are not a written distribution.

- « financé par l'État et la commune, selon des modalités arrêtées chaque année »: the shares are
  decided each year outside the convention (not a payment schedule: « modalités de versement »).
- « une aide ponctuelle de 1 500 € destinée à la formation de l'intervenante »: money earmarked for a
  training or a purchase is not the post's funding; its payer is set apart.
- Financeurs named with no share next to one that gives an amount far below the cost: the shares of
  the others are not written, so the distribution is not precise (CODEBOOK: stable needs the shares).
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc

COST = "Le coût annuel du poste est de 45 000 euros pour un équivalent temps plein. "


def fin_of(text: str) -> tuple[str, set[str]]:
    fin, _ = code_financing(text_doc(text))
    return fin.value, {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("sentence", [
    "Le poste est financé par l'État et par la commune, selon des modalités arrêtées chaque année par chacun des financeurs.",
    "L'Etat et le Département financent le poste selon des modalites fixees annuellement par chacun d'eux.",
    "Le poste est cofinancé par la Ville et l'État (FIPD), selon des modalités déterminées chaque année.",
    "La communauté de communes et l'État prennent en charge le poste, selon des modalités revues chaque année au vu du bilan.",
    "Le Département et la commune participent au financement du poste selon des modalités décidées tous les ans.",
    "Le poste est subventionné par l'État et la Ville selon des modalités votées chaque année par leurs assemblées.",
])
def test_modalities_decided_each_year_are_not_shares(sentence: str) -> None:
    value, _ = fin_of(COST + sentence)
    assert value == "non_precise"


def test_payment_schedule_each_year_is_not_revisable() -> None:
    text = (COST + "L'État prend en charge 60 % du coût et la commune 40 %. "
            "Les modalités de versement sont fixées chaque année par chacun des financeurs.")
    value, types = fin_of(text)
    assert value == "stable"
    assert types == {"etat", "commune"}


@pytest.mark.parametrize("sentence", [
    "La Fondation Solidarité verse par ailleurs une aide ponctuelle de 1 500 € destinée à la formation de l'intervenante.",
    "Une subvention de 2 000 euros de la Région est réservée à l'achat d'un ordinateur portable.",
    "La CAF attribue une aide de 3 000 € affectée exclusivement à l'aménagement du bureau d'accueil.",
    "Le Département accorde une dotation de 1 200 € consacrée à la supervision de l'intervenant.",
    "Une enveloppe de 800 euros de la Région est destinee a l'equipement du local.",
    "La Fondation verse une somme de 2 500 € destinée à l'analyse des pratiques de l'intervenante.",
])
def test_earmarked_aid_is_not_the_posts_funding(sentence: str) -> None:
    text = COST + "L'État prend en charge 50 % du coût et la commune 50 %. " + sentence
    value, types = fin_of(text)
    assert value == "stable"
    assert types == {"etat", "commune"}


@pytest.mark.parametrize("text, expected", [
    (COST + "Le poste est financé par l'État et par la commune. La Fondation verse une aide de 1 500 €.", "non_precise"),
    (COST + "La commune et le Département financent le poste ; l'État apporte une subvention de 5 000 euros.", "non_precise"),
    # the shares written make the whole cost: named financeurs do not change it
    (COST + "L'État prend en charge 60 % du coût et la commune 40 %. Le Département soutient le dispositif.", "stable"),
    (COST + "L'État verse 27 000 € et la commune 18 000 € par an.", "stable"),
    # one financeur paying the whole cost
    ("Le poste est entièrement financé par la commune, qui en assure la totalité du coût.", "stable"),
])
def test_named_financeurs_without_shares(text: str, expected: str) -> None:
    value, _ = fin_of(text)
    assert value == expected

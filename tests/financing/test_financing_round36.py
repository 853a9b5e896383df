"""Round 36, after the blind sets wd to wg were read: funders missed or read wrongly.

- the employer's own funds (« fonds propres », « ressources propres ») after « par des », « sur les »,
  typed by their owner when a financeur is named right after (« du CCAS » is the commune's);
- the remainder as the subject of a passive or an absolute participle (« le complément étant assuré
  sur … », « le solde est financé par … ») and « prend en charge la part du coût qui n'est pas couverte
  par … » (the negation belongs to the relative clause, not to the paying);
- a subsidy denied to the post by the next sentence (« Cette aide ne constitue pas une participation au
  financement du poste »);
- « groupements de communes »: an intercommunality.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article


def payers(text: str) -> set[str]:
    """The funders read in ``text`` written as the financing article of a convention."""
    fin, _ = code_article(text)
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # own funds after « par des », « sur les »; the owner's kind after them
    ("L'emploi est financé par une subvention de l'État et par des ressources propres de la structure.",
     {"etat", "autre"}),
    ("L'État verse une subvention annuelle ; le reste du coût étant couvert sur les fonds propres de "
     "l'association gestionnaire.", {"etat", "autre"}),
    ("L'État verse une subvention annuelle, le complément étant pris en charge sur les fonds propres du CCAS "
     "de Brive.", {"etat", "commune"}),
    ("L'État apporte une subvention du fonds interministériel ; le solde est financé par la Communauté de "
     "communes.", {"etat", "intercommunalite"}),
    # the part not covered by the subsidy, paid by the employer
    ("Une subvention de l'État est attribuée chaque année. L'hôpital prend en charge la partie du coût de "
     "l'emploi qui ne serait pas couverte par cette subvention.", {"etat", "autre"}),
    # a grouping of communes
    ("Le poste est financé par l'État et par les groupements de communes du secteur.",
     {"etat", "intercommunalite"}),
])
def test_payers(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the employer refuses the uncovered part: still no payer
    ("Une subvention de l'État est attribuée chaque année. Le centre hospitalier ne prend pas en charge la "
     "part du coût qui n'est pas couverte par cette subvention.", {"etat"}),
    # « le solde » of a payment schedule names no other payer
    ("La subvention de l'État est versée en deux fois : 60 % à la signature, le solde est versé au vu du bilan.",
     {"etat"}),
    # a gendarmerie grouping is not a grouping of communes
    ("L'État finance le poste. Le groupement de gendarmerie met un bureau à disposition.", {"etat"}),
])
def test_no_extra_payer(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


@pytest.mark.parametrize("denial", [
    "Ce concours n'est pas une contribution au coût de l'emploi.",
    "Cette subvention, versée en une fois, ne constitue pas une participation au financement du poste.",
    "Cette aide ne vaut pas participation au financement du dispositif.",
])
def test_subsidy_denied_by_the_next_sentence(denial: str) -> None:
    text = ("L'État finance le poste par une subvention de 30 000 euros. La Fondation Abbé Pierre attribue une "
            "aide de 4 000 euros à l'aménagement du bureau. " + denial)
    assert payers(text) == {"etat"}


@pytest.mark.parametrize("other", [
    # the next sentence denies something else: the subsidy stays the post's
    "Cette aide ne constitue pas un engagement pour les années suivantes.",
    "Cette aide ne constitue pas une participation aux frais de locaux.",
])
def test_next_sentence_denying_something_else_keeps_the_subsidy(other: str) -> None:
    text = ("L'État finance le poste par une subvention de 30 000 euros. La CAF attribue une subvention de 5 000 "
            "euros au financement du poste. " + other)
    assert payers(text) == {"etat", "caf"}

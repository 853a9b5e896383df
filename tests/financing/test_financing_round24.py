"""Round 24: six ways a funders' list was misread.

- the payer said with a pronoun for the cost just written (« La Communauté de communes en assure la
  charge ») or with « soutenir financièrement »;
- a body of social security other than the CAF (CGSS, CPAM, CARSAT) is an « autre » financeur;
- a place travelled to (« les billets d'avion vers Maripasoula et Grand-Santi ») pays nothing;
- an acronym in brackets names the body right before it, even when a « ci-après » further on the party
  line follows the list of its member communes;
- a social landlord named after its kind (« l'Office public de l'habitat 13 Habitat ») is recognised
  when a table row names it alone;
- a grant that « ne concourt pas au financement de la présente action » is not the post's.
Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def types_of(text: str) -> set[str]:
    """The financeur types read in a short convention made of ``text``."""
    fin, _ = code_financing(text_doc(text + "\n"))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    ("Le coût annuel du poste est estimé à 45 000 euros. La communauté de communes en assure la charge.",
     {"intercommunalite"}),
    ("Le budget prévisionnel de l'emploi s'élève à 48 000 €. La commune en supporte seule la charge.",
     {"commune"}),
    ("L'État et le Département s'engagent à soutenir financièrement le poste selon des modalités fixées "
     "chaque année.", {"etat", "conseil_departemental"}),
    ("Le conseil départemental soutient financièrement l'action de l'intervenant social.",
     {"conseil_departemental"}),
    ("Le poste est cofinancé par l'État, au titre du FIPD, et par la caisse primaire d'assurance maladie.",
     {"etat", "autre"}),
    ("La Caisse générale de sécurité sociale finance le poste sur son fonds d'action sanitaire et sociale.",
     {"autre"}),
])
def test_payer_wordings_fire(text: str, expected: set[str]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # « en assure la charge de … »: a task, not the cost
    ("La commune met un bureau à disposition. Elle en assure la charge de l'entretien.", set()),
    # a place travelled to, last of a list, is not an intercommunalité paying the tickets
    ("Les billets d'avion vers Saint-Georges et Grand-Santi sont pris en charge par l'employeur.", set()),
    ("Les trajets jusqu'au Grand Bourg sont remboursés par l'association.", set()),
    # a grant set apart from the action of the convention
    ("Le poste est financé par l'État à hauteur de 20 000 €. La subvention de 2 500 euros versée par la "
     "caisse d'allocations familiales finance les ateliers parents et ne concourt pas au financement de la "
     "présente action.", {"etat"}),
    ("La Ville finance le poste. L'aide de la CAF ne contribue pas au financement de cette convention.",
     {"commune"}),
])
def test_wordings_that_name_no_other_payer(text: str, expected: set[str]) -> None:
    assert types_of(text) == expected


def test_bracketed_acronym_names_the_communaute_not_its_communes() -> None:
    text = ("Entre\nLa Communauté intercommunale du Littoral Sud (CILS), établissement public de coopération "
            "intercommunale regroupant les communes de Saint-Paul et de Trois-Bassins, représentée par son "
            "Président, ci-après « la CILS »,\n"
            "Le poste est financé par la CILS à hauteur de 30 000 € par an.")
    assert types_of(text) == {"intercommunalite"}


def test_landlord_named_after_its_kind_is_read_in_a_table_row() -> None:
    text = ("Entre\nL'Office public de l'habitat Vallée Habitat, représenté par son directeur général, "
            "ci-après désigné « le bailleur »,\n"
            "Article 9 - Financement\n"
            "Financeur | 2024 | 2025\n"
            "État (FIPD) | 20 000 € | 20 000 €\n"
            "Vallée Habitat | 5 000 € | 5 000 €\n")
    assert types_of(text) == {"etat", "autre"}


def test_landlord_kind_without_a_name_defines_nothing() -> None:
    text = ("Le principal bailleur social de la ville participe au comité de suivi.\n"
            "Le poste est financé par l'État à hauteur de 40 000 €.")
    assert types_of(text) == {"etat"}

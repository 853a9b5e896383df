"""Round 18: an intercommunality's proper name holds other financeurs' words; single collectivities.

« Communauté d'agglomération de la région nazairienne », « EPT Plaine Commune », « Communauté de
communes du Pays de X »: the words after the head noun, joined by name words only, belong to the
intercommunality's name, not to a région or a commune that pays. An acronym in brackets may close such
a long name. « Communauté intercommunale » and « EPT » (établissement public territorial) are
intercommunalities; the Collectivités de Corse, de Martinique and de Guyane hold the départements'
powers and count as the département. Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def coded(text: str) -> tuple[str, set[str]]:
    fin, _ = code_financing(text_doc("Article 9 – Financement\n" + text + "\n"))
    return fin.value, {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # a région / commune / pays word inside the interco's name
    ("La Communauté d'agglomération de la Région de Château-Thierry verse une subvention de 12 000 euros.",
     {"intercommunalite"}),
    ("L'EPT Plaine Commune participe au financement du poste à hauteur de 20 000 euros.",
     {"intercommunalite"}),
    ("L'Etablissement public territorial Est Ensemble apporte une subvention de 15 000 euros par an.",
     {"intercommunalite"}),
    ("La communaute urbaine de la Ville de Cherbourg prend en charge 30 % du cout du poste.",
     {"intercommunalite"}),
    ("La Communauté intercommunale du Nord de La Réunion verse 16 800 euros chaque année.",
     {"intercommunalite"}),
    # two financeurs joined by « et » or a comma stay two
    ("La Communauté d'agglomération et la commune de Niort versent chacune 10 000 euros.",
     {"intercommunalite", "commune"}),
    ("La Métropole verse 10 000 euros, la Région 5 000 euros.", {"intercommunalite", "autre"}),
    ("L'agglomération verse à la commune une aide ; la commune de Dax finance 40 % du poste.",
     {"commune"}),
    # the single collectivities that took over the départements' powers
    ("La Collectivité de Corse prend en charge 50 % du coût du poste, soit 24 000 euros.",
     {"conseil_departemental"}),
    ("La Collectivite territoriale de Martinique verse une subvention de 20 000 euros.",
     {"conseil_departemental"}),
    ("La CTG participe au financement à hauteur de 18 000 euros.", {"conseil_departemental"}),
])
def test_interco_names_and_single_collectivities(text: str, expected: set[str]) -> None:
    assert coded(text)[1] == expected


def test_acronym_closing_a_long_interco_name() -> None:
    text = ("Le Président de la Communauté d'agglomération de la région dieppoise et de la côte d'Albâtre "
            "(CARDCA), agissant en vertu d'une délibération ;\n"
            "| Financeur | 2025 | 2026 |\n| État (FIPD) | 20 000 € (50 %) | 20 000 € (50 %) |\n"
            "| CARDCA | 20 000 € (50 %) | 20 000 € (50 %) |\n| Total | 40 000 € | 40 000 € |")
    assert coded(text) == ("stable", {"etat", "intercommunalite"})

"""Round 24 (lead): a communauté named by its territory alone (« Communauté de l'Auxerrois ») in a
funding table or sentence; subsidies solicited from funders with the sentence broken by commas
(« sollicite chaque année, pour le financement du poste, des subventions auprès de … »).
Wordings written for these tests."""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def types_of(text: str) -> set[str]:
    fin, _ = code_financing(text_doc(text + "\n"))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    ("Article 9 – Financement\nLe coût annuel du poste est estimé à 48 000 €.\n| Financeur | Montant | Part |\n"
     "| État – FIPD | 12 000 € | 25 % |\n| Communauté de l'Auxerrois | 36 000 € | 75 % |", {"etat", "intercommunalite"}),
    ("Article 9 – Financement\nLe poste est financé par l'État (FIPD) à hauteur de 20 000 € et par la "
     "Communauté du Pays Basque à hauteur de 30 000 €.", {"etat", "intercommunalite"}),
    ("Article 9 – Financement\nL'association sollicite chaque année, pour le financement du poste, des "
     "subventions auprès de l'État, du Département de la Nièvre et de Nevers Agglomération.",
     {"etat", "conseil_departemental", "intercommunalite"}),
    ("Article 9 – Financement\nL'association sollicite chaque année, pour le financement de ce poste, des "
     "subventions auprès de l'État et du Département du Cher.", {"etat", "conseil_departemental"}),
])
def test_funders_read(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize("text", [
    # a « communauté de brigades » is a gendarmerie unit; a common noun is no proper name
    "Article 9 – Financement\nL'intervenant se rend dans chaque communauté de brigades du groupement. "
    "Le poste est financé par l'État à hauteur de 20 000 €.",
    "Article 9 – Financement\nLa communauté des partenaires se réunit une fois par an. Le poste est financé "
    "par l'État à hauteur de 20 000 €.",
])
def test_no_communaute_funder(text):
    assert "intercommunalite" not in types_of(text)

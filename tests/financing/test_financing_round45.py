"""Round 45: an avenant that substitutes the cost's amount in the convention's words (« le montant de « 52 000 euros »
est remplacé par celui de « 54 000 euros » ») sets the cost in force; a substitution of another amount does not."""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment
from iscg_nlp.types import Document, ExtractionReport, TextBlock

TOP = ("CONVENTION RELATIVE A UN POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT\n"
       "Entre l'État, représenté par le préfet, et la Ville de Metz, représentée par son maire,\n"
       "IL EST CONVENU CE QUI SUIT :\n"
       "Article 1 – Objet\nLa convention crée un poste d'intervenant social au commissariat de Metz.\n"
       "Article 2 – Financement\nLe coût annuel du poste est évalué à 52 000 euros pour un équivalent temps plein. "
       "L'État en finance 40 % et la Ville 60 %.\n"
       "Article 3 – Durée\nLa convention est conclue pour trois ans.\n"
       "Fait à Metz, le 3 mars 2021.\nLe Préfet\n"
       "AVENANT N° 1\nLes parties conviennent de ce qui suit.\n")


def _cost(text: str) -> dict:
    doc = Document(path="x.txt", sha256="", text=text, blocks=[TextBlock(0, len(text))],
                   report=ExtractionReport(format="txt"))
    _fin, cost = code_financing(doc, segment(doc))
    return cost.value


@pytest.mark.parametrize("avenant, expected", [
    ("Article 1er\nÀ l'article 2, le montant de « 52 000 euros » est remplacé par celui de « 54 000 euros ».\n"
     "Fait à Metz, le 2 février 2023.\n", 54000),
    ("Article 1er\nAu premier alinéa de l'article 2, les mots : « 52 000 euros pour un équivalent temps plein » sont "
     "remplacés par les mots : « 55 500 euros par an pour un équivalent temps plein ».\nFait à Metz, le 2 février 2023.\n", 55500),
    # another amount substituted (a share of the State, not the cost): the cost stays
    ("Article 1er\nÀ l'article 4, le montant de « 20 800 euros » est remplacé par celui de « 21 600 euros ».\n"
     "Fait à Metz, le 2 février 2023.\n", 52000),
])
def test_cost_substituted_by_an_avenant(avenant: str, expected: float) -> None:
    assert _cost(TOP + avenant)["montant"] == expected

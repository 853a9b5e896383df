"""The early check that a file is an ISCG convention at all: lenient, with the reason in French, and
blind to inclusive writing (« intervenant(e) social(e) » names the post)."""

from __future__ import annotations

import pytest

from iscg_nlp.errors import InputError
from iscg_nlp.screen import check_is_convention
from iscg_nlp.segment import segment
from iscg_nlp.types import Document, ExtractionReport, TextBlock

BODY = ("Les parties conviennent des énoncés ci-dessous, qui valent convention entre elles.\n"
        "Article 1 – Objet\nUn poste de {post} est créé à la brigade de gendarmerie de Millau.\n"
        "Article 2 – Durée\nUn an à compter du 1er avril 2021.\nFait à Rodez, le 22 mars 2021.\n")


def _doc(text: str) -> Document:
    return Document(path="x.txt", sha256="", text=text, blocks=[TextBlock(0, len(text))],
                    report=ExtractionReport(format="txt"))


@pytest.mark.parametrize("post", ["intervenant(e) social(e)", "intervenant·e social·e", "travailleur·se social·e",
                                  "intervenante sociale", "ISCG"])
def test_the_post_in_any_writing_is_a_convention(post):
    doc = _doc(BODY.format(post=post))
    check_is_convention(doc, segment(doc))  # no error


def test_a_text_with_no_social_worker_is_refused_with_its_reason():
    doc = _doc("Facture n° 2021-118\nPrestation de nettoyage des locaux de la brigade de gendarmerie.\n"
               "Montant : 1 200 euros.\n")
    with pytest.raises(InputError) as info:
        check_is_convention(doc, segment(doc))
    assert info.value.code == "pas_une_convention"
    assert "intervenant ou travailleur social" in str(info.value)

"""Documents built by hand for the segmenter tests (no reader involved)."""

from __future__ import annotations

import pytest

from iscg_nlp.types import Document, ExtractionReport, TextBlock


def make_doc(text: str, path: str = "x.txt") -> Document:
    return Document(path=path, sha256="", text=text, blocks=[TextBlock(0, len(text))],
                    report=ExtractionReport(format="txt"))


@pytest.fixture
def doc_of():
    return make_doc

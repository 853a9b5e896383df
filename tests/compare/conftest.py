"""Fixtures for the comparison tests (helpers live in compare_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.compare.model import BUNDLED_MODEL, BUNDLED_POINTS, model_from

from compare_support import _real_segment, _real_read, stand_in_document, stand_in_segment, to_records, split_model, join_model  # noqa: F401


@pytest.fixture(scope="session")
def model_text() -> str:
    return BUNDLED_MODEL.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def model(model_text, tmp_path_factory):
    doc, structure = to_records(model_text, tmp_path_factory.mktemp("model"), "convention-type.txt")
    return model_from(doc, structure, BUNDLED_POINTS, name="convention-type")

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "review"))

from review_fixtures import build_store, built, ids, store_path  # noqa: E402,F401

from iscg_nlp.web import create_app  # noqa: E402



@pytest.fixture
def app(store_path):
    return create_app(store_path)

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "review"))

from review_fixtures import build_store  # noqa: E402

from iscg_nlp.web import create_app  # noqa: E402


@pytest.fixture
def built(tmp_path):
    path = tmp_path / "relecture.sqlite"
    return path, build_store(path)


@pytest.fixture
def store_path(built):
    return built[0]


@pytest.fixture
def ids(built):
    return built[1]


@pytest.fixture
def app(store_path):
    return create_app(store_path)

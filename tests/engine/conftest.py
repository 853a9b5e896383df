from pathlib import Path

import pytest

from iscg_nlp.ruleset import load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def basic_rules():
    return load_ruleset(FIXTURES / "basic")

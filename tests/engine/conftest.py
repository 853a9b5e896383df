from pathlib import Path

import pytest

from iscg_nlp.ruleset import load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def basic_rules():
    return load_ruleset(FIXTURES / "basic")


@pytest.fixture(scope="session")
def rules_from_yaml(tmp_path_factory):
    """Load a small rule set written inline by a test module: ``rules_from_yaml("lieu_exercice.yaml", text)``."""
    def load(filename: str, text: str):
        d = tmp_path_factory.mktemp("rules")
        (d / filename).write_text(text, encoding="utf-8")
        return load_ruleset(d)
    return load

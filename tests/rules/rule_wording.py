"""One rule set and one way to code a sentence, shared by every held-out wording test.

Loading the rules once (not once per test module) keeps the wording tests fast; coding goes through
the real engine: ``match_text`` then the indicator's decision table.
"""

from __future__ import annotations

import warnings

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    """The value the engine proposes for ``indicator`` on ``text`` read as a passage of ``zone``."""
    return code_articles(indicator, text, zone=zone)


def code_articles(indicator: str, *texts: str, zone: str = "article") -> str:
    """The value for ``indicator`` when several passages (articles of one convention) are decided together."""
    findings = [f for text in texts for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value

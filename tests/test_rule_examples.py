"""Every example of every rule in rules/*.yaml runs as a test (one test id per rule and example).

A rule and its proof live together: ``examples.fire`` sentences must fire the rule with its vote,
``examples.silent`` ones must not. Each example is matched in the rule's own zone (an article if the
rule looks there, else its first zone) and, for a rule limited to some article titles, inside an
article titled with the first of ``titles_any``.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from iscg_nlp.resources import default_rules_dir
from iscg_nlp.ruleset import ZONES, load_ruleset

RULES = load_ruleset(default_rules_dir())


def _run(rule_id: str, sentence: str):
    """The findings of ``rule_id`` on ``sentence`` read where the rule looks."""
    rule = RULES.rules[rule_id]
    zone = "article" if "article" in rule.zones else next(z for z in ZONES if z in rule.zones)
    title = rule.titles_any[0] if rule.titles_any and zone in ("article", "annexe") else ""
    return [f for f in match_text(sentence, RULES, zone=zone, article_title=title) if f.rule_id == rule_id]


def _cases(kind: str):
    for rule in RULES.rules.values():
        for i, sentence in enumerate(getattr(rule.rule.examples, kind)):
            yield pytest.param(rule.id, sentence, id=f"{rule.id}-{kind}{i + 1}")


def test_real_rules_folder_loads():
    assert RULES.files, "aucun fichier d'indicateur dans rules/"
    assert RULES.avis is not None
    for rule in RULES.rules.values():
        assert rule.rule.examples.fire, f"{rule.id} : aucun exemple « fire »"


@pytest.mark.parametrize("rule_id, sentence", list(_cases("fire")))
def test_fire_example(rule_id, sentence):
    vote = RULES.rules[rule_id].rule.vote
    found = _run(rule_id, sentence)
    assert any(f.status == "fired" and f.value == vote for f in found), (
        f"{rule_id} devrait voter « {vote} » : " + "; ".join(f"{f.status} {f.value} {f.reason or ''}" for f in found))


@pytest.mark.parametrize("rule_id, sentence", list(_cases("silent")))
def test_silent_example(rule_id, sentence):
    vote = RULES.rules[rule_id].rule.vote
    found = [f for f in _run(rule_id, sentence) if f.status == "fired" and f.value == vote]
    assert not found, f"{rule_id} ne devrait pas voter « {vote} » : {found[0].cue!r}"

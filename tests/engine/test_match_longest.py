"""One longest-hit filter per rule over its token patterns and regexes together (match._keep_longest)."""

import pytest

from iscg_nlp.match import match_text

_RULES = r"""indicator: lieu_exercice
label: Lieu
decide:
  - value: oui
    when: {any: [en_unite]}
  - value: non_precise
    absence: Rien.
rules:
  - id: lieu_exercice.tokens
    vote: en_unite
    patterns: [[{NORM: exerce}, {OP: "{0,4}"}, {NORM: {IN: [au, à]}}, {NORM: {IN: [la, le]}, OP: "?"}, {NORM: {IN: [commissariat, brigade]}}]]
    explanation: Dans l'unité.
  - id: lieu_exercice.regexes
    vote: en_unite
    regex: ['\bexerce\s+(?:[\w'']+\s+){0,4}?au\s+commissariat\b', '\bau\s+commissariat\s+de\s+\w+']
    explanation: Dans l'unité.
  - id: lieu_exercice.mixed
    vote: en_unite
    patterns: [[{NORM: exerce}, {OP: "{0,4}"}, {NORM: au}, {NORM: commissariat}]]
    regex: ['\bau\s+commissariat\s+de\s+\w+\s+\w+']
    explanation: Dans l'unité.
"""


@pytest.fixture(scope="module")
def rules(rules_from_yaml):
    return rules_from_yaml("lieu_exercice.yaml", _RULES)


def _cues(text, rules, rule_id):
    return [f.cue for f in match_text(text, rules) if f.rule_id == rule_id]


def test_token_wildcards_keep_only_the_longest_reading(rules):
    text = "Il exerce ses fonctions au commissariat de Lorient."
    assert _cues(text, rules, "lieu_exercice.tokens") == ["exerce ses fonctions au commissariat"]


def test_overlapping_regex_hits_of_one_rule_keep_the_longest(rules):
    # both regexes match and overlap on « au commissariat »: one passage, the longer one
    text = "Il exerce ses fonctions au commissariat de Lorient."
    assert _cues(text, rules, "lieu_exercice.regexes") == ["exerce ses fonctions au commissariat"]


def test_token_and_regex_hits_compete_together(rules):
    # a longer regex reading (5 words) wins over a shorter token one (3 words) it overlaps
    text = "Il exerce au commissariat de Lorient centre."
    assert _cues(text, rules, "lieu_exercice.mixed") == ["au commissariat de Lorient centre"]
    # same length (5 words each): the earlier one wins, as in spaCy's greedy « LONGEST »
    text = "Il exerce ses fonctions au commissariat de Lorient centre."
    assert _cues(text, rules, "lieu_exercice.mixed") == ["exerce ses fonctions au commissariat"]


def test_hits_that_do_not_overlap_are_all_kept(rules):
    text = "Il exerce au commissariat. Elle exerce à la brigade."
    assert _cues(text, rules, "lieu_exercice.tokens") == ["exerce au commissariat", "exerce à la brigade"]

"""``context.unit``: require_any / forbid_any judged on the match's clause instead of its sentence."""

import pytest

from iscg_nlp.errors import RuleFileError
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

_RULES = """indicator: lieu_exercice
label: Lieu
decide:
  - value: oui
    when: {any: [en_unite]}
  - value: non_precise
    absence: Rien.
rules:
  - id: lieu_exercice.phrase
    vote: en_unite
    phrases: [au sein du commissariat]
    context: {forbid_any: [permanence]}
    explanation: Dans l'unité.
  - id: lieu_exercice.proposition
    vote: en_unite
    phrases: [au sein du commissariat]
    context: {forbid_any: [permanence], unit: clause}
    explanation: Dans l'unité.
  - id: lieu_exercice.exige_proposition
    vote: en_unite
    phrases: [au sein du commissariat]
    context: {require_any: [exerce], unit: clause}
    explanation: Dans l'unité.
"""


@pytest.fixture(scope="module")
def rules(rules_from_yaml):
    return rules_from_yaml("lieu_exercice.yaml", _RULES)


def _status(text, rules):
    return {f.rule_id.split(".")[1]: (f.status, f.reason) for f in match_text(text, rules)}


def test_default_is_the_sentence_so_a_neighbouring_clause_silences(rules):
    got = _status("L'intervenant exerce au sein du commissariat ; une permanence est tenue en mairie.", rules)
    assert got["phrase"][0] == "blocked"
    assert "la phrase contient « permanence »" in got["phrase"][1]


def test_clause_unit_ignores_the_neighbouring_clause(rules):
    got = _status("L'intervenant exerce au sein du commissariat ; une permanence est tenue en mairie.", rules)
    assert got["proposition"][0] == "fired"
    assert got["exige_proposition"][0] == "fired"


def test_clause_unit_still_judges_its_own_clause(rules):
    got = _status("Une permanence est tenue au sein du commissariat ; l'intervenant exerce en mairie.", rules)
    assert got["proposition"][0] == "blocked"
    assert "la proposition contient « permanence »" in got["proposition"][1]
    # « exerce » is in the sentence but not in the clause of the match
    assert got["exige_proposition"][0] == "blocked"
    assert "dans la même proposition" in got["exige_proposition"][1]


def test_unknown_unit_is_refused_at_load(tmp_path):
    (tmp_path / "lieu_exercice.yaml").write_text(_RULES.replace("unit: clause}", "unit: paragraphe}", 1),
                                                encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_ruleset(tmp_path)
    assert "context.unit" in str(err.value) and "lieu_exercice.proposition" in str(err.value)

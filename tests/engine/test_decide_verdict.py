"""Decision tables (precedence, losers and why, absence) and the avis."""

import pytest

from iscg_nlp.decide import decide, holds
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import When, load_ruleset
from iscg_nlp.types import IndicatorCoding
from iscg_nlp.verdict import verdict


def test_precedence_and_losers(basic_rules):
    text = ("L'intervenant est soumis au secret professionnel. La saisine de la CRIP est systématique. "
            "Les contacts se font sous réserve du secret partagé. Le secret partagé n'existe pas.")
    coding = decide(match_text(text, basic_rules), basic_rules)["deontologie"]
    assert coding.value == "contre_sens"
    assert [e.rule for e in coding.evidence] == ["deontologie.secret_partage"]
    assert coding.evidence[0].text == "Les contacts se font sous réserve du secret partagé."
    whys = {lf.finding.rule_id + ":" + lf.finding.status: lf.why for lf in coding.lost}
    assert "« Contre-sens » l'emporte sur « Sécurisée »" in whys["deontologie.secret_professionnel:fired"]
    assert "« Contre-sens » l'emporte sur « Ambiguïté »" in whys["deontologie.crip_systematique:fired"]
    assert whys["deontologie.secret_partage:blocked"].startswith("Règle écartée : négation")
    assert coding.confidence == pytest.approx(0.7)  # 0.9 minus 0.1 per rival signal (2)
    assert coding.explanation is None


def test_absence_gives_explanation(basic_rules):
    codings = decide(match_text("Le poste est créé pour trois ans.", basic_rules), basic_rules)
    assert codings["deontologie"].value == "non_precise"
    assert codings["deontologie"].evidence == []
    assert "secret professionnel" in codings["deontologie"].explanation
    assert codings["deontologie"].confidence == 0.6
    assert codings["comite_pilotage"].value == "non_prevu"


@pytest.mark.parametrize("when, counts, expected", [
    ({"any": ["a", "b"]}, {"b": 1}, True),
    ({"all": ["a", "b"]}, {"b": 1}, False),
    ({"all": ["a", "b"]}, {"a": 1, "b": 2}, True),
    ({"any": ["a"], "none": ["c"]}, {"a": 1, "c": 1}, False),
    ({"none": ["c"]}, {}, True),
    ({"any": ["a", "b"], "min_count": 2}, {"a": 1, "b": 1}, True),
    ({"any": ["a", "b"], "min_count": 3}, {"a": 1, "b": 1}, False),
    ({"min_count": {"a": 2}}, {"a": 1}, False),
])
def test_when(when, counts, expected):
    from collections import Counter
    assert holds(When(**when), Counter(counts)) is expected


def _codings(**values):
    return {k: IndicatorCoding(k, v, 1.0) for k, v in values.items()}


GOOD = dict(lieu_exercice="oui", public="tous_publics", qualification="precisee_conforme",
            autorites="conforme", deontologie="securisee")


@pytest.mark.parametrize("changes, avis, failed", [
    ({}, "conforme", []),
    ({"deontologie": "ambiguite"}, "conforme", []),  # only the grave deviation counts
    ({"public": "victimes_seulement"}, "conforme_avec_reserve", ["public"]),
    ({"lieu_exercice": "non_precise", "autorites": "inversee"}, "reserve", ["lieu_exercice", "autorites"]),
    ({"lieu_exercice": "partiellement"}, "conforme", []),
])
def test_verdict(changes, avis, failed):
    rs = load_ruleset()
    result = verdict(_codings(**{**GOOD, **changes}), rs)
    assert (result.value, result.criteres_non_respectes) == (avis, failed)
    assert set(result.details) == set(failed)


def test_missing_indicator_is_not_met():
    codings = _codings(**GOOD)
    del codings["qualification"]
    result = verdict(codings, load_ruleset())
    assert result.criteres_non_respectes == ["qualification"]
    assert "non codé" in result.details["qualification"]

"""A match that ends on the full stop of its sentence (a rule's regex taking the « . » in) keeps its
sentence: a negation in the next sentence does not reach back to it."""

from pathlib import Path

import pytest

from iscg_nlp.qualifiers import TextQualifiers, load_qualifier_config

QPATH = Path(__file__).resolve().parents[2] / "rules" / "qualifiers.yaml"
CONFIG = load_qualifier_config(QPATH)


def _negations(text: str, matched: str) -> list[str]:
    start = text.index(matched)
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(start, start + len(matched))
    return [q.cue for q in around if q.kind == "negation"]


@pytest.mark.parametrize("text, matched", [
    ("Présence : continue, au sein de l'unité. Pas de permanence ponctuelle.", "au sein de l'unité."),
    ("Elle exerce dans les locaux de la brigade. Aucun déplacement au domicile n'est prévu.",
     "dans les locaux de la brigade."),
    ("Le secret professionnel s'applique! Pas d'exception.", "Le secret professionnel s'applique!"),
])
def test_match_ending_on_its_stop_keeps_its_sentence(text, matched):
    assert _negations(text, matched) == []
    tq = TextQualifiers(text, CONFIG)
    start = text.index(matched)
    assert tq.sentence(start, start + len(matched)) == (0, start + len(matched))


def test_negation_inside_the_sentence_still_applies():
    text = "Elle n'exerce pas au sein de l'unité. Une permanence est tenue en mairie."
    assert _negations(text, "au sein de l'unité.") != []

"""Opening pronouns read as the actor they stand for (``pronouns`` in qualifiers.yaml), evidence verbatim."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from iscg_nlp.match import match_text
from iscg_nlp.pronouns import resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import RULES, code  # noqa: E402

TABLE = RULES.qualifiers.pronouns


def read(text: str) -> str:
    got = resolve(text, TABLE)
    return got[0] if got is not None else text


@pytest.mark.parametrize("text, expected", [
    # « il / elle »: the actor the previous sentence opens with, same gender
    ("L'association recrute l'intervenant. Elle exerce sur lui l'autorité hiérarchique.",
     "L'association recrute l'intervenant. L'association exerce sur lui l'autorité hiérarchique."),
    ("Le commandant de brigade organise ses permanences. Il n'est pas son supérieur hiérarchique.",
     "Le commandant de brigade organise ses permanences. Le commandant de brigade n'est pas son supérieur hiérarchique."),
    ("Le CCAS est l'employeur ; il assure la gestion de sa carrière.",
     "Le CCAS est l'employeur ; Le CCAS assure la gestion de sa carrière."),
    ("– la commune met un bureau à disposition.\n– Elle prend en charge le téléphone.",
     "– la commune met un bureau à disposition.\n– La commune prend en charge le téléphone."),
    # « celle-ci, ce dernier »: the last actor of that gender named before
    ("L'intervenante est recrutée par l'association. Celle-ci exerce l'autorité hiérarchique.",
     "L'intervenante est recrutée par l'association. L'association exerce l'autorité hiérarchique."),
    ("La brigade accueille les permanences et le commandant de brigade les organise. Ce dernier n'exerce "
     "aucune autorité hiérarchique.",
     "La brigade accueille les permanences et le commandant de brigade les organise. Le commandant de brigade "
     "n'exerce aucune autorité hiérarchique."),
])
def test_resolution(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # the previous sentence opens with no listed actor: « il » is the worker
    "L'intervenant social est recruté par l'association. Il est placé sous l'autorité du commandant.",
    # gender disagreement: « elle » is not the CCAS
    "Le CCAS recrute l'intervenante. Elle est titulaire du diplôme d'État d'assistant de service social.",
    # impersonal « il »
    "Le département finance le poste. Il est convenu que l'intervenant exerce au commissariat.",
    "Le commandant organise les permanences. Il appartient à l'association d'évaluer l'intervenant.",
    # a pronoun not at the start of a sentence or a clause
    "L'association recrute l'intervenante, et elle lui fournit un téléphone.",
    # two sentences away: not the previous one
    "L'association recrute l'intervenante. Le poste est créé pour trois ans. Elle exerce l'autorité hiérarchique.",
])
def test_no_resolution(text):
    assert read(text) == text


def test_evidence_stays_verbatim():
    """The finding read on « L'association exerce sur lui … » quotes the document: « Elle exerce … »."""
    text = ("L'association recrute l'intervenant. Elle exerce sur lui l'autorité hiérarchique. "
            "Le commandant de compagnie exerce l'autorité fonctionnelle.")
    fired = [f for f in match_text(text, RULES) if f.indicator == "autorites" and f.status == "fired"]
    assert any("Elle exerce sur lui" in f.text for f in fired)
    for f in fired:
        assert f.text == text[f.start:f.end]
        assert text[f.cue_start:f.cue_end] == f.cue


@pytest.mark.parametrize("text, expected", [
    ("L'association recrute l'intervenant. Elle exerce sur lui l'autorité hiérarchique. "
     "Le commandant de compagnie exerce l'autorité fonctionnelle.", "conforme"),
    ("La brigade accueille l'intervenante. Elle exerce sur elle l'autorité hiérarchique.", "inversee"),
    ("Le CCAS recrute l'intervenant. Il exerce sur lui l'autorité hiérarchique ; le commissaire de police "
     "exerce l'autorité fonctionnelle.", "conforme"),
])
def test_through_the_rules(text, expected):
    assert code("autorites", text) == expected

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


# ---- the worker's writings as antecedents (``documents`` and ``document_refs`` in qualifiers.yaml)

@pytest.mark.parametrize("text, expected", [
    ("Après l'entretien, elle renseigne une fiche de liaison. Celle-ci est adressée au commandant.",
     "Après l'entretien, elle renseigne une fiche de liaison. Une fiche de liaison est adressée au commandant."),
    ("L'intervenant rédige un compte rendu de chaque entretien. Ce document est versé à la procédure.",
     "L'intervenant rédige un compte rendu de chaque entretien. Un compte rendu est versé à la procédure."),
    ("La note sociale est rédigée par l'intervenante. Elle est remise en copie à l'enquêteur.",
     "La note sociale est rédigée par l'intervenante. La note sociale est remise en copie à l'enquêteur."),
    ("Chaque situation donne lieu à un rapport d'évaluation ; ledit document est adressé au commissaire.",
     "Chaque situation donne lieu à un rapport d'évaluation ; Un rapport d'évaluation est adressé au commissaire."),
    # the writing's general noun taken up: « Ce plan », « Ce bilan », « Cette synthèse »
    ("Pour chaque personne, elle établit un plan d'accompagnement. Ce plan est adressé au commandant.",
     "Pour chaque personne, elle établit un plan d'accompagnement. Un plan d'accompagnement est adressé au commandant."),
    ("Il rédige un bilan de situation. Ledit bilan est transmis au chef de circonscription.",
     "Il rédige un bilan de situation. Un bilan de situation est transmis au chef de circonscription."),
    # an actor named after the writing is still the last one of its gender
    ("La fiche de suivi est conservée par l'association. Celle-ci en assure l'archivage.",
     "La fiche de suivi est conservée par l'association. L'association en assure l'archivage."),
])
def test_writing_read_as_antecedent(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # an anonymous or administrative paper is no writing on a person
    "L'association transmet la fiche de poste au commandant. Ce document est annexé à la convention.",
    "Un bilan d'activité est présenté au comité. Ce document ne comporte aucune donnée nominative.",
    "Le bilan d'activité annuel est établi par l'association. Ce bilan est transmis au commandant.",
    "Le plan de formation de l'association est arrêté chaque année. Ce plan est adressé au commandant.",
    # « ce document » never stands for an actor
    "L'association recrute l'intervenant. Ce document est signé par les parties.",
    # gender disagreement
    "Il rédige un compte rendu. Celle-ci est transmise au parquet.",
])
def test_writing_not_read(text):
    assert read(text) == text


def test_finding_through_a_writing_quotes_its_antecedent():
    """The contre-sens said through « Celle-ci » quotes the sentence naming the fiche and says so."""
    text = ("À l'issue de chaque entretien, l'intervenante renseigne une fiche de liaison retraçant la situation "
            "de la personne. Celle-ci est adressée, dans tous les cas, au commandant de brigade, qui la verse "
            "au dossier de la procédure.")
    fired = [f for f in match_text(text, RULES) if f.indicator == "deontologie" and f.status == "fired"
             and f.value == "contre_sens"]
    assert fired
    for f in fired:
        assert f.text == text[f.start:f.end]
        assert f.text.startswith("À l'issue de chaque entretien")
        assert "« Celle-ci » se lit « une fiche de liaison »" in (f.reason or "")


@pytest.mark.parametrize("text, expected", [
    ("À l'issue de l'entretien, l'intervenant rédige un compte rendu. Ce document est transmis en copie à "
     "l'officier de police judiciaire chargé de l'enquête.", "contre_sens"),
    ("L'intervenante établit pour chaque personne une note de situation. Celle-ci est systématiquement "
     "communiquée en copie au chef de circonscription.", "contre_sens"),
    ("L'intervenante établit pour chaque personne une note de situation. Celle-ci reste sa propriété et "
     "n'est jamais communiquée aux services de police.", "non_precise"),
])
def test_writing_through_the_rules(text, expected):
    assert code("deontologie", text) == expected

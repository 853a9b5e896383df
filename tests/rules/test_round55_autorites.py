"""Round 55: the hierarchical authority given to a forces chief through the acts of a line manager, without
the word « hiérarchique »: the chief signs leave requests, absence forms, mission orders, expense claims
(with or without « rattaché »); « relève du / dépend du [chef], [apposition], qui … accorde ses congés »
= inversee. A written « note » filed or passed on by the brigade is not an evaluation of the worker.
Traps: the chief signs only the badge or the vehicle logbook, signs before sending to the employer, gives an
« avis », the employer grants leave, denied. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # le chef des forces signe les pièces de gestion du salarié
    ("L'intervenante est affectée au groupe d'appui aux familles. Le chef de poste établit son planning "
     "mensuel, signe ses demandes de congés et ses ordres de mission.", "inversee"),
    ("La commandante de la brigade signe ses autorisations d'absence et ses états de frais de déplacement.",
     "inversee"),
    ("L'intervenant·e est placé·e auprès de la circonscription de Vierzon. Le chef de la circonscription "
     "contresigne ses demandes d'absence et ses états de frais.", "inversee"),
    ("L'ISCG travaille au sein de l'unité de Rodez, aux côtés du commissaire de police. Celui-ci signe ses "
     "demandes de congés et ses ordres de mission.", "inversee"),
    ("Ses ordres de mission et ses états de frais sont signés par le commandant de la compagnie de Tulle.",
     "inversee"),
    # « relève du [chef], [apposition], qui … » avec les actes RH
    ("Durant son affectation, l'intervenante sociale dépend du commandant de compagnie, officier de "
     "gendarmerie en poste à Guéret, qui encadre ses journées et lui accorde ses congés annuels.", "inversee"),
    ("L'intervenant(e) relève directement de la commissaire, cheffe de la circonscription de Mâcon, laquelle "
     "fixe ses horaires et valide ses autorisations d'absence.", "inversee"),
    ("Il relève du chef de la circonscription de Dreux, qui exerce à son égard le pouvoir disciplinaire.",
     "inversee"),
])
def test_forces_chief_holds_line_manager_acts(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    # le chef ne signe que le badge, le carnet du véhicule
    "Le chef de poste signe son badge d'accès aux locaux et le carnet de bord du véhicule banalisé.",
    # le chef signe avant transmission à l'employeur, qui décide
    "Le commandant de brigade signe ses demandes de congés puis les adresse à l'association, qui les accorde.",
    # l'employeur signe les congés
    "La directrice de l'association signe ses demandes de congés et ses ordres de mission.",
    # un avis du chef
    "L'intervenante relève du commissaire, chef de circonscription, qui émet un avis sur ses demandes de congés.",
    # nié
    "Le commandant de compagnie ne signe pas ses demandes de congés ni ses ordres de mission.",
    "Il ne relève pas du chef de la circonscription, qui n'accorde pas ses congés.",
    # la relative n'organise que la présence
    "L'intervenant relève du commandant de brigade, qui organise ses permanences dans l'unité.",
])
def test_not_inverted(text):
    assert code("autorites", text) != "inversee"


@pytest.mark.parametrize("text", [
    "La note de situation rédigée par l'intervenant est transmise par le commissariat au parquet.",
    "Cette note est archivée par la brigade avec le procès-verbal de plainte.",
    "Les notes sont conservées par la compagnie dans le dossier de la victime.",
])
def test_written_note_is_not_an_evaluation(text):
    base = ("L'association exerce l'autorité hiérarchique sur l'intervenante ; le commandant de compagnie exerce "
            "l'autorité fonctionnelle. ")
    assert code("autorites", base + text) == "conforme"


def test_annual_note_by_forces_still_counts():
    assert code("autorites", "Sa note annuelle est arrêtée par le commandant de compagnie.") in ("confuse", "inversee")

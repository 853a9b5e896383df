"""Round 47 (blind errors): the place of work said by « en poste / en fonctions » or by the whole working time
with only the trips of the job reserved; a day-first schedule table with a day at an outside structure; weekly
partners' meetings elsewhere are no place of exercise; a bilan shown to the CLSPD / CISPD plenary is no
comité of the post; a draft's blank on the date of effect does not erase the written duration. Wordings
written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # « en poste / en fonctions » in the unit
    ("Recrutée par le CIAS, l'intervenante sociale est en poste à l'hôtel de police de Châtellerault, du lundi au "
     "vendredi.", "oui"),
    ("Le travailleur social, en fonction au sein de la brigade de recherches de Loudun depuis 2016, accueille les "
     "personnes orientées par les militaires.", "oui"),
    ("L'intervenant·e social·e est en poste à temps plein dans les locaux du commissariat de Poitiers.", "oui"),
    # the forces' own staff, a denial, a wish, a former holder
    ("Les gendarmes en poste à la brigade de Montmorillon orientent vers l'intervenante les personnes en "
     "difficulté.", "non_precise"),
    # (round 58: a presence in the unit denied outright says where the worker is not: « non », as the
    # blind gold of tn02 « Elle n'est pas installée dans une unité de gendarmerie » has it)
    ("L'intervenante n'est pas en poste au commissariat.", "non"),
    ("L'intervenant pourrait, à terme, être en poste à la compagnie de Civray.", "non_precise"),
    # whole time in the unit, only the trips of the job reserved
    ("Le travailleur social effectue l'intégralité de son temps de travail à la brigade de Lodève, sous réserve de "
     "ses déplacements pour accompagner les personnes dans leurs démarches.", "oui"),
    ("Elle passe la totalité de son temps au commissariat de Béziers, sous réserve des temps de formation et des "
     "visites à domicile.", "oui"),
    # a real condition still blocks
    ("Sous réserve de la mise à disposition d'un bureau, elle passe la totalité de son temps au commissariat de "
     "Béziers, sous réserve des déplacements.", "non_precise"),
])
def test_place_in_unit(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("texts, expected", [
    # day-first schedule table, one day at an outside structure
    (("Le planning hebdomadaire est le suivant :\n| Jour | Site | Modalité |\n| Lundi | Brigade de Craon | Présence |\n"
      "| Mardi | Brigade de Craon | Présence |\n| Mercredi | Compagnie de Château-Gontier | Présence |\n"
      "| Jeudi | Maison France services de Renazé | Accueil sur rendez-vous |\n",), "partiellement"),
    (("| Jour | Lieu |\n| Lundi | Commissariat de Laval | \n| Mardi | Commissariat de Laval |\n"
      "| Mercredi | Commissariat de Laval (matin) – CCAS de Laval (après-midi) |\n",), "partiellement"),
    # the same rows as extracted from a word-processor table (no leading bar)
    (("L'intervenante exerce selon le planning suivant :\nLundi | Brigade de Gorron | Présence continue\n"
      "Mardi | Brigade de Gorron | Présence continue\nJeudi | Centre social d'Ernée | Permanence (matin)\n"
      "Les modifications sont portées à la connaissance des signataires.",), "partiellement"),
    # a day-first table that only orients towards outside services stays in the unit
    (("| Jour | Lieu |\n| Lundi | Commissariat de Laval |\n| Mardi | Commissariat de Laval |\n"
      "| Vendredi | Orientation vers le CCAS de Laval |\n",), "oui"),
    # weekly partners' meetings elsewhere are no place of exercise
    (("L'intervenante exerce au sein du commissariat de Roubaix.",
      "Un après-midi par semaine, elle participe à une réunion de coordination avec les partenaires au centre social "
      "du Pile ; elle n'y reçoit pas de public."), "oui"),
    (("L'intervenant social exerce au sein de la brigade de Wattrelos.",
      "Il consacre deux demi-journées par mois aux réunions de réseau à la mairie annexe, sans recevoir de public."), "oui"),
    # a real second place of reception still splits the post
    (("L'intervenant social exerce au sein de la brigade de Wattrelos.",
      "Les deux autres jours, il reçoit les personnes au centre social de la commune."), "partiellement"),
])
def test_schedule_and_meetings(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le bilan de l'intervenant est communiqué aux membres du CLSPD et présenté en séance plénière du CLSPD.",
     "non_prevu"),
    ("Chaque année, le rapport d'activité est présenté devant le conseil intercommunal de sécurité et de "
     "prévention de la délinquance réuni en séance plénière.", "non_prevu"),
    # a real committee still counts
    ("Un comité de suivi réunit chaque année les signataires ; le bilan y est examiné puis présenté en séance "
     "plénière du CISPD.", "prevu"),
])
def test_plenary_is_no_committee(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La convention est conclue pour trois années à compter du [à compléter].", "triennale"),
    ("Elle prend effet le [à préciser] pour une durée de 36 mois.", "triennale"),
    ("La présente convention est conclue pour un an à compter du [à définir].", "annuelle"),
    # the blank is on the duration itself
    ("La présente convention est conclue pour une durée de [à compléter] ans.", "non_precisee"),
    ("La convention est conclue pour [à préciser : un an ou trois ans].", "non_precisee"),
    ("[À définir – durée à fixer par les signataires : l'État propose trois ans, la commune un an.]", "non_precisee"),
])
def test_blank_on_date_keeps_duration(text, expected):
    assert code("duree", text) == expected

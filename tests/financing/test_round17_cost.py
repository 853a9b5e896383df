"""Round 17: the cost of several posts said per post; the full time said by the working week.

« Le coût annuel de chacun des deux postes est évalué à 53 000 €, soit 106 000 € pour les deux ETP »: the
indicator pairs a cost with its ETP, so the cost kept is that of all the posts (the total the text gives,
or the unit cost times the number of posts). « Il intervient du lundi au vendredi aux heures ouvrables »
with no « temps plein » anywhere: the whole working week is a full-time post, unless the sentence gives
only part of each day, a permanence or a share of the week. Wordings written for these tests, none from
a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def cost_of(text: str) -> dict[str, float | None]:
    """The cost indicator of a short convention made of an object article and ``text``."""
    _, cost = code_financing(text_doc(text + "\n"))
    return cost.value


@pytest.mark.parametrize("text, montant, etp", [
    # the unit cost, then the total of the posts after « soit »
    ("La présente convention crée deux postes d'intervenant social à temps plein.\n"
     "Le coût annuel de chacun des deux postes est estimé à 50 000 euros, soit 100 000 euros pour les "
     "deux équivalents temps plein.", 100000, 2.0),
    ("La convention porte sur trois postes d'intervenants sociaux, chacun à temps plein.\n"
     "Le cout de chaque poste s'eleve a 48 000 €, soit 144 000 € au total.", 144000, 3.0),
    # the unit cost after the amount (« par poste »), no total written: times the posts
    ("Deux intervenantes sociales à temps plein sont recrutées.\n"
     "Le coût annuel est évalué à 52 000 euros par poste.", 104000, 2.0),
    ("La convention porte sur deux postes d'intervenant social, chacun à temps complet.\n"
     "Le coût de chacun des postes est fixé à 45 000 euros.", 90000, 2.0),
    # the total first, then the unit cost: the total stays
    ("La convention porte sur deux postes d'intervenant social, chacun à temps plein.\n"
     "Le coût des deux postes est évalué à 110 000 euros, soit 55 000 euros par poste.", 110000, 2.0),
    # a single post: « par poste » changes nothing
    ("L'intervenant social est recruté à temps plein.\n"
     "Le coût annuel est évalué à 47 000 euros par poste.", 47000, 1.0),
    # an amount after « soit » that is not the sum of the posts is not taken as their total
    ("La convention porte sur deux postes d'intervenant social, chacun à temps plein.\n"
     "Le coût de chacun des deux postes est estimé à 50 000 euros, soit 20 000 euros à la charge de l'Etat.",
     100000, 2.0),
])
def test_cost_of_each_post_is_summed(text: str, montant: float, etp: float) -> None:
    value = cost_of(text)
    assert value["montant"] == montant
    assert value["etp"] == etp


@pytest.mark.parametrize("text, etp", [
    # the whole working week of the worker, no figure anywhere: one full-time post
    ("L'intervenant social intervient à la demande des services de police du lundi au vendredi aux heures "
     "ouvrables.\nLe coût du poste est évalué à 43 000 euros.", 1.0),
    ("Elle est presente au commissariat du lundi au vendredi.\nLe cout du poste est evalue a 40 000 euros.", 1.0),
    ("L'agent exerce ses fonctions à la brigade chaque jour ouvré.\nLe coût du poste est de 41 000 euros.", 1.0),
    ("L'intervenante se tient à la disposition des unités tous les jours ouvrables, de 9 heures à 17 heures.\n"
     "Le coût du poste est évalué à 44 000 euros.", 1.0),
    # part of each day, permanences, a deadline, a share of the week: not a full time
    ("L'intervenante est présente au commissariat du lundi au vendredi, le matin.\n"
     "Le coût du poste est évalué à 25 000 euros.", None),
    ("L'intervenant tient des permanences à la brigade du lundi au vendredi.\n"
     "Le coût du poste est évalué à 30 000 euros.", None),
    ("L'intervenant est joignable du lundi au vendredi de 9 h à 12 h.\n"
     "Le coût du poste est évalué à 22 000 euros.", None),
    ("L'intervenant prend contact avec la personne dans un délai de deux jours ouvrés.\n"
     "Le coût du poste est évalué à 40 000 euros.", None),
    ("Le commissariat est ouvert au public du lundi au vendredi.\nLe coût du poste est évalué à 40 000 euros.",
     None),
    # a figure said elsewhere wins over the week
    ("L'intervenante est présente du lundi au vendredi.\nElle est recrutée à 80 % d'un temps plein.\n"
     "Le coût du poste est évalué à 38 000 euros.", 0.8),
])
def test_full_working_week_is_a_full_time(text: str, etp: float | None) -> None:
    assert cost_of(text)["etp"] == etp

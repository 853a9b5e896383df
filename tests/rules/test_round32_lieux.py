"""Round 32 held-out wordings for the place of work (lieu_exercice), through the real engine.

Families: a document sent to another place is no time spent there; an exceptional trip to the unit is
no place of work; « journées » as a share of the week spent elsewhere; a victims' house as another
place; units « désignées ci-après »; a number of days that is the whole working time of the post.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


CASES = [
    # ---- a document sent to another place, not time spent there
    ("Le compte rendu est adressé chaque vendredi au CCAS par courriel.", "non_precise"),
    ("Les fiches de liaison sont transmises tous les matins a la maison des solidarites par messagerie.", "non_precise"),
    ("L'intervenante exerce au commissariat. Sa fiche est communiquée chaque matin au CCAS par voie électronique.", "oui"),
    ("Il est installé à la brigade ; le relevé est remis le mardi à la mairie.", "oui"),
    ("Elle exerce trois jours au commissariat et deux jours au CCAS.", "partiellement"),
    # ---- an exceptional trip to the unit is no place of work
    ("A titre exceptionnel, un déplacement de l'intervenant dans les locaux de la brigade peut être organisé.", "non_precise"),
    ("Exceptionnellement, l'intervenante peut se rendre au sein du commissariat pour rencontrer une victime.", "non_precise"),
    ("Un deplacement de l'intervenant au sein de la compagnie peut etre organise si la personne ne peut venir.", "non_precise"),
    ("L'intervenant exerce au sein du commissariat central.", "oui"),
    ("Il n'est pas installé au commissariat, sauf à titre exceptionnel.", "non"),
    # ---- « journées » spent at another place
    ("L'intervenant consacre deux journées par semaine au point d'accès au droit de la commune.", "partiellement"),
    ("Elle exerce à la brigade ; trois journées par semaine sont passées au centre social.", "partiellement"),
    ("Une journee par semaine, il recoit au CCAS de la ville ; le reste du temps, il est a la brigade.", "partiellement"),
    ("Il exerce au commissariat, et deux journées par mois à la mairie annexe.", "partiellement"),
    ("Les personnes sont orientées vers le centre social dans un délai de deux journées.", "non_precise"),
    # ---- the victims' house as another place of the week
    ("mardi et jeudi au commissariat ; lundi, mercredi et vendredi à la Maison des victimes", "partiellement"),
    ("Le poste est partagé entre la brigade et la maison des victimes.", "partiellement"),
    ("Il exerce deux jours à la Maison des victimes et de l'accès au droit, le reste au commissariat.", "partiellement"),
    ("Les jeudis, elle reçoit à la maison des victimes ; les autres jours, au commissariat.", "partiellement"),
    ("L'intervenante exerce à temps plein au commissariat ; elle oriente les victimes vers la Maison des victimes.", "oui"),
    ("L'intervenant exerce dans les locaux de la Maison des victimes.", "non"),
    # ---- units designated elsewhere in the text
    ("Les intervenants exercent au sein des unités de gendarmerie désignées ci-après.", "oui"),
    ("L'intervenante exerce dans les locaux des brigades designees a l'article 2.", "oui"),
    ("Ils sont installés au sein des commissariats désignés en annexe.", "oui"),
    ("Le commandant désigne au sein de la compagnie un correspondant de l'intervenant.", "non_precise"),
    ("Un référent désigné au sein du commissariat suit l'action de l'intervenant.", "non_precise"),
    ("L'intervenant n'exerce pas au sein des unités désignées ci-dessous.", "non"),
    # ---- a number of days that is the whole working time
    ("Elle exerce au commissariat sur la totalité de son temps de travail, soit trois jours par semaine.", "oui"),
    ("Il est présent à la brigade quatre jours par semaine, soit l'intégralité de son temps.", "oui"),
    ("L'intervenante, à temps plein, est presente cinq jours par semaine au commissariat.", "oui"),
    ("Il exerce trois jours par semaine au commissariat ; les autres jours, il reçoit au CCAS.", "partiellement"),
    ("Elle est présente au commissariat deux jours par semaine, les autres jours à la mairie.", "partiellement"),
    ("Il travaille quatre jours par semaine, sur tout son temps, dans les locaux de la compagnie.", "oui"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_lieu_exercice_round32(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected

"""Round 27 wordings for the place of work, through the real engine.

Two drafting families met in the blind sets yt to yw, each written here as other secretariats could write it:
- the whole working time spent in « the host services » (« services d'accueil », the model convention's name for
  the police and gendarmerie units that host the worker), often before a weekly list of commissariat and
  brigades: the worker is in the units (« oui »), even when the sentence names no unit;
- named days at the commissariat and the other days at the département's local social-action office (EDAS,
  « espace départemental d'actions sociales »): a split of the week (« partiellement »).
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


WHOLE_TIME_IN_HOST_SERVICES = [
    ("L'intervenante accomplit la totalité de son temps de travail au sein des services d'accueil, selon le "
     "planning ci-après.", "oui"),
    ("La totalite de son temps de travail se passe dans les locaux des services d'accueil.", "oui"),
    ("Les services d'accueil reçoivent l'intervenant social sur l'ensemble de son temps de travail.", "oui"),
    ("Il est présent, sur l'intégralité de son temps de travail, dans les deux services d'accueil que sont le "
     "commissariat et la brigade.", "oui"),
    ("Son activité s'exerce à temps plein dans les unités d'accueil, suivant une répartition arrêtée chaque année.",
     "oui"),
    ("Tout son temps est partagé entre les services d'accueil : lundi et mardi à la brigade, le reste de la semaine "
     "au commissariat.", "oui"),
    # the opposite meanings stay silent
    ("L'intervenant n'exerce pas l'ensemble de son temps dans les services d'accueil.", "non_precise"),
    ("Elle consacre tout son temps au service d'accueil de jour de l'association.", "non_precise"),
    ("Si possible, l'intervenant passera la totalité de son temps dans les services d'accueil.", "non_precise"),
    ("Il exerce à temps plein à l'unité d'accueil pédiatrique du centre hospitalier.", "non"),
    ("Le comité se réunit dans les services d'accueil pour examiner l'ensemble du temps de travail.", "non_precise"),
]


@pytest.mark.parametrize("text,expected", WHOLE_TIME_IN_HOST_SERVICES)
def test_whole_time_in_host_services(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


DAYS_IN_UNIT_AND_AT_EDAS = [
    ("L'intervenante est présente au commissariat le lundi et le mardi. Les autres jours, elle exerce à l'EDAS de "
     "la commune.", "partiellement"),
    ("Il exerce au commissariat trois jours par semaine. Le jeudi et le vendredi, il reçoit les personnes à l'espace "
     "départemental d'actions sociales.", "partiellement"),
    ("Elle travaille à la brigade les mardis et jeudis ; les lundis, mercredis et vendredis, elle est installée à "
     "l'Espace départemental d'action sociale de Nanterre.", "partiellement"),
    ("L'agent est présent au commissariat les lundi, mardi et jeudi. Le mercredi et le vendredi, son bureau est à "
     "l'EDAS.", "partiellement"),
    ("Trois jours par semaine, il est installé au commissariat ; il exerce le reste du temps à l'espace "
     "departemental d'actions sociales.", "partiellement"),
    ("Deux jours par semaine au commissariat, trois jours à l'EDAS : telle est la répartition hebdomadaire de son "
     "temps.", "partiellement"),
    # orienting people to the EDAS is no place of work
    ("L'agent est présent au commissariat les lundi, mardi et jeudi. Il oriente les personnes vers l'EDAS de leur "
     "lieu de résidence.", "oui"),
    ("L'intervenant n'exerce pas à l'EDAS : il est présent au commissariat les lundi et mardi.", "oui"),
]


@pytest.mark.parametrize("text,expected", DAYS_IN_UNIT_AND_AT_EDAS)
def test_days_in_unit_and_at_edas(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected

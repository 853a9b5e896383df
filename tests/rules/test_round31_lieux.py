"""Round 31 held-out wordings for the place of work and the material means, through the real engine.

Three families read from the blind sets xj-xm (never copied from them):
- a range of weekdays (« du lundi au jeudi ») spent at another place is that post's working week there, not a split
  with the unit; named days in a list still split it;
- one sentence listing each day with its place, the verb first (« il exerce du lundi au mercredi au commissariat,
  le jeudi à la brigade et le vendredi au centre social »): a day at a place outside any unit splits the post;
- the means « mobilisés / apportés / pris en charge » under a condition (« dans la mesure du possible ») are
  promised, not given: ambiguous.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


RANGE_ELSEWHERE = [
    # never a split; a lone non-unit place with no unit named anywhere is not yet read as « exterieur » (reported gap)
    ("L'intervenante reçoit le public au centre social de la Moustey, du mardi au vendredi.","non_precise"),
    ("Du lundi au jeudi, l'intervenant exerce dans les locaux de l'association, à Dax.", "non"),
    ("Il tient ses entretiens a la maison des solidarites du lundi jusqu'au jeudi.","non_precise"),
    ("Elle accueille les familles au CCAS de Tarnos, du lundi au mercredi.","non_precise"),
    ("L'intervenante sociale est présente dans les locaux de l'association du mardi au jeudi ; "
     "elle peut se rendre à la brigade à la demande des militaires.", "non"),
    # named days (no range) at another place still split a post that is also in the unit
    ("L'intervenant exerce au commissariat les lundi, mardi et mercredi. "
     "Les jeudis et vendredis, il reçoit au centre communal d'action sociale.", "partiellement"),
    ("Elle reçoit au centre communal d'action sociale le mardi et le vendredi ; "
     "les autres jours, elle est présente au sein du commissariat.", "partiellement"),
    # a whole week in the unit is no split
    ("L'intervenant exerce au sein du commissariat, du lundi au vendredi.", "oui"),
]

DAY_LIST_ONE_SENTENCE = [
    ("L'intervenante exerce du lundi au mercredi au commissariat de Pau, le jeudi à la brigade de Nay "
     "et le vendredi à la maison des solidarités départementales.", "partiellement"),
    ("Il est présent le lundi et le mardi au commissariat, puis le jeudi au centre social du quartier.", "partiellement"),
    ("L'intervenant social travaille du mardi au jeudi au sein de la brigade de Mont-de-Marsan, "
     "et le vendredi dans les locaux de l'association.", "partiellement"),
    ("Elle intervient le lundi a la brigade d'Orthez, le mardi au commissariat, et le mercredi au pole solidarite de la commune.",
     "partiellement"),
    ("L'intervenant exerce les lundis et mardis à la compagnie de gendarmerie, les mercredis au centre médico-social de Lescar.",
     "partiellement"),
    ("L'intervenante est présente du lundi au mercredi au commissariat, le jeudi au CCAS et le vendredi à la brigade.",
     "partiellement"),
    # every day item in a unit: no split
    ("L'intervenant exerce le lundi au commissariat, le mardi à la brigade de Tartas et le vendredi à la brigade de Mugron.", "oui"),
    ("Il intervient au commissariat le lundi, le mardi et le mercredi, et le jeudi dans les locaux de la brigade.", "oui"),
    # a denied other place
    ("L'intervenante exerce du lundi au jeudi au commissariat, et non le vendredi au centre social.", "oui"),
]

MEANS_MOBILISED_UNDER_CONDITION = [
    ("Un bureau, un téléphone et un ordinateur seront mobilisés par les partenaires dans la mesure du possible.", "ambiguite"),
    ("Dans la mesure de leurs possibilités, les signataires apporteront à l'intervenante un bureau et un poste informatique.",
     "ambiguite"),
    ("Les moyens matériels (bureau, ligne téléphonique) sont pris en charge par la commune dans la mesure du possible.",
     "ambiguite"),
    ("Les moyens necessaires (bureau, telephone, frais de deplacement) seront mobilises selon les disponibilites des partenaires.",
     "ambiguite"),
    ("Un local d'entretien sera dédié à l'intervenant, si les locaux le permettent.", "ambiguite"),
    ("La brigade s'efforcera de réunir un bureau et le matériel nécessaire à l'intervenante.", "ambiguite"),
    # no condition: the means are given
    ("La commune met à la disposition de l'intervenante un bureau, un téléphone portable et un ordinateur.", "inscrits"),
    # a condition on another act, no means given
    ("L'intervenante mobilise, dans la mesure du possible, les dispositifs de droit commun.", "non_precise"),
]


@pytest.mark.parametrize("text,expected", RANGE_ELSEWHERE)
def test_range_of_days_elsewhere(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", DAY_LIST_ONE_SENTENCE)
def test_day_list_in_one_sentence(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", MEANS_MOBILISED_UNDER_CONDITION)
def test_means_mobilised_under_condition(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected

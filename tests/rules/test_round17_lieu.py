"""Round 17, lieu_exercice and locaux_moyens: wordings of five drafting families, through the real engine.

Families (none copied from a sample's sentence):
1. a whole-time presence in one or several units whose weekly split is fixed BY the comité de pilotage:
   the comité is the author of the schedule, not a meeting held in the unit;
2. the unit named as the complement of an activity that is reported (« rend compte de son activité au sein
   des unités », « le bilan de ses interventions à la brigade »): an account, not a place of work;
3. a weekly schedule enumerated with one verb (« présent au commissariat le lundi, à la brigade le mardi,
   et au CCAS le vendredi »): the other place's day, without its own verb, still splits the week;
4. an office in the unit denied (« elle ne dispose pas de bureau dans les unités ») while the worker
   receives elsewhere on set days: exercised from outside, not a split;
5. means promised as a best effort (« s'efforceront, dans la mesure des locaux disponibles, de réserver
   un bureau »): conditional, hence ambiguous.
"""

from __future__ import annotations

import pytest

from rule_wording import code_articles

# ---- 1. the comité fixes the split between units: still « oui »
COMITE_AUTHOR = [
    ("L'intervenante exerce l'intégralité de son temps de travail dans les brigades de Redon et de Guichen, selon un planning validé par le comité de pilotage.", "oui"),
    ("Selon une répartition fixée par le comité de suivi, il est présent à temps plein dans les deux commissariats.", "oui"),
    ("Elle travaille à temps complet à la compagnie de gendarmerie, selon des horaires arretes par le comite de pilotage.", "oui"),
    ("L'intervenant social consacre la totalité de son temps aux commissariats de Lens et de Liévin, la répartition étant décidée par le comité.", "oui"),
    ("Sur l'ensemble de son temps de travail, l'ISCG est présent au sein des brigades du secteur ; les jours de présence sont proposés par le comité de pilotage.", "oui"),
    ("L'INTERVENANT EXERCE A TEMPS PLEIN AU COMMISSARIAT CENTRAL, SELON UN PLANNING SOUMIS AU COMITE DE SUIVI.", "oui"),
    # the comité itself meeting in the unit is not the worker's place
    ("Le comité de pilotage se réunit au commissariat pendant l'ensemble du temps de la réunion annuelle.", "non_precise"),
    ("L'intervenant n'exerce pas à temps plein au commissariat, selon la répartition arrêtée par le comité.", "non"),
]

# ---- 2. the unit as the complement of a reported activity: not a place of work
REPORTED_ACTIVITY = [
    ("Il rend compte au commandant de compagnie de son activité au sein des unités.", "non_precise"),
    ("L'intervenante rendra compte chaque trimestre de ses interventions au sein du commissariat.", "non_precise"),
    ("Un compte rendu de son action au sein des brigades est adressé au comité de pilotage.", "non_precise"),
    ("Le rapport d'activité décrit le travail de l'intervenant au sein de la circonscription de sécurité publique.", "non_precise"),
    ("Le bilan de son activité au sein des unites de gendarmerie est presente chaque annee.", "non_precise"),
    # permanences plus a reported activity: the permanences decide
    (("L'intervenante assure des permanences dans les brigades deux jours par semaine.",
      "Elle rend compte à l'officier adjoint de son activité au sein des unités."), "partiellement"),
    # a real placement elsewhere in the text still counts
    (("L'intervenant exerce au sein du commissariat de Brest.",
      "Il rend compte au chef de circonscription de son activité au sein du commissariat."), "oui"),
]

# ---- 3. an enumerated weekly schedule: the other place's day splits the week
LISTED_SCHEDULE = [
    ("Le travailleur social est présent à la brigade de Lesparre les mardis et jeudis, à la compagnie le mercredi, et au CCAS de Pauillac le vendredi.", "partiellement"),
    ("L'intervenante exerce au commissariat du lundi au mercredi, puis à la maison de la justice et du droit le jeudi.", "partiellement"),
    ("Elle reçoit à l'hôtel de police le lundi et le mardi, ainsi qu'à la mairie de Sevran le mercredi matin.", "partiellement"),
    ("Il est accueilli au commissariat de Dax trois jours, et au centre social les mercredis et vendredis.", "partiellement"),
    ("L'intervenant est présent au commissariat les lundis, à la brigade les mardis, et enfin au centre médico-social du canton le jeudi.", "partiellement"),
    ("L'intervenante travaille a la brigade de Ribérac le lundi, a la compagnie le mardi, et a la maison departementale des solidarites le vendredi.", "partiellement"),
    # the other place is only where people are sent, or an exception
    ("L'intervenant est présent au commissariat les lundis et mardis, et oriente vers le CCAS ouvert le vendredi.", "oui"),
    ("Il est présent au commissariat les lundis et mardis, et jamais au CCAS le vendredi.", "oui"),
]

# ---- 4. no office in the units, people received elsewhere on set days: from outside
NO_OFFICE_IN_UNIT = [
    ("L'intervenante reçoit au CCAS deux demi-journées par semaine. Elle ne dispose d'aucun bureau dans les brigades.", "non"),
    ("Elle accueille les personnes à la maison des solidarités trois jours par semaine ; elle n'a pas de bureau au commissariat.", "non"),
    ("Aucun bureau ne lui est attribué au sein de la brigade. Les entretiens ont lieu au CCAS le mardi et le jeudi.", "non"),
    ("Il exerce depuis les locaux de l'association, sans bureau dans les unités de gendarmerie.", "non"),
    ("L'intervenant ne beneficie pas d'un bureau au commissariat ; il reçoit les personnes à la mairie deux jours par semaine.", "non"),
    ("Il n'y a pas de local réservé à l'intervenante dans les locaux de la brigade ; elle reçoit à la MDS un jour par semaine.", "non"),
    # the office in the unit affirmed, or denied but replaced by permanences there
    ("L'intervenante dispose d'un bureau fermant à clé dans les locaux de la brigade.", "oui"),
    ("Elle n'a pas de bureau attitré à la brigade ; elle tient des permanences à la brigade deux matinées par semaine.", "partiellement"),
    ("L'intervenant exerce au sein du commissariat. Il ne dispose pas de bureau dans les autres commissariats du département.", "oui"),
    ("L'article 6 de la convention initiale, relatif au bureau mis à disposition au commissariat, n'est pas reconduit.", "non_precise"),
]

# ---- 5. means promised as a best effort: ambiguous
BEST_EFFORT_MEANS = [
    ("La brigade s'efforcera de mettre un bureau à la disposition de l'intervenante.", "ambiguite"),
    ("Les services de police s'efforcent, selon les locaux disponibles, de réserver une pièce aux entretiens.", "ambiguite"),
    ("Le groupement fera son possible pour fournir un poste informatique à l'intervenant.", "ambiguite"),
    ("Un bureau sera attribue a l'intervenant en fonction des locaux disponibles au commissariat.", "ambiguite"),
    ("Autant que faire se peut, un local confidentiel sera réservé à l'intervenante dans chaque brigade.", "ambiguite"),
    ("Les commissariats tâcheront de dégager un espace de travail pour l'intervenant social.", "ambiguite"),
    ("Sous réserve de locaux disponibles, la DDSP met un bureau à la disposition de l'intervenante.", "ambiguite"),
    # a firm commitment, and an effort that is about something else
    ("Le commissariat met à la disposition de l'intervenant un bureau individuel fermant à clé.", "inscrits"),
    ("L'intervenant s'efforce de recontacter chaque personne sous huit jours. La commune lui fournit un téléphone portable.", "inscrits"),
]


def _texts(item: str | tuple[str, ...]) -> tuple[str, ...]:
    return item if isinstance(item, tuple) else (item,)


@pytest.mark.parametrize(
    "texts,expected", [pytest.param(*i) for i in COMITE_AUTHOR + REPORTED_ACTIVITY + LISTED_SCHEDULE + NO_OFFICE_IN_UNIT]
)
def test_round17_lieu_wordings(texts: str | tuple[str, ...], expected: str) -> None:
    assert code_articles("lieu_exercice", *_texts(texts)) == expected, texts


@pytest.mark.parametrize("texts,expected", [pytest.param(*i) for i in BEST_EFFORT_MEANS])
def test_round17_locaux_wordings(texts: str | tuple[str, ...], expected: str) -> None:
    assert code_articles("locaux_moyens", *_texts(texts)) == expected, texts

"""Round 12, lieu_exercice: wordings other conventions could use, through the real engine.

Three phenomena, none written from a sample's sentence:
- a hedge that carves an exception out of the presence in the unit (« sauf les déplacements et les
  temps de formation », « hormis les sessions de formation ») is another clause: it does not undo the
  placement, whose exclusions (formation, réunion…) are judged on the placement's own clause;
- a half-time POST (« affecté à mi-temps à la mission … l'autre moitié restant consacrée au service
  social de secteur ») splits the worker's time between two jobs, not the post between two places;
- a number of days a week in the unit (« au sein de la brigade trois jours par semaine ») is a split
  when the text places the worker elsewhere for the rest (the employer's premises…), and a presence in
  the unit when nothing else is said.
"""

from __future__ import annotations

import pytest

from rule_wording import code_articles

KEY = "lieu_exercice"


def code(*texts: str) -> str:
    """Value of lieu_exercice for article texts decided together (one convention)."""
    return code_articles(KEY, *texts)


# ---- 1. an exception after « sauf / hormis » does not undo the placement
HEDGED_PLACEMENT = [
    ("L'intervenante exerce au sein même du commissariat, sauf pendant ses journées de formation.", "oui"),
    ("Il est installé dans les locaux de la brigade de Pau, hormis les temps de formation et de réunion d'équipe.", "oui"),
    ("Le travailleur social est present au sein du commissariat de facon permanente, sauf les stages de formation organises par l'employeur.", "oui"),
    ("L'intervenant exerce dans les locaux de la compagnie de gendarmerie, sauf formation ou congés.", "oui"),
    ("Elle exerce l'ensemble de son temps de travail a l'hotel de police, hormis les reunions du reseau partenarial.", "oui"),
    ("Son bureau se trouve au commissariat ; elle participe toutefois aux formations de l'association.", "oui"),
    # the training or the meeting itself held in the unit is still no placement
    ("Une formation des gendarmes est organisée au sein de la brigade.", "non_precise"),
    ("Le comité de suivi se réunit dans les locaux du commissariat.", "non_precise"),
    # a denied placement stays denied, hedge or not
    ("L'intervenant n'est pas installé au sein du commissariat, sauf lors des formations communes.", "non"),
]

# ---- 2. a half-time post is no split of place
HALF_TIME_POST = [
    ("L'assistante sociale est affectée à mi-temps à la mission définie par la présente convention ; "
     "l'autre moitié de son temps reste consacrée à la polyvalence de secteur.", "non_precise"),
    ("Le travailleur social consacre la moitié de son temps à cette mission, l'autre moitié étant consacrée "
     "au service social départemental.", "non_precise"),
    ("Affecte a mi-temps a la mission, l'agent conserve l'autre mi-temps au centre medico-social du secteur.", "non_precise"),
    ("L'intervenant exerce sa mission depuis les locaux de la maison du département. Il est affecté à mi-temps "
     "à la mission décrite à l'article 2, le reste de son temps restant consacré au service social de secteur.", "non"),
    ("Elle est mise à disposition pour 50 % de son temps pour la présente mission, le reste de son temps "
     "au centre communal d'action sociale.", "non_precise"),
    ("La moitié de son temps est affectée aux missions définies ci-dessus ; l'autre moitié relève de ses "
     "missions habituelles à la maison des solidarités.", "non_precise"),
    # a split of the post's own time between the unit and another place stays a split
    ("Elle travaille à mi-temps au commissariat et à mi-temps au centre social du quartier.", "partiellement"),
    ("Il exerce trois jours par semaine au commissariat et deux jours au CCAS.", "partiellement"),
]

# ---- 3. days a week in the unit, and the rest elsewhere
DAYS_IN_UNIT = [
    (("L'intervenante sociale est présente au sein du commissariat de Dax deux jours par semaine.",
      "Le reste du temps, elle reçoit les personnes au siège de l'association."), "partiellement"),
    (("Trois journées par semaine, l'intervenant exerce dans les locaux de la compagnie de gendarmerie.",
      "Les autres jours, il intervient depuis les locaux de l'association."), "partiellement"),
    (("Il est installe a la brigade de Redon quatre jours par semaine.",
      "Le vendredi, il recoit les personnes dans les locaux de l'employeur."), "partiellement"),
    (("Le bureau de l'intervenant se situe à l'hôtel de police trois demi-journées par semaine.",
      "Elle a son bureau à la mairie de la commune le reste de la semaine."), "partiellement"),
    (("Trois jours par semaine, la travailleuse sociale travaille au sein de la caserne de la compagnie.",
      "Les entretiens de suivi se déroulent dans les locaux de l'association."), "partiellement"),
    (("L'ISCG exerce au sein de la brigade territoriale deux jours par semaine.",
      "Il exerce les autres jours hors des locaux de la gendarmerie."), "partiellement"),
    # alone, a number of days in the unit is a presence there (a part-time post)
    (("L'intervenante exerce au sein du commissariat de Béziers, où elle est présente quatre jours par semaine.",), "oui"),
    (("Il est présent trois jours par semaine à la brigade de Lamballe.",), "oui"),
    # two units sharing the week stay « oui »
    (("Elle exerce trois jours par semaine au sein du commissariat et deux jours par semaine à la brigade de Meslay.",), "oui"),
    # a denied slot of permanence names no other place: the days stay a presence in the unit
    (("L'intervenante exerce au sein du commissariat quatre jours par semaine.",
      "Elle n'assure pas de permanences à la brigade voisine."), "oui"),
    # negated days are no presence
    (("L'intervenant n'est pas présent trois jours par semaine à la brigade : il exerce depuis les locaux de l'association.",), "non"),
]


@pytest.mark.parametrize("text,expected", HEDGED_PLACEMENT)
def test_exception_clause_keeps_the_placement(text: str, expected: str) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text,expected", HALF_TIME_POST)
def test_half_time_post_is_no_split_of_place(text: str, expected: str) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("texts,expected", DAYS_IN_UNIT)
def test_days_in_unit_with_the_rest_elsewhere(texts: tuple[str, ...], expected: str) -> None:
    assert code(*texts) == expected

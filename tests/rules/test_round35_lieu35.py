"""Round 35 wordings (lieu_exercice, qualification, comite_pilotage, duree), through the real engine.

Families of drafting, not copies of a sample:
- the week split between two units of the forces (commissariat days, then brigade or compagnie days;
  « partage son temps entre le commissariat et la brigade »): every day is in a unit, a trip to other
  brigades on request does not make it partial; a split with a CCAS or a mairie stays partial;
- an avenant that adds a fallback on the diploma, read even when it lands in the signature block;
- an article « Comité de pilotage » declared abrogated or deleted by an avenant (consolidated text);
- the duration clause rewritten by an avenant (« est remplacé par les dispositions suivantes : « … » »,
  « les mots « un an » sont remplacés par les mots « deux ans » »): the new wording is in force;
- a time of operation (« au terme de trois années de fonctionnement ») is no duration.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

# --- lieu_exercice: the week split between two units --------------------------------------------------

WEEK_BETWEEN_UNITS = [
    "Elle exerce au sein du commissariat de Fréjus les lundi et mardi, puis au sein de la brigade de Roquebrune le jeudi et le vendredi.",
    "Les lundis et mardis, l'intervenante est présente au commissariat de Sète ; les jeudis et vendredis, elle est présente à la brigade de Frontignan.",
    "L'intervenant partage sa semaine entre le commissariat de Vienne et la compagnie de gendarmerie de Vienne.",
    "L'ISCG repartit son temps de travail entre l'hotel de police d'Arles et la brigade de Tarascon.",
    "Il travaille dans les locaux du commissariat le lundi, le mardi et le mercredi, et dans les locaux de la brigade de Lodève le jeudi et le vendredi.",
    "Le mardi et le mercredi, elle exerce à la brigade de Nyons, et le jeudi et le vendredi à la compagnie de Montélimar.",
    "L'intervenante sociale exerce au sein de la brigade de Die les lundi et mardi matin, et au sein de la brigade de Crest le mardi apres-midi, le jeudi et le vendredi.",
]

ON_REQUEST_TRIP = "Il se rend, sur sollicitation, dans les brigades du ressort de la compagnie."

WEEK_WITH_ANOTHER_PLACE = [
    "Elle exerce au sein du commissariat de Fréjus les lundi et mardi, puis au CCAS de Saint-Raphaël le jeudi et le vendredi.",
    "L'intervenant partage sa semaine entre le commissariat de Vienne et la maison des solidarités de Vienne.",
    "Les lundis et mardis, elle est présente au commissariat ; les jeudis et vendredis, elle reçoit dans les locaux de l'association.",
]


@pytest.mark.parametrize("sentence", WEEK_BETWEEN_UNITS)
def test_week_split_between_two_units_is_in_units(sentence: str) -> None:
    assert code("lieu_exercice", sentence) == "oui"
    # a trip to other units on request extends the presence, it does not make it partial
    assert code_articles("lieu_exercice", sentence, ON_REQUEST_TRIP) == "oui"


@pytest.mark.parametrize("sentence", WEEK_WITH_ANOTHER_PLACE)
def test_week_split_with_another_kind_of_place_stays_partial(sentence: str) -> None:
    assert code("lieu_exercice", sentence) == "partiellement"


def test_trip_on_request_alone_is_exercise_from_outside() -> None:
    assert code("lieu_exercice", ON_REQUEST_TRIP) == "non"
    assert code("lieu_exercice", "Elle se déplace à la demande des gendarmes à la brigade.") == "non"


def test_days_in_one_unit_and_trips_on_request_stay_partial() -> None:
    days = "L'intervenant social est présent au commissariat les lundi, mardi et jeudi."
    assert code_articles("lieu_exercice", days, ON_REQUEST_TRIP) == "partiellement"


def test_negated_week_between_units_is_not_in_units() -> None:
    sentence = "L'intervenant n'exerce pas au sein du commissariat les lundi et mardi, ni au sein de la brigade le jeudi et le vendredi."
    assert code("lieu_exercice", sentence) != "oui"


# --- qualification: an avenant adding a fallback, read in the signature block ------------------------

ADDED_FALLBACK = [
    "« A défaut de candidat titulaire de l'un de ces diplômes, le poste peut être confié à un animateur titulaire du BPJEPS ou à toute personne justifiant de trois ans d'expérience auprès des jeunes. »",
    "« À défaut de candidature d'un travailleur social diplômé, l'association peut recruter une personne justifiant d'une experience de l'ecoute. »",
    "« Faute de candidat diplômé d'État, le recrutement peut porter sur un professionnel justifiant d'une expérience de deux ans dans la médiation. »",
    "« Le poste est occupé par un assistant de service social ou, à défaut, par une personne ayant une expérience de l'accueil du public. »",
    "« Le recrutement est ouvert aux éducateurs spécialisés ou à toute personne disposant de compétences reconnues en matière d'écoute. »",
    "« L'intervenant est titulaire du DEASS ou justifie d'une expérience de trois ans auprès des adolescents. »",
]


@pytest.mark.parametrize("sentence", ADDED_FALLBACK)
def test_fallback_added_by_an_avenant_counts_in_the_signature_block(sentence: str) -> None:
    assert code("qualification", sentence, zone="signature") == "imprecision_dommageable"
    assert code("qualification", sentence) == "imprecision_dommageable"


def test_signatories_lines_carry_no_qualification() -> None:
    lines = "Le Directeur du GIP Maison des adolescents de la Côte-d'Or. Le Maire de Dijon. Fait à Dijon, le 2 juin 2014."
    assert code("qualification", lines, zone="signature") == "non_precisee"


# --- comite_pilotage: an article declared abrogated ---------------------------------------------------

ABROGATED_COMITE = [
    "Comité de pilotage\n(abrogé par l'avenant n° 2)",
    "Comité de pilotage\n(supprimé par l'avenant n° 1 du 4 mars 2025)",
    "Comite de suivi\n(abroge)",
    "Comité de pilotage – abrogé.",
    "COPIL\n[supprimé]",
    "Instance partenariale de suivi\n(Article abrogé par l'avenant n° 3)",
    "Comité de suivi\n(article supprimé)",
]


@pytest.mark.parametrize("text", ABROGATED_COMITE)
def test_abrogated_comite_article_provides_no_comite(text: str) -> None:
    assert code("comite_pilotage", text) == "non_prevu"


@pytest.mark.parametrize("text", [
    "Comité de pilotage\nUn comité de pilotage réunit les signataires une fois par an.",
    "Comité de suivi\n(rédaction issue de l'avenant n° 1)\nLe comité de suivi se réunit deux fois par an.",
    "Une instance départementale de pilotage et de suivi, co-présidée par le Préfet, se réunit au moins une fois par an.",
    "Il est institué un comité de suivi composé des signataires (voir annexe 2).",
])
def test_comite_in_force_is_still_provided(text: str) -> None:
    assert code("comite_pilotage", text) == "prevu"


# --- duree: the duration clause rewritten by an avenant ----------------------------------------------

ONE_YEAR = "La présente convention est conclue pour une durée d'un an, du 1er mars 2011 au 29 février 2012."
EXTENDED = "La convention est prolongée d'un an, jusqu'au 28 février 2013."

REWRITTEN_OTHER = [
    "L'article 12 de la convention est remplacé par les dispositions suivantes : « La présente convention est conclue pour une durée indéterminée à compter du 1er janvier 2013. »",
    "L'article 10 est ainsi rédigé : « La convention est conclue sans limitation de durée. »",
    "À l'article 9, les mots « un an » sont remplacés par les mots « deux ans ».",
    "Le premier alinéa de l'article 11 est modifié comme suit : « Elle est prorogée pour une nouvelle période de vingt-quatre mois. »",
    "L'article 8 de la convention est remplace par l'alinea suivant : « La convention est conclue pour une duree indeterminee. »",
    "Il est substitué à l'article 13 la rédaction suivante : « La convention reste en vigueur jusqu'à sa dénonciation par l'une des parties. »",
    "Au deuxième alinéa de l'article 12, les mots « d'un an » sont remplacés par les mots « de quatre ans ».",
]


@pytest.mark.parametrize("sentence", REWRITTEN_OTHER)
def test_duration_rewritten_by_an_avenant_is_in_force(sentence: str) -> None:
    assert code("duree", sentence) == "autre"
    assert code_articles("duree", ONE_YEAR, EXTENDED, sentence) == "autre"


def test_duration_rewritten_to_one_year_is_in_force() -> None:
    three = "La présente convention est conclue pour une durée de deux ans."
    rewritten = "L'article 10 est remplacé par les dispositions suivantes : « La présente convention est conclue pour une durée d'un an. »"
    assert code_articles("duree", three, rewritten) == "annuelle"


@pytest.mark.parametrize("sentence", [
    "L'article 8 est remplacé par les dispositions suivantes : « La subvention de l'État est versée pour deux ans. »",
    "L'article 7 est complété par un alinéa ainsi rédigé : « Le candidat justifie de deux ans d'expérience. »",
    "L'article 12 n'est pas remplacé : « La présente convention est conclue pour une durée indéterminée. »",
])
def test_rewriting_of_something_else_is_no_duration(sentence: str) -> None:
    assert code_articles("duree", ONE_YEAR, sentence) == "annuelle"


# --- duree: a time of operation is no duration -------------------------------------------------------

OPERATION_TIME = [
    "Au terme de trois années de fonctionnement, une évaluation qualitative du poste est conduite par les parties.",
    "Après trois ans de fonctionnement du dispositif, la convention fait l'objet d'un bilan approfondi.",
    "A l'issue de trois ans d'activite, les parties dressent le bilan de la convention.",
    "Après 36 mois de fonctionnement, le comité examine la convention.",
    "Au bout de trois années d'existence du poste, la convention sera évaluée.",
    "Après deux ans de mise en œuvre, les signataires réexaminent la convention.",
]


@pytest.mark.parametrize("sentence", OPERATION_TIME)
def test_time_of_operation_is_no_duration(sentence: str) -> None:
    assert code("duree", sentence) == "non_precisee"
    indefinite = "La présente convention est conclue pour une durée indéterminée."
    assert code_articles("duree", indefinite, sentence) == "autre"


def test_three_years_duration_still_triennial() -> None:
    assert code("duree", "La présente convention est conclue pour trois ans à compter de sa signature.") == "triennale"
    assert code("duree", "Au terme de trois ans, la convention pourra être renouvelée par avenant.") == "triennale"

"""Round 33 wordings (lieu_exercice, locaux_moyens, qualification), through the real engine.

Families of drafting, not copies of a sample:
- the working time split in equal parts or in half-days between the unit and another structure;
- the days « où il exerce » in another structure, which split the post when the unit is also a place of exercise;
- the other place named first and taken up by a relative (« dans les locaux de laquelle il reçoit »), and
  « rattaché à » an outside structure;
- an office « à proximité de la brigade de protection des familles » (a service inside the building) is no
  place outside the unit;
- a drafting placeholder or an article heading names no means;
- « à défaut » on a knowledge the employer then trains is no fallback on the diploma.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

UNIT_SENTENCE = "L'intervenante sociale exerce au sein du commissariat de Nîmes."

SPLIT_WITH_OTHER_STRUCTURE = [
    "Le temps de travail de l'intervenante est réparti à parts égales : les matinées au centre hospitalier, les après-midi au commissariat.",
    "Elle exerce le matin à la brigade de Lamballe et l'après-midi à la maison France services.",
    "Son temps se partage pour moitié au CCAS et pour moitié à l'hôtel de police.",
    "Les matins, il reçoit à la brigade de Redon ; les après-midi, il tient son bureau à la mairie.",
    "Le temps de travail est reparti a parts egales entre l'unite medico-judiciaire de l'hopital et le commissariat.",
    "L'intervenant travaille en alternance au commissariat central et à la maison de la justice et du droit.",
    "Sa semaine est ventilée par demi-journées entre la compagnie de gendarmerie et le centre médico-social.",
]

SPLIT_NOT_WITH_OTHER_STRUCTURE = [
    ("Son temps se partage à parts égales entre le commissariat de Lens et la brigade de Carvin.", "oui"),
    ("Elle exerce le matin au commissariat et l'après-midi à la brigade de Laon.", "oui"),
    ("Le coût du poste est financé à parts égales par la commune et l'État ; l'intervenante exerce au sein du commissariat.", "oui"),
    ("Les matinées, elle reçoit au sein du commissariat les personnes orientées par le CCAS.", "oui"),
    ("La fiche est transmise chaque matin au CCAS par la messagerie du commissariat.", "oui"),
    ("Son temps n'est pas réparti entre le commissariat et le CCAS : elle exerce au sein du commissariat.", "oui"),
    ("Le comité peut proposer de répartir à parts égales le temps entre le commissariat et le CCAS ; l'intervenante exerce au sein du commissariat.", "oui"),
]

DAYS_ELSEWHERE = [
    "Pour les jours où il exerce à la Maison des victimes, l'intervenant dispose d'un bureau fourni par la Ville.",
    "Les journées où elle est présente au CCAS, elle reçoit sur rendez-vous.",
    "Lorsqu'elle exerce à la maison de la justice et du droit, l'intervenante utilise le bureau de la permanence juridique.",
    "Les demi-journées où elle est présente au centre social du quartier sont fixées avec la direction du centre.",
    "Les jours ou il intervient a la mairie annexe, il est joignable sur son portable.",
    "Quand il exerce au centre médico-social, l'intervenant est accueilli par la responsable de site.",
]

DAYS_NOT_ELSEWHERE = [
    "Pour les jours où il exerce au commissariat, l'intervenant dispose d'un bureau.",
    "Les jours où il exerce au commissariat, il oriente les personnes vers le CCAS.",
    "Les jours où elle reçoit les personnes orientées par le CCAS, elle tient un registre.",
    "Les jours où il n'exerce pas au CCAS sont consacrés aux réunions.",
    "Le CCAS est fermé les jours où l'intervenant exerce.",
    "Les jours où le comité se réunit à la mairie, l'intervenant y présente son bilan.",
]

OTHER_PLACE_BY_RELATIVE = [
    "Le référent social est rattaché à la circonscription d'action sociale de Saint-Quentin, dans les locaux de laquelle il reçoit les personnes.",
    "L'intervenante est affectée au centre médico-social du quartier, où elle reçoit les victimes signalées par la brigade.",
    "L'agent est rattaché au CCAS de la ville, dans les locaux duquel il reçoit les personnes signalées.",
    "L'intervenant est rattache a l'unite territoriale d'action sociale de Douai, dans les locaux de laquelle il recoit les victimes.",
    "La travailleuse sociale est rattachée à la maison des solidarités, au sein de laquelle elle mène les entretiens.",
    "Il est installé à la mairie, d'où il assure le suivi des personnes signalées.",
]

NOT_OTHER_PLACE_BY_RELATIVE = [
    ("L'intervenant n'est pas rattaché au CCAS : il exerce au sein du commissariat.", "oui"),
    ("Les brigades rattachées à la compagnie orientent les personnes vers l'intervenant.", "non_precise"),
    ("Le commissariat central, dans les locaux duquel elle reçoit les personnes, met à sa disposition un bureau.", "oui"),
    ("Le comité de pilotage se réunit à la mairie, où il examine le bilan.", "non_precise"),
    ("Elle oriente les personnes vers le CCAS, où elles sont reçues par un travailleur social.", "non_precise"),
    ("Le référent social est rattaché au commissariat central.", "oui"),
    ("Le travailleur social est rattaché, pour sa gestion administrative, à la maison départementale des solidarités.", "non_precise"),
]

SERVICE_INSIDE_THE_BUILDING = [
    "À l'hôtel de police, un bureau fermé lui est attribué, situé à proximité de la brigade de protection des familles.",
    "Son bureau se trouve près de la brigade des mineurs.",
    "Le bureau de l'intervenante est situé à côté de la brigade locale de protection des familles.",
    "Elle dispose d'un bureau en face de la brigade de sûreté urbaine.",
    "Un bureau situe a proximite de la brigade de recherches lui est reserve.",
    "Son bureau est implanté à proximité immédiate de la brigade départementale de protection des familles.",
]

OUTSIDE_NEAR_THE_UNIT = [
    "Son bureau est situé en face de la brigade de gendarmerie.",
    "L'intervenante est installée dans un local municipal, à proximité de la brigade.",
    "Son bureau se trouve près du commissariat, dans les locaux de la mairie.",
    "Le bureau est situé a proximite de la brigade de Vitré.",
    "Elle reçoit dans un local situé à côté de la brigade territoriale.",
    "L'intervenant exerce hors des locaux de la brigade.",
]

PLACEHOLDERS = [
    "[Moyens matériels : à compléter après la visite des locaux – bureau, téléphone, véhicule : qui fournit quoi ?]",
    "Bureau, téléphone, ordinateur : (à préciser).",
    "Moyens matériels : XXX.",
    "[Locaux et équipements – en attente de l'arbitrage de la DDSP]",
    "Le matériel informatique et le véhicule : qui fournit quoi ? A completer apres la reunion.",
    "Un bureau sera nécessaire [à confirmer avec le commissariat].",
    "Véhicule de service : point à trancher entre les partenaires.",
]

NOT_PLACEHOLDERS = [
    ("Le matériel informatique reste à définir.", "ambiguite"),
    ("L'intervenant social dispose d'un téléphone portable et d'un ordinateur.", "ambiguite"),
    ("La brigade met un bureau à la disposition de l'intervenant.", "inscrits"),
    ("Le commissariat fournit un bureau ; le téléphone est fourni par l'employeur.", "inscrits"),
    ("Des locaux adaptés à l'accueil confidentiel sont nécessaires.", "ambiguite"),
    ("Les moyens matériels sont apportés, dans la mesure du possible, par les partenaires.", "ambiguite"),
]

HEADINGS = [
    "Article 5 – Lieu d'exercice et moyens matériels\nL'intervenant social exerce ses fonctions au sein de XXX.",
    "ARTICLE 6 - MOYENS MATERIELS\nLes parties conviennent de se revoir.",
    "Article 4 – Moyens logistiques\nLe présent article sera complété par avenant.",
    "Article 7 - Locaux et moyens de fonctionnement\nXXX",
    "Moyens matériels\n[à compléter]",
    "Article 5 : Moyens matériels\nLes modalités seront fixées après la visite des locaux.",
]

TRAINING_AFTER_A_DEFAUT = [
    "Une connaissance des mécanismes de l'emprise est attendue ; à défaut, l'association assure la formation de la salariée dans les six mois.",
    "Une bonne connaissance des violences conjugales est souhaitée ; à défaut, une formation lui est dispensée par l'employeur.",
    "La maîtrise du droit des victimes est requise, a defaut l'employeur lui fait suivre une formation adaptee.",
    "Une expérience auprès des victimes est appréciée ; à défaut, l'association formera la salariée au cours de sa première année.",
    "Des connaissances en psychotraumatologie sont attendues ; à défaut, elle suivra une formation dans l'année.",
    "La connaissance de la procédure pénale est requise ; à défaut, l'employeur s'engage à lui faire suivre une formation.",
]

REAL_FALLBACKS = [
    "Le poste est occupé par un travailleur social titulaire du DEASS ou, à défaut, par une personne justifiant d'une expérience de cinq ans auprès des victimes.",
    "Le poste est confié à un assistant social diplômé d'État ; à défaut, une personne justifiant d'une formation en psychologie peut être recrutée.",
    "Le poste est confié à un assistant social diplômé d'État ; à défaut, l'association recrute une personne expérimentée et assure sa formation.",
    "L'intervenante est une travailleuse sociale diplômée d'État ou, à défaut, une psychologue.",
    "Le recrutement porte sur un travailleur social diplômé ; à défaut, sur un agent justifiant d'une expérience confirmée.",
    "Le poste est pourvu par une conseillère en économie sociale familiale diplômée d'État ou, a defaut, par une juriste.",
]

DIPLOMA = "Le poste est occupé par une assistante de service social diplômée d'État. "


@pytest.mark.parametrize("text", SPLIT_WITH_OTHER_STRUCTURE)
def test_time_split_with_another_structure_is_partial(text: str) -> None:
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text, expected", SPLIT_NOT_WITH_OTHER_STRUCTURE)
def test_split_between_units_or_of_money_is_not_partial(text: str, expected: str) -> None:
    assert code_articles("lieu_exercice", UNIT_SENTENCE, text) == expected


@pytest.mark.parametrize("text", DAYS_ELSEWHERE)
def test_days_in_another_structure_split_the_post_with_the_unit(text: str) -> None:
    assert code_articles("lieu_exercice", UNIT_SENTENCE, text) == "partiellement"
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", DAYS_NOT_ELSEWHERE)
def test_days_in_the_unit_or_of_others_do_not_split(text: str) -> None:
    assert code_articles("lieu_exercice", UNIT_SENTENCE, text) == "oui"


@pytest.mark.parametrize("text", OTHER_PLACE_BY_RELATIVE)
def test_other_place_taken_up_by_a_relative_is_outside(text: str) -> None:
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text, expected", NOT_OTHER_PLACE_BY_RELATIVE)
def test_relative_on_the_unit_or_another_subject(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text", SERVICE_INSIDE_THE_BUILDING)
def test_near_a_service_inside_the_building_is_not_outside(text: str) -> None:
    assert code("lieu_exercice", text) != "non"
    assert code_articles("lieu_exercice", UNIT_SENTENCE, text) == "oui"


@pytest.mark.parametrize("text", OUTSIDE_NEAR_THE_UNIT)
def test_near_the_unit_itself_is_outside(text: str) -> None:
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_drafting_placeholder_names_no_means(text: str) -> None:
    assert code("locaux_moyens", text) == "non_precise"


@pytest.mark.parametrize("text, expected", NOT_PLACEHOLDERS)
def test_written_means_are_still_read(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize("text", HEADINGS)
def test_heading_naming_means_is_no_mention(text: str) -> None:
    assert code("locaux_moyens", text) == "non_precise"


@pytest.mark.parametrize("text", TRAINING_AFTER_A_DEFAUT)
def test_a_defaut_on_a_knowledge_then_trained_is_no_fallback(text: str) -> None:
    assert code("qualification", DIPLOMA + text) == "precisee_conforme"


@pytest.mark.parametrize("text", REAL_FALLBACKS)
def test_real_fallback_on_the_diploma_stays_damaging(text: str) -> None:
    assert code("qualification", text) == "imprecision_dommageable"

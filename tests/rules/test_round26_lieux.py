"""Round 26 wordings for place of work, premises/means, duration and qualification, through the real engine.

Six drafting families met in the blind sets yp to ys, each written here as other secretariats could write it:
- the employer organisation (or its own staff) holding its own permanences elsewhere, as part of its other
  activity, is no split of the worker's time (an opening « Elle / Il » stands for the organisation);
- « sous réserve de ce qui est dit à l'article 12 » is a cross-reference, not a condition on the office;
- a vehicle offered « si besoin » next to a definite office and equipment is an optional extra;
- a one-year duration followed by a renewal clause that mentions the bilan is still one year;
- a draft's placeholder offering several lengths (« [à arrêter : un an ou trois ans] ») fixes none;
- a fallback on the STATUS (contract agent) that keeps the same diplomas opens the post to nobody unqualified.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


UNIT = "L'intervenante sociale exerce ses fonctions au sein du commissariat de police de la ville. "
OFFICE = "Le commissariat met à sa disposition un bureau individuel fermant à clef. "
DIPLOMA = "Le poste est occupé par un travailleur social titulaire du diplôme d'État d'assistant de service social. "


EMPLOYER_PERMANENCES = [
    (UNIT + "L'association accompagne les victimes depuis 1998. Elle tient des permanences au tribunal et a la maison "
     "de justice et du droit.", "oui"),
    (UNIT + "L'association assure par ailleurs des permanences dans les mairies du secteur le mardi.", "oui"),
    (UNIT + "Le CCAS organise des permanences à la mairie annexe deux jours par semaine.", "oui"),
    (UNIT + "L'employeur tient également des permanences au centre social du quartier le jeudi.", "oui"),
    (UNIT + "Ses juristes tiennent des permanences au point d'accès au droit le lundi.", "oui"),
    (UNIT + "La structure employeuse anime des permanences dans les maisons France services du département.", "oui"),
    (UNIT + "L'ASSOCIATION TIENT DES PERMANENCES A LA MAISON DE JUSTICE ET DU DROIT LE MERCREDI.", "oui"),
    # the worker's own permanence elsewhere is still a split
    (UNIT + "Elle tient en outre une permanence le mardi à la mairie.", "partiellement"),
    ("L'intervenante est présente trois jours au commissariat ; les deux autres jours, elle tient des permanences au "
     "CCAS.", "partiellement"),
]


@pytest.mark.parametrize("text,expected", EMPLOYER_PERMANENCES)
def test_employer_permanences_are_not_the_workers(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


CROSS_REFERENCES = [
    ("Le CIAS met à sa disposition un bureau individuel, sous réserve de ce qui est prévu à l'article 9.", "inscrits"),
    ("Un bureau fermant à clef est mis à disposition par la commune, sous réserve des dispositions de l'article 11.",
     "inscrits"),
    ("Sous réserve de ce qui est stipulé à l'article 7, le groupement fournit un local d'entretien.", "inscrits"),
    ("La brigade met un bureau a la disposition de l'intervenant, sous reserve de ce qui est dit a l'article 10.",
     "inscrits"),
    ("Le service d'accueil fournit un poste informatique, sous réserve des stipulations de l'article 4 relatives au "
     "réseau.", "inscrits"),
    ("L'employeur met un téléphone portable à sa disposition, sous réserve de ce qui suit.", "inscrits"),
    # a real condition on the office stays ambiguous
    ("Un bureau sera mis à disposition sous réserve de la disponibilité des locaux.", "ambiguite"),
    ("Le commissariat fournira un local dans la mesure du possible.", "ambiguite"),
]


@pytest.mark.parametrize("text,expected", CROSS_REFERENCES)
def test_cross_reference_is_no_condition(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


OPTIONAL_VEHICLE = [
    (OFFICE + "L'association fournit un ordinateur portable ; elle peut, si besoin, lui prêter un véhicule de service.",
     "inscrits"),
    (OFFICE + "Un véhicule de la commune pourra, le cas échéant, être mis à sa disposition.", "inscrits"),
    (OFFICE + "Le CCAS prend en charge ses frais de déplacement et lui attribue éventuellement une voiture du parc.",
     "inscrits"),
    (OFFICE + "Si nécessaire, une voiture de service lui est prêtée par la mairie.", "inscrits"),
    (OFFICE + "La ville peut au besoin mettre un vehicule a sa disposition.", "inscrits"),
    (OFFICE + "En cas de besoin, l'employeur met à sa disposition un véhicule de pool.", "inscrits"),
    # the office itself under condition stays ambiguous
    ("Un bureau pourra, si besoin, être réservé à l'intervenante dans les locaux de la brigade.", "ambiguite"),
    ("Le cas échéant, un ordinateur portable pourra être prêté par la mairie.", "ambiguite"),
]


@pytest.mark.parametrize("text,expected", OPTIONAL_VEHICLE)
def test_optional_vehicle_is_an_extra(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


ONE_YEAR_THEN_RENEWAL = [
    ("La présente convention est conclue pour l'année 2011 ; au-delà, elle pourra être renouvelée au vu du bilan.",
     "annuelle"),
    ("La convention vaut pour l'année 2009 ; sa reconduction sera examinée par le comité de pilotage.", "annuelle"),
    ("La présente convention est conclue pour une durée d'un an ; elle sera reconduite si l'évaluation est "
     "favorable.", "annuelle"),
    ("Elle s'applique du 1er avril 2012 au 31 mars 2013 ; ensuite, les financeurs décideront au vu du rapport "
     "d'activité.", "annuelle"),
    ("La convention couvre la periode du 1er fevrier au 31 decembre 2010 ; une nouvelle convention sera signee au vu "
     "du bilan.", "annuelle"),
    ("La convention est conclue pour un an ; au terme de celle-ci, le bilan fondera la décision des partenaires.",
     "annuelle"),
    # the bilan's own year is no duration
    ("Le bilan d'activité porte sur l'année 2019.", "non_precisee"),
    ("Le rapport couvre la période du 1er janvier au 31 décembre 2018 ; il est présenté au comité.", "non_precisee"),
]


@pytest.mark.parametrize("text,expected", ONE_YEAR_THEN_RENEWAL)
def test_one_year_then_renewal_clause(text: str, expected: str) -> None:
    assert code("duree", text) == expected


PLACEHOLDERS = [
    ("La présente convention est conclue pour une durée de [à définir : un an ou trois ans].", "non_precisee"),
    ("La convention est conclue pour une durée d'un an ou trois ans, à arrêter avec les financeurs.", "non_precisee"),
    ("Durée de la convention : [à préciser, 1 ou 3 ans] à compter de la signature.", "non_precisee"),
    ("Elle est conclue pour XX ans à compter du 1er janvier.", "non_precisee"),
    ("La convention prend effet à sa signature pour [durée à compléter] ans.", "non_precisee"),
    ("La presente convention est conclue pour trois ans ou un an selon la decision des financeurs.", "non_precisee"),
    # a real length stays read
    ("La présente convention est conclue pour une durée de trois ans à compter de sa signature.", "triennale"),
    ("La convention est conclue pour un an, renouvelable par avenant.", "annuelle"),
]


@pytest.mark.parametrize("text,expected", PLACEHOLDERS)
def test_placeholder_fixes_no_duration(text: str, expected: str) -> None:
    assert code("duree", text) == expected


STATUS_FALLBACK = [
    (DIPLOMA + "À défaut de fonctionnaire, le poste peut être occupé par un contractuel titulaire du même diplôme.",
     "precisee_conforme"),
    (DIPLOMA + "A defaut de candidat statutaire, un agent contractuel justifiant des memes diplomes peut etre recrute.",
     "precisee_conforme"),
    (DIPLOMA + "Faute de candidat titulaire de la fonction publique, il est fait appel à un contractuel de même "
     "diplôme.", "precisee_conforme"),
    (DIPLOMA + "À défaut, le recrutement se fait par contrat, dans les mêmes conditions de diplôme.", "precisee_conforme"),
    (DIPLOMA + "À défaut de titulaire, le poste est pourvu par un agent non titulaire possédant la même "
     "qualification.", "precisee_conforme"),
    (DIPLOMA + "À défaut de candidat fonctionnaire, l'emploi peut être confié à un contractuel, à diplôme égal.",
     "precisee_conforme"),
    # a fallback to experience alone is still harmful
    (DIPLOMA + "À défaut, le poste peut être pourvu par une personne justifiant d'une expérience dans l'aide aux "
     "victimes.", "imprecision_dommageable"),
]


@pytest.mark.parametrize("text,expected", STATUS_FALLBACK)
def test_status_fallback_keeps_the_diploma(text: str, expected: str) -> None:
    assert code("qualification", text) == expected

"""Round 7 (public, place): held-out wordings for the phenomena fixed this round, through the real engine.

- a post split between two police/gendarmerie units, with the whole time said in words (« totalité de
  son temps », « à temps plein ») or the place said by its role (« locaux de son service d'affectation »):
  exercised IN the units (oui), never when an outside place shares the week;
- a week shared between a unit and a service of the Département (pôle enfance, aide sociale à
  l'enfance, circonscription d'action sociale…): partiellement;
- minors named by age or as children / adolescents: mineurs_seulement, even when these minors may be
  mis en cause; silent on « y compris les enfants », adults named, children seen through a parent;
- « personnes en difficulté » inside the worker's recruitment profile does not open the public.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




LIEU_DEUX_UNITES = [
    ("L'intervenante consacre l'intégralité de son temps de travail aux deux unités : le lundi et le mardi à la brigade de Saint-Jean, le reste de la semaine au commissariat.", "oui"),
    ("Il travaille à temps complet, trois jours au commissariat de Vienne et deux jours à la brigade de Pont-Évêque.", "oui"),
    ("La totalite de son temps de travail est exercee dans les locaux des services d'accueil, a savoir le commissariat et la compagnie de gendarmerie.", "oui"),
    ("Chaque intervenant est présent à plein temps dans son unité : l'un à l'hôtel de police, l'autre à la caserne de la compagnie.", "oui"),
    ("Les deux intervenants sont installés dans les locaux de leur service d'affectation, le commissariat de Tours et le groupement de gendarmerie.", "oui"),
    ("L'intervenant exerce au sein de son unite d'affectation, la brigade territoriale autonome de Figeac.", "oui"),
    # opposites: negation, outside place sharing the week, a mere assignment of the budget
    ("L'intervenant n'exerce pas à temps plein au commissariat : il est installé dans les locaux de l'association.", "non"),
    ("Il exerce à temps plein, trois jours au commissariat et deux jours au CCAS de la commune.", "partiellement"),
    ("Le poste à temps plein est financé pour moitié par la gendarmerie.", "non_precise"),
    ("L'intervenant exerce dans les locaux du service d'accueil de jour de l'association.", "non"),
]

LIEU_DEPARTEMENT = [
    ("Elle est présente trois jours par semaine à la brigade et deux jours par semaine au pôle enfance du Département.", "partiellement"),
    ("Planning hebdomadaire : commissariat (3 jours), circonscription d'action sociale (2 jours).", "partiellement"),
    ("L'intervenant partage sa semaine : deux jours à la compagnie de gendarmerie, trois jours dans les services du Département.", "partiellement"),
    ("Temps de travail : quatre jours au commissariat ; un jour a l'aide sociale a l'enfance.", "partiellement"),
    ("Elle exerce trois jours par semaine a la caserne et deux jours au pole solidarites du territoire Sud.", "partiellement"),
    ("Le reste de la semaine, soit deux jours, elle rejoint le territoire d'action sociale ; le commissariat l'accueille trois jours.", "partiellement"),
    # opposites: orientation towards the Département service, the whole week in the unit
    ("Il est présent tous les jours au commissariat et oriente les familles vers le pôle enfance du Département sous deux jours.", "oui"),
    ("L'intervenante est installée au sein de la brigade ; elle transmet ses informations préoccupantes à l'aide sociale à l'enfance.", "oui"),
]

PUBLIC_MINEURS = [
    ("Le public visé est composé exclusivement d'enfants et d'adolescents, qu'ils soient victimes, témoins ou auteurs.", "mineurs_seulement"),
    ("Le dispositif s'adresse aux jeunes de moins de 18 ans, victimes ou mis en cause, repérés par les policiers.", "mineurs_seulement"),
    ("Peuvent etre recus les enfants et adolescents ages de 0 a 18 ans dont la situation est connue de la brigade.", "mineurs_seulement"),
    ("L'intervenante intervient uniquement auprès des adolescents, lorsqu'ils sont victimes comme lorsqu'ils sont mis en cause.", "mineurs_seulement"),
    ("Le poste est réservé aux mineurs, qu'ils soient victimes ou auteurs présumés.", "mineurs_seulement"),
    ("Public : les personnes de moins de dix-huit ans, victimes, témoins ou mises en cause.", "mineurs_seulement"),
    # opposites: adults also named, children only as part of a parent's follow-up, widening
    ("Le public comprend les adultes et les enfants de moins de 18 ans, victimes ou auteurs.", "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale, y compris les enfants de moins de dix-huit ans.", "tous_publics"),
    ("Le poste ne s'adresse pas uniquement aux enfants : les victimes majeures et les auteurs sont aussi reçus.", "tous_publics"),
]

PUBLIC_PROFIL = [
    ("Peut bénéficier de l'intervention toute victime de violences conjugales en détresse sociale. Le poste est confié à un travailleur social diplômé ou, à défaut, à une personne justifiant d'une expérience de l'accompagnement des personnes en difficulté.", "victimes_seulement"),
    ("L'intervenante reçoit toute victime signalée par les policiers. Elle est recrutée pour son expérience auprès des personnes en situation de précarité.", "victimes_seulement"),
    ("Toute victime en détresse sociale peut la rencontrer. Profil : assistant de service social ayant une pratique des publics en grande difficulte.", "victimes_seulement"),
    ("Seules les victimes sont reçues. Le candidat retenu devra justifier d'une connaissance des personnes en détresse psychologique.", "victimes_seulement"),
    ("L'intervenant accompagne toute victime repérée. Il est diplômé d'État et connaît le public en situation de vulnérabilité.", "victimes_seulement"),
    ("Sont accueillies les victimes d'infractions. Compétences attendues : écoute des personnes en détresse, connaissance du réseau.", "victimes_seulement"),
    # opposite: the public itself said as people in difficulty
    ("L'intervenant social reçoit les personnes en difficulté sociale repérées par les policiers, victimes ou non.", "tous_publics"),
]


@pytest.mark.parametrize("text,expected", LIEU_DEUX_UNITES + LIEU_DEPARTEMENT)
def test_place(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text,expected", PUBLIC_MINEURS + PUBLIC_PROFIL)
def test_public(text: str, expected: str) -> None:
    assert code("public", text) == expected

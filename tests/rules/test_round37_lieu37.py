"""Round 37 wordings (lieu_exercice, comite_pilotage, public), through the real engine.

Families of drafting, not copies of a sample:
- the OBJECT of an authority or a meeting (« elle a pour objet l'organisation pratique de l'activité au sein des
  unités ») says what it deals with, not where the worker sits;
- « affecté à » the employer's own service, said with who governs the worker there, is an administrative attachment;
- a post « mis à la disposition des unités, à raison d'un mi-temps » is a working time, not a split of places;
- a follow-up body without the word « comité »: all the parties meeting at a rhythm to review the report and
  decide the post's future; a meeting of two persons is not one;
- a group sent elsewhere BY THE FORCES beside an exclusive public of victims is an exclusion, not an ambiguity.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

OBJECT_OF_AUTHORITY = [
    "L'autorité fonctionnelle est assurée par le commandant de compagnie. Elle a pour objet l'organisation pratique de l'activité au sein des unités.",
    "L'autorite fonctionnelle releve du chef de circonscription ; elle porte sur l'organisation de l'activite au sein du commissariat.",
    "Le commandant de groupement exerce l'autorité fonctionnelle, qui concerne l'organisation quotidienne des interventions dans les locaux des brigades.",
    "L'autorité fonctionnelle, confiée au commissaire, vise l'organisation matérielle du travail au sein de l'hôtel de police.",
    "Cette autorité a pour objet la coordination des sollicitations au sein des unités de la compagnie.",
    "L'autorité fonctionnelle s'exerce sur l'organisation pratique de la mission au sein des brigades et sur la circulation des demandes.",
]

WORKER_IN_UNIT = [
    "L'intervenante sociale exerce ses fonctions au sein du commissariat de police.",
    "Elle est installée dans les locaux de la compagnie de gendarmerie.",
    "La présente convention a pour objet de définir les conditions dans lesquelles un travailleur social exerce au sein du commissariat.",
]

ADMINISTRATIVE_ATTACHMENT = [
    "L'intervenant social est un agent du Département, affecté à la maison départementale de la solidarité d'Arras, dont le responsable exerce à son égard l'autorité hiérarchique.",
    "L'intervenante est affectée au centre communal d'action sociale, sous l'autorité de sa directrice.",
    "L'agent est affecte a la maison des solidarites de Lens, dont la responsable conduit son entretien annuel d'evaluation.",
    "Affectée administrativement au CCAS de la ville, l'intervenante relève de son directeur.",
    "Le travailleur social est affecté à l'unité territoriale d'action sociale, pour sa gestion administrative.",
    "L'intervenant, affecté à la maison du Département, dont le chef de service exerce l'autorité hiérarchique, est agent titulaire.",
]

OUTSIDE_PLACE = [
    "Elle travaille dans les locaux du centre communal d'action sociale.",
    "Son bureau est installé au centre médico-social du secteur.",
    "L'intervenante est affectée au centre médico-social du quartier, où elle reçoit les victimes.",
]

MADE_AVAILABLE_HALF_TIME = [
    "Le centre hospitalier met à la disposition des unités de la compagnie, à raison d'un mi-temps, un intervenant social.",
    "Un travailleur social est mis à la disposition des brigades par le centre communal d'action sociale, à mi-temps, chaque semaine.",
    "L'hopital met a la disposition de la brigade un agent a mi-temps, selon un temps de travail hebdomadaire fixe.",
    "Est mise à la disposition du commissariat, pour un mi-temps hebdomadaire, une assistante sociale de la maison des solidarités.",
    "Le CCAS mettra à la disposition de la gendarmerie, à mi-temps sur la semaine, une intervenante sociale.",
    "La mairie met à disposition de la compagnie un agent du centre social à mi-temps, sur son temps de travail hebdomadaire.",
]

PARTNERS_MEETING = [
    "Les signataires se retrouvent chaque année, à l'invitation du préfet, pour prendre connaissance du bilan d'activité et arrêter les orientations de l'année suivante.",
    "Chaque année, l'ensemble des partenaires sont réunis par la sous-préfète afin d'examiner le rapport d'activité du poste.",
    "Les parties se rencontrent une fois par an pour évaluer le fonctionnement du poste et décider de sa reconduction.",
    "Les financeurs se retrouvent annuellement, sur convocation du sous-prefet, pour examiner le bilan et l'avenir du dispositif.",
    "Tous les ans, les signataires de la présente convention se retrouvent afin d'étudier le bilan du poste.",
    "L'ensemble des signataires est convié chaque année à une séance d'examen du rapport d'activité ; les signataires s'y retrouvent pour arrêter les perspectives.",
]

NO_PARTNERS_MEETING = [
    "En cas de diminution d'une participation, les signataires se concertent sur les moyens d'assurer la continuité du poste.",
    "Le commandant et la directrice de l'association se retrouvent chaque année pour faire le bilan de l'activité.",
    "Les signataires ne se retrouvent pas chaque année pour examiner le bilan.",
    "Chaque signataire peut dénoncer la convention après en avoir exposé les motifs lors d'une réunion des signataires.",
]

EXCLUSIVE_PUBLIC = "Le public de l'intervenante est constitué exclusivement des femmes majeures victimes de violences."
SENT_AWAY_BY_FORCES = [
    "Les hommes, ainsi que les personnes mises en cause, sont orientés par les fonctionnaires de police vers les autres services compétents.",
    "Les auteurs présumés sont dirigés par les gendarmes vers le service pénitentiaire d'insertion et de probation.",
    "Les mis en cause sont, le cas échéant, orientes par les enqueteurs vers les structures competentes.",
    "Les enquêteurs orientent les mis en cause vers les associations spécialisées.",
    "Les conjoints violents sont adressés par les militaires aux structures de soins adaptées.",
    "Les agresseurs seront réorientés par les policiers vers le dispositif de prise en charge des auteurs.",
]


@pytest.mark.parametrize("text", OBJECT_OF_AUTHORITY)
def test_object_of_an_authority_is_no_place(text: str) -> None:
    assert code("lieu_exercice", text) == "non_precise"


@pytest.mark.parametrize("text", WORKER_IN_UNIT)
def test_worker_in_unit_still_oui(text: str) -> None:
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text", ADMINISTRATIVE_ATTACHMENT)
def test_administrative_attachment_is_no_outside_place(text: str) -> None:
    assert code("lieu_exercice", text) == "non_precise"


@pytest.mark.parametrize("text", OUTSIDE_PLACE)
def test_outside_place_still_non(text: str) -> None:
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", MADE_AVAILABLE_HALF_TIME)
def test_post_made_available_half_time_is_no_split(text: str) -> None:
    assert code("lieu_exercice", text) != "partiellement"


def test_real_split_still_partiellement() -> None:
    text = "Planning hebdomadaire : commissariat (3 jours), CCAS (2 jours)."
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", PARTNERS_MEETING)
def test_partners_meeting_at_a_rhythm_is_a_comite(text: str) -> None:
    assert code("comite_pilotage", text) == "prevu"


@pytest.mark.parametrize("text", NO_PARTNERS_MEETING)
def test_no_partners_meeting(text: str) -> None:
    assert code("comite_pilotage", text) == "non_prevu"


@pytest.mark.parametrize("text", SENT_AWAY_BY_FORCES)
def test_group_sent_away_by_forces_beside_exclusive_public(text: str) -> None:
    assert code_articles("public", EXCLUSIVE_PUBLIC, text) == "victimes_seulement"


def test_sent_away_by_forces_without_exclusivity_stays_ambiguous() -> None:
    victims = "Les victimes de violences conjugales sont reçues et accompagnées par le référent social."
    text = "Les conjoints violents sont orientés par les militaires vers les structures de soins adaptées."
    assert code_articles("public", victims, text) == "ambiguite"


def test_worker_orienting_the_authors_stays_ambiguous() -> None:
    text = "L'intervenante oriente également les auteurs vers les structures compétentes."
    assert code_articles("public", EXCLUSIVE_PUBLIC, text) == "ambiguite"

"""Round 54: public, locaux_moyens and situations. Authors given only a first contact and then oriented are
the study's « reçues / orientés » ambiguity; a telegraphic « … : hors champ » takes a category out of the
public; means left to a later exchange, « à définir » or « selon les disponibilités » in a list are not
inscribed (and « équipement » is a noun, not « équiper »); the works of a departmental council devoted to
violence against women do not restrict the post. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES_RECUES = ("Les victimes signalées par les brigades sont reçues, écoutées et accompagnées par "
                   "l'intervenante jusqu'à leur prise en charge par le droit commun. ")


@pytest.mark.parametrize("text, expected", [
    # authors: a first contact, then oriented elsewhere
    (VICTIMES_RECUES + "Les mis en cause, comme les personnes qui, sans plainte ni enquête, traversent une crise "
     "familiale signalée par les patrouilles, ont droit à un bref entretien au terme duquel ils sont réorientés "
     "vers les services compétents.", "ambiguite"),
    (VICTIMES_RECUES + "Un premier échange est proposé aux auteurs présumés, puis ils sont dirigés vers le SPIP "
     "ou les structures de soins.", "ambiguite"),
    # authors: first contact, then accompanied by the worker: open
    (VICTIMES_RECUES + "Les auteurs présumés bénéficient d'un premier entretien puis d'un accompagnement social "
     "par l'intervenante.", "tous_publics"),
    # an orientation listed for everyone: not the authors « seulement orientés »
    ("L'intervenant accueille, écoute et informe toute personne en difficulté signalée par les policiers ; il "
     "oriente les victimes vers l'association d'aide aux victimes et les personnes mises en cause vers les "
     "services compétents.", "tous_publics"),
    # a telegraphic exclusion of persons outside any procedure
    ("Public :\n- Victimes d'infractions, majeures ou mineures, signalées par les gendarmes.\n"
     "- Personnes mises en cause : hors du champ de la présente convention.\n"
     "- Personnes qui ne relèvent d'aucune procédure pénale : hors champ, sauf demande du commandant.",
     "victimes_seulement"),
    # the same category named in the public stays open
    ("L'intervenante reçoit les victimes ainsi que les personnes qui ne relèvent d'aucune procédure.",
     "tous_publics"),
])
def test_public(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # means deferred to a later exchange
    ("Les conditions matérielles d'installation de la travailleuse sociale (bureau fermé, ligne directe, "
     "ordinateur) seront définies d'un commun accord entre la commune et le commissariat avant son arrivée.",
     "ambiguite"),
    ("Les moyens logistiques du poste feront l'objet d'une concertation entre les partenaires.", "ambiguite"),
    # « équipement » as a noun in a provision: still inscribed when the provider is written
    ("Le commissariat fournit un bureau équipé d'un téléphone et d'un poste informatique.", "inscrits"),
    # usage rules of an office already given: inscribed
    ("La brigade met à disposition un bureau fermé ; les modalités d'utilisation des locaux seront précisées "
     "par le commandant.", "inscrits"),
    # telegraphic list with conditional / undecided lines
    ("Moyens :\n- Salle d'entretien au commissariat : en fonction des disponibilités du service.\n"
     "- Téléphone mobile : Ville.", "ambiguite"),
    ("Moyens :\n- Ordinateur portable : reste à préciser avec l'employeur.\n- Téléphone mobile : CCAS.",
     "ambiguite"),
    ("Moyens :\n- Bureau individuel : fourni par la brigade.\n- Téléphone mobile : Ville.", "inscrits"),
])
def test_locaux_moyens(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La présente convention a pour objet la prise en charge sociale des victimes de violences conjugales. La "
     "préfecture associe l'employeur aux travaux du CDPD consacrés aux violences faites aux femmes.",
     "violences_conjugales"),
    ("La présente convention a pour objet la prise en charge sociale des victimes de violences conjugales. Le "
     "poste est consacré aux violences faites aux femmes.", "violences_faites_aux_femmes"),
])
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected

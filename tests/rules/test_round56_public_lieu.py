"""Round 56: people « impliquées dans aucune procédure » named in the public are outside the penal field (the negation
is the content, and it must not silence the mis en cause named before them); « l'auteur » said of a third party in an
exception (« sauf lorsque l'un d'eux est l'auteur ») is not a public of authors; the person « à l'origine des faits »
sent elsewhere by the forces with an active verb is not received; a presence in the unit denied by an impersonal
« il n'est pas prévu de présence … » is exercise from outside. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # persons involved in no procedure, named in the public
    ("L'intervenant reçoit les victimes, les auteurs présumés ainsi que les personnes qui ne font l'objet d'aucune "
     "procédure mais dont la situation sociale inquiète les gendarmes.", "tous_publics"),
    ("Peuvent être accompagnées les victimes et les personnes qui ne sont concernées par aucune plainte.", "tous_publics"),
    ("L'intervenante accueille les victimes d'infractions et les familles non impliquées dans une procédure.", "tous_publics"),
    # trap: the same people sent elsewhere
    ("L'intervenant accompagne les victimes. Les personnes qui ne font l'objet d'aucune procédure sont orientées vers "
     "le CCAS.", "victimes_seulement"),
    # a victim involved in no other procedure stays a victim
    ("L'intervenante reçoit toute victime, même lorsqu'elle n'est impliquée dans aucune autre procédure.", "victimes_seulement"),
    # « l'auteur » of a third party in an exception
    ("L'intervenant reçoit les victimes de violences au sein du couple ; il associe les proches, sauf lorsque l'un "
     "d'entre eux est l'auteur des violences.", "victimes_seulement"),
    ("La travailleuse sociale accompagne les victimes mineures et informe leurs parents, sauf si l'un des parents est "
     "mis en cause.", "victimes_seulement"),
    ("L'intervenante reçoit les victimes ; elle prévient la famille sauf si le conjoint est lui-même l'auteur des faits.",
     "victimes_seulement"),
    # kept: authors received
    ("L'intervenant reçoit les victimes ainsi que celui qui est l'auteur des faits, s'il le souhaite.", "tous_publics"),
    ("L'intervenante reçoit les victimes et les auteurs de violences.", "tous_publics"),
    # the person at the origin of the facts oriented by the police
    ("L'intervenant reçoit et accompagne les victimes et les personnes en grande précarité. Quand la personne à "
     "l'origine des violences demande de l'aide, les gendarmes la dirigent vers le SPIP.", "ambiguite"),
    ("L'intervenante reçoit les victimes ainsi que les personnes soupçonnées d'avoir commis une infraction.", "tous_publics"),
])
def test_public_round56(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # presence in the unit denied impersonally
    ("Il n'est pas prévu de présence de la travailleuse sociale dans les locaux de la brigade ; elle reçoit au CCAS.", "non"),
    ("Aucune présence de l'intervenant·e au commissariat n'est organisée ; les entretiens ont lieu à la mairie.", "non"),
    ("Il n'y aura pas d'installation de l'intervenant au sein du commissariat.", "non"),
    ("L'implantation de l'ISCG dans les brigades n'est pas retenue.", "non"),
    # traps: someone else's presence, a deferred presence, permanences
    ("L'intervenante exerce au sein du commissariat. Il n'est pas prévu de présence des policiers pendant ses entretiens.",
     "oui"),
    ("L'intervenant est installé dans les locaux de la compagnie. Aucune présence de gendarmes n'est requise lors des "
     "entretiens.", "oui"),
    ("Il n'est pas prévu de présence de l'intervenante à la brigade en dehors de ses permanences du lundi et du jeudi.",
     "partiellement"),
])
def test_lieu_round56(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected

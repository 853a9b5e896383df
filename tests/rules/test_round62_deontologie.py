"""Round 62 (helper): what the persons said to the worker kept at the disposal of the investigators,
brought to the brigade's meeting or written in a table shared with the investigators; and a drafting
remark reporting the DELETION of a clause, which is no clause. Wordings written for this test (none is a
rule example or a sample sentence), through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    "La travailleuse sociale met à la disposition des officiers de police judiciaire le contenu de ses entretiens avec les victimes.",
    "L'ISCG remet à l'OPJ saisi, sur simple demande, un relevé des déclarations que lui ont faites les mis en cause.",
    "Lors du point hebdomadaire du commissariat, l'intervenant apporte ce qu'il a recueilli auprès des personnes reçues, pour que les enquêteurs connaissent le contexte.",
    "Chaque vendredi, l'intervenant·e consigne dans un fichier partagé avec les enquêteurs l'identité des personnes reçues et les difficultés relevées.",
    "Elle fait part aux enquêteurs des confidences des familles afin de faciliter les investigations.",
])
def test_fires(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # negation, consent, law, the other direction, the investigators' own hearings
    "L'intervenante ne met en aucun cas à la disposition des enquêteurs le contenu de ses entretiens.",
    "Le contenu des entretiens n'est jamais remis à l'officier de police judiciaire.",
    "Si la personne y consent, l'intervenant fait part aux enquêteurs des éléments qu'il a recueillis auprès d'elle.",
    "Les enquêteurs remettent à l'intervenante l'identité des personnes à recontacter.",
    "Les déclarations recueillies par les enquêteurs lors des auditions restent au dossier de la procédure.",
    # a drafting remark about a deleted clause
    "NB : suppression de la mention relative à la copie des fiches d'entretien au commandant, à la demande de l'association.",
    "Remarque : phrase supprimée concernant la copie de la fiche de suivi à la brigade, validée par le groupement le 3 mars.",
    "La clause barrée lors de la relecture prévoyait une copie des fiches de liaison au commissariat.",
])
def test_silent(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"


def test_deleted_clause_does_not_hide_a_real_one() -> None:
    assert code("deontologie", "Une copie de chaque fiche d'entretien rédigée par l'intervenante est adressée au commandant de brigade.") == "contre_sens"

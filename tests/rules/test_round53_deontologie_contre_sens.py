"""Round 53: the worker's interviews handed to the forces in the writers' own words — the forces named first
and taken up by « lui / leur » (« l'avise et lui remet une relation écrite »), the forces as subject-recipient
(« est destinataire d'une note », « se voit remettre »), the handover named without a verb after the
forces' request (« sur sollicitation de l'OPJ, communication des éléments recueillis »), answering the
investigators' questions about the people received, and « le double » / « un exemplaire » of the worker's
sheet sent to the commandant or put into the procedure. Traps: the OPJ informing the worker, consent,
226-14, denials, anonymous figures, copies kept by the worker or sent to the employer, the convention's own
copies. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text", [
    # forces named, then the pronoun
    SECRET + "Lorsque la situation le justifie, l'intervenante contacte le gendarme en charge de la plainte et lui "
    "relate, s'il le souhaite, les propos tenus par la victime au cours de l'entretien.",
    SECRET + "L'intervenant·e social·e avise les enquêteurs de toute révélation et leur communique un compte rendu "
    "écrit de l'entretien.",
    SECRET + "Le travailleur social previent l'officier de police judiciaire et lui transmet a sa demande les "
    "informations recueillies lors des entretiens.",
    # forces as subject-recipient
    SECRET + "À sa demande, le chef de brigade se voit communiquer par l'intervenante le compte rendu de chaque "
    "entretien.",
    SECRET + "Les enquêteurs saisis reçoivent, s'ils le demandent, une note retraçant la situation de la famille.",
    # handover named after the forces' request
    SECRET + "Modalités : sur simple demande du service enquêteur, remise des comptes rendus d'entretien.",
    # answering the investigators' questions
    SECRET + "Elle répond aux questions des policiers sur les personnes qu'elle a reçues.",
    # the copy of the worker's sheet
    SECRET + "Chaque entretien donne lieu à une fiche ; un double est transmis au commandant de la communauté de "
    "brigades.",
    SECRET + "La synthèse de l'entretien est établie en deux exemplaires, dont l'un est conservé par l'intervenant. "
    "Une copie est versée au dossier de la procédure par l'enquêteur.",
])
def test_interviews_handed_to_the_forces(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "L'intervenante sociale s'entretient avec l'officier de police judiciaire, qui lui remet les éléments "
    "recueillis au cours de l'enquête utiles à l'accompagnement.",
    SECRET + "Avec l'accord de la personne, l'intervenant contacte l'enquêteur et lui communique un compte rendu "
    "de l'entretien.",
    SECRET + "L'intervenant avise l'officier de police judiciaire dans les seuls cas prévus par l'article 226-14 "
    "du code pénal et lui remet alors un écrit.",
    SECRET + "L'intervenante prévient le gendarme de sa venue mais ne lui communique jamais le contenu des "
    "entretiens.",
    SECRET + "Le commandant est destinataire d'un bilan statistique anonyme de l'activité.",
    SECRET + "Le commandant ne reçoit aucun compte rendu d'entretien.",
    SECRET + "L'intervenant peut refuser de répondre aux questions des enquêteurs sur les personnes reçues.",
    SECRET + "Un exemplaire de la présente convention est remis au commandant de groupement.",
    SECRET + "La fiche d'entretien est conservée par l'intervenante ; une copie est adressée au seul employeur.",
    SECRET + "Une copie du procès-verbal de plainte est remise à l'intervenante par l'officier.",
])
def test_traps(text):
    assert code("deontologie", text) == "securisee"

"""The worker's writing on a person named first, then handed to the forces further in the sentence (« un
exemplaire en est remis », « un double de cette note est remis »), often after a « ; » and in an annexed
charter; the worker's notes held at the OPJ's disposal; scanned copies where « l' » is read « I' ».
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = ("L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). ")


@pytest.mark.parametrize("text", [
    # pronoun « en » after a « ; »
    "Après chaque rendez-vous, l'intervenante rédige une synthèse de la situation ; un exemplaire en est remis "
    "au chef de la brigade de protection des familles.",
    "Pour chaque famille reçue, le travailleur social établit une fiche de synthèse ; une copie en est "
    "transmise aux enquêteurs du commissariat afin qu'ils connaissent la situation.",
    # demonstrative, the agent named by his charge, purpose « compléter / alimenter la procédure »
    "Une note d'entretien est établie pour chaque victime reçue, puis un double de cette note est remis sous "
    "deux jours au fonctionnaire chargé du dossier, pour compléter la procédure.",
    "Une copie de ces comptes rendus est adressée à l'agent chargé de l'enquête, afin d'alimenter la procédure.",
    "Le compte rendu de chaque rencontre est rédigé le jour même ; il est transmis à l'officier chargé de "
    "l'enquête.",
    # scanned copy, « l' » read « I' »
    "À l'issue de chaque entretien, I'intervenante rédige une note d'entretien ; une copie en est adressée à "
    "I'officier chargé de l'enquête afin de compléter le dossier.",
    # notes held at the OPJ's disposal (also with OCR noise)
    "Dès qu'une procédure est engagée, les notes de l'intervenante relatives à la victime sont tenues à la "
    "disposition de l'officier de police judiciaire saisi.",
    "Lorsqu'une enquête est ouverte, les notes de I'intervenante sur la victime sont tenues à la disposition "
    "des enquêteurs.",
])
def test_writing_named_then_handed_to_forces(text):
    assert code("deontologie", text) == "contre_sens"


def test_annex_charter_counts():
    text = ("Chaque entretien donne lieu à une fiche de synthèse ; un exemplaire en est remis au chef de la brigade "
            "de protection des familles.")
    assert code("deontologie", text, zone="annexe") == "contre_sens"


@pytest.mark.parametrize("text", [
    # denied
    "L'intervenante rédige une fiche de synthèse ; aucun exemplaire n'en est remis aux enquêteurs.",
    "Un double de cette note n'est jamais remis au fonctionnaire chargé de l'affaire.",
    "Les notes de l'intervenante ne sont pas tenues à la disposition de l'officier de police judiciaire.",
    # someone else receives it; the forces only named before
    "L'officier oriente la victime vers l'intervenante ; le compte rendu de l'entretien est remis à "
    "l'association.",
    # the forces' own writings handed to the worker
    "Les comptes rendus d'intervention rédigés par les policiers sont remis à l'intervenante.",
    # a document that is not about a person
    "Un exemplaire de cette convention est remis au commandant de brigade.",
    "Le compte rendu de la réunion partenariale annuelle est adressé au commissaire.",
    "La synthèse de l'évaluation du dispositif est remise au commissaire.",
    # quoted to be rejected
    "L'étude relève que certaines conventions prévoient qu'une copie de la note est remise au fonctionnaire "
    "chargé de l'affaire.",
])
def test_not_a_hand_over(text):
    assert code("deontologie", text) != "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "La fiche de synthèse est conservée par l'association ; avec l'accord de la personne, une copie en "
    "est remise à l'enquêteur.",
    SECRET + "Ses notes sont conservées par l'association et ne sont jamais communiquées aux enquêteurs.",
])
def test_consent_or_refusal_stays_secured(text):
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text", [
    "Ce bilan est communiqué pour information au commandant du groupement.",
    "Ce bilan est adressé au Préfet, au Président de la communauté d'agglomération et au commandant de la gendarmerie.",
    "Ce rapport est transmis au commissaire et au comité de pilotage.",
])
def test_activity_report_sent_to_the_forces_is_no_writing_about_a_person(text):
    assert code("deontologie", "L'intervenant établit chaque année un bilan anonyme de son activité. " + text) != "contre_sens"

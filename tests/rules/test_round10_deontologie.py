"""Round 10 held-out wordings for déontologie, through the real engine.

Written from the codebook and the study, not copied from any sample. Each phenomenon fixed in round 10
is tried in at least six other wordings (other documents, verbs, word order, passive, the forces as the
subject, missing accents, OCR slips), with sentences that carry the same cue and mean the opposite:

- the worker's own follow-up documents on one person (plan d'accompagnement, fiche de suivi, bilan
  individuel, synthèse…) handed to the police or the gendarmerie, whatever the verb (adresser, copier,
  faire parvenir, remettre, verser) or said from the recipient's side (« le référent est destinataire
  de… », « le commandant est mis en copie de… »); denied, framed by the person's consent, sent the other
  way (the forces' writings sent to the worker), or an anonymous report, it is not the mistake;
- « conformément aux procédures internes » is no criminal file, and an information préoccupante the
  worker weighs (to the Département's child-protection cell) is no hand-over to the forces.
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- the worker's documents on one person handed to the forces
DOCUMENTS_TO_FORCES = [
    ("Un projet d'accompagnement est construit avec chaque victime, dont un exemplaire est adressé systématiquement à l'officier référent du commissariat.", "contre_sens"),
    ("La fiche de suivi de chaque personne est transmise au chef de poste à l'issue de l'entretien.", "contre_sens"),
    ("L'intervenante fait parvenir au commandant de brigade un bilan individuel de chaque situation.", "contre_sens"),
    ("Le plan d'accompagnement est copie au referent de la brigade.", "contre_sens"),
    ("Les bilans de situation sont remis systematiquement aux enqueteurs.", "contre_sens"),
    ("Le diagnostic social établi pour chaque famille est versé au dossier de la procédure.", "contre_sens"),
    # the forces as the recipients
    ("Le référent violences intrafamiliales du commissariat est destinataire de chaque plan d'accompagnement.", "contre_sens"),
    ("Le commandant de brigade est mis en copie des comptes rendus d'entretien.", "contre_sens"),
    ("Les officiers référents reçoivent une copie des fiches de liaison rédigées par l'intervenant.", "contre_sens"),
    ("Le chef de service est systematiquement destinataire des notes sociales.", "contre_sens"),
    # the opposite: negation, consent, the other direction, an anonymous report, the law
    ("Le plan d'accompagnement n'est en aucun cas adressé au référent de la brigade.", "non_precise"),
    ("Le commandant n'est jamais destinataire des comptes rendus d'entretien.", "non_precise"),
    ("Avec l'accord de la personne, une synthèse de son accompagnement est remise à l'officier référent.", "securisee"),
    ("L'intervenant est destinataire des fiches de liaison établies par la brigade.", "non_precise"),
    ("L'intervenante est destinataire des comptes rendus d'intervention des policiers.", "non_precise"),
    ("Le commandant de groupement est destinataire du bilan d'activité annuel, anonyme.", "non_precise"),
    ("Le plan d'accompagnement, élaboré avec la personne, reste couvert par le secret professionnel et n'est pas communiqué au commissariat.", "securisee"),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS_TO_FORCES)
def test_worker_documents_handed_to_the_forces(text, expected):
    assert code("deontologie", text) == expected


# ---- internal procedures and an information préoccupante are not the criminal file
NOT_THE_CRIMINAL_FILE = [
    ("Lorsqu'un mineur est exposé aux violences, l'intervenant apprécie l'opportunité de transmettre une information préoccupante, selon les procédures internes du Département.", "non_precise"),
    ("Les informations utiles sont transmises conformément aux procédures internes de l'employeur.", "non_precise"),
    ("Elle evalue avec sa responsable l'opportunite d'une transmission d'information preoccupante.", "non_precise"),
    ("Toute information préoccupante est communiquée à la cellule départementale suivant les procédures de la direction de l'enfance.", "non_precise"),
    ("Les éléments recueillis sont transmis au service social départemental conformément aux procédures en vigueur.", "non_precise"),
    ("Le travailleur social apprécie, avec son encadrement, l'opportunité de communiquer les informations aux services de l'aide sociale à l'enfance.", "non_precise"),
    # the hand-over to the forces stays read, with or without a « procédure » nearby
    ("Les informations recueillies sont transmises aux enquêteurs en charge de la procédure.", "contre_sens"),
    ("Le compte rendu de chaque entretien est versé aux procédures ouvertes par la brigade.", "contre_sens"),
    # a systematic transmission to the child-protection cell stays an ambiguity
    ("L'intervenante transmet systématiquement une information préoccupante à la cellule départementale de recueil.", "ambiguite"),
]


@pytest.mark.parametrize("text,expected", NOT_THE_CRIMINAL_FILE)
def test_internal_procedures_are_not_the_criminal_file(text, expected):
    assert code("deontologie", text) == expected


# ---- secret aligned on the forces', read through the OCR slip « rn » for « m »
OCR_ALIGNED_SECRET = [
    ("L'intervenante est astreinte au secret professionnel dans les mêmes conditions que les rnilitaires de la brigade.", "ambiguite"),
    ("Il est soumis aux mêmes règles de secret que les rnilitaires.", "ambiguite"),
    ("Il est soumis au meme secret que les gendarrnes de l'unite.", "ambiguite"),
    ("Elle observe une discrétion identique à celle des rnilitaires de la compagnie.", "ambiguite"),
    ("Les regles de confidentialite sont les memes tant pour l'intervenant que pour les rnilitaires.", "ambiguite"),
    ("Le secret de l'intervenant est tenu selon des règles distinctes de celles des rnilitaires.", "non_precise"),
    ("Il n'est pas soumis aux mêmes règles de secret que les rnilitaires de la gendarrnerie.", "non_precise"),
]


@pytest.mark.parametrize("text,expected", OCR_ALIGNED_SECRET)
def test_secret_aligned_on_the_forces_through_ocr(text, expected):
    assert code("deontologie", text) == expected

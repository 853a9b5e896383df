"""Round 24 (déontologie): families of wordings met in the blind sets yi to yk.

(1) The worker's caseload sent to the police as names: a nominative list / the names of the persons
received, followed, met, sent to the chief or the investigators is a systematic report (contre_sens),
even when the convention's ethics article is sound; the police sending the worker a list of persons to
contact (the referral), anonymous figures and a denied transmission stay silent.
(2) The worker's writing on a person joined to the judicial file (« versée à la procédure », « jointe
au dossier », the officer « joint à la procédure le compte rendu de l'intervenante »), or a document
named by a demonstrative (« Cette fiche ») sent « en copie » to the police: contre_sens; the model
convention's « ne sont ni versés aux procédures » and a police record joined to the file stay silent.
(3) Material presenting the post to the public (leaflet, poster, press release) approved by the
commissaire or the commandant is no sharing of a person's information.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECURE = ("L'intervenant social est tenu au secret professionnel dans les conditions prévues aux articles "
          "226-13 et 226-14 du code pénal. ")

NOMINATIVE_LIST = [
    (SECURE + "Chaque lundi, l'intervenante transmet au commandant de brigade la liste nominative des victimes reçues la semaine précédente.", "contre_sens"),
    (SECURE + "Un relevé nominatif des personnes accompagnées est adressé chaque mois au chef de circonscription.", "contre_sens"),
    (SECURE + "La liste des familles qu'elle a rencontrées est remise tous les quinze jours aux enquêteurs du commissariat.", "contre_sens"),
    (SECURE + "L'ISCG communique au service d'accueil les noms des personnes reçues, avec une note sur chaque situation.", "contre_sens"),
    (SECURE + "Un tableau nominatif des usagers suivis est tenu a la disposition du commissaire de police.", "contre_sens"),
    ("l'intervenant social fera parvenir a l'officier referent un etat nominatif hebdomadaire des personnes recues", "contre_sens"),
    # the referral (police -> worker), anonymous figures, a denied transmission
    (SECURE + "Le chef de poste transmet chaque matin à l'intervenante la liste nominative des victimes à recontacter.", "securisee"),
    (SECURE + "Le commissariat lui adresse une liste nominative des personnes ayant déposé une main courante.", "securisee"),
    (SECURE + "Un état statistique anonyme des personnes reçues est transmis chaque trimestre au commandant de compagnie.", "securisee"),
    (SECURE + "La liste nominative des personnes reçues n'est en aucun cas communiquée aux services de police.", "securisee"),
    (SECURE + "Aucun relevé nominatif des personnes suivies n'est transmis au commissaire.", "securisee"),
]

JOINED_TO_THE_FILE = [
    (SECURE + "Le compte rendu de chaque entretien est versé à la procédure judiciaire en cours.", "contre_sens"),
    (SECURE + "L'officier de police judiciaire joint au dossier de la procédure la note rédigée par l'intervenante.", "contre_sens"),
    (SECURE + "Les évaluations sociales réalisées par l'ISCG sont annexées à la procédure transmise au parquet.", "contre_sens"),
    (SECURE + "L'intervenant rédige une synthèse pour chaque victime orientée ; cette synthèse est adressée en copie au commandant de brigade.", "contre_sens"),
    (SECURE + "Elle renseigne une fiche de suivi. Ces fiches sont envoyees en copie au chef de poste.", "contre_sens"),
    ("le rapport social etabli par l'intervenant est integre au dossier penal de la victime", "contre_sens"),
    # the model convention's denial, the police's own record, the worker's appraisal file
    (SECURE + "Ses notes et dossiers restent chez l'employeur ; ils ne sont jamais versés aux procédures.", "securisee"),
    (SECURE + "Les écrits de l'intervenante ne sont ni joints au dossier de procédure ni remis aux enquêteurs.", "securisee"),
    (SECURE + "Le procès-verbal d'audition est joint à la procédure par l'enquêteur.", "securisee"),
    (SECURE + "Lors de l'entretien annuel, le commandant peut rédiger une appréciation écrite versée au dossier de l'agent à titre d'avis.", "securisee"),
    (SECURE + "Cette fiche reste la propriété de l'employeur et n'est pas transmise en copie au commissariat.", "securisee"),
]

PUBLIC_MATERIAL = [
    ("La plaquette de présentation du dispositif est conçue par l'association et validée par le commandant de groupement.", "non_precise"),
    ("Les affiches et dépliants informant le public de la présence de l'intervenante sont soumis à l'accord du commissaire.", "non_precise"),
    ("Toute communication auprès de la presse relative au poste se fait avec l'aval du directeur départemental de la sécurité publique.", "non_precise"),
    ("Les supports de communication destines au public sont valides par le chef de circonscription avant diffusion.", "non_precise"),
    ("Aucune brochure sur le dispositif n'est diffusée sans la validation du commandant de compagnie.", "non_precise"),
    ("Le flyer remis aux victimes par les gendarmes est approuvé par le commandant d'unité.", "non_precise"),
    # the tutelage over a person's information is still contre_sens
    ("Toute transmission d'information sur une personne reçue est soumise à la validation du commissaire.", "contre_sens"),
    ("Les éléments recueillis ne sont communiqués aux partenaires qu'après accord préalable du commandant de brigade.", "contre_sens"),
]


@pytest.mark.parametrize("text,expected", NOMINATIVE_LIST + JOINED_TO_THE_FILE + PUBLIC_MATERIAL)
def test_deontologie_round24(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

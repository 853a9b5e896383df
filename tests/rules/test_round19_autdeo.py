"""Round 19 (autorités, déontologie): families of wordings met in the blind sets zo to zr, written anew.

Autorités: (1) who is CONSULTED is not who decides — the employer's hierarchy (« son supérieur
hiérarchique départemental ») conducts the appraisal or grants leave after the forces were consulted or
gave an opinion: no inversion; the real inversions (the forces hold the hierarchy, the opinion going to
them) stay. (2) An appraisal drawn from the forces' written note on how the worker served (« la façon
dont il a servi ») is the study's « rapport sur la manière de servir »: confuse, not inversee, while the
forces' own notation stays an inversion. Déontologie: (3) a document about the post or the organisation
(job description, profile, contract) sent « pour information » to the forces says nothing of the persons
received; the worker's reports on persons sent the same way are still a hand-over.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

# Both authorities written as the reference framework does: any remaining inversion or confusion comes
# from the sentence under test (both outrank « conforme » in the decision table).
SPLIT = (" L'intervenant est placé sous l'autorité hiérarchique de son employeur et sous l'autorité"
         " fonctionnelle du commandant de compagnie.")

CONSULTED_IS_NOT_DECIDING = [
    ("L'entretien annuel d'évaluation est mené par sa supérieure hiérarchique départementale, le commissaire ayant été consulté au préalable." + SPLIT, "conforme"),
    ("Son responsable hierarchique municipal accorde ses conges apres avis du chef de circonscription." + SPLIT, "conforme"),
    ("Le commandant de brigade est consulté par le supérieur hiérarchique de l'intervenante avant l'entretien professionnel." + SPLIT, "conforme"),
    ("Après consultation du commandant de groupement, le responsable hiérarchique associatif fixe ses objectifs annuels." + SPLIT, "conforme"),
    ("Le supérieur hiérarchique de l'intervenant recueille l'avis du commissaire de police sur son insertion dans le service." + SPLIT, "conforme"),
    ("Sa hiérarchie départementale conduit l'entretien professionnel, l'officier référent pouvant donner son avis." + SPLIT, "conforme"),
    # the real inversions stay: the forces hold the hierarchy, the employer (or nobody) is only consulted
    ("Le commandant de compagnie est le supérieur hiérarchique de l'intervenant.", "inversee"),
    ("L'intervenante a pour responsable hiérarchique le chef de la circonscription de sécurité publique.", "inversee"),
    ("L'intervenant relève, sur le plan hiérarchique, du commandant de la compagnie.", "inversee"),
    ("Sa hiérarchie est assurée par le commissaire de police.", "inversee"),
]

APPRAISAL_FROM_THE_FORCES_NOTE = [
    ("L'appréciation de sa valeur professionnelle est établie à partir de la note écrite que le commissaire rédige chaque année sur la façon dont elle a servi." + SPLIT, "confuse"),
    ("Le commandant de brigade rédige chaque année une note sur la manière dont l'intervenant a servi au sein de l'unité ; l'association la reprend lors de l'entretien." + SPLIT, "confuse"),
    ("L'employeur s'appuie, pour l'entretien annuel, sur la note écrite du chef de circonscription relative à la facon dont l'intervenante sert au commissariat." + SPLIT, "confuse"),
    ("Chaque annee le commissaire adresse a la Ville une note sur la maniere dont il a servi." + SPLIT, "confuse"),
    ("Le DDSP indique dans une note rédigée chaque année comment l'intervenante a servi dans le service." + SPLIT, "confuse"),
    ("L'évaluation est fondée sur la note établie par l'officier référent sur la façon dont celle-ci a servi." + SPLIT, "confuse"),
    # the forces' own notation stays an inversion; a « servir de lien » is no manner of serving
    ("Le commissaire de police procède chaque année à la notation de l'intervenante.", "inversee"),
    ("Le commandant de brigade valide ses demandes de congés et d'absence.", "inversee"),
    ("La façon dont il sert de lien entre la brigade et les services sociaux est précisée en annexe." + SPLIT, "conforme"),
]

POST_DOCUMENTS_ARE_NOT_PERSONS = [
    ("La fiche de poste est communiquée pour information au directeur départemental de la sécurité publique.", "non_precise"),
    ("Le profil de poste est adressé pour information au commandant de la compagnie de gendarmerie.", "non_precise"),
    ("Une copie du contrat de travail de l'intervenante est transmise au commissaire.", "non_precise"),
    ("La fiche de fonctions de l'intervenant est remise pour information au chef de circonscription.", "non_precise"),
    ("Sont transmis pour information au commandant de brigade l'organigramme du service et la lettre de mission de l'intervenant.", "non_precise"),
    ("La fiche de poste, arrêtée par l'employeur, est communiquee pour information aux services de police et de gendarmerie.", "non_precise"),
    # the worker's writings on persons, sent the same way, stay a hand-over
    ("Les comptes rendus d'entretien sont transmis pour information au commandant de brigade.", "contre_sens"),
    ("Une note de situation sur chaque personne reçue est communiquée pour information à l'officier de police judiciaire.", "contre_sens"),
    ("Les informations recueillies sont communiquées pour information aux enquêteurs.", "contre_sens"),
]


@pytest.mark.parametrize("text,expected", CONSULTED_IS_NOT_DECIDING + APPRAISAL_FROM_THE_FORCES_NOTE)
def test_autorites_round19(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text,expected", POST_DOCUMENTS_ARE_NOT_PERSONS)
def test_deontologie_round19(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

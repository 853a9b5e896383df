"""Round 57: deontology contre-sens said in the writers' own words (blind errors tk05, tl02, tm07).

1. The worker's writing on the person (fiche de synthèse, compte rendu, note) left with the officer on duty
   and filed with the papers of the case, the writing often taken up by a pronoun (« il la dépose … qui la
   fait classer »).
2. A nominative follow-up tool (tableur, fichier, logiciel, espace collaboratif) filled by the worker and
   readable by the forces, even without an investigative aim stated.
3. Individual situations presented by the worker in a multi-partner group WITHOUT the person's agreement,
   or with a local confidentiality charter said to replace it.
Traps: anonymous statistics, tools the forces fill themselves, consent or 226-14, refusals, rejected
practices. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal).\n"


@pytest.mark.parametrize("text", [
    SECRET + "Au terme de chaque rencontre, l'intervenante sociale rédige un compte rendu, versé parmi les "
    "pièces de la procédure par l'officier de permanence.",
    SECRET + "Pour chaque personne orientée par les policiers, l'intervenant établit une note de situation. "
    "Il la laisse au chef de poste, qui la fait joindre au dossier d'enquête.",
    SECRET + "La fiche de synthese redigee par l'intervenant·e apres l'entretien est annexee au dossier "
    "de l'affaire detenu par la brigade.",
    SECRET + "Les comptes rendus d'entretien de la travailleuse sociale sont archivés avec le dossier "
    "judiciaire de la victime.",
])
def test_writing_filed_with_the_case(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "L'intervenante tient un tableur recensant, pour chaque personne reçue, son nom, ses difficultés "
    "et les démarches engagées ; les commandants de brigade peuvent le consulter sur l'intranet.",
    SECRET + "Les officiers de la compagnie ont un accès en lecture au logiciel de suivi dans lequel "
    "l'intervenant·e inscrit les personnes accompagnées.",
    SECRET + "Un fichier nominatif des personnes suivies, alimenté par l'ISCG, est partagé avec les enquêteurs "
    "de la maison de protection des familles.",
])
def test_nominative_tool_readable_by_forces(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "Au sein de la cellule de prévention du CISPD, l'intervenante fait état de son évaluation de "
    "chaque famille rencontrée, sans avoir à solliciter son accord.",
    SECRET + "L'intervenant social présente aux partenaires du groupe opérationnel les situations des "
    "personnes reçues à la brigade ; leur accord n'est pas nécessaire, une charte de confidentialité liant "
    "les membres du groupe.",
    SECRET + "En réunion partenariale avec les bailleurs et le collège, l'intervenant·e expose les éléments "
    "recueillis auprès des victimes sans leur consentement.",
])
def test_situations_in_group_without_consent(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # anonymous statistics
    SECRET + "Un tableau statistique anonyme de l'activité de l'intervenante est accessible aux officiers "
    "de la compagnie.",
    # a tool the forces fill themselves
    SECRET + "Le tableau des orientations, renseigné par les militaires, est consultable par les "
    "commandants de brigade ; l'intervenante n'y inscrit rien.",
    # the forces' own papers filed with the case
    SECRET + "Le procès-verbal d'audition de la victime est joint au dossier de la procédure ; l'intervenant "
    "n'en est pas destinataire.",
    # the worker's writings kept away from the case
    SECRET + "Les notes de l'intervenante ne sont jamais versées au dossier de la procédure.",
    # consent
    SECRET + "Avec l'accord de la personne, l'intervenante peut inscrire son nom dans le tableau de suivi "
    "consultable par les commandants de brigade.",
    SECRET + "En cellule de veille, l'intervenante n'évoque la situation d'une personne qu'avec son accord.",
    # refusal of a situation presented without consent
    SECRET + "L'intervenant social ne présente aucune situation individuelle en groupe partenarial sans "
    "l'accord de la personne.",
    # anonymous group work
    SECRET + "L'intervenante participe aux groupes thématiques du CLSPD, où seules des situations "
    "anonymisées sont évoquées.",
])
def test_traps_stay_clean(text):
    assert code("deontologie", text) == "securisee"

"""Round 18 (public, déontologie): families of wordings met in the blind sets zk to zn, written anew.

Public: the authors' care denied by the main verb that only comes after an incidental clause (« La prise
en charge des auteurs, qui relève du SPIP, ne relève pas du présent poste »). Déontologie: a hand-over
to the forces restricted to the follow-up of a referral (contact made or not), which is no hand-over of
what the person said; and a systematic referral to the CRIP or the parquet denied by its subject
(« aucun signalement n'est systématique »). Each family with its traps: the opposite meaning, « pas
seulement », a real hand-over, missing accents. Run through the real matcher and decision table, as
``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

VICTIMS = "L'intervenante sociale reçoit toute victime de violences conjugales. "
SECRET = " L'intervenant social est tenu au secret professionnel."

AUTHORS_AFTER_INCISE = [
    (VICTIMS + "La prise en charge des auteurs, qui relève des dispositifs judiciaires, ne relève pas du présent poste.", "victimes_seulement"),
    (VICTIMS + "L'accompagnement des personnes mises en cause, confié au SPIP, n'entre pas dans les missions de l'intervenante.", "victimes_seulement"),
    (VICTIMS + "Le suivi des agresseurs (assuré par les associations de responsabilisation) n'incombe pas à l'intervenant social.", "victimes_seulement"),
    (VICTIMS + "Les auteurs de violences, dont la situation est traitée par les enquêteurs, ne font pas partie du public du poste.", "victimes_seulement"),
    (VICTIMS + "La prise en charge des auteurs presumes, qui releve de la justice, ne releve en aucun cas du dispositif.", "victimes_seulement"),
    (VICTIMS + "L'accueil des mis en cause, qui sont entendus par les militaires, ne relève nullement de l'intervenante.", "victimes_seulement"),
    # the opposite: the authors really received, or the denial bears on something else
    (VICTIMS + "La prise en charge des auteurs, qui relève aussi de l'intervenante, ne relève pas seulement de la justice.", "tous_publics"),
    (VICTIMS + "L'intervenante reçoit également les auteurs de violences qui le souhaitent.", "tous_publics"),
    (VICTIMS + "Les auteurs, qui peuvent être accueillis par l'intervenante, sont reçus dans un bureau distinct.", "tous_publics"),
]

FOLLOW_UP_ONLY = [
    ("Les éléments communiqués aux gendarmes se bornent aux suites réservées à la fiche de liaison.", "non_precise"),
    ("L'intervenante indique au référent de la brigade si le contact a été établi, sans autre information.", "non_precise"),
    ("Seule l'effectivité de la prise de contact est portée à la connaissance des enquêteurs.", "non_precise"),
    ("Les informations transmises aux services de police se limitent a la suite donnee a l'orientation (contact etabli ou non).", "non_precise"),
    ("Le retour fait au commissariat porte uniquement sur les suites apportées à la sollicitation.", "non_precise"),
    ("Sont transmis à l'officier référent les seules suites données à chaque fiche : personne jointe ou non.", "non_precise"),
    # real hand-overs of what the person said stay grave
    ("Les informations recueillies en entretien sont transmises aux enquêteurs.", "contre_sens"),
    ("Le compte rendu de chaque entretien est versé au dossier de la procédure.", "contre_sens"),
    ("L'intervenante adresse au commandant de brigade une note de situation sur chaque victime reçue.", "contre_sens"),
]

SYSTEMATIC_DENIED = [
    ("Aucune information préoccupante n'est systématique : l'intervenant apprécie la situation de l'enfant." + SECRET, "securisee"),
    ("Nulle saisine de la CRIP n'est automatique ; le travailleur social juge de son opportunité." + SECRET, "securisee"),
    ("La transmission d'une information préoccupante à la cellule départementale ne revêt aucun caractère obligatoire." + SECRET, "securisee"),
    ("Le signalement au procureur de la République n'est ni systématique ni obligatoire." + SECRET, "securisee"),
    ("L'avis au parquet n'a rien d'automatique : l'intervenante l'apprécie seule dans les cas prévus par la loi." + SECRET, "securisee"),
    ("Aucun signalement n'est systematique : la CRIP n'est saisie qu'au vu de l'evaluation de l'intervenant." + SECRET, "securisee"),
    # the obligation really written stays an ambiguity
    ("Toute situation de danger pour un mineur donne lieu à une saisine systématique de la CRIP." + SECRET, "ambiguite"),
    ("L'intervenant doit systématiquement informer le procureur de la République des faits révélés." + SECRET, "ambiguite"),
    ("Une information préoccupante est obligatoirement transmise à la cellule départementale." + SECRET, "ambiguite"),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORS_AFTER_INCISE)
def test_authors_excluded_after_incidental_clause(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize(("text", "expected"), FOLLOW_UP_ONLY)
def test_follow_up_of_referral_is_no_hand_over(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


@pytest.mark.parametrize(("text", "expected"), SYSTEMATIC_DENIED)
def test_systematic_referral_denied_by_subject(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

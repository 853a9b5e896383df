"""Round 30 wordings (deontologie, autorites), through the real engine.

Written from the families of drafting, never copied from a sample:
- the worker READING the forces' own documents (intervention reports, mains courantes, fiches de
  signalement, listings) to call the people back: the normal flow towards her, never her writings
  shown to the forces;
- the feedback owed TO the worker on the information préoccupante she transmitted: no systematic
  referral by her;
- the employer's authority said by « en assure l'encadrement / la direction / l'appréciation de la
  valeur professionnelle », with the forces only organising her insertion: the split is clear.
Each family is tried with other verbs, word orders, the passive, missing accents, and the contrary
sentence that must still fire.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from rule_wording import RULES, code, code_articles  # noqa: E402,F401  (one rule set for every wording test)


def fired(rule_id: str, text: str) -> bool:
    return any(f.rule_id == rule_id and f.status == "fired" for f in match_text(text, RULES, zone="article"))


WRITINGS_RULE = "deontologie.ecrits_consultables_par_les_forces"
CRIP_RULE = "deontologie.saisine_systematique_crip"
EMPLOYER_RULE = "autorites.employeur_assure_encadrement_direction"

# (1) the forces' documents read by the worker
FORCES_DOCUMENTS_READ = [
    "Chaque matin, l'intervenante sociale consulte avec le gradé de permanence les comptes rendus d'intervention de la nuit, puis rappelle les victimes.",
    "L'intervenant social prend connaissance avec l'officier referent des fiches de signalement etablies par les militaires.",
    "Les rapports d'intervention rédigés par les policiers sont transmis à l'intervenante chaque lundi matin.",
    "Elle consulte le listing des interventions du week-end avec le chef de poste du commissariat.",
    "Les mains courantes enregistrées par les fonctionnaires de police sont communiquées à l'intervenant, qui contacte les personnes.",
    "Au quotidien l'intervenant consulte avec l'adjoint au commandant de brigade les comptes rendus d'interventions et organise les relais.",
    "Les fiches navettes remplies par les gendarmes sont remises à l'intervenante, qui reçoit ensuite les personnes à la brigade.",
]

# the worker's own writings opened to the forces still fire
WORKER_WRITINGS_OPENED = [
    "Les comptes rendus d'entretien de l'intervenant sont consultables par les enquêteurs de la brigade.",
    "Les notes sociales sont enregistrées dans le répertoire partagé du commissariat, accessible aux officiers.",
    "Les fiches d'entretien rédigées par l'intervenante sont classées au secrétariat de la compagnie et consultables par les militaires.",
]

# (2) feedback owed to the worker on the information préoccupante
FEEDBACK_TO_WORKER = [
    "Le Departement s'engage a informer l'intervenante des suites donnees aux informations preoccupantes qu'elle a transmises.",
    "La CRIP tient informé l'intervenant social de la suite réservée à chaque information préoccupante qu'il lui adresse.",
    "Le conseil départemental s'engage à informer l'intervenant du devenir des informations préoccupantes transmises, dans le respect de la loi.",
    "Un retour d'information sur les suites apportées aux informations préoccupantes est obligatoirement fait à l'intervenante.",
    "La cellule de recueil des informations préoccupantes informera l'intervenante sociale des suites qui y sont données.",
    "Le Département doit informer l'intervenant social, dans les conditions prévues par la loi, de la suite donnée à son information préoccupante.",
]

# a referral owed by the worker in every case still fires
SYSTEMATIC_REFERRAL = [
    "L'intervenant social devra saisir la CRIP dans tous les cas où un mineur est exposé aux violences.",
    "Toute situation d'enfant témoin de violences donne lieu à une information préoccupante systématique.",
    "L'intervenante est tenue de transmettre une information préoccupante au Département pour toute situation de danger.",
]

# (3) employer's authority said by what it ensures, forces organising the insertion
FORCES_ORGANISE = (
    "Le commandant de la compagnie organise son insertion dans les unités, sans disposer d'aucun pouvoir de "
    "direction sur sa personne."
)
EMPLOYER_ENSURES = [
    "L'intervenante est salariee de l'association, qui la recrute, la remunere et en assure seule l'encadrement.",
    "L'intervenant social est agent de la commune, qui en assure la direction technique et l'appréciation de la valeur professionnelle.",
    "Le CCAS, son employeur, assure son encadrement et l'appréciation de sa valeur professionnelle.",
    "Employée par le Département, elle relève du responsable du service social, qui exerce sur elle la direction technique.",
    "L'association en exerce exclusivement l'encadrement, par l'intermédiaire de sa cheffe de service.",
    "Le GIP conserve l'encadrement professionnel de l'intervenante et en assure l'evaluation annuelle.",
]

# the same acts given to the forces, or denied, or on someone else, do not fire
NOT_EMPLOYER_ENSURES = [
    "Le commandant de compagnie en assure l'encadrement au quotidien.",
    "L'association n'en assure pas l'encadrement.",
    "L'intervenant assure l'encadrement des stagiaires accueillis au commissariat.",
    "Le commissaire de police assure son encadrement pendant les permanences.",
    "L'intervenante en assure la direction du projet avec les partenaires.",
    "La commune assure la direction de l'action et en rend compte au comité.",
]


@pytest.mark.parametrize("text", FORCES_DOCUMENTS_READ)
def test_forces_documents_read_by_the_worker_are_no_breach(text: str) -> None:
    assert not fired(WRITINGS_RULE, text)
    assert code("deontologie", text) != "contre_sens"


@pytest.mark.parametrize("text", WORKER_WRITINGS_OPENED)
def test_worker_writings_opened_to_the_forces_still_fire(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", FEEDBACK_TO_WORKER)
def test_feedback_owed_to_the_worker_is_no_systematic_referral(text: str) -> None:
    assert not fired(CRIP_RULE, text)
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", SYSTEMATIC_REFERRAL)
def test_systematic_referral_by_the_worker_still_fires(text: str) -> None:
    assert fired(CRIP_RULE, text)


@pytest.mark.parametrize("text", EMPLOYER_ENSURES)
def test_employer_ensuring_supervision_is_the_employer_authority(text: str) -> None:
    assert fired(EMPLOYER_RULE, text)
    assert code_articles("autorites", text, FORCES_ORGANISE) == "conforme"


@pytest.mark.parametrize("text", NOT_EMPLOYER_ENSURES)
def test_supervision_by_the_forces_or_denied_or_of_others_is_not(text: str) -> None:
    assert not fired(EMPLOYER_RULE, text)

"""Round 28 wordings (deontologie): a report the law PERMITS, a duty that belongs to another subject, and a
requisition answered by someone other than the worker, through the real engine.

Written from the families of drafting, never copied from a sample: each phenomenon is tried with other
verbs, word orders, the passive voice, missing accents, and with the contrary sentence that must still fire.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


def fired(rule_id: str, text: str) -> bool:
    return any(f.rule_id == rule_id and f.status == "fired" for f in match_text(text, RULES, zone="article"))


ALERT = "deontologie.alerte_judiciaire_obligatoire"
REQUISITION = "deontologie.repond_aux_demandes_des_enqueteurs"

# (1) the law or the convention PERMITS the report, even against the victim's will: no obligation
PERMITTED_REPORT = [
    "Depuis la loi du 30 juillet 2020, l'article 226-14 du code penal permet de signaler au procureur de la Republique, meme sans l'accord de la victime, les violences conjugales qui mettent sa vie en danger.",
    "La loi autorise desormais l'intervenante a aviser le parquet, meme contre la volonte de la victime, lorsque celle-ci est sous l'emprise de l'auteur.",
    "Le code pénal ouvre à l'intervenant social la faculté de saisir le procureur de la République, même sans l'accord de la personne, en cas de danger immédiat.",
    "L'intervenant peut signaler au parquet, même sans l'accord de la victime majeure, des violences conjugales mettant sa vie en danger.",
    "Le signalement au procureur peut être fait contre le gré de la victime lorsque sa vie est en danger immédiat (art. 226-14, 3°).",
    "Les violences au sein du couple peuvent être signalées au procureur de la République indépendamment de l'accord de la victime, dans les conditions de l'article 226-14.",
    "L'article 226-14 du code pénal donne la possibilité d'informer l'autorité judiciaire même en l'absence d'accord de la victime.",
    "Le 3° de l'article 226-14 permet au professionnel d'alerter le procureur, meme si la victime s'y oppose, lorsque sa vie est menacee.",
]

# (2) the duty belongs to another subject (the OPJ, article 40) and is denied for the worker
ANOTHER_SUBJECT = [
    "L'avis au procureur prévu à l'article 40 du code de procédure pénale relève des seuls officiers de police judiciaire et n'incombe pas à l'intervenante sociale.",
    "En application de l'article 40 du code de procedure penale, l'information du parquet incombe aux seuls enqueteurs ; l'intervenant apprecie seul l'opportunite de signaler.",
    "Il n'incombe pas à l'intervenant social d'aviser le parquet de toute situation de violences : cette obligation pèse sur les policiers au titre de l'article 40.",
    "La transmission au parquet des crimes et délits constatés appartient aux seuls officiers de police judiciaire (article 40 du CPP), et non à l'intervenante.",
    "Les gendarmes avisent le procureur en application de l'article 40 ; l'intervenante apprécie seule, avec la victime, l'opportunité d'un signalement.",
    "Le signalement obligatoire au procureur revient aux seuls fonctionnaires de police ; l'intervenant social, lui, apprécie seul l'opportunité d'aviser l'autorité judiciaire.",
]

# the obligation really placed on the worker still fires
OBLIGED = [
    "L'intervenante sociale doit signaler au procureur de la République toute situation de violences, même sans l'accord de la victime.",
    "En application de l'article 40 du code de procédure pénale, l'intervenant social avise sans délai le parquet de tout crime ou délit dont il a connaissance.",
    "L'intervenant est tenu de signaler au parquet les violences révélées, même contre la volonté de la victime.",
    "Toute révélation de violences est systématiquement portée par l'intervenante à la connaissance du procureur.",
    "Il avise obligatoirement le procureur de la Republique des violences conjugales, que la victime y consente ou non.",
    "L'intervenant social doit aviser le parquet, même si la personne s'y oppose, de toute situation de danger.",
]

# (3) the requisition is answered by another subject (forensic examination, physician, expert)
OTHER_ANSWERS = [
    "L'examen médico-légal réalisé par l'unité médico-judiciaire répond aux réquisitions de l'officier de police judiciaire ; l'entretien social reste proposé.",
    "Le medecin legiste repond a la requisition des enqueteurs ; l'intervenant n'y prend aucune part.",
    "Les examens pratiqués par l'UMJ font suite aux réquisitions des OPJ, tandis que l'intervenante propose un entretien libre.",
    "Sur réquisition de l'officier de police judiciaire, l'expert désigné répond aux questions de l'enquête.",
    "Les médecins de l'unité médico-judiciaire défèrent aux réquisitions des enquêteurs.",
    "L'interprète requis par les policiers répond à la réquisition de l'officier de police judiciaire.",
]

# the worker (or the worker's writings) answering the investigators still fires
WORKER_ANSWERS = [
    "L'intervenante sociale répond aux réquisitions de l'officier de police judiciaire concernant les victimes reçues.",
    "L'intervenant donne suite aux demandes de renseignements des enquêteurs sur les personnes accompagnées.",
    "Le travailleur social fait droit aux requetes des gendarmes relatives aux familles qu'il suit.",
    "Dans le cadre de l'enquête, l'intervenant répond aux demandes d'informations des policiers sur la situation des victimes.",
    "L'intervenante défère aux réquisitions des enquêteurs portant sur les entretiens menés.",
    "Sur réquisition de l'OPJ, l'intervenant social répond aux demandes d'éléments sur les personnes reçues.",
]


@pytest.mark.parametrize("text", PERMITTED_REPORT)
def test_a_permitted_report_is_no_obligation(text: str) -> None:
    assert not fired(ALERT, text)
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", ANOTHER_SUBJECT)
def test_a_duty_of_another_subject_denied_for_the_worker_is_no_obligation(text: str) -> None:
    assert not fired(ALERT, text)
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", OBLIGED)
def test_a_report_owed_by_the_worker_is_ambiguous(text: str) -> None:
    assert fired(ALERT, text)
    assert code("deontologie", text) in {"ambiguite", "contre_sens"}


@pytest.mark.parametrize("text", OTHER_ANSWERS)
def test_a_requisition_answered_by_another_subject_is_no_misreading(text: str) -> None:
    assert not fired(REQUISITION, text)
    assert code("deontologie", text) != "contre_sens"


@pytest.mark.parametrize("text", WORKER_ANSWERS)
def test_the_worker_answering_the_investigators_is_a_misreading(text: str) -> None:
    assert fired(REQUISITION, text)
    assert code("deontologie", text) == "contre_sens"

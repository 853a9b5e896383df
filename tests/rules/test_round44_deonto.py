"""Round 44: what the worker learns in interviews put at the investigators' service (held at the OPJ's
disposal, given on simple request, sent to the commandant « pour leurs investigations »), the officer kept
informed with an incise, cases named one by one before a multi-partner body, and a discretion « de même
nature » as the gendarmes'. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles

SECRET = "L'intervenante est tenue au secret professionnel (articles 226-13 et 226-14 du code pénal)."


@pytest.mark.parametrize("text", [
    # held at the disposal of the investigators, given on request
    "Les informations qu'il recueille auprès des familles sont laissées à la disposition des enquêteurs, "
    "qui peuvent en prendre connaissance sur simple demande.",
    "Les notes prises par l'intervenant·e au cours des entretiens restent à disposition de l'OPJ saisi, "
    "qui en obtient copie à première demande.",
    "Tout élément recueilli lors de ses rencontres avec la victime est remis à l'officier chargé du dossier, "
    "afin de compléter la procédure.",
    # a note on the person sent to the unit for the inquiry (passive, « notamment »)
    "Chaque entretien donne lieu à une note sur la situation de la personne, adressée au commandant de la "
    "compagnie afin d'éclairer l'enquête, notamment sur les antécédents.",
    "Une fiche de liaison décrivant la situation de la victime est transmise aux enquêteurs pour les besoins "
    "de l'enquête.",
    # the officer kept informed, an incise before the object; scanned « I' »
    "Le travailleur social tient les enquêteurs informés, sans délai, de tout élément susceptible d'intéresser "
    "une procédure.",
    "L'intervenante tient I'officier de quart informé, chaque soir, des éléments recueillis en entretien.",
    # cases named before a multi-partner body
    "Lors de la cellule mensuelle, à laquelle siègent le parquet, les bailleurs et la mairie, le travailleur "
    "social présente nommément chaque famille rencontrée.",
    "L'intervenant participe au groupe de suivi partenarial et y évoque les situations suivies en citant le "
    "nom des personnes.",
])
def test_information_put_at_the_service_of_the_forces(text):
    assert code("deontologie", text) == "contre_sens"


def test_grave_despite_secret_stated_before():
    text = ("Les comptes rendus d'entretien sont communiqués au commissariat dès qu'il le demande, "
            "sans qu'il soit besoin de recueillir l'accord de l'intéressée.")
    assert code_articles("deontologie", SECRET, text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # denied, conditioned on consent or on the law, refused, the worker making herself available
    "Les éléments recueillis en entretien ne sont jamais tenus à la disposition des enquêteurs, même sur "
    "simple demande.",
    "Avec l'accord de la personne, l'intervenante peut adresser au commandant une note utile à l'enquête.",
    "L'intervenant oppose le secret professionnel aux réquisitions des enquêteurs portant sur ses entretiens.",
    "Hors les cas prévus par l'article 226-14 du code pénal, rien de ce qui est recueilli en entretien n'est "
    "transmis aux enquêteurs afin d'éclairer l'enquête.",
    "L'intervenante se tient à la disposition des enquêteurs pour rencontrer en entretien, sur simple "
    "demande, les victimes qu'ils lui orientent.",
    "Les procès-verbaux d'audition sont transmis à l'intervenante par les enquêteurs pour préparer "
    "l'entretien.",
    # the meeting without names, or with consent
    "En réunion partenariale, les situations sont présentées de façon anonyme, sans les nommer.",
    "L'intervenante ne présente jamais nominativement les situations lors des séances de la cellule.",
])
def test_denied_or_lawful_stays_not_grave(text):
    assert code("deontologie", text) != "contre_sens"


@pytest.mark.parametrize("text", [
    "Au sein des brigades, il observe une réserve de même nature que celle exigée des gendarmes.",
    "Elle est tenue à une discrétion comparable à celle des policiers du commissariat.",
])
def test_secret_equated_with_the_forces_is_ambiguous(text):
    assert code("deontologie", text) == "ambiguite"


def test_forces_held_to_discretion_like_the_worker_stays_silent():
    assert code("deontologie", "Les gendarmes sont tenus à une discrétion comparable à celle de "
                "l'intervenant.") != "ambiguite"


@pytest.mark.parametrize("text", [
    "Rien de ce que l'intervenante recueille en entretien n'est transmis aux enquêteurs pour les besoins de l'enquête.",
    "Aucun élément des entretiens n'est communiqué aux officiers de police judiciaire pour les besoins de la procédure.",
])
def test_a_hand_over_denied_by_its_subject_is_no_contre_sens(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"

"""Round 37 wordings (deontologie), through the real engine.

Families of drafting, not copies of a sample:
- the secret declared not opposable to the requests of the CRIP (written out in full and taken up by
  « cette cellule / ladite cellule »), the parquet, the investigators or the forces: contre_sens;
- the report to the parquet made an obligation by a double negation (« ne saurait s'abstenir d'aviser »):
  ambiguite;
- a copy of a liaison fiche kept by the issuing unit, or sent by the unit to the worker, is the forces' own
  paper, not the worker's writing given to them.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code  # noqa: E402

SECRET = "L'intervenante est tenue au secret professionnel dans les conditions de l'article 226-13 du code pénal."
CELLULE = ("Les situations de mineurs sont examinées avec la cellule départementale de recueil, de traitement et "
           "d'évaluation des informations préoccupantes.")

SECRET_NOT_OPPOSABLE = [
    CELLULE + " Le secret auquel elle est astreinte ne peut être opposé aux demandes formulées par ladite cellule.",
    CELLULE + " Le secret professionnel n'est pas opposable aux demandes de renseignements de cette cellule.",
    "Le secret professionnel de l'intervenant ne saurait etre oppose aux requisitions des officiers de police judiciaire.",
    "Le secret ne pourra être opposé au procureur de la République lorsqu'il sollicite des éléments sur une famille.",
    "À l'égard des enquêteurs, le secret professionnel de l'intervenante n'est pas opposable.",
    "Le secret professionnel est inopposable aux demandes du parquet relatives aux victimes suivies.",
    "L'obligation de discrétion de l'intervenant ne saurait être opposée aux militaires de la brigade.",
]

SECRET_OPPOSABLE_OR_LEGAL = [
    "Le secret professionnel de l'intervenante est opposable aux enquêteurs comme à tout tiers.",
    "Le secret ne saurait être opposé à la personne elle-même, qui peut consulter les écrits la concernant.",
    "Le secret professionnel ne peut être levé à la demande des enquêteurs ou du parquet.",
    "Le secret n'est pas opposable au procureur dans les cas prévus par l'article 226-14 du code pénal.",
    "Avec l'accord de la personne, le secret n'est pas opposé aux demandes de la CRIP.",
    "Le secret professionnel reste opposable aux demandes de cette cellule.",
]

REPORT_BY_DOUBLE_NEGATION = [
    "L'intervenant ne peut se dispenser d'informer le procureur de la République de toute violence conjugale.",
    "Elle ne pourra s'abstenir de saisir l'autorite judiciaire des faits de violence dont elle a connaissance.",
    "Compte tenu de la gravité des faits, le travailleur social ne saurait omettre d'aviser le parquet.",
    "L'intervenante n'est pas dispensée de signaler au procureur les faits qui lui sont confiés.",
    "L'intervenant social ne saurait se soustraire à l'obligation d'avertir le parquet des faits de violence.",
    "Toutefois, l'intervenante ne peut manquer de porter à la connaissance du parquet tout fait de violence au sein du couple.",
]

NO_REPORT_OWED = [
    "L'intervenante ne saurait être tenue d'aviser le parquet des faits confiés en entretien.",
    "L'intervenante peut s'abstenir d'informer le procureur lorsque la victime s'y oppose.",
    "L'intervenant ne peut s'abstenir d'aviser le procureur que dans les cas prévus par la loi.",
    "Elle n'est pas dispensée de tenir un registre anonyme de son activité.",
    "L'intervenante ne saurait s'abstenir de recevoir une victime orientée par la brigade.",
    "Le travailleur social ne peut se dispenser de rédiger un bilan annuel anonyme de son activité.",
]

FORCES_OWN_FICHE = [
    "Un exemplaire de la fiche est conservé par l'unité émettrice.",
    "Un double de la fiche de liaison remplie par le militaire reste à la brigade.",
    "Une copie de la fiche est adressée à l'intervenante par le commandant de brigade.",
    "La brigade garde une copie de la fiche de signalement remplie par le militaire.",
    "Un exemplaire de la fiche de liaison est archive par le commissariat d'origine.",
    "Une copie de la fiche de transmission remplie par l'agent est transmise à l'association par le service.",
]

WORKER_FICHE_TO_FORCES = [
    "Une copie de chaque fiche de suivi rédigée par l'intervenante est adressée au commandant de brigade.",
    "Le travailleur social transmet au commissaire un double des fiches d'entretien.",
    "Un exemplaire des fiches d'entretien de l'intervenant est remis au chef de service de la police.",
    "Une copie de la fiche de situation établie par l'intervenante est communiquée aux enquêteurs.",
    "L'intervenante adresse une copie de ses fiches de suivi au commandant de gendarmerie.",
    "Un duplicata de chaque fiche d'entretien est transmis au commissariat.",
]


@pytest.mark.parametrize("text", SECRET_NOT_OPPOSABLE)
def test_secret_not_opposable_to_requests_is_contre_sens(text: str) -> None:
    assert code("deontologie", SECRET + " " + text) == "contre_sens"


@pytest.mark.parametrize("text", SECRET_OPPOSABLE_OR_LEGAL)
def test_secret_opposable_or_legal_exception_stays_securisee(text: str) -> None:
    assert code("deontologie", SECRET + " " + text) == "securisee"


@pytest.mark.parametrize("text", REPORT_BY_DOUBLE_NEGATION)
def test_report_owed_by_double_negation_is_ambiguite(text: str) -> None:
    assert code("deontologie", SECRET + " " + text) == "ambiguite"


@pytest.mark.parametrize("text", NO_REPORT_OWED)
def test_no_report_owed_stays_securisee(text: str) -> None:
    assert code("deontologie", SECRET + " " + text) == "securisee"


@pytest.mark.parametrize("text", FORCES_OWN_FICHE)
def test_forces_own_fiche_is_not_a_worker_writing(text: str) -> None:
    assert code("deontologie", text) == "non_precise"


@pytest.mark.parametrize("text", WORKER_FICHE_TO_FORCES)
def test_worker_fiche_copied_to_the_forces_is_contre_sens(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"

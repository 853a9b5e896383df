"""Round 31 wordings (deontologie, autorites), through the real engine.

Written from the families of drafting, never copied from a sample:
- the worker's exchanges with outside partners held to the forces' prior consent, said with
  « en référer (préalablement) au commandant … avant » or a relative « … dont l'accord est requis »;
- the worker's writings on one person (plan, bilan, synthèse, évaluation) sent to the forces for each
  situation / in every case, the writing named by its object (« le bilan de la situation »);
- the employer said to BE the worker's hierarchy (« est son employeur et sa hiérarchie », « son
  supérieur hiérarchique reste le directeur de l'association »), and the CIDFF, an association network
  named by its acronym, as employer.
Each family is tried with other verbs, word orders, the passive, missing accents, and the contrary
sentence that must stay silent.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402  (one rule set for every wording test)

# (1a) exchanges with partners held to the forces' prior consent
CONSENT_OF_THE_FORCES = [
    "Avant tout échange d'informations avec un partenaire extérieur, l'intervenant social en réfère préalablement au commandant de brigade, dont l'accord est requis.",
    "Lorsqu'une transmission à un bailleur est envisagée, l'intervenante en refere au prealable au chef de circonscription avant toute communication.",
    "Elle informe le chef de circonscription, dont l'aval préalable est nécessaire, de tout partage d'informations envisagé avec un partenaire.",
    "Toute communication d'éléments à un service extérieur est soumise au visa de l'officier référent.",
    "Les echanges d'informations avec les partenaires exterieurs sont subordonnes a l'accord prealable du commandant de compagnie.",
    "Avant toute transmission d'éléments à un service extérieur, elle en réfère au commissaire pour accord.",
    "La transmission d'informations aux partenaires se fait sous réserve de l'accord du chef de circonscription, dont la validation écrite est exigée.",
]

# (1a) the contrary: the forces' consent for THEIR acts, the person's consent, freedom from the chief
CONSENT_NOT_OF_THE_FORCES = [
    "L'accès de l'intervenant aux fichiers de police se fait avec l'accord du commissaire.",
    "L'intervenante pose ses congés après accord du commandant de brigade.",
    "L'intervenant n'a pas à en référer au commandant avant de transmettre une information à un partenaire.",
    "L'intervenant n'a pas à solliciter l'accord du commandant avant de transmettre une information à un partenaire.",
    "Toute transmission d'information à un partenaire se fait avec l'accord de la personne, dont le consentement est requis.",
    "Les gendarmes peuvent accéder aux locaux de l'association avec l'accord du directeur.",
]

# (1b) the worker's writings sent to the forces for each situation
WRITINGS_SENT_EACH_TIME = [
    "Pour chaque personne orientée par l'unité, l'intervenante formalise un plan d'accompagnement, adressé pour information au commandant de la brigade.",
    "Dans tous les cas, l'évaluation sociale réalisée par l'intervenant est transmise au chef de circonscription.",
    "A chaque fois qu'une victime est orientee par les gendarmes, le bilan de la situation etabli par l'intervenant est envoye au commandant de compagnie.",
    "Pour chaque situation, l'intervenant social remet une synthèse écrite au référent de la brigade.",
    "L'intervenante adresse au commissaire, pour chaque situation signalée, une fiche de suivi.",
    "Le bilan de chaque accompagnement est systématiquement remis au chef de poste.",
    "Une fiche de synthèse est établie pour chaque personne reçue et communiquée à l'officier référent du commissariat.",
]

# (1b) the contrary: no plan sent, or sent with the person's consent
WRITINGS_KEPT = [
    ("Aucun plan d'accompagnement n'est transmis aux gendarmes.", "non_precise"),
    ("Pour chaque personne, l'intervenante formalise un plan d'accompagnement, qui reste dans son dossier et n'est pas transmis aux gendarmes.", "non_precise"),
    ("Le plan d'accompagnement n'est adressé au commandant de brigade qu'avec l'accord de la personne.", "securisee"),
    ("Avec le consentement de la victime, la synthèse est communiquée au référent de la brigade.", "securisee"),
    ("Le bilan d'activité anonyme est adressé chaque année au commandant de compagnie.", "non_precise"),
    ("Le bilan de la situation n'est en aucun cas remis aux enquêteurs.", "non_precise"),
]

# (2) the employer said to be the worker's hierarchy, with the forces' functional authority
FUNCTIONAL = "Le commandant de brigade exerce une autorité fonctionnelle sur l'intervenant."
EMPLOYER_IS_THE_HIERARCHY = [
    "L'association est son employeur et sa hiérarchie : elle l'a recrutée et fixe ses horaires.",
    "Le CCAS demeure sa seule hiérarchie, qui conduit son entretien annuel.",
    "Son supérieur hiérarchique reste la directrice de l'association.",
    "La commune est à la fois son employeur et son autorité hiérarchique.",
    "Sa hierarchie est celle de l'association employeuse, qui organise ses conges.",
    "Le Département, qui l'a recrutée, est sa hiérarchie.",
    "L'intervenante reste salariée du CIDFF, lequel exerce à son égard l'autorité hiérarchique.",
    "L'autorité hiérarchique est exercée par le CIDFF du Rhône.",
    "Le CIDFF conserve l'autorite hierarchique et technique sur la salariee.",
]
EMPLOYER_NOT_THE_HIERARCHY = [
    "L'association n'est pas sa hiérarchie : elle ne fait que verser son salaire.",
    "Le commandant de compagnie est sa hiérarchie, l'association son employeur.",
    "Le CIDFF n'exerce pas l'autorité hiérarchique sur l'intervenante.",
    "L'association ne demeure pas son autorité hiérarchique.",
    "Le CIDFF verse le salaire de l'intervenante.",
    "Sa hiérarchie est le commandant de la brigade.",
]


@pytest.mark.parametrize("text", CONSENT_OF_THE_FORCES)
def test_exchanges_held_to_the_forces_consent_are_contre_sens(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", CONSENT_NOT_OF_THE_FORCES)
def test_other_consents_are_no_tutelage(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"


@pytest.mark.parametrize("text", WRITINGS_SENT_EACH_TIME)
def test_writings_sent_to_the_forces_each_time_are_contre_sens(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text, expected", WRITINGS_KEPT)
def test_writings_kept_or_sent_with_consent(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text", EMPLOYER_IS_THE_HIERARCHY)
def test_employer_being_the_hierarchy_is_conforme(text: str) -> None:
    assert code_articles("autorites", text, FUNCTIONAL) == "conforme"


@pytest.mark.parametrize("text", EMPLOYER_NOT_THE_HIERARCHY)
def test_employer_denied_or_forces_hierarchy_is_not_conforme(text: str) -> None:
    assert code_articles("autorites", text, FUNCTIONAL) != "conforme"

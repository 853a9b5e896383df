"""Round 21 (déontologie, qualification): families of wordings met in the blind sets zw to zz.

Déontologie: (1) the systematic character of a transmission denied with « ne … de » after a long
subject (« aucune transmission, vers la CRIP ou le parquet, n'a de caractère systématique »); (2) the
FORCES' referral made with the person's consent (« les policiers, avec l'accord de la personne,
prennent rendez-vous pour elle ») is a practical arrangement, not the worker's ethical framework;
(3) the worker's follow-up document on one person (plan d'accompagnement, projet personnalisé, bilan
de situation) sent « en copie » to the forces is a contre-sens, even beside a correct secrecy article.
Qualification: (4) « deme ure » (a scanned « demeure ») is not the acronym DEME; (5) a fallback to a
person defined by experience opened by a failed recruitment (« lorsqu'aucun candidat … ne peut être
recruté, le poste peut être confié à un agent justifiant d'une expérience »).
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECRET = " L'intervenant social est tenu au secret professionnel dans les conditions prévues par le code pénal."
DIPLOMA = "Le poste est occupé par un travailleur social diplômé d'État (DEASS, DEES ou DECESF). "

DENIED_SYSTEMATIC = [
    ("Aucune transmission, vers la brigade, la CRIP ou le procureur de la République, n'a de caractère systématique." + SECRET, "securisee"),
    ("Aucun signalement au parquet ou à la cellule départementale de recueil n'a de caractère automatique." + SECRET, "securisee"),
    ("La saisine de la CRIP ne revêt pas un caractère systématique : l'intervenante apprécie chaque situation." + SECRET, "securisee"),
    ("Nulle information preoccupante adressee a la cellule de recueil ne revet de caractere obligatoire." + SECRET, "securisee"),
    ("Les transmissions à la CRIP et au parquet n'ont pas de caractère systématique." + SECRET, "securisee"),
    ("La transmission d'une information préoccupante ne saurait être systématique." + SECRET, "securisee"),
    ("Le signalement au procureur ne peut être systématique ; il relève de l'appréciation du professionnel." + SECRET, "securisee"),
    # the systematic referral itself stays an ambiguity
    ("Toute situation d'enfant exposé donne lieu à une transmission systématique à la CRIP." + SECRET, "ambiguite"),
    ("L'intervenant saisit systematiquement la cellule de recueil des informations preoccupantes." + SECRET, "ambiguite"),
]

FORCES_REFERRAL_WITH_CONSENT = [
    ("Les fonctionnaires de police remettent aux victimes les coordonnées de l'intervenante et, avec l'accord de la personne, fixent un rendez-vous.", "non_precise"),
    ("Avec l'accord de la victime, les gendarmes prennent rendez-vous pour elle auprès du travailleur social.", "non_precise"),
    ("Les policiers, apres accord de la personne, programment un rendez-vous avec l'intervenant social.", "non_precise"),
    ("Les enquêteurs orientent la victime, avec son accord, et lui remettent la plaquette du service.", "non_precise"),
    ("Avec l'accord de l'intéressée, les militaires de la brigade mettent la personne en relation avec l'intervenante.", "non_precise"),
    ("Les agents de police, avec l'accord de la victime, calent un rendez-vous dans la semaine.", "non_precise"),
    # the worker's own consent rule stays
    ("Aucune démarche n'est engagée sans l'accord de la personne.", "securisee"),
    ("L'intervenant ne transmet aucune information aux enquêteurs sans le consentement de la personne.", "securisee"),
]

FOLLOW_UP_COPIED = [
    ("Pour chaque victime, l'intervenante élabore un plan d'accompagnement dont une copie est adressée au commandant de brigade." + SECRET, "contre_sens"),
    ("Le plan d'accompagnement est transmis en copie à l'OPJ chargé de l'enquête, afin qu'il connaisse les suites données." + SECRET, "contre_sens"),
    ("Le projet personnalisé de chaque personne suivie est envoyé en copie au référent violences du commissariat." + SECRET, "contre_sens"),
    ("Le bilan de situation de chaque famille est communiqué en copie aux officiers de la brigade." + SECRET, "contre_sens"),
    ("Les notes de situation redigees par l'intervenant sont adressees en copie au chef de circonscription." + SECRET, "contre_sens"),
    ("Le diagnostic social établi pour chaque personne est systématiquement transmis aux enquêteurs." + SECRET, "contre_sens"),
    # negated or anonymous: the secrecy article decides
    ("Le plan d'accompagnement n'est en aucun cas adressé en copie aux enquêteurs." + SECRET, "securisee"),
    ("Le bilan d'activité anonyme est transmis en copie au commandant de groupement." + SECRET, "securisee"),
]

DEME_OCR = [
    ("La convention peut etre resiliee apres l'envoi d'une lettre recommandee valant mise en deme ure.", "non_precisee"),
    (DIPLOMA + "En cas de manquement, la partie defaillante est mise en deme ure par lettre recommandee.", "precisee_conforme"),
    (DIPLOMA + "La resiliation intervient un mois apres une mise en deme ure restee sans effet.", "precisee_conforme"),
    (DIPLOMA + "Apres mise en deme-ure, la convention est resiliee de plein droit.", "precisee_conforme"),
    ("A l'expiration d'un delai de quinze jours suivant la mise en deme ure, l'employeur peut resilier.", "non_precisee"),
    (DIPLOMA + "Faute d'execution, l'Etat adresse une mise en deme ure a l'association.", "precisee_conforme"),
    # the real acronym stays a level too low
    ("Profil du poste : DEASS, DEES ou DEME.", "imprecision_dommageable"),
    ("Le poste peut etre occupe par un titulaire du DEME.", "imprecision_dommageable"),
]

FAILED_RECRUITMENT_FALLBACK = [
    (DIPLOMA + "Lorsqu'aucun candidat répondant à ces conditions ne peut être recruté, le poste peut être confié à un agent de la ville justifiant d'une expérience de l'accueil.", "imprecision_dommageable"),
    (DIPLOMA + "Si le recrutement s'avere infructueux, l'association pourra recruter une personne disposant d'une experience significative.", "imprecision_dommageable"),
    (DIPLOMA + "Si aucune candidature n'est retenue dans un délai de deux mois, le poste est ouvert à un salarié ayant une expérience de trois ans auprès des victimes.", "imprecision_dommageable"),
    (DIPLOMA + "En l'absence de candidat diplômé, le poste peut être pourvu par un professionnel justifiant de cinq années d'expérience.", "imprecision_dommageable"),
    (DIPLOMA + "En cas de difficultés de recrutement, l'employeur peut engager un intervenant possédant une solide expérience de l'écoute.", "imprecision_dommageable"),
    (DIPLOMA + "Si le poste n'a pu être pourvu, il peut être attribué à une personne présentant une expérience dans l'aide aux victimes.", "imprecision_dommageable"),
    # the fallback is itself qualified, or refused
    (DIPLOMA + "Si aucun candidat n'est retenu, le poste est confié à un éducateur spécialisé justifiant d'une expérience auprès des jeunes.", "precisee_conforme"),
    (DIPLOMA + "Lorsqu'aucun candidat n'a pu être recruté, le poste ne peut en aucun cas être confié à une personne justifiant d'une seule expérience.", "precisee_conforme"),
    (DIPLOMA + "Lorsqu'aucun candidat ne peut être recruté, le poste reste vacant et un nouvel appel à candidatures est publié.", "precisee_conforme"),
]


@pytest.mark.parametrize("text, expected", DENIED_SYSTEMATIC)
def test_systematic_character_denied_after_long_subject(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", FORCES_REFERRAL_WITH_CONSENT)
def test_forces_referral_with_consent_is_no_ethical_rule(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", FOLLOW_UP_COPIED)
def test_follow_up_document_copied_to_forces(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", DEME_OCR)
def test_scanned_demeure_is_not_the_deme_acronym(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", FAILED_RECRUITMENT_FALLBACK)
def test_fallback_after_failed_recruitment(text, expected):
    assert code("qualification", text) == expected

"""Round 27 wordings for the authorities and the qualification, through the real engine.

Families, not sentences: another person of the forces in apposition placed under their chief (the
referent, an officer), the chief's written appraisal of how the worker performs her duties (the study's
« rapport sur la manière de servir »), the employer's grading resting on that writing, and a recruitment
fallback or an opening « quel que soit son diplôme » that lets in someone with no social-work diploma.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


# The employer's authority written once, so that a stray « inversee » or « confuse » vote shows.
EMPLOYER = ("L'association exerce sur l'intervenant l'autorité hiérarchique et technique ; le commandant "
            "exerce l'autorité fonctionnelle. ")

APPOSITION = [
    # another person of the forces under their chief: the worker keeps the employer's hierarchy
    (EMPLOYER + "Un référent, officier de police placé sous l'autorité hiérarchique du commissaire, est son interlocuteur.", "conforme"),
    (EMPLOYER + "Le commandant désigne un gradé, placé sous son autorité hiérarchique, comme correspondant de l'intervenante.", "conforme"),
    (EMPLOYER + "Un officier référent, qui est placé sous l'autorite hierarchique du chef de circonscription, accompagne l'intervenant.", "conforme"),
    (EMPLOYER + "Au sein de la brigade, un sous-officier placé sous l'autorité hiérarchique du commandant de compagnie est l'interlocuteur de l'ISCG.", "conforme"),
    (EMPLOYER + "La référente, policière placée sous l'autorité hiérarchique directe du chef de service, facilite l'insertion de l'intervenante.", "conforme"),
    (EMPLOYER + "Des officiers placés sous l'autorité hiérarchique du DDSP sont désignés comme correspondants de l'intervenant.", "conforme"),
    (EMPLOYER + "Un fonctionnaire de police placé sous l'autorité hiérarchique du chef du commissariat assure le lien avec l'intervenante.", "conforme"),
    # the worker herself under the forces stays an inversion
    ("L'intervenant social, placé sous l'autorité hiérarchique du commissaire, est l'interlocuteur des victimes.", "inversee"),
    ("L'intervenant social en gendarmerie placé sous l'autorité hiérarchique du commandant de groupement reçoit les victimes.", "inversee"),
    ("Un référent est désigné ; l'intervenant est placé sous l'autorité hiérarchique du commissaire.", "inversee"),
]

APPRAISAL = [
    # the chief's yearly writing on how the worker performs her duties: the manner-of-serving report
    ("Le commandant du groupement rédige chaque année une appréciation écrite sur la façon dont l'intervenant exerce ses missions.", "confuse"),
    (EMPLOYER + "Une appréciation écrite du commissaire sur la manière dont elle a rempli sa mission est jointe à son dossier.", "confuse"),
    (EMPLOYER + "Le chef de circonscription adresse chaque annee a la commune une note sur la maniere dont l'agent s'est acquitte de ses taches.", "confuse"),
    (EMPLOYER + "Un rapport du commandant de compagnie sur la manière dont l'intervenante assume ses fonctions est transmis chaque année à l'employeur.", "confuse"),
    (EMPLOYER + "Chaque année, l'officier référent établit une fiche d'appréciation sur la façon dont l'ISCG accomplit ses missions.", "confuse"),
    ("Le commandant établit une appréciation sur la manière dont l'intervenante s'acquitte de ses fonctions. Ce document est adressé à la commune et sert de base à sa notation.", "confuse"),
    # not the forces' appraisal: silent
    (EMPLOYER + "La manière dont l'intervenant exerce ses fonctions est précisée par le commandant dans la fiche de poste.", "conforme"),
    (EMPLOYER + "Le commandant ne rédige aucune appréciation sur la manière dont l'intervenant exerce ses fonctions.", "conforme"),
    (EMPLOYER + "L'association rédige chaque année un rapport sur la manière dont l'intervenante exerce ses missions.", "conforme"),
]

GRADING_ON_A_WRITING = [
    # the employer's grading resting on someone else's writing is no clean hierarchical act of the employer
    ("Ce document est adressé au Département et sert de base à sa notation annuelle.", "confuse"),
    ("Ce rapport, transmis à l'association, servira de base à son entretien annuel.", "confuse"),
    ("La commune conduit son évaluation annuelle au vu de ce document.", "confuse"),
    ("Le CCAS arrête sa notation sur la base de cette appréciation.", "confuse"),
    ("L'évaluation annuelle, conduite par l'association, est fondée sur ce rapport.", "confuse"),
    ("Le Département fixe sa notation annuelle en s'appuyant sur ledit document.", "confuse"),
    # the employer's own acts keep counting
    ("Le Département conduit son évaluation annuelle et fixe ses congés.", "conforme"),
    ("L'association assure son encadrement et conduit son entretien annuel.", "conforme"),
]

QUALIFICATION = [
    # a fallback after a failed recruitment, « retenir » or the person before a passive verb
    ("Le poste est occupé par un assistant de service social diplômé d'État. Toutefois, si aucune candidature n'a été reçue, l'association peut retenir une personne justifiant d'une expérience de trois ans dans l'écoute.", "imprecision_dommageable"),
    ("Le poste est confié à un éducateur spécialisé. Si aucun titulaire de diplôme ne se présente, toute personne justifiant de trois années d'expérience peut être retenue.", "imprecision_dommageable"),
    ("Le poste est confié à un travailleur social. A defaut de candidat diplome, un agent ayant une experience de l'accueil pourra etre recrute.", "imprecision_dommageable"),
    ("Le poste est confié à un travailleur social. Lorsqu'aucun candidat ne répond au profil, l'employeur peut choisir une personne disposant d'une expérience auprès des victimes.", "imprecision_dommageable"),
    ("Le poste est confié à un travailleur social. Si aucune candidature n'aboutit, un salarié de l'association ayant une pratique de l'écoute est admis à candidater.", "imprecision_dommageable"),
    # opened whatever the diploma
    ("Le poste est confié à un travailleur social diplômé. L'association peut aussi recruter une personne justifiant de cinq ans d'expérience dans l'aide aux familles, quel que soit son diplôme.", "imprecision_dommageable"),
    ("Le poste est ouvert sans condition de diplôme aux agents expérimentés de la commune.", "imprecision_dommageable"),
    ("Le candidat retenu, indépendamment de sa formation initiale, justifie d'une expérience de l'écoute.", "imprecision_dommageable"),
    ("Le poste est confié à un assistant social. A défaut, le recrutement se fera quelle que soit la qualification du candidat.", "imprecision_dommageable"),
    # the same words keeping the diploma: silent
    ("Le poste est occupé par un travailleur social, quel que soit son diplôme d'État : DEASS, DEES ou DECESF.", "precisee_conforme"),
    ("Le poste est occupé par un travailleur social diplômé d'État. Le poste ne peut être confié à une personne sans condition de diplôme.", "precisee_conforme"),
    ("Le poste est occupé par un éducateur spécialisé. Si aucun candidat diplômé ne se présente, un agent titulaire du DEASS justifiant d'une expérience peut être recruté.", "precisee_conforme"),
    ("Le poste est occupé par un travailleur social diplômé. L'intervenant accueille toute personne victime, quelle que soit sa formation.", "precisee_conforme"),
    ("Le poste est occupé par un travailleur social. Si aucun candidat n'est retenu, un nouvel appel à candidatures est publié.", "precisee_conforme"),
]


@pytest.mark.parametrize("text,expected", APPOSITION + APPRAISAL + GRADING_ON_A_WRITING)
def test_autorites(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text,expected", QUALIFICATION)
def test_qualification(text: str, expected: str) -> None:
    assert code("qualification", text) == expected

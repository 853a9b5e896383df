"""Round 20 (autorités, déontologie, qualification): families of wordings met in the blind sets zs to zv.

Déontologie: (1) the worker SHARES HIS TIME between sites under a planning agreed with the chiefs: that
is no sharing of information subject to the forces' consent. Autorités: (2) the worker's social
evaluation of persons referred by the forces is not the forces' appraisal of the worker; (3) the
forces' half of the split written as a refusal (« n'est en aucun cas placé sous les ordres des
militaires ») or as « l'organisation fonctionnelle » of his presence. Qualification: (4) a fallback to
mere experience after a justification inserted between « à défaut » and the accepting clause.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECRET = " L'intervenant social est tenu au secret professionnel dans les conditions prévues par le code pénal."
SPLIT = (" L'intervenant est placé sous l'autorité hiérarchique de son employeur et sous l'autorité"
         " fonctionnelle du commandant de compagnie.")
EMPLOYER = " L'association exerce sur l'intervenante l'autorité hiérarchique et technique."

TIME_SHARING = [
    ("L'intervenante partage son temps entre le commissariat et la brigade, selon un planning arrêté avec l'accord du chef de circonscription." + SECRET, "securisee"),
    ("Le travailleur social partage sa semaine entre les deux unités, après accord du commandant de compagnie." + SECRET, "securisee"),
    ("Son temps de travail est partagé entre la compagnie et l'hôtel de police, avec l'aval du commissaire." + SECRET, "securisee"),
    ("L'ISCG partage son temps de travail entre trois brigades suivant un planning valide par le commandant." + SECRET, "securisee"),
    ("La repartition de son emploi du temps entre les sites, partagee avec l'accord du chef de service, figure en annexe." + SECRET, "securisee"),
    ("Il partagera son temps entre Guéret et Aubusson selon un planning fixé d'un commun accord avec le commandant." + SECRET, "securisee"),
    # the real tutelage stays
    ("Le partage d'informations avec les partenaires est soumis à l'autorisation préalable du commandant de compagnie.", "contre_sens"),
    ("Toute communication d'éléments recueillis se fait après accord du chef de circonscription.", "contre_sens"),
]

REFERRED_PERSONS = [
    ("L'intervenant assure l'accueil et une première évaluation sociale des victimes qui lui sont adressées par les gendarmes." + SPLIT, "conforme"),
    ("Elle realise une evaluation globale de la situation des personnes orientees par le commissariat." + SPLIT, "conforme"),
    ("Une évaluation sociale rapide est faite pour chaque famille signalée par la brigade." + SPLIT, "conforme"),
    ("Il procède à l'évaluation des besoins des usagers envoyés par les policiers." + SPLIT, "conforme"),
    ("L'évaluation initiale des personnes reçues par les militaires est conduite dans la semaine." + SPLIT, "conforme"),
    ("Elle évalue la situation des mineurs repérés par les officiers de police." + SPLIT, "conforme"),
    # the forces' appraisal of the worker stays a confusion
    ("L'entretien annuel d'évaluation de l'intervenante est conduit par le commandant de compagnie." + SPLIT, "confuse"),
    ("L'intervenant est evalue chaque annee par le commissaire." + SPLIT, "confuse"),
]

REFUSED_TO_FORCES = [
    ("En aucun cas l'intervenant n'est placé sous les ordres des militaires." + EMPLOYER, "conforme"),
    ("L'intervenante n'est pas placée sous l'autorité hiérarchique du chef de circonscription." + EMPLOYER, "conforme"),
    ("Le travailleur social ne reçoit aucun ordre des gendarmes de la brigade." + EMPLOYER, "conforme"),
    ("L'ISCG ne saurait etre place sous les ordres du commissaire." + EMPLOYER, "conforme"),
    ("Il ne peut en aucun cas être placé sous l'autorité hiérarchique du commandant de brigade." + EMPLOYER, "conforme"),
    ("Le commandant de compagnie est chargé de l'organisation fonctionnelle de sa présence dans les unités." + EMPLOYER, "conforme"),
    ("L'organisation fonctionnelle de ses permanences au commissariat relève du chef de circonscription." + EMPLOYER, "conforme"),
    # the hierarchy given to the forces stays an inversion
    ("L'intervenant est placé sous les ordres du commandant de brigade, qui accorde ses congés." + EMPLOYER, "inversee"),
]

FALLBACK_AFTER_JUSTIFICATION = [
    ("Le poste est occupé par un assistant de service social. À défaut de candidature répondant à ce profil, compte tenu des difficultés de recrutement du territoire, le poste peut être pourvu par une personne justifiant de trois ans d'expérience de l'écoute.", "imprecision_dommageable"),
    ("Le recrutement vise un éducateur spécialisé diplômé d'État. A defaut de candidat, et apres avis du comite de pilotage reuni a cet effet, l'association pourra recruter un agent ayant une experience de l'accueil des victimes.", "imprecision_dommageable"),
    ("Le poste est confié à un travailleur social diplômé. Faute de candidature conforme, eu égard à la pénurie de professionnels constatée dans le département, il pourra être fait appel à une personne expérimentée dans l'aide aux victimes.", "imprecision_dommageable"),
    ("Le poste est ouvert aux titulaires du DEASS. À défaut de candidature, au terme d'un second appel à candidatures resté infructueux pendant deux mois, un professionnel justifiant d'une expérience dans l'accompagnement social pourra être retenu.", "imprecision_dommageable"),
    ("L'intervenant est un conseiller en économie sociale et familiale. A défaut de candidature répondant à ces conditions, afin d'éviter une vacance prolongée, le poste peut etre pourvu par une personne titulaire d'une licence en psychologie.", "imprecision_dommageable"),
    ("Le poste est occupé par une assistante sociale diplômée d'État. À défaut de candidature répondant à ce profil, après une nouvelle publication de l'offre d'emploi dans la presse régionale, le poste pourra être confié à une personne ayant une expérience de l'écoute.", "imprecision_dommageable"),
    # the fallback to another state diploma of social work is no weakening
    ("Le poste est occupé par un assistant de service social. À défaut de candidature répondant à ce profil, compte tenu des difficultés de recrutement, il pourra être confié à un éducateur spécialisé diplômé d'État.", "precisee_conforme"),
    ("Le poste est occupé par un travailleur social diplômé d'État : assistant de service social, éducateur spécialisé ou conseiller en économie sociale et familiale.", "precisee_conforme"),
]


@pytest.mark.parametrize("text, expected", TIME_SHARING)
def test_time_sharing_is_not_information_sharing(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", REFERRED_PERSONS)
def test_evaluation_of_referred_persons_is_not_the_forces_appraisal(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", REFUSED_TO_FORCES)
def test_forces_half_said_by_a_refusal_or_organisation_fonctionnelle(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", FALLBACK_AFTER_JUSTIFICATION)
def test_fallback_to_experience_after_inserted_justification(text, expected):
    assert code("qualification", text) == expected

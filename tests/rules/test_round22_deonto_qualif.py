"""Round 22 (déontologie, qualification): families of wordings met in the blind sets ya to yd.

Déontologie: (1) a document sent « pour information » / « à titre d'information » to the forces (a
yearly report, a timetable) is not information on a person: the manner of sending is no contre-sens,
while a person's file sent « pour information » still is; (2) the person's consent to one practical
step in a list of tasks (« s'assurer, avec l'accord de la personne, de la prise de relais ») writes no
ethical rule, while consent governing what is passed on, or the whole action, still secures.
Qualification: (3) an « à défaut » about the post's material means (vehicle, travel costs) is no
fallback on the qualification; (4) « par dérogation », the post entrusted to an administrative agent
(with or without experience) opens it to a non-qualified person; (5) the diplomas of another team the
worker relies on (« il peut s'appuyer sur l'équipe … composée d'éducateurs spécialisés ») are not the
post's qualification.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECRET = " L'intervenant social est tenu au secret professionnel dans les conditions prévues par le code pénal."
DIPLOMA = "Le poste est occupé par un travailleur social diplômé d'État (DEASS, DEES ou DECESF). "

SENT_FOR_INFORMATION = [
    ("Le rapport est adressé au préfet avant le 31 mars, puis communiqué pour information au commandant de groupement.", "non_precise"),
    ("Il est transmis au sous-préfet et, pour information, au directeur départemental de la sécurité publique.", "non_precise"),
    ("Le calendrier annuel est communique pour information au commissaire et au chef de circonscription.", "non_precise"),
    ("Une copie est adressée à titre d'information au commandant de la compagnie de gendarmerie.", "non_precise"),
    ("Ce document est remis, pour simple information, aux services de police du ressort.", "non_precise"),
    ("Le tableau des permanences de l'année est envoyé pour information à la brigade.", "non_precise"),
    # with the secrecy article, the report sent for information leaves the ethics secured
    ("Il est transmis au préfet et communiqué pour information au commandant de groupement." + SECRET, "securisee"),
    # a person's file sent « pour information » is still handed over
    ("Les comptes rendus d'entretien sont communiqués pour information au commandant de brigade.", "contre_sens"),
    ("Toute information recueillie sur la personne est transmise pour information aux enquêteurs.", "contre_sens"),
    ("La note de situation de chaque victime est adressée, pour information, à l'officier de police judiciaire.", "contre_sens"),
]

CONSENT_TO_A_PRACTICAL_STEP = [
    ("Ses missions sont de :\n- accueillir la personne ;\n- s'assurer, avec l'accord de la personne, de la prise de relais ;\n- informer les policiers.", "non_precise"),
    ("- veiller, avec l'accord de l'intéressé, à la continuité de la prise en charge ;", "non_precise"),
    ("L'intervenante oriente la victime, avec son accord, vers les structures spécialisées.", "non_precise"),
    ("Avec l'accord de la personne, il prend contact avec le centre d'hébergement d'urgence.", "non_precise"),
    ("Il accompagne physiquement la personne, avec l'accord de celle-ci, jusqu'au service compétent.", "non_precise"),
    ("- organiser, apres accord de la personne, le passage de relais vers le service de secteur ;", "non_precise"),
    # the consent that governs information, or the whole action, still secures
    ("Les informations ne sont partagées avec les partenaires qu'avec l'accord de la personne.", "securisee"),
    ("Avec l'accord de l'intéressé, l'intervenant transmet au service social les éléments nécessaires.", "securisee"),
    ("Aucune démarche n'est entreprise sans l'accord de la personne.", "securisee"),
    ("L'intervenant n'agit qu'avec le consentement des personnes, dont l'adhésion est libre.", "securisee"),
]

MATERIAL_FALLBACK = [
    ("L'intervenant dispose d'un véhicule de service ; à défaut, ses frais de déplacement sont remboursés par l'employeur selon les règles applicables à ses agents.", "non_precisee"),
    (DIPLOMA + "Pour ses déplacements, il utilise un véhicule du parc ; à défaut, ses frais lui sont remboursés comme aux autres agents.", "precisee_conforme"),
    (DIPLOMA + "A defaut de vehicule de service, les indemnites kilometriques sont versees dans les conditions applicables aux agents de la commune.", "precisee_conforme"),
    (DIPLOMA + "Un téléphone portable lui est fourni ; à défaut, l'employeur rembourse l'abonnement personnel de l'agent.", "precisee_conforme"),
    (DIPLOMA + "Faute de véhicule disponible, le remboursement des frais de déplacement se fait au barème applicable aux agents.", "precisee_conforme"),
    (DIPLOMA + "Un poste informatique est mis à sa disposition ; à défaut, l'employeur fournit un ordinateur portable à son agent.", "precisee_conforme"),
    # the qualification fallback itself is still read
    ("Le poste est occupé par un assistant de service social ou, à défaut, par une personne justifiant d'une expérience de l'accueil.", "imprecision_dommageable"),
]

DEROGATION_ADMINISTRATIVE_AGENT = [
    (DIPLOMA + "Par dérogation, et si aucune candidature n'a pu être retenue, le poste peut être confié à un agent de la filière administrative de la commune justifiant de trois ans d'expérience.", "imprecision_dommageable"),
    (DIPLOMA + "A titre derogatoire, le poste pourra etre pourvu par un adjoint administratif du CCAS.", "imprecision_dommageable"),
    (DIPLOMA + "À défaut de candidat diplômé, le poste est attribué à une secrétaire de mairie.", "imprecision_dommageable"),
    (DIPLOMA + "En cas de vacance, le poste peut être occupé par un agent administratif ayant l'expérience de l'accueil.", "imprecision_dommageable"),
    (DIPLOMA + "Si aucun candidat ne peut être recruté, le poste est confié à un agent du service accueil de la mairie disposant d'une expérience de deux ans.", "imprecision_dommageable"),
    (DIPLOMA + "Par derogation, le poste peut etre confie a un salarie de l'association ayant une experience de l'ecoute des victimes.", "imprecision_dommageable"),
    # refused or qualified fallbacks stay conforming
    (DIPLOMA + "Par dérogation, le poste ne peut en aucun cas être confié à un agent administratif.", "precisee_conforme"),
    (DIPLOMA + "Par dérogation, le poste peut être confié à un éducateur spécialisé de l'association justifiant d'une expérience auprès des jeunes.", "precisee_conforme"),
]

OTHER_TEAM_DIPLOMAS = [
    ("L'intervenant social peut s'appuyer sur le service de prévention de l'association, composé d'éducateurs spécialisés.", "non_precisee"),
    ("Pour les mineurs, l'intervenante s'appuie sur les educateurs specialises du club de prevention.", "non_precisee"),
    ("Il bénéficie de l'appui des assistantes de service social de la circonscription d'action sociale.", "non_precisee"),
    ("L'intervenant peut solliciter le concours des conseillers en économie sociale et familiale du CCAS.", "non_precisee"),
    ("Pour les situations de mineurs, il peut s'appuyer sur l'educateur specialise de la maison d'enfants.", "non_precisee"),
    ("L'intervenante prend appui sur l'équipe éducative, composée de deux éducateurs spécialisés, pour les jeunes majeurs.", "non_precisee"),
    # the post's own holder is still read
    ("Le poste est occupé par un éducateur spécialisé ; il peut s'appuyer, pour les mineurs, sur les partenaires du territoire.", "precisee_conforme"),
    ("L'intervenant recruté est titulaire du diplôme d'État d'éducateur spécialisé.", "precisee_conforme"),
]


@pytest.mark.parametrize("text, expected", SENT_FOR_INFORMATION)
def test_document_sent_for_information_is_no_hand_over(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", CONSENT_TO_A_PRACTICAL_STEP)
def test_consent_to_a_practical_step_secures_nothing(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", MATERIAL_FALLBACK)
def test_fallback_on_material_means_is_not_on_qualification(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", DEROGATION_ADMINISTRATIVE_AGENT)
def test_derogation_to_an_administrative_agent(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", OTHER_TEAM_DIPLOMAS)
def test_diplomas_of_another_team_are_not_the_post(text, expected):
    assert code("qualification", text) == expected

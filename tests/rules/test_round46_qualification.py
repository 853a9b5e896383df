"""Round 46: a fallback on the civil-service STATUS (titulaire / contractuel) is no fallback on the diploma; a
derogation that opens the post to someone without a social-work diploma (« par dérogation », « à titre
exceptionnel », « il peut être fait appel à », « quel que soit son cadre d'emplois ») is an imprecision; the
post-holder named as « une travailleuse sociale du Département » says the employer. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

DIPLOME = "Le poste est occupé par une assistante de service social titulaire du diplôme d'État. "


@pytest.mark.parametrize("text, expected", [
    # status fallback, same diploma: still conforme
    (DIPLOME + "Elle est nommée en qualité de fonctionnaire ou, à défaut, par voie contractuelle, sur un emploi "
     "de catégorie A ouvert aux agents de la communauté.", "precisee_conforme"),
    (DIPLOME + "Le recrutement se fait comme titulaire ou à défaut comme contractuel, avec le régime "
     "indemnitaire des agents de la ville.", "precisee_conforme"),
    (DIPLOME + "L'agent est recruté par voie statutaire ou, à défaut, sous contrat à durée déterminée de trois ans.",
     "precisee_conforme"),
    # status fallback that lets in a person with mere experience: still an imprecision
    (DIPLOME + "À défaut de titulaire, un contractuel justifiant de deux ans d'expérience auprès des familles "
     "pourra être recruté.", "imprecision_dommageable"),
    # derogations to the diploma rule
    (DIPLOME + "Si l'offre d'emploi reste infructueuse, l'association pourra recruter une personne disposant "
     "d'une expérience confirmée de l'écoute des victimes.", "imprecision_dommageable"),
    (DIPLOME + "À titre dérogatoire, le poste pourra être attribué à un agent de la collectivité, quel que soit "
     "son grade, ayant exercé cinq ans dans l'accueil du public.", "imprecision_dommageable"),
    (DIPLOME + "Exceptionnellement, il pourra être fait appel à un intervenant non diplômé, recruté pour son "
     "ancienneté dans l'aide aux victimes.", "imprecision_dommageable"),
    (DIPLOME + "En cas de pénurie de recrutement, le poste peut être pourvu par un salarié sans diplôme du "
     "secteur social.", "imprecision_dommageable"),
    # derogation to another state diploma, or about something else: no imprecision
    (DIPLOME + "Par dérogation, le poste peut être confié à une conseillère en économie sociale et familiale "
     "ayant une expérience de l'accueil des victimes.", "precisee_conforme"),
    (DIPLOME + "À titre exceptionnel, les permanences peuvent être assurées au siège de la communauté de "
     "brigades.", "precisee_conforme"),
    (DIPLOME + "Par dérogation à l'article 4, la convention peut être prolongée de six mois.", "precisee_conforme"),
])
def test_qualification_status_and_derogation(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La convention fixe les conditions d'intervention d'un travailleur social du conseil départemental "
     "au commissariat de Vierzon.", "conseil_departemental"),
    ("Le poste est occupé par un éducateur spécialisé du Département, affecté à la compagnie.",
     "conseil_departemental"),
    ("L'intervenante, assistante sociale du Département, assure une permanence hebdomadaire à la brigade.",
     "conseil_departemental"),
    # someone else: the person people are sent to, the one who stands in, the partner
    ("L'intervenante de l'association oriente les familles vers l'éducateur spécialisé du Département.", "autre"),
    ("Pendant les congés de l'intervenante, l'assistante sociale du Département reçoit les victimes à la brigade.",
     "autre"),
    ("L'intervenant social rencontre chaque mois la travailleuse sociale du conseil départemental.", "autre"),
    ("L'intervenant n'est pas un travailleur social du Département.", "autre"),
])
def test_employer_named_by_the_worker_of_the_departement(text, expected):
    assert code("type_employeur", text) == expected

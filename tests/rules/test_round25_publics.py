"""Round 25 (publics): wordings of three families met in the blind sets yl–yo, through the real engine.

1. A public of minors written as a list where EVERY status is qualified by « mineurs » (« mineurs victimes,
   mineurs auteurs, mineurs fugueurs ») : all statuses, but minors only -> mineurs_seulement.
2. « L'auteur » named only as the object of the police investigation (identification, interpellation,
   audition, poursuites) is no public received by the worker.
3. Situations: a sentence sending the AUTHORS to a care scheme « des auteurs de violences conjugales » does
   not restrict the post; the post (its intervention, missions) as the subject of a restrictive predicate
   does, even when a local council is named as the source of the choice; « peut bénéficier de
   l'intervention toute femme victime de violences » defines a post for violence against women.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


MINEURS_LISTE = [
    ("Le poste s'adresse aux mineurs repérés par les policiers de la circonscription, quelle que soit leur situation : mineurs victimes, mineurs auteurs, mineurs fugueurs.", "mineurs_seulement"),
    ("Sont reçus par l'intervenante les mineurs victimes, les mineurs mis en cause et les mineurs en errance.", "mineurs_seulement"),
    ("L'intervenant accueille les victimes mineures et les auteurs mineurs signales par la brigade.", "mineurs_seulement"),
    ("Il prend en charge des mineurs temoins, des mineurs victimes ou des mineurs auteurs d'infractions.", "mineurs_seulement"),
    ("L'ISCG rencontre les mineurs plaignants ainsi que les mineurs mis en cause, avec leurs parents.", "mineurs_seulement"),
    ("Peuvent être accompagnés : mineurs fugueurs, mineurs victimes et mineurs auteurs de petite délinquance.", "mineurs_seulement"),
    # traps: adults named, a count, a negation
    # adults received but only MINOR authors named: the study's « seuls les mis en cause mineurs » ambiguity
    ("Il reçoit les adultes en difficulté ainsi que les mineurs victimes et les mineurs auteurs.", "ambiguite"),
    # adults only, the minors sent elsewhere: never « mineurs seulement » (the minor authors keep it ambiguous)
    ("L'intervenant reçoit toute personne majeure en difficulté ; les mineurs victimes et les mineurs auteurs relèvent de l'aide sociale à l'enfance.", "ambiguite"),
    # a count of people met is no definition of the public (only the minor authors remain: ambiguity)
    ("Parmi les personnes reçues en 2016 figurent 40 mineurs victimes et 12 mineurs auteurs.", "ambiguite"),
]

AUTEUR_OBJET_ENQUETE = [
    ("L'intervenant reçoit les victimes ; l'identification de l'auteur relève des seuls enquêteurs.", "victimes_seulement"),
    ("L'intervenante accompagne les victimes. L'interpellation des auteurs reste de la compétence exclusive de la police.", "victimes_seulement"),
    ("L'intervenant social accompagne les victimes, l'audition du mis en cause étant conduite par les gendarmes.", "victimes_seulement"),
    ("L'intervenant accueille les victimes. La recherche de l'auteur et les poursuites contre l'auteur appartiennent aux enquêteurs et au parquet.", "victimes_seulement"),
    ("L'intervenante soutient les victimes ; identifier l'auteur n'est pas de son ressort.", "victimes_seulement"),
    ("L'ISCG recoit les victimes ; l'arrestation de l'auteur releve des militaires.", "victimes_seulement"),
    # traps: authors received as a public are still read
    ("L'intervenant reçoit les victimes ainsi que les auteurs présumés qui le souhaitent.", "tous_publics"),
    ("L'intervenant reçoit les victimes et les mis en cause ; les auteurs peuvent le rencontrer à l'issue de leur garde à vue.", "tous_publics"),
]

SITUATIONS = [
    # authors sent to their own care scheme: no restriction of the post
    ("Les auteurs sont orientés par les enquêteurs vers le dispositif de prise en charge des auteurs de violences conjugales.", "toutes_situations"),
    ("Il oriente si besoin les auteurs vers le centre chargé du suivi des auteurs de violences au sein du couple.", "toutes_situations"),
    ("Les personnes mises en cause sont adressées au service spécialisé dans l'accompagnement des auteurs de violences conjugales.", "toutes_situations"),
    ("Le SPIP assure la prise en charge des auteurs de violences conjugales condamnés.", "toutes_situations"),
    ("Les agresseurs relèvent du stage de responsabilisation dédié aux auteurs de violences au sein du couple.", "toutes_situations"),
    ("L'intervenante peut informer l'auteur de l'existence de la structure de prise en charge des auteurs de violences conjugales.", "toutes_situations"),
    # the post as subject of a restrictive predicate, whatever body is named as the source
    ("Compte tenu des priorités du CLSPD, l'intervention du poste est circonscrite aux violences conjugales.", "violences_conjugales"),
    ("Conformément aux orientations du conseil intercommunal de sécurité, les missions de l'intervenant social sont limitées aux situations de violences au sein du couple.", "violences_conjugales"),
    ("Le poste est desormais restreint aux victimes de violences commises par leur conjoint ou ex-conjoint.", "violences_conjugales"),
    ("Son intervention reste cantonnée aux violences au sein du couple, actuel ou passé.", "violences_conjugales"),
    ("Sur décision du CISPD, le champ d'intervention est réservé aux violences conjugales.", "violences_conjugales"),
    ("L'action de l'ISCG est exclusivement consacrée aux violences entre conjoints.", "violences_conjugales"),
    ("L'intervention du poste n'est pas limitée aux violences conjugales.", "toutes_situations"),
    ("Le poste est consacré notamment aux violences au sein du couple.", "toutes_situations"),
    # « peut bénéficier de l'intervention toute femme victime de violences »
    ("Peut bénéficier de l'intervention toute femme victime de violences, majeure ou mineure.", "violences_faites_aux_femmes"),
    ("Peuvent bénéficier de l'accompagnement les femmes victimes de violences qui se présentent au commissariat.", "violences_faites_aux_femmes"),
    ("Pourront beneficier de l'intervention les femmes victimes de violences, qu'elles aient ou non porte plainte.", "violences_faites_aux_femmes"),
    ("Peut bénéficier de l'intervention toute personne en difficulté, notamment les femmes victimes de violences.", "toutes_situations"),
]


@pytest.mark.parametrize(("text", "expected"), MINEURS_LISTE)
def test_public_minors_list(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize(("text", "expected"), AUTEUR_OBJET_ENQUETE)
def test_public_author_object_of_investigation(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_situations(text: str, expected: str) -> None:
    assert code("situations", text) == expected

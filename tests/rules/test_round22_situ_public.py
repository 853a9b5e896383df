"""Round 22 (situations, public): families of wordings met in the blind sets ya to yd.

Situations: (1) the women the WORKER receives, as the object of a reception verb (« l'intervenante
accueille toute femme victime de violences ») ; (2) a list of the forms of violence against women
(« qu'il s'agisse de violences au sein du couple, de violences sexuelles… ») no longer narrows the
post's destination to the couple ; (3) « référent VIF » as the title of ANOTHER actor (a magistrate, a
delegate) is not the post's title ; (4) the post restricted by a strong adverb after an incise that
names a plan or a protocol. Public: (5) reception verbs bearing on the victims, orientation on the
authors, in one coordinated sentence. Run through the real matcher and decision table, as
``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from tests.rules.test_heldout_wordings import RULES, code

WOMEN_RECEIVED = [
    ("L'intervenante sociale reçoit toute femme victime de violences dont la situation est connue de la brigade.", "violences_faites_aux_femmes"),
    ("La travailleuse sociale accueille et ecoute les femmes victimes de violences, majeures ou mineures, qu'elles aient porte plainte ou non.", "violences_faites_aux_femmes"),
    ("L'ISCG prend en charge toute femme ayant subi des violences, sur orientation des policiers ou spontanément.", "violences_faites_aux_femmes"),
    ("L'intervenante sociale pourra rencontrer les femmes victimes de violences à leur domicile.", "violences_faites_aux_femmes"),
    ("L'INTERVENANTE SOCIALE ACCOMPAGNE LES FEMMES VICTIMES DE VIOLENCES DANS LEURS DÉMARCHES.", "violences_faites_aux_femmes"),
    ("L'intervenante sociale a pour rôle d'accueillir toute femme victime de violences qui se présente au commissariat.", "violences_faites_aux_femmes"),
    # widened, negated, men included, another subject, the couple only
    ("L'intervenante sociale accueille toute personne en difficulté sociale, en particulier les femmes victimes de violences.", "toutes_situations"),
    ("L'intervenant social reçoit aussi les femmes victimes de violences.", "toutes_situations"),
    ("L'intervenant social ne reçoit pas uniquement les femmes victimes de violences.", "toutes_situations"),
    ("L'intervenant accueille les femmes et les hommes victimes de violences.", "toutes_situations"),
    ("Le CIDFF accueille depuis vingt ans les femmes victimes de violences ; l'intervenant social reçoit toute personne en difficulté.", "toutes_situations"),
]

FORMS_OF_VIOLENCE = [
    ("Le dispositif s'adresse à toute femme, majeure, victime de violences, qu'il s'agisse de violences au sein du couple, de violences sexuelles ou de mariage forcé.", "violences_faites_aux_femmes"),
    ("Le poste est destiné aux femmes victimes de violences, quelle qu'en soit la forme : violences conjugales, viols, harcèlement.", "violences_faites_aux_femmes"),
    ("L'intervention s'adresse aux femmes victimes de violences, qu'elles soient commises dans le couple ou en dehors.", "violences_faites_aux_femmes"),
    ("Le dispositif s'adresse à toute personne, notamment aux femmes victimes de violences au sein du couple.", "toutes_situations"),
]

OTHER_ACTOR_REFERENT = [
    ("L'intervenante rend compte de son activité au substitut du procureur référent pour les violences intrafamiliales.", "toutes_situations"),
    ("Le procureur de la République désigne un magistrat référent violences intrafamiliales, interlocuteur de l'intervenant.", "toutes_situations"),
    ("L'intervenant travaille avec la déléguée référente VIF de la préfecture.", "toutes_situations"),
    ("Elle informe le parquet, par l'intermédiaire du substitut référent en matière de violences intrafamiliales, des situations de danger.", "toutes_situations"),
    ("Le commissaire référent violences intrafamiliales reçoit le bilan de l'intervenant.", "toutes_situations"),
    ("L'intervenant social est le référent violences intrafamiliales de la circonscription.", "vif"),
]

INCISE_THEN_RESTRICTION = [
    ("Le poste, dont la création s'inscrit dans le plan départemental de lutte contre les violences, intervient exclusivement sur les violences au sein du couple.", "violences_conjugales"),
    ("L'intervenante sociale, recrutée au titre du protocole départemental, traite uniquement les situations de violences conjugales, y compris après la séparation.", "violences_conjugales"),
    ("Le dispositif, qui figure dans le plan de lutte contre les violences, porte exclusivement sur les violences intrafamiliales.", "vif"),
    ("L'intervenante, dont le poste est inscrit au plan départemental, se consacre uniquement aux femmes victimes de violences.", "violences_faites_aux_femmes"),
    ("Le poste, dont la création s'inscrit dans le plan départemental, n'intervient pas exclusivement sur les violences au sein du couple.", "toutes_situations"),
    ("L'intervenant participe au plan départemental exclusivement consacré aux violences conjugales.", "toutes_situations"),
    ("Le poste, financé par le plan departemental, intervient exclusivement sur le territoire de la commune, pour toute situation sociale.", "toutes_situations"),
]

# The women defined as victims of violence within the couple: the new reception rule does not read them as the
# wide « violences faites aux femmes » (which restriction they are is left to the conjugal rules; note that
# violences_faites_aux_femmes_intitule_du_poste still reads « l'intervenante sociale … femmes victimes de
# violences conjugales » as a title, a pre-existing reading reported to the lead).
WOMEN_OF_THE_COUPLE = [
    "L'intervenante sociale accompagne les femmes victimes de violences conjugales.",
    "Le poste s'adresse aux femmes victimes de violences au sein du couple.",
    "Le dispositif est destiné aux femmes victimes de violences conjugales.",
    "L'intervenante reçoit toute femme victime de violences commises au sein du couple.",
    "La travailleuse sociale accueille les femmes victimes de violence conjugale.",
    "L'intervenante sociale écoute les femmes victimes de violences dans le couple.",
]

AUTHORS_ONLY_ORIENTED = [
    ("L'intervenant social reçoit et accompagne les victimes, et oriente, le cas échéant, les auteurs présumés vers les structures adaptées.", "ambiguite"),
    ("L'intervenante accueille et écoute les victimes et oriente les personnes mises en cause vers le SPIP.", "ambiguite"),
    ("L'ISCG oriente les auteurs de violences vers le centre de prise en charge et accompagne les victimes.", "ambiguite"),
    ("Les victimes sont reçues et accompagnées par l'intervenant, et les mis en cause sont orientés vers les structures compétentes.", "ambiguite"),
    ("L'intervenant recoit les victimes tandis qu'il oriente les auteurs vers les services specialises.", "ambiguite"),
    ("L'intervenante prend en charge les victimes, et redirige si besoin les conjoints violents vers les soins.", "ambiguite"),
    # the authors received too, or the orientation denied
    ("L'intervenant reçoit les victimes et les auteurs présumés, et les oriente vers les structures adaptées.", "tous_publics"),
    ("L'intervenant reçoit et accompagne les victimes comme les auteurs, puis oriente les auteurs vers le SPIP.", "tous_publics"),
    ("L'intervenante accueille les victimes et les mis en cause, qu'elle oriente si besoin.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", WOMEN_RECEIVED + FORMS_OF_VIOLENCE + OTHER_ACTOR_REFERENT + INCISE_THEN_RESTRICTION)
def test_situations_round22_families(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text", WOMEN_OF_THE_COUPLE)
def test_women_of_the_couple_are_not_the_wide_restriction(text: str) -> None:
    fired = [f for f in match_text(text, RULES, zone="article")
             if f.rule_id == "situations.violences_faites_aux_femmes_recues_par_l_intervenant" and f.status == "fired"]
    assert not fired


@pytest.mark.parametrize("text, expected", AUTHORS_ONLY_ORIENTED)
def test_victims_received_authors_only_oriented(text: str, expected: str) -> None:
    assert code("public", text) == expected

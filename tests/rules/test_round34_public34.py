"""Round 34 wordings (public, situations), through the real engine.

Families of drafting, not copies of a sample:
- the authors named only to be sent OUT of the post: « pris en charge hors du dispositif », « relèvent
  d'autres services », and the exclusion taken up by a pronoun after a colon or a semicolon (« …
  : l'intervenante ne les reçoit pas », « … : ils ne sont pas accueillis »), against the authors also
  received, received only at their request or not at the same time as the victim;
- the complement of the field declared outside the convention: « les situations ne relevant pas des
  violences au sein du couple ne sont pas concernées / visées / n'entrent pas dans le champ », against
  the same situations « également concernées » or « pas exclues »;
- the situations covered given as a closed list whose every item is a violence within the family
  (« Sont concernés : … ; … ; … »), against a list that also holds another difficulty or is opened by
  « notamment ».
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

VICTIMS = "L'intervenante reçoit les femmes victimes de violences, majeures ou mineures."

AUTHORS_SENT_OUT = [
    "Les auteurs de violences sont suivis en dehors du dispositif (SPIP, contrôle judiciaire) : l'intervenant social ne les accueille pas.",
    "Les personnes mises en cause relevent d'autres services specialises ; l'intervenante ne les recoit pas.",
    "Les agresseurs, pour leur part, sont pris en charge hors du présent dispositif.",
    "Les mis en cause sont entendus par les enquêteurs : l'ISCG n'a pas vocation à les recevoir.",
    "Les auteurs présumés relèvent d'un autre dispositif, le stage de responsabilisation.",
    "Les auteurs relèvent de la justice et du SPIP : ils ne sont pas accueillis au bureau de l'intervenante.",
    "Les personnes mises en cause sont accompagnées hors du cadre de la présente convention ; elle ne les rencontre jamais.",
    "Les auteurs de violences relèvent de la justice : la travailleuse sociale ne les prend pas en charge.",
]

AUTHORS_KEPT = [
    "Les auteurs sont également reçus, y compris lorsqu'ils relèvent d'autres services.",
    "Les mis en cause sont reçus par l'intervenante ; elle ne les reçoit pas en même temps que les victimes.",
    "Les auteurs sont entendus par les enquêteurs : l'intervenante ne les reçoit qu'à leur demande.",
    "Les auteurs sont pris en charge dans le présent dispositif au même titre que les victimes.",
    "L'intervenant social reçoit les victimes et les personnes mises en cause ; il les accompagne dans leurs démarches.",
    "Les auteurs relèvent d'autres services, mais l'intervenante les reçoit aussi.",
]


@pytest.mark.parametrize("sentence", AUTHORS_SENT_OUT)
def test_authors_sent_out_of_the_post_leave_the_victims_alone(sentence: str) -> None:
    assert code_articles("public", VICTIMS, sentence) == "victimes_seulement"


@pytest.mark.parametrize("sentence", AUTHORS_KEPT)
def test_authors_kept_in_the_post_open_it(sentence: str) -> None:
    assert code_articles("public", VICTIMS, sentence) != "victimes_seulement"


COUPLE = "L'intervenante accueille les personnes concernées par des violences conjugales et évalue leur situation sociale."

OTHERS_OUTSIDE_COUPLE = [
    "Les situations ne relevant pas de violences au sein du couple ne sont pas concernees par la presente convention.",
    "Les demandes étrangères aux violences conjugales n'entrent pas dans le champ de la convention.",
    "Les situations qui ne relèvent pas des violences conjugales ne sont pas visées par le dispositif.",
    "Les situations ne relevant pas des violences au sein du couple ne font pas partie des missions de l'intervenante.",
    "Les faits étrangers aux violences conjugales restent en dehors du champ du poste.",
    "Les personnes ne relevant pas de violences conjugales ne sont pas prises en compte par la présente convention.",
]

OTHERS_INSIDE_COUPLE = [
    "Les situations ne relevant pas des violences conjugales sont également concernées par la présente convention.",
    "Les situations ne relevant pas des violences conjugales ne sont pas exclues du champ de la convention.",
    "Les situations ne relevant pas des violences conjugales relèvent aussi de l'intervenante.",
    "Toutes les situations, y compris celles ne relevant pas des violences conjugales, sont concernées.",
    "Les situations ne relevant pas de violences au sein du couple sont concernées au même titre.",
    "Les situations de violences conjugales sont fréquentes.",
]


@pytest.mark.parametrize("sentence", OTHERS_OUTSIDE_COUPLE)
def test_other_situations_declared_outside_restrict_to_couple(sentence: str) -> None:
    assert code_articles("situations", COUPLE, sentence) == "violences_conjugales"


@pytest.mark.parametrize("sentence", OTHERS_INSIDE_COUPLE)
def test_other_situations_kept_inside_do_not_restrict(sentence: str) -> None:
    assert code_articles("situations", COUPLE, sentence) == "toutes_situations"


FAMILY_LISTS = [
    "Sont concernés : les enfants témoins de violences entre leurs parents ; les enfants maltraités par un membre de leur famille ; les adolescents violents envers leurs parents.",
    "Relèvent du dispositif :\n- les victimes de violences conjugales ;\n- les personnes âgées maltraitées au sein de leur famille ;\n- les mineurs exposés à ces violences au foyer.",
    "Sont pris en charge :\n– les femmes victimes de violences de leur conjoint ;\n– les enfants victimes de violences intrafamiliales.",
    "Le poste concerne : les violences commises au sein du foyer ; les violences entre ex-conjoints, y compris après la séparation.",
    "Sont concernes, quel que soit leur statut : les mineurs victimes de violences familiales ; les mineurs temoins de ces violences au sein du foyer.",
    "Les situations prises en charge sont les suivantes : les violences entre conjoints ; les violences des parents sur leurs enfants ; les violences envers les ascendants au sein de la famille.",
]

OPEN_LISTS = [
    "Sont concernés : les victimes de violences intrafamiliales ; toute autre personne en difficulté sociale.",
    "Sont concernés, notamment : les victimes de violences au sein de la famille ; les enfants exposés aux violences conjugales.",
    "Ne sont pas concernés : les mineurs victimes de violences commises par un membre de leur famille.",
    "Sont concernés : les victimes de violences au sein du couple ; les personnes âgées isolées.",
    "Sont concernés : les victimes de violences familiales ; les personnes en situation de précarité ; les jeunes en rupture.",
    "Sont concernés : les personnes en détresse sociale ; les victimes de violences au sein de la famille.",
]


@pytest.mark.parametrize("sentence", FAMILY_LISTS)
def test_closed_list_of_family_violence_restricts_to_vif(sentence: str) -> None:
    assert code("situations", sentence) == "vif"


@pytest.mark.parametrize("sentence", OPEN_LISTS)
def test_list_with_another_difficulty_does_not_restrict_to_vif(sentence: str) -> None:
    assert code("situations", sentence) != "vif"


@pytest.mark.parametrize("sentence", [
    "Les atteintes aux personnes comme aux biens sont concernées : violences, y compris au sein du couple et de la famille, agressions, vols, dégradations.",
    "Toutes les difficultés rencontrées par le mineur sont prises en compte : difficultés éducatives, fugues, violences subies ou commises, conflits familiaux.",
    "Sont concernées : les personnes victimes de violences au sein de la famille, les personnes âgées isolées, les jeunes en errance.",
])
def test_a_sentence_naming_family_violence_among_others_is_no_closed_list(sentence: str) -> None:
    assert code("situations", sentence) != "vif"

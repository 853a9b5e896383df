"""Round 33 wordings (situations, type_employeur), through the real engine.

Families of drafting, not copies of a sample:
- a field named by a wider head noun (« violences faites aux femmes », « violences sexistes et sexuelles »)
  whose parenthesis or apposition lists family or couple violence among other forms: the head decides;
- the field defined by violence from a (former) partner, then every other situation closed to the post in
  one of the next sentences;
- a foundation (even « reconnue d'utilité publique ») or a mutual employing the worker: not a 1901
  association, coded « autre ».
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code  # noqa: E402

HEAD_NOUN_WOMEN = [
    "Le poste est consacré aux violences faites aux femmes (violences au sein du couple, viols, violences intrafamiliales, excision).",
    "L'action de l'intervenante est limitée aux violences faites aux femmes, à savoir les violences conjugales, sexuelles et intrafamiliales.",
    "Le dispositif est exclusivement centré sur les violences commises à l'encontre des femmes (violences familiales, harcèlement, mariages forcés).",
    "Le poste est dedie aux violences faites aux femmes (violences conjugales, violences sexuelles, violences intrafamiliales).",
    "L'intervention porte uniquement sur les violences sexistes et sexuelles (violences dans le couple, agressions sexuelles, harcèlement de rue).",
    "Le champ du poste est réservé aux violences faites aux femmes sous toutes leurs formes : violences conjugales, intrafamiliales, sexuelles.",
    "Le poste est spécifiquement dédié aux violences faites aux femmes, qu'il s'agisse de violences conjugales, intrafamiliales ou sexuelles.",
]

HEAD_NOUN_NOT_RESTRICTED = [
    "Le poste n'est pas réservé aux violences faites aux femmes (violences conjugales, intrafamiliales, sexuelles).",
    "L'intervenant reçoit toute personne en difficulté, notamment les victimes de violences faites aux femmes (violences conjugales, intrafamiliales).",
    "Le poste ne se limite pas aux violences faites aux femmes (violences conjugales, violences intrafamiliales, mariages forcés).",
    "L'intervenant participe au groupe de travail du CLSPD dédié aux violences faites aux femmes (violences conjugales, intrafamiliales).",
    "Vu la loi n° 2010-769 relative aux violences faites spécifiquement aux femmes, aux violences au sein des couples.",
    "L'intervenante suit une formation consacrée aux violences faites aux femmes (violences conjugales et intrafamiliales).",
]


@pytest.mark.parametrize("text", HEAD_NOUN_WOMEN)
def test_women_head_noun_decides_over_family_item(text):
    assert code("situations", text) == "violences_faites_aux_femmes"


@pytest.mark.parametrize("text", HEAD_NOUN_NOT_RESTRICTED)
def test_women_head_noun_not_restricted(text):
    assert code("situations", text) == "toutes_situations"


def test_family_head_noun_stays_vif():
    text = "Le poste est dédié aux violences intrafamiliales (violences conjugales, violences faites aux enfants)."
    assert code("situations", text) == "vif"


COUPLE_FIELD = [
    "Les intervenants accueillent les personnes victimes de violences commises par leur conjoint, concubin ou ex-partenaire.",
    "L'intervenante reçoit les victimes de violences conjugales, qu'elles aient porté plainte ou non.",
    "Sont accompagnées les personnes ayant subi des violences exercées par leur compagnon ou leur ancien compagnon.",
    "L'intervenant prend en charge les violences au sein du couple, actuel ou passé.",
    "L'intervenante recoit les personnes qui ont subi des violences de la part de leur epoux ou d'un ancien concubin.",
    "Le travailleur social écoute les victimes de violences dans le couple.",
]

OTHERS_CLOSED = [
    "Les autres situations ne relèvent pas du poste.",
    "Les autres situations rencontrées par les gendarmes ne relèvent pas de l'intervenante ; elles sont orientées vers le service social de secteur.",
    "Les autres demandes sont exclues du champ de l'intervention.",
    "Les autres problematiques ne sont pas prises en charge par l'intervenant.",
    "Toutes les autres difficultés n'entrent pas dans les missions de l'intervenante.",
    "Les autres types de situations ne relèvent pas de sa mission.",
]


@pytest.mark.parametrize("field", COUPLE_FIELD)
@pytest.mark.parametrize("closing", OTHERS_CLOSED[:3])
def test_couple_field_then_others_closed(field, closing):
    assert code("situations", field + " " + closing) == "violences_conjugales"


@pytest.mark.parametrize("closing", OTHERS_CLOSED)
def test_others_closed_after_an_intermediate_sentence(closing):
    text = ("L'intervenante reçoit les personnes victimes de violences de la part de leur conjoint ou ex-conjoint. "
            "Elle reçoit également les enfants exposés à ces violences. " + closing)
    assert code("situations", text) == "violences_conjugales"


COUPLE_FIELD_STILL_OPEN = [
    # the others are kept
    "L'intervenante reçoit les victimes de violences conjugales. Les autres situations relèvent également de l'intervenante.",
    # the first sentence names the family: not the couple only
    "L'intervenant reçoit les victimes de violences intrafamiliales, y compris conjugales. Les autres situations ne relèvent pas du poste.",
    # the closing sentence is about persons (the mis en cause), not situations
    "L'intervenant reçoit les victimes de violences conjugales. Les autres personnes ne relèvent pas du poste.",
    # couple violence named among any situation
    "L'intervenant reçoit toute personne, notamment les victimes de violences conjugales. Les autres situations ne relèvent pas de la brigade.",
    # no closing at all
    "L'intervenante reçoit les victimes de violences de la part de leur conjoint. Elle oriente vers les partenaires compétents.",
    # the others are not excluded
    "L'intervenante reçoit les victimes de violences au sein du couple. Les autres situations ne sont pas exclues du poste.",
]


@pytest.mark.parametrize("text", COUPLE_FIELD_STILL_OPEN)
def test_couple_field_not_closed(text):
    assert code("situations", text) != "violences_conjugales"


FOUNDATION_EMPLOYER = [
    "L'intervenant social est salarié de la Fondation Les Amis de l'Enfance.",
    "La Fondation recrute l'intervenante sociale sous contrat à durée indéterminée.",
    "L'intervenante est employée par la fondation, qui exerce l'autorité hiérarchique.",
    "L'employeur est la Fondation Sainte-Marthe, fondation reconnue d'utilité publique.",
    "L'intervenant social est recrute et salarie par la fondation.",
    "La mutuelle Avenir Solidarités emploie l'intervenante sociale.",
    "L'intervenante sociale est une salariée de la Mutualité française Centre.",
]

ASSOCIATION_EMPLOYER = [
    "L'intervenant social est salarié de l'association Le Relais.",
    "L'association recrute l'intervenante. La Fondation de France finance une partie du poste.",
    "L'intervenante est employée par l'association ; elle bénéficie de la mutuelle complémentaire santé.",
    "L'association Escale, soutenue par une fondation, est l'employeur de l'intervenant.",
]


@pytest.mark.parametrize("text", FOUNDATION_EMPLOYER)
def test_foundation_or_mutual_employer_is_autre(text):
    assert code("type_employeur", text) == "autre"


@pytest.mark.parametrize("text", ASSOCIATION_EMPLOYER)
def test_association_employer_stays(text):
    assert code("type_employeur", text) == "association"

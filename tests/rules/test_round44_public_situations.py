"""Round 44 (blind sets vj–vm): the public « victimes … et, plus largement / ainsi que … personnes fragilisées,
isolées, vulnérables » without any mis en cause is the study's ambiguity; authors only told which services may
take them (a service « d'aide aux auteurs » named) are not received; the field of the post closed by « à
l'exclusion des autres » or by « les autres situations … ne relèvent pas / continuent d'être signalées »; the
couple OR the family is intrafamilial; women victims of their partner are conjugal violence. Wordings written
for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # victims + a second public in the writer's own words, no mis en cause: ambiguity
    ("L'intervenant social rencontre les victimes d'infractions portées à la connaissance du commissariat et, plus "
     "généralement, les personnes fragiles que les policiers croisent lors de leurs patrouilles.", "ambiguite"),
    ("Sont accueillies les victimes dont les plaintes ont été enregistrées par la brigade, ainsi que les familles "
     "en grande précarité signalées par les maires.", "ambiguite"),
    ("L'intervenante s'adresse aux victimes de violences repérées par les unités, de même qu'aux habitants isolés "
     "des communes rurales.", "ambiguite"),
    # the mis en cause named: open
    ("L'intervenante reçoit les victimes, les auteurs présumés et, plus largement, les personnes isolées repérées "
     "par les gendarmes.", "tous_publics"),
    # the second public sent elsewhere (the clause ends): victims alone
    ("L'intervenante reçoit les victimes d'infractions ; les personnes fragilisées sont adressées au CCAS.",
     "victimes_seulement"),
    # authors only told where to go, a service for authors named: only oriented
    ("L'intervenante accompagne les victimes. Pour les compagnons violents, elle se contente de leur communiquer "
     "les services susceptibles de les accueillir, dont l'association d'aide aux auteurs du département.",
     "ambiguite"),
    # authors really received
    ("L'intervenante accompagne les victimes et reçoit également les auteurs de violences qui le demandent.",
     "tous_publics"),
])
def test_public_round44(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # couple OR family under a restriction: intrafamilial
    ("Le poste est réservé aux violences exercées au sein de la famille ou du couple, y compris après la séparation.",
     "vif"),
    ("L'intervenant social traite uniquement les violences conjugales ou intrafamiliales portées à la connaissance "
     "du commissariat.", "vif"),
    # the field closed in the same sentence
    ("L'intervenante suit les personnes victimes de violences au sein du couple, actuel ou ancien, signalées par "
     "les brigades, exclusion faite des autres situations sociales.", "violences_conjugales"),
    ("Le travailleur social prend en charge les violences intrafamiliales portées à la connaissance des policiers, "
     "à l'exclusion de toute autre problématique.", "vif"),
    # the rest closed in the next sentences
    ("L'intervenant accompagne les personnes exposées à des violences dans la famille. Il travaille en lien avec "
     "le CIDFF. Les autres difficultés connues des gendarmes continuent de relever des services sociaux de secteur.",
     "vif"),
    ("Le poste porte sur les violences commises envers les femmes : violences dans le couple, viols, mariages "
     "forcés. Les autres situations ne relèvent pas de la présente convention.", "violences_faites_aux_femmes"),
    # women victims of their partner: conjugal
    ("Le dispositif s'adresse aux femmes victimes de violences physiques, sexuelles ou économiques exercées par "
     "leur ex-conjoint. Les autres situations ne relèvent pas du présent dispositif.", "violences_conjugales"),
    ("La présente convention organise l'intervention d'une travailleuse sociale auprès des femmes victimes de "
     "violences conjugales repérées par les brigades.", "violences_conjugales"),
    # traps: a priority, the others kept, the others sent to the worker, a denial
    ("L'intervenant accompagne notamment les victimes de violences intrafamiliales. Les autres situations sont "
     "orientées vers le service social.", "toutes_situations"),
    ("L'intervenant accompagne les victimes de violences au sein du couple. Les autres situations relèvent "
     "également de sa compétence.", "toutes_situations"),
    ("L'intervenante n'est pas limitée aux violences au sein du couple ou de la famille.", "toutes_situations"),
    ("Les victimes de violences conjugales sont reçues en priorité ; toute autre situation est également prise en "
     "charge.", "toutes_situations"),
])
def test_situations_round44(text, expected):
    assert code("situations", text) == expected

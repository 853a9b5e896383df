"""Round 13 held-out wordings: public, situations and comité, written from the phenomena.

- the persons served DEFINED by one form of violence, with no restrictive adverb (« Relèvent de
  l'intervention les personnes victimes de violences commises par leur conjoint »), and conjugal
  violence said through the author (« par leur conjoint / concubin / ex-compagnon ») ;
- counts of people met in a bilan (« parmi les 80 personnes reçues, 12 étaient mises en cause »)
  describe the past activity, not the public of the post ;
- a comité ended in the same clause (« n'est pas reconduit », « est supprimé », « ne se réunit plus »),
  even with the negation far from the word « comité ».
Each wording is paired with a near-identical one that must keep the other value.
"""

from __future__ import annotations

import pytest

from rule_wording import code

SITUATIONS = [
    # ---- the public defined by conjugal violence: a restriction without « exclusivement »
    ("Relevent de l'intervention de l'intervenant social les victimes de violences conjugales, qu'elles aient porte plainte ou non.", "violences_conjugales"),
    ("Les personnes victimes de violences commises par leur ex-conjoint ou leur compagnon relèvent du poste.", "violences_conjugales"),
    ("Le public visé par la présente convention est composé des victimes de violences au sein du couple.", "violences_conjugales"),
    ("Les bénéficiaires de l'intervention sont les personnes victimes de violences exercées par leur conjoint ou concubin.", "violences_conjugales"),
    ("Le public cible : les femmes et les hommes victimes de violences conjugales.", "violences_conjugales"),
    ("Relève de sa compétence toute victime de violences commises par son époux, son concubin ou son partenaire de PACS.", "violences_conjugales"),
    ("Relèvent de l'intervention les personnes victimes de violences intrafamiliales.", "vif"),
    # ---- conjugal violence said through the author, with a restrictive word
    ("L'intervenante est exclusivement chargée des victimes de violences commises par leur conjoint.", "violences_conjugales"),
    # ---- the same definitions widened, negated, or listed among others: the post stays generalist
    ("Relèvent de l'intervention toute personne en difficulté sociale, notamment les victimes de violences conjugales.", "toutes_situations"),
    ("Relèvent également de l'intervention les victimes de violences commises par leur conjoint.", "toutes_situations"),
    ("Le public visé ne se limite pas aux victimes de violences conjugales.", "toutes_situations"),
    ("Le public visé comprend les victimes de violences conjugales, les auteurs et toute autre personne en détresse.", "toutes_situations"),
    ("Les bénéficiaires de l'intervention sont les victimes de violences conjugales ainsi que toute personne en difficulté sociale.", "toutes_situations"),
    ("Le bilan mentionne les victimes de violences commises par leur conjoint parmi les personnes reçues.", "toutes_situations"),
]

PUBLIC = [
    # ---- counts of a bilan: no definition of the public (the post is for minors)
    ("L'éducateur reçoit exclusivement des mineurs. Considérant que, parmi les 90 jeunes reçus en 2019, 20 étaient mis en cause dans une procédure ;", "mineurs_seulement"),
    ("L'intervenant reçoit exclusivement des mineurs. En 2020, 35 % des jeunes rencontrés étaient auteurs d'infractions.", "mineurs_seulement"),
    ("L'intervenant reçoit exclusivement des mineurs. L'action de 2018 a permis de rencontrer 150 personnes, majeures comme mineures.", "mineurs_seulement"),
    ("L'intervenant reçoit exclusivement des mineurs. Parmi les mineurs accompagnes l'an dernier, une douzaine d'entre eux etaient mis en cause.", "mineurs_seulement"),
    ("L'intervenante reçoit toute victime en détresse sociale. En 2021, 212 personnes ont été reçues, dont 18 auteurs présumés.", "victimes_seulement"),
    ("L'intervenante reçoit toute victime en détresse sociale. Sur l'année, 40 avaient fugue et 12 etaient mis en cause.", "victimes_seulement"),
    # ---- the public really opened: the count does not hide a stated reception of the mis en cause
    ("L'intervenant social reçoit les victimes et les personnes mises en cause.", "tous_publics"),
    ("Les personnes mises en cause peuvent également être reçues par l'intervenante.", "tous_publics"),
    ("L'intervenant accueille les majeurs comme les mineurs, victimes ou mis en cause.", "tous_publics"),
]

COMITE = [
    # ---- a comité ended in the same clause
    ("Le comité de pilotage institué par la convention de 2018 n'est pas maintenu.", "non_prevu"),
    ("Le comite de suivi mis en place lors de la premiere convention n'est pas reconduit.", "non_prevu"),
    ("Le COPIL créé en 2017 est supprimé, ses travaux étant repris par le CISPD.", "non_prevu"),
    ("Le comité de pilotage de l'expérimentation ne se réunit plus depuis 2020.", "non_prevu"),
    ("L'instance de pilotage prévue à l'article 9 de la convention initiale est dissoute.", "non_prevu"),
    ("Le comité de suivi créé par la convention précédente ne sera pas renouvelé.", "non_prevu"),
    # ---- a comité kept or created: still prevu
    ("Le comité de pilotage est maintenu et se réunit une fois par an.", "prevu"),
    ("Le comité de pilotage institué en 2018 est reconduit ; il se réunit chaque année.", "prevu"),
    ("Le point mensuel est supprimé ; un comité de suivi réunit les signataires chaque semestre.", "prevu"),
]


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_situations_public_defined_by_violence(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize(("text", "expected"), PUBLIC)
def test_public_bilan_counts_define_no_public(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize(("text", "expected"), COMITE)
def test_comite_ended_in_same_clause(text: str, expected: str) -> None:
    assert code("comite_pilotage", text) == expected

"""Round 15 (public, locaux_moyens): wordings not taken from any sample, through the real engine.

Three phenomena:
- a public defined by AGE (« jeunes de moins de 18 ans », « adolescents âgés de 13 à 17 ans »,
  « mineurs ») whose categories are all opened (« sans distinction », « quel que soit le motif »,
  « qu'ils soient victimes ou auteurs »): still minors only (CODEBOOK: mineurs_seulement); adults
  named with them, a real negation, « y compris » keep it out.
- the mis en cause listed among the publics received, with their orientation as the PURPOSE of that
  reception (« afin de prévenir la récidive et de les orienter »): not « only oriented » → tous_publics;
  a restricted purpose (« uniquement afin de les orienter ») stays the study's ambiguity.
- « les partenaires » (no one named) giving « les moyens nécessaires » (nothing named): undecided
  (ambiguite); a named means or provider is written (inscrits).
"""

from __future__ import annotations

import pytest

from rule_wording import code

MINEURS = [
    ("Le poste s'adresse aux adolescents âgés de 12 à 17 ans, sans distinction de statut : victimes, témoins ou auteurs d'infractions.", "mineurs_seulement"),
    ("Sont accueillis les jeunes de moins de 18 ans quel que soit le motif de leur passage a la brigade : victimes, mis en cause, fugueurs.", "mineurs_seulement"),
    ("L'intervenante reçoit les mineurs, qu'ils soient victimes, auteurs présumés ou témoins, et leurs parents.", "mineurs_seulement"),
    ("Le public de l'action est constitué des enfants de moins de dix-huit ans : victimes, auteurs ou temoins.", "mineurs_seulement"),
    ("Peuvent bénéficier de l'intervention les jeunes âgés de 10 à 18 ans, indifféremment victimes ou auteurs de faits.", "mineurs_seulement"),
    ("L'ISCG intervient auprès des jeunes de moins de dix huit ans sans distinction du cadre de leur présence au commissariat : plaignants, témoins, mis en cause.", "mineurs_seulement"),
    # adults named with them: open public
    ("L'intervenant reçoit les adultes comme les jeunes de moins de 18 ans, sans distinction : victimes, auteurs, témoins.", "tous_publics"),
    ("Il accueille toute personne en difficulté sociale, y compris les adolescents, sans distinction de statut : victimes ou auteurs.", "tous_publics"),
]

ORIENTATION_BUT = [
    ("L'intervenant social reçoit et accompagne :\n- les victimes de violences, majeures ou mineures ;\n- les auteurs présumés de ces violences, poursuivis ou non, afin de prévenir la récidive et de les orienter vers un suivi adapté ;\n- les enfants exposés.", "tous_publics"),
    ("L'intervenante accueille :\n- les personnes victimes ;\n- les personnes mises en cause, pour les orienter vers une prise en charge et éviter la réitération ;\n- les proches.", "tous_publics"),
    ("Sont reçus :\n- les victimes ;\n- les mis en cause, en vue de les orienter vers les dispositifs de responsabilisation ;\n- les témoins.", "tous_publics"),
    ("Elle rencontre les victimes ainsi que les auteurs présumés dans le but de les orienter vers un accompagnement adapte.", "tous_publics"),
    ("L'ISCG reçoit les victimes. Il reçoit aussi les personnes mises en cause afin de les écouter et de les orienter vers les structures compétentes.", "tous_publics"),
    # still only oriented
    ("Les victimes sont reçues et accompagnées par l'intervenant. Les auteurs sont orientés vers le SPIP.", "ambiguite"),
    ("Les victimes sont reçues et accompagnées par l'intervenant. Les personnes mises en cause sont contactées uniquement afin de les orienter vers les structures compétentes.", "ambiguite"),
]

LOCAUX = [
    ("Les signataires s'engagent à lui fournir les moyens utiles à l'exercice de ses fonctions.", "ambiguite"),
    ("Les moyens nécessaires à son activité sont mis à sa disposition par les partenaires.", "ambiguite"),
    ("Chaque partenaire met à la disposition de l'intervenant les moyens matériels nécessaires à ses missions.", "ambiguite"),
    ("L'ensemble des parties garantit a l'intervenante les moyens adaptes a l'accomplissement de sa mission.", "ambiguite"),
    ("Les parties signataires lui procurent les moyens indispensables au bon déroulement de ses missions.", "ambiguite"),
    ("Les partenaires mettront à sa disposition les moyens requis par son activité.", "ambiguite"),
    # who or what is written
    ("La commune met à sa disposition les moyens nécessaires à l'exercice de ses missions : bureau, téléphone et ordinateur.", "inscrits"),
    ("Les partenaires mettent à sa disposition les moyens nécessaires : le commissariat fournit un bureau fermé et l'association un téléphone portable.", "inscrits"),
    # nothing at all about means
    ("Les partenaires ne sont pas tenus de mettre à sa disposition les moyens nécessaires au comité.", "non_precise"),
]


@pytest.mark.parametrize("text,expected", MINEURS)
def test_public_defined_by_age_with_all_categories(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", ORIENTATION_BUT)
def test_orientation_as_purpose_of_reception(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", LOCAUX)
def test_unnamed_partners_unnamed_means(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected

"""Round 57: days a week spent in another place than the unit (« deux journées par semaine à l'espace d'accueil de
l'association ») split the post; a « bureau de la prévention du groupement » is a service of the force, not the worker's
office; adults written out of the dispositif (« les majeurs ne relèvent pas du présent dispositif ») and a public
« au profit des mineurs de moins de dix-huit ans » leave a public of minors only; a fiche de poste label « Public :
femmes victimes de violences » restricts the post to violence against women; another worker's post at a commissariat
does not make a gendarmerie post mixed. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # days a week in another place, with a presence in the unit
    ("L'intervenante est présente à la brigade de Lavelanet. Elle consacre par ailleurs deux demi-journées par semaine "
     "au pôle social de la mairie.", "partiellement"),
    ("L'intervenant·e exerce au sein du commissariat. Il reçoit au centre médico-social de Lormont une matinée par semaine.",
     "partiellement"),
    ("L'intervenante tient des permanences au commissariat du lundi au mercredi. Deux journées par semaine, elle est "
     "présente à l'antenne de l'association.", "partiellement"),
    # traps: the days in the unit itself, denied, or a meeting / an orientation
    ("L'intervenante exerce au sein de la brigade. Elle y consacre deux journées par semaine aux entretiens dans le bureau "
     "de la brigade.", "oui"),
    ("L'intervenant exerce au sein du commissariat. Il ne passe aucune journée par semaine au CCAS.", "oui"),
    ("L'intervenante exerce au sein de la brigade. Une matinée par semaine est consacrée à une réunion d'équipe au siège "
     "de l'association.", "oui"),
    # an internal service of the force is not the worker's office
    ("L'intervenante reçoit dans les locaux de l'association et ne dispose d'aucun bureau dans les brigades. Le bilan "
     "chiffré est tenu par le bureau des relations publiques du groupement.", "non"),
    ("L'intervenant reçoit les personnes au siège de l'association. Les statistiques sont produites par le bureau "
     "prévention partenariat de la compagnie.", "non"),
    # kept: the worker's own office in the unit
    ("Le bureau de l'intervenante se situe à la compagnie de gendarmerie de Saint-Girons.", "oui"),
])
def test_lieu_round57(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L'intervenante agit au profit des jeunes de moins de dix-huit ans repérés par les gendarmes, qu'ils soient victimes, "
     "auteurs, témoins ou en danger, y compris en l'absence d'infraction.", "mineurs_seulement"),
    ("Le travailleur social intervient auprès des adolescents de moins de 18 ans, victimes comme mis en cause.",
     "mineurs_seulement"),
    ("L'intervenant reçoit les jeunes signalés par la compagnie. Les adultes ne relèvent pas de ce dispositif ; les "
     "militaires les orientent vers le CCAS.", "mineurs_seulement"),
    ("L'intervenante suit les mineurs victimes et mis en cause. Aucun majeur n'est reçu par l'intervenante.",
     "mineurs_seulement"),
    # traps: the adults' exclusion denied, said of authors only, or conditioned; other people's children
    ("L'intervenant reçoit les victimes et les mis en cause ; les majeurs ne sont pas exclus du dispositif.", "tous_publics"),
    ("L'intervenante reçoit les victimes. Les auteurs majeurs ne relèvent pas du dispositif et sont orientés vers le SPIP.",
     "victimes_seulement"),
    ("L'intervenant intervient au profit des victimes et de leurs enfants de moins de dix-huit ans.", "victimes_seulement"),
])
def test_public_round57(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Public concerné : les femmes victimes de violences, qu'elles aient porté plainte ou non.", "violences_faites_aux_femmes"),
    ("Bénéficiaires : femmes adultes victimes de violences, ainsi que leurs enfants.", "violences_faites_aux_femmes"),
    # traps
    ("Public : femmes victimes de violences au sein du couple.", "violences_conjugales"),
    ("Public : toute personne en difficulté sociale, notamment les femmes victimes de violences.", "toutes_situations"),
    ("Public : les femmes et les hommes victimes de violences.", "toutes_situations"),
])
def test_situations_round57(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Depuis 2014, un poste d'intervenant social est implanté au commissariat de Foix. L'intervenante agit au profit des "
     "brigades de la compagnie de gendarmerie de Pamiers ; les gendarmes la sollicitent. Elle échange avec l'intervenant "
     "du commissariat de Foix. Le commandant du groupement exerce l'autorité fonctionnelle.", "gendarmerie"),
    # kept: a real mixed post
    ("L'intervenante exerce au commissariat de Foix et à la brigade de gendarmerie de Tarascon. Le chef de circonscription "
     "et le commandant de compagnie exercent l'autorité fonctionnelle.", "mixte"),
])
def test_type_poste_round57(text: str, expected: str) -> None:
    assert code("type_poste", text) == expected

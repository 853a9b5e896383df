"""Round 58: public (authors only informed in a verbless list line; minors defined by a relative clause,
adults sent to other schemes), situations (a partner's « référent VIF », a network of « prise en charge »,
a magistrate's penal policy, an employer's specialised unit are no restriction of the post; a post devoted to
minors facing violence « au sein de leur famille » is), duree (a proposed text then amended is not the
duration). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles

OPEN = "L'intervenante sociale accueille les victimes, les accompagne et assure leur suivi. "


@pytest.mark.parametrize("text, expected", [
    # authors only informed, said in a list line with no verb
    (OPEN + "Personnes mises en cause – seulement renseignées sur les services de soin, sans suivi.", "ambiguite"),
    (OPEN + "Auteurs des faits : informés de l'existence des structures spécialisées (SPIP, CSAPA).", "ambiguite"),
    # authors received THEN informed: open public
    (OPEN + "Auteurs présumés : reçus et accompagnés par l'intervenante, puis informés des structures compétentes.",
     "tous_publics"),
    # minors of every status, defined by a relative clause before the list
    ("Le public : les jeunes de moins de 18 ans que la brigade a repérés : victimes, auteurs ou fugueurs.",
     "mineurs_seulement"),
    ("Les enfants et adolescents dont la situation est connue de la compagnie : victimes, mis en cause, en fugue.",
     "mineurs_seulement"),
    ("L'intervenant reçoit les jeunes repérés par les militaires. Les adultes relèvent des autres dispositifs du "
     "département.", "mineurs_seulement"),
    # adults also received: not minors only
    ("Les personnes dont la situation est connue de la brigade, majeures ou mineures : victimes, mis en cause.",
     "tous_publics"),
    ("L'intervenant reçoit les jeunes repérés par les militaires ; les majeurs relèvent aussi du poste et sont "
     "reçus au même titre, victimes comme auteurs.", "tous_publics"),
])
def test_public(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    # partners' titles, a network, a magistrate's policy, an employer's unit: no restriction
    ("Le juriste référent de l'association, la référente VIF de France Victimes et la cheffe de service du CCAS "
     "sont les correspondants de l'intervenant.", "toutes_situations"),
    ("Elle travaille avec le réseau départemental de prise en charge des violences intrafamiliales.",
     "toutes_situations"),
    ("Participe au comité la vice-procureure, chargée de la politique pénale relative aux violences "
     "intrafamiliales.", "toutes_situations"),
    ("La commune a ouvert en 2019 un service spécialisé dans l'aide aux familles touchées par les violences "
     "intrafamiliales.", "toutes_situations"),
    # the post itself restricted, the public named in between, family with a possessive
    ("Le poste est réservé aux enfants de la circonscription confrontés à des violences au sein de leur famille.",
     "vif"),
    ("L'intervenant social est en charge des seules violences intrafamiliales.", "vif"),
    # denied restriction stays generalist
    ("Le poste n'est pas réservé aux enfants exposés à des violences au sein de leur famille.",
     "toutes_situations"),
])
def test_situations(text, expected):
    assert code("situations", text) == expected


def test_duree_texte_propose_puis_adopte():
    assert code_articles(
        "duree",
        "Rédaction proposée : trois ans à compter de la signature.",
        "Rédaction retenue : « La présente convention est conclue pour une durée de deux ans. »",
    ) == "autre"


def test_duree_adopted_three_years_kept():
    assert code_articles(
        "duree",
        "Rédaction proposée : un an.",
        "Rédaction retenue : « La présente convention est conclue pour une durée de trois ans. »",
    ) == "triennale"


def test_other_members_of_the_family_is_no_open_list():
    """« entre autres membres de la famille » names other relatives: the field stays family violence."""
    from rule_wording import code as _code
    text = ("L'intervenante reçoit exclusivement les victimes de violences commises au sein de la famille, qu'il "
            "s'agisse de violences conjugales, de violences sur les enfants ou de violences entre autres membres "
            "de la famille.")
    assert _code("situations", text) == "vif"

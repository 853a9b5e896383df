"""Round 5 held-out wordings for « public visé », through the real engine (match + decide).

Written from the CODEBOOK and the study, in words that are in no sample file. Five phenomena:

1. Authors expressly kept out of the public (« ne relèvent pas du poste », « n'a pas vocation à
   recevoir », « à l'exclusion des auteurs », « ne font pas partie du public », « en sont exclus »):
   the public is the victims only, even when another sentence mentions an author (oriented by the
   forces). A negated exclusion, a widening (« pas seulement »), a modality (« pas en même temps que
   la victime ») or a quotation of the study does not exclude.
2. Authors who only get told where to go (« se borne à leur indiquer », « informés des dispositifs »,
   « se voient communiquer les coordonnées », « renseignés sur », « adressés à ») while victims are
   received: the study's « mis en cause seulement orientés », i.e. an ambiguity.
3. An open article contradicted by an annex (fiche de poste) that defines the public as victims and only
   orients the mis en cause: an ambiguity, the narrowing outweighs the open wording.
4. « Garde à vue » naming a place (bureau away from the cells) is not a public; people in custody are.
5. A minors-only public (« toute personne mineure », « les mineurs, qu'ils soient victimes, auteurs ou
   témoins ») with adults only oriented elsewhere; never on « y compris les mineurs », a list that
   includes minors, « majeurs et mineurs », or « tout mineur en danger ».
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == "public"]
    return decide_indicator(RULES.files["public"], findings).value


def code_parts(parts: list[tuple[str, str]]) -> str:
    """Several extracts of one convention (an article, an annex), decided together."""
    findings = []
    for zone, text in parts:
        findings += [f for f in match_text(text, RULES, zone=zone) if f.indicator == "public"]
    return decide_indicator(RULES.files["public"], findings).value


# ---- 1. explicit exclusion of the authors
EXCLUSION = [
    ("L'intervenante accueille les femmes victimes de violences. Les auteurs de ces violences ne relevent pas "
     "de son intervention.", "victimes_seulement"),
    ("Le travailleur social reçoit les victimes. Il n'a pas vocation à prendre en charge les mis en cause.",
     "victimes_seulement"),
    ("Sont reçues par l'intervenante les victimes d'infractions, à l'exclusion des auteurs présumés.",
     "victimes_seulement"),
    ("L'ISCG accompagne les victimes. Les personnes mises en cause ne sont pas concernées par le dispositif ; "
     "lorsque leur situation l'exige, les enquêteurs les orientent vers le SPIP.", "victimes_seulement"),
    ("Les victimes sont accueillies et écoutées. Les agresseurs ne font en aucun cas partie du public de "
     "l'intervenant.", "victimes_seulement"),
    ("Le poste bénéficie aux victimes de violences ; les mis en cause en sont exclus.", "victimes_seulement"),
    ("L'intervenante reçoit les victimes ; elle ne reçoit ni les auteurs ni leurs proches.", "victimes_seulement"),
    ("L'intervenante écoute les victimes. Les auteurs présumés ne peuvent être reçus dans son bureau. "
     "Lorsqu'un auteur présumé a besoin d'une aide, les gendarmes lui indiquent le CCAS.", "victimes_seulement"),
    # the contrary: negated exclusion, widening, modality, quotation, another subject
    ("L'intervenant reçoit les victimes ainsi que les auteurs présumés ; les mis en cause ne sont pas exclus "
     "du dispositif.", "tous_publics"),
    ("L'intervenant reçoit les victimes et les auteurs, mais jamais ensemble : l'auteur ne peut pas être reçu "
     "en même temps que la victime.", "tous_publics"),
    ("L'étude relève que certaines conventions excluent à tort les auteurs. Ici, l'intervenant social reçoit "
     "les victimes comme les auteurs.", "tous_publics"),
    ("L'intervenant reçoit les victimes, les mis en cause et les personnes qui ne relèvent pas du champ pénal.",
     "tous_publics"),
]


@pytest.mark.parametrize("text, expected", EXCLUSION)
def test_explicit_exclusion_of_authors(text, expected):
    assert code(text) == expected


# ---- 2. authors only told where to go
INFORMES = [
    ("Les victimes sont reçues et suivies par l'intervenant. Quant aux mis en cause, il se contente de leur "
     "communiquer les coordonnées des structures compétentes.", "ambiguite"),
    ("L'intervenante accueille les victimes et les accompagne. Les auteurs presumes sont seulement informes "
     "des dispositifs existants.", "ambiguite"),
    ("Les victimes bénéficient d'un accompagnement social. Les personnes mises en cause se voient indiquer "
     "les services vers lesquels se tourner.", "ambiguite"),
    ("L'ISCG reçoit les victimes. Il indique aux auteurs les associations susceptibles de les aider.",
     "ambiguite"),
    ("Les victimes sont accompagnées pendant trois mois. Les auteurs sont renseignés sur les structures de "
     "droit commun.", "ambiguite"),
    ("Les victimes sont reçues. L'intervenant informe les mis en cause des permanences du SPIP.", "ambiguite"),
    ("Les victimes sont reçues. Les auteurs sont adressés à des services spécialisés.", "ambiguite"),
    # the contrary: received AND informed, or informed of their rights by someone else
    ("L'intervenant reçoit les victimes et les auteurs, et leur indique les services compétents.",
     "tous_publics"),
    ("Les auteurs sont informés de leurs droits par les enquêteurs. L'intervenant reçoit les victimes et les "
     "personnes mises en cause.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", INFORMES)
def test_authors_only_informed(text, expected):
    assert code(text) == expected


# ---- 3. an open article narrowed by an annex
ARTICLE_OUVERT = ("L'intervenant social accueille toute personne en situation de difficulté sociale : victimes, "
                  "auteurs présumés ou personnes mises en cause, et personnes hors du champ pénal.")
ANNEXES = [
    ("Fiche de poste. Public : le public de l'intervenant est constitué des personnes victimes d'infractions. "
     "Les mis en cause peuvent être orientés vers les services compétents.", "ambiguite"),
    ("Le public se compose des victimes de violences. Les auteurs sont orientés vers le SPIP.", "ambiguite"),
    ("Public visé : les victimes de violences. Les personnes mises en cause sont redirigées vers les structures "
     "adaptées.", "ambiguite"),
    ("Le poste est réservé à l'accueil des victimes ; les auteurs sont orientés vers d'autres dispositifs.",
     "ambiguite"),
    ("Seules les victimes sont reçues et accompagnées. Les auteurs seront orientes vers le droit commun.",
     "ambiguite"),
    ("Missions : le public de l'intervenant est forme des femmes victimes ; l'intervenant oriente les auteurs "
     "vers le centre de prise en charge des auteurs.", "ambiguite"),
    # the contrary: the annex repeats the open public
    ("Missions : accueillir les victimes, les auteurs et toute personne en détresse sociale ; orienter les "
     "personnes vers les services compétents.", "tous_publics"),
    ("Le public est constitué des victimes, des auteurs et des personnes hors du champ pénal.", "tous_publics"),
]


@pytest.mark.parametrize("annex, expected", ANNEXES)
def test_annex_narrowing_outweighs_open_article(annex, expected):
    assert code_parts([("article", ARTICLE_OUVERT), ("annexe", annex)]) == expected


# ---- 4. garde à vue: a place is not a public
GARDE_A_VUE = [
    ("L'intervenante reçoit les femmes victimes dans un bureau situé à l'écart des geôles de garde à vue.",
     "victimes_seulement"),
    ("Son bureau est éloigné des lieux d'audition et de garde à vue. Elle accueille toute victime de violences.",
     "victimes_seulement"),
    ("Le local de l'intervenante, qui reçoit les victimes, ne jouxte pas la zone de garde a vue.",
     "victimes_seulement"),
    ("Elle reçoit les victimes dans une pièce distincte des cellules de garde à vue.", "victimes_seulement"),
    # the contrary: people in custody
    ("L'intervenante reçoit les victimes et peut rencontrer les personnes placées en garde à vue.",
     "tous_publics"),
    ("Elle intervient auprès des victimes et, pendant la garde à vue, auprès des personnes qui le demandent.",
     "tous_publics"),
    ("Elle accompagne les victimes comme les personnes entendues à l'issue de leur garde à vue.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", GARDE_A_VUE)
def test_garde_a_vue_place_or_people(text, expected):
    assert code(text) == expected


# ---- 5. minors only
MINEURS = [
    ("Le public de l'intervenant est exclusivement constitué de mineurs, qu'ils soient victimes, mis en cause "
     "ou témoins. Les adultes rencontrés sont orientés vers les services pour majeurs.", "mineurs_seulement"),
    ("L'intervenant reçoit toute personne mineure dont la situation est signalée par les policiers.",
     "mineurs_seulement"),
    ("Le poste s'adresse aux mineurs, qu'ils soient victimes, auteurs ou témoins d'infractions.",
     "mineurs_seulement"),
    ("Peut etre accueilli tout mineur repere par les gendarmes.", "mineurs_seulement"),
    ("L'intervention est réservée aux jeunes de moins de dix-huit ans et à leurs familles.", "mineurs_seulement"),
    ("Seuls les mineurs sont reçus par l'intervenant ; les majeurs ne relèvent pas du dispositif.",
     "mineurs_seulement"),
    # the contrary: minors among others, a protection duty, majeurs and mineurs
    ("L'intervenant reçoit toute personne en difficulté sociale, y compris les mineurs.", "tous_publics"),
    ("Il reçoit les victimes, les auteurs, les mineurs et leurs familles.", "tous_publics"),
    ("L'intervenant reçoit les majeurs et les mineurs, qu'ils soient victimes ou auteurs.", "tous_publics"),
    ("Tout mineur en danger fait l'objet d'une information préoccupante. L'intervenant reçoit toute personne en "
     "difficulté sociale, victime ou auteur.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", MINEURS)
def test_minors_only(text, expected):
    assert code(text) == expected

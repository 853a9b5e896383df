"""Round 14 (public, type_employeur): wordings not taken from any sample, through the real engine.

Two phenomena:
- the help given to the mis en cause RESTRICTED to an orientation (« se limite à / se borne à / s'en tient à /
  se contente de / ne … que / uniquement » + communiquer, indiquer, remettre, orienter, coordonnées,
  adresses) while victims are received: the study's ambiguity (CODEBOOK, public: mis en cause only
  « orientés » → ambiguite), even when a reception verb belongs to the other structure (« susceptibles
  de l'accueillir »). Denied restrictions, victims oriented, the mis en cause as a service name stay out.
- a communauté de communes named, after the parties, only by its acronym « CC » + initials (« agent
  contractuel de la CCVD »): the employer is an interco (ville_interco). Collective agreements (CCNT),
  the CCMSA or the CCI are not.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


_VICTIMS = "Les victimes sont reçues, écoutées et accompagnées par l'intervenante. "

PUBLIC = [
    # ---- restricted orientation of the mis en cause → ambiguite
    (_VICTIMS + "Si un auteur présumé demande de l'aide, elle se borne à lui indiquer les adresses des services qui pourront le recevoir.", "ambiguite"),
    (_VICTIMS + "Quant aux agresseurs, l'intervenante s'en tient a leur remettre les coordonnees des structures competentes.", "ambiguite"),
    (_VICTIMS + "Lorsque le conjoint violent sollicite l'intervenant, celui-ci se contente de l'orienter vers le centre de soins.", "ambiguite"),
    (_VICTIMS + "L'intervenante se limite à orienter les personnes mises en cause vers le SPIP ou les associations spécialisées.", "ambiguite"),
    (_VICTIMS + "Pour les mis en cause, son action est limitée à une simple orientation vers les services de droit commun.", "ambiguite"),
    (_VICTIMS + "Les personnes mises en cause ne se voient remettre que les coordonnées des organismes susceptibles de les accompagner.", "ambiguite"),
    (_VICTIMS + "Aux auteurs, l'intervenant ne communique que des adresses utiles.", "ambiguite"),
    (_VICTIMS + "LORSQU'UN MIS EN CAUSE DEMANDE UN SOUTIEN, L'INTERVENANTE SE LIMITE A LUI TRANSMETTRE LES NUMEROS DES SERVICES QUI PEUVENT L'ACCUEILLIR.", "ambiguite"),
    # ---- the opposite: restriction denied, victims oriented, mis en cause received or oriented TO the post
    (_VICTIMS + "Pour les auteurs, l'intervenante ne se limite pas à leur communiquer des coordonnées : elle les reçoit et les accompagne aussi.", "tous_publics"),
    ("L'intervenante reçoit les auteurs comme les victimes. Pour la victime qui le demande, elle se borne à lui indiquer les coordonnées de l'association d'aide aux victimes.", "tous_publics"),
    ("L'intervenant social reçoit toute personne en difficulté sociale. Les enquêteurs se limitent à orienter les auteurs présumés vers l'intervenant social.", "tous_publics"),
    (_VICTIMS + "Les personnes mises en cause peuvent également être reçues par l'intervenante, qui ne se borne pas à les orienter.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", PUBLIC)
def test_public_restricted_orientation(text: str, expected: str) -> None:
    assert code("public", text) == expected


EMPLOYEUR = [
    # ---- communauté de communes named by its CC acronym → ville_interco
    ("L'intervenant social est agent contractuel de la CCVD.", "ville_interco"),
    ("Le recrutement de l'intervenante est assuré par la CCHVS.", "ville_interco"),
    ("La CCPA s'engage à recruter l'intervenant social dans un délai de trois mois.", "ville_interco"),
    ("L'intervenante est salariee de la CCBL, qui en assure la gestion administrative.", "ville_interco"),
    ("Le travailleur social, recruté et employé par la CCMD, exerce auprès des brigades.", "ville_interco"),
    ("La CCPLA est l'employeur de l'intervenant social.", "ville_interco"),
    # ---- the opposite: collective agreements, other bodies, funding only
    ("L'association recrute l'intervenante, salariée selon la CCNT 66.", "association"),
    ("L'intervenant social est salarié du centre hospitalier, sur la grille de la CCN 51.", "autre"),
    ("La CCPA verse une subvention de 10 000 euros. L'association Horizon emploie l'intervenant.", "association"),
    ("L'intervenant n'est pas un agent de la CCVD. Il est salarié de l'association Escale.", "association"),
]


@pytest.mark.parametrize("text, expected", EMPLOYEUR)
def test_employeur_cc_acronym(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected

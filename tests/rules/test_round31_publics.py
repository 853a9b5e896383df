"""Round 31 held-out wordings for the public visé, through the real engine.

Three families of drafting from the blind sets xj/xk/xl, each written here in other words:
1. authors kept out of the post and sent elsewhere by the FORCES (« la gendarmerie les dirige »,
   « la police les oriente ») — the worker orients nobody, the public is the victims alone; when the
   WORKER orients them, they are « seulement orientés » (the CODEBOOK's ambiguity);
2. the author named as a RISK during a visit to the victim (« accompagnée d'une patrouille lorsque
   l'auteur est susceptible d'être présent ») — not a person received;
3. people oriented TO the worker by the forces and received by her, whatever their category
   (« accueil des personnes orientées par les policiers, qu'elles soient victimes, mises en cause… »).
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


VICTIMES = "L'intervenant social reçoit toute victime en détresse sociale orientée par les unités. "

FORCES_ORIENT = [
    (VICTIMES + "Les auteurs des faits ne sont pas reçus par l'intervenante : leur suivi relève du SPIP, vers lequel la police les oriente directement.", "victimes_seulement"),
    (VICTIMES + "Les mis en cause ne sont pas accueillis par l'intervenant social ; la gendarmerie les adresse au service pénitentiaire d'insertion et de probation.", "victimes_seulement"),
    (VICTIMES + "Les auteurs ne sont pas recus par l'intervenante, ils sont orientes par la gendarmerie vers l'association de controle judiciaire.", "victimes_seulement"),
    (VICTIMES + "Les agresseurs ne relèvent pas de l'intervenant social : ils sont dirigés par les services de gendarmerie vers le centre de soins.", "victimes_seulement"),
    (VICTIMES + "Les auteurs présumés ne seront pas reçus par l'ISCG ; le parquet les oriente vers un stage de responsabilisation.", "victimes_seulement"),
    (VICTIMES + "L'intervenante ne reçoit pas les mis en cause, que les policiers dirigent vers les structures de droit commun.", "victimes_seulement"),
    # the worker herself orients them: « seulement orientés »
    (VICTIMES + "Les auteurs ne sont pas reçus en entretien ; l'intervenante peut les orienter vers le SPIP.", "ambiguite"),
    (VICTIMES + "Les mis en cause ne sont pas accueillis par l'intervenant social, qui peut les adresser au centre de prise en charge des auteurs.", "ambiguite"),
]

RISQUE_AUTEUR = [
    (VICTIMES + "L'intervenante peut se rendre au domicile de la victime, accompagnée si besoin par une patrouille lorsque l'auteur est susceptible d'être présent.", "victimes_seulement"),
    (VICTIMES + "Elle se déplace chez la victime, escortée par des gendarmes si l'agresseur risque de se trouver sur place.", "victimes_seulement"),
    (VICTIMES + "Les visites à domicile se font avec un équipage de police quand le mis en cause est encore présent au domicile.", "victimes_seulement"),
    (VICTIMES + "L'intervenant social peut recevoir la victime dans une autre brigade lorsque l'auteur des violences se trouve au domicile.", "victimes_seulement"),
    (VICTIMES + "L'intervenante peut etre accompagnee d'un militaire lorsque l'auteur des violences est susceptible d'etre present.", "victimes_seulement"),
    (VICTIMES + "La victime est reçue hors la présence de l'auteur, dans un bureau à l'écart.", "victimes_seulement"),
    # the authors received, on the contrary
    (VICTIMES + "L'intervenante accompagne également les auteurs des violences qui le souhaitent.", "tous_publics"),
    (VICTIMES + "Les auteurs peuvent aussi être reçus par l'intervenant social lorsqu'ils sont présents au commissariat.", "tous_publics"),
]

ORIENTES_VERS_ISCG = [
    ("Missions : accueil, dans les meilleurs délais, des personnes orientées par les policiers, qu'elles soient victimes, mises en cause ou sans lien avec une infraction ;", "tous_publics"),
    ("L'accueil rapide des personnes adressées par les gendarmes, qu'ils soient victimes ou mis en cause, est assuré par l'intervenante.", "tous_publics"),
    ("- accueil des personnes orientees par les fonctionnaires, qu'il s'agisse de victimes, de mis en cause ou de personnes hors champ penal ;", "tous_publics"),
    ("L'intervenant assure l'accueil des personnes orientées par les enquêteurs, qu'elles soient victimes, auteurs ou témoins.", "tous_publics"),
    ("Accueil et écoute des personnes orientées par les services, que ce soit des victimes ou des mis en cause.", "tous_publics"),
    ("Sont reçues les personnes orientées par les unités, qu'elles soient victimes, mises en cause ou en simple détresse sociale.", "tous_publics"),
    # authors only oriented elsewhere while the victims are received
    ("L'intervenant social reçoit les victimes. Les auteurs qui se présentent à lui sont orientés vers les structures compétentes.", "ambiguite"),
    ("L'intervenante accueille et accompagne les victimes ; les mis en cause sont réorientés par elle vers le SPIP.", "ambiguite"),
    ("L'intervenant social reçoit les victimes. Les auteurs, à leur demande, sont orientés vers la structure d'accueil des auteurs de violences.", "ambiguite"),
]


@pytest.mark.parametrize("text,expected", FORCES_ORIENT + RISQUE_AUTEUR + ORIENTES_VERS_ISCG)
def test_public_round31(text: str, expected: str) -> None:
    assert code("public", text) == expected

"""Round 65. Public: the mis en cause only sent on, said with a modal separated from « être » by an incise
(« peuvent, lorsque … , être dirigés vers … »), or only given information about other services (« recevoir de
l'intervenant une information sur les structures »), or sent on « sans qu'un accompagnement leur soit proposé »,
while the victims (and people in social distress) are received: the CODEBOOK's ambiguity, not an open public.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES = "L'intervenante sociale accueille, écoute et accompagne les victimes d'infractions. "
DETRESSE = ("La travailleuse sociale reçoit et suit les victimes ainsi que les personnes en grande précarité "
            "signalées par les gendarmes. ")


@pytest.mark.parametrize("text, expected", [
    # modal + incise + passive synonym
    (VICTIMES + "Les auteurs présumés pourront, si leur situation sociale l'exige, être dirigés par elle vers les "
     "services compétents.", "ambiguite"),
    (VICTIMES + "Les personnes mises en cause peuvent, à leur demande, être orientées vers les partenaires du "
     "territoire.", "ambiguite"),
    (VICTIMES + "Les conjoints violents doivent, dans tous les cas, être adressés au centre de prise en charge.",
     "ambiguite"),
    (VICTIMES + "Les mis en cause peuvent, lorsque les enquêteurs le jugent utile, également être redirigés vers "
     "le SPIP.", "ambiguite"),
    # information only, or orientation refused any follow-up
    (DETRESSE + "Les auteurs de violences peuvent, s'ils le souhaitent, obtenir de l'intervenante des "
     "renseignements sur les dispositifs de soins.", "ambiguite"),
    (DETRESSE + "Les personnes mises en cause sont dirigées vers les associations spécialisées, sans qu'un suivi "
     "leur soit assuré par l'intervenante.", "ambiguite"),
    # sent TO the worker, received, or the orientation denied: no « only oriented »
    ("L'intervenant social accueille toute personne en difficulté. Les mis en cause peuvent, sur proposition des "
     "policiers, être orientés vers l'intervenant social.", "tous_publics"),
    (VICTIMES + "Les auteurs présumés peuvent, s'ils le demandent, être reçus et accompagnés par l'intervenante.",
     "tous_publics"),
    (VICTIMES + "Les personnes mises en cause peuvent, à leur demande, recevoir de l'intervenante une information "
     "sur leurs droits et être accompagnées dans leurs démarches.", "tous_publics"),
])
def test_public_mis_en_cause_only_oriented_round65(text, expected):
    assert code("public", text) == expected

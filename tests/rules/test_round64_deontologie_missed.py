"""Round 64 (deontologie, missed values): interview content « utile à l'enquête » passed to the forces, a
nominative list of the people received sent to a forces' unit, the worker's register open to the forces, and
the CRIP referral made automatic « sans appréciation au cas par cas ». Wordings written for this test."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # information useful to the inquiry, passed to the forces
    (SECRET + "Sont destinataires des données, pour ce qui les concerne, les enquêteurs de la compagnie, pour les "
     "éléments utiles à l'enquête recueillis par l'intervenante.", "contre_sens"),
    (SECRET + "Chaque semaine, l'intervenante informe l'officier référent de ce que les familles lui ont confié et qui "
     "serait utile aux investigations.", "contre_sens"),
    (SECRET + "À l'issue de l'entretien, l'intervenant renseigne une note que les policiers peuvent exploiter pour les "
     "besoins de leur enquête.", "contre_sens"),
    (SECRET + "Les enquêteurs transmettent à l'intervenante les informations utiles à l'accompagnement des victimes.",
     "securisee"),
    (SECRET + "Avec l'accord de la personne, l'intervenante communique aux enquêteurs les éléments utiles à la procédure.",
     "securisee"),
    # nominative list of the people received
    (SECRET + "Chaque mois, l'intervenant social envoie à la brigade de protection des familles l'état nominatif des "
     "victimes accompagnées.", "contre_sens"),
    (SECRET + "Chaque mois, l'intervenant social envoie à la brigade un relevé anonymisé du nombre de victimes accompagnées.",
     "securisee"),
    # CRIP referral made automatic
    ("L'intervenante est tenue au secret professionnel. Lorsqu'un mineur vit au foyer, elle adresse une information "
     "préoccupante à la CRIP sans évaluation préalable de la situation.", "ambiguite"),
    ("L'intervenante est tenue au secret professionnel. Elle apprécie au cas par cas l'opportunité d'une information "
     "préoccupante à la CRIP.", "securisee"),
])
def test_round64_deontologie_missed(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

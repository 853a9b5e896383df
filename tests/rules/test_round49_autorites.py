"""Round 49, autorités: the worker's line manager said in management jargon (« manager de proximité (N+1) »,
« manageur·euse », « management de proximité assuré par … ») and given to a forces chief, or a « manager »
of the forces who holds HR powers (annual objectives, leave, annual review), is an inversion; a « manager
opérationnel » who only sets priorities, dispatches calls and checks the reporting is functional steering
(no inversion); the employer's own manager, or a denied N+1, stays as it was. Inclusive writing included
(« le/la chef·fe »). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

EMPLOYEUR_JURIDIQUE = ("Le CIAS est l'employeur juridique de l'intervenant·e : il signe son contrat et verse "
                       "son salaire. ")
EMPLOYEUR = "L'intervenante est salariée de l'association, qui exerce l'autorité hiérarchique. "
FONCTIONNELLE = "Le commandant de brigade exerce l'autorité fonctionnelle. "


@pytest.mark.parametrize("text, expected", [
    # the line manager in management jargon, given to the forces
    (EMPLOYEUR_JURIDIQUE + "Son manager de proximité (N+1) sera le/la chef·fe de la brigade de Ploërmel, qui "
     "arrête ses objectifs.", "inversee"),
    (EMPLOYEUR_JURIDIQUE + "La manageuse directe de l'intervenant·e est la cheffe du commissariat de Vierzon.",
     "inversee"),
    (EMPLOYEUR_JURIDIQUE + "Le N+1 de l'agent social est le commandant de la compagnie de Dole.", "inversee"),
    (EMPLOYEUR_JURIDIQUE + "Le management de proximité de l'intervenant social est assuré par le commissaire "
     "de Montluçon.", "inversee"),
    # a forces « manager » (even « opérationnel ») holding HR powers
    (EMPLOYEUR_JURIDIQUE + "Le commandant de la compagnie d'Auch est le manager opérationnel du poste : il "
     "définit ses objectifs annuels, valide ses congés et mène son entretien professionnel.", "inversee"),
    (EMPLOYEUR_JURIDIQUE + "Le chef·fe de la circonscription devient le manager de l'ISC et conduit chaque "
     "année son entretien annuel d'évaluation.", "inversee"),
    # functional steering only: no inversion (the employer only pays → confuse)
    ("L'agent est recruté par la commune, qui le rémunère et gère son contrat. Le commandant de la brigade "
     "de Lectoure est le manager opérationnel de l'agent : il arrête les priorités d'intervention et "
     "répartit les appels entre les unités.", "confuse"),
    (EMPLOYEUR + "Le commissaire est le manager de terrain de l'ISC : il organise les permanences et valide "
     "le tableau de bord mensuel. " + FONCTIONNELLE, "conforme"),
    # the employer's own manager: no inversion
    ("L'ISC est agente de la commune, qui exerce l'autorité hiérarchique ; sa manageuse de proximité (N+1) "
     "est la responsable du pôle social de la mairie, qui valide ses congés. " + FONCTIONNELLE, "conforme"),
    # denied
    (EMPLOYEUR + FONCTIONNELLE + "Le commandant n'est pas le manager de proximité de l'intervenante et ne "
     "valide pas ses congés.", "conforme"),
    (EMPLOYEUR + FONCTIONNELLE + "Le chef de poste n'est en aucun cas le N+1 de l'intervenante.", "conforme"),
])
def test_round49_manager_jargon(text: str, expected: str) -> None:
    assert code("autorites", text) == expected

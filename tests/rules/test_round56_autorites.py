"""Round 56: the employer's hierarchy held by the cadre of its social service, named by a territorial post
(« responsable de territoire », « responsable du territoire d'action sociale ») or a service (« chef du
service de la cohésion sociale », maison des solidarités), is the employer's hierarchy, even when the
forces appear only as a landmark (« la circonscription d'action sociale dont relève la compagnie »);
the same words given to a police or gendarmerie chief, or denied, are not. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

FONC = " Le commandant de la brigade exerce une autorité fonctionnelle sur l'organisation de sa présence."


@pytest.mark.parametrize("text, expected", [
    # employer's territorial cadre, forces as a landmark only
    ("Le travailleur social reste agent départemental. Son autorité hiérarchique est exercée par la "
     "responsable de territoire de la circonscription d'action sociale sur laquelle se trouve le commissariat."
     + FONC, "conforme"),
    ("L'intervenant·e est placé·e sous l'autorité hiérarchique du responsable du territoire d'action sociale "
     "du Nord-Est, le cadre technique de la MDS assurant son soutien technique." + FONC, "conforme"),
    ("L'autorité hiérarchique est assurée par la responsable territoriale de la maison des solidarités dont "
     "dépend la brigade de Saint-Claude." + FONC, "conforme"),
    ("Sa supérieure hiérarchique est la cheffe du service de la cohésion sociale de la Communauté, qui valide "
     "ses congés et conduit son entretien annuel." + FONC, "conforme"),
    ("Hiérarchiquement, elle relève du directeur de la direction territoriale d'action sociale ; le chef de "
     "la circonscription de police exerce l'autorité fonctionnelle.", "conforme"),
    # the same hierarchy given to the forces stays inversée
    ("L'autorité hiérarchique est exercée par le commandant de la compagnie ; le responsable de territoire "
     "d'action sociale assure seulement la paie." + FONC, "inversee"),
    ("Son supérieur hiérarchique est le chef du service d'accueil et d'investigation de proximité du "
     "commissariat.", "inversee"),
    ("L'intervenant social est placé sous l'autorité hiérarchique du commissaire, chef de la circonscription "
     "de sécurité publique.", "inversee"),
])
def test_employer_territorial_hierarchy(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    # denied: no employer hierarchy written, only the functional role
    "L'autorité hiérarchique n'est pas exercée par le responsable de territoire d'action sociale." + FONC,
    # quoted to be rejected
    "L'étude relève que certaines conventions placent l'intervenant sous l'autorité hiérarchique du "
    "commandant de compagnie plutôt que du responsable de territoire.",
])
def test_denied_or_quoted_is_not_conforme(text):
    assert code("autorites", text) != "conforme"

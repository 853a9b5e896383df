"""A police or gendarmerie chief named as the worker's « supérieur direct / supérieur hiérarchique / N+1 »
(« a pour supérieur direct le commissaire »), even when the sentence also names the employer, the CCAS or
the planning: inversion. Traps stay silent: the same words denied, said of the employer's own chief or of
the municipal police. The employer's social service named by its acronym (CDAS). Wordings written for
this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # the forces chief as direct superior, with an incise, the employer or the CCAS in the sentence
    ("Par exception à l'article 3, l'intervenante a pour supérieure directe, tout au long de sa présence à la "
     "brigade, la commandante de la communauté de brigades, qui fixe son planning et accorde ses congés ; "
     "la commune reste chargée de sa paie.", "inversee"),
    ("Y compris lors de ses permanences en mairie et au CCAS, l'intervenant·e aura pour N+1 le commissaire "
     "divisionnaire, qui conduit son entretien annuel.", "inversee"),
    ("L'ISCG a pour supérieur hiérarchique direct le chef de la circonscription de sécurité publique ou "
     "l'officier qu'il désigne ; l'association gère son contrat.", "inversee"),
    ("Durant sa mise à disposition, l'agent départemental a pour supérieur direct — y compris pour ses "
     "horaires — le capitaine commandant la compagnie.", "inversee"),
    # traps: denied, the employer's own chief, the municipal police, the référent gradé for daily contact
    ("L'intervenant n'a pas pour supérieur direct le commandant de brigade ; il est placé sous l'autorité "
     "hiérarchique de la directrice de l'association.", "conforme"),
    ("L'intervenante a pour supérieure directe la responsable du pôle solidarités de la Ville, qui exerce "
     "l'autorité hiérarchique ; le commissaire exerce l'autorité fonctionnelle et désigne un officier "
     "référent pour le contact quotidien.", "conforme"),
])
def test_superieur_direct_aux_forces(text, expected):
    assert code("autorites", text) == expected


def test_superieur_direct_police_municipale_not_inversee():
    text = ("L'agent a pour supérieur direct le chef de poste de la police municipale de la commune, "
            "qui exerce l'autorité hiérarchique.")
    assert code("autorites", text) != "inversee"


def test_cdas_employer_service_conforme():
    text = ("L'intervenante, agente du Département, est placée sous l'autorité hiérarchique du responsable de "
            "la maison départementale des solidarités de Vitré, qui exerce aussi l'autorité technique. Le "
            "commandant de compagnie exerce l'autorité fonctionnelle : accueil dans les locaux, circulation "
            "des demandes.")
    assert code("autorites", text) == "conforme"


def test_cdas_acronym_conforme():
    text = ("Il relève de l'autorité hiérarchique du chef de service du CDAS. Le commandant de la brigade "
            "exerce l'autorité fonctionnelle.")
    assert code("autorites", text) == "conforme"

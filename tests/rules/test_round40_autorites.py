"""Hierarchical authority handed to the police or gendarmerie without the usual words: orders received from a
forces chief who also grants leave, grades or evaluates; « dépend dans l'ordre hiérarchique »; the employer only
named as the recipient of the chief's notation. Functional authority, organisation of the service and denied
wordings stay out. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles

EMPLOYEUR = "La commune recrute l'intervenante et en demeure l'employeur ; elle assure sa rémunération. "


@pytest.mark.parametrize("text", [
    # the rank order, said as a dependence
    "Durant ses permanences, l'intervenante suit les consignes du commandant de la brigade de Vire, dont elle "
    "dépend dans l'ordre hiérarchique.",
    "Elle relève, dans l'ordre hiérarchique, du chef de la circonscription de sécurité publique.",
    # orders received, chief named by his full title
    "Dans son service, l'intervenant relève du chef de la circonscription de sécurité publique de Sarlat, "
    "dont il reçoit les ordres.",
    # the chief grants leave, grades, the employer only informed afterwards
    "Le commandant de la communauté de brigades autorise ses absences et établit chaque année sa notation, "
    "communiquée ensuite au service du personnel de la Mairie.",
    "Le chef du commissariat lui octroie ses jours de congés.",
    "Le commissaire divisionnaire détient sur elle un pouvoir disciplinaire.",
    # directives + evaluation by the same chief
    "L'ISCG reçoit toutes ses directives du commandant de compagnie, qui la note chaque année.",
    "Elle tient ses instructions du chef de poste, lequel mène son entretien professionnel annuel.",
    # inclusive writing
    "L'intervenant·e reçoit ses ordres du commissaire, qui lui accorde ses congés.",
])
def test_hierarchy_given_to_the_forces_in_other_words(text):
    assert code("autorites", text) == "inversee"
    # another article naming the employer does not cure it
    assert code_articles("autorites", EMPLOYEUR, text) == "inversee"


@pytest.mark.parametrize("text", [
    # functional authority, organisation of the service, premises
    "Le commandant de brigade, autorité fonctionnelle, organise ses permanences et lui donne accès aux locaux.",
    "Elle reçoit ses consignes du commissaire pour l'organisation de sa présence au commissariat.",
    "Le chef de circonscription fixe les jours et heures de ses permanences.",
    # denied
    "Le commandant de compagnie ne lui accorde pas ses congés et ne procède pas à sa notation.",
    "L'intervenante ne dépend pas, dans l'ordre hiérarchique, du commandant de brigade.",
    # the employer does the acts, the chief gives an opinion or receives information
    "Le commandant transmet ses observations à la directrice, qui arrête sa notation.",
    "La notation est établie par la commune sur proposition du commandant de brigade.",
    "Ses demandes de congés sont adressées pour information au commissaire.",
    # the forces' own chain of command
    "Les gendarmes informent dans l'ordre hiérarchique le commandant de compagnie de la situation.",
    # quoted to be rejected
    "L'étude relève que certaines conventions prévoient à tort que le commandant accorde ses congés.",
])
def test_no_inversion(text):
    assert code("autorites", text) != "inversee"

"""Round 64 (helper, false positives): « secret partagé » named only to be rejected, far from the words;
a hand-over or a meeting bounded by ANOTHER article of the convention (« sous réserve des stipulations de
l'article 9 », « que dans les cas prévus à l'article 8 »); a practice named to be judged incompatible or
interrupted; « ce rapport » alone (the anonymous activity report). Wordings written for this test (none is
a rule example or a sample sentence), through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text", [
    # the mistake itself, still caught
    "Les informations relatives aux victimes sont échangées avec les policiers dans le cadre du secret partagé.",
    "L'intervenante et les enquêteurs partagent le secret professionnel sur les situations suivies.",
    "Le compte rendu de chaque entretien est remis à l'officier de police judiciaire.",
    "Chaque semaine, les situations des familles suivies sont examinées une à une en réunion avec les gendarmes de la brigade.",
    "Une copie de la fiche d'entretien est adressée au commandant de brigade.",
    "Ce rapport social est adressé en copie au commandant de compagnie.",
    "Ces comptes rendus sont transmis en copie au chef de circonscription.",
])
def test_fires(text: str) -> None:
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # « secret partagé » rejected, whatever the verb and the distance
    "L'expression « secret partagé », qu'emploient volontiers certains services de l'État, ne repose sur aucun texte applicable aux échanges entre l'intervenante et les gendarmes.",
    "Le « secret partagé » entre les travailleurs sociaux et les enquêteurs, dont il est beaucoup parlé dans les réunions, n'a pas d'existence juridique.",
    "S'agissant du secret partagé, les parties, après en avoir débattu longuement avec la direction départementale, s'engagent à ne pas y faire référence.",
    "Quant à la notion de secret professionnel partagé, souvent avancée lors des échanges avec la brigade, elle ne trouve pas de fondement en droit.",
    # bounded by another article of the convention (secret, consent, 226-14)
    "Quand l'intervenant·e juge qu'une information doit être connue de l'enquêteur saisi, elle la lui communique par écrit, sous réserve des dispositions de l'article 8 de la présente convention.",
    "L'intervenant ne transmet une note à l'officier de police judiciaire que dans les cas définis à l'article 7.",
    "En commission, elle n'expose la situation d'une famille suivie que dans les conditions prévues à l'article 6, la famille en étant informée.",
    "Lors des réunions du groupe de travail, l'intervenant ne présente la situation d'une victime que dans les cas prévus au 9.2.",
    # a practice named to be judged incompatible or stopped
    "Les signataires constatent que la remise d'une copie de la fiche de suivi au référent de la brigade, pratiquée jusqu'ici, est incompatible avec le secret professionnel ; il est mis fin à cette pratique.",
    "La transmission d'un double des fiches d'intervention au commissariat, prévue par la convention de 2019, a cessé depuis le 1er janvier.",
    # « ce rapport » alone: the anonymous activity report named just before
    "Ce rapport est adressé au Préfet et transmis en copie au commandant du groupement de gendarmerie.",
])
def test_silent(text: str) -> None:
    assert code("deontologie", text) != "contre_sens"


def test_activity_report_then_demonstrative() -> None:
    assert code_articles(
        "deontologie",
        "Chaque année, l'intervenante rédige un bilan d'activité chiffré et anonyme. Ce bilan est communiqué au Maire et adressé en copie au chef de la circonscription de police.",
    ) != "contre_sens"

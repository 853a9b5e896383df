"""Round 49: open-ended conventions with a notice period (duree) and the single territorial collectivities
that hold the département's powers (type_employeur). Held-out wordings, through the real engine."""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles

DUREE = [
    ("La présente convention prend effet au 1er mars. Elle est signée pour une durée indéterminée et chaque partie "
     "peut la dénoncer en respectant un préavis de quatre mois.", "autre"),
    ("Le protocole vaut pour une période illimitée ; il peut être résilié à tout moment moyennant un préavis d'un mois.",
     "autre"),
    ("L'accord est conclu à durée indéterminée, sous réserve d'un préavis de deux mois en cas de retrait.", "autre"),
    ("Le présent protocole est conclu pour une durée indéterrninée.", "autre"),
    # traps: an employment contract, a grant, a denied duration
    ("L'intervenante est embauchée à durée indéterminée ; son préavis de démission est de deux mois.", "non_precisee"),
    ("La participation du Département est attribuée pour une durée indéterminée.", "non_precisee"),
    ("Le protocole n'est pas conclu pour une durée indéterminée ; il prend fin au bout de trois ans.", "triennale"),
    ("Préavis de résiliation : trois mois.", "non_precisee"),
]


@pytest.mark.parametrize("text,expected", DUREE)
def test_duree_indeterminee(text, expected):
    assert code("duree", text) == expected


EMPLOYEUR = [
    ("Un mi-temps de travailleur social de la Collectivité de Corse est consacré aux brigades de la compagnie.",
     "conseil_departemental"),
    ("L'assistante sociale demeure sous l'autorité hiérarchique de la Collectivité territoriale de Guyane.",
     "conseil_departemental"),
    ("La Collectivité territoriale de Martinique gère sa carrière et sa rémunération.", "conseil_departemental"),
    ("Un poste d'éducatrice spécialisée de la Collectivité est affecté à la mission.", "conseil_departemental"),
    ("La Collectivité arrête son planning et conduit son entretien annuel.", "conseil_departemental"),
    ("Le Département de Mayotte emploie l'intervenante sociale.", "conseil_departemental"),
    # traps: a commune or an intercommunality called « collectivité », financing, orientation, denial
    ("L'intervenante oriente la famille vers un travailleur social de la Collectivité.", "autre"),
    ("L'intervenant n'est pas placé sous l'autorité hiérarchique de la Collectivité de Corse.", "autre"),
]


@pytest.mark.parametrize("text,expected", EMPLOYEUR)
def test_collectivite_unique(text, expected):
    assert code("type_employeur", text) == expected


def test_named_employer_beats_bare_collectivite():
    assert code_articles(
        "type_employeur",
        "La commune de Calvi, ci-après « la Collectivité », recrute l'intervenant social.",
        "L'intervenant reste sous l'autorité hiérarchique de la Collectivité.",
    ) == "ville_interco"


@pytest.mark.parametrize("text", [
    "L'intervenant est un agent de la collectivité intercommunale, affecté au commissariat.",
    "La Collectivité de Corse verse une subvention à l'association qui emploie l'intervenante.",
    "La Collectivité finance le poste à hauteur de 40 %.",
])
def test_collectivite_traps_not_departement(text):
    assert code("type_employeur", text) != "conseil_departemental"

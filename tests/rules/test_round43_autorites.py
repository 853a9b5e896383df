"""Round 43, autorités: an old wording quoted only to be dropped is no inversion; « subordonné(e) », with an
incise, to a forces chief, a forces chief who « a qualité de » supérieur hiérarchique, and a chief taken up by
« Celui-ci / Ce dernier » who grants leave or notes the worker are; an employer named only by its proper
name that exerts the hierarchical authority is the employer. Wordings written for this test, through the
real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

FONC = " Le commandant de la brigade exerce l'autorité fonctionnelle."


@pytest.mark.parametrize("text, expected", [
    # 1. an old wording quoted to be rejected
    ("La première convention plaçait l'intervenant « sous l'autorité du chef de circonscription ». Cette "
     "formule, qui pouvait laisser croire que le chef de circonscription était son supérieur hiérarchique, "
     "est abandonnée. L'intervenant est placé sous l'autorité hiérarchique de l'association et sous "
     "l'autorité fonctionnelle du chef de circonscription.", "conforme"),
    ("La mention selon laquelle le commandant de compagnie était le responsable hiérarchique de "
     "l'intervenante n'est plus reprise. L'intervenante est placée sous l'autorité hiérarchique du CCAS et "
     "sous l'autorité fonctionnelle du commandant.", "conforme"),
    # ... but the same words said of the current text still invert
    ("L'intervenant est placé sous l'autorité hiérarchique du chef de circonscription, qui fixe ses "
     "congés.", "inversee"),
    # 2. subordonné(e) with an incise; chief taken up by a demonstrative pronoun
    ("Durant son détachement, l'intervenant est subordonné, pour tout ce qui concerne son service, au "
     "commissaire de police de Romans.", "inversee"),
    ("L'intervenante exerce ses missions à l'hôtel de police, auprès du commissaire divisionnaire. "
     "Ce dernier fixe son emploi du temps, valide ses demandes de congés et l'évalue.", "inversee"),
    ("L'intervenant est affecté au sein de la compagnie, auprès du commandant. Celui-ci valide ses "
     "absences.", "inversee"),
    # the pronoun takes up the employer, not the chief
    ("L'intervenante rencontre chaque mois le commandant de brigade et la directrice de l'association. "
     "Cette dernière lui accorde ses congés et conduit son entretien annuel." + FONC, "conforme"),
    ("L'intervenant est présenté au commissaire. Celui-ci n'accorde pas ses congés : l'association exerce "
     "l'autorité hiérarchique et le commissaire l'autorité fonctionnelle.", "conforme"),
    # a condition, not a person put under someone
    ("Toute communication à un tiers est subordonnée, sauf urgence, à l'accord de la personne. "
     "L'intervenant est placé sous l'autorité hiérarchique de l'association." + FONC, "conforme"),
    # 3. « a qualité de » / « fait office de » supérieur hiérarchique
    ("Pendant sa présence à la brigade, l'intervenante suit les instructions du commandant de brigade, qui "
     "a la qualité de supérieur hiérarchique direct pour ses horaires et ses congés.", "inversee"),
    ("Le commissaire fait office de responsable hiérarchique de l'intervenant durant la mise à "
     "disposition.", "inversee"),
    ("Le commandant n'a pas qualité de supérieur hiérarchique de l'intervenante : l'association exerce "
     "l'autorité hiérarchique et le commandant l'autorité fonctionnelle.", "conforme"),
    # 4. the employer named by its proper name only
    ("L'intervenante sociale est une salariée de Solidarité Femmes 61, qui exerce sur elle l'autorité "
     "hiérarchique." + FONC, "conforme"),
    ("L'intervenant est un agent contractuel de Lisieux Normandie, lequel exerce l'autorité hiérarchique. "
     "Le chef de circonscription exerce l'autorité fonctionnelle.", "conforme"),
])
def test_round43_autorites(text, expected):
    assert code("autorites", text) == expected

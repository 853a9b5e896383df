"""Round 46, autorités: the worker's line manager said in HR words (« N+1 », « responsable de proximité »,
« supérieur direct ») or by a cleft sentence (« c'est le commandant qui … accorde ses congés ») and given
to the forces is an inversion; the same words denied, or given to the employer, are not. Pay listed among
the acts of a full authority (or « hiérarchique » damaged by OCR) is no merely administrative link.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

EMPLOYEUR = "L'intervenant social est salarié de l'association, qui exerce l'autorité hiérarchique. "
FONCTIONNELLE = "Le commissaire exerce l'autorité fonctionnelle. "


@pytest.mark.parametrize("text, expected", [
    # N+1 / responsable de proximité / supérieur direct given to the forces
    (EMPLOYEUR + "Sa N+1 est la capitaine commandant la compagnie de Redon, qui arrête ses priorités et "
     "valide ses congés.", "inversee"),
    ("L'association reste l'employeur juridique. Responsable de proximité : chef de la brigade de protection "
     "des familles.", "inversee"),
    ("La Ville verse le traitement de l'agente. Le commissaire central est son supérieur direct.", "inversee"),
    ("Le chef de la BPF est son référent hiérarchique ; il conduit son entretien professionnel annuel.",
     "inversee"),
    # cleft sentences: the forces chief does the acts of a line manager
    ("L'intervenante est affectée à la brigade. C'est le commandant de brigade qui fixe ses jours de présence, "
     "qui lui accorde ses congés et qui rédige sa fiche de notation annuelle.", "inversee"),
    ("Un officier référent est désigné par le commissaire. C'est celui-ci qui valide ses demandes "
     "d'absence.", "inversee"),
    # denied, or held by the employer: no inversion
    (EMPLOYEUR + "Le commandant de brigade n'est pas son N+1 : il est son référent fonctionnel.", "conforme"),
    ("L'agent relève du CCAS. Sa N+1 est la coordinatrice du CCAS, qui exerce l'autorité hiérarchique. "
     + FONCTIONNELLE, "conforme"),
    (EMPLOYEUR + "C'est le commandant qui organise sa présence dans l'unité, en lien avec l'association. "
     + FONCTIONNELLE, "conforme"),
    (EMPLOYEUR + FONCTIONNELLE + "Ce n'est pas le commandant qui accorde ses congés, mais la directrice.",
     "conforme"),
    # OCR-damaged « hiérarchique » with pay listed among the acts: not administrative only
    ("L'intervenante est agente de la commune, qui exerce à son égard l'autorité hiérarchlque : recrutement, "
     "rémunération, congés, entretien d'évaluation. La gendarmerie exerce l'autorité fonctionnelle.",
     "conforme"),
    # the administrative link alone stays confused
    ("Le Département assure la gestion administrative de l'agent et le paiement de son salaire.", "confuse"),
])
def test_round46_autorites(text, expected):
    assert code("autorites", text) == expected

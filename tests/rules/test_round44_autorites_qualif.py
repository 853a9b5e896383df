"""Round 44: the forces named as a heading of the activity report (origin of requests) beside the worker's
own manager are no inversion, while a real hierarchy given to the forces still is; other bodies' social
workers the worker keeps in touch with are no diploma of the post; the employer named beside another body
that only lends its support, and the Département that puts the worker at the units' disposal in a sentence
that also lists « financement » among the matters. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

FONCTIONNELLE = ("L'intervenante est placée sous l'autorité hiérarchique de l'association et sous l'autorité "
                 "fonctionnelle du commandant de compagnie. ")


@pytest.mark.parametrize("text, expected", [
    # the forces as a heading of the report, beside the employer's manager
    (FONCTIONNELLE + "Chaque année, l'intervenant social rédige, en lien avec son supérieur hiérarchique, un "
     "bilan précisant le nombre de personnes accueillies et l'origine des demandes (brigades, commissariat "
     "ou mairies).", "conforme"),
    (FONCTIONNELLE + "Un bilan semestriel, validé par sa responsable hiérarchique, fait apparaître la "
     "provenance des situations : gendarmerie, police municipale ou services sociaux.", "conforme"),
    (FONCTIONNELLE + "Avec l'aide de sa cheffe hiérarchique, l'intervenante tient des statistiques ventilées "
     "par service orienteur (brigade de Nérac, commissariat d'Agen).", "conforme"),
    # a real hierarchy given to the forces stays an inversion
    ("L'intervenant social a pour responsable hiérarchique le commandant de la compagnie, qui valide son "
     "rapport d'activité.", "inversee"),
    ("Sur le plan hiérarchique, l'intervenante dépend du commissaire, chef de la circonscription.", "inversee"),
])
def test_forces_as_report_heading(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dans ces cantons ruraux, l'intervenant entretient des relations régulières avec les infirmiers "
     "libéraux, les aides à domicile et les assistants sociaux de la mutualité sociale agricole.", "non_precisee"),
    ("L'intervenante se met en relation, chaque fois que nécessaire, avec les assistantes sociales des "
     "caisses d'assurance maladie et de retraite.", "non_precisee"),
    ("Elle collabore avec les éducateurs spécialisés du service de prévention et les CCAS.", "non_precisee"),
    # the post's own diploma still counts
    ("Le poste est occupé par une assistante de service social titulaire du diplôme d'État.", "precisee_conforme"),
    ("Le recrutement porte sur un éducateur spécialisé diplômé d'État.", "precisee_conforme"),
])
def test_other_bodies_social_workers(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", [
    # another body only lends its support to the employer
    ("La commune de Thionville, ci-après « l'employeur », recrute l'intervenant social. Le bilan est conduit "
     "par l'employeur avec l'appui du service social départemental.", "ville_interco"),
    ("Le suivi est assuré par l'employeur en lien avec le conseil départemental.", "autre"),
    # the Département that puts the worker at the units' disposal, « financement » listed among the matters
    ("La convention précise comment le conseil départemental met à disposition de la brigade une assistante "
     "sociale, et fixe les obligations de chacun en matière de locaux, de formation et de financement.",
     "conseil_departemental"),
    ("Deux travailleuses sociales sont mises à disposition par le Département auprès du commissariat ; leur "
     "financement fait l'objet de l'article 7.", "conseil_departemental"),
    # a sum put at disposal is financing: the Département is no employer here
    ("Le Département met à disposition de l'association les crédits nécessaires à la rémunération de "
     "l'intervenante.", "autre"),
])
def test_employer_support_and_disposal(text, expected):
    assert code("type_employeur", text) == expected

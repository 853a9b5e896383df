"""Round 63: the post's name in an article heading (« MISSIONS DU TRAVAILLEUR SOCIAL ») states no expected
qualification, while a sentence saying the holder is a travailleur social still does; a draft's duration still
to be chosen (bracketed alternative, « à arrêter », options) states no length, while a real length followed by
an unrelated blank still does. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

BODY = "L'intervenante sociale accueille les personnes orientées par les unités et évalue leur situation."


@pytest.mark.parametrize("text, expected", [
    ("Article 4 – Rôle du travailleur social\n" + BODY, "non_precisee"),
    ("ARTICLE 2 : MISSIONS DU TRAVAILLEUR SOCIAL :\n" + BODY, "non_precisee"),
    ("Titre II – Profil du travailleur social\n" + BODY, "non_precisee"),
    ("Article 5 - Fonctions du travailleur social\n" + BODY, "non_precisee"),
    # said in a sentence: the holder is a travailleur social
    ("Article 4 – Rôle du travailleur social\nLe poste est tenu par une travailleuse sociale diplômée.",
     "precisee_conforme"),
    ("Les missions du travailleur social recruté par l'association sont les suivantes : accueillir, évaluer.",
     "precisee_conforme"),
    ("L'association affecte au poste un travailleur social.", "precisee_conforme"),
])
def test_heading_names_post_not_qualification(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La convention est passée pour [trois ans / un an – à arbitrer par le comité] à partir du 1er mars.",
     "non_precisee"),
    ("Elle prend effet à sa signature pour une période de [1 an / 3 ans].", "non_precisee"),
    ("La durée de la présente convention est de deux ans - à valider avec les financeurs.", "non_precisee"),
    ("Le partenariat est conclu pour un an renouvelable, à déterminer en réunion, à compter de la signature.",
     "non_precisee"),
    ("La convention s'applique pour une durée (option 1 : douze mois ; option 2 : trente-six mois).",
     "non_precisee"),
    ("La convention vaut pour trois ans à préciser lors du prochain comité.", "non_precisee"),
    # a real length followed by an unrelated blank or remark
    ("La convention est conclue pour trois ans à compter du [date de signature – à définir].", "triennale"),
    ("Elle est conclue pour une durée d'un an à compter du [jour / mois] 2024.", "annuelle"),
    ("La convention est valable deux ans à compter de sa signature par [nom du signataire – à préciser].",
     "autre"),
])
def test_draft_duration_still_to_choose(text, expected):
    assert code("duree", text) == expected

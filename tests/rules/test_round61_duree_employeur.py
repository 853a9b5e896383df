"""Round 61: a protocol (masculine) concluded « sans limitation de durée »; a convention running from its
signature to a fixed date; a Département employing several workers (« l'emploi des deux intervenants, qui
sont des agents départementaux »). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # a protocol / an accord with no term
    ("Article 9 – Durée\nLe présent protocole est conclu sans limitation de durée ; il peut être dénoncé par "
     "chaque signataire avec un préavis de deux mois.", "autre"),
    ("Article 11 – Durée\nCet accord vaut sans limite dans le temps à compter de sa signature.", "autre"),
    ("Article 8 – Entrée en vigueur\nLe protocole, conclu sans limitation de durée, entre en vigueur le jour "
     "de sa signature.", "autre"),
    # from signature to a fixed date
    ("Article 12 – Durée\nLe présent protocole prend effet à compter de sa signature et s'achèvera le "
     "30 juin 2023.", "autre"),
    ("Article 10 – Durée\nLa convention entre en vigueur dès sa signature par l'ensemble des parties et "
     "prend fin le 31 décembre 2022.", "autre"),
    ("Article 10 – Durée\nElle s'applique du jour de sa signature au 31/12/2021.", "autre"),
    # an explicit year wins over the signature-to-date clause
    ("Article 10 – Durée\nLa présente convention est conclue pour l'année 2021. Elle prend effet à la date de "
     "sa signature et prend fin le 31 décembre 2021.", "annuelle"),
    # three years written win over a denied « sans limitation »
    ("Article 10 – Durée\nLe présent protocole n'est pas conclu sans limitation de durée : il est conclu pour "
     "trois ans.", "triennale"),
    # traps: a secret or a grant without term, a grant running to a date
    ("Article 6 – Discrétion\nL'obligation de discrétion de l'intervenante s'applique sans limitation de "
     "durée, même après le terme du présent protocole.", "non_precisee"),
    ("Article 7 – Financement\nLa subvention de l'État prend effet à la date de sa signature et s'achève le "
     "31 décembre 2021.", "non_precisee"),
    ("Article 7 – Versement\nLe solde est versé à compter de sa signature et au plus tard le 30 juin 2022.",
     "non_precisee"),
])
def test_duree_round61(text, expected):
    assert code("duree", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Département prend en charge, au titre de ses compétences sociales, l'emploi des deux "
     "intervenantes, qui sont des agentes départementales.", "conseil_departemental"),
    ("Les trois postes sont tenus par des agents départementaux affectés aux compagnies de gendarmerie.",
     "conseil_departemental"),
    ("Le Conseil départemental assure l'emploi des intervenants sociaux placés auprès des brigades.",
     "conseil_departemental"),
    ("La commune assure l'emploi des deux intervenants, qui sont des agents communaux.", "ville_interco"),
    # traps: the Département's staff the workers work with, the employment of young people
    ("Les intervenants de l'association Horizon travaillent avec des assistantes sociales départementales "
     "pour le suivi des familles. L'association Horizon est l'employeur des intervenants.", "association"),
    ("Le Département soutient l'emploi des jeunes suivis par la mission locale ; l'association Relais 21, "
     "employeur de l'intervenante sociale, assure son encadrement.", "association"),
])
def test_type_employeur_round61(text, expected):
    assert code("type_employeur", text) == expected

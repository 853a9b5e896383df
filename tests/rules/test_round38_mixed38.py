"""Round 38 held-out wordings (mixed38), through the real engine.

Families: a table of posts, sites and days (lieu_exercice); the employer's hierarchy said through a pronoun or
as « prérogatives de l'autorité hiérarchique », and « sous l'autorité » of a forces chief who holds the powers
of a hierarchy (autorites); three years named only in the object clause against an explicit duration (duree).
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code, code_articles  # noqa: E402,F401  (one rule set for every wording test)


LIEU_TABLES = [
    # ---- every post in a unit (premises), whatever the column order
    (("Poste 1 | Commissariat de Quimper | Police nationale | du lundi au vendredi | 1 ETP",
      "Poste 2 | Brigade territoriale de Briec | Gendarmerie nationale | du lundi au vendredi | 1 ETP"), "oui"),
    (("A | Police nationale | Hotel de police de Lorient, rue Maitre | lundi a vendredi | 1",), "oui"),
    (("Intervenante n° 2 | Brigade de Moelan-sur-Mer | les lundis, mardis et jeudis | 0,6",), "oui"),
    (("2 | Groupement de gendarmerie | Caserne de Pontivy | 4 jours | 0,8 ETP",), "oui"),
    # ---- one post split with another place
    (("Poste 1 | Commissariat de Quimper | Police nationale | du lundi au vendredi | 1 ETP",
      "Poste 2 | Brigade de Briec | Gendarmerie | lundi, mardi, mercredi | 0,6 ETP",
      "Poste 2 | CCAS de Briec | Commune | jeudi, vendredi | 0,4 ETP"), "partiellement"),
    (("B | Gendarmerie nationale | Brigade de Vannes | lundi au mercredi | 0,6",
      "B | Département | Maison des solidarites de Vannes | le jeudi et le vendredi | 0,4"), "partiellement"),
    (("Le poste est exercé à la brigade de Vitré.",
      "Poste 1 | Mairie de Vitré | Ville | le vendredi | 0,2 ETP"), "partiellement"),
    # ---- not a place of work: territories, slots, orientation, money
    (("1 | Circonscription de sécurité publique de Brest | Police | lundi au vendredi",), "non_precise"),
    (("3 | Compagnie de gendarmerie de Morlaix | Gendarmerie | du lundi au jeudi",), "non_precise"),
    (("Poste 1 | Commissariat de Brest | permanence le mardi | 0,2 ETP",), "partiellement"),
    (("Poste 1 | Commissariat de Brest | 12 000 € | 30 %",), "non_precise"),
    (("Poste 1 | CCAS de Brest | lieu d'orientation | le mercredi",), "non_precise"),
]


@pytest.mark.parametrize("texts,expected", LIEU_TABLES)
def test_lieu_table_of_posts_round38(texts: tuple[str, ...], expected: str) -> None:
    assert code_articles("lieu_exercice", *texts) == expected


AUTORITES = [
    # ---- « sous l'autorité » of a forces chief who holds a hierarchy's powers: inversee, whatever other article says
    ("L'intervenante est placée sous l'autorité du commandant de la brigade de Millau, qui fixe ses horaires et "
     "accorde ses congés. Le Département reste son autorité hiérarchique.", "inversee"),
    ("Au quotidien, il exerce sous l'autorite du commissaire de police, qui valide ses demandes d'absence.", "inversee"),
    ("Elle travaille sous la direction du chef de circonscription, lequel conduit chaque annee son entretien "
     "annuel d'evaluation.", "inversee"),
    ("Placé sous l'autorité directe du commandant de compagnie, qui arrête son planning, valide ses congés et "
     "l'évalue, l'intervenant rend compte à l'association.", "inversee"),
    ("L'agent est placé sous les ordres du chef de brigade, qui exerce à son égard le pouvoir disciplinaire.", "inversee"),
    ("Il est placé sous la responsabilité du commandant de brigade de Rodez, qui procède à son évaluation.", "inversee"),
    # ---- functional, organising only, employer's chief, negated: not inversee
    ("L'intervenant est placé sous l'autorité fonctionnelle du commandant de brigade, qui fixe ses horaires de "
     "présence. L'association exerce l'autorité hiérarchique.", "conforme"),
    ("L'intervenant n'est pas placé sous l'autorité du commandant de brigade, qui ne valide pas ses congés. "
     "L'association exerce l'autorité hiérarchique.", "conforme"),
    ("Il est placé sous l'autorité de la directrice de l'association, qui fixe ses horaires et valide ses congés. "
     "Le commissaire exerce l'autorité fonctionnelle.", "conforme"),
    # ---- the employer's hierarchy through a pronoun or as the hierarchy's prerogatives
    ("L'intervenante est salariée de l'association. Le lien de subordination reste établi avec celle-ci. "
     "Le commandant de brigade n'exerce qu'une autorité d'ordre fonctionnel.", "conforme"),
    ("L'intervenant est agent de la commune. Le lien de subordination qui l'unit a celle-ci demeure entier. "
     "Le commissaire exerce une autorite fonctionnelle.", "conforme"),
    ("L'intervenant est un agent du Departement, qui exerce a son egard les prerogatives de l'autorite hierarchique. "
     "Le commissaire n'exerce qu'une autorite d'ordre fonctionnel.", "conforme"),
    ("L'intervenant est agent du CIAS. Un lien de subordination l'unit exclusivement à celui-ci. "
     "Le chef de circonscription exerce l'autorité fonctionnelle.", "conforme"),
]


@pytest.mark.parametrize("text,expected", AUTORITES)
def test_autorites_round38(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


DUREE = [
    # ---- three years named in the object clause yield to an explicit duration
    (("La convention organise, pour les années 2022 à 2024, le fonctionnement du poste.",
      "La convention est conclue pour deux ans à compter du 1er avril 2022."), "autre"),
    (("La presente convention a pour objet le fonctionnement du poste sur la periode 2021-2023.",
      "Elle est conclue pour une durée d'un an."), "annuelle"),
    (("Elle organise pour 2023 à 2025 le fonctionnement des postes d'intervenants sociaux.",
      "La convention prend effet le 1er janvier 2023 pour une durée de vingt-quatre mois."), "autre"),
    # ---- alone, the object clause still says three years
    (("La convention organise, pour les années 2022 à 2024, le fonctionnement du poste.",), "triennale"),
    (("La présente convention a pour objet le fonctionnement du dispositif pour la période 2024-2026.",), "triennale"),
    # ---- an explicit three-year clause keeps its priority
    (("La convention organise, pour les années 2022 et 2023, le fonctionnement du poste.",
      "Elle est conclue pour trois ans."), "triennale"),
    (("La convention couvre la période 2021-2023.", "Elle organise le fonctionnement du poste."), "triennale"),
]


@pytest.mark.parametrize("texts,expected", DUREE)
def test_duree_round38(texts: tuple[str, ...], expected: str) -> None:
    assert code_articles("duree", *texts) == expected

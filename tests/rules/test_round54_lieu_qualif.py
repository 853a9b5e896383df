"""Round 54: lieu (maison de protection des familles as a unit, days in brackets with a non-unit place, the
ticked box of a form), qualification (post opened to administrative staff by coordination), duree (telegraphic
« Durée : indéterminée », an avenant replacing the duration by dates), type_employeur (« Employeur administratif :
la Commune »). Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("indicator, text, expected", [
    # lieu: the MPF is a gendarmerie unit, so the week split with it is all EN unité
    ("lieu_exercice", "L'intervenante est présente trois jours par semaine au commissariat de Vannes et les deux "
     "autres jours à la maison de protection des familles du groupement.", "oui"),
    ("lieu_exercice", "L'intervenante est présente trois jours par semaine au commissariat de Vannes et les deux "
     "autres jours au CCAS de la ville.", "partiellement"),
    # lieu: days in brackets, one place outside the forces
    ("lieu_exercice", "Lieu de travail : brigade de Sens (3 j.) / centre médico-social de Sens (2 j.).", "partiellement"),
    ("lieu_exercice", "Lieu d'exercice : maison des solidarités de Joigny (1 jour) et hôtel de police de Joigny "
     "(4 jours).", "partiellement"),
    ("lieu_exercice", "Lieu d'exercice : commissariat de Sens (3 jours) et brigade de Pont-sur-Yonne (2 jours).", "oui"),
    # lieu: the ticked box of a form; unticked options do not count
    ("lieu_exercice", "Implantation : [X] compagnie de Dinan, présence permanente toute la semaine [ ] permanences "
     "[ ] mairie", "oui"),
    ("lieu_exercice", "Implantation : [ ] compagnie de Dinan, présence permanente [X] permanences en mairie", "partiellement"),
    # qualification: the post opened by coordination to administrative staff
    ("qualification", "Le poste est accessible aux éducateurs spécialisés diplômés d'État ainsi qu'aux adjoints "
     "administratifs de la commune ayant l'expérience de l'accueil.", "imprecision_dommageable"),
    ("qualification", "Le recrutement est ouvert aux assistant·es de service social et, faute de candidatures, aux "
     "agents de la filière administrative.", "imprecision_dommageable"),
    ("qualification", "Le poste est ouvert aux titulaires du DEASS ou du DEES et non aux agents de la filière "
     "administrative.", "precisee_conforme"),
    ("qualification", "Le poste est ouvert aux travailleurs sociaux diplômés d'État (DEASS, DEES) ; il n'est pas "
     "ouvert aux agents administratifs.", "precisee_conforme"),
    # duree: telegraphic open-ended duration
    ("duree", "- Durée : indéterminée, à compter du 1er juin 2023.\n- Résiliation : préavis de deux mois.", "autre"),
    ("duree", "Durée de la convention – illimitée.", "autre"),
    ("duree", "12. DURÉE\n– Durée : indéterminée à compter de la signature.\n– Dénonciation : LRAR, préavis d'un mois.", "autre"),
    ("duree", "- Durée du contrat de travail : indéterminée (CDI).", "non_precisee"),
    ("duree", "- Durée de conservation : illimitée.", "non_precisee"),
    # duree: an avenant replacing the duration by dates
    ("duree", "À l'article 9, les mots « pour une durée de trois ans » sont remplacés par les mots « du 1er janvier "
     "2020 au 31 décembre 2024 ».", "autre"),
    ("duree", "À l'article 12, les mots « du 1er janvier 2019 au 31 décembre 2022 » sont remplacés par les mots "
     "« pour une durée de trois ans ».", "triennale"),
    ("duree", "L'article 8 est remplacé par les dispositions suivantes : « La subvention est versée du 1er janvier "
     "2020 au 31 décembre 2024. »", "non_precisee"),
    # type_employeur: a qualifier between « Employeur » and the body
    ("type_employeur", "- Employeur administratif : la Mairie (contrat, paie).", "ville_interco"),
    ("type_employeur", "Employeur juridique : Association Le Relais, qui signe le contrat de travail.", "association"),
    ("type_employeur", "- Employeur statutaire : le Département (direction de l'action sociale).", "conseil_departemental"),
    ("type_employeur", "Le commandant de compagnie n'est pas l'employeur administratif ; la Commune finance le poste.", "autre"),
])
def test_round54(indicator, text, expected):
    assert code(indicator, text) == expected

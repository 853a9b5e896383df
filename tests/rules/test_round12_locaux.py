"""Round 12, locaux_moyens: wordings other conventions could use, through the real engine.

Four phenomena, none written from a sample's sentence:
- a reservation that is a formality of access (security clearance, site rules, badge, house rules)
  does not make the means conditional, while a reservation on availability still does;
- a table of means with one column per party (the ticked column names the provider): the table writes
  who provides each means, whatever the layout (« | » cells, tabs, a PDF that splits the header);
- a table whose column says « Fourni par » / « À la charge de » / « Pris en charge par », each row
  naming one party;
- the same column left undecided: two possible providers (« X ou, à défaut, Y »), a choice deferred
  (« selon le lieu retenu », « à définir ») or a promise « dans la mesure du possible ».
Reading which box is ticked belongs to the engine, not to these rules: tables here tick one box a row.
"""

from __future__ import annotations

import pytest

from tests.rules.rule_wording import code

KEY = "locaux_moyens"

FORMALITY = [
    # a formality of access: the means are given without condition
    ("La DDSP fournit un bureau fermant à clé et un poste informatique ; l'accès au bâtiment se fait sous réserve "
     "de l'habilitation de l'intervenante.", "inscrits"),
    ("Le groupement met à disposition un bureau et une ligne fixe, sous réserve du respect des consignes de sécurité "
     "de la caserne.", "inscrits"),
    ("Un bureau et un ordinateur sont mis à disposition par le commissariat, sous reserve des habilitations necessaires.",
     "inscrits"),
    ("Le service d'accueil fournit un accès aux locaux et une ligne téléphonique, sous réserve de la remise d'un badge "
     "nominatif.", "inscrits"),
    ("La police nationale met à la disposition de l'intervenant un poste de travail, sous réserve de la signature de la "
     "charte informatique.", "inscrits"),
    ("Sous réserve du règlement intérieur de l'hôtel de police, la DDSP fournit à l'intervenant un bureau individuel.",
     "inscrits"),
    # a reservation on availability still conditions the means
    ("Sous réserve de la disponibilité des locaux, la brigade fournira un bureau à l'intervenante.", "ambiguite"),
    ("Un bureau sera mis à disposition par le commissariat sous réserve de place.", "ambiguite"),
]

PARTY_COLUMNS = [
    ("Moyen | Ville | Commissariat | Association\nBureau d'entretien | ☐ | ☒ | ☐\nVéhicule | ☒ | ☐ | ☐", "inscrits"),
    ("Moyens matériels | Le Département | La gendarmerie\nTéléphone portable | [X] | [ ]\nBureau | [ ] | [X]",
     "inscrits"),
    ("Equipement\tAssociation\tDDSP\nOrdinateur portable\tX\t\nLigne fixe\t\tX", "inscrits"),
    ("Moyen CCAS\nCommissariat\nPréfecture\nBureau au commissariat\n[ ] [X] [ ]\nTelephone portable\n[X] [ ] [ ]",
     "inscrits"),
    ("MOYEN | GIP | POLICE NATIONALE | GENDARMERIE\nVEHICULE DE SERVICE | ☑ | □ | □", "inscrits"),
    ("Le tableau ci-dessous précise la contribution de chacun.\nMatériel | Employeur | Service d'accueil\n"
     "Mobilier et bureau | ☐ | ☒\nOrdinateur | ☒ | ☐", "inscrits"),
    # a table of commitments or of money is no table of means
    ("Engagement | Etat | Département | Gendarmerie\nFinancement du poste | [X] | [X] | [ ]\n"
     "Organisation du service | [ ] | [ ] | [X]", "non_precise"),
    ("Moyens financiers | État | Département\nSubvention 2021 | 20 000 € | 30 000 €", "non_precise"),
]

SUPPLIED_BY = [
    ("Moyen | Fourni par\nBureau individuel fermé | Groupement de gendarmerie\nOrdinateur portable | Association",
     "inscrits"),
    ("Matériel | À la charge de\nVéhicule de service | la commune\nTéléphone mobile | l'employeur", "inscrits"),
    ("Moyens Pris en charge par\nTelephone portable CCAS\nBureau Commissariat", "inscrits"),
    ("Moyen\tFournisseur\nPoste informatique\tDDSP\nVéhicule\tMairie", "inscrits"),
    ("Equipements | Mis à disposition par\nLocal d'entretien | la brigade de gendarmerie", "inscrits"),
    ("Les moyens sont répartis ainsi.\nMoyen | Qui le fournit\nLigne téléphonique | le commissariat", "inscrits"),
]

UNDECIDED = [
    ("Moyen | Fourni par\nBureau d'entretien | la police ou, à défaut, la mairie\nTéléphone | Association", "ambiguite"),
    ("Moyens | A la charge de\nTéléphone fixe | selon le site retenu", "ambiguite"),
    ("Matériel Fournisseur\nPoste informatique dans la mesure du possible", "ambiguite"),
    ("Moyen | Pris en charge par\nVéhicule | à déterminer entre les partenaires", "ambiguite"),
    ("Moyen | Fourni par\nBureau | l'une ou l'autre des parties", "ambiguite"),
    ("Moyen\tFourni par\nOrdinateur portable\ten fonction des disponibilites", "ambiguite"),
    # the same hesitation written as a sentence
    ("Le bureau est mis à disposition par la mairie ou par le commissariat, selon le lieu d'exercice "
     "retenu.", "ambiguite"),
    ("Un local sera fourni par la commune ou la brigade selon le site choisi.", "ambiguite"),
]


@pytest.mark.parametrize("text, expected", FORMALITY + PARTY_COLUMNS + SUPPLIED_BY + UNDECIDED)
def test_locaux_round12(text: str, expected: str) -> None:
    assert code(KEY, text) == expected

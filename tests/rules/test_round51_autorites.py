"""Authority split written in a « qui fait quoi » table with one column per party: the ticked cell of a
row (hierarchical link, notation, annual evaluation, functional authority) is read under the column's
header. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # hierarchical link / notation ticked under the forces: inversion
    ("Le tableau ci-après répartit les rôles.\n"
     "Domaine | Structure employeuse | Commandant de la compagnie | Mairie\n"
     "Rémunération et contrat | ✔ | ✘ | ✘\n"
     "Autorité hiérarchique (fixation des objectifs) | ✘ | ✔ | ✘\n"
     "Formation | ✔ | ✘ | ✘", "inversee"),
    ("Répartition :\nTâche\tCCAS\tCommissariat de police\n"
     "Gestion de la paie\toui\tnon\n"
     "Notation de l'intervenant\tnon\toui", "inversee"),
    ("Attribution | Fondation | DDSP | Préfecture\n"
     "Bulletin de salaire | X | |\n"
     "Lien hiérarchique | | X |", "inversee"),
    # annual evaluation ticked under the forces (hierarchy not said): confuse
    ("Rôle | Association | Brigade de gendarmerie\n"
     "Encadrement technique | ✔ | ✘\n"
     "Entretien professionnel annuel | ✘ | ✔", "confuse"),
    # employer's hierarchy and forces' functional authority ticked in their own columns: conforme
    ("Tâche | Commune (employeur) | Police nationale | Intervenante\n"
     "Lien hiérarchique | ✔ | ✘ | —\n"
     "Autorité fonctionnelle (accueil dans le service) | ✘ | ✔ chef de circonscription | —\n"
     "Évaluation annuelle | ✔ | peut formuler un avis écrit | —", "conforme"),
    ("Tache | Association | Gendarmerie | Etat\n"
     "Autorite hierarchique | oui | non | non\n"
     "Autorite fonctionnelle | non | oui (commandant de brigade) | non\n"
     "Evaluation annuelle | oui | avis simple | non", "conforme"),
    # traps: the same rows ticked under the employer, the forces' cell denied or a mere opinion
    ("Domaine | Structure employeuse | Commandant de la compagnie\n"
     "Autorité hiérarchique | ✔ | ✘\n"
     "Notation | ✔ | —\n"
     "Autorité fonctionnelle | ✘ | ✔", "conforme"),
    ("Domaine | Association | Commissaire\n"
     "Lien hiérarchique | ✔ | avis consultatif seulement\n"
     "Autorité fonctionnelle | ✘ | ✔", "conforme"),
    ("Domaine | Association | Commissaire\n"
     "Lien hiérarchique | ✔ | ✔ donne son avis\n"
     "Évaluation annuelle | ✔ | ✔ reçoit copie\n"
     "Autorité fonctionnelle | ✘ | ✔", "conforme"),
])
def test_authority_table(text, expected):
    assert code("autorites", text) == expected


def test_ocr_functional_authority():
    text = ("L'intervenante est salariée du CCAS, qui exerce l'autorité hiérarchique. Le commandant de "
            "brigade exerce l'autorité fonctionnelIe.")
    assert code("autorites", text) == "conforme"

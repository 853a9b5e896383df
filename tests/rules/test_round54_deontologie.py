"""Round 54: two contre-sens said in the writers' own words.

1. A NOMINATIVE activity report (relevé, bilan, tableau, état mensuel) handed to a forces chief — often only in
   an annexed template whose columns ask, for each person received, name, date of birth, address or
   procedure number. Traps: anonymous / statistical reports, the forces handing a list to the worker, denial,
   the person's consent.
2. A check-box form where the TICKED box makes any passing of information to an outside partner subject to the
   prior agreement (feu vert, visa, aval, validation) of a forces chief. Traps: the box left empty, the
   employer's chief instead of the forces, the person's consent.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal).\n"
FORM = "Formulaire – les cases cochées [X] valent engagement ; les cases vides [ ] sont sans effet.\n"


@pytest.mark.parametrize("text", [
    SECRET + "Annexe 3 – État mensuel. L'état ci-après est complété par l'intervenante pour chaque victime "
    "accompagnée. Il est adressé au commandant de la compagnie au début de chaque mois.\n"
    "| Nom, prénom | Date de naissance | Commune de résidence | Suite donnée |\n| | | | |",
    SECRET + "Un rapport hebdomadaire, indiquant pour chaque usager rencontré son nom et prénom ainsi que le "
    "numéro de la main courante, est transmis au chef de service du commissariat.",
    SECRET + "Chaque fin de mois, l'intervenant·e transmet au commissaire un tableau de suivi des situations.\n"
    "Colonnes : identité des personnes reçues ; dates de naissance ; n° de procédure ; orientation.",
    SECRET + "Le compte rendu mensuel d'activité est mis à la disposition de l'officier de police judiciaire "
    "référent ; il comporte les noms et prénoms des personnes reçues et leur date de naissance.",
])
def test_nominative_report_to_the_forces(text):
    assert code("deontologie", text, zone="annexe") == "contre_sens"
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # anonymous figures only
    SECRET + "Un tableau statistique anonyme est transmis chaque mois au commandant de brigade : nombre de "
    "personnes reçues, tranches d'âge, type de violences, orientations.",
    SECRET + "Le bilan mensuel, strictement anonymisé, est adressé au chef de circonscription. Il ne comporte "
    "ni nom et prénom, ni date de naissance.",
    # a monthly report to the commandant that excludes names in words
    SECRET + "Le tableau mensuel est remis chaque mois au chef de circonscription. Il ne contient que des chiffres ; "
    "ni nom et prénom, ni date de naissance, ni numéro de procédure ne doivent y apparaître.",
    # the forces give the worker the list of persons to contact
    SECRET + "Chaque matin, le chef de poste remet à l'intervenante un relevé des victimes de la nuit, avec "
    "leurs nom et prénom et leur date de naissance, afin qu'elle les recontacte.",
    # denial
    SECRET + "Aucun relevé comportant le nom et prénom ou la date de naissance des personnes reçues n'est "
    "transmis au commissariat.",
    # kept by the employer
    SECRET + "Le dossier de chaque personne (nom, prénom, date de naissance) est conservé par le CCAS et "
    "n'est communiqué à personne.",
])
def test_nominative_report_traps(text):
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text", [
    SECRET + FORM + "Partage d'éléments d'une situation avec un partenaire (bailleur, école, CMP) :\n"
    "[X] soumis à la validation préalable du chef de circonscription\n"
    "[ ] apprécié par l'intervenant, avec l'accord de la personne",
    SECRET + FORM + "Transmission d'informations à un service extérieur :\n"
    "[ ] laissée à l'appréciation du travailleur social\n"
    "[X] après aval du commandant de brigade",
    SECRET + FORM + "Échanges avec les partenaires extérieurs : [X] visa préalable de l'officier de police "
    "judiciaire [ ] libre appréciation de l'ISCG",
    SECRET + FORM + "Toute transmission d'une information sur une famille à un partenaire :\n"
    "☒ est subordonnée à l'accord écrit du commissaire\n☐ relève de l'intervenante seule",
])
def test_ticked_box_forces_control_sharing(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # the box left empty
    SECRET + FORM + "Partage d'éléments d'une situation avec un partenaire :\n"
    "[ ] soumis à la validation préalable du chef de circonscription\n"
    "[X] apprécié par l'intervenant, avec l'accord de la personne",
    # the employer's chief, not the forces
    SECRET + FORM + "Transmission d'informations à un service extérieur :\n"
    "[X] après visa du chef du service social départemental",
    # the person's consent
    SECRET + FORM + "Communication d'un élément à un partenaire :\n[X] subordonnée à l'accord préalable de la personne",
    # said free of the forces
    SECRET + "La communication d'informations à un partenaire n'est pas subordonnée au feu vert du commandant "
    "de compagnie.",
])
def test_ticked_box_traps(text):
    assert code("deontologie", text) == "securisee"

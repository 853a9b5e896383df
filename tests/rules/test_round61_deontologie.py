"""Round 61: the worker's writing on a person deposited in the tray, pigeonhole or mailbox of a police or
gendarmerie service for the investigators; and any information on the persons held to the prior visa of a
police chief named by his exact post (chef de la sûreté, chef de district, DDPN…). Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text", [
    # the tray / pigeonhole / mailbox of the forces
    "À l'issue de l'entretien, l'intervenante complète une fiche de liaison. Cette fiche est placée dans la "
    "bannette de l'officier de permanence afin que les enquêteurs en prennent connaissance.",
    "Chaque compte rendu rédigé par l'intervenant·e est déposé dans le casier des enquêteurs de la brigade.",
    "L'intervenant social glisse le jour même sa note de situation dans le bac du service d'enquête.",
    "Les fiches renseignées après chaque entretien sont laissées dans la corbeille du chef de poste pour "
    "les besoins de la procédure.",
    "L'assistante sociale adresse son compte rendu à la boîte fonctionnelle de la brigade de protection des "
    "familles, à l'attention de l'OPJ saisi.",
    # the prior visa of a chief named by his exact post
    "Toutefois, aucun élément relatif aux personnes reçues ne quitte le commissariat sans avoir été visé par "
    "le chef de la sûreté départementale, qui décide de sa communication.",
    "Aucune information concernant une victime n'est communiquée aux partenaires sans l'accord préalable du "
    "chef de district.",
    "Toute transmission d'informations par l'intervenante à un partenaire est soumise au visa préalable du "
    "chef de la sûreté urbaine.",
    "Les écrits de l'intervenant sur les personnes accompagnées sont préalablement validés par le directeur "
    "départemental de la police nationale avant tout envoi.",
    "Rien de ce qui concerne les personnes rencontrées ne sort de la division sans l'aval du chef du SAIP.",
])
def test_missed_contre_sens(text):
    assert code("deontologie", SECRET + text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # the tray is the worker's own, or the forces' papers go to the worker
    "Les procès-verbaux de la nuit sont déposés dans la bannette de l'intervenante.",
    "L'intervenant conserve ses notes dans son casier personnel, fermé à clé.",
    # the fiche carries only the contact established
    "L'intervenante dépose dans le bac du commissariat une fiche qui se limite à indiquer si le contact a été établi.",
    # consent, anonymity, negation
    "Avec l'accord de la personne, une note peut être déposée dans la bannette de l'officier référent.",
    "Les notes d'entretien ne sont jamais déposées dans le casier des enquêteurs.",
    "Un tableau anonymisé de l'activité est déposé chaque mois dans la bannette du chef de service.",
    # the chief's agreement on the police's own information, or on nothing personal
    "Aucune information issue des procédures n'est communiquée à l'intervenante sans l'accord du chef de la sûreté.",
    "L'intervenante n'est pas soumise au visa du chef de la sûreté pour les informations qu'elle partage.",
    "Aucune plaquette présentant le poste n'est diffusée sans la validation du chef de la sûreté divisionnaire.",
    "Le planning de l'intervenante est soumis au visa du chef de district.",
    # the worker informs the chief afterwards of a referral she made herself
    "Lorsqu'elle a saisi la cellule de recueil des informations préoccupantes, l'intervenante en informe ensuite "
    "le chef de la sûreté divisionnaire.",
])
def test_traps_stay_securisee(text):
    assert code("deontologie", SECRET + text) == "securisee"


@pytest.mark.parametrize("text", [
    # the forces' own fiche ADDRESSED to the worker, in a mailbox only the worker opens (lead, after a
    # development-sample regression, xo01)
    "La fiche de liaison est envoyée à l'intervenante sociale par la messagerie de la brigade, sur une boîte "
    "fonctionnelle dont seule l'intervenante détient le code.",
    "Le gendarme dépose la fiche dans le casier réservé à l'intervenant, au secrétariat de la compagnie.",
])
def test_forces_fiche_addressed_to_the_worker_is_clean(text):
    assert code("deontologie", text) != "contre_sens"

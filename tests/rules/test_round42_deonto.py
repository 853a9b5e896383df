"""Round 42, déontologie: the « secret partagé » named only to be rejected (after an incise, with any
negated verb); a presence at hearings as a third party the person asked for; the worker's interview notes
typed into the forces' own software or registers; her contacts chosen by the forces for the needs of the
investigations; her sheets added to the procedure file across an incise. Wordings written for this test,
through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text", [
    # rejected after an incise, with various negated verbs
    SECRET + "Les parties constatent que le vocable de « secret partagé », volontiers repris dans les réunions "
    "entre administrations, n'autorise par lui-même aucun échange d'informations nominatives.",
    SECRET + "La notion de « secret partagé », que certains partenaires évoquent encore, ne justifie en rien la "
    "communication d'éléments aux enquêteurs.",
    SECRET + "Le « secret partagé », formule entendue dans les échanges entre services, ne vaut pas "
    "autorisation de transmettre.",
    SECRET + "La référence au « secret partagé », souvent invoquée entre institutions, est juridiquement sans "
    "portée.",
    SECRET + "Les signataires prennent acte que l'expression « secret partagé » ne crée aucune dérogation au "
    "secret professionnel.",
    SECRET + "Aucune information ne peut être fondée sur la notion de « secret partagé » pour être remise aux "
    "militaires.",
    SECRET + "L'intervenant·e social·e ne communique rien au titre d'un « secret partagé », notion parfois "
    "utilisée mais dépourvue de base légale.",
])
def test_secret_partage_cited_to_be_rejected(text):
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text", [
    "Les informations utiles sont échangées avec les enquêteurs sous le régime du secret partagé.",
    "L'intervenante et les officiers de la brigade travaillent en secret partagé sur chaque situation.",
    "Le secret partagé s'applique entre l'intervenant social et le commandant de compagnie, qui peut "
    "connaître de toute situation.",
])
def test_secret_partage_still_the_mistake(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text, expected", [
    # a third party the person asked for
    (SECRET + "Elle ne prend part aux auditions des mineurs qu'en tant que tiers, si le mineur le souhaite et "
     "que l'officier y consent.", "securisee"),
    (SECRET + "À la demande de la victime, l'intervenant peut assister à son audition comme personne de "
     "confiance.", "securisee"),
    # the forces call her in: still the mistake
    (SECRET + "L'intervenante assiste aux auditions des victimes lorsque l'enquêteur l'estime utile.",
     "contre_sens"),
])
def test_presence_at_hearings(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Après chaque rendez-vous, la travailleuse sociale consigne ses notes d'entretien dans le "
     "registre de l'unité, consultable par les militaires.", "contre_sens"),
    (SECRET + "Le compte rendu de l'entretien est saisi par l'intervenant dans le logiciel de procédure afin "
     "que l'officier en charge du dossier en prenne connaissance.", "contre_sens"),
    (SECRET + "L'intervenante renseigne la teneur de ses entretiens dans l'application de la gendarmerie.",
     "contre_sens"),
    # negated, or the forces' own writings, or anonymous figures
    (SECRET + "L'intervenant ne renseigne jamais le contenu des entretiens dans le logiciel de la police.",
     "securisee"),
    (SECRET + "Le gendarme saisit dans le LRPGN le procès-verbal d'audition et l'orientation vers "
     "l'intervenante.", "securisee"),
    (SECRET + "Le nombre des entretiens est enregistré chaque mois, de façon anonyme, dans le fichier de la "
     "brigade.", "securisee"),
])
def test_notes_in_forces_tools(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Le chef de la brigade de protection des familles désigne chaque matin les victimes que "
     "l'intervenante doit rappeler, selon les nécessités des enquêtes en cours.", "contre_sens"),
    (SECRET + "Les personnes à recevoir sont choisies par l'officier référent en priorité parmi les procédures "
     "en cours.", "contre_sens"),
    (SECRET + "L'intervenant organise seul ses contacts ; les personnes qu'il rencontre sont orientées par les "
     "policiers, indépendamment des enquêtes en cours.", "securisee"),
    (SECRET + "La sélection des personnes à contacter ne tient jamais compte des besoins de l'enquête.",
     "securisee"),
])
def test_contacts_chosen_for_investigations(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Chaque entretien donne lieu à une note de situation, dont un exemplaire est transmis à "
     "l'officier de permanence, qui la joint, si besoin, au dossier de la procédure.", "contre_sens"),
    (SECRET + "Ses notes de situation ne sont en aucun cas jointes, même à la demande d'un officier, au "
     "dossier de la procédure.", "securisee"),
])
def test_sheet_joined_to_procedure_across_incise(text, expected):
    assert code("deontologie", text) == expected

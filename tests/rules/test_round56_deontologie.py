"""Round 56: deontology contre-sens said in the writers' own words, and two false alarms.

1. Information OWED to the forces when they ask for it, the forces named BEFORE the worker and taken up by
   « lui » / « leur » (« lorsqu'un enquêteur souhaite connaître…, l'intervenant lui en fait part », « à la
   demande de l'officier…, l'intervenante lui fait connaître les éléments recueillis »).
2. A disagreement on the communication of an information settled by a forces chief (« le chef de
   circonscription tranche »).
3. The worker's writings on persons poured into a cell, pôle or bureau OF the commissariat / brigade, which
   is « destinataire de droit ».
Traps: consent, art. 226-14, refusal, the mere feedback on an orientation, the worker informing the person
of her rights, an old clause quoted to be rejected, the SCOPE of situations opened with the chief's accord.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal).\n"


@pytest.mark.parametrize("text", [
    SECRET + "Quand un gendarme enquêteur veut savoir ce que la victime a confié lors de l'entretien, "
    "l'intervenante sociale lui en fait part sans délai.",
    SECRET + "Sur demande écrite de l'officier de police judiciaire saisi, l'intervenant·e, après l'entretien, "
    "leur communique les informations recueillies sur la famille.",
    SECRET + "À la requête du commandant de brigade, l'ISCG lui rapporte les propos tenus par la personne reçue.",
    SECRET + "L'intervenante transmet à l'enquêteur qui en fait la demande les éléments recueillis en entretien.",
    SECRET + "Lorsque les policiers sollicitent des renseignements sur une personne reçue, l'intervenant social "
    "leur fait connaître les éléments de sa situation.",
])
def test_information_owed_on_request(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "En cas de divergence entre l'intervenante et l'officier référent sur la transmission d'un "
    "élément recueilli, le commissaire de police décide.",
    SECRET + "Le commandant de compagnie arbitre les désaccords portant sur la communication des informations "
    "issues des entretiens de l'intervenant.",
])
def test_forces_settle_the_disagreement(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "Les notes d'entretien de l'intervenante sont transmises tous les quinze jours au bureau des "
    "affaires familiales du commissariat, qui les exploite.",
    SECRET + "Le pôle de coordination de la compagnie de gendarmerie est destinataire d'office des synthèses "
    "rédigées par l'intervenant·e après chaque entretien.",
])
def test_writings_poured_into_a_forces_cell(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    # consent and the law
    SECRET + "Lorsqu'un enquêteur souhaite connaître les éléments recueillis en entretien, l'intervenant social "
    "ne lui en fait part qu'avec l'accord exprès de la personne.",
    SECRET + "À la demande de l'officier de police judiciaire, et dans les seuls cas de l'article 226-14 du code "
    "pénal, l'intervenante lui communique les éléments strictement nécessaires.",
    # refusal / denial
    SECRET + "Quand un enquêteur souhaite connaître le contenu d'un entretien, l'intervenant peut refuser de "
    "lui en faire part.",
    SECRET + "À la demande des enquêteurs, l'intervenante ne leur communique jamais les propos recueillis.",
    # mere feedback on the orientation
    SECRET + "Lorsqu'un gendarme souhaite savoir si la personne orientée a été reçue, l'intervenante lui "
    "fait part de la suite donnée à l'orientation.",
    # the person informed of her rights
    SECRET + "À la demande de l'officier de police judiciaire, l'intervenante reçoit la victime et lui fait "
    "connaître ses droits.",
    # the worker settles the disagreement
    SECRET + "En cas de désaccord avec le commandant sur la communication d'une information, l'intervenante "
    "apprécie seule, dans le respect du secret professionnel.",
    # an old clause quoted to be rejected
    SECRET + "La convention de 2014, qui prévoyait la transmission des comptes rendus d'entretien au "
    "commandant de brigade, a été jugée non conforme ; cette clause n'est pas reprise.",
    # the SCOPE of the situations, opened with the chief's accord
    SECRET + "Elle intervient sur les violences conjugales ; d'autres situations peuvent lui être confiées "
    "avec l'accord du commissaire de police.",
    SECRET + "Les situations étrangères aux violences intrafamiliales n'entrent pas dans son champ "
    "d'intervention, sauf accord du chef de circonscription.",
    # anonymous figures to a forces cell
    SECRET + "Un tableau statistique anonyme est adressé chaque trimestre à la cellule de prévention du commissariat.",
])
def test_traps_are_not_contre_sens(text):
    assert code("deontologie", text) != "contre_sens"

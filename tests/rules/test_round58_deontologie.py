"""Round 58: deontology blind errors (to01, tq07, tq02, tn02), in held-out wordings.

1. « Secret partagé » rejected in a telegraphic label:value line (« : notion écartée », « : non retenu »,
   « (exclu) », « – sans objet ») is not the contre-sens.
2. An earlier draft's idea, told in the pluperfect (« il avait été envisagé que… ») and set aside, is not the
   text's rule.
3. Article L. 226-2-2 CASF stretched to the investigators (« concourent à la protection de l'enfance au sens
   de ce texte »), and the content of EACH interview told to them: contre-sens.
4. A network's follow-up tool (« outil de suivi ») holding each interview summary and readable by the forces'
   VIF référent: contre-sens.
Traps: the same words denied, conditioned on consent or 226-14, or told as rejected. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal).\n"


@pytest.mark.parametrize("text", [
    SECRET + "- Secret partagé avec les militaires de la brigade : non retenu.",
    SECRET + "« Secret professionnel partagé » entre l'intervenante et les policiers : formule exclue.",
    SECRET + "Notion de secret partagé avec le service enquêteur (écartée).",
    SECRET + "Secret partagé avec les gendarmes – sans objet.",
    SECRET + "Dans le premier projet de convention, il avait été envisagé que l'intervenante transmette au "
    "commandant de compagnie une note de situation sur chaque personne reçue. Cette disposition n'a pas été retenue.",
    SECRET + "Il avait été un temps imaginé que les comptes rendus d'entretien soient adressés aux enquêteurs ; "
    "les signataires y ont renoncé.",
])
def test_rejected_or_past_wording_is_not_contre_sens(text):
    assert code("deontologie", text) == "securisee"


@pytest.mark.parametrize("text", [
    SECRET + "Les policiers de la brigade de protection des familles sont regardés par les signataires comme "
    "des professionnels concourant à la protection de l'enfance au sens de l'article L. 226-2-2 du CASF.",
    SECRET + "Les gendarmes de la maison de protection des familles relèvent du champ de l'article L. 226-2-2 ; "
    "l'intervenante partage donc avec eux les informations utiles.",
    SECRET + "Après chaque rendez-vous, le travailleur social rend compte à l'OPJ en charge du dossier du "
    "contenu des confidences reçues.",
    SECRET + "L'intervenant·e fait connaître systématiquement aux enquêteurs son analyse de la situation du couple.",
    SECRET + "Le compte rendu de chaque entretien est enregistré par l'intervenante dans l'outil de suivi du "
    "réseau départemental, consultable par le référent VIF du commissariat.",
    SECRET + "La synthèse de chaque rencontre est déposée sur le dossier informatisé de la plateforme, auquel "
    "l'officier référent de la compagnie a accès.",
])
def test_sharing_with_forces_is_contre_sens(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    SECRET + "Les enquêteurs ne sont pas au nombre des personnes visées par l'article L. 226-2-2 du CASF.",
    SECRET + "L'intervenant partage les informations à caractère secret avec les professionnels de l'aide "
    "sociale à l'enfance, dans les conditions de l'article L. 226-2-2 du CASF.",
    SECRET + "Avec l'accord de la personne, l'intervenante peut faire part aux enquêteurs de son évaluation "
    "après chaque entretien.",
    SECRET + "L'intervenant ne rend jamais compte aux enquêteurs du contenu de ses entretiens.",
    SECRET + "Lors de chaque entretien, l'intervenante informe la victime de ses droits et des démarches "
    "possibles auprès des gendarmes, après une évaluation de sa situation.",
    SECRET + "L'outil de suivi des personnes reçues reste sur le poste de l'intervenante et n'est pas "
    "accessible au référent VIF.",
    SECRET + "Le tableau de bord anonyme de l'outil de suivi est consultable par l'officier référent de la compagnie.",
])
def test_traps_stay_securisee(text):
    assert code("deontologie", text) == "securisee"

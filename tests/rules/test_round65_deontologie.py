"""Round 65 (deontologie): facts relayed to the forces when the person will not, the secret said to be no
obstacle to informing the forces, the worker's « suites données » sent back to be joined to the procedure,
orientations submitted to the commandant first, and a hand-over denied by its subject (« aucune copie … n'est
remise »). Wordings written for this test."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # facts relayed to the forces in spite of the person's refusal
    ("Lorsque la femme reçue ne veut pas déposer plainte, l'intervenante rapporte elle-même aux gendarmes de "
     "permanence les violences décrites.", "contre_sens"),
    ("Si la victime refuse de se rendre au commissariat, le travailleur social en informe l'officier de quart.",
     "contre_sens"),
    ("Dans le cas où l'intéressé ne souhaite pas parler aux policiers, l'intervenant leur rapporte ce qu'il a appris.",
     "contre_sens"),
    ("Si la personne ne souhaite pas porter plainte, l'intervenante respecte ce choix et ne signale rien à la brigade.",
     "non_precise"),
    ("Si la victime refuse, l'intervenante ne prévient les gendarmes que lorsqu'un mineur est en danger, selon "
     "l'article 226-14 du code pénal.", "securisee"),
    # the secret said to be no obstacle to informing the forces
    ("Le secret auquel l'intervenante est astreinte ne fait pas obstacle à ce qu'elle renseigne les militaires de "
     "la brigade sur les foyers qu'elle accompagne.", "contre_sens"),
    ("Le secret professionnel n'empêche pas que le travailleur social informe les enquêteurs.", "securisee"),
    ("Le secret professionnel ne fait pas obstacle à ce que l'intervenant informe les gendarmes avec l'accord de "
     "la personne.", "non_precise"),
    ("Le secret professionnel ne fait pas obstacle à ce que les policiers renseignent l'intervenante sur les "
     "suites de la plainte.", "non_precise"),
    # the worker's write-up sent back to be joined to the procedure
    ("Pour chaque victime orientée, l'intervenante remplit le volet retour — démarches, situation du foyer, "
     "risques repérés — et le renvoie sous huitaine à l'officier saisi, afin qu'il soit versé au dossier de la "
     "procédure.", "contre_sens"),
    (SECRET + "Les gendarmes remplissent la fiche d'orientation et la transmettent à l'intervenante, afin qu'elle "
     "soit jointe à son dossier social.", "securisee"),
    # orientations submitted to the commandant first
    ("Avant toute démarche, l'intervenante soumet au commandant de compagnie toute orientation d'une victime "
     "vers un partenaire extérieur.", "contre_sens"),
    ("Chaque orientation vers une association doit être soumise pour accord au chef de brigade.", "contre_sens"),
    (SECRET + "L'intervenante soumet à la personne reçue toute orientation vers un partenaire extérieur.", "securisee"),
    # a hand-over denied by its subject
    (SECRET + "Aucune note, fiche de suivi ou compte rendu de l'intervenante n'est transmis aux gendarmes, même "
     "quand ils le demandent.", "securisee"),
    (SECRET + "Nul écrit de l'intervenant, qu'il s'agisse de ses notes ou de ses synthèses, n'est adressé au "
     "commissariat, y compris sur demande d'un enquêteur.", "securisee"),
    ("Une copie des notes d'entretien de l'intervenante est remise au commissariat, y compris sans réquisition, "
     "lorsqu'un enquêteur en fait la demande.", "contre_sens"),
])
def test_round65_deontologie(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected

"""Round 16: a payer named by a personal pronoun; a territory is not a council.

« Le Département assure la gestion de l'agent. Il prend en charge le paiement de son salaire »: the
personal « il / elle » that opens a sentence without a financeur of its own is the party that opened the
previous sentence (not the impersonal « il est convenu », « il appartient »). « Les actions financées
sur le département », « dans la commune »: the word names a territory, not a council that pays.
Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def types(text: str) -> set[str]:
    fin, _ = code_financing(text_doc("Article 8 – Gestion et financement\n" + text + "\n"))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # the pronoun takes the subject of the previous sentence, which pays the salary
    ("Le Département assure la gestion administrative de l'intervenante. Il prend en charge le paiement "
     "de son salaire et de ses frais de déplacement.", {"conseil_departemental"}),
    ("La commune de Saint-Lô recrute l'intervenant social. Elle prend en charge le versement de sa "
     "rémunération.", {"commune"}),
    ("Le Conseil général emploie l'agent. Il prend en charge son salaire. L'État est sollicité pour "
     "participer au financement au titre du FIPD.", {"conseil_departemental", "etat"}),
    # the pronoun's sentence names its own payer: that one, not the previous subject
    ("La commune met un bureau à disposition. Elle précise que le Département prend en charge le "
     "salaire de l'intervenant.", {"conseil_departemental"}),
    # impersonal « il »: nobody is named as paying
    ("Le Département désigne l'agent. Il est rappelé que la prise en charge du salaire sera "
     "déterminée ultérieurement.", set()),
    # the previous sentence does not open on a financeur
    ("L'agent est désigné par le Président du Conseil départemental. Il prend en charge le suivi des "
     "situations.", set()),
])
def test_personal_pronoun_payer(text: str, expected: set[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a territory after « sur / dans »: not a payer
    ("La Ville prend en charge la rémunération de l'intervenant. L'intervenant veille à l'articulation du "
     "poste avec les autres actions financées sur le département.", {"commune"}),
    ("Le Département finance le poste. L'intervenant connaît les dispositifs financés dans la commune.",
     {"conseil_departemental"}),
    # the council itself as payer still counts
    ("Le poste est financé par le département et par la commune.", {"conseil_departemental", "commune"}),
    ("La commune prend en charge la rémunération ; le Département participe au financement du poste.",
     {"commune", "conseil_departemental"}),
    # a proper council name after « sur » is not a bare territory
    ("L'État verse une subvention sur le budget ; le conseil départemental finance le solde.",
     {"etat", "conseil_departemental"}),
])
def test_territory_is_not_a_council(text: str, expected: set[str]) -> None:
    assert types(text) == expected

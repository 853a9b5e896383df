"""Round 15: the funders of the previous convention or period are not this one's.

A renewal often recalls who paid before: « pour mémoire », a bilan, « sous l'empire de la convention
de 2018 », « l'expérimentation de 2007 était cofinancée par … ». Such payers and amounts, in a past
or reported region (the engine's ``report`` qualifier, financing's own past cues) or in a ``rappel``
section, are left out; the current funders of the same sentence still count. Also: who presents the
request for a subsidy is paid, not a payer. Wordings written for these tests, none from a sample.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment

from test_financing import text_doc


def types(text: str) -> set[str]:
    fin, _ = code_financing(text_doc("Article 6 – Financement\n" + text + "\n"))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # « pour mémoire » opening the sentence, without quotes
    ("Pour mémoire, le poste était financé depuis 2019 à parts égales par l'État et la commune de Vierzon. "
     "Le Département finance désormais la totalité du poste.", {"conseil_departemental"}),
    # the imperfect of a verb of paying
    ("L'expérimentation de 2010 était cofinancée par la CAF et par le FIPD. Le Département prend en charge "
     "la totalité du coût du poste, soit 41 000 euros.", {"conseil_departemental"}),
    ("La commune finançait le poste jusqu'au 31 décembre 2022. À compter de 2023, l'État participe à "
     "hauteur de 50 % et le Département à hauteur de 50 %.", {"etat", "conseil_departemental"}),
    # money given for a past period, then withdrawn
    ("La subvention de 12 000 euros attribuée par le conseil régional pour l'expérimentation n'est pas "
     "renouvelée. L'État verse une subvention de 20 000 euros et la commune une subvention de 25 000 euros.",
     {"etat", "commune"}),
    # the engine's past cue (``report`` qualifier): « sous l'empire de la convention de 2018 »
    ("Sous l'empire de la convention de 2018, la ville de Redon versait une participation de 15 000 euros. "
     "L'intercommunalité verse une participation de 30 000 euros par an.", {"intercommunalite"}),
    ("Le poste, auparavant financé par la CAF, est pris en charge par la commune à hauteur de 100 %.",
     {"commune"}),
    # a quotation from a source (``report`` qualifier)
    ("Le bilan 2020 rappelait que « le Département assurait 40 % du financement du poste ». L'État participe "
     "au financement du poste à hauteur de 60 % et la commune à hauteur de 40 %.", {"etat", "commune"}),
])
def test_previous_funders_are_left_out(text: str, expected: set[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # current funders in a sentence that also speaks of the past
    ("Jusqu'alors financé par la seule commune, le poste est désormais financé par l'État à hauteur de "
     "60 % et par la commune à hauteur de 40 %.", {"etat", "commune"}),
    ("Pour mémoire, la CAF finançait le poste en 2019, la présente convention étant financée par l'État "
     "à hauteur de 50 % et par le Département à hauteur de 50 %.", {"etat", "conseil_departemental"}),
    ("Comme en 2022, l'État participe au financement du poste à hauteur de 30 000 euros et le Département "
     "à hauteur de 20 000 euros.", {"etat", "conseil_departemental"}),
    ("La participation de l'État, maintenue à 50 %, est complétée par la commune à hauteur de 50 %.",
     {"etat", "commune"}),
])
def test_current_funders_still_count(text: str, expected: set[str]) -> None:
    assert types(text) == expected


def test_past_amounts_are_not_the_current_share() -> None:
    fin, _ = code_financing(text_doc(
        "Article 6 – Financement\nPour mémoire, l'État versait 26 000 euros par an au titre de la convention "
        "initiale. L'État participe au financement du poste à hauteur de 18 000 euros par an.\n"))
    etat = {f["type"]: f for f in fin.extra["financeurs"]}["etat"]
    assert etat["montant"] == 18000


def test_who_presents_the_request_is_not_a_payer() -> None:
    assert types("Le poste est financé par l'État et par le Département, selon des montants arrêtés chaque "
                 "année au vu de la demande présentée par la mutuelle gestionnaire.") == {"etat", "conseil_departemental"}


def test_funding_table_in_a_recall_section_is_left_out() -> None:
    text = ("CONVENTION RELATIVE AU POSTE D'INTERVENANT SOCIAL\n"
            "Historique du dispositif\n"
            "Le poste a été créé en 2016.\n"
            "Financeur | 2016 | 2017\n"
            "Ville de Laval | 20 000 € | 20 000 €\n"
            "État (FIPD) | 20 000 € | 20 000 €\n"
            "Article 1 – Objet\n"
            "La présente convention maintient le poste d'intervenant social.\n"
            "Article 2 – Financement\n"
            "Le Département prend en charge la totalité du coût du poste, soit 45 000 euros par an.\n")
    doc = text_doc(text)
    structure = segment(doc)
    assert structure.zone_at(text.index("Ville de Laval")) == "rappel"
    fin, cost = code_financing(doc, structure)
    assert {f["type"] for f in fin.extra["financeurs"]} == {"conseil_departemental"}
    assert cost.value["montant"] == 45000

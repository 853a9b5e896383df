"""Round 44, after the sets v* and wt* to wz* were read: funders missed or read wrongly.

- the burden of the pay as the object (« assume la charge de la rémunération », « prend à sa charge le
  salaire ») and the complement as the remainder (« assure le complément »);
- a money noun governing an enumeration (« les participations de l'État, du Département et de la
  Métropole ») and a cost « couvert par … »;
- an acronym ending on a lower-case letter defined in brackets (« (CoVe) »), then used alone in a table;
- a scanned « 1 » for « l » (« Conseil départementa1 »), own funds heading a table row;
- a draft's funding table whose cells are blanks to fill in (« [montant] € ([part] %) »);
- not funders: the employer that « sollicite les subventions », a remainder only promised in case of
  need (« le solde éventuel », « en cas de défaillance d'un financeur »).

Wordings written for these tests.
"""

from __future__ import annotations

import pytest

from test_financing import code_article, docx_table_doc, text_doc

from iscg_nlp.financing import code_financing
from iscg_nlp.segment import segment


def payers(text: str, after: str = "") -> set[str]:
    """The funders read in ``text`` written as the financing article of a convention."""
    fin, _ = code_article(text, after=after)
    return {f["type"] for f in fin.extra["financeurs"]}


def doc_payers(doc) -> set[str]:
    fin, _ = code_financing(doc, segment(doc))
    return {f["type"] for f in fin.extra["financeurs"]}


@pytest.mark.parametrize("text, expected", [
    # the burden of the pay
    ("La Ville assume la charge de la rémunération de l'intervenante, frais de mission compris.", {"commune"}),
    ("Le Conseil départemental supporte la charge des salaires de l'agent ; l'État apporte une subvention au "
     "titre du FIPD.", {"conseil_departemental", "etat"}),
    ("La communauté de communes prend à sa charge le salaire de l'intervenant et ses déplacements.",
     {"intercommunalite"}),
    ("La Ville a pris à sa charge le coût du poste dès sa création.", {"commune"}),
    # the complement of a subsidy
    ("L'État verse une subvention annuelle au titre du FIPD. La communauté d'agglomération assure le complément.",
     {"etat", "intercommunalite"}),
    ("Une subvention de l'État est accordée chaque année. La Ville verse le complément du financement.",
     {"etat", "commune"}),
    # an enumeration governed by one money noun
    ("Les dépenses du poste sont financées grâce aux concours de l'État, du Conseil départemental de l'Orne et "
     "de la caisse d'allocations familiales.", {"etat", "conseil_departemental", "caf"}),
    ("L'emploi bénéficie des subventions de la Ville de Meaux, de la Région et du Département.",
     {"commune", "autre", "conseil_departemental"}),
    ("Le budget de l'action est couvert par l'État et par la Ville.", {"etat", "commune"}),
    ("Le coût du poste sera couvert par les contributions de la préfecture au titre du fonds interministériel "
     "de prévention de la délinquance et de la communauté urbaine.", {"etat", "intercommunalite"}),
    # the budget carried by the employer
    ("Le poste est porté budgétairement par la commune de Lisieux ; l'État y participe au titre du FIPD.",
     {"commune", "etat"}),
])
def test_payers(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who asks for the subsidies is paid, not paying (unless asked itself, in the passive)
    ("Le Département finance le poste. Le centre communal d'action sociale sollicite les aides et en justifie "
     "l'emploi.", {"conseil_departemental"}),
    ("Les subventions sollicitées par la Ville auprès de l'État financent le poste.", {"etat"}),
    ("L'État verse une subvention. La Ville est sollicitée pour compléter le financement du poste.",
     {"etat", "commune"}),
    # a remainder promised only in case of need
    ("L'État et le Département financent l'emploi ; le déficit éventuel reste pris en charge par la Ville sur "
     "ses ressources propres.", {"etat", "conseil_departemental"}),
    ("Le poste est cofinancé par l'État et la communauté d'agglomération. En cas de défaillance de l'un "
     "d'eux, la Ville prend en charge le coût du poste.", {"etat", "intercommunalite"}),
    ("L'État et le Département financent le poste. La Ville supporte la part du coût qui ne serait pas "
     "couverte par les subventions.", {"etat", "conseil_departemental"}),
    ("L'État finance le poste, l'éventuel dépassement étant pris en charge par la Ville.", {"etat"}),
    # the same Ville paying a true remainder stays a funder
    ("L'État finance le poste à hauteur de 40 %. La Ville prend en charge le solde.", {"etat", "commune"}),
    # an enumeration of bodies one applies to, not of payers
    ("Le Département finance le poste. L'intervenant aide à monter les dossiers d'aide financière auprès de "
     "la Ville, de la CAF et de la Région.", {"conseil_departemental"}),
    # « porté par » alone runs the post; denied, the burden is no payer
    ("L'État finance le poste. Le dispositif est porté par la Ville.", {"etat"}),
    ("L'État finance le poste. La Ville n'assume pas la charge de la rémunération de l'intervenant.", {"etat"}),
])
def test_no_extra_payer(text: str, expected: set[str]) -> None:
    assert payers(text) == expected


def test_acronym_with_lower_case_end_names_a_table_row() -> None:
    text = ("Article 1 – Parties\nEntre l'État, le Département du Cher et la Communauté de communes Terres du "
            "Haut Berry (CoTeB), représentée par son Président.\nArticle 2 – Financement\n"
            "Le coût annuel du poste est estimé à 50 000 euros. Il est réparti comme suit :\n"
            "Financeur | 2024 | 2025\nÉtat (FIPD) | 20 000 € | 15 000 €\nDépartement du Cher | 15 000 € | 17 500 €\n"
            "CoTeB | 15 000 € | 17 500 €\nTotal | 50 000 € | 50 000 €\nArticle 3 – Durée\nDeux ans.")
    assert doc_payers(text_doc(text)) == {"etat", "conseil_departemental", "intercommunalite"}


@pytest.mark.parametrize("acronym", ["(Ville)", "(Ab)"])
def test_a_word_in_brackets_is_no_acronym(acronym: str) -> None:
    from iscg_nlp.aliases import ACRONYM_IN_BRACKETS
    assert ACRONYM_IN_BRACKETS.search("la commune " + acronym) is None


def test_scanned_conseil_general_and_own_funds_row() -> None:
    rows = [["Financeur", "Montant"], ["Etat (FIPD)", "20 000 €"], ["Conseil genera1", "15 000 €"],
            ["Ressources propres du gestionnaire", "3 000 €"], ["Total", "38 000 €"]]
    doc = docx_table_doc("Article 2 – Financement\nLe poste est financé selon le tableau suivant :", rows,
                         "Article 3 – Durée\nLa présente convention est conclue pour un an.")
    assert doc_payers(doc) == {"etat", "conseil_departemental", "autre"}


def test_own_funds_within_a_sentence_are_not_a_row() -> None:
    assert payers("L'État finance le poste. Les fonds propres de l'association servent à ses autres actions.") \
        == {"etat"}


BLANK_ROWS = [["Financeur", "2027"], ["État (FIPD)", "_____ euros"], ["Conseil départemental", "_____ euros"],
              ["Ville de Vierzon", "_____ euros"], ["Total", "_____ euros"]]


def test_draft_funding_table_of_blanks_in_cells() -> None:
    doc = docx_table_doc("Article 2 – Financement\nLa répartition sera la suivante :", BLANK_ROWS,
                         "Article 3 – Durée\nLa présente convention est conclue pour un an.")
    assert doc_payers(doc) == {"etat", "conseil_departemental", "commune"}


def test_draft_funding_table_of_blanks_in_lines() -> None:
    lines = "\n".join("\t".join(r) for r in BLANK_ROWS)
    doc = text_doc("Article 1 – Objet\nLa convention crée un poste d'intervenant social.\nArticle 2 – Financement\n"
                   "La répartition sera la suivante :\n" + lines + "\nArticle 3 – Durée\nUn an.")
    assert doc_payers(doc) == {"etat", "conseil_departemental", "commune"}


def test_blanks_that_are_not_money_name_no_funder() -> None:
    rows = [["Signataire", "Nom"], ["Pour l'État, le Préfet", "[nom]"], ["Pour la Ville, le Maire", "[nom]"]]
    doc = docx_table_doc("Article 9 – Signatures\nFait en trois exemplaires.", rows)
    assert doc_payers(doc) == set()

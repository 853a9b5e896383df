"""Signature year read from a dated signature line however it is worded, never from the body.

Conventions written in plain language drop « Fait à »: « Lorient, le 3 février 2025 », « Le 3 mars
2025, à Vannes », « Signé à Brest le 2 mai 2024 », « Date : 12/03/2021 », a date alone on its line, a
table row. Each text runs through the real reader and segmenter (``pipeline.read``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.pipeline import read
from iscg_nlp.signature import code_signature_year

BODY = (
    "Convention pour un poste d'intervenante sociale auprès des jeunes\n"
    "1 — Pourquoi cette convention\n"
    "Vu la loi du 5 mars 2007 relative à la prévention de la délinquance, les signataires s'accordent.\n"
    "2 — Fin de la convention\n"
    "La présente convention prend effet à la date de sa signature. Le bilan est remis avant le 31 mars 2026.\n"
)
SIGNATORIES = "Le préfet du Morbihan\nLe président du conseil départemental\nLa directrice de la CAF\n"

LINES = [
    ("Lorient, le 3 février 2025\n", 2025),
    ("Le 3 mars 2024, à Vannes\n", 2024),
    ("Signé à Brest le 2 mai 2023\n", 2023),
    ("Date : 12/03/2021\n", 2021),
    ("A Pau, le 14 mai 2016\n", 2016),
    ("Saint-Brieuc,\nle 9 septembre 2022\n", 2022),
    ("Le 1er decembre 2020\n", 2020),
    ("Vannes | le 4 juin 2019\n", 2019),
    ("Date de signature : 7 juillet 2018\n", 2018),
    ("La Roche-sur-Yon, le 2 octobre 2017\n", 2017),
    # body lines with a date are not signature lines
    ("Le comité se réunit le 3 mars 2025.\n", None),
    ("Les crédits sont versés avant le 30 juin 2025\n", None),
    ("Réunion du 3 mars 2025\n", None),
    ("", None),
    # a draft's date left blank but for its year: not signed yet, no year of signature
    ("Fait à Orléans, le …………………… 2025, en quatre exemplaires.\n", None),
    ("Fait à Blois, le ........ 2024\n", None),
    ("Fait à Tours, le __/__/2023\n", None),
    ("Fait en trois exemplaires à Gien, le _______ 2026\n", None),
    # blank without a year: no year
    ("Fait à Rodez, le ………………\n", None),
    ("Fait à Rodez, le ……… (date de la dernière signature)\n", None),
]


@pytest.mark.parametrize("line,expected", LINES)
def test_dated_signature_line(tmp_path: Path, line: str, expected: int | None) -> None:
    path = tmp_path / "convention.txt"
    path.write_text(BODY + line + SIGNATORIES, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == expected


def test_annex_form_date_is_not_a_signature(tmp_path: Path) -> None:
    path = tmp_path / "convention.txt"
    annex = "ANNEXE 1 — Fiche navette\nDate : 12/03/2021\nNom de la victime :\n"
    path.write_text(BODY + "Fait à Lille, le 5 avril 2010\n" + SIGNATORIES + annex, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == 2010


AMENDED = (
    "Convention relative à un poste d'intervenant social en commissariat\n"
    "Article 1 – Objet\n"
    "La présente convention fixe les conditions de présence d'un intervenant social au commissariat.\n"
    "Article 2 – Règles professionnelles\n"
    "L'intervenant social est tenu au secret professionnel.\n"
    "Fait à Moulins, le 18 novembre 2019.\n"
    + SIGNATORIES +
    "Avenant n° 1\n"
    "Les parties conviennent de compléter l'article 2 de la convention par la phrase suivante : « Les "
    "entretiens sont confidentiels. »\n"
    "Fait à Moulins, le {date}.\n"
    + SIGNATORIES
)


@pytest.mark.parametrize("date,expected", [("7 septembre 2020", 2020), ("2 décembre 2019", 2019)])
def test_an_avenant_bound_after_the_convention_dates_it_by_its_latest_signature(tmp_path: Path, date: str,
                                                                               expected: int) -> None:
    """The convention as amended is dated by the avenant's signature when it is later; the avenant's
    « Fait à » stands after its own text, outside the convention's signature block."""
    path = tmp_path / "convention.txt"
    path.write_text(AMENDED.format(date=date), encoding="utf-8")
    doc, structure = read(path)
    coding = code_signature_year(doc, structure)
    assert coding.value == expected
    assert date in coding.evidence[0].text or expected == 2019


def test_a_law_date_in_an_avenant_is_not_a_signature(tmp_path: Path) -> None:
    text = AMENDED.replace("Fait à Moulins, le {date}.\n", "Vu la loi du 3 août 2021, les parties conviennent.\n")
    path = tmp_path / "convention.txt"
    path.write_text(text, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == 2019


def test_fait_au_and_fait_aux_at_a_line_start(tmp_path: Path) -> None:
    """« Fait au Creusot », « Fait aux Herbiers »: the avenant's signature counts like « Fait à »."""
    text = AMENDED.replace("Fait à Moulins, le {date}.", "Fait au Creusot, le 21 février 2022.")
    path = tmp_path / "convention.txt"
    path.write_text(text, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == 2022


def test_a_period_inside_an_avenant_in_the_signature_block_is_no_signature(tmp_path: Path) -> None:
    """An avenant quoted right after the signatures gives a period (« du 1er mai 2015 au 30 avril
    2017 »): only the « Fait à » dates and short signature lines date the convention."""
    avenant = ("Avenant n° 2. L'article 12 est ainsi rédigé : « La présente convention est prorogée pour une "
               "nouvelle durée de deux ans, du 1er mai 2015 au 30 avril 2017. »\nFait à Dijon, le 23 avril 2015.\n")
    text = BODY + "Fait à Dijon, le 4 avril 2013\n" + SIGNATORIES + avenant + SIGNATORIES
    path = tmp_path / "convention.txt"
    path.write_text(text, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == 2015


@pytest.mark.parametrize("line,expected", [
    ("Convention signée à Clermont-Ferrand le 3 juin 2024 ; avenant n° 1 signé le 10 mars 2025 ; "
     "avenant n° 2 signé le 15 janvier 2026.\n", 2026),
    ("La présente convention signée le 2 mai 2023.\n", 2023),
    # a previous convention « signée le » inside a sentence is no signature of this one
    ("Elle renouvelle la convention signée le 2 mai 2019 entre les mêmes parties.\n", None),
    # « Fait à » for the first text, then each avenant « n° N : signé à … le … » on its line: the latest
    ("Convention initiale : fait à Metz, le 21 mars 2016, par le Préfet et le Maire.\n"
     "Avenant n° 1 : signé à Metz le 3 mai 2018.\nAvenant n° 2 : signé à Metz le 14 juin 2019.\n"
     "Avenant n° 3 : signé à Metz le 28 septembre 2021.\n", 2021),
])
def test_a_list_of_signature_dates_in_a_consolidated_text(tmp_path: Path, line: str, expected) -> None:
    path = tmp_path / "convention.txt"
    path.write_text(BODY + line, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == expected



def test_a_blank_draft_date_is_explained(tmp_path: Path) -> None:
    """The reviewer sees why a draft whose date is left blank but for its year has no signature year."""
    path = tmp_path / "convention.txt"
    path.write_text(BODY + "Fait à Orléans, le …………………… 2025, en quatre exemplaires.\n" + SIGNATORIES, encoding="utf-8")
    doc, structure = read(path)
    coding = code_signature_year(doc, structure)
    assert coding.value is None
    assert "non signé" in coding.explanation and "2025" in coding.explanation
    assert coding.evidence and "le …………………… 2025" in coding.evidence[0].text


@pytest.mark.parametrize("table, expected", [
    ("Tableau des actes intégrés :\n| Acte | Date de signature | Articles concernés |\n"
     "| Convention | 12 octobre 2020 | — |\n| Avenant n° 1 | 3 mars 2022 | 4 et 6 |\n"
     "| Avenant n° 2 | 18 janvier 2024 | 9 |\n", 2024),
    ("Historique\nActe\tSigné le\nConvention initiale\t2 avril 2019\nAvenant n° 1\t9 juin 2021\n", 2021),
    # a table of the previous meetings is no table of signed acts
    ("| Réunion | Date de la séance |\n| Comité de pilotage | 12 octobre 2024 |\n", None),
])
def test_the_table_of_signed_acts_of_a_consolidated_text(tmp_path: Path, table: str, expected) -> None:
    """A consolidated text lists the acts it integrates with their date of signature: the latest act dates
    the text; a table of other dates does not."""
    path = tmp_path / "convention.txt"
    path.write_text(BODY + table, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == expected

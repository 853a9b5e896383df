"""Round 5, several indicators: the employer's name written as a dotted acronym or an alias, a financeur
named next to the employer, and a signature date written before (or run into) « Fait à ».

Wordings written for this test, not taken from a sample. Employer wordings run through the real matcher
and decision table as in ``test_heldout_wordings.py``; signature dates run through the real text reader
and segmenter (``pipeline.read``) and ``code_signature_year``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from iscg_nlp.frdates import find_dates
from iscg_nlp.pipeline import read
from iscg_nlp.signature import code_signature_year

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# ---- the CCAS / CIAS / EPCI / GIP written with dots, as older or scanned texts do
DOTTED_ACRONYMS = [
    ("Le C.C.A.S. de Stains recrute l'intervenant social et lui assure une formation.", "ville_interco"),
    ("L'intervenante sociale est salariée du C.I.A.S. du Val de Lorraine.", "ville_interco"),
    ("Le recrutement de l'intervenant est assuré par le C.C.A.S", "ville_interco"),
    ("Le poste est porté par l'E.P.C.I. du Haut-Jura.", "ville_interco"),
    ("L'intervenant social est employé par le G.I.P. de la politique de la ville.", "autre"),
    ("le c.c.a.s. s'engage a embaucher un travailleur social", "ville_interco"),
    ("Le recrutement est conduit par le C.C.A.S. ; un gendarme assiste à l'entretien.", "ville_interco"),
    # negation and a financeur only: no employer
    ("L'intervenant n'est pas un agent du C.C.A.S. de la commune.", "autre"),
    ("Le C.C.A.S. verse une subvention au titre du poste.", "autre"),
]

# ---- « la communauté », the alias an intercommunality is given in the parties
COMMUNAUTE_ALIAS = [
    ("L'intervenant social est un agent de la communauté, recruté et rémunéré par elle.", "ville_interco"),
    ("Le travailleur social est salarié de la Communauté.", "ville_interco"),
    ("La communauté recrute une intervenante sociale titulaire du diplôme d'État.", "ville_interco"),
    ("L'intervenante est embauchée par la communaute sur un contrat de trois ans.", "ville_interco"),
    ("Le poste est porté par la communauté ; elle en assure la gestion.", "ville_interco"),
    ("La communauté est l'employeur de l'intervenant social.", "ville_interco"),
    # a gendarmerie « communauté de brigades » is not an employer; a negation is not one either
    ("L'intervenant est un agent rattaché à la communauté de brigades de Remiremont.", "autre"),
    ("L'intervenant n'est pas salarié de la communauté.", "autre"),
]

# ---- a financeur or partner named before another organisation called « employeur »
OTHER_ORGANISATION_BETWEEN = [
    ("La convention est signée par le Département et par la communauté d'agglomération, employeur de "
     "l'intervenant.", "ville_interco"),
    ("Le bilan est transmis au conseil départemental par la Ville, employeur.", "ville_interco"),
    ("Le conseil départemental remet chaque année son rapport au centre hospitalier, employeur de "
     "l'intervenant.", "autre"),
    ("Les crédits du Département sont reversés au CCAS, employeur.", "ville_interco"),
    ("L'Etat et le Departement adressent leur bilan a la mairie, employeur.", "ville_interco"),
    # inflected financing words keep a financeur out even with no other organisation in between
    ("Les participations du Conseil départemental sont versées en une fois, à l'employeur.", "autre"),
    ("Les sommes financées par le Département sont versées chaque année à l'employeur.", "autre"),
    # control: the Département really is the employer
    ("Le Département, employeur de l'intervenant, le met à disposition de la brigade.", "conseil_departemental"),
]


@pytest.mark.parametrize("text,expected", DOTTED_ACRONYMS + COMMUNAUTE_ALIAS + OTHER_ORGANISATION_BETWEEN)
def test_employer_wordings(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


# ---- the signature date before « Fait à », or run into it (a revision, a lost space)
BODY = (
    "CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN GENDARMERIE\n"
    "Entre l'État, représenté par le préfet, et l'association Escale, représentée par sa présidente.\n"
    "Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance ;\n"
    "Article 1 – Objet\n"
    "La présente convention organise la présence d'un intervenant social à la brigade.\n"
    "Article 2 – Durée\n"
    "La présente convention est conclue pour trois ans à compter du 1er juillet 2010.\n"
)
SIGNATORIES = "\nLe Préfet\nLa Présidente de l'association Escale\n"

SIGNATURE_LINES = [
    ("le 3 juin 2021Fait à Carpentras, , en six exemplaires originaux.", 2021),
    ("Le 12 mars 2019, fait à Tulle en quatre exemplaires.", 2019),
    ("le 5 octobre 2018 Fait a Mende, en 3 exemplaires originaux", 2018),
    ("Le 2 fevrier 2O17Fait en trois exemplaires", 2017),
    ("03/06/2022 – Fait à Albi, en cinq exemplaires.", 2022),
    ("Fait à Pau, le 14 mai 2016, en trois exemplaires.", 2016),
    # a body sentence before the formula on the same line carries no signature date
    ("Elle prend effet le 1er janvier 2015. Fait à Bastia, le", None),
    ("Le bilan est remis avant le 31 mars 2014 ; Fait à Corte, le", None),
]


@pytest.mark.parametrize("line,expected", SIGNATURE_LINES)
def test_signature_date_around_fait_a(tmp_path: Path, line: str, expected: int | None) -> None:
    path = tmp_path / "convention.txt"
    path.write_text(BODY + line + SIGNATORIES, encoding="utf-8")
    doc, structure = read(path)
    assert code_signature_year(doc, structure).value == expected


@pytest.mark.parametrize("text,year", [
    ("le 3 juin 2021Fait à Carpentras", 2021),
    ("juin 2021La Préfète", 2021),
    ("le 3 juin 2O21Fait", 2021),
    ("3 juin 2021e anniversaire", None),
    ("juin 2021x", None),
])
def test_year_run_into_a_capitalised_word(text: str, year: int | None) -> None:
    found = find_dates(text)
    assert (found[0].year if found else None) == year

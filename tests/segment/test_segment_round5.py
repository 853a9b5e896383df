"""Round 5: unnumbered annexes, table rows and list lead-ins among section titles, OCR-damaged
"Article", a list of parties opened by "Les parties … sont :", DTSP and C.C.A.S. roles.

The TXT cases go through the real reader (UTF-16 with tab-separated table rows, as Word exports
them); the others are built by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.segment import classify_role, segment

BODY = ("Le présent texte fixe les conditions dans lesquelles l'intervenant social exerce ses missions "
        "auprès des services de police de la circonscription.")


@pytest.fixture(scope="module")
def read_document():
    extract = pytest.importorskip("iscg_nlp.extract")
    return extract.read_document


def _unnumbered_convention() -> str:
    return "\r\n".join([
        "Convention de partenariat",
        "Poste d'intervenant social au commissariat de Douai",
        "Les parties à la présente convention sont :",
        "l'État, représenté par le préfet du Nord ;",
        "la commune de Douai, représentée par son maire ;",
        "la direction départementale de la sécurité publique du Nord, représentée par son directeur.",
        "Vu le code de l'action sociale et des familles ;",
        "Les parties conviennent de ce qui suit.",
        "Pourquoi ce poste",
        BODY,
        "Ce que fait l'intervenant",
        "L'intervenant social :",
        "- accueille et écoute la personne ;",
        "- l'oriente vers le service compétent.",
        "Il ne suit pas durablement les personnes reçues, un service de droit commun prend le relais.",
        "Le financement du poste",
        "Le coût annuel du poste est estimé à 48 000 euros, réparti comme suit entre les financeurs.",
        "Financeur\tMontant\tPart",
        "État (FIPD)\t24 000 €\t50 %",
        "Commune de Douai, au titre de sa politique de la ville\t24 000 €\t50 %",
        "Total\t48 000 €\t100 %",
        "Les participations sont versées chaque année sur présentation du bilan d'activité du poste.",
        "Durée",
        "La présente convention est conclue pour trois ans à compter de sa signature par les parties.",
        "Fait à Lille, le 3 mars 2016.",
        "Le préfet du Nord",
        "Le maire de Douai",
    ]) + "\r\n"


def test_utf16_sections_skip_table_rows_and_list_lead_in(read_document, tmp_path: Path):
    path = tmp_path / "douai.txt"
    path.write_bytes(_unnumbered_convention().encode("utf-16"))
    doc = read_document(str(path))
    s = segment(doc)
    assert [(a.number, a.title) for a in s.articles] == [
        (None, "Pourquoi ce poste"), (None, "Ce que fait l'intervenant"),
        (None, "Le financement du poste"), (None, "Durée")]
    financing = s.articles[2]
    assert "Total" in doc.text[financing.start:financing.end]
    assert "versées chaque année" in doc.text[financing.start:financing.end]


def test_parties_opened_by_les_parties_sont(read_document, tmp_path: Path):
    path = tmp_path / "douai.txt"
    path.write_bytes(_unnumbered_convention().encode("utf-16"))
    s = segment(read_document(str(path)))
    assert [p.role for p in s.parties] == ["prefet", "maire", "ddsp"]
    assert s.zone_at(s.parties[0].start) == "parties"


def test_amount_line_is_not_a_section_title(doc_of):
    text = ("CONVENTION\nObjet\n" + BODY + "\nFinancement\nLe poste est financé ainsi.\n"
            "Total 50 000 € 100 %\n" + BODY + "\nDurée\n" + BODY + "\n")
    s = segment(doc_of(text))
    assert [a.title for a in s.articles] == ["Objet", "Financement", "Durée"]


def test_short_colon_title_followed_by_prose_stays_a_section(doc_of):
    text = "CONVENTION\nObjet :\n" + BODY + "\nDurée :\n" + BODY + "\n"
    s = segment(doc_of(text))
    assert [a.title for a in s.articles] == ["Objet", "Durée"]


@pytest.mark.parametrize("headings,expected", [
    (["ANNEXE — Budget du poste"], ["1"]),
    (["ANNEXE — Fiche de liaison", "ANNEXE 2 — Tableau d'activité"], ["1", "2"]),
    (["ANNEXE 1 – Budget", "Annexe financière"], ["1", "2"]),
    (["Annexe A – Budget", "Annexe B – Fiche de poste"], ["A", "B"]),
], ids=["lone", "unnumbered-then-2", "named-after-1", "letters"])
def test_unnumbered_annex_takes_its_place(doc_of, headings, expected):
    tail = "".join(f"{h}\nContenu de l'annexe, détaillé sur une ligne.\n" for h in headings)
    text = ("CONVENTION\nArticle 1 – Objet\nTexte.\nArticle 2 – Durée\nTrois ans.\n"
            "Fait à Laval, le 1er juin 2022\nLe Préfet\n" + tail)
    s = segment(doc_of(text))
    assert [a.number for a in s.annexes] == expected
    assert [a.label for a in s.annexes] == [f"Annexe {n}" for n in expected]


def test_ocr_damaged_article_headings(doc_of):
    text = ("CONVENTION\nARTlCLE 1 – OBJET\nTexte de l'objet.\nArticie 2 – Missions\n"
            "Voir l'article 3 ci-dessous.\nArtic1e 3 – Durée\nTrois ans.\nARTICLE 4 – Litiges\nTribunal.\n"
            "Arlicle 5 – Autorités\nL'association exerce l'autorité hiérarchique.\nAR1ICLE 6 – Secret\nLe secret.\n")
    s = segment(doc_of(text))
    assert [(a.number, a.title) for a in s.articles] == [
        ("1", "OBJET"), ("2", "Missions"), ("3", "Durée"), ("4", "Litiges"), ("5", "Autorités"), ("6", "Secret")]


def test_ocr_article_reference_is_not_a_heading(doc_of):
    text = ("CONVENTION\nArticle 1 – Objet\nTexte.\nArticle 2 – Durée\nTrois ans, selon\n"
            "articie 1 ci-dessus.\nArticle 3 – Litiges\nTribunal.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]


@pytest.mark.parametrize("text,role", [
    ("La Direction territoriale de la sécurité de proximité de la Seine-Saint-Denis", "ddsp"),
    ("Le Directeur de la DTSP 93", "ddsp"),
    ("La Vice-Présidente du C.C.A.S. de Stains", "maire"),
    ("Le CCAS de Stains", "maire"),
])
def test_roles_of_police_and_ccas_spellings(text, role):
    assert classify_role(text) == role


def test_fait_a_after_a_leading_date_opens_the_signature_block(tmp_path):
    """A date put before « Fait à » (or glued to it by a Word revision) still opens the signatures."""
    from iscg_nlp.extract import read_document
    from iscg_nlp.segment import segment

    for first in ("Le 3 juin 2021, fait à Carpentras, en trois exemplaires.",
                  "Le 3 juin 2021Fait à Carpentras, en trois exemplaires.",
                  "03/06/2021 - Fait à Carpentras"):
        path = tmp_path / "convention.txt"
        path.write_text("CONVENTION ISCG\nArticle 1 – Objet\nLa présente convention crée un poste. Elle a été "
                        "approuvée par délibération du 12 mars 2019.\n" + first +
                        "\nLe Préfet de Vaucluse\nLe Président du Conseil départemental\n", encoding="utf-8")
        structure = segment(read_document(str(path)))
        assert [d.year for d in structure.signature_dates] == [2021], first

"""Page furniture in plain-text files (OCR, fax) and stamps cut into a PDF sentence: real files
written to disk and read by the real readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.extract import read_document

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER = "~~ 03 21 00 00 00    CONSEIL DEPARTEMENTAL DU NORD    P.0{n}"
FILLER = [
    "Le Département met à la disposition de l'intervenante un bureau et un téléphone.",
    "Les frais de déplacement sont pris en charge par l'employeur.",
    "Un bilan d'activité est présenté chaque année au comité de suivi.",
    "Les parties se réunissent en tant que de besoin.",
    "L'intervenante sociale respecte le secret professionnel.",
    "Chaque partie désigne un correspondant.",
]


def _fax(form_feed: bool = False) -> str:
    pages = [
        ["CONVENTION RELATIVE A UN INTERVENANT SOCIAL", "", "ARTICLE 1 - OBJET", ""] + FILLER
        + ["", "ARTICLE 2 - POSITIONNEMENT", "",
           "L'intervenante sociale est placée sous l'autorité hiérar-"],
        ["chique du commandant de compagnie, qui fixe ses priorités.", "", "ARTICLE 3 - MOYENS", ""]
        + FILLER + ["Elle est chargée de l'accueil des personnes orientées par le"],
        ["service, qui lui transmet une fiche de liaison.", ""] + FILLER,
    ]
    out: list[str] = []
    for n, body in enumerate(pages, start=1):
        if n > 1:
            out += [f"- {n} -", ""] + (["\f"] if form_feed else [])
        out += [HEADER.format(n=n), ""] + body
    out += [f"- {len(pages) + 1} -"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_fax_header_and_page_numbers_removed_and_word_rejoined(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"fax-{encoding}.txt"
    path.write_bytes(_fax().encode(encoding))
    doc = read_document(path)
    assert "CONSEIL DEPARTEMENTAL DU NORD" not in doc.text
    assert "- 2 -" not in doc.text
    assert "sous l'autorité hiérarchique du commandant de compagnie" in doc.text
    assert "orientées par le service, qui lui transmet" in doc.text
    removed = doc.report.removed
    assert "~~ 03 21 00 00 00 CONSEIL DEPARTEMENTAL DU NORD P.02" in removed
    assert {"- 2 -", "- 3 -", "- 4 -"} <= set(removed)
    assert any(i.kind == "entete_pied_de_page" for i in doc.report.items)
    # Evidence stays quotable: the joined word maps back to the source characters.
    start = doc.text.index("hiérarchique")
    block = doc.block_at(start)
    assert block is not None and block.raw_offsets is not None
    back = "".join(block.raw[block.raw_offsets[k - block.start]] for k in range(start, start + 12))
    assert back == "hiérarchique"
    assert "P.02" in block.raw  # the removed header sits inside the raw span, not in the text


def test_form_feeds_and_repeated_stamp(tmp_path: Path) -> None:
    text = _fax(form_feed=True).replace("~~", "COPIE CONFORME\n~~")
    path = tmp_path / "ff.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert "COPIE CONFORME" in doc.report.removed
    assert "COPIE CONFORME" not in doc.text
    assert "hiérarchique du commandant" in doc.text
    assert "\f" not in doc.text
    assert "respecte le secret professionnel." in doc.text  # a sentence repeated at page ends stays
    assert all("secret" not in r for r in doc.report.removed)


def test_real_content_is_never_furniture(tmp_path: Path) -> None:
    lines = []
    for n in range(1, 5):
        lines += [f"Article {n}", "", "Objet", "", "- oui", "- non", ""] + FILLER + [""]
    lines += ["Année 2021 : 20 000 €", "Année 2022 : 21 000 €", "Année 2023 : 22 000 €", ""]
    # Numbered sections whose number stands on its own line, followed by their title.
    for n in range(1, 4):
        lines += [str(n), "", "Dispositions générales", ""] + FILLER + [""]
    lines += ["Vu le code pénal ;"] * 1 + ["Sous-titre répété deux fois", "", "Sous-titre répété deux fois"]
    path = tmp_path / "content.txt"
    path.write_text("\n".join(lines), encoding="cp1252")
    doc = read_document(path)
    assert doc.report.removed == []
    assert doc.text.count("Article ") == 4 and doc.text.count("- oui") == 4
    assert "Année 2022 : 21 000 €" in doc.text
    assert "\n2\nDispositions générales" in doc.text


def test_isolated_numbers_not_in_sequence_kept(tmp_path: Path) -> None:
    lines = ["Le coût du poste est réparti entre les financeurs.", "3", ""] + FILLER + ["", "7", ""] + FILLER
    path = tmp_path / "nums.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.report.removed == []
    assert "\n3\n" in doc.text and "\n7\n" in doc.text


# --------------------------------------------------------------------------- PDF


def _pdf_with_stamp_in_sentence(path: Path, stamp_cut: bool = True) -> Path:
    from fpdf import FPDF

    class Pdf(FPDF):
        def header(self) -> None:
            self.set_font("dv", size=9)
            self.cell(0, 8, "Reçu le 09 MAI 2022 - CH THIONVILLE - DIRECTION DES AFFAIRES JURIDIQUES",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    pdf = Pdf()
    pdf.add_font("dv", "", FONT)
    for n in range(1, 4):
        pdf.add_page()
        pdf.set_font("dv", size=11)
        body = [f"Article {n} - Dispositions"] + FILLER
        if n == 2:
            body += ["C'est le directeur, par l'intermédiaire du cadre responsable du service"]
            body += ["2", "Reçu le 09 MAI 2022 - CH THIONVILLE"] if stamp_cut else ["2"]
            body += ["social, qui dirige son travail et conduit son entretien annuel."]
        if n == 3:
            body += ["Le comité se réunit une fois par an.", "Reçu le 09 MAI 2022 - CH THIONVILLE",
                     "Les parties en sont informées."]
        for line in body:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_pdf_stamp_and_page_number_inside_a_sentence(tmp_path: Path) -> None:
    doc = read_document(_pdf_with_stamp_in_sentence(tmp_path / "stamp.pdf"))
    assert "responsable du service social, qui dirige son travail" in doc.text
    assert "Reçu le 09 MAI 2022 - CH THIONVILLE" in doc.report.removed
    # Between two whole sentences, with no page number beside it, the short stamp is kept.
    assert "une fois par an.\nReçu le 09 MAI 2022 - CH THIONVILLE\nLes parties" in doc.text


def test_pdf_bare_page_number_cutting_a_sentence(tmp_path: Path) -> None:
    doc = read_document(_pdf_with_stamp_in_sentence(tmp_path / "num.pdf", stamp_cut=False))
    assert "responsable du service social, qui dirige" in doc.text


def test_page_n_of_total_and_bare_numbers(tmp_path: Path) -> None:
    body = FILLER + ["Le comité de pilotage se réunit deux fois par an et chaque fois que"]
    lines: list[str] = []
    for n in range(1, 4):
        lines += (["la demande en est faite."] if n > 1 else []) + body + ["", f"Page {n}/3", ""]
    path = tmp_path / "pages.txt"
    path.write_text("\n".join(lines), encoding="utf-16")
    doc = read_document(path)
    assert {"Page 1/3", "Page 2/3", "Page 3/3"} <= set(doc.report.removed)
    assert "chaque fois que la demande en est faite." in doc.text
    bare = "\n".join(l if not l.startswith("Page") else l.split()[1].split("/")[0] for l in lines)
    path.write_text(bare, encoding="utf-8")
    doc = read_document(path)
    assert {"1", "2", "3"} <= set(doc.report.removed)
    assert "chaque fois que la demande en est faite." in doc.text


def test_column_of_numbers_is_not_a_page_sequence(tmp_path: Path) -> None:
    rows = []
    for block in range(3):
        rows += FILLER[:5] + [str(n) for n in range(1, 8)] + [""]
    path = tmp_path / "column.txt"
    path.write_text("\n".join(rows), encoding="utf-8")
    doc = read_document(path)
    assert doc.report.removed == []

"""Build real test files (PDF with fpdf2, DOCX with python-docx, ODT zipped by hand)."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

ARTICLES = [
    ("Article 1 - Objet de la convention",
     "La présente convention a pour objet de définir les conditions dans lesquelles un intervenant "
     "social exerce ses missions au sein de la brigade de gendarmerie de Seine-Saint-Denis."),
    ("Article 2 - Missions",
     "L'intervenant social accueille toute personne majeure ou mineure en situation de détresse "
     "sociale, victime ou mis-en-cause, orientée par les services de police ou de gendarmerie."),
    ("Article 3 - Financement",
     "Le coût du poste est estimé à 52 000 euros par an. La participation de l'État au titre du "
     "fonds interministériel de prévention de la délinquance est fixée chaque année."),
    ("Article 4 - Durée",
     "La présente convention est conclue pour une durée de trois ans à compter de sa signature par "
     "l'ensemble des parties et pourra être renouvelée par avenant."),
]


def _pdf():
    from fpdf import FPDF

    class Pdf(FPDF):
        header_text = "Préfecture de la Loire - Convention ISCG"
        footer_fmt = "Page {n}/{{nb}}"

        def header(self):
            self.set_font("dv", size=9)
            self.cell(0, 8, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", size=9)
            self.cell(0, 8, self.footer_fmt.format(n=self.page_no()), align="C")

    pdf = Pdf()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_BOLD)
    pdf.alias_nb_pages()
    return pdf


def make_pdf(path: Path, footer_fmt: str = "Page {n}/{{nb}}", fake_bold: bool = True,
             table: bool = True, pages: int = 4) -> Path:
    """A convention: one article per page, running header, page numbers, headings drawn twice,
    a word cut at a line end ("procé-/dure"), a paragraph wrapped over several lines, a table."""
    pdf = _pdf()
    pdf.footer_fmt = footer_fmt
    for i in range(pages):
        title, body = ARTICLES[i % len(ARTICLES)]
        if i >= len(ARTICLES):
            title = title.replace(title.split()[1], str(i + 1), 1)
        pdf.add_page()
        pdf.set_font("dv", "B", 12)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(0, 8, title)
        if fake_bold:
            pdf.set_xy(x + 0.2, y)
            pdf.cell(0, 8, title)
        pdf.set_xy(x, y + 10)
        pdf.set_font("dv", size=11)
        tail = (" Le comité de pilotage veille au bon déroulement de la procé-\n"
                "dure d'évaluation annuelle, selon les modalités définies ci-après.") if i == 1 else ""
        pdf.multi_cell(0, 6, body + tail)
        pdf.ln(3)
        if table and i == 2:
            pdf.set_font("dv", size=10)
            with pdf.table() as t:
                for row in [("Financeur", "2021", "2022"), ("État (FIPD)", "20 000 €", "15 000 €"),
                            ("Département", "10 000 €", "10 000 €")]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path) -> Path:
    pdf = _pdf()
    pdf.set_encryption(owner_password="proprietaire", user_password="secret")
    pdf.add_page()
    pdf.set_font("dv", size=11)
    pdf.multi_cell(0, 6, ARTICLES[0][1])
    pdf.output(str(path))
    return path


def make_image_pdf(path: Path) -> Path:
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    pdf = FPDF()
    for n, line in enumerate(["Convention de partenariat", "Article 2 - Missions"]):
        img = Image.new("RGB", (1600, 600), "white")
        ImageDraw.Draw(img).text((60, 200), line, fill="black", font=ImageFont.truetype(FONT, 72))
        png = path.with_name(f"{path.stem}-{n}.png")
        img.save(png)
        pdf.add_page()
        pdf.image(str(png), x=10, y=10, w=180)
    pdf.output(str(path))
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path: Path, tracked: bool = False, numbering: bool = False) -> Path:
    """Heading, paragraphs, a financing table; optional tracked changes and Word list numbering."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Préfecture du Rhône - Convention ISCG"
    d.sections[0].footer.paragraphs[0].text = "Convention intervenant social 2021"
    d.add_paragraph("CONVENTION DE PARTENARIAT RELATIVE A UN POSTE D'INTERVENANT SOCIAL")
    heads = []
    for title, body in ARTICLES:
        heads.append(d.add_paragraph(title.split(" - ", 1)[1] if numbering else title))
        d.add_paragraph(body)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Financeur", "2021", "2022"), ("État (FIPD)", "20 000 €", "15 000 €"),
                             ("Département", "10 000 €", "10 000 €")]):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
    d.add_paragraph("Fait à Lyon, le 12 mars 2021.")
    if tracked:
        p = d.add_paragraph()
        p._p.append(parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">La convention est conclue pour </w:t></w:r>'))
        p._p.append(parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="Préfecture" w:date="2021-01-01T00:00:00Z">'
            f'<w:r><w:delText>un an</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="Préfecture" w:date="2021-01-01T00:00:00Z">'
            f'<w:r><w:t>trois ans</w:t></w:r></w:ins>'))
        p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t>.</w:t></w:r>'))
    if numbering:
        num_el = d.part.numbering_part.element
        num_el.insert(0, parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1 –"/><w:suff w:val="space"/></w:lvl>'
            f'</w:abstractNum>'))
        num_el.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        for h in heads:
            h._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    d.save(str(path))
    return path


def rezip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    """Copy a ZIP, replacing some members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info.filename))
            zout.writestr(copy.copy(info), data)
    return dst


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>P</dc:creator></office:change-info><text:p>un an</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>P</dc:creator></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Article 1 – Objet</text:h>
<text:p>L’intervenant social<text:s text:c="2"/>accueille les victimes<text:note><text:note-body><text:p>note</text:p></text:note-body></text:note> et les mis en cause.</text:p>
<text:list><text:list-item><text:p>écoute active</text:p></text:list-item><text:list-item><text:p>orientation</text:p></text:list-item></text:list>
<text:h text:outline-level="1">Article 2 – Durée</text:h>
<text:p>La convention est conclue pour <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>trois ans<text:change-end text:change-id="ct2"/>.</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Financeur</text:p></table:table-cell><table:table-cell><text:p>Montant</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>État (FIPD)</text:p></table:table-cell><table:table-cell><text:p>20 000 €</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>"""

ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:master-styles>
<style:master-page style:name="Standard"><style:header><text:p>Mairie de Rennes</text:p></style:header></style:master-page>
</office:master-styles></office:document-styles>"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def make_odt(path: Path, content: str = ODT_CONTENT) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)
    return path

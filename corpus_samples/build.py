"""Build the sample conventions and their gold coding from ``corpus_samples/sources/*.md``.

Usage::

    python corpus_samples/build.py              # render every source, regenerate gold.jsonl
    python corpus_samples/build.py --only a03   # render only sources whose name contains "a03"
    python corpus_samples/build.py --check      # parse and check every source, write nothing

Each source is YAML front matter plus a light markup (see ``docs/corpus-format.md``). The builder
renders it to its real format (PDF, DOCX, ODT, TXT) so the readers meet the quirks of real files
(running headers, fake bold, hyphenation, Word revisions and numbering), and writes one gold line per
file. It refuses inconsistent gold (avis against indicators, unknown codes) so that a wrong sample
never reaches the tests. Output is deterministic: fixed dates in metadata and in zip entries.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
FONTS = HERE / "fonts"
GOLD = HERE / "gold.jsonl"
BAD_INPUTS = SOURCES / "bad_inputs.jsonl"

FIXED_DATE = dt.datetime(2024, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2024, 1, 15, 9, 0, 0)
MIN_WORDS, MAX_WORDS = 1500, 4000

# --------------------------------------------------------------------------- codebook

ALLOWED: dict[str, set] = {
    "lieu_exercice": {"oui", "partiellement", "non", "non_precise"},
    "locaux_moyens": {"inscrits", "ambiguite", "non_precise"},
    "public": {"tous_publics", "victimes_seulement", "mineurs_seulement", "ambiguite"},
    "situations": {"toutes_situations", "vif", "violences_conjugales", "violences_faites_aux_femmes"},
    "autorites": {"conforme", "confuse", "inversee"},
    "deontologie": {"securisee", "ambiguite", "contre_sens", "non_precise"},
    "qualification": {"precisee_conforme", "non_precisee", "imprecision_dommageable"},
    "comite_pilotage": {"prevu", "non_prevu"},
    "duree": {"annuelle", "triennale", "autre", "non_precisee"},
    "proximite_modele": {"proche", "eloignee"},
    "procureur_signataire": {"oui", "non"},
    "financement": {"stable", "degressif", "non_precise"},
}
SPECIAL_KEYS = {"annee_signature", "cout_poste"}
EMPLOYEURS = {"association", "conseil_departemental", "ville_interco", "autre"}
POSTES = {"police", "gendarmerie", "mixte"}
FINANCEURS = {"etat", "conseil_departemental", "commune", "intercommunalite", "caf", "autre"}
AVIS = {"conforme", "conforme_avec_reserve", "reserve"}

# criterion name (= its indicator key) -> (indicator, values that fail it); CODEBOOK verdict table.
CRITERIA: list[tuple[str, str, set[str]]] = [
    ("lieu_exercice", "lieu_exercice", {"non", "non_precise"}),
    ("public", "public", {"victimes_seulement", "ambiguite"}),
    ("qualification", "qualification", {"non_precisee", "imprecision_dommageable"}),
    ("autorites", "autorites", {"confuse", "inversee"}),
    ("deontologie", "deontologie", {"contre_sens"}),
]


class SourceError(Exception):
    """A source file that cannot be built; the message names the file and the reason."""


# --------------------------------------------------------------------------- parsing

HEADING_RE = re.compile(r"^##\s+(?P<text>.+?)\s+@@\s+(?P<number>[^|]+?)\s*\|\s*(?P<title>.*?)\s*$")


@dataclass
class Block:
    kind: str  # title | heading | para | bullet | table
    text: str = ""
    number: str | None = None  # heading: gold number
    title: str | None = None  # heading: gold title
    rows: list[list[str]] = field(default_factory=list)  # table


@dataclass
class Source:
    path: Path
    file: str
    front: dict
    blocks: list[Block]

    @property
    def layout(self) -> dict:
        return self.front.get("layout") or {}

    @property
    def fmt(self) -> str:
        return self.file.rsplit(".", 1)[-1].lower()

    def articles(self) -> list[dict]:
        # « @@ ~ | … »: printed as a heading but no unit of the convention's structure (an article of an
        # avenant bound after it, which the avenant's own section holds)
        return [{"number": b.number, "title": b.title} for b in self.blocks
                if b.kind == "heading" and b.number != "~"]

    def plain_text(self) -> str:
        out = []
        for b in self.blocks:
            out.append(" ".join(" ".join(r) for r in b.rows) if b.kind == "table" else b.text)
        return "\n".join(out)


def parse_source(path: Path) -> Source:
    """Split front matter from body and turn body lines into blocks."""
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---\n"):
        raise SourceError(f"{path.name}: pas d'en-tête YAML (le fichier doit commencer par ---)")
    try:
        _, fm, body = raw.split("---\n", 2)
    except ValueError as exc:
        raise SourceError(f"{path.name}: en-tête YAML non fermé") from exc
    front = yaml.safe_load(fm) or {}
    if "file" not in front or "gold" not in front:
        raise SourceError(f"{path.name}: l'en-tête doit contenir « file » et « gold »")
    blocks: list[Block] = []
    in_title = True
    for lineno, line in enumerate(body.splitlines(), start=1):
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("# ") and in_title:
            blocks.append(Block("title", line[2:].strip()))
            continue
        in_title = False
        if line.startswith("##"):
            m = HEADING_RE.match(line)
            if not m:
                raise SourceError(f"{path.name}, ligne {lineno}: titre sans annotation « @@ numéro | titre »")
            blocks.append(Block("heading", m["text"], number=m["number"].strip(), title=m["title"]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                if len(cells) != len(blocks[-1].rows[0]):
                    raise SourceError(f"{path.name}, ligne {lineno}: nombre de cellules différent de l'en-tête du tableau")
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif line.startswith("- "):
            blocks.append(Block("bullet", line[2:].strip()))
        else:
            blocks.append(Block("para", line.strip()))
    return Source(path, front["file"], front, blocks)


# --------------------------------------------------------------------------- checks


def expected_avis(indicators: dict) -> tuple[str, list[str]]:
    failed = [name for name, key, bad in CRITERIA if indicators.get(key) in bad]
    value = "conforme" if not failed else "conforme_avec_reserve" if len(failed) == 1 else "reserve"
    return value, failed


def check_source(src: Source) -> list[str]:
    """Raise SourceError on inconsistent gold; return warnings (word count)."""
    name, gold = src.path.name, src.front["gold"]
    problems: list[str] = []
    if src.fmt not in {"pdf", "docx", "odt", "txt"}:
        problems.append(f"format de sortie inconnu « {src.fmt} »")
    if src.fmt == "txt" and src.front.get("encoding", "utf-8") not in {"utf-8", "utf-8-sig", "cp1252", "utf-16"}:
        problems.append(f"encodage inconnu « {src.front.get('encoding')} »")
    ind = gold.get("indicators") or {}
    for key, allowed in ALLOWED.items():
        if key not in ind:
            problems.append(f"indicateur manquant : {key}")
        elif ind[key] not in allowed:
            problems.append(f"{key} = {ind[key]!r} n'est pas un code permis {sorted(allowed)}")
    extra = set(ind) - set(ALLOWED) - SPECIAL_KEYS
    if extra:
        problems.append(f"indicateurs inconnus : {sorted(extra)}")
    year = ind.get("annee_signature", "absent")
    if year == "absent" or not (year is None or (isinstance(year, int) and 1990 <= year <= 2030)):
        problems.append(f"annee_signature doit être une année ou null (trouvé {year!r})")
    cout = ind.get("cout_poste")
    if not isinstance(cout, dict) or set(cout) != {"montant", "etp"}:
        problems.append("cout_poste doit être {montant, etp}")
    else:
        for k, v in cout.items():
            if v is not None and not isinstance(v, (int, float)):
                problems.append(f"cout_poste.{k} doit être un nombre ou null")
    if gold.get("type_employeur") not in EMPLOYEURS:
        problems.append(f"type_employeur {gold.get('type_employeur')!r} inconnu")
    if gold.get("type_poste") not in POSTES:
        problems.append(f"type_poste {gold.get('type_poste')!r} inconnu")
    for f in gold.get("financeurs") or []:
        if f.get("type") not in FINANCEURS or set(f) - {"type", "montant", "part"}:
            problems.append(f"financeur invalide : {f}")
    avis = gold.get("avis") or {}
    if not problems:
        value, failed = expected_avis(ind)
        if avis.get("value") != value or sorted(avis.get("criteres_non_respectes") or []) != sorted(failed):
            problems.append(
                f"avis incohérent : la grille du CODEBOOK donne {value} {failed}, "
                f"le gold dit {avis.get('value')} {avis.get('criteres_non_respectes')}"
            )
    if not gold.get("notes"):
        problems.append("le champ « notes » est vide")
    layout = src.layout
    for old, _new in layout.get("tracked_changes") or []:
        if old not in src.plain_text():
            problems.append(f"révision introuvable dans le texte : {old!r}")
    if layout.get("word_numbering"):
        nums = [b.number for b in src.blocks if b.kind == "heading" and b.number.isdigit()]
        if nums != [str(i) for i in range(1, len(nums) + 1)]:
            problems.append("word_numbering : les articles numérotés doivent se suivre à partir de 1")
    if problems:
        raise SourceError(f"{name}:\n  - " + "\n  - ".join(problems))
    words = len(re.findall(r"\w+", src.plain_text()))
    if not MIN_WORDS <= words <= MAX_WORDS:
        return [f"{name}: {words} mots (attendu {MIN_WORDS}–{MAX_WORDS})"]
    return []


def gold_line(src: Source) -> dict:
    gold = src.front["gold"]
    line = {"file": src.file}
    for key in ("indicators", "financeurs", "type_employeur", "type_poste", "avis"):
        line[key] = gold.get(key)
    line["structure"] = {"articles": src.articles()}
    for key, value in gold.items():
        if key not in line:
            line[key] = value
    return line


# --------------------------------------------------------------------------- helpers


def deterministic_zip(entries: list[tuple[str, bytes, bool]]) -> bytes:
    """Zip with fixed timestamps; entries are (name, data, compress)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, compress in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def rezip(data: bytes) -> bytes:
    """Rewrite a zip (python-docx output) with fixed timestamps, keeping entry order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = [(i.filename, zf.read(i.filename), i.compress_type != zipfile.ZIP_STORED) for i in zf.infolist()]
    return deterministic_zip(entries)


ARTICLE_PREFIX_RE = re.compile(r"^(?:article|art\.)\s+\S+\s*[–:.\-]?\s*", re.IGNORECASE)

# --------------------------------------------------------------------------- PDF


def render_pdf(src: Source) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    layout = src.layout
    size = float(layout.get("font_size", 11))
    fake_bold = bool(layout.get("fake_bold_headings"))
    hyphenate = bool(layout.get("hyphenate"))

    class Pdf(FPDF):
        def header(self) -> None:
            if layout.get("header"):
                self.set_font("DejaVu", "", 8)
                self.set_y(8)
                self.cell(0, 5, layout["header"], align="C")
                self.set_y(self.t_margin)

        def footer(self) -> None:
            self.set_font("DejaVu", "", 8)
            if layout.get("footer"):
                self.set_y(-14)
                self.cell(0, 4, layout["footer"], align="L")
            if layout.get("page_numbers"):
                self.set_y(-14)
                label = layout["page_numbers"].replace("{n}", str(self.page_no()))
                self.cell(0, 4, label, align="R")

    pdf = Pdf(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(src.blocks[0].text if src.blocks and src.blocks[0].kind == "title" else src.file)
    pdf.set_author("Préfecture")
    pdf.set_creator("corpus_samples/build.py")
    pdf.set_producer("corpus_samples/build.py")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages("{total}")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    line_h = size * 0.52
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def break_lines(text: str, avail: float) -> list[str]:
        """Greedy line breaking; with `hyphenate`, long words are split with a hyphen at line end."""
        words, lines, cur = text.split(), [], ""
        for word in words:
            trial = f"{cur} {word}" if cur else word
            if pdf.get_string_width(trial) <= avail:
                cur = trial
                continue
            if hyphenate and cur and len(word) >= 9 and word.isalpha():
                room = avail - pdf.get_string_width(cur + " -")
                cut = _hyphen_point(word, lambda s: pdf.get_string_width(s) <= room)
                if cut:
                    lines.append(f"{cur} {word[:cut]}-")
                    cur = word[cut:]
                    continue
            if cur:
                lines.append(cur)
            cur = word
        if cur:
            lines.append(cur)
        return lines

    def write_lines(lines: list[str], indent: float = 0.0, twice: bool = False) -> None:
        for ln in lines:
            if pdf.will_page_break(line_h):
                pdf.add_page()
            x, y = pdf.l_margin + indent, pdf.get_y()
            if twice:
                pdf.text(x, y + line_h * 0.75, ln)
                pdf.text(x + 0.2 * 25.4 / 72, y + line_h * 0.75, ln)
            else:
                pdf.set_x(x)
                pdf.cell(width - indent, line_h, ln)
            pdf.set_y(y + line_h)

    first_title = True
    for b in src.blocks:
        if b.kind == "title":
            pdf.set_font("DejaVu", "B", size + 2)
            if first_title:
                pdf.ln(4)
                first_title = False
            pdf.multi_cell(0, line_h + 1, b.text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif b.kind == "heading":
            pdf.ln(line_h * 0.6)
            if pdf.will_page_break(line_h * 3):
                pdf.add_page()
            if fake_bold:
                pdf.set_font("DejaVu", "", size)
                write_lines(break_lines(b.text, width), twice=True)
            else:
                pdf.set_font("DejaVu", "B", size)
                write_lines(break_lines(b.text, width))
            pdf.ln(line_h * 0.3)
        elif b.kind == "para":
            pdf.set_font("DejaVu", "", size)
            write_lines(break_lines(b.text, width))
            pdf.ln(line_h * 0.4)
        elif b.kind == "bullet":
            pdf.set_font("DejaVu", "", size)
            lines = break_lines(b.text, width - 6)
            if pdf.will_page_break(line_h):
                pdf.add_page()
            pdf.text(pdf.l_margin + 1.5, pdf.get_y() + line_h * 0.75, "–")
            write_lines(lines, indent=6)
            pdf.ln(line_h * 0.2)
        elif b.kind == "table":
            pdf.set_font("DejaVu", "", size - 1)
            pdf.ln(1)
            with pdf.table(borders_layout="ALL", line_height=line_h + 0.5, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in b.rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(line_h * 0.6)
    return bytes(pdf.output())


def _hyphen_point(word: str, fits) -> int | None:
    """Largest cut (vowel-consonant boundary, ≥ 3 letters each side) whose head + '-' fits the room."""
    vowels = set("aeiouyéèêàâîïôûù")
    best = None
    for i in range(3, len(word) - 3):
        if word[i - 1].lower() in vowels and word[i].lower() not in vowels and word[i + 1].lower() in vowels:
            if fits(word[:i] + "-"):
                best = i
    return best


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def render_docx(src: Source) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    layout = src.layout
    d = docx.Document()
    props = d.core_properties
    props.author = props.last_modified_by = "Préfecture"
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    props.title = src.blocks[0].text if src.blocks and src.blocks[0].kind == "title" else ""
    d.styles["Normal"].font.size = Pt(float(layout.get("font_size", 11)))
    section = d.sections[0]
    if layout.get("header"):
        section.header.paragraphs[0].text = layout["header"]
    if layout.get("footer") or layout.get("page_numbers"):
        p = section.footer.paragraphs[0]
        if layout.get("footer"):
            p.add_run(layout["footer"] + ("    " if layout.get("page_numbers") else ""))
        if layout.get("page_numbers"):
            _docx_page_number(p, layout["page_numbers"], OxmlElement, qn)

    num_id = _docx_article_numbering(d) if layout.get("word_numbering") else None
    for b in src.blocks:
        if b.kind == "title":
            d.add_heading(b.text, level=0)
        elif b.kind == "heading":
            if num_id is not None and b.number.isdigit():
                text = ARTICLE_PREFIX_RE.sub("", b.text, count=1)
                h = d.add_heading(text, level=1)
                numpr = OxmlElement("w:numPr")
                ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
                ilvl.set(qn("w:val"), "0")
                nid.set(qn("w:val"), str(num_id))
                numpr.extend([ilvl, nid])
                h._p.get_or_add_pPr().append(numpr)
            else:
                d.add_heading(b.text, level=1)
        elif b.kind == "para":
            d.add_paragraph(b.text)
        elif b.kind == "bullet":
            d.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "table":
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    for n, (old, new) in enumerate(layout.get("tracked_changes") or []):
        _docx_track_change(d, old, new, 1000 + 2 * n, OxmlElement, qn)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def _docx_page_number(paragraph, pattern: str, OxmlElement, qn) -> None:
    """Footer page number as real PAGE / NUMPAGES fields around the pattern's literal text."""
    for piece in re.split(r"(\{n\}|\{total\})", pattern):
        if not piece:
            continue
        if piece in ("{n}", "{total}"):
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE" if piece == "{n}" else "NUMPAGES")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            paragraph._p.append(fld)
        else:
            paragraph.add_run(piece)


def _docx_article_numbering(d) -> int:
    """Add an abstractNum whose level 0 prints "Article %1 –" and return the new numId."""
    from docx.oxml import parse_xml

    numbering = d.part.numbering_part.element
    abs_ids = [int(e.get(_w("abstractNumId"))) for e in numbering.findall(_w("abstractNum"))]
    num_ids = [int(e.get(_w("numId"))) for e in numbering.findall(_w("num"))]
    abs_id, num_id = max(abs_ids, default=0) + 1, max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abs_id}">'
        '<w:nsid w:val="5A1C0E21"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Article %1 –"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
    )
    num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>')
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return num_id


def _docx_track_change(d, old: str, new: str, rev_id: int, OxmlElement, qn) -> None:
    """Replace the first body occurrence of `old` by a w:del (old) + w:ins (new) revision pair."""
    paragraphs = list(d.paragraphs) + [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    for p in paragraphs:
        text = p.text
        pos = text.find(old)
        if pos < 0:
            continue
        before, after = text[:pos], text[pos + len(old):]
        style_rpr = p.runs[0]._r.rPr if p.runs else None
        for r in list(p._p.findall(qn("w:r"))):
            p._p.remove(r)

        def run(tag: str, value: str):
            r = OxmlElement("w:r")
            if style_rpr is not None:
                r.append(copy.deepcopy(style_rpr))
            t = OxmlElement(tag)
            t.set(qn("xml:space"), "preserve")
            t.text = value
            r.append(t)
            return r

        def revision(tag: str, rid: int, child):
            e = OxmlElement(tag)
            e.set(qn("w:id"), str(rid))
            e.set(qn("w:author"), "Service juridique")
            e.set(qn("w:date"), "2023-03-02T10:00:00Z")
            e.append(child)
            return e

        if before:
            p._p.append(run("w:t", before))
        p._p.append(revision("w:del", rev_id, run("w:delText", old)))
        if new:
            p._p.append(revision("w:ins", rev_id + 1, run("w:t", new)))
        if after:
            p._p.append(run("w:t", after))
        return
    raise SourceError(f"révision introuvable dans le document : {old!r}")


# --------------------------------------------------------------------------- ODT

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
)


def _odt_text(s: str) -> str:
    s = escape(s)
    return re.sub(r" {2,}", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', s)


def render_odt(src: Source) -> bytes:
    layout = src.layout
    body: list[str] = []
    table_no = 0
    i = 0
    blocks = src.blocks
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "title":
            body.append(f'<text:p text:style-name="Title">{_odt_text(b.text)}</text:p>')
        elif b.kind == "heading":
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{_odt_text(b.text)}</text:h>')
        elif b.kind == "para":
            body.append(f'<text:p text:style-name="Text_20_body">{_odt_text(b.text)}</text:p>')
        elif b.kind == "bullet":
            items = []
            while i < len(blocks) and blocks[i].kind == "bullet":
                items.append(f'<text:list-item><text:p text:style-name="Text_20_body">{_odt_text(blocks[i].text)}</text:p></text:list-item>')
                i += 1
            body.append('<text:list text:style-name="L1">' + "".join(items) + "</text:list>")
            continue
        elif b.kind == "table":
            table_no += 1
            cols = len(b.rows[0])
            rows = []
            for row in b.rows:
                cells = "".join(
                    f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>{_odt_text(c)}</text:p></table:table-cell>'
                    for c in row
                )
                rows.append(f"<table:table-row>{cells}</table:table-row>")
            body.append(
                f'<table:table table:name="Tableau{table_no}"><table:table-column table:number-columns-repeated="{cols}"/>'
                + "".join(rows) + "</table:table>"
            )
        i += 1
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS} office:version="1.2">'
        '<office:automatic-styles><style:style style:name="Cell" style:family="table-cell">'
        '<style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>'
        "</office:automatic-styles><office:body><office:text>" + "".join(body) +
        "</office:text></office:body></office:document-content>"
    )
    header = f"<style:header><text:p>{_odt_text(layout['header'])}</text:p></style:header>" if layout.get("header") else ""
    footer = f"<style:footer><text:p>{_odt_text(layout['footer'])}</text:p></style:footer>" if layout.get("footer") else ""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS} office:version="1.2">'
        "<office:styles>"
        '<style:style style:name="Standard" style:family="paragraph"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
        '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="–"/></text:list-style>'
        "</office:styles><office:automatic-styles>"
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>'
        "</office:automatic-styles><office:master-styles>"
        f'<style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page>'
        "</office:master-styles></office:document-styles>"
    )
    title = escape(blocks[0].text) if blocks and blocks[0].kind == "title" else ""
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS} office:version="1.2"><office:meta>'
        f"<dc:title>{title}</dc:title><meta:creation-date>2024-01-15T09:00:00</meta:creation-date>"
        "<dc:date>2024-01-15T09:00:00</dc:date><meta:generator>corpus_samples/build.py</meta:generator>"
        "</office:meta></office:document-meta>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest {ODT_NS} manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return deterministic_zip([
        ("mimetype", b"application/vnd.oasis.opendocument.text", False),
        ("content.xml", content.encode("utf-8"), True),
        ("styles.xml", styles.encode("utf-8"), True),
        ("meta.xml", meta.encode("utf-8"), True),
        ("META-INF/manifest.xml", manifest.encode("utf-8"), True),
    ])


# --------------------------------------------------------------------------- TXT


def render_txt(src: Source) -> bytes:
    encoding = src.front.get("encoding", "utf-8")
    newline = "\r\n" if encoding in {"cp1252", "utf-16"} else "\n"
    out: list[str] = []
    prev = None
    for b in src.blocks:
        if b.kind == "title":
            out.append(b.text)
        elif b.kind == "heading":
            out += ["", b.text, ""]
        elif b.kind == "para":
            if prev in ("para", "bullet", "table"):
                out.append("")
            out.append(b.text)
        elif b.kind == "bullet":
            out.append(f"- {b.text}")
        elif b.kind == "table":
            out.append("")
            out += ["\t".join(row) for row in b.rows]
        prev = b.kind
    text = newline.join(out).strip("\n") + newline
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise SourceError(f"{src.path.name}: caractère impossible en {encoding} : {text[exc.start:exc.end]!r}") from exc


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "odt": render_odt, "txt": render_txt}

# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Construit les conventions d'exemple et gold.jsonl.")
    ap.add_argument("--only", action="append", default=[], help="ne rendre que les sources dont le nom contient NAME")
    ap.add_argument("--check", action="store_true", help="vérifier les sources sans rien écrire")
    args = ap.parse_args(argv)

    paths = sorted(SOURCES.glob("*.md"))
    if not paths:
        print("attention : aucune source .md dans corpus_samples/sources/", file=sys.stderr)
    sources, warnings, errors = [], [], []
    for path in paths:
        try:
            src = parse_source(path)
            warnings += check_source(src)
            sources.append(src)
        except (SourceError, yaml.YAMLError) as exc:
            errors.append(str(exc))
    files = [s.file for s in sources]
    dupes = {f for f in files if files.count(f) > 1}
    if dupes:
        errors.append(f"noms de fichiers en double : {sorted(dupes)}")
    if errors:
        print("ERREUR — sources invalides :\n" + "\n".join(errors), file=sys.stderr)
        return 1
    for w in warnings:
        print(f"attention : {w}", file=sys.stderr)
    if args.check:
        print(f"{len(sources)} sources vérifiées.")
        return 0

    for src in sources:
        if args.only and not any(o in src.path.name or o in src.file for o in args.only):
            continue
        data = RENDERERS[src.fmt](src)
        target = HERE / src.file
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            print(f"écrit {src.file} ({len(data)} octets)")

    lines = [gold_line(s) for s in sources]
    if BAD_INPUTS.exists():
        for n, raw in enumerate(BAD_INPUTS.read_text(encoding="utf-8").splitlines(), start=1):
            if raw.strip():
                try:
                    lines.append(json.loads(raw))
                except json.JSONDecodeError as exc:
                    print(f"ERREUR — {BAD_INPUTS.name}, ligne {n} : JSON invalide ({exc})", file=sys.stderr)
                    return 1
    lines.sort(key=lambda line: line["file"])
    GOLD.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    print(f"gold.jsonl : {len(lines)} lignes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

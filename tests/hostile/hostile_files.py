"""Build the hostile inputs a préfecture can send: broken, truncated, encrypted, bombs, hostile XML,
odd names, huge documents. Every file is made here from scratch (deterministic seeds).

``build_corpus(folder)`` writes them all and returns ``{relative name: Expect}``: the error codes the
batch may answer for that file (``OK`` = must be read and coded).
"""

from __future__ import annotations

import functools
import io
import os
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OK = "ok"
# A truncated or damaged file may be refused in several honest ways, or partly read.
BROKEN = {"fichier_corrompu", "fichier_vide", "texte_binaire", "format_inconnu", "pas_une_convention",
          "pdf_scanne"}

# A short convention written for these tests (each line a paragraph).
LINES = [
    "CONVENTION DE PARTENARIAT RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT",
    "Entre l'État, représenté par le préfet du département, la commune de Saint-Amand-sur-Lys, "
    "représentée par son maire, et l'association Trait d'Union, représentée par son président.",
    "Article 1 – Objet",
    "La présente convention crée un poste d'intervenant social au commissariat de Saint-Amand-sur-Lys.",
    "Article 2 – Public",
    "L'intervenant social accueille toute personne, majeure ou mineure, victime ou mise en cause, "
    "orientée par les policiers, y compris hors du champ pénal.",
    "Article 3 – Lieu d'exercice",
    "Le poste s'exerce dans un bureau fermé du commissariat, équipé d'un téléphone et d'un ordinateur.",
    "Article 4 – Secret professionnel",
    "L'intervenant, assistant de service social diplômé d'État, est tenu au secret professionnel.",
    "Article 5 – Financement",
    "Le coût annuel du poste est estimé à 48 000 euros, financé par l'État (FIPD) et la commune.",
    "Article 6 – Durée",
    "La présente convention est conclue pour trois ans à compter de sa signature.",
    "Fait à Saint-Amand-sur-Lys, le 2 février 2021.",
]
SCRIPT = '<script>alert("iscg")</script><img src=x onerror=alert(2)>'
PASSWD_MARKERS = ("root:x:0:0", "/bin/bash", "daemon:x:", "nologin")


@dataclass
class Expect:
    codes: set[str]
    why: str = ""
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- valid documents


def convention_text(extra: list[str] | None = None) -> str:
    return "\n\n".join(LINES[:-1] + (extra or []) + LINES[-1:]) + "\n"


def make_pdf(path: Path, lines: list[str] | None = None, pages: int = 1, **enc) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    if enc:
        pdf.set_encryption(**enc)
    lines = lines or LINES
    per_page = max(1, -(-len(lines) // pages))
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("dv", size=10)
        chunk = lines[p * per_page:(p + 1) * per_page] if pages <= len(lines) else [lines[p % len(lines)]]
        for line in chunk:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(str(path))
    return path


def make_long_pdf(path: Path, pages: int) -> Path:
    """A long convention written as raw PDF (fpdf2 needs 40 s for 400 pages): the convention on the
    first page, then annex pages of prose, in Helvetica with WinAnsi encoding (French accents)."""
    page_lines = [LINES[:-1] + ["Article 7 – Annexes",
                                "Les rapports d'activité des années précédentes sont joints en annexe.", LINES[-1]]]
    for p in range(2, pages + 1):
        page_lines.append([f"Annexe – rapport d'activité, feuillet {p}"] + [
            f"Au cours du mois {k + 1}, l'intervenant a reçu {p + k} personnes orientées par les services "
            "de police," for k in range(40)])
    return write_text_pdf(path, page_lines)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """Minimal valid PDF: one content stream per page, lines of at most ~95 characters."""
    objs: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled at the end)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        wrapped: list[str] = []
        for line in lines:
            while len(line) > 95:
                cut = line.rfind(" ", 0, 95)
                cut = cut if cut > 0 else 95
                wrapped.append(line[:cut])
                line = line[cut:].lstrip()
            wrapped.append(line)
        ops = [b"BT /F1 10 Tf 14 TL 50 800 Td"]
        for line in wrapped:
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % content_id)
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def make_image_pdf(path: Path, lines: list[str]) -> Path:
    """A 'scanned' convention: each page is a picture of text, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 34)
    img = Image.new("L", (1700, 120 + 52 * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 52 * i), line, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buf, x=5, y=10, w=200)
    pdf.output(str(path))
    return path


def make_docx(path: Path, paragraphs: list[str] | None = None) -> Path:
    """A real Word document (python-docx's template) whose body is written directly (python-docx's
    add_paragraph is quadratic: 30 000 paragraphs would take a minute)."""
    from xml.sax.saxutils import escape

    parts = _template_parts()
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
                   for p in (paragraphs or LINES))
    xml = parts["word/document.xml"]
    head, _, rest = xml.partition(b"<w:body>")
    parts["word/document.xml"] = head + b"<w:body>" + body.encode() + rest.split(b"<w:sectPr", 1)[0] \
        + b"<w:sectPr" + rest.split(b"<w:sectPr", 1)[1]
    return write_zip(path, parts)


@functools.lru_cache(maxsize=1)
def _template_bytes() -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def _template_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(_template_bytes())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def docx_parts(paragraphs: list[str] | None = None) -> dict[str, bytes]:
    buf = io.BytesIO()
    make_docx(buf, paragraphs)  # type: ignore[arg-type]
    with zipfile.ZipFile(buf) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, parts: dict[str, bytes], stored_first: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if stored_first:
            zf.writestr(zipfile.ZipInfo(stored_first), parts[stored_first], compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            if name != stored_first:
                zf.writestr(name, data)
    return path


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
_MANIFEST = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             b'<manifest:file-entry manifest:full-path="/" '
             b'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
             b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             b'</manifest:manifest>')


def odt_content(paragraphs: list[str] | None = None, prolog: str = "", body_extra: str = "") -> bytes:
    from xml.sax.saxutils import escape

    paras = "".join(f"<text:p>{escape(p)}</text:p>" for p in (paragraphs or LINES))
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_ODT_NS}>'
            f"<office:body><office:text>{body_extra}{paras}</office:text></office:body>"
            "</office:document-content>").encode()


def make_odt(path: Path, content: bytes | None = None) -> Path:
    parts = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content or odt_content(),
             "META-INF/manifest.xml": _MANIFEST}
    return write_zip(path, parts, stored_first="mimetype")


# --------------------------------------------------------------------------- hostile variants


@functools.lru_cache(maxsize=4)
def _deflated_zeros(size: int) -> tuple[bytes, int]:
    """(raw deflate stream, crc32) of ``size`` zero bytes; computed once per size."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    out, crc = [], 0
    for _ in range(size >> 20):
        out.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    out.append(comp.flush())
    return b"".join(out), crc


def raw_zip(path: Path, members: list[tuple[str, bytes, int, int, int]]) -> Path:
    """Write a ZIP from (name, stored bytes, crc, declared inflated size, method) by hand, so that
    a member's headers can declare any size (a lying bomb) and big bombs are written in no time."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, usize, method in members:
        n = name.encode()
        offset = len(out)
        fields = struct.pack("<HHHHHIIIHH", 20, 0, method, 0, 0x21, crc, len(data), usize, len(n), 0)
        out += b"PK\x03\x04" + fields + n + data
        central += (b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, offset) + n)
    out += central + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(central),
                                                  len(out), 0)
    path.write_bytes(bytes(out))
    return path


def _member(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    if name == "mimetype":
        return name, data, zlib.crc32(data), len(data), 0
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return name, comp.compress(data) + comp.flush(), zlib.crc32(data), len(data), 8


def zip_bomb(path: Path, inner: str, size: int, lie: bool = False, base: dict[str, bytes] | None = None) -> Path:
    """A ZIP whose member ``inner`` inflates to ``size`` zero bytes. ``lie``: the headers declare
    1 000 bytes (the reader must not trust them)."""
    members = [_member(n, d) for n, d in (base or {}).items()]
    data, crc = _deflated_zeros(size)
    members.append((inner, data, crc, 1000 if lie else size, 8))
    return raw_zip(path, members)


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
                  '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
                  '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
                  '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
                  '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
                  '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
                  '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>')
XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XXE_PARAM = '<!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'


def _docx_with(document_xml_edit) -> dict[str, bytes]:
    parts = docx_parts()
    parts["word/document.xml"] = document_xml_edit(parts["word/document.xml"])
    return parts


def _inject_prolog(xml: bytes, prolog: str, entity_ref: str | None = None) -> bytes:
    head, _, rest = xml.partition(b"?>")
    out = head + b"?>" + prolog.encode() + rest
    if entity_ref:
        out = out.replace("Article 1 – Objet".encode(), f"Article 1 – Objet {entity_ref}".encode(), 1)
    return out


def random_bytes(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


def build_corpus(out: Path, *, big: bool = True) -> dict[str, Expect]:
    """Write every hostile input into ``out``; return what the batch may answer for each."""
    out.mkdir(parents=True, exist_ok=True)
    exp: dict[str, Expect] = {}

    def put(name: str, data: bytes, codes, why: str) -> None:
        (out / name).write_bytes(data)
        exp[name] = Expect(set(codes) if not isinstance(codes, str) else {codes}, why)

    # Valid references, one per format (also the sources of the truncated copies).
    refs = {
        "ref.pdf": make_pdf(out / "ref.pdf"),
        "ref.docx": make_docx(out / "ref.docx"),
        "ref.odt": make_odt(out / "ref.odt"),
    }
    (out / "ref.txt").write_text(convention_text(), encoding="utf-8")
    refs["ref.txt"] = out / "ref.txt"
    for name in refs:
        exp[name] = Expect({OK}, "convention valide")

    # Random bytes under every extension (and none).
    for i, ext in enumerate([".pdf", ".docx", ".odt", ".txt", ".doc", ".rtf", ".text", ""]):
        for size in (1, 100, 20_000):
            put(f"aleatoire-{size}{ext or '-sans-extension'}", random_bytes(1000 * i + size, size),
                BROKEN, "octets aléatoires")
    # Random bytes behind a real magic number.
    put("faux-entete.pdf", b"%PDF-1.7\n" + random_bytes(7, 5000), BROKEN, "en-tête PDF puis octets aléatoires")
    put("faux-entete.docx", b"PK\x03\x04" + random_bytes(8, 5000), BROKEN, "en-tête ZIP puis octets aléatoires")
    put("faux-entete.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random_bytes(9, 5000), {"doc_ancien"},
        "en-tête Word 97")
    put("faux-entete.rtf", b"{\\rtf1\\ansi " + b"Convention" * 50 + b"}", {"format_inconnu"}, "RTF")

    # Truncated copies of every format, cut at several points.
    for name, src in refs.items():
        data = src.read_bytes()
        for frac in (0.01, 0.25, 0.5, 0.9, 0.99):
            cut = max(1, int(len(data) * frac))
            stem, ext = name.rsplit(".", 1)
            put(f"tronque-{int(frac * 100):02d}-{stem}.{ext}", data[:cut], BROKEN | {OK},
                f"{name} coupé à {frac:.0%}")

    # Encrypted PDFs: a user password refuses; an owner-only password still reads.
    make_pdf(out / "protege.pdf", owner_password="proprio", user_password="secret")
    exp["protege.pdf"] = Expect({"pdf_chiffre"}, "mot de passe d'ouverture")
    make_pdf(out / "protege-proprietaire.pdf", owner_password="proprio", user_password="")
    exp["protege-proprietaire.pdf"] = Expect({OK}, "seulement un mot de passe de modification")

    # Zip bombs: declared (headers tell the truth) and undeclared (headers lie).
    zip_bomb(out / "bombe-declaree.docx", "word/document.xml", 320 << 20)
    exp["bombe-declaree.docx"] = Expect({"archive_bombe"}, "320 Mo de zéros déclarés")
    base = {k: v for k, v in docx_parts().items() if k != "word/document.xml"}
    zip_bomb(out / "bombe-cachee.docx", "word/document.xml", 320 << 20, lie=True, base=base)
    exp["bombe-cachee.docx"] = Expect({"archive_bombe", "fichier_corrompu"}, "taille déclarée mensongère")
    zip_bomb(out / "bombe-annexe.docx", "word/media/annexe.bin", 64 << 20, base=docx_parts())
    exp["bombe-annexe.docx"] = Expect({"archive_bombe"}, "annexe 64 Mo compressée 1000:1")
    zip_bomb(out / "bombe.odt", "content.xml", 320 << 20, lie=True,
             base={"mimetype": b"application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": _MANIFEST})
    exp["bombe.odt"] = Expect({"archive_bombe", "fichier_corrompu"}, "bombe ODT")
    many = {f"word/media/f{i}.xml": b"<a/>" for i in range(6000)}
    many.update(docx_parts())
    write_zip(out / "milliers-de-parties.docx", many)
    exp["milliers-de-parties.docx"] = Expect({"fichier_corrompu"}, "6 000 fichiers internes")

    # Hostile XML in DOCX and ODT.
    for label, prolog, ref in [("entites-en-cascade", BILLION_LAUGHS, "&lol9;"), ("xxe", XXE, "&xxe;"),
                               ("xxe-parametre", XXE_PARAM, None)]:
        write_zip(out / f"{label}.docx", _docx_with(lambda x, p=prolog, r=ref: _inject_prolog(x, p, r)))
        exp[f"{label}.docx"] = Expect({"xml_dangereux"}, label)
        make_odt(out / f"{label}.odt", odt_content(prolog=prolog, body_extra=f"<text:p>{ref or ''}</text:p>"))
        exp[f"{label}.odt"] = Expect({"xml_dangereux"}, label)
    utf16 = _inject_prolog(docx_parts()["word/document.xml"], XXE, "&xxe;").decode("utf-8")
    utf16 = utf16.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    parts = docx_parts()
    parts["word/document.xml"] = utf16
    write_zip(out / "xxe-utf16.docx", parts)
    exp["xxe-utf16.docx"] = Expect({"xml_dangereux"}, "XXE encodé en UTF-16")
    parts = docx_parts()
    parts["word/styles.xml"] = _inject_prolog(parts["word/styles.xml"], XXE)
    write_zip(out / "xxe-styles.docx", parts)
    exp["xxe-styles.docx"] = Expect({"xml_dangereux"}, "XXE dans une partie secondaire")
    parts = docx_parts()
    xi = ('<w:p><w:r><w:t><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" '
          'parse="text"/></w:t></w:r></w:p>').encode()
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + xi, 1)
    write_zip(out / "xinclude.docx", parts)
    exp["xinclude.docx"] = Expect({OK}, "XInclude jamais résolu")
    deep = b"<w:p><w:r>" + b"<w:ins>" * 5000 + b"<w:t>x</w:t>" + b"</w:ins>" * 5000 + b"</w:r></w:p>"
    parts = docx_parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + deep, 1)
    write_zip(out / "imbrication-profonde.docx", parts)
    exp["imbrication-profonde.docx"] = Expect({"fichier_corrompu", OK}, "5 000 niveaux d'imbrication")
    write_zip(out / "zip-vide.docx", {"autre.txt": b"rien"})
    exp["zip-vide.docx"] = Expect({"fichier_corrompu"}, "ZIP sans document Word")
    write_zip(out / "archive.zip.txt", {"a.txt": b"convention"})
    exp["archive.zip.txt"] = Expect({"format_inconnu"}, "archive ZIP nommée .txt")

    # Text oddities.
    put("binaire.txt", bytes(range(256)) * 40, {"texte_binaire"}, "octets binaires nommés .txt")
    put("nuls-au-milieu.txt", convention_text().encode()[:300] + b"\0" * 50 + convention_text().encode()[300:],
        {"texte_binaire", OK}, "octets NUL dans un texte")
    put("utf16-bom.txt", convention_text().encode("utf-16"), {OK}, "UTF-16 avec BOM")
    put("utf16be-sans-bom.txt", convention_text().encode("utf-16-be"), {OK}, "UTF-16 BE sans BOM")
    put("cp1252.txt", convention_text().encode("cp1252", errors="replace"), {OK}, "Windows-1252")
    put("controles.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 500, {"texte_binaire"}, "caractères de contrôle")
    put("espaces.txt", b" \n\t\r\n" * 1000, {"fichier_vide"}, "seulement des blancs")
    put("vide.pdf", b"", {"fichier_vide"}, "0 octet")
    put("une-ligne-immense.txt", ("intervenant social commissariat convention " * 2_500).encode(),
        {"pas_une_convention", OK}, "100 000 caractères sur une seule ligne")
    put("texte-trop-long.txt", ("Article 1 - la convention de l'intervenant social au commissariat.\n" * 90_000).encode(),
        {"trop_de_caracteres"}, "6 millions de caractères (limite 5 millions)")
    put("script.txt", convention_text([f"Article 7 – Divers {SCRIPT}", f"Texte libre : {SCRIPT} & <b>gras</b>"])
        .encode(), {OK}, "balises et script dans le texte")
    put("docx-nomme.pdf", (out / "ref.docx").read_bytes(), {OK}, "DOCX nommé .pdf")
    put("pdf-nomme.txt", (out / "ref.pdf").read_bytes(), {OK}, "PDF nommé .txt")

    # Odd names.
    odd = ["convention avec espaces.txt", "conventión été àéîõü.txt", "l'\"apostrophe\" « guillemets ».txt",
           "-rf --help.txt", "$(touch pwned);.txt", "x" * 200 + ".txt"]
    for name in odd:
        put(name, convention_text().encode(), {OK}, "nom de fichier inhabituel")
    (out / "dossier.pdf").mkdir(exist_ok=True)
    (out / "dossier.pdf" / "vrai.txt").write_text(convention_text(), encoding="utf-8")
    exp["dossier.pdf/vrai.txt"] = Expect({OK}, "fichier dans un dossier nommé .pdf")
    for a, b in (("boucle-a", "boucle-b"), ("boucle-b", "boucle-a")):
        if not (out / a).is_symlink():
            os.symlink(b, out / a)
    exp["boucle-a"] = Expect({"fichier_introuvable"}, "lien symbolique en boucle")
    exp["boucle-b"] = Expect({"fichier_introuvable"}, "lien symbolique en boucle")
    if not (out / "lien-casse.pdf").is_symlink():
        os.symlink("nulle-part.pdf", out / "lien-casse.pdf")
    exp["lien-casse.pdf"] = Expect({"fichier_introuvable"}, "lien symbolique cassé")

    if big:
        make_long_pdf(out / "pdf-400-pages.pdf", 400)
        exp["pdf-400-pages.pdf"] = Expect({OK}, "400 pages (< 500)")
        big_doc = LINES[:-1] + [f"Paragraphe {i} de l'annexe : l'intervenant social rend compte de son "
                                f"activité au comité de pilotage." for i in range(30_000 - len(LINES))] + LINES[-1:]
        make_docx(out / "docx-30000-paragraphes.docx", big_doc)
        exp["docx-30000-paragraphes.docx"] = Expect({OK}, "30 000 paragraphes")
    return exp

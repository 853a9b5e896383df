"""Write the deliberately bad input files into ``corpus_samples/entrees_invalides/``.

Each file exercises one refusal (or warning) path of the readers: truncated, encrypted or scanned
PDF, empty files, old binary Word, a DOCX posing as a PDF, a zip bomb, hostile XML (entity expansion,
external entity), random bytes, a text that is not a convention, and an awkward file name. The
expected outcome of each is listed in ``sources/bad_inputs.jsonl`` (codes of ``iscg_nlp/errors.py``).

Run: ``.venv/bin/python corpus_samples/make_bad_inputs.py`` (deterministic; rewrites every file).
"""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "entrees_invalides"
FONT = HERE / "fonts" / "DejaVuSans.ttf"
FIXED_DATE = datetime(2024, 1, 15, 10, 0, tzinfo=timezone.utc)
ZIP_DATE = (2024, 1, 15, 10, 0, 0)

# A short convention text, written for these files only (used by the PDFs and the renamed DOCX).
CONVENTION_LINES = [
    "CONVENTION RELATIVE À UN POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT",
    "Entre l'État, représenté par la préfète du département, la commune de Villeneuve-sur-Aubrac,",
    "représentée par son maire, et l'association Relais Social du Causse, représentée par sa présidente.",
    "Article 1 – Objet",
    "La présente convention crée un poste d'intervenant social au commissariat de Villeneuve-sur-Aubrac.",
    "L'intervenant accueille toute personne en difficulté sociale : victimes, mis en cause et personnes",
    "hors du champ pénal, pour toutes les situations rencontrées par les policiers.",
    "Article 2 – Lieu d'exercice et moyens",
    "Le poste s'exerce dans les locaux du commissariat, qui fournit un bureau fermé, un téléphone et",
    "un poste informatique.",
    "Article 3 – Autorités",
    "L'association est l'autorité hiérarchique et technique ; le chef de circonscription exerce",
    "l'autorité fonctionnelle.",
    "Article 4 – Secret professionnel",
    "L'intervenant, travailleur social diplômé d'État, est tenu au secret professionnel.",
    "Article 5 – Durée",
    "La convention est conclue pour trois ans à compter de sa signature.",
    "Fait à Villeneuve-sur-Aubrac, le 4 mars 2022.",
]

NOT_A_CONVENTION = """\
Communauté de communes du Haut-Verdon
Pôle cohésion sociale

Objet : invitation à la réunion de préparation du forum des associations

Madame, Monsieur,

Comme chaque année à la rentrée, la communauté de communes organise le forum des associations du
territoire, qui se tiendra le samedi 14 septembre 2024 de 10 heures à 17 heures à la salle polyvalente
de Saint-Julien-les-Combes. Afin de préparer au mieux cette journée, nous avons le plaisir de vous
convier à une réunion d'organisation le mardi 18 juin 2024 à 18 heures 30, salle du conseil, au siège
de la communauté de communes, 2 place de la Halle.

L'ordre du jour sera le suivant :
- bilan de l'édition précédente et retours des visiteurs ;
- attribution des emplacements et besoins en matériel (tables, grilles d'exposition, branchements) ;
- programme des démonstrations sur le podium et horaires de passage ;
- communication : affiches, programme papier, annonces sur le site internet et dans le bulletin ;
- buvette et restauration, en lien avec le comité des fêtes ;
- questions diverses.

Nous vous remercions de bien vouloir confirmer votre présence, ainsi que le nombre de représentants
de votre association, avant le 10 juin auprès du secrétariat du pôle cohésion sociale, par téléphone
au standard ou par courriel. Si vous ne pouvez pas être présent, vous pouvez nous transmettre vos
souhaits d'emplacement par écrit ; ils seront examinés dans l'ordre d'arrivée.

Les associations qui souhaitent présenter une démonstration (danse, arts martiaux, chant, théâtre)
sont invitées à préciser la durée souhaitée et leurs besoins techniques (sonorisation, espace au sol).
Un parking réservé aux exposants sera ouvert dès 8 heures le jour du forum, et l'installation des
stands devra être terminée à 9 heures 45.

Un verre de l'amitié clôturera la réunion. Nous comptons sur votre participation, qui fait chaque
année la réussite de ce rendez-vous apprécié des familles du territoire.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le vice-président chargé de la vie associative,
Gérard Montbrun-Lasalle
"""

SUMMER_PROGRAMME = """\
Réseau départemental des acteurs sociaux de la Lozère-Sud

« Convention d'été » 2023 : deux journées d'échanges entre professionnels

Les 6 et 7 juillet 2023, au centre de vacances Les Genêts à Florac-la-Vallée

Programme prévisionnel

Jeudi 6 juillet
9 h 30 : accueil des participants, café.
10 h 00 : ouverture par la présidente du réseau, Mme Annick Delbosc-Ferrière.
10 h 30 : table ronde « Aller vers les publics isolés en milieu rural ».
12 h 30 : déjeuner sur place.
14 h 00 : ateliers au choix — accès aux droits et numérique ; mobilité et transport à la demande ;
logement d'urgence en période estivale.
16 h 30 : restitution des ateliers en séance plénière.
19 h 30 : dîner et soirée conviviale.

Vendredi 7 juillet
9 h 00 : conférence « Travailler en réseau : ce que disent les professionnels ».
10 h 45 : visite des structures partenaires de la vallée.
12 h 30 : déjeuner de clôture.

Inscriptions avant le 15 juin auprès du secrétariat du réseau. Participation aux frais : 35 euros
repas compris ; hébergement possible sur place dans la limite des places disponibles.
"""

EXPECTED: list[dict[str, str]] = []


def expect(name: str, **outcome: str) -> Path:
    """Record the expected outcome of one file and return its path."""
    EXPECTED.append({"file": f"entrees_invalides/{name}", **outcome})
    return OUT / name


def convention_pdf(encrypt: bool = False) -> bytes:
    """A small readable convention PDF (optionally protected by a user password)."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    if encrypt:
        pdf.set_encryption(owner_password="proprietaire-2022", user_password="lecture-2022")
    pdf.add_page()
    for line in CONVENTION_LINES:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF whose only page is a picture of text: no text layer at all."""
    width, height = 827, 1169  # A4 at 100 dpi
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 13)
    y = 70
    for line in CONVENTION_LINES:
        draw.text((60, y), line, fill=0, font=font)
        y += 26
    buffer = io.BytesIO()
    image.convert("1").save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.image(buffer, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def docx_bytes(document_xml: str) -> bytes:
    """A minimal but valid DOCX package around the given ``word/document.xml``."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document_xml),
        ):
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraphs_xml(lines: list[str], prolog: str = "") -> str:
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {W_NS}><w:body>{body}</w:body></w:document>'


def blank_docx() -> bytes:
    """A valid DOCX made of empty and whitespace-only paragraphs."""
    body = "<w:p/>" * 6 + "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{space}</w:t></w:r></w:p>' for space in ("   ", "\t", " \u00a0 ")
    )
    return docx_bytes(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>')


def billion_laughs_docx() -> bytes:
    """Entity expansion: ten levels of ten references (1e10 copies if a parser expands them)."""
    entities = ['<!ENTITY lol0 "ha">'] + [
        f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10)
    ]
    prolog = "<!DOCTYPE w:document [" + "".join(entities) + "]>"
    return docx_bytes(paragraphs_xml(["CONVENTION DE PARTENARIAT", "&lol9;"], prolog))


def xxe_docx() -> bytes:
    """External entity pointing at a local file: must never be resolved."""
    prolog = '<!DOCTYPE w:document [<!ENTITY fuite SYSTEM "file:///etc/passwd">]>'
    return docx_bytes(paragraphs_xml(["CONVENTION DE PARTENARIAT", "Annexe : &fuite;"], prolog))


def zip_bomb_docx(real_size: int = 6 * 1024 * 1024, declared: int = 3_500_000_000) -> bytes:
    """A DOCX whose document.xml inflates to a few MB of zeros and declares ~3.5 GB.

    The declared (uncompressed) size is patched in both the local header and the central directory,
    so that a reader checking either the declared sizes or the bytes actually inflated refuses it.
    """
    data = docx_bytes(paragraphs_xml(["CONVENTION"]))
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("word/media/zeros.bin", ZIP_DATE), b"\0" * real_size, zipfile.ZIP_DEFLATED)
    raw = bytearray(buffer.getvalue())
    name = b"word/media/zeros.bin"
    local = 0
    while True:
        local = raw.find(b"PK\x03\x04", local)
        if local < 0:
            raise RuntimeError("local header not found")
        name_len = struct.unpack_from("<H", raw, local + 26)[0]
        if raw[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", raw, local + 22, declared)
            break
        local += 4
    central = 0
    while True:
        central = raw.find(b"PK\x01\x02", central)
        if central < 0:
            raise RuntimeError("central header not found")
        name_len = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", raw, central + 24, declared)
            break
        central += 4
    return bytes(raw)


def renamed_docx() -> bytes:
    """A real, readable DOCX (made with python-docx) — to be saved under a .pdf name."""
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    for line in CONVENTION_LINES:
        if line.startswith("Article"):
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    rng = random.Random(20240115)

    full = convention_pdf()
    expect("convention-tronquee.pdf", error="fichier_corrompu").write_bytes(full[: len(full) * 3 // 5])
    expect("convention-protegee.pdf", error="pdf_chiffre").write_bytes(convention_pdf(encrypt=True))
    expect("convention-scannee.pdf", error="pdf_scanne").write_bytes(scanned_pdf())
    expect("vide.txt", error="fichier_vide").write_bytes(b"")
    expect("convention-blanche.docx", error="fichier_vide").write_bytes(blank_docx())
    old_doc = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(rng.getrandbits(8) for _ in range(4088))
    expect("ancienne-convention.doc", error="doc_ancien").write_bytes(old_doc)
    expect("convention-word-nommee.pdf", warning="extension_trompeuse").write_bytes(renamed_docx())
    expect("bombe.docx", error="archive_bombe").write_bytes(zip_bomb_docx())
    expect("entites-en-cascade.docx", error="xml_dangereux").write_bytes(billion_laughs_docx())
    expect("entite-externe.docx", error="xml_dangereux").write_bytes(xxe_docx())
    expect("octets-aleatoires.odt", error="fichier_corrompu").write_bytes(
        bytes(rng.getrandbits(8) for _ in range(3000))
    )
    junk = bytes(rng.choice([0, 1, 2, 3, 0xFF, 0xFE, 0x7F, 0x80, 0x9B]) for _ in range(2000))
    expect("donnees-binaires.txt", error="texte_binaire").write_bytes(junk)
    expect("invitation-forum-associations.txt", error="pas_une_convention").write_text(
        NOT_A_CONVENTION, encoding="utf-8"
    )
    expect("Convention d'été « test ».txt", error="pas_une_convention").write_text(
        SUMMER_PROGRAMME, encoding="utf-8"
    )

    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in EXPECTED)
    (HERE / "sources" / "bad_inputs.jsonl").write_text(lines, encoding="utf-8")
    for item in EXPECTED:
        size = (HERE / item["file"]).stat().st_size
        print(f"{size:>8}  {item['file']}  -> {item.get('error') or item.get('warning')}")


if __name__ == "__main__":
    main()

"""Every bad input gives its own error code, never a traceback."""

from __future__ import annotations

import os
import zipfile

import pytest

from iscg_nlp.errors import InputError
from iscg_nlp.extract import Limits, read_document
from makers import make_docx, make_encrypted_pdf, make_image_pdf, make_pdf, rezip


def code_of(path, limits=None) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, limits)
    assert info.value.message  # a French sentence, always
    return info.value.code


def test_missing_and_directory(tmp_path):
    assert code_of(tmp_path / "absent.pdf") == "fichier_introuvable"
    assert code_of(tmp_path) == "est_un_dossier"


@pytest.mark.parametrize("content", [b"", b"  \n\t \r\n"])
def test_empty(tmp_path, content):
    p = tmp_path / "vide.txt"
    p.write_bytes(content)
    assert code_of(p) == "fichier_vide"


def test_random_bytes(tmp_path):
    p = tmp_path / "bruit.txt"
    p.write_bytes(os.urandom(4096) + b"\x00")
    assert code_of(p) == "texte_binaire"
    q = tmp_path / "bruit.pdf"
    q.write_bytes(os.urandom(4096))
    assert code_of(q) == "fichier_corrompu"


def test_old_word_doc(tmp_path):
    p = tmp_path / "ancien.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    assert code_of(p) == "doc_ancien"


def test_encrypted_pdf(tmp_path):
    assert code_of(make_encrypted_pdf(tmp_path / "secret.pdf")) == "pdf_chiffre"


def test_truncated_pdf(tmp_path):
    good = make_pdf(tmp_path / "ok.pdf", pages=2).read_bytes()
    p = tmp_path / "tronque.pdf"
    p.write_bytes(good[:400])
    assert code_of(p) in ("fichier_corrompu", "pdf_scanne")
    p.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    assert code_of(p) == "fichier_corrompu"


def test_scanned_pdf_says_how_to_get_ocr(tmp_path):
    from iscg_nlp.extract import ocr

    path = make_image_pdf(tmp_path / "scan.pdf")
    if ocr.available():  # tesseract + fra installed: the pages are read by OCR
        doc = read_document(path)
        assert doc.report.ocr and doc.report.ocr_quality > 0.5
        assert "Convention de partenariat" in doc.text and doc.block_at(0).page == 1
        return
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.code == "pdf_scanne"
    assert "apt-get install tesseract-ocr tesseract-ocr-fra" in info.value.message


def test_page_and_size_limits(tmp_path):
    p = make_pdf(tmp_path / "long.pdf", pages=4, table=False)
    assert code_of(p, Limits(max_pages=3)) == "trop_de_pages"
    assert code_of(p, Limits(max_chars=200)) == "trop_de_caracteres"
    assert code_of(p, Limits(max_file_bytes=100)) == "fichier_trop_gros"


def test_zip_bomb(tmp_path):
    p = tmp_path / "bombe.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/zeros.xml", b"\x00" * (40 * 1024 * 1024))
    assert code_of(p) == "archive_bombe"
    assert code_of(p, Limits(max_inflated_bytes=1024 * 1024, max_compression_ratio=1e9)) == "archive_bombe"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, XXE.decode().encode("utf-16")])
def test_dangerous_xml(tmp_path, payload):
    src = make_docx(tmp_path / "base.docx")
    p = rezip(src, tmp_path / "xxe.docx", {"word/document.xml": payload})
    assert code_of(p) == "xml_dangereux"


def test_dangerous_xml_in_unread_part(tmp_path):
    src = make_docx(tmp_path / "base.docx")
    p = rezip(src, tmp_path / "xxe2.docx", {"docProps/app.xml": XXE})
    assert code_of(p) == "xml_dangereux"


def test_broken_docx_and_other_zip(tmp_path):
    src = make_docx(tmp_path / "base.docx")
    p = rezip(src, tmp_path / "casse.docx", {"word/document.xml": b"<w:document><w:body>"})
    assert code_of(p) == "fichier_corrompu"
    z = tmp_path / "autre.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "bonjour")
    assert code_of(z) == "format_inconnu"
    t = tmp_path / "tronque.docx"
    t.write_bytes(src.read_bytes()[:3000])
    assert code_of(t) == "fichier_corrompu"


def test_rtf_refused(tmp_path):
    p = tmp_path / "c.rtf"
    p.write_bytes(b"{\\rtf1\\ansi Convention}")
    assert code_of(p) == "format_inconnu"

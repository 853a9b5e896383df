"""Shared fixtures: a rules directory (the real rules, plus stand-ins for rule files still being
written), and real DOCX drafts built with python-docx."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
FALLBACK = Path(__file__).parent / "fixtures" / "fallback_rules"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="session")
def rules_dir(tmp_path_factory) -> Path:
    """``rules/`` as it is; an indicator whose file is not written yet gets a tests-only stand-in."""
    d = tmp_path_factory.mktemp("rules")
    for p in (ROOT / "rules").glob("*.yaml"):
        shutil.copy(p, d / p.name)
    for p in FALLBACK.glob("*.yaml"):
        if not (d / p.name).exists():
            shutil.copy(p, d / p.name)
    return d


def _runs(paragraph, pieces):
    """pieces: list of (text, style) with style in {"", "b", "i", "bi"}."""
    for text, style in pieces:
        r = paragraph.add_run(text)
        r.bold = "b" in style or None
        r.italic = "i" in style or None
        if "s" in style:
            r.font.size = Pt(13)
    return paragraph


def _tracked(paragraph, before: str, inserted: str, deleted: str, after: str) -> None:
    """A paragraph with a tracked insertion and a tracked deletion (as Word writes them)."""
    p = paragraph._p
    paragraph.add_run(before)
    ins = etree.SubElement(p, qn("w:ins"), {qn("w:id"): "901", qn("w:author"): "Préfecture",
                                           qn("w:date"): "2024-03-01T10:00:00Z"})
    r = etree.SubElement(ins, qn("w:r"))
    t = etree.SubElement(r, qn("w:t"))
    t.text = inserted
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    dl = etree.SubElement(p, qn("w:del"), {qn("w:id"): "902", qn("w:author"): "Préfecture",
                                          qn("w:date"): "2024-03-01T10:00:00Z"})
    r = etree.SubElement(dl, qn("w:r"))
    dt = etree.SubElement(r, qn("w:delText"))
    dt.text = deleted
    dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r2 = etree.SubElement(p, qn("w:r"))
    t2 = etree.SubElement(r2, qn("w:t"))
    t2.text = after
    t2.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def build_draft(path: Path, *, script: bool = False) -> Path:
    d = docx.Document()
    d.add_paragraph("CONVENTION DE PARTENARIAT RELATIVE AU POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT "
                    "ET GENDARMERIE DE LA MAYENNE")
    d.add_paragraph("Entre l'État, représenté par le préfet de la Mayenne,")
    d.add_paragraph("Le conseil départemental de la Mayenne, représenté par son président,")
    d.add_paragraph("Et l'association Accueil et Solidarité, employeur de l'intervenant social,")
    d.add_paragraph("Il est convenu ce qui suit :")
    d.add_paragraph("Article 1 – Objet")
    _runs(d.add_paragraph(), [("La présente convention crée un poste d'intervenant social au sein de la "
                               "brigade de gendarmerie de Laval. ", ""),
                              ("L'intervenant social accueille ", ""), ("exclusivement", "b"),
                              (" les victimes de violences.", "")])
    d.add_paragraph("Article 2 – Positionnement")
    _runs(d.add_paragraph(), [("L'intervenant social est placé ", ""),
                              ("sous l'autorité hiérarchique", "i"),
                              (" du commandant de brigade, qui fixe ses horaires.", "")])
    d.add_paragraph("Article 3 – Déontologie")
    _runs(d.add_paragraph(), [("Les échanges entre les militaires et l'intervenant social se font ", ""),
                              ("sous réserve d'une stricte application des ", "b"),
                              ("règles du secret ", "bi"), ("partagé.", "s")])
    _tracked(d.add_paragraph(), "Toute situation de risque pour un enfant donne lieu ",
             "à une saisine systématique de la CRIP", " à une information", ".")
    if script:
        d.add_paragraph("Note interne : <script>alert('x')</script> à supprimer.")
    d.add_paragraph("Article 4 – Financement")
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Financeur", "Montant annuel"), ("État (FIPD)", "15 000 €"),
                                ("Conseil départemental", "10 000 €")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_paragraph("Le coût total du poste est estimé à 45 000 € par an pour un équivalent temps plein.")
    d.add_paragraph("Article 5 – Durée")
    d.add_paragraph("La présente convention est conclue pour une durée de trois ans.")
    d.add_paragraph("Fait à Laval, le 12 mars 2024")
    d.add_paragraph("Le préfet de la Mayenne                Le président du conseil départemental")
    d.save(str(path))
    return path


@pytest.fixture(scope="session")
def draft(tmp_path_factory) -> Path:
    return build_draft(tmp_path_factory.mktemp("draft") / "projet-mayenne.docx", script=True)


@pytest.fixture(scope="session")
def checked(draft, rules_dir, tmp_path_factory):
    """The draft checked once through the real pipeline (spaCy loaded once for the session)."""
    from iscg_nlp.check import check_file

    out = tmp_path_factory.mktemp("out")
    result, analysis = check_file(draft, out, rules_dir=rules_dir)
    return result, analysis

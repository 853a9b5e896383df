"""The HTML report holds every table with its charts and needs no network; the XLSX reads back."""

from __future__ import annotations

import base64
import re

import pytest
from openpyxl import load_workbook

from iscg_nlp.stats.records import records_from_lines
from iscg_nlp.stats.render import render_html, write_xlsx
from iscg_nlp.stats.report import build_report

from .conftest import gold_as_lines


@pytest.fixture(scope="module")
def report(sample_texts):
    lines = gold_as_lines()
    return build_report(records_from_lines(lines, sample_texts), since=2020)


def test_html_has_every_table_and_its_images(report):
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    for t in report.all_tables():
        assert f'id="t-{t.key}"' in html, t.key
        assert t.title.replace("'", "&#x27;") in html
    imgs = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(imgs) == sum(len(t.charts) for t in report.all_tables()) >= 20
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in imgs)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)  # self-contained: nothing fetched
    assert "@media print" in html
    for title in ("Avis ANISCG", "Proximité avec la convention-type", "Financement et coût des postes",
                  "Procureur de la République signataire", "Des conventions différentes au sein d'un même département",
                  "Des conventions qui circulent et se dupliquent"):
        assert title.replace("'", "&#x27;") in html
    assert "suggestions de l&#x27;outil non revues" in html


def test_report_tables_match_gold_counts(report):
    t = next(t for t in report.all_tables() if t.key == "avis")
    lines = gold_as_lines()
    expected = sum(1 for line in lines if line["avis"]["value"] == "reserve")
    assert {r[0]: r[1].n for r in t.rows}["Avis réservé"] == expected
    dep = next(t for t in report.all_tables() if t.key == "departements")
    # samples from the same département (Jura, Somme, Orne, Tarn) show up with their differences
    assert {"Jura", "Somme", "Orne", "Tarn"} <= {r[0] for r in dep.rows}
    since = next(t for t in report.all_tables() if t.key == "proximite_depuis")
    recent = [x for x in lines if (x["indicators"]["annee_signature"]["value"] or 0) >= 2020]
    assert sum(r[1].n for r in since.rows) == len(recent)


def test_xlsx_one_sheet_per_table(report, tmp_path):
    path = tmp_path / "stats.xlsx"
    names = write_xlsx(report, path)
    wb = load_workbook(path)
    assert wb.sheetnames == names
    assert len(names) == len(report.all_tables()) + 1  # plus the summary sheet
    ws = wb["public"]
    assert ws["A1"].value == "Public visé"
    assert [c.value for c in ws[2]] == ["Valeur", "Conventions", "Conventions (%)"]
    t = next(t for t in report.all_tables() if t.key == "public")
    assert ws.cell(3, 2).value == t.rows[0][1].n and ws.cell(3, 3).value == t.rows[0][1].pct
    assert all(len(n) <= 31 for n in names)

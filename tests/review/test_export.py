"""Exports read back with the csv module and openpyxl, as a spreadsheet user would see them."""

import csv
import io
import json

import openpyxl
import pytest

from iscg_nlp.export import export
from iscg_nlp.store import ReviewStore, StoreError


@pytest.fixture
def reviewed(store_path, ids):
    a = ids["a"]
    with ReviewStore(store_path) as s:
        s.decide(a, "public", "tous_publics", "Marie", "=HYPERLIEN(\"x\") le public est général")
        s.decide(a, "cout_poste", {"montant": 52000, "etp": 0.5}, "Marie")
        for key in s.pending(a):
            s.decide(a, key, s.suggestions(a)[key].value, "Marie")
        number = s.validate(a, "Marie", year=2024)
    return store_path, number


def test_csv_is_french_excel_ready(reviewed, tmp_path):
    path, number = reviewed
    out = tmp_path / "export.csv"
    assert export(path, "csv", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, by_file = rows[0], {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert "Public visé" in header and "Public visé — source" in header and "N° d'enregistrement" in header
    a = by_file["laval-2021.pdf"]
    assert a["Public visé"] == "Tous publics" and a["Public visé — source"] == "relecteur"
    assert a["Statut"] == "Validée" and a["N° d'enregistrement"] == number == "ISCG-2024-0001"
    assert a["Validée par"] == "Marie" and a["Validée le"]
    assert a["Coût évalué du poste (€ par an)"] == "52000" and a["Coût évalué du poste (ETP)"] == "0,5"
    assert a["Avis ANISCG"] == "Conforme avec réserve"
    b = by_file["mende-2019.docx"]
    assert b["Exercice EN commissariat / unité de gendarmerie"] == "Partiellement"
    assert b["Exercice EN commissariat / unité de gendarmerie — source"] == "outil"
    assert b["Statut"] == "À revoir" and b["N° d'enregistrement"] == ""
    assert b["Type d'employeur"] == "Conseil départemental"


def test_xlsx_has_conventions_evidence_and_decisions(reviewed, tmp_path):
    path, number = reviewed
    out = tmp_path / "export.xlsx"
    export(path, "xlsx", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Conventions", "Passages", "Décisions"]
    conv = list(wb["Conventions"].values)
    header = conv[0]
    a = dict(zip(header, next(r for r in conv[1:] if r[0] == "laval-2021.pdf")))
    assert a["N° d'enregistrement"] == number and a["Année de signature"] == 2021
    assert a["Coût évalué du poste (ETP)"] == 0.5
    passages = list(wb["Passages"].values)
    assert ("laval-2021.pdf", "Public visé", "Victimes exclusivement", "reçoit les victimes de violences") \
        in [r[:4] for r in passages]
    decisions = list(wb["Décisions"].values)
    comment = next(r[4] for r in decisions if r[1] == "Public visé")
    assert comment.startswith("=HYPERLIEN")  # kept as text
    cell = next(c for row in wb["Décisions"].iter_rows() for c in row if c.value == comment)
    assert cell.data_type == "s"


def test_jsonl_keeps_codes_and_labels(reviewed, tmp_path):
    path, _ = reviewed
    buf = io.BytesIO()
    export(path, "jsonl", buf)
    lines = [json.loads(x) for x in buf.getvalue().decode("utf-8").splitlines()]
    a = next(x for x in lines if x["fichier"] == "laval-2021.pdf")
    assert a["indicateurs"]["public"] == {"valeur": "tous_publics", "libelle": "Tous publics", "source": "relecteur",
                                          "relecteur": "Marie", "commentaire": "=HYPERLIEN(\"x\") le public est général",
                                          "decide_le": a["indicateurs"]["public"]["decide_le"]}
    assert a["statut"] == "validee"


def test_csv_cells_never_start_a_formula(reviewed, tmp_path):
    path, _ = reviewed
    with ReviewStore(path) as s:
        run = s.start_run("test", "regles-1", "modele-1")
        s.record_analysis(run, {"file": "=cmd.pdf", "sha256": "c" * 64, "indicators": {}})
    out = tmp_path / "e.csv"
    export(path, "csv", out)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert any(r[0] == "'=cmd.pdf" for r in rows)


def test_bad_format_and_missing_store_are_said_in_french(tmp_path, store_path):
    with pytest.raises(StoreError, match="Format d'export inconnu"):
        export(store_path, "pdf", tmp_path / "x")
    with pytest.raises(StoreError, match="n'existe pas"):
        export(tmp_path / "absente.sqlite", "csv", tmp_path / "x.csv")

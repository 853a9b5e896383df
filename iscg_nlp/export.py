"""`iscg export`: the review store as a table, one row per convention, ready for a spreadsheet.

Each indicator gives two columns: its value (French label of the codebook) and who stands behind it
(« outil » when no person has decided yet, « relecteur » otherwise). CSV is UTF-8 with BOM and `;`
so that French Excel opens it as is; XLSX adds a sheet of evidence passages and one of decisions.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any

from .store import STATUSES, ReviewStore, StoreError
from .web.review import REVIEW_KEYS, display, locate, review_label

FORMATS = ("csv", "xlsx", "jsonl")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _columns() -> list[str]:
    cols = ["Fichier", "Statut", "N° d'enregistrement", "Validée par", "Validée le"]
    for key in REVIEW_KEYS:
        label = review_label(key)
        if key == "cout_poste":
            cols += [f"{label} (€ par an)", f"{label} (ETP)"]
        else:
            cols.append(label)
        cols.append(f"{label} — source")
    return cols


def _cells(key: str, value: Any) -> list[Any]:
    if key == "cout_poste":
        value = value if isinstance(value, dict) else {}
        return [value.get("montant"), value.get("etp")]
    if key == "annee_signature":
        return [value]
    return [display(key, value) if value is not None else ""]


def rows(store: ReviewStore) -> list[dict]:
    """Everything an export needs about each convention (the JSON lines export is exactly this)."""
    out = []
    for doc in store.documents(with_text=False):
        effective = store.effective(doc["id"])
        decisions = store.current_decisions(doc["id"])
        indicators = {}
        for key in REVIEW_KEYS:
            if key not in effective:
                continue
            value, source = effective[key]
            item = {"valeur": value, "libelle": display(key, value), "source": source}
            if key in decisions:
                d = decisions[key]
                item.update({"relecteur": d.reviewer, "commentaire": d.comment, "decide_le": d.decided_at})
            indicators[key] = item
        out.append({"id": doc["id"], "fichier": doc["file_name"], "sha256": doc["sha256"],
                    "statut": doc["status"], "statut_libelle": STATUSES[doc["status"]],
                    "enregistrement": doc["registration"], "valide_par": doc["validated_by"],
                    "valide_le": doc["validated_at"], "indicateurs": indicators})
    return out


def _table(data: list[dict]) -> list[list[Any]]:
    table = [_columns()]
    for r in data:
        row = [r["fichier"], r["statut_libelle"], r["enregistrement"] or "", r["valide_par"] or "",
               r["valide_le"] or ""]
        for key in REVIEW_KEYS:
            item = r["indicateurs"].get(key)
            row += _cells(key, item["valeur"] if item else None)
            row.append(item["source"] if item else "")
        table.append(row)
    return table


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}".replace(".", ",")
    text = str(v)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write_csv(table: list[list[Any]], out: IO[bytes]) -> None:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in table:
        writer.writerow([_csv_cell(v) for v in row])
    out.write(buf.getvalue().encode("utf-8-sig"))


def _write_jsonl(data: list[dict], out: IO[bytes]) -> None:
    for r in data:
        out.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))


def _sheet(ws, table: list[list[Any]], widths: dict[int, int] | None = None) -> None:
    from openpyxl.styles import Alignment, Font

    for r, row in enumerate(table, start=1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # a passage starting with « = » is text, never a formula
            if r == 1:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    from openpyxl.utils import get_column_letter

    for c in range(1, len(table[0]) + 1):
        ws.column_dimensions[get_column_letter(c)].width = (widths or {}).get(c, 18)


def _write_xlsx(store: ReviewStore, data: list[dict], table: list[list[Any]], out: IO[bytes]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Conventions"
    _sheet(ws, table, {1: 34})

    evidence = [["Fichier", "Indicateur", "Valeur proposée", "Passage", "Page", "Article", "Règle",
                 "Début", "Fin"]]
    history = [["Fichier", "Indicateur", "Valeur décidée", "Relecteur", "Commentaire", "Date"]]
    names = {r["id"]: r["fichier"] for r in data}
    for r in data:
        doc = store.document(r["id"]) or {}
        text = doc.get("text") or ""
        for key, s in store.suggestions(r["id"]).items():
            for p in locate(text, s.evidence):
                evidence.append([r["fichier"], review_label(key), display(key, s.value), p.text, p.page,
                                 p.article, p.rule, p.start, p.end])
    for d in store.history():
        history.append([names.get(d.document_id, str(d.document_id)), review_label(d.indicator),
                        display(d.indicator, d.value), d.reviewer, d.comment or "", d.decided_at])
    _sheet(wb.create_sheet("Passages"), evidence, {1: 34, 2: 28, 3: 20, 4: 80})
    _sheet(wb.create_sheet("Décisions"), history, {1: 34, 2: 28, 3: 20, 5: 50})
    wb.save(out)


def export(store_path: str | Path, fmt: str, out: str | Path | IO[bytes]) -> int:
    """Write the export of the store to a path or a binary file object; return the number of conventions."""
    if fmt not in FORMATS:
        raise StoreError(f"Format d'export inconnu : « {fmt} » (csv, xlsx ou jsonl).")
    if not Path(store_path).is_file():
        raise StoreError(f"La base de relecture « {store_path} » n'existe pas : lancez d'abord "
                         "« iscg analyze … --store BASE ».")
    store = ReviewStore(store_path)
    try:
        data = rows(store)
        sink: IO[bytes]
        own = not hasattr(out, "write")
        sink = open(out, "wb") if own else out  # type: ignore[arg-type]
        try:
            if fmt == "csv":
                _write_csv(_table(data), sink)
            elif fmt == "jsonl":
                _write_jsonl(data, sink)
            else:
                _write_xlsx(store, data, _table(data), sink)
        finally:
            if own:
                sink.close()
        return len(data)
    finally:
        store.close()


def run_export(args) -> int:
    """CLI: `iscg export --store DB --format csv|xlsx|jsonl -o FICHIER`."""
    import sys

    from .store import DEFAULT_STORE

    fmt = getattr(args, "format", None) or "xlsx"
    out = getattr(args, "output", None) or f"export-relecture.{fmt}"
    n = export(getattr(args, "store", None) or DEFAULT_STORE, fmt, out)
    sys.stderr.write(f"{n} convention(s) exportée(s) dans « {out} ».\n")
    return 0

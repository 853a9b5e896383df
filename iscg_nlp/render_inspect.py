"""Terminal view of `iscg inspect`: what the reader and the segmenter found, for a person to check."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .types import Document


def render_inspect(data: dict, doc: Document, console: Console) -> None:
    rep = data.get("extraction", {})
    console.print(f"[bold]{doc.path}[/] — format {rep.get('format', '?')}"
                  + (f", {rep['pages']} page(s)" if rep.get("pages") else "")
                  + (f", encodage {rep['encoding']}" if rep.get("encoding") else "")
                  + f", {len(doc.text.split())} mots")
    table = Table(title="Articles", expand=True)
    table.add_column("N°", justify="right", no_wrap=True)
    table.add_column("Titre")
    table.add_column("Position", no_wrap=True)
    for a in data.get("articles", []):
        table.add_row(str(a.get("number") or "—"), a.get("title") or "", f"{a['start']}–{a['end']}")
    console.print(table)
    for key, title in (("parties", "Parties"), ("signatories", "Signataires")):
        items = data.get(key) or []
        console.print(f"[bold]{title}[/] : " + ("; ".join(
            f"{p.get('role')} ({' '.join(str(p.get('name') or p.get('text') or '').split())[:80]})" for p in items)
            or "aucun repéré"))
    dates = data.get("signature_dates") or []
    console.print("[bold]Dates de signature[/] : " + (", ".join(d.get("text", "") for d in dates) or "aucune"))
    if data.get("signature_place"):
        console.print(f"[bold]Lieu de signature[/] : {data['signature_place']}")
    console.print("[bold]Rapport d'extraction[/]")
    for item in rep.get("items", []):
        console.print(f"  - {item.get('message')}" + (f" (×{item['count']})" if item.get("count", 1) > 1 else ""))
    if rep.get("removed"):
        console.print(f"  - Lignes retirées (en-têtes, pieds de page, numéros) : {len(rep['removed'])}")
    if rep.get("tracked_changes"):
        tc = rep["tracked_changes"]
        console.print(f"  - Modifications suivies : {tc.get('insertions', 0)} insertion(s), "
                      f"{tc.get('deletions', 0)} suppression(s) — version analysée : {rep.get('version_analysed')}")
    if rep.get("pages_without_text"):
        console.print(f"  - Pages sans texte : {rep['pages_without_text']}")
    if rep.get("garbled_ratio"):
        console.print(f"  - Part de texte qui semble illisible : {rep['garbled_ratio']:.1%}")
    for w in rep.get("warnings", []):
        console.print(f"  [yellow]- {w}[/]")

"""Terminal rendering of `iscg analyze --format table`: French labels, evidence quoted, never a traceback.

Works from the JSON lines only (the same objects as --format jsonl), so what a person reads and what a
script reads can never disagree.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .labels import avis_label, indicator_label, value_label

AVIS_STYLE = {"conforme": "green", "conforme_avec_reserve": "yellow", "reserve": "red"}
CRITERIA_LABELS = {
    "lieu_exercice": "exercice EN commissariat/unité", "public": "public", "qualification": "qualification",
    "autorites": "autorités", "deontologie": "déontologie",
}


def _value_text(key: str, ind: dict) -> str:
    value = ind.get("value")
    if key == "annee_signature":
        return str(value) if value else "—"
    if key == "cout_poste":
        v = value or {}
        montant = v.get("montant")
        etp = v.get("etp")
        if montant is None:
            return "non précisé"
        s = f"{montant:,.0f} €".replace(",", "\u202f")
        return s + (f" pour {etp:g} ETP".replace(".", ",") if etp else "")
    label = value_label(key, value)
    if key == "proximite_modele" and "score" in ind:
        label += f" ({ind['score']:.2f})"
    return label


def _quote(ind: dict, width: int = 110) -> str:
    ev = ind.get("evidence") or []
    if ev:
        e = ev[0]
        where = ", ".join(x for x in [e.get("article") or "", f"p. {e['page']}" if e.get("page") else ""] if x)
        text = " ".join(str(e.get("text", "")).split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        return f"« {text} »" + (f" ({where})" if where else "")
    return ind.get("explanation") or ""


def render_document(line: dict, console: Console) -> None:
    avis = line.get("avis") or {}
    title = Text(line["file"], style="bold")
    console.print(title)
    value = avis.get("value", "")
    crit = ", ".join(CRITERIA_LABELS.get(c, c) for c in avis.get("criteres_non_respectes", []))
    console.print(Text.assemble("Avis : ", (avis_label(value), f"bold {AVIS_STYLE.get(value, '')}"),
                                (f" — critère(s) non respecté(s) : {crit}" if crit else "")))
    console.print(f"Employeur : {value_label('type_employeur', line.get('type_employeur'))} · "
                  f"Poste : {value_label('type_poste', line.get('type_poste'))}")
    for w in line.get("warnings", []):
        console.print(Text(f"Attention : {w}", style="yellow"))
    for key, ind in line.get("indicators", {}).items():
        conf = ind.get("confidence")
        head = Text.assemble((indicator_label(key) + " : ", "bold"), (_value_text(key, ind), "cyan"),
                             (f"  (confiance {conf:.0%})" if isinstance(conf, (int, float)) else "", "dim"))
        console.print(head)
        quote = _quote(ind, width=300)
        if quote:
            console.print(Text("    " + quote, style="dim" if not ind.get("evidence") else ""))
    if line.get("second_opinion"):
        from .learn.render import render_second_opinion

        render_second_opinion(line, console)
    console.print()


def render_results(lines: list[dict], console: Console) -> None:
    if len(lines) == 1 and "error" not in lines[0]:
        render_document(lines[0], console)
        return
    table = Table(title="Conventions analysées", expand=True)
    table.add_column("Fichier", overflow="fold")
    table.add_column("Avis", no_wrap=True)
    table.add_column("Critères non respectés / erreur")
    table.add_column("Public")
    table.add_column("Déontologie")
    table.add_column("Autorités")
    table.add_column("Année", justify="right")
    for line in lines:
        if "error" in line:
            table.add_row(line["file"], Text("erreur", style="red"), Text(line["error"], style="red"), "", "", "", "")
            continue
        inds = line["indicators"]
        avis = line.get("avis") or {}
        table.add_row(
            line["file"],
            Text(avis_label(avis.get("value")), style=AVIS_STYLE.get(avis.get("value"), "")),
            ", ".join(CRITERIA_LABELS.get(c, c) for c in avis.get("criteres_non_respectes", [])) or "—",
            _value_text("public", inds["public"]), _value_text("deontologie", inds["deontologie"]),
            _value_text("autorites", inds["autorites"]), _value_text("annee_signature", inds["annee_signature"]),
        )
    console.print(table)


def render_summary(summary: dict, console: Console) -> None:
    parts = [f"{summary['fichiers']} fichier(s)", f"{summary['codes']} codé(s)"]
    n_err = sum(summary["erreurs"].values())
    if n_err:
        detail = ", ".join(f"{k} : {v}" for k, v in sorted(summary["erreurs"].items()))
        parts.append(f"{n_err} en erreur ({detail})")
    if summary.get("depuis_cache"):
        parts.append(f"{summary['depuis_cache']} repris du cache")
    if summary.get("ignores"):
        parts.append(f"{summary['ignores']} fichier(s) ignoré(s) (format non documentaire)")
    parts.append(f"{summary['secondes']:.1f} s")
    console.print("Bilan : " + " · ".join(parts))

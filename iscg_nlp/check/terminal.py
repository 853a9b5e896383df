"""Terminal summary of a pre-check (rich, French): the avis, the criteria not met, every
observation by article, and where the files were written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iscg_nlp.check.config import SEVERITY_LABELS
from iscg_nlp.labels import avis_label

if TYPE_CHECKING:
    from iscg_nlp.pipeline import Analysis

_AVIS_STYLE = {"conforme": "bold green", "conforme_avec_reserve": "bold yellow", "reserve": "bold red"}
_SEV_STYLE = {"bloquant": "bold red", "a_corriger": "yellow", "a_noter": "cyan"}


def print_summary(console: Any, analysis: "Analysis", result: Any) -> None:
    from rich.text import Text

    avis = analysis.coding.avis
    if avis is not None:
        console.print(Text.assemble(("Avis : ", "bold"), (avis_label(avis.value), _AVIS_STYLE.get(avis.value, "bold"))))
        for c in avis.criteres_non_respectes:
            console.print(Text("  ✗ " + avis.details.get(c, c), style="red"))
    obs = result.observations
    console.print(Text(f"\n{len(obs)} observation(s)", style="bold"))
    current = object()
    for o in obs:
        where = o.article or "Hors articles (titre, préambule, signatures)"
        if where != current:
            console.print(Text(f"\n{where}", style="bold underline"))
            current = where
        line = Text(f"  {o.number}. ")
        line.append(f"[{SEVERITY_LABELS[o.severity]}] ", style=_SEV_STYLE[o.severity])
        line.append(o.title, style="bold")
        console.print(line)
        quote = o.quote if len(o.quote) <= 160 else o.quote[:157] + "…"
        console.print(Text(("     « " if o.on_passage else "     (clause absente) « ") + quote + " »", style="italic"))
        console.print(Text("     " + o.full_problem))
        if o.suggestion:
            console.print(Text("     Proposition : " + o.suggestion, style="dim"))
    console.print()
    console.print(f"Rapport : {result.report_path}")
    console.print(f"Document Word : {result.docx_path}")
    if result.unplaced:
        console.print(Text("Observation(s) sans commentaire dans le document Word (passage non retrouvé) : "
                           + ", ".join(map(str, result.unplaced)) + " — voir le rapport.", style="yellow"))

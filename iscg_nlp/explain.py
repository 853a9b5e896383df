"""`iscg explain FILE INDICATOR`: every finding for one indicator, fired or blocked, and the decision.

This is how a reviewer or a rule writer sees why a value was proposed: each rule that matched, the words
it matched, the qualifiers found around them (negation, restriction, condition…) and what they did.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .errors import IscgError
from .labels import indicator_label, value_label
from .pipeline import DESCRIPTIVE_KEYS, INDICATOR_KEYS, analyze_path


def explain(path: str, indicator: str, *, rules_dir=None, model_path=None, console: Console) -> int:
    if indicator not in INDICATOR_KEYS + DESCRIPTIVE_KEYS:
        raise IscgError(f"Indicateur inconnu « {indicator} ». Indicateurs possibles : "
                        + ", ".join(INDICATOR_KEYS + DESCRIPTIVE_KEYS))
    analysis = analyze_path(path, rules_dir=rules_dir, model_path=model_path)
    coding = analysis.coding
    ind = coding.indicators.get(indicator) or coding.descriptive.get(indicator)
    console.print(Text(f"{indicator_label(indicator)} — {path}", style="bold"))
    if ind is not None:
        console.print(f"Valeur proposée : [bold]{value_label(indicator, ind.value)}[/] "
                      f"(confiance {ind.confidence:.0%})")
        if ind.explanation:
            console.print(f"Explication : {ind.explanation}")
        for e in ind.evidence:
            where = ", ".join(x for x in [e.article or "", f"p. {e.page}" if e.page else "",
                                          f"car. {e.start}–{e.end}"] if x)
            console.print(f"  ✔ [{e.rule}] « {' '.join(e.text.split())} » ({where})")
        for lost in ind.lost:
            console.print(f"  ✘ [{lost.finding.rule_id}] {lost.why}")
    findings = [f for f in analysis.findings if f.indicator == indicator]
    if not findings:
        console.print("Aucune règle n'a trouvé de passage pour cet indicateur "
                      "(la valeur repose alors sur l'absence, voir l'explication).")
        return 0
    table = Table(title="Toutes les règles qui ont trouvé un passage", expand=True)
    for col in ("Règle", "Vote", "Statut", "Mots repérés", "Qualificatifs", "Passage"):
        table.add_column(col)
    for f in sorted(findings, key=lambda f: f.start):
        quals = "; ".join(f"{q.kind} « {q.cue} »" for q in f.qualifiers) or "—"
        status = Text("retenue", style="green") if f.status == "fired" else Text(f"bloquée : {f.reason}", style="red")
        table.add_row(f.rule_id, str(f.value), status, f.cue, quals,
                      " ".join(f.text.split())[:200] + (f" ({f.article})" if f.article else ""))
    console.print(table)
    return 0

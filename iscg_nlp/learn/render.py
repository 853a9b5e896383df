"""French terminal rendering (rich) of `iscg learn`, `iscg rules-report` and of the second opinion."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from ..labels import indicator_label, value_label
from .signing import models_dir
from .train import MIN_CLASSES, MIN_EXAMPLES, MIN_PER_CLASS, THRESHOLD, LearnResult


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.0%}"


def _val(indicator: str, v: Any) -> str:
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            pass
    return value_label(indicator, v)


def render_learn(results: list[LearnResult], store_path, console: Console) -> None:
    table = Table(title="Modèles appris des décisions des relecteurs")
    for col in ("Indicateur", "Conventions", "Exactitude (validation croisée)", "Règles", "Statut"):
        table.add_column(col, justify="left" if col in ("Indicateur", "Statut") else "right")
    status = {"entraine": "[green]appris[/]", "inchange": "inchangé (mêmes décisions)", "refuse": "[yellow]refusé[/]"}
    for r in results:
        table.add_row(indicator_label(r.indicator), str(r.n), _pct(r.cv_accuracy), _pct(r.rules_accuracy),
                      status.get(r.status, r.status))
    console.print(table)
    for r in results:
        console.print(f"- {indicator_label(r.indicator)} : {r.message}")
    if not results:
        console.print("Aucune décision de relecteur dans la base : rien à apprendre.")
    console.print(f"Minimum pour apprendre : {MIN_EXAMPLES} conventions décidées et au moins {MIN_CLASSES} valeurs "
                  f"décidées {MIN_PER_CLASS} fois chacune. Second avis affiché quand le modèle contredit les "
                  f"règles avec une probabilité d'au moins {THRESHOLD:.0%}. Modèles : {models_dir(store_path)}")


def render_rules_report(report: dict[str, Any], console: Console) -> None:
    console.print(f"[bold]Ce que les relectures disent des règles[/] — {report['decisions']} décision(s) sur "
                  f"{report['conventions']} convention(s).")
    table = Table(title="Accord entre l'outil et les relecteurs")
    for col in ("Indicateur", "N", "Accord", "Kappa de Cohen", "Corrections les plus fréquentes"):
        table.add_column(col, justify="right" if col in ("N", "Accord", "Kappa de Cohen") else "left")
    for key, s in report["indicateurs"].items():
        fixes = " ; ".join(f"{_val(key, json.dumps(c['outil']))} → {_val(key, json.dumps(c['relecteurs']))} ({c['n']})"
                           for c in s["corrections"][:3])
        table.add_row(indicator_label(key), str(s["n"]), _pct(s["accord"]),
                      "—" if s["kappa"] is None else f"{s['kappa']:.2f}", fixes)
    console.print(table)

    if report["entre_relecteurs"]:
        table = Table(title="Accord entre relecteurs (conventions relues par deux personnes)")
        for col in ("Indicateur", "N", "Accord", "Kappa de Cohen"):
            table.add_column(col, justify="left" if col == "Indicateur" else "right")
        for key, s in report["entre_relecteurs"].items():
            table.add_row(indicator_label(key), str(s["n"]), _pct(s["accord"]),
                          "—" if s["kappa"] is None else f"{s['kappa']:.2f}")
        console.print(table)
    else:
        console.print("Aucune convention relue par deux personnes : pas d'accord entre relecteurs à mesurer.")

    table = Table(title="Règles : valeur votée confirmée ou corrigée")
    for col in ("Règle", "Confirmée", "Corrigée", "Taux de confirmation", "Corrigée en"):
        table.add_column(col, justify="left" if col in ("Règle", "Corrigée en") else "right",
                         no_wrap=col == "Règle")  # a rule id must stay whole: people search for it
    for r in report["regles"]:
        style = "red" if r["corrigees"] and (r["taux_confirmation"] or 0) < 0.5 else ""
        to = ", ".join(f"{value_label(r['indicateur'], v)} ({n})" for v, n in r["corrigees_vers"].items())
        table.add_row(f"[{style}]{r['regle']}[/]" if style else r["regle"], str(r["confirmees"]),
                      str(r["corrigees"]), _pct(r["taux_confirmation"]), to)
    console.print(table)

    if report["expressions"]:
        console.print("\n[bold]Expressions fréquentes dans les passages corrigés[/] (et rares dans les passages "
                      "confirmés) — pistes de motifs pour les règles :")
        for key, phrases in report["expressions"].items():
            if not phrases:
                continue
            console.print(f"- {indicator_label(key)} :")
            for p in phrases:
                vals = ", ".join(f"{_val(key, v)} ({n})" for v, n in p["valeurs_relecteurs"].items())
                console.print(f"    « {p['expression']} » — {p['passages_corriges']} passage(s) corrigé(s), "
                              f"{p['passages_confirmes']} confirmé(s) ; décidé : {vals}")
    for key, n in report.get("corrections_sans_passage", {}).items():
        console.print(f"{indicator_label(key)} : {n} correction(s) d'une valeur fondée sur une absence "
                      "(aucun passage cité) — une règle a peut-être manqué une formulation.")


def second_opinion_rows(line: dict) -> list[dict[str, Any]]:
    """The second opinion of a JSON line, in French, ready for a template (review page) or a table."""
    rows = []
    for key, so in (line.get("second_opinion") or {}).items():
        rows.append({
            "indicateur": key,
            "libelle": indicator_label(key),
            "valeur_regles": value_label(key, so.get("valeur_regles")),
            "valeur_modele": value_label(key, so.get("value")),
            "probabilite": _pct(so.get("probabilite")),
            "statut": "À vérifier",
            "similaires": [{"fichier": s.get("file"), "valeur": value_label(key, s.get("value")),
                            "similarite": _pct(s.get("similarite"))} for s in so.get("similaires", [])],
            "message": (f"Les règles proposent « {value_label(key, so.get('valeur_regles'))} », mais un modèle appris "
                        f"des relectures propose « {value_label(key, so.get('value'))} » (probabilité "
                        f"{_pct(so.get('probabilite'))}). À vérifier."),
        })
    return rows


def render_second_opinion(line: dict, console: Console) -> None:
    """Print the « à vérifier » table under `iscg analyze --format table` (nothing when no second opinion)."""
    rows = second_opinion_rows(line)
    if not rows:
        return
    table = Table(title="Second avis — modèle appris des relectures : à vérifier", expand=True)
    for col in ("Indicateur", "Règles", "Modèle", "Prob.", "Conventions relues les plus proches"):
        table.add_column(col, justify="right" if col == "Prob." else "left")
    for r in rows:
        near = " ; ".join(f"{s['fichier']} : {s['valeur']}" for s in r["similaires"])
        table.add_row(r["libelle"], r["valeur_regles"], f"[bold yellow]{r['valeur_modele']}[/]",
                      r["probabilite"], near)
    console.print(table)

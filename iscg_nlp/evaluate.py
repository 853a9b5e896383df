"""`iscg evaluate`: the tool treated as one more coder, measured against a gold coding.

Per indicator: accuracy, Cohen's kappa, precision/recall/F1 per value, the confusion matrix and the worst
errors with the evidence the tool relied on (so a rule writer sees at once what to fix). Bad-input
samples are scored on the error code they must produce.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import INDICATOR_KEYS

SCORED_KEYS = INDICATOR_KEYS + ("type_employeur", "type_poste", "avis")


def load_gold(path: str | Path) -> dict[str, dict]:
    gold = {}
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip():
            try:
                line = json.loads(raw)
            except ValueError as exc:
                raise ValueError(f"{path}, ligne {n} : JSON invalide ({exc})") from None
            gold[line["file"]] = line
    return gold


def comparable(key: str, value: Any) -> Any:
    """Reduce a value to what is compared (cost: amount and ETP; avis: its value)."""
    if key == "cout_poste":
        v = value or {}
        montant = v.get("montant")
        return (round(montant) if isinstance(montant, (int, float)) else None, v.get("etp"))
    if key == "avis":
        return (value or {}).get("value")
    return value


def predicted_value(line: dict, key: str) -> Any:
    if key in ("type_employeur", "type_poste"):
        return line.get(key)
    if key == "avis":
        return line.get("avis")
    return (line.get("indicators", {}).get(key) or {}).get("value")


def gold_value(g: dict, key: str) -> Any:
    if key in ("type_employeur", "type_poste", "avis"):
        return g.get(key)
    return g.get("indicators", {}).get(key)


@dataclass
class IndicatorScore:
    key: str
    n: int
    accuracy: float
    kappa: float | None
    per_value: dict[str, dict[str, float]] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    confusion: list[list[int]] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def _match_gold(file_label: str, gold: dict[str, dict]) -> dict | None:
    p = Path(file_label)
    for candidate in (file_label, p.name, "/".join(p.parts[-2:])):
        if candidate in gold:
            return gold[candidate]
    return None


def _warning_present(code: str, line: dict) -> bool:
    """Does the line carry the warning of that code? Messages are matched against the code's template."""
    import re

    from .errors import MESSAGES

    template = MESSAGES.get(code, code)
    pattern = ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))
    return any(re.search(pattern, str(w)) for w in line.get("warnings", []))


def _check_error(g: dict, line: dict) -> dict:
    """A bad-input sample: the expected error code, or (for `warning`) a coded line carrying that warning.
    A scanned PDF (`ocr_possible`) may instead be read by OCR when Tesseract is installed: then the line
    must say that its text comes from OCR."""
    got = line.get("error_code")
    if "warning" in g:
        ok = "error" not in line and _warning_present(g["warning"], line)
        return {"file": line["file"], "attendu": f"avertissement {g['warning']}", "obtenu": got or "codé", "ok": ok}
    ok = g.get("error") == got
    if not ok and g.get("ocr_possible") and got is None:
        ok = any("OCR" in str(w) for w in line.get("warnings", []))
        got = "lu par OCR" if ok else got
    return {"file": line["file"], "attendu": g.get("error"), "obtenu": got, "ok": ok}


def score(lines: list[dict], gold: dict[str, dict]) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, cohen_kappa_score, confusion_matrix, precision_recall_fscore_support

    pairs: dict[str, list[tuple[str, Any, Any, dict]]] = {k: [] for k in SCORED_KEYS}
    error_checks = []
    unmatched = []
    for line in lines:
        g = _match_gold(line["file"], gold)
        if g is None:
            unmatched.append(line["file"])
            continue
        if "error" in g or "error" in line or "warning" in g:
            error_checks.append(_check_error(g, line))
            continue
        for key in SCORED_KEYS:
            if key == "avis" and "avis" not in g:
                continue
            pairs[key].append((line["file"], comparable(key, gold_value(g, key)),
                               comparable(key, predicted_value(line, key)), line))
    scores = {}
    for key, items in pairs.items():
        if not items:
            continue
        y_true = [json.dumps(t, ensure_ascii=False) for _, t, _, _ in items]
        y_pred = [json.dumps(p, ensure_ascii=False) for _, _, p, _ in items]
        labels = sorted(set(y_true) | set(y_pred))
        kappa = None
        if len(set(y_true) | set(y_pred)) > 1:
            kappa = float(cohen_kappa_score(y_true, y_pred, labels=labels))
        prec, rec, f1, support = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
        per_value = {lab: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
                     for lab, p, r, f, s in zip(labels, prec, rec, f1, support)}
        errors = []
        for (file, t, p, line), yt, yp in zip(items, y_true, y_pred):
            if yt != yp:
                ind = (line.get("indicators", {}).get(key) or {}) if key in INDICATOR_KEYS else {}
                ev = (ind.get("evidence") or [{}])[0]
                errors.append({"file": file, "attendu": t, "obtenu": p, "passage": ev.get("text"),
                               "regle": ev.get("rule"), "explication": ind.get("explanation")})
        scores[key] = IndicatorScore(
            key=key, n=len(items), accuracy=float(accuracy_score(y_true, y_pred)), kappa=kappa,
            per_value=per_value, labels=labels,
            confusion=confusion_matrix(y_true, y_pred, labels=labels).tolist(), errors=errors)
    indicator_acc = [scores[k].accuracy for k in INDICATOR_KEYS if k in scores]
    return {
        "indicateurs": scores,
        "moyenne_indicateurs": sum(indicator_acc) / len(indicator_acc) if indicator_acc else None,
        "erreurs_attendues": error_checks,
        "sans_reference": unmatched,
    }


def report_to_json(report: dict[str, Any]) -> dict[str, Any]:
    out = dict(report)
    out["indicateurs"] = {k: vars(v) for k, v in report["indicateurs"].items()}
    return out


def run_evaluate(gold_path, paths, *, fmt="table", rules_dir=None, model_path=None, console=None) -> int:
    from .batch import analyze_paths

    gold = load_gold(gold_path)
    lines, _ = analyze_paths(paths, rules_dir=rules_dir, model_path=model_path)
    report = score(lines, gold)
    if fmt == "json":
        print(json.dumps(report_to_json(report), ensure_ascii=False, indent=2))
        return 0
    render_evaluation(report, console)
    return 0


def render_evaluation(report: dict[str, Any], console) -> None:
    from rich.table import Table

    from .labels import indicator_label

    table = Table(title="Accord entre l'outil et le codage de référence")
    for col in ("Indicateur", "N", "Exactitude", "Kappa de Cohen", "Erreurs"):
        table.add_column(col, justify="right" if col != "Indicateur" else "left")
    for key, s in report["indicateurs"].items():
        label = "Avis" if key == "avis" else indicator_label(key)
        style = "red" if s.accuracy < 0.97 else ""
        table.add_row(label, str(s.n), f"[{style}]{s.accuracy:.1%}[/]" if style else f"{s.accuracy:.1%}",
                      "—" if s.kappa is None else f"{s.kappa:.2f}", str(len(s.errors)))
    console.print(table)
    if report["moyenne_indicateurs"] is not None:
        console.print(f"Exactitude moyenne sur les 14 indicateurs : {report['moyenne_indicateurs']:.1%}")
    checks = report["erreurs_attendues"]
    if checks:
        ok = sum(c["ok"] for c in checks)
        console.print(f"Fichiers invalides : {ok}/{len(checks)} reçoivent le message attendu.")
        for c in checks:
            if not c["ok"]:
                console.print(f"  [red]{c['file']}[/] : attendu {c['attendu']}, obtenu {c['obtenu']}")
    worst = [(k, e) for k, s in report["indicateurs"].items() for e in s.errors]
    if worst:
        console.print("\n[bold]Désaccords[/] (valeur attendue → valeur proposée, passage retenu) :")
        for key, e in worst[:40]:
            label = "Avis" if key == "avis" else indicator_label(key)
            passage = " ".join(str(e.get("passage") or e.get("explication") or "").split())[:140]
            console.print(f"- {label} · {Path(e['file']).name} : {e['attendu']} → {e['obtenu']}"
                          + (f" — « {passage} »" if passage else ""))

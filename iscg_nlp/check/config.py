"""Which analysis results become observations, read from ``observations.yaml`` (data, not code).

The file is looked for in the rules directory first (``rules/observations.yaml``), then next to this
module, so ANISCG can change which wordings are remarked on, and how gravely, without code.
Values and signals are checked against the codebook labels and the rule files at load: a typo fails
loudly instead of silently dropping observations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from iscg_nlp.errors import RuleFileError
from iscg_nlp.labels import VALUE_LABELS

SEVERITIES = ("bloquant", "a_corriger", "a_noter")
SEVERITY_LABELS = {"bloquant": "Bloquant", "a_corriger": "À corriger", "a_noter": "À noter"}
FILE_NAME = "observations.yaml"
PACKAGE_FILE = Path(__file__).with_name(FILE_NAME)


@dataclass
class IndicatorPolicy:
    values: dict[str, str] = field(default_factory=dict)  # coded value -> severity
    signals: dict[str, str] = field(default_factory=dict)  # rule vote -> severity
    titles: list[str] = field(default_factory=list)  # folded words of the article where it belongs


@dataclass
class FinancingCheckPolicy:
    severity: str
    suggestion: str | None = None


@dataclass
class ObservationPolicy:
    indicators: dict[str, IndicatorPolicy]
    points: dict[str, str]  # supprime | sens_modifie -> severity
    financing: dict[str, FinancingCheckPolicy]
    financing_reference: str | None
    financing_titles: list[str]
    path: str


def severity_rank(severity: str) -> int:
    """0 for the gravest: used to sort and to keep the gravest of merged observations."""
    return SEVERITIES.index(severity)


def _severity(path: str, where: str, value: Any) -> str:
    if value not in SEVERITIES:
        raise RuleFileError(path, None, f"{where} : gravité « {value} » inconnue "
                                        f"(possibles : {', '.join(SEVERITIES)})")
    return str(value)


def _words(value: Any) -> list[str]:
    from iscg_nlp.textutil import fold

    return [fold(str(w)) for w in (value or [])]


def find_policy_file(rules_dir: str | Path | None = None) -> Path:
    if rules_dir is not None and (Path(rules_dir) / FILE_NAME).exists():
        return Path(rules_dir) / FILE_NAME
    from iscg_nlp.resources import default_rules_dir

    candidate = default_rules_dir() / FILE_NAME
    return candidate if candidate.exists() else PACKAGE_FILE


def load_policy(path: str | Path | None = None, known_signals: dict[str, set[str]] | None = None) -> ObservationPolicy:
    """Read and validate the observation policy; ``known_signals`` (indicator -> votes) checks signals."""
    p = Path(path) if path is not None else find_policy_file()
    sp = str(p)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError(sp, None, f"fichier illisible : {exc}") from exc
    if not isinstance(data, dict):
        raise RuleFileError(sp, None, "le fichier doit contenir un dictionnaire")
    indicators: dict[str, IndicatorPolicy] = {}
    for key, spec in (data.get("indicateurs") or {}).items():
        if key not in VALUE_LABELS:
            raise RuleFileError(sp, None, f"indicateur « {key} » inconnu du codebook")
        spec = spec or {}
        values = {}
        for value, sev in (spec.get("valeurs") or {}).items():
            if value not in VALUE_LABELS[key]:
                raise RuleFileError(sp, None, f"{key} : valeur « {value} » inconnue du codebook")
            values[value] = _severity(sp, f"{key}.{value}", sev)
        signals = {}
        for sig, sev in (spec.get("signaux") or {}).items():
            if known_signals is not None and key in known_signals and sig not in known_signals[key]:
                raise RuleFileError(sp, None, f"{key} : signal « {sig} » voté par aucune règle")
            signals[str(sig)] = _severity(sp, f"{key}.{sig}", sev)
        indicators[key] = IndicatorPolicy(values, signals, _words(spec.get("titres")))
    points = {k: _severity(sp, f"points_imperatifs.{k}", v)
              for k, v in (data.get("points_imperatifs") or {}).items()}
    fin = data.get("financement") or {}
    checks = {code: FinancingCheckPolicy(_severity(sp, f"financement.{code}", (spec or {}).get("gravite")),
                                         ((spec or {}).get("suggestion") or "").strip() or None)
              for code, spec in (fin.get("controles") or {}).items()}
    return ObservationPolicy(indicators, points, checks, fin.get("reference"), _words(fin.get("titres")), sp)

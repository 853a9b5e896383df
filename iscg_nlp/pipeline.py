"""The one way through: file → Document → Structure → Findings → Coding → Comparison → Avis.

The CLI, the web review app, the batch runner and the notebook all call these functions; none of them
re-implements a stage.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .types import Coding, Document, Evidence, Finding, IndicatorCoding, Structure

if TYPE_CHECKING:  # heavy modules are imported lazily to keep `iscg --help` instant
    from .compare import Comparison
    from .ruleset import RuleSet

INDICATOR_KEYS = (
    "lieu_exercice", "locaux_moyens", "public", "situations", "autorites", "deontologie",
    "qualification", "comite_pilotage", "duree", "annee_signature", "proximite_modele",
    "procureur_signataire", "financement", "cout_poste",
)
DESCRIPTIVE_KEYS = ("type_employeur", "type_poste")


@dataclass
class Analysis:
    document: Document
    structure: Structure
    findings: list[Finding]
    coding: Coding
    comparison: "Comparison | None" = None


@functools.lru_cache(maxsize=4)
def _cached_ruleset(directory: str | None) -> "RuleSet":
    from .ruleset import load_ruleset

    return load_ruleset(Path(directory) if directory else None)


# indicators coded by code rather than by a rule file
COMPUTED_KEYS = ("annee_signature", "proximite_modele", "financement", "cout_poste")


def get_ruleset(directory: str | Path | None = None) -> "RuleSet":
    """The rules, loaded once per process; a rules folder missing an indicator's file or avis.yaml is
    refused here, with a French message, before any file is analysed."""
    from .errors import RuleFileError

    ruleset = _cached_ruleset(str(directory) if directory else None)
    expected = [k for k in INDICATOR_KEYS + DESCRIPTIVE_KEYS if k not in COMPUTED_KEYS]
    missing = [k for k in expected if not ruleset.rules_of(k)]
    where = str(directory or ruleset.directory)
    if missing:
        raise RuleFileError(where, None, "aucune règle pour : " + ", ".join(missing)
                            + " (un fichier <indicateur>.yaml est attendu pour chacun)")
    if ruleset.avis is None:
        raise RuleFileError(where, None, "fichier avis.yaml absent : l'avis ne peut pas être donné")
    return ruleset


@functools.lru_cache(maxsize=4)
def _cached_model(path: str | None):
    from .compare import load_model

    return load_model(Path(path) if path else None)


def get_model(path: str | Path | None = None):
    """The model convention (bundled one by default), loaded and segmented once per process."""
    return _cached_model(str(path) if path else None)


def read(path: str | Path, limits=None) -> tuple[Document, Structure]:
    """Extract and segment, then make sure the document is a convention at all."""
    from .extract import read_document
    from .screen import check_is_convention
    from .segment import segment

    doc = read_document(path, limits)
    structure = segment(doc)
    check_is_convention(doc, structure)
    return doc, structure


def analyze_document(doc: Document, structure: Structure, *, rules_dir=None, model_path=None,
                     with_comparison: bool = True) -> Analysis:
    from .decide import decide
    from .financing import code_financing
    from .match import match
    from .signature import code_signature_year
    from .verdict import verdict

    ruleset = get_ruleset(rules_dir)
    findings = match(doc, structure, ruleset)
    coded = decide(findings, ruleset, doc, structure)

    indicators: dict[str, IndicatorCoding] = {}
    descriptive: dict[str, IndicatorCoding] = {}
    for key, value in coded.items():
        (descriptive if key in DESCRIPTIVE_KEYS else indicators)[key] = value

    indicators["annee_signature"] = code_signature_year(doc, structure)
    fin, cost = code_financing(doc, structure)
    indicators["financement"], indicators["cout_poste"] = fin, cost

    comparison = None
    if with_comparison:
        from .compare import compare

        comparison = compare(doc, structure, get_model(model_path), coding=indicators)
        indicators["proximite_modele"] = comparison.to_indicator()

    coding = Coding(
        indicators={k: indicators[k] for k in INDICATOR_KEYS},
        type_employeur=descriptive["type_employeur"].value if "type_employeur" in descriptive else "autre",
        type_poste=descriptive["type_poste"].value if "type_poste" in descriptive else "mixte",
        findings=findings,
        descriptive=descriptive,
    )
    coding.avis = verdict(coding.indicators, ruleset)
    return Analysis(doc, structure, findings, coding, comparison)


def analyze_path(path: str | Path, *, rules_dir=None, model_path=None, limits=None,
                 with_comparison: bool = True) -> Analysis:
    doc, structure = read(path, limits)
    return analyze_document(doc, structure, rules_dir=rules_dir, model_path=model_path,
                            with_comparison=with_comparison)


# --------------------------------------------------------------------------- JSON contract


def analysis_to_json(analysis: Analysis, file_label: str | None = None) -> dict[str, Any]:
    """The CODEBOOK's JSON object for one document (keys and codes exactly as specified)."""
    c = analysis.coding
    out: dict[str, Any] = {
        "file": file_label or analysis.document.path,
        "sha256": analysis.document.sha256,
        "indicators": {k: v.to_json() for k, v in c.indicators.items()},
        "type_employeur": c.type_employeur,
        "type_poste": c.type_poste,
        "avis": c.avis.to_json() if c.avis else None,
    }
    rep = analysis.document.report
    if rep.ocr_pages:  # a reviewer must check passages read by OCR against the scan
        for ind in out["indicators"].values():
            for ev in ind.get("evidence", []):
                if ev.get("page") in rep.ocr_pages:
                    ev["ocr"] = True
    if rep.warnings or rep.ocr:
        out["warnings"] = list(rep.warnings) + (["Texte issu d'OCR : vérifiez les citations."] if rep.ocr else [])
    return out


def error_to_json(file_label: str, error: InputError) -> dict[str, Any]:
    return {"file": file_label, "error": error.message, "error_code": error.code}


def evidence_from_finding(f: Finding) -> Evidence:
    return Evidence(text=f.text, start=f.start, end=f.end, page=f.page, article=f.article, rule=f.rule_id)

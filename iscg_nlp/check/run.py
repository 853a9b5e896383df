"""``iscg check DRAFT``: pre-check a draft convention and write what can be sent back as is.

Outputs, in OUTDIR (default: the draft's folder): ``<name>.rapport.html`` and either
``<name>.commente.docx`` (a DOCX draft, with Word comments) or ``<name>.releve.docx`` (other formats).
The exit status tells scripts the avis (``EXIT_CODES``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iscg_nlp.errors import InputError, IscgError

EXIT_CODES = {"conforme": 0, "conforme_avec_reserve": 1, "reserve": 2}
EXIT_INPUT_ERROR = 3

EXIT_CODES_HELP = """\
codes de sortie :
  0  avis conforme : les cinq critères d'un poste d'ISCG sont respectés
  1  conforme avec réserve : un critère n'est pas respecté
  2  avis réservé : deux critères ou plus ne sont pas respectés
  3  erreur de lecture : le fichier n'a pas pu être lu (message en français sur la sortie d'erreur)"""

HELP = """\
Pré-contrôle d'un projet de convention reçu d'une préfecture, avant signature.

Affiche l'avis, les critères non respectés et chaque observation, article par article, puis écrit
dans DOSSIER (par défaut, le dossier du projet) :
  <nom>.rapport.html   rapport imprimable : avis, observations, texte complet avec les passages
                       relevés surlignés et numérotés, comparaison avec la convention-type,
                       tableau du financement ;
  <nom>.commente.docx  pour un projet Word (.docx) : le projet lui-même, inchangé, avec un
                       commentaire Word sur chaque passage relevé (auteur « iscg-nlp ») ;
  <nom>.releve.docx    pour un projet PDF, ODT ou texte : un relevé d'observations au format Word.

Une observation est une formulation contraire au cadre de référence, une clause attendue absente,
un point impératif de la convention-type supprimé ou dont le sens est changé, ou une
recommandation de financement non suivie. Sa gravité : « bloquant » (fait échouer un critère de
l'avis), « à corriger », « à noter » (fichier observations.yaml).

""" + EXIT_CODES_HELP


@dataclass
class CheckResult:
    avis: str
    criteres_non_respectes: list[str]
    observations: list[Any]
    report_path: Path
    docx_path: Path
    unplaced: list[int] = field(default_factory=list)  # observations without a Word comment

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.avis, 2)


def output_paths(draft: Path, outdir: Path, is_docx: bool) -> tuple[Path, Path]:
    stem = draft.stem
    return outdir / f"{stem}.rapport.html", outdir / (f"{stem}.commente.docx" if is_docx else f"{stem}.releve.docx")


def check_file(path: str | Path, outdir: str | Path | None = None, *, model_path=None,
               rules_dir=None) -> tuple[CheckResult, Any]:
    """Analyse the draft, build the observations, write the report and the Word file."""
    from iscg_nlp.check.config import load_policy
    from iscg_nlp.check.docx_out import write_commented_docx, write_releve_docx
    from iscg_nlp.check.html_report import render_report
    from iscg_nlp.check.observations import _known_signals, build_observations
    from iscg_nlp.pipeline import analyze_document, get_ruleset, read

    draft = Path(path)
    doc, structure = read(draft)
    analysis = analyze_document(doc, structure, rules_dir=rules_dir, model_path=model_path)
    ruleset = get_ruleset(rules_dir)
    from iscg_nlp.check.config import find_policy_file

    policy = load_policy(find_policy_file(rules_dir), known_signals=_known_signals(ruleset))
    observations = build_observations(analysis, policy, ruleset)

    out = Path(outdir) if outdir else draft.resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    is_docx = doc.report.format == "docx"
    report_path, docx_path = output_paths(draft, out, is_docx)
    unplaced: list[int] = []
    if is_docx:
        placed = write_commented_docx(draft, analysis, observations, docx_path)
        unplaced = [p.observation.number for p in placed if p.comment_id is None]
    else:
        write_releve_docx(analysis, observations, docx_path, draft.name)
    report_path.write_text(render_report(analysis, observations, draft.name), encoding="utf-8")
    avis = analysis.coding.avis
    result = CheckResult(avis.value if avis else "reserve", list(avis.criteres_non_respectes) if avis else [],
                         observations, report_path, docx_path, unplaced)
    return result, analysis


def run_check(args) -> int:
    """CLI entry: ``args.draft`` (or ``args.path``), ``args.model``, ``args.outdir`` (or ``args.output``),
    optional ``args.rules``. Prints the summary; returns the avis as exit status (see EXIT_CODES_HELP)."""
    from rich.console import Console

    from iscg_nlp.check.terminal import print_summary

    draft = getattr(args, "draft", None) or getattr(args, "path", None)
    outdir = getattr(args, "outdir", None) or getattr(args, "output", None)
    try:
        result, analysis = check_file(draft, outdir, model_path=getattr(args, "model", None),
                                      rules_dir=getattr(args, "rules", None))
    except InputError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except OSError as exc:
        print(f"Erreur : impossible d'écrire les résultats ({exc.strerror or exc}).", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except IscgError:
        raise
    print_summary(Console(highlight=False), analysis, result)
    return result.exit_code

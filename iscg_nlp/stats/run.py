"""`iscg stats [--store DB | PATH...] [-o report.html] [--xlsx FILE] [--anonymize] [--since YEAR]`."""

from __future__ import annotations

from pathlib import Path

from ..errors import IscgError


class StatsError(IscgError):
    pass


def load_records(store: str | None, paths: list[str] | None, *, use_cache: bool = True, rules_dir=None,
                 model_path=None):
    """Records from the review store, or from files/folders/.jsonl results; a French error if neither."""
    from .records import records_from_paths, records_from_store

    if store:
        if not Path(store).is_file():
            raise StatsError(f"Base de relecture introuvable : « {store} ».")
        return records_from_store(store)
    if not paths:
        raise StatsError("Indiquez une base de relecture (--store) ou des fichiers ou dossiers de conventions.")
    records, _ = records_from_paths(paths, use_cache=use_cache, rules_dir=rules_dir, model_path=model_path)
    return records


def run_stats(args) -> int:
    """Build the report; write HTML (-o, default « statistiques-iscg.html ») and optionally XLSX."""
    from rich.console import Console

    from .render import render_html, write_xlsx
    from .report import build_report

    err = Console(stderr=True, highlight=False)
    records = load_records(getattr(args, "store", None), getattr(args, "paths", None),
                           use_cache=not getattr(args, "no_cache", False), rules_dir=getattr(args, "rules", None),
                           model_path=getattr(args, "model", None))
    if not records:
        raise StatsError("Aucune convention codée : rien à compter.")
    since = getattr(args, "since", None) or 2020
    report = build_report(records, since=since, anonymize=bool(getattr(args, "anonymize", False)),
                          families_threshold=getattr(args, "threshold", None))
    out = Path(getattr(args, "output", None) or "statistiques-iscg.html")
    out.write_text(render_html(report), encoding="utf-8")
    err.print(report.provenance)
    err.print(f"Rapport écrit : {out} ({len(report.all_tables())} tableaux).")
    xlsx = getattr(args, "xlsx", None)
    if xlsx:
        sheets = write_xlsx(report, xlsx)
        err.print(f"Classeur écrit : {xlsx} ({len(sheets)} feuilles).")
    return 0

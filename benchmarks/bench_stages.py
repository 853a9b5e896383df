"""Per-stage time of the pipeline, in milliseconds per document, in one process (models loaded first).

Usage::

    python benchmarks/bench_stages.py [--corpus DIR] [--n 40] [--profile STAGE]

Stages: extract (read_document), segment, match, decide, signature, financing, compare, verdict.
Also prints the PDF table-reading share of extract. ``--profile STAGE`` prints cProfile's top 30
functions of that stage alone (cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(Path(tempfile.gettempdir()) / "iscg-bench-corpus"))
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--profile", default=None)
    args = ap.parse_args(argv)

    from iscg_nlp.compare import compare
    from iscg_nlp.decide import decide
    from iscg_nlp.extract import read_document
    from iscg_nlp.extract import tables as tables_mod
    from iscg_nlp.financing import code_financing
    from iscg_nlp.match import match
    from iscg_nlp.nlp import get_nlp
    from iscg_nlp.pipeline import get_model, get_ruleset
    from iscg_nlp.segment import segment
    from iscg_nlp.signature import code_signature_year
    from iscg_nlp.verdict import verdict

    t = time.perf_counter()
    get_nlp()
    ruleset = get_ruleset(None)
    model = get_model(None)
    print(f"Chargement (spaCy, règles, convention-type) : {time.perf_counter() - t:.2f} s")

    files = sorted(p for p in Path(args.corpus).glob("bench-*") if p.is_file())[: args.n]
    times: dict[str, float] = defaultdict(float)
    prof = cProfile.Profile() if args.profile else None

    original_read_tables = tables_mod.read_tables

    def timed_read_tables(*a, **k):
        t0 = time.process_time()
        try:
            return original_read_tables(*a, **k)
        finally:
            times["  dont tableaux PDF"] += time.process_time() - t0

    import iscg_nlp.extract.pdf as pdf_mod

    pdf_mod.read_tables = timed_read_tables

    def stage(name, fn, *a, **k):
        if prof and name == args.profile:
            prof.enable()
        t0 = time.process_time()
        out = fn(*a, **k)
        times[name] += time.process_time() - t0
        if prof and name == args.profile:
            prof.disable()
        return out

    for f in files:
        doc = stage("extract", read_document, f)
        st = stage("segment", segment, doc)
        findings = stage("match", match, doc, st, ruleset)
        coded = stage("decide", decide, findings, ruleset, doc, st)
        indicators = {k: v for k, v in coded.items() if k not in ("type_employeur", "type_poste")}
        indicators["annee_signature"] = stage("signature", code_signature_year, doc, st)
        indicators["financement"], indicators["cout_poste"] = stage("financing", code_financing, doc, st)
        comp = stage("compare", compare, doc, st, model, coding=indicators)
        indicators["proximite_modele"] = comp.to_indicator()
        stage("verdict", verdict, indicators, ruleset)
    pdf_mod.read_tables = original_read_tables

    n = len(files)
    total = sum(v for k, v in times.items() if not k.startswith(" "))
    print(f"{n} documents ({args.corpus}) : {total / n * 1000:.0f} ms par document")
    for k, v in times.items():
        print(f"  {k:<22} {v / n * 1000:8.1f} ms/doc")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batch benchmark: documents/second and pages/second, cold then warm, and peak memory.

Usage::

    python benchmarks/bench_batch.py [--corpus DIR] [--n 400] [--workers N] [--profile]

Makes the corpus with ``make_corpus.py`` if DIR is empty. Cold: ``--no-cache`` semantics in a fresh
cache directory (nothing reused, the cache is filled); warm: the same files again (all from cache).
Pages: real page count for PDF, words / 400 for the other formats. Peak memory: maximum resident
size of this process and of its worker processes (``resource.getrusage``). Targets on 2 cores:
400 documents cold ≤ 120 s, warm ≤ 5 s. ``--profile`` runs cProfile over a single-process cold run
of 20 documents and prints the 25 most expensive functions (where to optimise, by module).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORDS_PER_PAGE = 400


def count_pages(files: list[Path]) -> int:
    import pypdfium2

    from iscg_nlp.extract import read_document

    total = 0
    for f in files:
        if f.suffix.lower() == ".pdf":
            pdf = pypdfium2.PdfDocument(str(f))
            total += len(pdf)
            pdf.close()
        else:
            total += max(1, round(len(read_document(f).text.split()) / WORDS_PER_PAGE))
    return total


def peak_mb() -> tuple[float, float]:
    """(self, largest child) peak resident memory in MB (Linux reports ru_maxrss in kB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def run(files: list[Path], workers: int | None, use_cache: bool, rules_dir: str) -> tuple[float, dict]:
    from iscg_nlp.batch import analyze_paths

    t = time.perf_counter()
    lines, summary = analyze_paths([str(f) for f in files], workers=workers, use_cache=use_cache,
                                   rules_dir=rules_dir)
    return time.perf_counter() - t, summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mesure du traitement par lots (froid, chaud, mémoire).")
    ap.add_argument("--corpus", default=str(Path(tempfile.gettempdir()) / "iscg-bench-corpus"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    files = sorted(p for p in corpus.glob("bench-*") if p.is_file())[: args.n] if corpus.is_dir() else []
    if len(files) < args.n:
        import make_corpus

        make_corpus.main([str(corpus), "--n", str(args.n)])
        files = sorted(p for p in corpus.glob("bench-*") if p.is_file())[: args.n]
    pages = count_pages(files)
    print(f"Corpus : {len(files)} documents, {pages} pages ({corpus})")

    with tempfile.TemporaryDirectory() as cache_home:
        os.environ["XDG_CACHE_HOME"] = cache_home  # fresh cache: cold means nothing to reuse
        # a snapshot of the rules: in a shared checkout others edit rules/ while we measure, and any
        # edit changes the cache key (the warm run would then be a second cold run)
        rules_dir = str(Path(cache_home) / "rules")
        shutil.copytree(ROOT / "rules", rules_dir)
        if args.profile:
            import cProfile
            import pstats

            from iscg_nlp.batch import analyze_paths

            prof = cProfile.Profile()
            prof.enable()
            analyze_paths([str(f) for f in files[:20]], workers=1, use_cache=False, rules_dir=rules_dir)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
            return 0
        cold, s = run(files, args.workers, True, rules_dir)
        warm, s2 = run(files, args.workers, True, rules_dir)
    if s2["depuis_cache"] < s["codes"]:
        print("Attention : le cache n'a pas servi au second passage — le code, les règles ou la convention-type "
              "ont changé pendant la mesure (arbre partagé) ; relancez.")
    me, kids = peak_mb()
    print(f"À froid : {cold:.1f} s — {len(files) / cold:.2f} documents/s, {pages / cold:.1f} pages/s "
          f"(codés : {s['codes']}, erreurs : {s['erreurs']})")
    print(f"À chaud : {warm:.2f} s — {len(files) / warm:.1f} documents/s, {pages / warm:.0f} pages/s "
          f"(depuis le cache : {s2['depuis_cache']})")
    print(f"Mémoire maximale : {me:.0f} Mo (processus principal), {kids:.0f} Mo (plus gros processus d'analyse)")
    cold400, warm400 = cold * 400 / len(files), warm * 400 / len(files)
    ok = cold400 <= 120 and warm400 <= 5
    print(f"Ramené à 400 documents : froid ≈ {cold400:.0f} s, chaud ≈ {warm400:.1f} s — objectifs "
          f"(froid ≤ 120 s, chaud ≤ 5 s) " + ("atteints" if ok else "NON atteints"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

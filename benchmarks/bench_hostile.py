"""Hostile-input benchmark: build every hostile file (with the 400-page PDF and the 30 000-paragraph
DOCX), time the reader on each, then run the real `iscg analyze --format jsonl` on the whole folder and
report lines, refusals by code, crashes (erreur_interne) and peak memory.

Run: ``.venv/bin/python benchmarks/bench_hostile.py [--keep DOSSIER] [--no-batch] [--workers N]``
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import hostile_files  # noqa: E402

from iscg_nlp.errors import InputError  # noqa: E402
from iscg_nlp.extract import read_document  # noqa: E402


def bench_reads(folder: Path, expected: dict) -> list[tuple[str, str, float]]:
    rows = []
    for rel in sorted(expected):
        started = time.perf_counter()
        try:
            read_document(folder / rel)
            outcome = "lu"
        except InputError as err:
            outcome = err.code
        except Exception as err:  # noqa: BLE001 - a crash is what this benchmark looks for
            outcome = f"PLANTAGE {type(err).__name__}"
        rows.append((rel, outcome, time.perf_counter() - started))
    return rows


def bench_batch(folder: Path, workers: int) -> dict:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "iscg_nlp.cli", "analyze", str(folder), "--format", "jsonl",
                           "--no-cache", "--workers", str(workers)], capture_output=True, text=True)
    seconds = time.monotonic() - started
    lines = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    return {"lines": len(lines), "seconds": round(seconds, 1), "returncode": proc.returncode,
            "codes": Counter(l.get("error_code", "codé") for l in lines),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="dossier où écrire (et garder) les fichiers")
    parser.add_argument("--no-batch", action="store_true", help="lecture seulement, sans analyse complète")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "entrees"
        started = time.monotonic()
        expected = hostile_files.build_corpus(folder, big=True)
        print(f"{len(expected)} entrées hostiles écrites en {time.monotonic() - started:.1f} s dans {folder}")
        rows = bench_reads(folder, expected)
        crashes = [r for r in rows if r[1].startswith("PLANTAGE")]
        print("\nLectures les plus longues :")
        for rel, outcome, sec in sorted(rows, key=lambda r: -r[2])[:10]:
            print(f"  {sec:7.2f} s  {outcome:22s} {rel[:70]}")
        print(f"Lecture : {len(rows)} fichiers, {len(crashes)} plantage(s), "
              f"{sum(r[2] for r in rows):.1f} s au total")
        for rel, outcome, _ in crashes:
            print(f"  PLANTAGE : {rel} ({outcome})")
        if not args.no_batch:
            res = bench_batch(folder, args.workers)
            print(f"\nLot complet : {res['lines']} lignes en {res['seconds']} s, code de sortie {res['returncode']}, "
                  f"pic mémoire {res['peak_mb']} Mo")
            for code, n in sorted(res["codes"].items()):
                print(f"  {code:22s} {n}")
            crashes += [("lot", "erreur_interne", 0)] * res["codes"].get("erreur_interne", 0)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

"""Time `iscg check` end to end (a fresh process: start-up, spaCy load, analysis, outputs) and its
stages in one process. Target: one draft checked end to end in at most 3 s.

    .venv/bin/python benchmarks/bench_check.py [DRAFT ...]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "corpus_samples" / n for n in ("a06-eure-2019.docx", "b06-deux-sevres-2020.docx",
                                                  "a03-aude-2021.pdf")]
ENTRY = ("import argparse, sys; from iscg_nlp.check import run_check; "
         "sys.exit(run_check(argparse.Namespace(draft=sys.argv[1], outdir=sys.argv[2], model=None, rules=None)))")


def end_to_end(draft: Path, out: str) -> tuple[float, int]:
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", ENTRY, str(draft), out], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - t, p.returncode


def stages(draft: Path, out: str) -> dict[str, float]:
    from iscg_nlp.check.config import find_policy_file, load_policy
    from iscg_nlp.check.docx_out import write_commented_docx, write_releve_docx
    from iscg_nlp.check.html_report import render_report
    from iscg_nlp.check.observations import _known_signals, build_observations
    from iscg_nlp.pipeline import analyze_document, get_ruleset, read

    times: dict[str, float] = {}
    t = time.perf_counter()
    doc, st = read(draft)
    times["lecture"] = time.perf_counter() - t
    t = time.perf_counter()
    analysis = analyze_document(doc, st)
    times["analyse"] = time.perf_counter() - t
    t = time.perf_counter()
    rs = get_ruleset()
    obs = build_observations(analysis, load_policy(find_policy_file(), known_signals=_known_signals(rs)), rs)
    times["observations"] = time.perf_counter() - t
    t = time.perf_counter()
    target = Path(out) / "bench.docx"
    if doc.report.format == "docx":
        write_commented_docx(draft, analysis, obs, target)
    else:
        write_releve_docx(analysis, obs, target, draft.name)
    times["word"] = time.perf_counter() - t
    t = time.perf_counter()
    render_report(analysis, obs, draft.name)
    times["html"] = time.perf_counter() - t
    return times


def main() -> None:
    drafts = [Path(a) for a in sys.argv[1:]] or DEFAULT
    with tempfile.TemporaryDirectory() as out:
        print("De bout en bout (nouveau processus, démarrage compris) :")
        for d in drafts:
            runs = [end_to_end(d, out) for _ in range(3)]
            best = min(r[0] for r in runs)
            print(f"  {d.name:32s} meilleur {best:5.2f} s  (essais : "
                  + ", ".join(f"{r[0]:.2f}" for r in runs) + f")  code de sortie {runs[0][1]}"
                  + ("  OK ≤ 3 s" if best <= 3.0 else "  > 3 s"))
        print("Étapes (un seul processus ; le premier document paie le chargement de spaCy) :")
        for d in drafts:
            times = stages(d, out)
            print(f"  {d.name:32s} " + "  ".join(f"{k} {v * 1000:6.0f} ms" for k, v in times.items()))


if __name__ == "__main__":
    main()

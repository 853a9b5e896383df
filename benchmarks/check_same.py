"""Behaviour guard for speed work: the pipeline's output must not change.

Usage::

    python benchmarks/check_same.py [--base COMMIT] [--paths FILE ...] [--bench-dir DIR --bench-n 40]

Builds a reference tree: a copy of the working tree in which only the speed-owned files are put back
as they were at ``--base`` (``--paths``, default ``OWNED``); the working tree itself is the candidate. Other people's concurrent edits
(rules, matcher) are thus in both trees and cancel out. Both run ``iscg analyze corpus_samples
--format jsonl --no-cache`` on one frozen copy of ``rules/``; the JSON lines are compared with nothing
ignored. A deeper dump (document blocks, structure, financing, comparison) is compared too, on the
samples and on the first ``--bench-n`` files of the benchmark corpus (more PDF tables there).
Prints the differing lines and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
OWNED = ["iscg_nlp/extract/tables.py", "iscg_nlp/extract/pdf.py", "iscg_nlp/financing.py",
         "iscg_nlp/frnumbers.py", "iscg_nlp/compare", "iscg_nlp/segment.py", "iscg_nlp/batch.py",
         "iscg_nlp/workers.py", "iscg_nlp/cache.py"]

_CLI = "import sys; sys.path.insert(0, '.'); from iscg_nlp.cli import main; sys.exit(main())"

# One line per file: every stage's record, as repr (dataclasses print all their fields).
_DEEP = r"""
import sys, hashlib, json, os
sys.path.insert(0, '.')
from iscg_nlp.pipeline import read, analyze_document, analysis_to_json
from iscg_nlp.errors import InputError
rules = sys.argv[1]
for path in sys.argv[2:]:
    try:
        doc, st = read(path)
    except InputError as e:
        print(path, 'error', e.code); continue
    except Exception as e:
        print(path, 'exception', type(e).__name__); continue
    a = analyze_document(doc, st, rules_dir=rules)
    parts = {
        'text': doc.text, 'blocks': repr(doc.blocks), 'report': repr(doc.report),
        'structure': repr(st),
        'financement': repr(a.coding.indicators['financement']),
        'cout': repr(a.coding.indicators['cout_poste']),
        'comparison': repr(a.comparison),
        'json': json.dumps(analysis_to_json(a), ensure_ascii=False, sort_keys=True),
    }
    parts = {k: v.replace(os.path.join(os.getcwd(), 'model_template'), '<model>') for k, v in parts.items()}  # the model's path
    print(path, json.dumps({k: hashlib.sha256(v.encode()).hexdigest()[:12] for k, v in parts.items()}))
"""


def make_reference(base: str, source: Path, dest: Path, owned: list[str] = OWNED) -> None:
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info"))
    for rel in owned:
        target = dest / rel
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        listing = subprocess.run(["git", "ls-tree", "-r", "--name-only", base, rel], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()
        for f in listing:  # noqa: B007
            data = subprocess.run(["git", "show", f"{base}:{f}"], cwd=ROOT, capture_output=True, check=True).stdout
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            (dest / f).write_bytes(data)


def run(tree: Path, args: list[str], code: str) -> list[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([PY, "-c", code, *args], cwd=tree, capture_output=True, text=True, env=env)
    if out.returncode not in (0, 1) or "Traceback" in out.stderr:
        print(out.stderr[-3000:])
    return out.stdout.splitlines()


def _what_differs(a: str, b: str) -> str:
    name, _, rest_a = a.partition(" {")
    try:
        da, db = json.loads("{" + rest_a), json.loads("{" + b.partition(" {")[2])
        return f"{name}: " + ", ".join(k for k in da if da[k] != db.get(k))
    except ValueError:
        return f"{a[:200]}\n  {b[:200]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="HEAD")
    ap.add_argument("--paths", nargs="+", default=OWNED, help="files put back as at --base in the reference")
    ap.add_argument("--bench-dir", default=str(Path(tempfile.gettempdir()) / "iscg-bench-corpus"))
    ap.add_argument("--bench-n", type=int, default=40)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        ref, cand = Path(tmp) / "ref", Path(tmp) / "cand"
        # both trees are snapshots taken now: others keep editing the working tree while we run
        shutil.copytree(ROOT, cand, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info"))
        make_reference(args.base, cand, ref, args.paths)
        rules = str(Path(tmp) / "rules")
        shutil.copytree(cand / "rules", rules)
        samples = str(cand / "corpus_samples")
        bench = sorted(str(p) for p in Path(args.bench_dir).glob("bench-*"))[: args.bench_n]
        deep_files = sorted(str(p) for p in Path(samples).iterdir() if p.suffix != ".py"
                            and p.name != "gold.jsonl" and p.is_file()) + bench
        bad = 0
        for name, cli_args, code in [
            ("analyze jsonl", ["analyze", samples, "--format", "jsonl", "--no-cache", "--rules", rules], _CLI),
            ("deep dump", [rules, *deep_files], _DEEP),
        ]:
            want = run(ref, cli_args, code)
            got = run(cand, cli_args, code)
            same = want == got
            print(f"{name}: {len(got)} lines, {'identical' if same else 'DIFFERENT'}")
            if not same:
                bad += 1
                if len(want) == len(got):  # same files: say which file and, for the dump, which stage
                    for a, b in zip(want, got):
                        if a != b:
                            print("  " + _what_differs(a, b))
                else:
                    for line in list(difflib.unified_diff(want, got, lineterm="", n=0))[:40]:
                        print("  " + line[:400])
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

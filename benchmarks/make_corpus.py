"""Generate a realistic benchmark corpus from the samples' building blocks.

Usage::

    python benchmarks/make_corpus.py OUT --n 400 [--seed 7] [--words 3200]

Each generated convention takes its opening (title, parties, « Vu » and « Considérant ») from one
sample source, then articles drawn from several sources (renumbered « Article k – Title »), until it
reaches about ``--words`` words (≈ 8 pages), and ends with the closing article and signature block of
its opening source. It is rendered to PDF, DOCX, ODT or TXT by ``corpus_samples/build.py``'s own
renderers (imported, not copied), with the opening source's layout quirks (running headers, page
numbers, hyphenation, fake bold). Same seed, same files.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "corpus_samples"))

import build  # noqa: E402  (corpus_samples/build.py)

FORMATS = ["pdf", "pdf", "docx", "docx", "odt", "txt"]  # mostly PDF and Word, as préfectures send them
_SAFE_LAYOUT = {"header", "footer", "page_numbers", "fake_bold_headings", "hyphenate", "font_size"}


def _split(src: "build.Source") -> tuple[list, list[list]]:
    """Opening blocks (before the first heading) and sections (a heading and what follows it)."""
    opening, sections = [], []
    for b in src.blocks:
        if b.kind == "heading":
            sections.append([b])
        elif sections:
            sections[-1].append(b)
        else:
            opening.append(b)
    return opening, sections


def _words(blocks) -> int:
    n = 0
    for b in blocks:
        n += len(" ".join(" ".join(r) for r in b.rows).split()) if b.kind == "table" else len(b.text.split())
    return n


def _renumbered(section: list, k: int) -> list:
    head = copy.copy(section[0])
    title = head.title or "Dispositions"
    if str(head.number or "").startswith("annexe"):
        return [head] + section[1:]
    head.text = f"Article {k} – {title}"
    head.number = str(k)
    return [head] + section[1:]


def load_sources() -> list["build.Source"]:
    out = []
    for path in sorted(build.SOURCES.glob("*.md")):
        try:
            out.append(build.parse_source(path))
        except build.SourceError:
            continue
    return out


def make_one(sources, rnd: random.Random, index: int, target_words: int) -> tuple[str, bytes]:
    main = rnd.choice(sources)
    opening, main_sections = _split(main)
    pool = [s for src in sources for s in _split(src)[1]
            if s[0].number and not str(s[0].number).startswith("annexe") and s is not main_sections[-1]]
    body = [s for s in main_sections[:-1] if not str(s[0].number or "").startswith("annexe")]
    rnd.shuffle(pool)
    chosen = body[: max(3, len(body) // 2)]
    words = _words(opening) + sum(_words(s) for s in chosen) + _words(main_sections[-1])
    for s in pool:
        if words >= target_words:
            break
        chosen.append(s)
        words += _words(s)
    blocks = list(opening)
    for k, s in enumerate(chosen + [main_sections[-1]], start=1):
        blocks += _renumbered(s, k)
    fmt = FORMATS[index % len(FORMATS)]
    front = {"file": f"bench-{index:04d}.{fmt}", "gold": main.front.get("gold", {}),
             "layout": {k: v for k, v in (main.front.get("layout") or {}).items() if k in _SAFE_LAYOUT}}
    if fmt == "txt":
        front["encoding"] = rnd.choice(["utf-8", "utf-8", "cp1252"])
    src = build.Source(main.path, front["file"], front, blocks)
    return src.file, build.RENDERERS[fmt](src)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Génère un corpus de conventions pour mesurer les performances.")
    ap.add_argument("out", help="dossier de sortie")
    ap.add_argument("--n", type=int, default=400, help="nombre de conventions (défaut : 400)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=3200, help="mots par convention, ≈ 8 pages (défaut : 3200)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sources = load_sources()
    rnd = random.Random(args.seed)
    for i in range(args.n):
        name, data = make_one(sources, rnd, i, args.words)
        (out / name).write_bytes(data)
    print(f"{args.n} conventions écrites dans {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

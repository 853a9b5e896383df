"""Benchmark: a ~5,000-word convention compared with the bundled model (target ≤ 0.5 s).

    .venv/bin/python benchmarks/bench_diff.py

The convention is built from the model: placeholders filled, every article lengthened with local
clauses (shuffled model sentences with words changed), two articles added, one moved, one dropped.
"""

from __future__ import annotations

import hashlib
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iscg_nlp.compare import compare, load_model, model_from, render_html, to_json  # noqa: E402
from iscg_nlp.compare.model import BUNDLED_MODEL, BUNDLED_POINTS  # noqa: E402
from iscg_nlp.segment import segment  # noqa: E402
from iscg_nlp.types import Document, ExtractionReport, TextBlock  # noqa: E402

HEAD = re.compile(r"^Article (\d+) – (.+)$", re.M)


def read(path: Path) -> Document:
    """The real reader when it works; otherwise one block per line (timing of compare only)."""
    try:
        from iscg_nlp.extract import read_document

        return read_document(path)
    except Exception as exc:  # noqa: BLE001 - the benchmark measures compare, not the reader
        print(f"(lecteur indisponible : {exc} ; texte lu ligne à ligne)")
    text = path.read_text(encoding="utf-8")
    blocks, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        if line:
            blocks.append(TextBlock(pos, pos + len(line), paragraph=k, raw=line))
        pos += len(line) + 1
    return Document(str(path), hashlib.sha256(text.encode()).hexdigest(), text, blocks,
                    ExtractionReport(format="txt"))


def build_convention(words: int = 5000, seed: int = 7) -> str:
    rnd = random.Random(seed)
    text = re.sub(r"\[[^\]]+\]", "Loire", BUNDLED_MODEL.read_text(encoding="utf-8"))
    heads = list(HEAD.finditer(text))
    sig = text.find("Fait à")
    arts = [(m.group(2), text[m.end():(heads[k + 1].start() if k + 1 < len(heads) else sig)].strip())
            for k, m in enumerate(heads)]
    sentences = [s for _, b in arts for s in re.split(r"(?<=\.)\s+", b) if len(s.split()) > 6]
    swaps = {"intervenant social": "travailleur social du poste", "convention": "présente convention locale",
             "service": "service de police", "personnes": "usagers"}
    arts.pop(1)  # drop « Cadre de référence »
    arts.insert(3, arts.pop(7))  # move « Qualification » earlier
    arts += [("Communication", ""), ("Protection des données", "")]
    out = [text[:heads[0].start()]]
    body_words = lambda: sum(len(b.split()) for _, b in arts)  # noqa: E731
    k = 0
    while body_words() + len(out[0].split()) < words:
        t, b = arts[k % len(arts)]
        s = rnd.choice(sentences)
        for a, z in swaps.items():
            if rnd.random() < 0.5:
                s = s.replace(a, z)
        arts[k % len(arts)] = (t, (b + "\n\n" + s).strip())
        k += 1
    out += [f"Article {n} – {t}\n\n{b}\n\n" for n, (t, b) in enumerate(arts, 1)]
    return "".join(out) + text[sig:]


def main() -> None:
    text = build_convention()
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "convention-5000-mots.txt"
        p.write_text(text, encoding="utf-8")
        doc = read(p)
        structure = segment(doc)
        mp = Path(tmp) / "convention-type.txt"
        mp.write_text(BUNDLED_MODEL.read_text(encoding="utf-8"), encoding="utf-8")
        mdoc = read(mp)
        t0 = time.perf_counter()
        try:
            model = load_model()
        except Exception:  # noqa: BLE001
            model = model_from(mdoc, segment(mdoc), BUNDLED_POINTS, name="convention-type")
        t_model = time.perf_counter() - t0
    n_words = len(doc.text.split())
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        c = compare(doc, structure, model)
        runs.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    html = render_html(c)
    t_html = time.perf_counter() - t0
    t0 = time.perf_counter()
    to_json(c)
    t_json = time.perf_counter() - t0
    print(f"convention : {n_words} mots, {len(structure.articles)} articles ; modèle : {len(model.units)} articles")
    print(f"chargement du modèle : {t_model * 1000:.0f} ms")
    print(f"compare()  : médiane {statistics.median(runs) * 1000:.0f} ms, max {max(runs) * 1000:.0f} ms "
          f"(objectif ≤ 500 ms) sur {len(runs)} essais")
    print(f"render_html: {t_html * 1000:.0f} ms ({len(html) // 1024} Kio) ; to_json : {t_json * 1000:.0f} ms")
    print(f"score {c.score:.3f} ({c.decision}) ; {c.counts()}")
    print("points : " + ", ".join(f"{p.id}={p.status}{'*' if p.sens_modifie else ''}" for p in c.points))


if __name__ == "__main__":
    main()

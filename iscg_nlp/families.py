"""Copy-paste families: conventions that were written from one another, and the problem passages they share.

The study saw local texts « circulate and duplicate », carrying their disputed passages with them.
Conventions built on the national model all look alike, and that is wanted: so the sentences of the
model convention are removed from every text before comparing, and what is left (local wording) is
compared.

Method (documented, because the threshold decides what a « family » is):
- each text → TF-IDF on words (1-3 grams) and on characters (4-grams inside words), both
  L2-normalised; similarity of two conventions = mean of the two cosine similarities (0 to 1);
- two conventions are linked when their similarity ≥ ``threshold`` (default 0.65);
- a family is a connected component of that graph with at least two members (single linkage,
  i.e. agglomerative clustering cut at distance 1 − threshold).
Measured on the samples: different conventions score 0.25-0.52 (the highest pairs are both built on
the model); a copy with its place names changed and a fifth of its lines rewritten scores ≈ 0.84.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from .textutil import fold, squash

DEFAULT_THRESHOLD = 0.65

#: problem values whose evidence is worth tracing across a family (indicator -> values)
PROBLEM_VALUES: dict[str, set[str]] = {
    "deontologie": {"contre_sens", "ambiguite"},
    "autorites": {"inversee", "confuse"},
    "public": {"victimes_seulement", "ambiguite", "mineurs_seulement"},
    "situations": {"vif", "violences_conjugales", "violences_faites_aux_femmes"},
    "qualification": {"imprecision_dommageable"},
    "lieu_exercice": {"non", "partiellement"},
    "locaux_moyens": {"ambiguite"},
}

_SENTENCE = re.compile(r"[^.;:!?\n]+[.;:!?]?")


@dataclass
class SharedPassage:
    indicator: str
    value: str
    text: str  # the passage as written in the first member that has it
    members: list[str]


@dataclass
class Family:
    members: list[int]  # indices into the input
    labels: list[str]
    similarity: float  # mean similarity over the family's linked pairs
    shared: list[SharedPassage] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    return [s for s in (squash(m.group(0)) for m in _SENTENCE.finditer(text)) if len(s) > 20]


@lru_cache(maxsize=2)
def _model_sentences(model_path: str | None = None) -> frozenset[str]:
    try:
        from .pipeline import get_model

        return frozenset(fold(s) for s in sentences(get_model(model_path).doc.text))
    except Exception:  # noqa: BLE001 - without a model, families simply include model-built texts
        return frozenset()


def local_text(text: str, model: frozenset[str] | None = None) -> str:
    """The text without the sentences it shares verbatim with the model convention."""
    model = _model_sentences() if model is None else model
    return "\n".join(s for s in sentences(text) if fold(s) not in model)


def similarity_matrix(texts: list[str]):
    """Pairwise similarity (numpy array n×n) of texts: mean of word and character TF-IDF cosines."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    n = len(texts)
    if n == 0:
        return np.zeros((0, 0))
    folded = [fold(t) for t in texts]
    if not any(t.strip() for t in folded):
        return np.eye(n)
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 3), token_pattern=r"(?u)\b\w+\b",
                            sublinear_tf=True, min_df=1)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True, min_df=1)
    sim = (cosine_similarity(words.fit_transform(folded)) + cosine_similarity(chars.fit_transform(folded))) / 2
    np.fill_diagonal(sim, 1.0)
    return sim


def _components(sim, threshold: float) -> list[list[int]]:
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    adj = csr_matrix(sim >= threshold)
    _, labels = connected_components(adj, directed=False)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)
    return [g for g in groups.values() if len(g) >= 2]


def shared_passages(members: list[int], labels: list[str], values: list[dict[str, Any]],
                    evidence: list[dict[str, list[dict]]]) -> list[SharedPassage]:
    """Evidence of problem values found (same words, folded) in at least two members of a family."""
    seen: dict[tuple[str, str, str], SharedPassage] = {}
    for i in members:
        for ind, bad in PROBLEM_VALUES.items():
            v = values[i].get(ind)
            if v not in bad:
                continue
            for ev in evidence[i].get(ind) or []:
                text = squash(ev.get("text") or "")
                if not text:
                    continue
                key = (ind, str(v), fold(text))
                sp = seen.setdefault(key, SharedPassage(ind, str(v), text, []))
                if labels[i] not in sp.members:
                    sp.members.append(labels[i])
    return [sp for sp in seen.values() if len(sp.members) >= 2]


def find_families(texts: list[str], labels: list[str] | None = None, *, threshold: float = DEFAULT_THRESHOLD,
                  values: list[dict[str, Any]] | None = None, evidence: list[dict[str, list[dict]]] | None = None,
                  strip_model: bool = True) -> list[Family]:
    """Group near-duplicate conventions; with codings (values, evidence), add the problem passages they share."""
    labels = labels or [f"Convention n° {i + 1}" for i in range(len(texts))]
    values = values or [{} for _ in texts]
    evidence = evidence or [{} for _ in texts]
    model = _model_sentences() if strip_model else frozenset()
    sim = similarity_matrix([local_text(t, model) for t in texts])
    families = []
    for comp in _components(sim, threshold):
        pairs = [sim[a, b] for k, a in enumerate(comp) for b in comp[k + 1:] if sim[a, b] >= threshold]
        fam = Family(comp, [labels[i] for i in comp], round(float(sum(pairs) / len(pairs)), 3))
        fam.shared = shared_passages(comp, labels, values, evidence)
        families.append(fam)
    families.sort(key=lambda f: (-len(f.members), -f.similarity))
    return families


def families_of_records(records, *, threshold: float = DEFAULT_THRESHOLD) -> list[Family]:
    """Families among stats Records that have a text (labels are the records' labels)."""
    with_text = [r for r in records if r.text]
    return find_families([r.text for r in with_text], [r.label for r in with_text], threshold=threshold,
                         values=[r.values for r in with_text], evidence=[r.evidence for r in with_text])


def render_families(families: list[Family], console, mask: Callable[[str], str] | None = None) -> None:
    """Terminal listing (rich) of the families, in French."""
    from .labels import indicator_label, value_label

    m = mask or (lambda s: s)
    if not families:
        console.print("Aucune famille de conventions copiées-collées trouvée.")
        return
    for k, fam in enumerate(families, start=1):
        console.print(f"[bold]Famille {k}[/] — {len(fam.members)} conventions, similarité moyenne "
                      f"{fam.similarity:.2f}".replace(".", ","))
        for lab in fam.labels:
            console.print(f"  • {m(lab)}")
        for sp in fam.shared:
            console.print(f"  Passage repris ({indicator_label(sp.indicator)} : "
                          f"{value_label(sp.indicator, sp.value)}) dans {len(sp.members)} conventions :")
            console.print(f"    « {m(sp.text)} »")


def run_families(args) -> int:
    """`iscg families [PATH...] [--threshold T]`: list the copy-paste families of a folder of conventions."""
    from rich.console import Console

    from .stats.records import records_from_paths

    console = Console(highlight=False)
    records, _ = records_from_paths(args.paths, use_cache=not getattr(args, "no_cache", False),
                                    rules_dir=getattr(args, "rules", None), model_path=getattr(args, "model", None))
    threshold = getattr(args, "threshold", None) or DEFAULT_THRESHOLD
    fams = families_of_records(records, threshold=threshold)
    console.print(f"{len(records)} convention(s) lue(s) ; seuil de similarité {threshold:.2f}".replace(".", ",")
                  + f" ; {len(fams)} famille(s).")
    render_families(fams, console)
    return 0

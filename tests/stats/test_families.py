"""Copy-paste families: found among deliberately near-duplicate texts, not among different conventions."""

from __future__ import annotations

import random

from iscg_nlp.families import DEFAULT_THRESHOLD, find_families, local_text, similarity_matrix


def _near_copy(text: str, seed: int, old: str, new: str) -> str:
    """A local copy: place names changed and one line in five rewritten."""
    lines = text.split("\n")
    rnd = random.Random(seed)
    for i in rnd.sample(range(len(lines)), len(lines) // 5):
        lines[i] = "Ce paragraphe a été réécrit pour le territoire de la nouvelle compagnie."
    return "\n".join(lines).replace(old, new)


def test_near_duplicates_form_a_family_and_share_problem_passages(sample_texts):
    source = next(f for f in sample_texts if f.endswith("b09-vaucluse-2016.docx"))
    others = [f for f in sample_texts if not f.endswith("b09-vaucluse-2016.docx")][:8]
    texts = [sample_texts[source], _near_copy(sample_texts[source], 1, "Vaucluse", "Gard"),
             _near_copy(sample_texts[source], 2, "Vaucluse", "Var")] + [sample_texts[f] for f in others]
    labels = ["origine", "copie 1", "copie 2"] + [f.rsplit("/", 1)[-1] for f in others]
    passage = "Le plan d'action est systématiquement adressé en copie au commissariat."
    values = [{"deontologie": "contre_sens"}] * 3 + [{} for _ in others]
    evidence = [{"deontologie": [{"text": passage}]}] * 2 + [{"deontologie": [{"text": "Autre phrase."}]}] + \
        [{} for _ in others]

    fams = find_families(texts, labels, values=values, evidence=evidence)
    assert len(fams) == 1
    assert fams[0].labels == ["origine", "copie 1", "copie 2"]
    assert fams[0].similarity >= 0.7
    (shared,) = fams[0].shared
    assert shared.indicator == "deontologie" and shared.value == "contre_sens"
    assert shared.members == ["origine", "copie 1"] and shared.text == passage


def test_different_conventions_are_not_a_family(sample_texts):
    texts = list(sample_texts.values())
    assert find_families(texts) == []
    # what find_families compares: the local wording, once the model convention's sentences are removed
    # (samples built on the model score up to ≈ 0.68 on their whole text, and that is wanted)
    sim = similarity_matrix([local_text(t) for t in texts])
    assert sim.shape == (len(texts), len(texts))
    # the closest pair of distinct samples (t01/t08: two adaptations of the model by the same hand, with the
    # same modern wording) reaches 0.61; the cut must stay above every pair of different conventions
    assert max(sim[i, j] for i in range(len(texts)) for j in range(len(texts)) if i != j) < DEFAULT_THRESHOLD


def test_threshold_is_the_cut():
    a = "L'intervenant social exerce au commissariat de la ville et reçoit toute personne en difficulté sociale."
    b = a.replace("ville", "commune")
    assert len(find_families([a, b, "Texte sans rapport aucun avec les autres."], strip_model=False,
                             threshold=0.6)) == 1
    assert find_families([a, b], strip_model=False, threshold=0.999) == []

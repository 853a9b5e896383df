"""The classifier: TF-IDF on words and on characters, then a logistic regression.

Why this shape: conventions are long, formulaic French; word pairs catch wording ("autorité
hiérarchique du commandant"), character n-grams survive OCR slips, inflections and accents. A
logistic regression gives probabilities that mean something (it is trained on log-loss), which the
second-opinion threshold relies on; class weights are balanced because deviations are rare.
"""

from __future__ import annotations

from ..textutil import fold

FEATURES_VERSION = "tfidf-mots1-2-car3-5-lr-v1"
MAX_WORD_FEATURES = 40000
MAX_CHAR_FEATURES = 60000
C = 10.0  # weak regularisation: few, long documents; chosen on the samples' cross-validation


def _prepare(text: str) -> str:
    """Lower-case, accents off, straight quotes (the same folding as the rules)."""
    return fold(text)


def build_pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("mots", TfidfVectorizer(preprocessor=_prepare, ngram_range=(1, 2), sublinear_tf=True,
                                 token_pattern=r"(?u)\b\w\w+\b", max_features=MAX_WORD_FEATURES)),
        ("caracteres", TfidfVectorizer(preprocessor=_prepare, analyzer="char_wb", ngram_range=(3, 5),
                                       sublinear_tf=True, max_features=MAX_CHAR_FEATURES)),
    ])
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    return Pipeline([("features", features), ("clf", clf)])

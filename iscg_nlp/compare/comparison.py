"""``compare(doc, structure, model) -> Comparison``: alignment, redline, points, score, indicator."""

from __future__ import annotations

from dataclasses import dataclass, field

from iscg_nlp.compare.align import Group, align_articles, align_sentences, sentences_in_order
from iscg_nlp.compare.model import ModelConvention
from iscg_nlp.compare.ops import EQUAL, INSERT, MOVE, REPLACE, EditOp, make_side, word_ops
from iscg_nlp.compare.points import PointResult, check_points, reconcile_with_coding
from iscg_nlp.compare.score import ScoreParts, combine, load_threshold
from iscg_nlp.compare.units import Unit, units_of
from iscg_nlp.types import Document, Evidence, IndicatorCoding, Structure

KIND_LABELS = {"apparie": "apparié", "scinde": "scindé", "fusionne": "fusionné",
               "supprime": "sans équivalent (supprimé)", "ajoute": "ajouté"}
STATUS_LABELS = {"conserve": "conservé", "modifie": "modifié", "supprime": "supprimé"}


@dataclass
class ArticleMatch:
    """One group of the alignment with its redline and its share of the model kept."""

    kind: str  # apparie | scinde | fusionne | supprime | ajoute
    model: list[Unit]
    doc: list[Unit]
    similarity: float
    moved: bool
    ops: list[EditOp] = field(default_factory=list)
    sentences: list = field(default_factory=list)  # list[SentencePair]
    coverage: float = 0.0  # share of the model words kept (equal or moved)

    @property
    def changed(self) -> bool:
        return self.kind != "apparie" or self.moved or any(
            o.kind != EQUAL and not o.placeholder and (o.model_words or o.doc_words) for o in self.ops)

    @property
    def model_label(self) -> str:
        return " + ".join(u.label for u in self.model)

    @property
    def doc_label(self) -> str:
        return " + ".join(u.label for u in self.doc)

    @property
    def title(self) -> str:
        u = (self.model or self.doc)[0]
        return u.title


@dataclass
class Comparison:
    doc: Document
    model: ModelConvention
    matches: list[ArticleMatch]
    points: list[PointResult]
    parts: ScoreParts
    threshold: float

    @property
    def score(self) -> float:
        return self.parts.score

    @property
    def decision(self) -> str:
        return "proche" if self.score >= self.threshold else "eloignee"

    def counts(self) -> dict[str, int]:
        """Model articles kept as they are / modified / missing, convention articles added, moves."""
        out = {"identiques": 0, "modifies": 0, "supprimes": 0, "ajoutes": 0, "deplaces": 0,
               "scindes": 0, "fusionnes": 0}
        for m in self.matches:
            if m.kind == "supprime":
                out["supprimes"] += len(m.model)
            elif m.kind == "ajoute":
                out["ajoutes"] += len(m.doc)
            else:
                out["modifies" if m.changed else "identiques"] += len(m.model)
                out["deplaces"] += int(m.moved)
                out["scindes"] += int(m.kind == "scinde")
                out["fusionnes"] += int(m.kind == "fusionne")
        return out

    def to_indicator(self) -> IndicatorCoding:
        """``proximite_modele``: value, score and threshold, best aligned passages, French explanation."""
        ev: list[Evidence] = []
        paired = sorted((m for m in self.matches if m.model and m.doc), key=lambda m: -m.similarity)
        for m in paired[:3]:
            best = max((p for p in m.sentences if p.model and p.doc), key=lambda p: p.similarity, default=None)
            if best is None:
                continue
            d = best.doc
            art = next((u.label for u in m.doc if u.body_start <= d.start < u.end), m.doc_label)
            ev.append(Evidence(d.text, d.start, d.end, self.doc.page_at(d.start), art,
                               "proximite_modele.alignement"))
        margin = abs(self.score - self.threshold)
        confidence = min(0.95, 0.55 + 2 * margin)  # far from the threshold → surer
        return IndicatorCoding("proximite_modele", self.decision, confidence, ev, self.explain(),
                               extra={"score": round(self.score, 3), "seuil": self.threshold})

    def explain(self) -> str:
        c = self.counts()
        n = sum(len(m.model) for m in self.matches)
        found = n - c["supprimes"]
        verdict = "proche de" if self.decision == "proche" else "éloignée de"
        pts = {k: [p for p in self.points if p.status == k] for k in ("conserve", "modifie", "supprime")}
        sens = [p.label for p in self.points if p.sens_modifie]
        text = (f"Convention {verdict} la convention-type : score {self.score:.2f} pour un seuil de "
                f"{self.threshold:.2f}. {found} article(s) du modèle sur {n} retrouvé(s) "
                f"({c['identiques']} inchangé(s), {c['modifies']} modifié(s)), {c['supprimes']} sans "
                f"équivalent, {c['ajoutes']} article(s) ajouté(s), {c['deplaces']} déplacé(s). "
                f"{self.parts.sentences_in_order} phrase(s) du modèle sur {self.parts.model_sentences} "
                f"retrouvée(s) dans le même ordre, même reformulées. "
                f"Points impératifs : {len(pts['conserve'])} conservé(s), {len(pts['modifie'])} "
                f"modifié(s), {len(pts['supprime'])} supprimé(s).")
        if sens:
            text += " Sens modifié pour : " + ", ".join(sens) + "."
        return text


def _match(group: Group, model_units: list[Unit], doc_units: list[Unit], model_text: str,
           doc_text: str) -> ArticleMatch:
    mu = [model_units[i] for i in group.model]
    du = [doc_units[j] for j in group.doc]
    ms = make_side(model_text, [(u.tokens, u.end) for u in mu])
    ds = make_side(doc_text, [(u.tokens, u.end) for u in du])
    ops = word_ops(ms, ds)
    total = sum(u.counted_words for u in mu)
    kept = sum(o.model_words for o in ops if o.kind == EQUAL or (o.kind == MOVE and o.side == "model"))
    sentences = align_sentences([s for u in mu for s in u.sentences], [s for u in du for s in u.sentences])
    return ArticleMatch(group.kind, mu, du, group.similarity, group.moved, ops, sentences,
                        kept / total if total else (1.0 if du else 0.0))


def compare(doc: Document, structure: Structure, model: ModelConvention,
            threshold: float | None = None, coding: dict | None = None) -> Comparison:
    """Align ``doc`` on ``model`` article by article, redline each pair, check the imperative points.

    ``coding`` (indicator -> IndicatorCoding, from the decide stage) lets the rules judge whether a
    reworded imperative point kept its meaning (see ``points.reconcile_with_coding``)."""
    doc_units = units_of(doc, structure)
    groups = align_articles(model.units, doc_units)
    matches = [_match(g, model.units, doc_units, model.doc.text, doc.text) for g in groups]
    points = check_points(model.points, model.doc.text, model.units, doc.text, doc_units, groups,
                          model.folded)
    if coding:
        reconcile_with_coding(points, model.points, coding)
    imperative_units = model.imperative_units
    cover: list[tuple[float, bool]] = []
    for m in matches:
        for u in m.model:
            # a merged group shares its coverage among its model articles
            cover.append((m.coverage, u.index in imperative_units))
    doc_words = sum(u.counted_words for u in doc_units)
    from_model = sum(o.doc_words for m in matches for o in m.ops
                     if o.kind == EQUAL or (o.kind == MOVE and o.side == "doc")
                     or (o.placeholder and o.kind in (REPLACE, INSERT)))
    paired = [m for m in matches if m.model and m.doc]
    model_sentences = [s for u in model.units for s in u.sentences]
    in_order = sentences_in_order(model_sentences, [s for u in doc_units for s in u.sentences])
    parts = combine(cover, doc_words, from_model, len(model.units),
                    sum(len(m.model) for m in paired), len(paired), sum(1 for m in paired if m.moved),
                    in_order, len(model_sentences))
    return Comparison(doc, model, matches, points, parts,
                      load_threshold() if threshold is None else threshold)


"""From an ``Analysis`` to the numbered list of observations sent back to a préfecture.

An observation is one thing to change in the draft, anchored on a passage (offsets into
``Document.text``): a wording that a rule flags, a value resting on absence (anchored on the article
where the point belongs), an imperative point of the model removed or with its meaning changed, or a
financing recommendation not met. Which ones, and how grave, comes from ``observations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iscg_nlp.check.config import ObservationPolicy, load_policy, severity_rank
from iscg_nlp.labels import indicator_label, value_label
from iscg_nlp.textutil import fold, squash
from iscg_nlp.types import Finding

if TYPE_CHECKING:
    from iscg_nlp.compare import Comparison
    from iscg_nlp.pipeline import Analysis
    from iscg_nlp.ruleset import RuleSet

# A model sentence aligned with the flagged one is quoted as « what the model says » from this
# similarity on; below it the alignment is too loose and the imperative point's passage is used.
MODEL_SENTENCE_FLOOR = 0.45
KIND_LABELS = {"regle": "Formulation", "absence": "Absence", "point_imperatif": "Point impératif",
               "financement": "Financement"}


@dataclass
class Observation:
    number: int
    kind: str  # regle | absence | point_imperatif | financement
    indicator: str  # codebook key ("financement" for the financing checks)
    severity: str  # bloquant | a_corriger | a_noter
    title: str  # short French heading
    start: int  # anchor span in Document.text
    end: int
    quote: str  # the passage as written (squashed)
    article: str | None  # "Article 4", or None when anchored outside the articles
    problem: str  # what is wrong and why (French)
    reference: str | None = None
    model_text: str | None = None  # what the model convention says instead
    suggestion: str | None = None
    rule_id: str | None = None
    on_passage: bool = True  # False: anchored on a heading or the title because the point is missing
    page: int | None = None
    notes: list[str] = field(default_factory=list)  # further remarks merged into this one

    @property
    def full_problem(self) -> str:
        return " ".join([self.problem] + self.notes)


# --------------------------------------------------------------------------- anchors


def _heading_span(text: str, start: int, body_start: int) -> tuple[int, int]:
    s, e = start, max(start, body_start)
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else (start, min(len(text), start + 1))


def _title_anchor(analysis: "Analysis") -> tuple[int, int, str | None]:
    doc, st = analysis.document, analysis.structure
    if st.title:
        s, e = st.title
        return s, e, None
    b = doc.blocks[0] if doc.blocks else None
    return (b.start, b.end, None) if b else (0, min(1, len(doc.text)), None)


def _article_by_title(analysis: "Analysis", words: list[str]):
    for a in analysis.structure.articles + analysis.structure.annexes:
        t = fold(a.title or "")
        if t and any(w in t for w in words):
            return a
    return None


def _model_unit_for(comparison: "Comparison | None", indicator: str, words: list[str]):
    """The model article where this indicator's point is written (imperative point, else title)."""
    if comparison is None:
        return None
    model = comparison.model
    for p in model.points:
        if p.indicateur == indicator and p.passages:
            key = squash(fold(p.passages[0]))
            for u in model.units:
                if key[:60] in u.norm:
                    return u
    for u in model.units:
        if any(w in u.title_norm for w in words):
            return u
    return None


def absence_anchor(analysis: "Analysis", indicator: str, words: list[str]) -> tuple[int, int, str | None]:
    """Where to put a remark on something missing: the local article on the subject, else the local
    counterpart of the model article that carries it, else the title of the convention."""
    doc = analysis.document
    a = _article_by_title(analysis, words)
    if a is None and analysis.comparison is not None:
        mu = _model_unit_for(analysis.comparison, indicator, words)
        if mu is not None:
            for m in analysis.comparison.matches:
                if any(u.index == mu.index for u in m.model) and m.doc:
                    u = m.doc[0]
                    s, e = _heading_span(doc.text, u.start, u.body_start)
                    return s, e, u.label
    if a is not None:
        s, e = _heading_span(doc.text, a.start, a.body_start)
        return s, e, a.label
    return _title_anchor(analysis)


# --------------------------------------------------------------------------- model passages


def _point_text(comparison: "Comparison | None", indicator: str) -> str | None:
    if comparison is None:
        return None
    for p in comparison.model.points:
        if p.indicateur == indicator and p.passages:
            return " ".join(p.passages)
    return None


def model_passage(comparison: "Comparison | None", indicator: str, start: int, end: int) -> str | None:
    """What the model says instead: the aligned model sentence if close enough, else the passage of
    the imperative point on the same subject."""
    if comparison is not None:
        for m in comparison.matches:
            if not any(u.start <= start < u.end for u in m.doc):
                continue
            for pair in m.sentences:
                d = pair.doc
                if d is not None and d.start < max(end, start + 1) and start < d.end:
                    if pair.model is not None and pair.similarity >= MODEL_SENTENCE_FLOOR:
                        return pair.model.text
                    break
    return _point_text(comparison, indicator)


# --------------------------------------------------------------------------- building


def _article_label(analysis: "Analysis", offset: int) -> str | None:
    a = analysis.structure.article_at(offset)
    return a.label if a else None


def _severity_of_value(analysis: "Analysis", ruleset: "RuleSet | None", indicator: str, value, declared: str) -> str:
    avis = ruleset.avis if ruleset is not None else None
    if avis is not None:
        for c in avis.criteria:
            if c.indicator == indicator and value in c.fails:
                return "bloquant"
    return declared


def _from_finding(analysis: "Analysis", f: Finding, severity: str, value_text: str) -> Observation:
    doc = analysis.document
    return Observation(
        number=0, kind="regle", indicator=f.indicator, severity=severity,
        title=f"{indicator_label(f.indicator)} : {value_text}", start=f.start, end=f.end,
        quote=squash(doc.text[f.start:f.end]), article=f.article or _article_label(analysis, f.start),
        problem=squash(f.explanation) or value_text, reference=f.reference,
        model_text=model_passage(analysis.comparison, f.indicator, f.start, f.end),
        suggestion=squash(f.suggestion) if f.suggestion else None, rule_id=f.rule_id, page=f.page)


def _signal_label(indicator: str, signal: str) -> str:
    """A signal named like a value (« contre_sens ») reads as that value; others as a wording to review."""
    label = value_label(indicator, signal)
    return label if label != signal else "formulation à revoir"


def _add(obs: list[Observation], new: Observation) -> None:
    """Keep one observation per passage and indicator (the gravest), noting the others in it."""
    for o in obs:
        if o.indicator == new.indicator and o.start < new.end and new.start < o.end:
            if severity_rank(new.severity) < severity_rank(o.severity):
                o.severity = new.severity
            if new.kind == "point_imperatif" or (new.problem != o.problem and new.problem not in o.notes):
                o.notes.append(new.problem)
            o.model_text = o.model_text or new.model_text
            return
    obs.append(new)


def _known_signals(ruleset: "RuleSet | None") -> dict[str, set[str]] | None:
    if ruleset is None:
        return None
    out: dict[str, set[str]] = {}
    for ind, f in ruleset.files.items():
        sig = out.setdefault(ind, set())
        for r in f.rules:
            sig.add(r.vote)
            neg = r.qualifiers.negation
            if neg.startswith("flip:"):
                sig.add(neg.split(":", 1)[1])
        for case in f.decide:
            if case.when is not None:
                sig.update(case.when.all + case.when.any + case.when.none)
                if isinstance(case.when.min_count, dict):
                    sig.update(case.when.min_count)
    return out


def build_observations(analysis: "Analysis", policy: ObservationPolicy | None = None,
                       ruleset: "RuleSet | None" = None) -> list[Observation]:
    """Every observation of the draft, numbered in reading order."""
    if policy is None:
        policy = load_policy(known_signals=_known_signals(ruleset))
    coding = analysis.coding
    doc = analysis.document
    fired = [f for f in analysis.findings if f.status == "fired"]
    by_key = {(f.rule_id, f.start, f.end): f for f in fired}
    obs: list[Observation] = []

    for ind, pol in policy.indicators.items():
        ic = coding.indicators.get(ind) or coding.descriptive.get(ind)
        if ic is None:
            continue
        value = ic.value if isinstance(ic.value, str) else None
        vlabel = value_label(ind, value)
        if value in pol.values:
            sev = _severity_of_value(analysis, ruleset, ind, value, pol.values[value])
            used = [by_key[(e.rule, e.start, e.end)] for e in ic.evidence if (e.rule, e.start, e.end) in by_key]
            for f in used:
                _add(obs, _from_finding(analysis, f, sev, vlabel))
            if not used:  # the value rests on absence: anchor where the point belongs
                s, e, art = absence_anchor(analysis, ind, pol.titles)
                obs.append(Observation(
                    number=0, kind="absence", indicator=ind, severity=sev,
                    title=f"{indicator_label(ind)} : {vlabel}", start=s, end=e,
                    quote=squash(doc.text[s:e]), article=art,
                    problem=squash(ic.explanation or f"{indicator_label(ind)} : {vlabel}."),
                    model_text=_point_text(analysis.comparison, ind) or _model_article_text(analysis, ind, pol.titles),
                    suggestion="Ajouter la clause correspondante de la convention-type.",
                    on_passage=False, page=doc.page_at(s)))
        for f in fired:
            if f.indicator == ind and f.value in pol.signals:
                _add(obs, _from_finding(analysis, f, pol.signals[f.value], _signal_label(ind, f.value)))

    _add_points(analysis, policy, obs)
    _add_financing(analysis, policy, obs)

    obs.sort(key=lambda o: (o.start, severity_rank(o.severity)))
    for k, o in enumerate(obs, 1):
        o.number = k
    return obs


def _model_article_text(analysis: "Analysis", indicator: str, words: list[str], limit: int = 700) -> str | None:
    mu = _model_unit_for(analysis.comparison, indicator, words)
    if mu is None:
        return None
    text = squash(mu.text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " […]"


def _add_points(analysis: "Analysis", policy: ObservationPolicy, obs: list[Observation]) -> None:
    comp = analysis.comparison
    if comp is None:
        return
    doc = analysis.document
    for p in comp.points:
        if p.status == "supprime" and "supprime" in policy.points:
            sev, what = policy.points["supprime"], "supprimé"
        elif p.status == "modifie" and p.sens_modifie and "sens_modifie" in policy.points:
            sev = policy.points["sens_modifie"]
            what = "modifié, le sens est changé" + (
                " (disparition de « " + " », « ".join(p.sentinelles_perdues) + " »)" if p.sentinelles_perdues else "")
            if p.sens_note:
                what += ". " + p.sens_note.rstrip(".")
        else:
            continue
        ind = None
        for m in comp.model.points:
            if m.id == p.id:
                ind = m.indicateur
        ind = ind or p.id
        model_text = " ".join(r.model_text for r in p.passages)
        problem = f"Point impératif de la convention-type « {p.label} » {what}. {squash(p.pourquoi)}".strip()
        passage = next((r for r in p.passages if r.status != "conserve" and r.doc_start is not None), None)
        if passage is not None and p.status != "supprime":
            s, e, art, on = passage.doc_start, passage.doc_end, passage.article, True
        else:
            words = policy.indicators[ind].titles if ind in policy.indicators else []
            s, e, art = absence_anchor(analysis, ind, words)
            on = False
        _add(obs, Observation(
            number=0, kind="point_imperatif", indicator=ind, severity=sev,
            title=f"Point impératif : {p.label}", start=s, end=e, quote=squash(doc.text[s:e]),
            article=art or _article_label(analysis, s), problem=problem,
            reference="Convention-type nationale, points impératifs (étude ANISCG 2021)",
            model_text=model_text, suggestion="Reprendre la rédaction de la convention-type.",
            on_passage=on, page=doc.page_at(s)))


def _add_financing(analysis: "Analysis", policy: ObservationPolicy, obs: list[Observation]) -> None:
    from iscg_nlp.financing import financing_checks

    ind = analysis.coding.indicators
    if "financement" not in ind or "cout_poste" not in ind:
        return
    doc = analysis.document
    for check in financing_checks(ind["financement"], ind["cout_poste"]):
        pol = policy.financing.get(check.code)
        if pol is None:
            continue
        ev = check.evidence[0] if check.evidence else None
        if ev is not None:
            s, e, art, on = ev.start, ev.end, ev.article, True
        else:
            s, e, art = absence_anchor(analysis, "financement", policy.financing_titles)
            on = False
        obs.append(Observation(
            number=0, kind="financement", indicator="financement", severity=pol.severity,
            title="Financement du poste",
            start=s, end=e, quote=squash(doc.text[s:e]), article=art or _article_label(analysis, s),
            problem=check.message, reference=policy.financing_reference, suggestion=pol.suggestion,
            rule_id=f"financement.{check.code}", on_passage=on, page=doc.page_at(s)))

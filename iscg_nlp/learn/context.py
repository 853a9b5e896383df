"""Which part of a convention a model reads for an indicator.

The same choice is made when learning and when giving a second opinion, so the model always reads the
same kind of passage: the articles that held the tool's evidence for that indicator, plus the articles
whose title matches the rule file's scope titles; the whole text when neither gives anything (a value
resting on absence, in a convention without matching titles).
"""

from __future__ import annotations

import functools

from ..textutil import fold
from ..types import Article, Document, ExtractionReport


@functools.lru_cache(maxsize=64)
def scope_titles(indicator: str, rules_dir: str | None = None) -> tuple[str, ...]:
    """Folded title keywords of rules/<indicator>.yaml (file scope and each rule's own scope)."""
    try:
        from ..pipeline import get_ruleset

        rs = get_ruleset(rules_dir)
    except Exception:  # noqa: BLE001 - a broken rule folder only loses the title hint, not the model
        return ()
    titles: set[str] = set()
    ind = rs.files.get(indicator)
    if ind is not None and ind.scope is not None:
        titles.update(fold(t) for t in (ind.scope.titles_any or []))
    for rule in rs.rules_of(indicator):
        titles.update(rule.titles_any)
    return tuple(sorted(t for t in titles if t))


@functools.lru_cache(maxsize=256)
def _articles(text: str) -> tuple[Article, ...]:
    """Segment a stored normalised text (the segmenter needs the text only, not the source blocks)."""
    from ..segment import segment

    doc = Document(path="", sha256="", text=text, blocks=[], report=ExtractionReport(format="txt"))
    try:
        st = segment(doc)
    except Exception:  # noqa: BLE001 - an unsegmentable text is read whole
        return ()
    return tuple(st.articles + st.annexes)


def relevant_text(text: str, indicator: str, evidence: list[dict] | None, rules_dir: str | None = None) -> str:
    """The passage a model reads for ``indicator`` (see module docstring)."""
    articles = _articles(text)
    chosen: dict[int, Article] = {}
    for ev in evidence or []:
        start = ev.get("start")
        if not isinstance(start, int):
            continue
        for a in articles:
            if a.start <= start < a.end:
                chosen[a.start] = a
                break
    titles = scope_titles(indicator, rules_dir)
    if titles:
        for a in articles:
            if any(t in fold(a.title or "") for t in titles):
                chosen[a.start] = a
    if not chosen:
        return text
    return "\n".join(text[a.start:a.end] for _, a in sorted(chosen.items()))

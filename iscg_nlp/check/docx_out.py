"""Word outputs: the draft itself with one comment per observation, or a « relevé d'observations».

The commented copy is the préfecture's own file: every paragraph, table, style and tracked change is
kept; runs are only split where a flagged passage starts or ends, and a comment range is placed
around it (``w:commentRangeStart`` / ``w:commentRangeEnd`` and a reference run).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iscg_nlp.check.config import SEVERITY_LABELS
from iscg_nlp.check.observations import Observation
from iscg_nlp.labels import avis_label

if TYPE_CHECKING:
    from iscg_nlp.pipeline import Analysis

AUTHOR = "iscg-nlp"
INITIALS = "IS"


def comment_paragraphs(o: Observation) -> list[str]:
    """The comment's text: the problem, the reference, the model's wording, the suggestion."""
    head = f"Observation n° {o.number} — {SEVERITY_LABELS[o.severity]} — {o.title}"
    lines = [head, o.full_problem]
    if not o.on_passage:
        lines.append("(Observation placée ici : le passage attendu est absent de la convention.)")
    if o.reference:
        lines.append(f"Référence : {o.reference}")
    if o.model_text:
        lines.append(f"La convention-type prévoit : « {o.model_text} »")
    if o.suggestion:
        lines.append(f"Proposition : {o.suggestion}")
    return lines


@dataclass
class Placed:
    observation: Observation
    comment_id: int | None  # None: could not be placed on the text
    covered: str  # raw text the comment range covers


def write_commented_docx(source: str | Path, analysis: "Analysis", observations: list[Observation],
                         out: str | Path) -> list[Placed]:
    """Copy of the DOCX draft with one Word comment anchored on each observation's passage."""
    import docx
    from docx.text.run import Run

    from iscg_nlp.check.docx_anchor import W, BodyIndex, isolate

    document = docx.Document(str(source))
    body = document.element.body
    index = BodyIndex.of(body)
    placed: list[Placed] = []
    # Splits keep every raw character where it was, so the order of placement does not matter:
    # number order gives comment ids in reading order.
    for o in sorted(observations, key=lambda o: o.number):
        rr = isolate(analysis.document, index, o.start, o.end)
        if rr is None:
            placed.append(Placed(o, None, ""))
            continue
        lines = comment_paragraphs(o)
        comment = document.add_comment([Run(rr.first, document._body), Run(rr.last, document._body)],
                                       text=lines[0], author=AUTHOR, initials=INITIALS)
        for line in lines[1:]:
            comment.add_paragraph(line)
        _hoist_reference(rr.last, W)
        placed.append(Placed(o, comment.comment_id, rr.covered))
    document.save(str(out))
    placed.sort(key=lambda p: p.observation.number)
    return placed


def _hoist_reference(last_run, W: str) -> None:
    """A comment reference run must not land inside a tracked insertion or a hyperlink: move it
    right after the container, so the insertion's content stays exactly what the author wrote."""
    end = last_run.getnext()
    ref = end.getnext() if end is not None else None
    if ref is None or ref.find(W + "commentReference") is None:
        return
    container = last_run.getparent()
    if container is None or container.tag == W + "p":
        return
    top = container
    while top.getparent() is not None and top.getparent().tag != W + "p":
        top = top.getparent()
    if top.getparent() is None:
        return
    top.addnext(ref)


def write_releve_docx(analysis: "Analysis", observations: list[Observation], out: str | Path,
                      source_name: str) -> None:
    """For a PDF/ODT/TXT draft: a Word document listing the observations article by article."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("Relevé d'observations", level=0)
    d.add_paragraph(f"Projet de convention : {source_name}")
    avis = analysis.coding.avis
    if avis is not None:
        p = d.add_paragraph()
        p.add_run("Avis : ").bold = True
        p.add_run(avis_label(avis.value))
        for c in avis.criteres_non_respectes:
            d.add_paragraph(f"Critère non respecté : {avis.details.get(c, c)}", style="List Bullet")
    if not observations:
        d.add_paragraph("Aucune observation : le projet reprend les points essentiels de la convention-type.")
    current = object()
    for o in observations:
        where = o.article or "Hors articles (titre, préambule, signatures)"
        if where != current:
            d.add_heading(where, level=1)
            current = where
        h = d.add_paragraph()
        h.add_run(f"Observation n° {o.number} — {SEVERITY_LABELS[o.severity]} — {o.title}").bold = True
        q = d.add_paragraph()
        q.add_run("Passage " + ("cité" if o.on_passage else "où placer la clause")
                  + (f" (page {o.page})" if o.page else "") + " : ").bold = True
        r = q.add_run(f"« {o.quote} »")
        r.italic = True
        r.font.size = Pt(10)
        for line in comment_paragraphs(o)[1:]:
            d.add_paragraph(line)
    d.save(str(out))

"""Outputs of a comparison: one self-contained HTML report, a rich terminal summary, JSON.

Everything is built from the alignment records and the edit operations; every piece of text from a
document goes through ``html.escape`` (a draft may contain anything, ``<script>`` included).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from iscg_nlp.compare.comparison import KIND_LABELS, STATUS_LABELS, ArticleMatch, Comparison
from iscg_nlp.compare.ops import DELETE, EQUAL, INSERT, MOVE, REPLACE, EditOp

_CSS = """
body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;
text-align:left;vertical-align:top}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;font-weight:bold}
.proche{background:#dff0d8}.eloignee{background:#f8d7da}
.conserve{color:#1b5e20}.modifie{color:#8a5a00}.supprime{color:#b71c1c}
.texte{white-space:pre-wrap;font-family:inherit;border-left:3px solid #ddd;padding-left:.8rem}
del.del{color:#b71c1c;text-decoration:line-through}
ins.ins{color:#0d47a1;text-decoration:underline}
del.mv{color:#1b5e20;text-decoration:line-through double}
ins.mv{color:#1b5e20;text-decoration:underline double}
.local{background:#eee;border-bottom:1px dotted #777}
.legende span{margin-right:1rem}.note{color:#555;font-size:.9rem}
@media print{body{max-width:none;margin:0;font-size:10pt}a{color:inherit;text-decoration:none}
h2{page-break-after:avoid}section.article{page-break-inside:avoid}
del.del,ins.ins,del.mv,ins.mv{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

_POINT_STATUS = {"conserve": "Conservé", "modifie": "Modifié", "supprime": "Supprimé"}


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def ops_html(ops: list[EditOp]) -> str:
    """Inline redline: deletions red struck through, insertions blue underlined, moves green."""
    out = []
    for o in ops:
        if o.kind == EQUAL:
            out.append(_e(o.doc_text))
        elif o.placeholder:
            out.append(f'<span class="local" title="Modèle : {_e(o.model_text.strip())}">{_e(o.doc_text)}</span>'
                       if o.doc_text else "")
        elif o.kind == DELETE:
            out.append(f'<del class="del">{_e(o.model_text)}</del>')
        elif o.kind == INSERT:
            out.append(f'<ins class="ins">{_e(o.doc_text)}</ins>')
        elif o.kind == REPLACE:
            out.append(f'<del class="del">{_e(o.model_text)}</del><ins class="ins">{_e(o.doc_text)}</ins>')
        elif o.kind == MOVE and o.side == "model":
            out.append(f'<del class="mv" id="mv{o.move_id}-depart" title="Passage déplacé">'
                       f'{_e(o.model_text)}</del><a class="note" href="#mv{o.move_id}-arrivee">[→]</a>')
        elif o.kind == MOVE:
            out.append(f'<a class="note" href="#mv{o.move_id}-depart">[←]</a><ins class="mv" '
                       f'id="mv{o.move_id}-arrivee" title="Passage déplacé">{_e(o.doc_text)}</ins>')
    return "".join(out)


def _heading(m: ArticleMatch) -> str:
    if m.kind == "ajoute":
        return f"{m.doc_label} — {m.title} (ajouté, sans équivalent dans le modèle)"
    if m.kind == "supprime":
        return f"Modèle {m.model_label} — {m.title} (sans équivalent dans la convention)"
    extra = [KIND_LABELS[m.kind]] if m.kind != "apparie" else []
    if m.moved:
        extra.append("déplacé")
    if not m.changed:
        extra.append("inchangé")
    tail = f" ({', '.join(extra)})" if extra else ""
    return f"{m.doc_label} ↔ modèle {m.model_label} — {m.title}{tail}"


def render_html(comparison: Comparison) -> str:
    c, counts = comparison, comparison.counts()
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Comparaison avec la convention-type — {_e(c.doc.path)}</title>",
             f"<style>{_CSS}</style></head><body>",
             "<h1>Comparaison avec la convention-type</h1>",
             f"<p>Convention : <strong>{_e(c.doc.path)}</strong><br>Modèle : {_e(c.model.name)}</p>",
             f'<p>Proximité : <span class="badge {c.decision}">'
             f'{"Proche" if c.decision == "proche" else "Éloignée"}</span> — score '
             f"<strong>{c.score:.2f}</strong> (seuil {c.threshold:.2f} ; couverture du modèle "
             f"{c.parts.coverage:.2f}, part du texte issue du modèle {c.parts.provenance:.2f}, "
             f"structure {c.parts.structure:.2f}, phrases du modèle dans le même ordre "
             f"{c.parts.sequence:.2f})</p>",
             "<table><tr><th>Articles du modèle inchangés</th><th>modifiés</th><th>sans équivalent</th>"
             "<th>Articles ajoutés</th><th>déplacés</th><th>scindés</th><th>fusionnés</th></tr>"
             f"<tr><td>{counts['identiques']}</td><td>{counts['modifies']}</td><td>{counts['supprimes']}</td>"
             f"<td>{counts['ajoutes']}</td><td>{counts['deplaces']}</td><td>{counts['scindes']}</td>"
             f"<td>{counts['fusionnes']}</td></tr></table>",
             f"<h2>Points impératifs <span class=\"note\">({_e(c.model.points_source)})</span></h2>",
             "<table><tr><th>Point</th><th>État</th><th>Détail</th></tr>"]
    for p in c.points:
        detail = _e(p.pourquoi)
        if p.sens_modifie:
            lost = ("disparition de « " + "&nbsp;», « ".join(_e(s) for s in p.sentinelles_perdues) + " ». "
                    if p.sentinelles_perdues else "")
            detail = "<strong>Sens modifié</strong> : " + lost + detail
        if p.sens_note:
            detail = f"<em>{_e(p.sens_note)}</em> " + detail
        parts.append(f'<tr><td><a href="#point-{_e(p.id)}">{_e(p.label)}</a></td>'
                     f'<td class="{p.status}">{_POINT_STATUS[p.status]}</td><td>{detail}</td></tr>')
    parts.append("</table>")
    parts.append('<p class="legende note">Légende : <span><del class="del">supprimé</del></span>'
                 '<span><ins class="ins">ajouté</ins></span><span><ins class="mv">déplacé</ins></span>'
                 '<span><span class="local">valeur locale d\'un passage entre crochets du modèle</span></span></p>')
    parts.append("<h2>Liste des changements</h2><ul>")
    for k, m in enumerate(c.matches):
        if m.changed:
            parts.append(f'<li><a href="#art-{k}">{_e(_heading(m))}</a></li>')
    parts.append("</ul>")
    for p in c.points:
        parts.append(f'<section class="article" id="point-{_e(p.id)}"><h2>Point impératif : '
                     f'{_e(p.label)} — <span class="{p.status}">{_POINT_STATUS[p.status]}</span></h2>')
        for r in p.passages:
            where = f" ({_e(r.article)})" if r.article else ""
            label = {"conserve": "conservé", "modifie": "modifié", "supprime": "introuvable"}[r.status]
            parts.append(f'<p class="note">Passage du modèle {label}{where} :</p>')
            body = ops_html(r.ops) if r.ops else f'<del class="del">{_e(r.model_text)}</del>'
            parts.append(f'<div class="texte">{body}</div>')
        parts.append("</section>")
    parts.append("<h2>Articles</h2>")
    for k, m in enumerate(c.matches):
        parts.append(f'<section class="article" id="art-{k}"><h3>{_e(_heading(m))}</h3>'
                     f'<div class="texte">{ops_html(m.ops)}</div></section>')
    parts.append('<p class="note">Rapport produit par iscg-nlp. Les passages entre crochets du modèle '
                 "sont à compléter localement et ne comptent pas comme des écarts.</p></body></html>")
    return "\n".join(parts)


def render_terminal(comparison: Comparison, console: Any) -> None:
    """A short summary with rich: score, decision, imperative points, changed articles."""
    from rich.table import Table
    from rich.text import Text

    c, counts = comparison, comparison.counts()
    colour = "green" if c.decision == "proche" else "red"
    console.print(Text.assemble(("Proximité avec la convention-type : ", "bold"),
                                ("proche" if c.decision == "proche" else "éloignée", f"bold {colour}"),
                                f"  (score {c.score:.2f}, seuil {c.threshold:.2f})"))
    console.print(f"Articles du modèle : {counts['identiques']} inchangé(s), {counts['modifies']} modifié(s), "
                  f"{counts['supprimes']} sans équivalent ; {counts['ajoutes']} ajouté(s), "
                  f"{counts['deplaces']} déplacé(s).")
    t = Table(title=f"Points impératifs ({c.model.points_source})")
    t.add_column("Point")
    t.add_column("État")
    t.add_column("Sens modifié")
    styles = {"conserve": "green", "modifie": "yellow", "supprime": "red"}
    for p in c.points:
        t.add_row(p.label, Text(_POINT_STATUS[p.status], style=styles[p.status]),
                  (", ".join(p.sentinelles_perdues) or "oui" if p.sens_modifie else "non")
                  + (f" — {p.sens_note}" if p.sens_note else ""))
    console.print(t)
    console.print("Lecture : [-texte du modèle supprimé-] {+texte ajouté par la convention+}, "
                  "déplacements en vert ; « … » abrège le texte inchangé.")
    for m in c.matches:
        if not m.changed:
            continue
        line = Text(_heading(m) + " : ", style="bold")
        for o in m.ops:
            if o.kind == EQUAL or o.placeholder:
                words = (o.doc_text or o.model_text or "").split()
                line.append(" ".join(words) + " " if len(words) <= 10
                            else " ".join(words[:4]) + " … " + " ".join(words[-4:]) + " ")
                continue
            moved = o.kind == MOVE
            if o.model_text and (o.kind in (DELETE, REPLACE) or o.side == "model"):
                line.append("[-" + " ".join(o.model_text.split()) + "-] ",
                            style="green strike" if moved else "red strike")
            if o.doc_text and (o.kind in (INSERT, REPLACE) or o.side == "doc"):
                line.append("{+" + " ".join(o.doc_text.split()) + "+} ",
                            style="green underline" if moved else "blue underline")
        console.print(line)
        console.print()


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The whole comparison as plain data (alignment, operations, points, score)."""
    c = comparison

    def unit(u):
        return {"label": u.label, "title": u.title, "start": u.start, "end": u.end}

    return {
        "file": c.doc.path, "model": c.model.name, "points_source": c.model.points_source,
        "proximite_modele": c.decision, "score": round(c.score, 4), "seuil": c.threshold,
        "components": c.parts.to_json(), "counts": c.counts(),
        "articles": [{"kind": m.kind, "moved": m.moved, "changed": m.changed,
                      "similarity": round(m.similarity, 4), "coverage": round(m.coverage, 4),
                      "model": [unit(u) for u in m.model], "doc": [unit(u) for u in m.doc],
                      "sentences": [{"status": s.status, "moved": s.moved, "similarity": round(s.similarity, 4),
                                     "model": [s.model.start, s.model.end] if s.model else None,
                                     "doc": [s.doc.start, s.doc.end] if s.doc else None}
                                    for s in m.sentences],
                      "ops": [o.to_json() for o in m.ops]} for m in c.matches],
        "points": [{"id": p.id, "label": p.label, "status": p.status, "sens_modifie": p.sens_modifie,
                    "sentinelles_perdues": p.sentinelles_perdues, "sens_note": p.sens_note,
                    "passages": [{"status": r.status, "similarity": round(r.similarity, 4),
                                  "model_text": r.model_text, "doc_text": r.doc_text,
                                  "doc_start": r.doc_start, "doc_end": r.doc_end, "article": r.article,
                                  "ops": [o.to_json() for o in r.ops]} for r in p.passages]}
                   for p in c.points],
    }


def dumps(comparison: Comparison) -> str:
    return json.dumps(to_json(comparison), ensure_ascii=False, indent=2)

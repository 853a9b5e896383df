"""The self-contained HTML report of a pre-check: avis, observations, highlighted text, redline,
financing table. Inline CSS, no script, no network; every piece of text is escaped (a draft may
contain ``<script>``). The redline is the comparison's own HTML (``iscg_nlp.compare.render_html``)."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from iscg_nlp.check.config import SEVERITY_LABELS
from iscg_nlp.check.observations import Observation
from iscg_nlp.labels import FINANCEUR_LABELS, avis_label

if TYPE_CHECKING:
    from iscg_nlp.pipeline import Analysis

_CSS = """
body{font-family:Georgia,'Times New Roman',serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #bbb;margin-top:2.2rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.avis{display:inline-block;padding:.15rem .6rem;border-radius:.3rem;font-weight:bold}
.avis-conforme{background:#dff0d8}.avis-conforme_avec_reserve{background:#fff3cd}.avis-reserve{background:#f8d7da}
.obs{border-left:4px solid #999;padding:.2rem .8rem;margin:1rem 0;page-break-inside:avoid}
.obs.bloquant{border-color:#b71c1c}.obs.a_corriger{border-color:#e08a00}.obs.a_noter{border-color:#1565c0}
.grav{font-weight:bold}.grav.bloquant{color:#b71c1c}.grav.a_corriger{color:#9a5b00}.grav.a_noter{color:#1565c0}
blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic;color:#333}
.modele{background:#f4f8f4;padding:.3rem .6rem}
.texte-complet{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.8rem}
mark{padding:0 .1rem}mark.bloquant{background:#f8c9cc}mark.a_corriger{background:#ffe2a8}mark.a_noter{background:#cfe3fb}
sup.num{font-weight:bold;font-size:.75em;color:#000}
.note{color:#555;font-size:.9rem}
@media print{body{max-width:none;margin:0;font-size:10pt}a{color:inherit;text-decoration:none}
mark,.avis,.modele{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{page-break-after:avoid}}
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def highlighted_text(text: str, observations: list[Observation]) -> str:
    """The full text with each observed passage in a numbered ``<mark>``; overlaps are cut at each
    boundary so that every character is escaped once and every mark is well nested."""
    bounds = {0, len(text)}
    for o in observations:
        bounds.update((max(0, o.start), min(len(text), o.end)))
    cuts = sorted(bounds)
    out: list[str] = []
    started: set[int] = set()
    for a, b in zip(cuts, cuts[1:]):
        cover = [o for o in observations if o.start <= a and b <= o.end and o.end > o.start]
        piece = _e(text[a:b])
        if not cover:
            out.append(piece)
            continue
        o = min(cover, key=lambda x: ("bloquant", "a_corriger", "a_noter").index(x.severity))
        nums = "".join(f'<sup class="num">[{x.number}]</sup>' for x in cover if x.number not in started)
        for x in cover:
            if x.number not in started:
                started.add(x.number)
        ids = " ".join(f"obs{x.number}" for x in cover)
        out.append(f'<mark class="{o.severity}" title="Observation(s) {_e(ids)}">{nums}{piece}</mark>')
    return "".join(out)


def _observation_html(o: Observation) -> str:
    parts = [f'<div class="obs {o.severity}" id="obs-{o.number}">',
             f'<p><a href="#texte-obs-{o.number}">Observation n° {o.number}</a> — '
             f'<span class="grav {o.severity}">{_e(SEVERITY_LABELS[o.severity])}</span> — '
             f"<strong>{_e(o.title)}</strong>"
             + (f" <span class=\"note\">(page {o.page})</span>" if o.page else "") + "</p>",
             f"<p>{'Passage cité' if o.on_passage else 'Clause absente ; observation placée sur'} :</p>",
             f"<blockquote>« {_e(o.quote)} »</blockquote>",
             f"<p><strong>Ce qui ne va pas :</strong> {_e(o.full_problem)}</p>"]
    if o.reference:
        parts.append(f"<p><strong>Référence :</strong> {_e(o.reference)}</p>")
    if o.model_text:
        parts.append(f'<p class="modele"><strong>La convention-type prévoit :</strong> « {_e(o.model_text)} »</p>')
    if o.suggestion:
        parts.append(f"<p><strong>Proposition :</strong> {_e(o.suggestion)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _financing_html(analysis: "Analysis") -> str:
    ind = analysis.coding.indicators
    fin, cost = ind.get("financement"), ind.get("cout_poste")
    rows = []
    for f in (fin.extra.get("financeurs", []) if fin else []):
        montant = f.get("montant")
        part = f.get("part")
        rows.append(f"<tr><td>{_e(FINANCEUR_LABELS.get(f.get('type'), f.get('type')))}</td>"
                    f"<td>{_e(_eur(montant) if montant is not None else '—')}</td>"
                    f"<td>{_e(_pct(part) if part is not None else '—')}"
                    f"{' <span class=note>(calculée)</span>' if f.get('part_calculee') else ''}</td></tr>")
    value = cost.value if cost and isinstance(cost.value, dict) else {}
    out = ["<table><tr><th>Financeur</th><th>Montant annuel</th><th>Part</th></tr>"]
    out += rows or ['<tr><td colspan="3">Aucun financeur identifié dans le texte.</td></tr>']
    out.append("</table>")
    montant, etp = value.get("montant"), value.get("etp")
    out.append(f"<p>Coût annuel estimé du poste : <strong>{_e(_eur(montant) if montant is not None else 'non inscrit')}"
               f"</strong> ; temps de travail : <strong>{_e(str(etp).replace('.', ',') + ' ETP' if etp else 'non précisé')}"
               "</strong>.</p>")
    if fin is not None:
        from iscg_nlp.labels import value_label

        out.append(f"<p>Financement : {_e(value_label('financement', fin.value))}.</p>")
    return "\n".join(out)


def _eur(v: float) -> str:
    return f"{v:,.0f}".replace(",", "\u202f") + " €"


def _pct(v: float) -> str:
    return f"{v:g}".replace(".", ",") + " %"


_BODY = re.compile(r"<body>(.*)</body>", re.S)


def _redline_html(analysis: "Analysis") -> tuple[str, str]:
    """The comparison report's body (headings demoted) and its CSS, taken from ``render_html``."""
    if analysis.comparison is None:
        return "<p>Comparaison avec la convention-type non effectuée.</p>", ""
    from iscg_nlp.compare import render_html

    page = render_html(analysis.comparison)
    css = page.split("<style>", 1)[1].split("</style>", 1)[0] if "<style>" in page else ""
    m = _BODY.search(page)
    body = m.group(1) if m else ""
    body = body.replace("<h1>", '<h3 class="redline-titre">').replace("</h1>", "</h3>")
    return body, css


def render_report(analysis: "Analysis", observations: list[Observation], source_name: str) -> str:
    """The whole report as one HTML string."""
    avis = analysis.coding.avis
    redline, redline_css = _redline_html(analysis)
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Observations sur le projet de convention — {_e(source_name)}</title>",
             f"<style>{redline_css}{_CSS}</style></head><body>",
             "<h1>Observations sur le projet de convention ISCG</h1>",
             f"<p>Projet examiné : <strong>{_e(source_name)}</strong></p>"]
    if avis is not None:
        parts.append(f'<p>Avis : <span class="avis avis-{_e(avis.value)}">{_e(avis_label(avis.value))}</span></p>')
        if avis.criteres_non_respectes:
            parts.append("<p>Critères non respectés :</p><ul>")
            for c in avis.criteres_non_respectes:
                parts.append(f"<li>{_e(avis.details.get(c, c))}</li>")
            parts.append("</ul>")
        else:
            parts.append("<p>Les cinq critères d'un poste d'ISCG sont respectés.</p>")
    counts = {k: sum(1 for o in observations if o.severity == k) for k in SEVERITY_LABELS}
    parts.append(f"<p>{len(observations)} observation(s) : " + ", ".join(
        f"{n} {SEVERITY_LABELS[k].lower()}" for k, n in counts.items()) + ".</p>")
    rep = analysis.document.report
    if rep.tracked_changes:
        parts.append(f'<p class="note">{_e(rep.version_analysed or "")} : le projet contient des modifications '
                     "suivies ; le texte examiné est celui où elles sont acceptées.</p>")

    parts.append("<h2>Observations</h2>")
    if not observations:
        parts.append("<p>Aucune observation.</p>")
    current = object()
    for o in observations:
        where = o.article or "Hors articles (titre, préambule, signatures)"
        if where != current:
            parts.append(f"<h3>{_e(where)}</h3>")
            current = where
        parts.append(_observation_html(o))

    parts.append("<h2>Financement</h2>")
    parts.append(_financing_html(analysis))

    parts.append("<h2>Texte du projet avec les passages relevés</h2>")
    parts.append('<p class="note">Chaque passage surligné porte le numéro de son observation.</p>')
    text_html = highlighted_text(analysis.document.text, observations)
    for o in observations:  # an anchor for each observation's first mark, for the links above
        text_html = text_html.replace(f'<sup class="num">[{o.number}]</sup>',
                                      f'<sup class="num" id="texte-obs-{o.number}">'
                                      f'<a href="#obs-{o.number}">[{o.number}]</a></sup>', 1)
    parts.append(f'<div class="texte-complet">{text_html}</div>')

    parts.append("<h2>Comparaison avec la convention-type</h2>")
    parts.append(redline)
    parts.append('<p class="note">Rapport produit par iscg-nlp, à relire avant envoi.</p></body></html>')
    return "\n".join(parts)

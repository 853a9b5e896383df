"""Render a Report: one self-contained, printable HTML file (images inline), and an XLSX workbook."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path

from .report import Report
from .tables import Count, Table, fmt_pct

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #2b6ca3;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
table{border-collapse:collapse;margin:.4rem 0 .3rem;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top;text-align:left}
td.n{text-align:right;white-space:nowrap}th{background:#eef3f8}
td.long{white-space:pre-line;max-width:36rem}
p.note{font-size:.82rem;color:#555;margin:.1rem 0 .8rem}.prov{background:#f6f6f0;border-left:4px solid #e39b2d;padding:.5rem .8rem}
figure{margin:.6rem 0}img{max-width:100%}nav ol{columns:2;font-size:.9rem}
@media print{body{max-width:none;margin:0;font-size:9.5pt}h2{page-break-before:always}nav{display:none}
table,figure{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
"""


def _cell(c) -> str:
    if isinstance(c, Count):
        return f'<td class="n">{c.n}<br><small>{escape(fmt_pct(c.pct))}</small></td>' if c.total else \
            f'<td class="n">{c.n}</td>'
    if isinstance(c, (int, float)):
        return f'<td class="n">{escape(str(c).replace(".", ","))}</td>'
    text = "" if c is None else str(c)
    cls = ' class="long"' if "\n" in text or len(text) > 60 else ""
    return f"<td{cls}>{escape(text)}</td>"


def table_html(t: Table) -> str:
    parts = [f'<section class="table" id="t-{escape(t.key)}"><h3>{escape(t.title)}</h3>']
    if t.rows:
        parts.append("<table><thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in t.columns) + "</tr></thead><tbody>")
        for row in t.rows:
            parts.append("<tr>" + "".join(_cell(c) for c in row) + "</tr>")
        parts.append("</tbody></table>")
    else:
        parts.append("<p>Aucune donnée.</p>")
    if t.note:
        parts.append(f'<p class="note">{escape(t.note)}</p>')
    for png in t.charts:
        parts.append(f'<figure><img alt="Graphique : {escape(t.title)}" src="data:image/png;base64,{png}"></figure>')
    parts.append("</section>")
    return "\n".join(parts)


def render_html(report: Report) -> str:
    """The whole report as one HTML string: no external file, no network."""
    out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
           f"<title>{escape(report.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{escape(report.title)}</h1>",
           f'<p class="prov">{escape(report.provenance)}</p>',
           f"<p>Rapport établi le {date.today().strftime('%d/%m/%Y')}. Les pourcentages sont calculés sur les "
           "conventions de chaque ligne ou colonne indiquée. « Non trouvé » : valeur que ni l'outil ni un relecteur "
           "n'a pu établir.</p>"]
    if report.anonymized:
        out.append("<p><strong>Version publique :</strong> les noms de personnes, de lieux et d'organismes sont "
                   "masqués ; les fichiers sont numérotés (« Convention n° k ») et les départements désignés par une "
                   "lettre.</p>")
    out.append("<nav><h2>Sommaire</h2><ol>")
    for i, s in enumerate(report.sections, start=1):
        out.append(f'<li><a href="#s{i}">{escape(s.title)}</a></li>')
    out.append("</ol></nav>")
    for i, s in enumerate(report.sections, start=1):
        out.append(f'<h2 id="s{i}">{escape(s.title)}</h2>')
        if s.intro:
            out.append(f"<p>{escape(s.intro.strip())}</p>")
        out.extend(table_html(t) for t in s.tables)
    out.append("</body></html>")
    return "\n".join(out)


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(key: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("_", key)[:31] or "tableau"
    name, k = base, 2
    while name.lower() in used:
        suffix = f"_{k}"
        name = base[:31 - len(suffix)] + suffix
        k += 1
    used.add(name.lower())
    return name


def write_xlsx(report: Report, path: str | Path) -> list[str]:
    """One sheet per table (a Count becomes two columns: number and %); returns the sheet names."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    names = []
    info = wb.create_sheet(sheet_name("sommaire", used))
    names.append(info.title)
    info.append([report.title])
    info["A1"].font = Font(bold=True, size=13)
    info.append([report.provenance])
    info.append([])
    info.append(["Feuille", "Tableau", "Partie du rapport"])
    for s in report.sections:
        for t in s.tables:
            ws = wb.create_sheet(sheet_name(t.key, used))
            names.append(ws.title)
            info.append([ws.title, t.title, s.title])
            ws.append([t.title])
            ws["A1"].font = Font(bold=True)
            has_count = [any(isinstance(r[i], Count) for r in t.rows if i < len(r)) for i in range(len(t.columns))]
            header = []
            for c, hc in zip(t.columns, has_count):
                header += [c, f"{c} (%)"] if hc else [c]
            ws.append(header)
            for cell in ws[2]:
                cell.font = Font(bold=True)
            for row in t.rows:
                vals = []
                for i, c in enumerate(row):
                    if isinstance(c, Count):
                        vals += [c.n, c.pct]
                    elif i < len(has_count) and has_count[i]:
                        vals += [c, None]
                    else:
                        vals.append(c)
                ws.append(vals)
            for col in ws.iter_cols(min_row=3):
                for cell in col:
                    if isinstance(cell.value, str) and "\n" in cell.value:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
            if t.note:
                ws.append([])
                ws.append([t.note])
            ws.column_dimensions["A"].width = 38
    wb.save(str(path))
    return names

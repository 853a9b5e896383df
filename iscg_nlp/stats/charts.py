"""Charts as base64 PNG (matplotlib, Agg backend: no display, no network), French titles and labels."""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from .tables import Count, Table  # noqa: E402

COLOURS = ["#2b6ca3", "#e39b2d", "#5aa05a", "#c44e52", "#8172b2", "#937860", "#8c8c8c"]


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _wrap(label: str, width: int = 18) -> str:
    words, lines, cur = label.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join(lines)


def bar_chart(table: Table) -> str:
    """Horizontal bars of a two-column distribution table (value, Count)."""
    rows = [r for r in table.rows if isinstance(r[1], Count)]
    labels = [_wrap(str(r[0]), 28) for r in rows][::-1]
    values = [r[1].n for r in rows][::-1]
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(rows) + 1.0))
    bars = ax.barh(labels, values, color=COLOURS[0])
    total = rows[0][1].total if rows else 0
    for b, v in zip(bars, values):
        pct = f" ({100 * v / total:.0f} %)".replace(".", ",") if total else ""
        ax.text(b.get_width(), b.get_y() + b.get_height() / 2, f" {v}{pct}", va="center", fontsize=9)
    ax.set_title(table.title, fontsize=11)
    ax.set_xlabel("Nombre de conventions")
    ax.set_xlim(0, max(values + [1]) * 1.3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.42, right=0.97, top=1 - 0.5 / fig.get_figheight(), bottom=0.6 / fig.get_figheight())
    return _png(fig)


def stacked_chart(table: Table, xlabel: str) -> str:
    """Stacked bars of a crossing table: one bar per column category, shares of each value in %."""
    cats = table.columns[1:]
    rows = [r for r in table.rows if r and r[0] != "Total"]
    fig, ax = plt.subplots(figsize=(max(5, 1.1 * len(cats) + 2), 3.8))
    bottom = [0.0] * len(cats)
    for i, row in enumerate(rows):
        shares = [(c.pct or 0.0) if isinstance(c, Count) else 0.0 for c in row[1:]]
        ax.bar([_wrap(c, 10) for c in cats], shares, bottom=bottom, label=str(row[0]),
               color=COLOURS[i % len(COLOURS)])
        bottom = [b + s for b, s in zip(bottom, shares)]
    ax.set_ylabel("Part des conventions (%)")
    ax.set_xlabel(xlabel)
    ax.set_ylim(0, 100)
    ax.set_title(table.title, fontsize=11)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.1, right=0.68, top=0.88, bottom=0.22)
    return _png(fig)


def lines_over_years(series: dict[str, list[tuple[str, float | None]]], title: str) -> str:
    """Share (%) of some values per signature period, one line per value."""
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    for i, (name, points) in enumerate(series.items()):
        xs = [p for p, v in points if v is not None]
        ys = [v for _, v in points if v is not None]
        ax.plot(xs, ys, marker="o", label=name, color=COLOURS[i % len(COLOURS)])
    ax.set_ylabel("Part des conventions (%)")
    ax.set_xlabel("Année de signature")
    ax.set_ylim(0, 100)
    ax.set_title(title, fontsize=11)
    ax.legend(fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.88, bottom=0.15)
    return _png(fig)

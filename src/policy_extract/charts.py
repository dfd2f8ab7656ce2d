"""Small inline SVG charts for the report (no library, no script: the page stays
self-contained and the text uses the page's CJK font).

Each function takes plain rows and returns an ``<svg>`` element as a string.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .present import colour, esc, format_number

ROW = 18          # height of one bar
NAME_W = 290      # width of the name column
BAR_W = 560       # width of the plotting area
PAD = 6

#: tick labels of an amount axis in yuan, Chinese style
YUAN_TICKS = {0: "1", 1: "10", 2: "百", 3: "千", 4: "万", 5: "十万", 6: "百万", 7: "千万", 8: "亿", 9: "十亿",
              10: "百亿", 11: "千亿", 12: "万亿", 13: "十万亿"}


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _frame(height: int, body: str, label: str) -> str:
    width = NAME_W + BAR_W + 80
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{esc(label)}" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'font-size="12">{body}</svg>')


def _name(y: float, name: str) -> str:
    return (f'<text x="{NAME_W - PAD}" y="{y + ROW * 0.7:.1f}" text-anchor="end">'
            f"<title>{esc(name)}</title>{esc(_short(name))}</text>")


def bar_chart(rows: Sequence[tuple[str, int]], label: str) -> str:
    """One horizontal bar per (name, count), coloured by label when the name is one."""
    top = max((n for _, n in rows), default=0) or 1
    parts = []
    for i, (name, n) in enumerate(rows):
        y = i * (ROW + 4) + PAD
        w = BAR_W * n / top
        parts.append(_name(y, name))
        parts.append(f'<rect x="{NAME_W}" y="{y}" width="{w:.1f}" height="{ROW}" '
                     f'fill="{colour(name)}"><title>{esc(name)}: {n:,}</title></rect>')
        parts.append(f'<text x="{NAME_W + w + 4:.1f}" y="{y + ROW * 0.7:.1f}">{n:,}</text>')
    return _frame(len(rows) * (ROW + 4) + 2 * PAD, "".join(parts), label)


def stacked_bar_chart(rows: Sequence[tuple[str, Sequence[tuple[str, int]]]], label: str) -> str:
    """One horizontal bar per name, cut into (label, count) pieces in label colours."""
    top = max((sum(n for _, n in pieces) for _, pieces in rows), default=0) or 1
    parts = []
    for i, (name, pieces) in enumerate(rows):
        y = i * (ROW + 4) + PAD
        x = float(NAME_W)
        parts.append(_name(y, name))
        for lab, n in pieces:
            w = BAR_W * n / top
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{ROW}" '
                         f'fill="{colour(lab)}"><title>{esc(name)}: {esc(lab)} {n:,}</title>'
                         f"</rect>")
            x += w
        total = sum(n for _, n in pieces)
        parts.append(f'<text x="{x + 4:.1f}" y="{y + ROW * 0.7:.1f}">{total:,}</text>')
    return _frame(len(rows) * (ROW + 4) + 2 * PAD, "".join(parts), label)


def log_strip_chart(rows: Sequence[tuple[str, Sequence[float]]], label: str,
                    ticks: dict[int, str] | None = None) -> str:
    """One row of dots per name on a log₁₀ axis (values ≤ 0 are left out): where the
    amounts of each document lie, from thousands to trillions."""
    values = [v for _, vs in rows for v in vs if v > 0]
    if not values:
        return ""
    lo = math.floor(math.log10(min(values)))
    hi = max(math.ceil(math.log10(max(values))), lo + 1)
    ticks = ticks if ticks is not None else YUAN_TICKS

    def x(v: float) -> float:
        return NAME_W + BAR_W * (math.log10(v) - lo) / (hi - lo)

    axis_y = len(rows) * (ROW + 4) + PAD
    parts = []
    for p in range(lo, hi + 1):
        px = x(10.0 ** p)
        parts.append(f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{PAD}" y2="{axis_y}" '
                     f'stroke="#e3e3e8"/>')
        parts.append(f'<text x="{px:.1f}" y="{axis_y + 14}" text-anchor="middle">'
                     f"{esc(ticks.get(p, f'1e{p}'))}</text>")
    for i, (name, vs) in enumerate(rows):
        y = i * (ROW + 4) + PAD
        parts.append(_name(y, name))
        for v in vs:
            if v > 0:
                parts.append(f'<circle cx="{x(v):.1f}" cy="{y + ROW / 2}" r="4" '
                             f'fill="{colour("MONEY")}" stroke="#b08900" fill-opacity=".75">'
                             f"<title>{esc(name)}: {format_number(v)}</title></circle>")
    return _frame(axis_y + 22, "".join(parts), label)

"""What ``show`` and ``report`` share: label colours, how a value is written for a
person, the facts of a run (when it has them) and the frame of a self-contained page.

Nothing here reads files except :func:`load_facts`; pages carry their own CSS and
script (no CDN, no web fonts), so they open offline.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .model import Label
from .tables import has_table, read_table

#: label -> background colour (text stays black); the order is the legend's
LABEL_COLOURS: dict[str, str] = {
    Label.MONEY: "#ffd166", Label.COUNT: "#9be59b", Label.PERCENT: "#8ecae6",
    Label.DATE: "#cdb4db", Label.QUANTITY: "#b8f2e6", Label.DURATION: "#fde4cf",
    Label.RANK: "#e2ece9", Label.ORG: "#ffadad", Label.INITIATIVE: "#ffc6ff",
    Label.GPE: "#a0c4ff", Label.PERSON: "#f1c0e8", Label.DOC: "#e9edc9",
    Label.FAC: "#d4a373",
}
LABELS: tuple[str, ...] = tuple(LABEL_COLOURS)
OTHER_COLOUR = "#dddddd"

#: columns of a facts table that show and report use (shared/FACTS.md)
FACT_KEY = ("doc_id", "value_start", "value_end")
FACT_FIELDS = ("indicator", "kind", "direction", "status", "period", "place")
_ARROWS = {"up": "↑", "down": "↓"}


def colour(label: str) -> str:
    return LABEL_COLOURS.get(label, OTHER_COLOUR)


def esc(text: Any) -> str:
    """HTML-escaped text of any value (None is empty)."""
    return "" if text is None else html.escape(str(text), quote=True)


def is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def format_number(value: float) -> str:
    """``21580000000.0`` -> ``21,580,000,000``; ``0.125`` -> ``0.125``."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.15g}"


def describe_value(row: Mapping[str, Any]) -> str:
    """A mention's value as a person reads it: the number in its base unit (a range as
    ``a–b``), the ISO date, or the name (a variant's full name, ``alias_of``, else its
    canonical name); empty when the mention has none."""
    value: Any = row.get("value")
    value_max: Any = row.get("value_max")
    unit = row.get("unit")
    if not is_missing(value):
        text = format_number(float(value))
        if not is_missing(value_max):
            text += "–" + format_number(float(value_max))
        if not is_missing(unit):
            text += f" {unit}"
        qualifier = row.get("qualifier")
        if not is_missing(qualifier) and qualifier != "exact":
            text = f"{qualifier} {text}"
        return text
    norm = row.get("alias_of")
    if is_missing(norm):
        norm = row.get("norm")
    if is_missing(norm):
        return ""
    qualifier = row.get("qualifier")
    if row.get("label") == Label.DATE and not is_missing(qualifier) and qualifier != "exact":
        return f"{qualifier} {norm}"
    return str(norm)


def describe_fact(fact: Mapping[str, Any]) -> str:
    """``地区生产总值 · growth ↑ · actual · 2022 · 江西省`` (fields absent are left out)."""
    def field(name: str) -> str:
        value = fact.get(name)
        return "" if is_missing(value) else str(value)

    kind, arrow = field("kind"), _ARROWS.get(field("direction"), "")
    parts = (field("indicator"), f"{kind} {arrow}".strip(), field("status"), field("period"),
             field("place"))
    return " · ".join(p for p in parts if p)


def mention_details(row: Mapping[str, Any], fact: Mapping[str, Any] | None,
                    facts_note: str) -> list[tuple[str, str]]:
    """The (field, text) pairs shown for one mention, in order; numbers get a ``fact``
    line (the fact it states, or why there is none)."""
    out = [("label", str(row["label"])), ("text", str(row["text"]).replace("\n", "⏎"))]
    for name in ("value", "unit", "qualifier", "norm", "alias_of", "rule", "origin"):
        value = describe_value(row) if name == "value" else row.get(name)
        if not is_missing(value) and value != "":
            out.append((name, str(value)))
    score: Any = row.get("score")
    if not is_missing(score):
        out.append(("score", f"{float(score):.2f}"))
    if row["label"] in FACT_LABELS:
        out.append(("fact", describe_fact(fact) if fact else facts_note))
    return out


#: labels whose mentions are fact values (shared/FACTS.md)
FACT_LABELS = frozenset({Label.MONEY, Label.COUNT, Label.PERCENT, Label.QUANTITY})


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts of a run, or why there are none (``note``, shown as it is)."""

    table: pd.DataFrame | None
    note: str

    def by_span(self) -> dict[tuple[str, int, int], dict[str, Any]]:
        """(doc_id, value_start, value_end) -> the fact's fields."""
        if self.table is None:
            return {}
        cols = [c for c in (*FACT_KEY, *FACT_FIELDS) if c in self.table.columns]
        return {(r["doc_id"], int(r["value_start"]), int(r["value_end"])): r
                for r in self.table[cols].to_dict("records")}


NO_FACTS = ("no facts: this run has no facts table (the facts stage, which says what "
            "each number measures, did not run on it)")


def load_facts(out: Path | None) -> Facts:
    """The ``facts`` table of ``out`` when it has one with the columns we need."""
    if out is None:
        return Facts(None, "no facts: `show` without --from does not run the facts stage")
    if not has_table(out, "facts"):
        return Facts(None, NO_FACTS)
    table = read_table(out, "facts").to_pandas()
    missing = [c for c in (*FACT_KEY, "indicator") if c not in table.columns]
    if missing:
        return Facts(None, f"no facts: {out}/facts has no column {', '.join(missing)}")
    return Facts(table, "not a fact in the facts table")


# -- pages ------------------------------------------------------------------------------------

BASE_CSS = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --line: #e3e3e8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fafafa;
  font: 15px/1.6 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC",
  "Microsoft YaHei", "Source Han Sans SC", sans-serif; }
header.top { position: sticky; top: 0; z-index: 5; background: #fff;
  border-bottom: 1px solid var(--line); padding: 8px 20px; }
header.top h1 { font-size: 18px; margin: 0 0 4px; }
main { padding: 12px 20px 40px; max-width: 1200px; }
h2 { font-size: 17px; margin: 26px 0 8px; }
.muted, .meta { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; margin: 6px 0 14px; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 8px; vertical-align: top; }
th { background: #f2f2f5; text-align: left; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0 6px; border-radius: 4px; margin: 2px 4px 2px 0;
  font-size: 12px; color: #000; }
.note { background: #fff8e1; border-left: 4px solid #ffd166; padding: 6px 10px; }
"""


def label_css() -> str:
    """One background rule per label for spans (``.L-MONEY``) and chips."""
    return "\n".join(f".L-{label} {{ background: {c}; }}" for label, c in LABEL_COLOURS.items())


def chip(label: str, extra: str = "") -> str:
    return f'<span class="chip L-{esc(label)}">{esc(label)}{esc(extra)}</span>'


def page(title: str, body: str, *, css: str = "", script: str = "",
         body_class: str = "") -> str:
    """A whole self-contained HTML page."""
    js = f"<script>\n{script}\n</script>" if script else ""
    return (f'<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{BASE_CSS}\n{label_css()}\n{css}</style>\n"
            f'</head>\n<body class="{esc(body_class)}">\n{body}\n{js}\n</body>\n</html>\n')


def html_table(header: Iterable[str], rows: Iterable[Iterable[str]],
               numeric: Iterable[int] = ()) -> str:
    """A table of cells already written as HTML; columns in ``numeric`` align right."""
    right = set(numeric)
    head = "".join(f'<th{" class=num" if i in right else ""}>{h}</th>'
                   for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(
        f'<td{" class=num" if i in right else ""}>{c}</td>' for i, c in enumerate(row))
        + "</tr>\n" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


def write_page(text: str, path: Path) -> None:
    """Write a page whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)

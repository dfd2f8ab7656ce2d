"""The analyst's view of the facts table: filter it and print it (``policy-extract facts``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from .factscore import place_key
from .model import PolicyExtractError
from .tables import read_table

COLUMNS = ("doc_id", "place", "period", "indicator", "kind", "direction", "status",
           "value_text", "value", "unit", "value_start")


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Conditions that all must hold; ``None`` holds for every fact."""

    indicator: str | None = None  # contained in the indicator
    kind: str | None = None
    place: str | None = None  # the place without its administrative suffix
    period: str | None = None  # a prefix of the period
    status: str | None = None
    doc: str | None = None  # contained in the doc_id

    def keeps(self, row: dict[str, Any]) -> bool:
        return ((self.indicator is None or self.indicator in (row["indicator"] or ""))
                and (self.kind is None or row["kind"] == self.kind)
                and (self.status is None or row["status"] == self.status)
                and (self.period is None or (row["period"] or "").startswith(self.period))
                and (self.doc is None or self.doc in row["doc_id"])
                and (self.place is None or place_key(row["place"]) == place_key(self.place)))


def select_facts(out: Path, where: FactFilter, limit: int = 0
                 ) -> tuple[list[dict[str, Any]], int]:
    """The facts under ``out`` that ``where`` keeps, in document order (at most ``limit``
    of them, 0 for all), and how many it keeps in all."""
    out = Path(out)
    if not (out / "documents").is_dir():
        raise PolicyExtractError(f"no tables under {out}: give the output folder of "
                                 "`policy-extract run`")
    table = read_table(out, "facts", COLUMNS)
    if where.kind is not None:  # the cheap filters in Arrow first
        table = table.filter(pc.equal(table.column("kind"), where.kind))
    if where.indicator is not None:
        table = table.filter(pc.match_substring(table.column("indicator"), where.indicator))
    rows = [r for r in table.to_pylist() if where.keeps(r)]
    rows.sort(key=lambda r: (r["doc_id"], r["value_start"]))
    return (rows[:limit] if limit else rows), len(rows)


def print_facts(rows: list[dict[str, Any]], total: int) -> None:
    """A table on the terminal (rich): one row per fact."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for name in ("doc", "place", "period", "indicator", "kind", "dir", "status", "value"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["doc_id"], r["place"] or "", r["period"] or "", r["indicator"],
                      r["kind"], r["direction"] or "", r["status"], r["value_text"])
    console = Console()
    if not console.is_terminal:  # piped or captured: wide enough for whole rows
        console = Console(width=200)
    console.print(table)
    more = f" (showing {len(rows)}; --limit 0 for all)" if len(rows) < total else ""
    console.print(f"{total} fact(s){more}")

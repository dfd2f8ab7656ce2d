"""Run folders the show, report and export tests read (built once per module or session).

``seed_run`` is the bundled seed text through ``run --no-ner`` (rules only, reference
date 2020-07); ``add_facts`` writes a small facts table beside a run's tables, in the
shape shared/FACTS.md gives, for the tests of what the pages do when a run has facts.
"""

from __future__ import annotations

import html.parser
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa

from policy_extract.tables import part_paths, read_table, write_atomic

from .conftest import REPO, run_cli

SEEDS = REPO / "seeds"
SEED_FILE = next(SEEDS.glob("*.txt"))


def seed_run(out: Path, facts: bool = False) -> Path:
    """The seed text extracted into ``out`` (rules only, reference date 2020-07); without
    the facts stage unless ``facts`` (the pages' no-facts path, and figures that do not
    move when the facts rules change; ``add_facts`` gives a run known facts)."""
    args = ["run", str(SEEDS), "-o", str(out), "--ref-date", "2020-07", "--no-ner", "-q"]
    res = run_cli(*args, *([] if facts else ["--facts-method", "none"]))
    assert res.returncode == 0, res.stderr
    return out


def copy_run(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def add_facts(out: Path, facts: list[dict[str, object]]) -> Path:
    """Write ``facts`` (FACTS.md fields) as a facts part of the run's first batch."""
    batch_part = part_paths(out, "documents")[0].name
    write_atomic(pa.Table.from_pylist(facts), out / "facts" / batch_part)
    return out


def mentions(out: Path) -> pd.DataFrame:
    return read_table(out, "mentions").to_pandas()


class Elements(html.parser.HTMLParser):
    """Every element with the attribute ``key``: its attributes and its text."""

    def __init__(self, key: str) -> None:
        super().__init__(convert_charrefs=True)
        self.key = key
        self.found: list[tuple[dict[str, str], str]] = []
        self._open: list[tuple[str, dict[str, str], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.key in a:
            self._open.append((tag, a, []))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, a, text = self._open.pop()
            self.found.append((a, "".join(text)))

    def handle_data(self, data: str) -> None:
        for _, _, text in self._open:
            text.append(data)


def elements(page: str, key: str) -> list[tuple[dict[str, str], str]]:
    """(attributes, text) of every element of ``page`` that has attribute ``key``."""
    parser = Elements(key)
    parser.feed(page)
    return parser.found

#!/usr/bin/env python3
"""Build (and check) a facts gold file from a filled facts sheet (../shared/FACTS.md).

Usage:
    python gold/tools/facts_build.py SHEET.tsv --gold gold/dev/test/DOC.jsonl -o FACTS.jsonl

Checks every row: `fact` is yes/no; for facts, indicator non-empty, kind one of
level/growth/change/share, direction up/down for growth and change and empty otherwise,
status actual/target, period ISO (2022, 2022-12, 2022-03-05, 2021/2025, 2020-01/2020-06)
or empty, and the row's offsets still hold its value text. Exits 1 listing every problem.
The output is one JSON object: doc_id, sha256, source, facts (FACTS.md "Gold and scoring").
The kinds and statuses are the facts stage's own (``policy_extract.facts``).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from policy_extract.facts import KINDS, STATUSES

_ISO = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD = re.compile(rf"^{_ISO}(?:/{_ISO})?$")
_STRIP = re.compile(r"[\s“”\"‘’]")


def check_row(row: dict[str, str], text: str) -> list[str]:
    where = f"row {row.get('start')}-{row.get('end')} {row.get('value_text')!r}"
    problems = []
    start, end = int(row["start"]), int(row["end"])
    if re.sub(r"\s+", " ", text[start:end]) != row["value_text"]:
        problems.append(f"{where}: offsets no longer hold the value text")
    fact = row["fact"].strip().lower()
    if fact not in ("yes", "no"):
        problems.append(f"{where}: fact must be yes or no, not {row['fact']!r}")
    if fact != "yes":
        return problems
    if not row["indicator"].strip():
        problems.append(f"{where}: a fact needs an indicator")
    kind, direction = row["kind"].strip(), row["direction"].strip()
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} not in {sorted(KINDS)}")
    if kind in ("growth", "change") and direction not in ("up", "down"):
        problems.append(f"{where}: {kind} needs direction up or down")
    if kind in ("level", "share") and direction:
        problems.append(f"{where}: {kind} takes no direction")
    if row["status"].strip() not in STATUSES:
        problems.append(f"{where}: status {row['status']!r} not in {sorted(STATUSES)}")
    period = row["period"].strip()
    if period and not PERIOD.match(period):
        problems.append(f"{where}: period {period!r} is not ISO")
    return problems


def fact_of(row: dict[str, str]) -> dict:
    return {
        "value_start": int(row["start"]), "value_end": int(row["end"]),
        "value_text": row["value_text"],
        "indicator": _STRIP.sub("", row["indicator"]),
        "kind": row["kind"].strip(),
        "direction": row["direction"].strip() or None,
        "status": row["status"].strip(),
        "period": row["period"].strip() or None,
        "place": row["place"].strip() or None,
    }


def read_sheet(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "") for k, v in r.items()}
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sheet", type=Path)
    ap.add_argument("--gold", type=Path, required=True, help="the mention gold the sheet came from")
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args(argv)
    doc = json.loads(args.gold.read_text(encoding="utf-8").splitlines()[0])
    rows = read_sheet(args.sheet)
    problems = [p for r in rows for p in check_row(r, doc["text"])]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    facts = [fact_of(r) for r in rows if r["fact"].strip().lower() == "yes"]
    out = {"doc_id": doc["doc_id"], "sha256": doc["sha256"], "source": doc["source"],
           "facts": facts}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(facts)} facts of {len(rows)} numeric spans; no problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Sum the pre-adjudication agreement of every gold document (gold/dev/work/*/agreement.json,
written by compare.py before adjudication) into Markdown tables: per label over all
documents, and per document.

Usage: python gold/tools/agreement_table.py gold/dev/work [--split-of gold/dev]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("work")
    ap.add_argument("--split-of", default="gold/dev",
                    help="folder holding train/ and test/ (to name each document's split)")
    args = ap.parse_args(argv)
    rows = [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(args.work).glob("*/agreement.json"))]
    split = {p.stem: p.parent.name for p in Path(args.split_of).glob("*/*.jsonl")}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    print("| document | split | A | B | both | F1 | values equal |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        a = r["per_label"]["ALL"]
        same, n = r["value_agreement"]
        print(f"| {r['doc_id']} | {split.get(r['doc_id'], 'not adjudicated')} | {a['A']} | "
              f"{a['B']} | {a['both']} | {a['f1']:.3f} | {same}/{n} |")
        for label, c in r["per_label"].items():
            t = totals[label]
            t[0] += c["A"]
            t[1] += c["B"]
            t[2] += c["both"]
    print()
    print("| label | A | B | both | F1 |")
    print("|---|---|---|---|---|")
    for label in sorted(totals, key=lambda k: (k == "ALL", -totals[k][2])):
        a, b, both = totals[label]
        print(f"| {label} | {a} | {b} | {both} | {2 * both / (a + b):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Markdown table of the facts agreement before adjudication, one row per document, from
the `agreement.json` that `facts_compare.py` wrote in each work folder.

Usage:
    python gold/tools/facts_agreement_table.py gold/facts/work

Standard library only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    root = Path((argv or sys.argv[1:] or ["gold/facts/work"])[0])
    split_of = {p.name.removesuffix(".facts.jsonl"): p.parent.name
                for p in root.parent.glob("*/*.facts.jsonl")}
    print("| document | split | facts A | facts B | value-span F1 | indicator exact "
          "| indicator char F1 | kind | direction | status | period | place | strict F1 "
          "| lenient F1 |")
    print("|" + "---|" * 14)
    for f in sorted(root.glob("*/agreement.json")):
        a = json.loads(f.read_text(encoding="utf-8"))
        acc = a["field_accuracy"]
        cells = [f.parent.name, split_of.get(f.parent.name, "not adjudicated"), str(a["n_a"]),
                 str(a["n_b"]), f"{a['value_span']['f1']:.3f}", f"{a['indicator_exact']:.3f}",
                 f"{a['indicator_char_f1']:.3f}"]
        cells += [f"{acc[k]:.3f}" for k in ("kind", "direction", "status", "period", "place")]
        cells += [f"{a['strict_f1']:.3f}", f"{a['lenient_f1']:.3f}"]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

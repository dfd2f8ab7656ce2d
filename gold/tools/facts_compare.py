#!/usr/bin/env python3
"""Agreement of two facts passes (or of any two facts files), by ../shared/FACTS.md's
"Gold and scoring", computed by the project's own fact scorer
(``policy_extract.factscore``, what ``policy-extract score --facts`` uses) with pass A as
the reference: value-span P/R/F1, indicator exact and character F1, per-field accuracy
over pairs, strict and lenient F1.

Usage:
    python gold/tools/facts_compare.py A.jsonl B.jsonl [--json OUT.json] [--diff OUT.tsv]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from policy_extract.factscore import (
    FIELDS,
    FactCounts,
    FactError,
    read_facts_gold,
    score_fact_pairs,
)


def compare(a_path: Path, b_path: Path) -> tuple[dict, list[FactError]]:
    """The agreement figures (the keys `facts_agreement_table.py` reads) and the
    differences, B's facts scored against A's."""
    b_facts = {doc.doc_id: doc.facts for doc in read_facts_gold([b_path])}
    report = score_fact_pairs((doc, b_facts.get(doc.doc_id, ()), None)
                              for doc in read_facts_gold([a_path]))
    return figures(report.total), report.errors


def figures(c: FactCounts) -> dict:
    return {
        "n_a": c.n_gold, "n_b": c.n_pred, "paired": c.tp,
        "value_span": {"p": c.precision or 0.0, "r": c.recall or 0.0, "f1": c.f1 or 0.0},
        "indicator_exact": c.indicator_exact_rate or 0.0,
        "indicator_char_f1": c.indicator_char_f1 or 0.0,
        "field_accuracy": {f: c.accuracy(f) or 0.0 for f in FIELDS},
        "strict_f1": c.strict_f1 or 0.0, "lenient_f1": c.lenient_f1 or 0.0,
    }


def diff_rows(errors: list[FactError]) -> list[str]:
    kinds = {"fn": "only-A", "fp": "only-B"}
    rows = ["kind\tstart\tvalue\tA\tB"]
    for e in errors:
        kind = kinds.get(e.kind) or "fields:" + ",".join(e.fields)
        a = {f: e.gold[f] for f in e.fields} if e.gold and e.fields else None
        b = {f: e.pred[f] for f in e.fields} if e.pred and e.fields else None
        cells = [kind, str(e.value_start), e.value_text,
                 json.dumps(a, ensure_ascii=False), json.dumps(b, ensure_ascii=False)]
        rows.append("\t".join(cells))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args(argv)
    result, errors = compare(args.a, args.b)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    if args.diff:
        args.diff.write_text("\n".join(diff_rows(errors)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

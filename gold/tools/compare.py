#!/usr/bin/env python3
"""Compare two independent annotation passes of one document, before adjudication.

Usage:
    python gold/tools/compare.py A.jsonl B.jsonl [--diff DIFF.tsv] [--json AGREE.json]

Prints the strict agreement per label (a span agrees when start, end and label
are equal; F1 = 2·both / (A + B), symmetric), the value agreement on the spans
both passes have, and writes every difference to DIFF.tsv in document order:
only-A, only-B, label (same start and end), value (same span and label, a
field differs). Standard library only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("value", "value_max", "unit", "qualifier")


def load(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.loads(fh.readline())


def agreement(a: list[dict], b: list[dict]) -> dict[str, dict[str, float]]:
    key = lambda s: (s["start"], s["end"], s["label"])  # noqa: E731
    ka, kb = Counter(map(key, a)), Counter(map(key, b))
    labels = sorted({s["label"] for s in a + b})
    table = {}
    for label in labels + ["ALL"]:
        na = sum(n for k, n in ka.items() if label in ("ALL", k[2]))
        nb = sum(n for k, n in kb.items() if label in ("ALL", k[2]))
        both = sum((ka & kb)[k] for k in (ka & kb) if label in ("ALL", k[2]))
        f1 = 2 * both / (na + nb) if na + nb else 1.0
        table[label] = {"A": na, "B": nb, "both": both, "f1": round(f1, 4)}
    return table


def differences(a: list[dict], b: list[dict], text: str) -> list[dict]:
    by_a = {(s["start"], s["end"]): s for s in a}
    by_b = {(s["start"], s["end"]): s for s in b}
    rows = []
    for pos in sorted(set(by_a) | set(by_b)):
        sa, sb = by_a.get(pos), by_b.get(pos)
        ctx = text[max(0, pos[0] - 10):pos[1] + 10].replace("\n", "⏎").replace("\r", "")
        if sa and sb:
            if sa["label"] != sb["label"]:
                kind = "label"
            elif any(sa.get(f) != sb.get(f) for f in FIELDS):
                kind = "value"
            else:
                continue
        else:
            kind = "only-A" if sa else "only-B"
        line = text.count("\n", 0, pos[0]) + 1
        rows.append({"kind": kind, "line": line, "start": pos[0], "end": pos[1],
                     "text": (sa or sb)["text"].replace("\n", "⏎"),
                     "A": _fmt(sa), "B": _fmt(sb), "context": ctx})
    return rows


def _fmt(s: dict | None) -> str:
    if s is None:
        return "-"
    return " ".join(str(s.get(f)) for f in ("label",) + FIELDS if s.get(f) is not None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--diff")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    da, db = load(Path(args.a)), load(Path(args.b))
    if da["sha256"] != db["sha256"]:
        print("the two passes are of different texts", file=sys.stderr)
        return 2
    table = agreement(da["spans"], db["spans"])
    print(f"{'label':11s} {'A':>5s} {'B':>5s} {'both':>5s} {'F1':>6s}")
    for label, row in table.items():
        print(f"{label:11s} {row['A']:5d} {row['B']:5d} {row['both']:5d} {row['f1']:6.3f}")
    diffs = differences(da["spans"], db["spans"], da["text"])
    same_span = {(s["start"], s["end"], s["label"]): s for s in db["spans"]}
    matched = [(s, same_span[(s["start"], s["end"], s["label"])]) for s in da["spans"]
               if (s["start"], s["end"], s["label"]) in same_span]
    value_same = sum(all(x.get(f) == y.get(f) for f in FIELDS) for x, y in matched)
    print(f"value agreement on spans both have: {value_same}/{len(matched)}")
    print("differences:", dict(Counter(d["kind"] for d in diffs)))
    if args.diff:
        cols = ["kind", "line", "start", "end", "text", "A", "B", "context"]
        with open(args.diff, "w", encoding="utf-8") as fh:
            fh.write("\t".join(cols) + "\n")
            for d in diffs:
                fh.write("\t".join(str(d[c]).replace("\t", " ") for c in cols) + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"doc_id": da["doc_id"], "per_label": table,
             "value_agreement": [value_same, len(matched)]}, ensure_ascii=False, indent=1),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

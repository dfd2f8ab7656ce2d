#!/usr/bin/env python3
"""Agreement of two facts passes (or of any two facts files), by ../shared/FACTS.md's
"Gold and scoring": facts are paired by value span; value-span P/R/F1 (A as reference),
indicator exact and character F1, per-field accuracy over pairs, strict and lenient F1.

Usage:
    python gold/tools/facts_compare.py A.jsonl B.jsonl [--json OUT.json] [--diff OUT.tsv]

Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

FIELDS = ("kind", "direction", "status", "period", "place")
_PLACE_SUFFIX = re.compile(r"(?:自治区|省|市|区|县|州)$")


def load(path: Path) -> dict[tuple[str, int, int], dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            for f in doc["facts"]:
                out[(doc["doc_id"], f["value_start"], f["value_end"])] = f
    return out


def char_f1(a: str, b: str) -> float:
    ca, cb = Counter(a), Counter(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(cb.values()), common / sum(ca.values())
    return 2 * p * r / (p + r)


def same(field: str, a: object, b: object) -> bool:
    if field == "place" and a and b:
        return _PLACE_SUFFIX.sub("", str(a)) == _PLACE_SUFFIX.sub("", str(b))
    return a == b


def compare(a: dict, b: dict) -> tuple[dict, list[dict]]:
    pairs = sorted(set(a) & set(b))
    n_a, n_b, tp = len(a), len(b), len(pairs)
    p = tp / n_b if n_b else 0.0
    r = tp / n_a if n_a else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = {f: sum(same(f, a[k][f], b[k][f]) for k in pairs) / tp if tp else 0.0 for f in FIELDS}
    exact = [a[k]["indicator"] == b[k]["indicator"] for k in pairs]
    cf1 = [char_f1(a[k]["indicator"], b[k]["indicator"]) for k in pairs]
    core = [all(same(f, a[k][f], b[k][f]) for f in ("kind", "direction", "status", "period"))
            for k in pairs]
    strict = sum(e and c for e, c in zip(exact, core))
    lenient = sum(x >= 0.5 and c for x, c in zip(cf1, core))

    def f1_of(n: int) -> float:
        pp, rr = (n / n_b if n_b else 0.0), (n / n_a if n_a else 0.0)
        return 2 * pp * rr / (pp + rr) if pp + rr else 0.0

    figures = {
        "n_a": n_a, "n_b": n_b, "paired": tp, "value_span": {"p": p, "r": r, "f1": f1},
        "indicator_exact": sum(exact) / tp if tp else 0.0,
        "indicator_char_f1": sum(cf1) / tp if tp else 0.0,
        "field_accuracy": acc, "strict_f1": f1_of(strict), "lenient_f1": f1_of(lenient),
    }
    diff = [{"kind": "only-A", "doc_id": k[0], "start": k[1], "value": a[k]["value_text"]}
            for k in sorted(set(a) - set(b))]
    diff += [{"kind": "only-B", "doc_id": k[0], "start": k[1], "value": b[k]["value_text"]}
             for k in sorted(set(b) - set(a))]
    for k in pairs:
        fields = [f for f in ("indicator",) + FIELDS if not same(f, a[k][f], b[k][f])]
        if fields:
            diff.append({"kind": "fields:" + ",".join(fields), "doc_id": k[0], "start": k[1],
                         "value": a[k]["value_text"],
                         "A": {f: a[k][f] for f in fields}, "B": {f: b[k][f] for f in fields}})
    return figures, diff


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args(argv)
    figures, diff = compare(load(args.a), load(args.b))
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    if args.diff:
        with open(args.diff, "w", encoding="utf-8") as fh:
            fh.write("kind\tstart\tvalue\tA\tB\n")
            for d in diff:
                fh.write(f"{d['kind']}\t{d['start']}\t{d['value']}\t"
                         f"{json.dumps(d.get('A'), ensure_ascii=False)}\t"
                         f"{json.dumps(d.get('B'), ensure_ascii=False)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

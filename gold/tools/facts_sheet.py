#!/usr/bin/env python3
"""Make a facts labelling sheet from a mention gold file (../shared/FACTS.md).

Usage:
    python gold/tools/facts_sheet.py gold/dev/test/DOC.jsonl -o gold/facts/work/DOC/A/sheet.tsv

One row per MONEY, COUNT, PERCENT and QUANTITY span of the (adjudicated, read-by-hand)
mention gold: its offsets, its text and its sentence with the value marked 【】. The
annotator fills `fact` (yes, or no when the number is part of another fact's indicator)
and, for facts, indicator, kind, direction, status, period and place, by reading the
text. `facts_build.py` turns a filled sheet into a facts gold file. Standard library only.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

FACT_LABELS = ("MONEY", "COUNT", "PERCENT", "QUANTITY")
COLUMNS = ["start", "end", "line", "value_text", "context", "fact", "indicator", "kind",
           "direction", "status", "period", "place", "note"]
_SENTENCE_END = re.compile(r"[。；！？\n]")


def sentence_around(text: str, start: int, end: int, limit: int = 90) -> str:
    """The sentence holding ``text[start:end]``, the value marked 【】, cut to ``limit``
    characters each side; line breaks and tabs shown as spaces."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - limit), start)),
               default=max(0, start - limit))
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    right = m.end() if m else min(len(text), end + limit)
    out = text[left:start] + "【" + text[start:end] + "】" + text[end:right]
    return re.sub(r"[\t\r\n]+", " ", out).strip()


def sheet_rows(doc: dict) -> list[dict[str, str]]:
    text = doc["text"]
    rows = []
    for s in doc["spans"]:
        if s["label"] not in FACT_LABELS:
            continue
        rows.append({
            "start": str(s["start"]), "end": str(s["end"]),
            "line": str(text.count("\n", 0, s["start"]) + 1),
            "value_text": re.sub(r"\s+", " ", s["text"]),
            "context": sentence_around(text, s["start"], s["end"]),
            **{c: "" for c in COLUMNS[5:]},
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="mention gold JSONL (one document)")
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if len(docs) != 1:
        ap.error(f"{args.gold}: expected one document, found {len(docs)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(sheet_rows(docs[0]))
    print(f"{args.out}: {len(sheet_rows(docs[0]))} numeric spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

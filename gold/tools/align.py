#!/usr/bin/env python3
"""Align a hand-written labels TSV to character offsets in the source text.

Usage:
    python gold/tools/align.py gold/work/labels_A.tsv \
        ../shared/seeds/000_5f0466c205263669.txt -o gold/work/seed_A.jsonl

Each TSV row (label, surface, value, value_max, unit, qualifier, note) is
searched for in document order, starting at the end of the previous span,
allowing any run of whitespace between consecutive surface characters.
Fails loudly if a row is not found within WINDOW characters of the previous
span, if spans overlap, or if a field is malformed.

A note that starts with ``@L<n>`` (e.g. ``@L12 second 市政府 on the line``)
starts that row's search at the beginning of line n (1-based, as ``cat -n``
numbers them) when that is after the previous span: use it where the same
surface also stands, unlabelled, between the previous span and this one.
``@L<n>:<c>`` starts it ``c`` characters into line n (0-based), for a surface that
stands unlabelled earlier on the same line (《纲要》 after 规划纲要).
``--show`` prints every aligned span with its line number and a few characters
of context, to check by eye that each row landed where it was meant to.
Standard library only (Python 3.11).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

WINDOW = 400
LABELS = {
    "MONEY", "COUNT", "PERCENT", "DATE", "ORG", "INITIATIVE", "QUANTITY",
    "DURATION", "RANK", "GPE", "PERSON", "DOC", "FAC",
}
NUMERIC = {"MONEY", "COUNT", "PERCENT", "QUANTITY", "DURATION", "RANK"}
NAMES = {"ORG", "INITIATIVE", "GPE", "PERSON", "DOC", "FAC"}
QUALIFIERS = {
    "MONEY": {"exact", "approx", "over", "under"},
    "COUNT": {"exact", "approx", "over", "under"},
    "PERCENT": {"exact", "approx", "over", "under"},
    "QUANTITY": {"exact", "approx", "over", "under"},
    "DURATION": {"exact", "approx", "over", "under"},
    "DATE": {"exact", "since", "before"},
    "RANK": {"exact", "top"},
}
UNIT_LABELS = {"MONEY", "COUNT", "PERCENT", "QUANTITY", "DURATION"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
QUOTES_RE = re.compile(r"[\s“”\"‘’]")


class AlignError(Exception):
    pass


def fail(rownum: int, row: dict, msg: str) -> None:
    raise AlignError(f"row {rownum} ({row.get('label')} {row.get('surface')!r}): {msg}")


def surface_regex(surface: str) -> re.Pattern[str]:
    chars = [c for c in surface if not c.isspace()]
    if not chars:
        raise ValueError("empty surface")
    return re.compile(r"\s*".join(re.escape(c) for c in chars))


def parse_number(s: str) -> int | float:
    f = float(s)  # raises on garbage
    if "e" in s.lower():
        raise ValueError(f"use plain decimal, not {s!r}")
    if f.is_integer():
        return int(f)
    return f


def canonical(label: str, span_text: str) -> str:
    return QUOTES_RE.sub("", span_text)


def build_span(rownum: int, row: dict, text: str, start: int, end: int) -> dict:
    label = row["label"]
    span_text = text[start:end]
    value_s = (row.get("value") or "").strip()
    vmax_s = (row.get("value_max") or "").strip()
    unit = (row.get("unit") or "").strip() or None
    qual = (row.get("qualifier") or "").strip() or None

    if label in NUMERIC:
        if not value_s:
            fail(rownum, row, "numeric label needs a value")
        try:
            value = parse_number(value_s)
            value_max = parse_number(vmax_s) if vmax_s else None
        except ValueError as e:
            fail(rownum, row, f"bad number: {e}")
        if value_max is not None and value_max <= value:
            fail(rownum, row, "value_max must exceed value")
    elif label == "DATE":
        if not DATE_RE.match(value_s):
            fail(rownum, row, f"bad ISO date {value_s!r}")
        if vmax_s:
            fail(rownum, row, "DATE uses an interval value, not value_max")
        value, value_max = value_s, None
    else:  # names
        if value_s:
            fail(rownum, row, "name labels leave value empty (derived)")
        value, value_max = canonical(label, span_text), None
        if not value:
            fail(rownum, row, "empty canonical name")

    if label in UNIT_LABELS:
        if unit is None:
            fail(rownum, row, "unit required")
    elif unit is not None:
        fail(rownum, row, "this label has no unit")
    if label in QUALIFIERS:
        if qual not in QUALIFIERS[label]:
            fail(rownum, row, f"bad qualifier {qual!r}")
    elif qual is not None:
        fail(rownum, row, "this label has no qualifier")

    return {"start": start, "end": end, "label": label, "text": span_text,
            "value": value, "value_max": value_max, "unit": unit, "qualifier": qual}


ANCHOR_RE = re.compile(r"^@L(\d+)(?::(\d+))?\b")


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def align(rows: list[dict], text: str) -> list[dict]:
    spans: list[dict] = []
    pos = 0
    starts = line_starts(text)
    for i, row in enumerate(rows, start=2):  # row 1 is the header
        label = (row.get("label") or "").strip()
        if label not in LABELS:
            fail(i, row, f"unknown label {label!r}")
        row["label"] = label
        surface = row.get("surface") or ""
        try:
            pat = surface_regex(surface)
        except ValueError as e:
            fail(i, row, str(e))
        anchor = ANCHOR_RE.match((row.get("note") or "").strip())
        if anchor:
            n = int(anchor.group(1))
            if not 1 <= n <= len(starts):
                fail(i, row, f"@L{n}: the text has {len(starts)} lines")
            pos = max(pos, starts[n - 1] + int(anchor.group(2) or 0))
        m = pat.search(text, pos)
        if m is None or m.start() - pos > WINDOW:
            where = "not found" if m is None else f"found only at {m.start()}, {m.start() - pos} chars after previous span"
            fail(i, row, f"{where} (search from {pos}: {text[pos:pos + 40]!r})")
        if spans and m.start() < spans[-1]["end"]:
            fail(i, row, "overlaps previous span")
        spans.append(build_span(i, row, text, m.start(), m.end()))
        pos = m.end()
    return spans


def show(spans: list[dict], text: str) -> None:
    starts = line_starts(text)
    import bisect
    for s in spans:
        line = bisect.bisect_right(starts, s["start"])
        left = text[max(0, s["start"] - 8):s["start"]].replace("\n", "⏎")
        right = text[s["end"]:s["end"] + 8].replace("\n", "⏎")
        mid = s["text"].replace("\n", "⏎")
        print(f"L{line:<4} {s['label']:10s} {left}[{mid}]{right}  {s['value']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv")
    ap.add_argument("source")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--doc-id", default="seed-000")
    ap.add_argument("--source-rel", default=None,
                    help="source path as recorded (default: seeds/<file name>)")
    ap.add_argument("--ref-date", default="2020-07")
    ap.add_argument("--show", action="store_true",
                    help="print each aligned span with its line and context")
    ap.add_argument("--encoding", default="utf-8",
                    help="the source file's encoding (gb18030 for the GBK excerpts)")
    args = ap.parse_args(argv)

    src = Path(args.source)
    raw = src.read_bytes()
    text = raw.decode(args.encoding)
    with open(args.tsv, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        expected = ["label", "surface", "value", "value_max", "unit", "qualifier", "note"]
        if reader.fieldnames != expected:
            print(f"bad header {reader.fieldnames}, expected {expected}", file=sys.stderr)
            return 2
        rows = [r for r in reader if any((v or "").strip() for v in r.values())]
    try:
        spans = align(rows, text)
    except AlignError as e:
        print(f"ALIGN FAILED: {e}", file=sys.stderr)
        return 1

    doc = {
        "doc_id": args.doc_id,
        "source": args.source_rel or f"seeds/{src.name}",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "ref_date": args.ref_date,
        "text": text,
        "spans": spans,
    }
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for s in spans:
        counts[s["label"]] = counts.get(s["label"], 0) + 1
    print(f"aligned {len(spans)} spans -> {args.output}")
    if args.show:
        show(spans, text)
    for k in sorted(counts, key=lambda k: (-counts[k], k)):
        print(f"  {k:10s} {counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

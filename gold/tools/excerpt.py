#!/usr/bin/env python3
"""Cut the development-gold excerpts out of ../shared (corpus/ and bulk/law_*).

Usage:
    python gold/tools/excerpt.py gold/dev/EXCERPTS.tsv --shared ../shared -o gold/dev/texts

Each row of EXCERPTS.tsv names a source file, the lines to keep (1-based,
inclusive; ``head`` optionally keeps the first lines too, e.g. a law's title
and dates before its liability chapter; ``skip`` optionally leaves lines of
that range out, e.g. ``58,62-80``: lines sharing a long run of characters with
the held-out texts, or a section not wanted) and the encoding to write. Lines are
copied with their own line endings, so the excerpt is the source's own
characters, and a GB18030 source stays GB18030 with CRLF. Re-running the tool
reproduces the committed excerpts byte for byte (tests/test_gold_excerpts.py
checks it when ../shared is present).
Standard library only.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def read_lines(path: Path, encoding: str) -> list[str]:
    text = path.read_bytes().decode(encoding)
    return text.splitlines(keepends=True)


def skipped(spec: str | None) -> set[int]:
    """Line numbers of a ``skip`` field: ``58,62-80`` -> {58, 62, ..., 80}."""
    out: set[int] = set()
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def cut(lines: list[str], head: int, first: int, last: int, skip: set[int] = frozenset()) -> str:
    kept = lines[:head] if head else []
    kept += [line for n, line in enumerate(lines[first - 1:last], first) if n not in skip]
    return "".join(kept)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("spec")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(args.spec, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        enc = r["encoding"]
        lines = read_lines(Path(args.shared) / r["source"], enc)
        text = cut(lines, int(r["head"] or 0), int(r["first_line"]), int(r["last_line"]),
                   skipped(r.get("skip")))
        name = f"{r['doc_id']}.txt"
        (out / name).write_bytes(text.encode(enc))
        print(f"{name}\t{len(text)} chars\t{r['split']}\t{r['kind']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

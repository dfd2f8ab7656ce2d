#!/usr/bin/env python3
"""List where the train gold decides one construction in two ways (gold/dev/NOTES.md,
"Sixteenth session: conventions settled across train").

Usage:
    python gold/tools/conventions.py [--gold gold/dev/train] [--word 建设] [--suffix 中心]
    python gold/tools/conventions.py --split test --gold gold/dev/test

By default reads only ``dev-d*.jsonl`` of the folder (never the test split). ``--split test``
reads ``dev-t*.jsonl`` instead: only for a person applying conventions already settled on train
to the test gold (gold/dev/NOTES.md, "Seventeenth session"); its output names test spans and
stays on the screen. It prints four lists:
names under two labels (same canonical name), names labelled in one place and left
unlabelled in another (occurrences covered by no span), INITIATIVE spans with and without
a trailing ``--word``, and the labels of names ending in ``--suffix``. Each line gives
counts and the documents, for a person to read and decide by the contract; it decides
nothing. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

NAMES = ("ORG", "INITIATIVE", "GPE", "PERSON", "DOC", "FAC")


SPLITS = {"train": "dev-d*.jsonl", "test": "dev-t*.jsonl"}


def read(folder: Path, split: str = "train") -> dict[str, dict]:
    docs = {}
    for path in sorted(folder.glob(SPLITS[split])):
        doc = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        docs[doc["doc_id"][4:7]] = doc
    return docs


def covered(doc: dict, start: int, end: int) -> bool:
    return any(s["start"] < end and start < s["end"] for s in doc["spans"])


def two_labels(docs: dict[str, dict]) -> list[str]:
    where: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, doc in docs.items():
        for s in doc["spans"]:
            if s["label"] in NAMES:
                where[s["value"]][s["label"]].add(key)
    return [f"{name}: " + "; ".join(f"{label} {' '.join(sorted(ds))}" for label, ds in labels.items())
            for name, labels in sorted(where.items()) if len(labels) > 1]


def sometimes_unlabelled(docs: dict[str, dict], min_len: int = 3) -> list[str]:
    labelled: Counter[str] = Counter()
    for doc in docs.values():
        for s in doc["spans"]:
            if s["label"] in NAMES and "\n" not in s["text"] and len(s["text"]) >= min_len:
                labelled[s["text"]] += 1
    rows = []
    for name, n in labelled.items():
        bare = [key for key, doc in docs.items()
                for m in re.finditer(re.escape(name), doc["text"])
                if not covered(doc, m.start(), m.end())]
        if bare:
            rows.append((len(bare), f"{name}: labelled {n}, unlabelled {len(bare)} ({' '.join(sorted(set(bare)))})"))
    return [line for _, line in sorted(rows, key=lambda r: -r[0])]


def trailing_word(docs: dict[str, dict], word: str) -> list[str]:
    inside, outside = [], []
    for key, doc in docs.items():
        for s in doc["spans"]:
            if s["label"] != "INITIATIVE":
                continue
            if s["value"].endswith(word):
                inside.append(f"{key} {s['value']}")
            elif doc["text"][s["end"]:s["end"] + len(word)] == word:
                outside.append(f"{key} {s['value']}|{word}")
    return ([f"INITIATIVE with {word}: {len(inside)}"] + inside
            + [f"INITIATIVE before {word}: {len(outside)}"] + outside)


def by_suffix(docs: dict[str, dict], suffix: str) -> list[str]:
    rows = sorted((s["label"], s["value"], key) for key, doc in docs.items()
                  for s in doc["spans"] if s["label"] in NAMES and s["value"].endswith(suffix))
    counts = Counter(label for label, _, _ in rows)
    return [f"names ending in {suffix}: {dict(counts)}"] + [" ".join(r) for r in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("gold/dev/train"))
    ap.add_argument("--word", default="建设", help="a word that may trail INITIATIVE spans")
    ap.add_argument("--suffix", default="中心", help="a name ending whose labels to list")
    ap.add_argument("--split", choices=sorted(SPLITS), default="train",
                    help="which documents of --gold to read (default train: dev-d* only)")
    args = ap.parse_args(argv)
    docs = read(args.gold, args.split)
    for title, lines in (("names under two labels", two_labels(docs)),
                         ("names labelled and unlabelled", sometimes_unlabelled(docs)),
                         (f"a trailing {args.word}", trailing_word(docs, args.word)),
                         (f"names ending in {args.suffix}", by_suffix(docs, args.suffix))):
        print(f"## {title} ({len(lines)} lines)")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

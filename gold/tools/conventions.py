#!/usr/bin/env python3
"""List where the train gold decides one construction in two ways (gold/dev/NOTES.md,
"Sixteenth session: conventions settled across train").

Usage:
    python gold/tools/conventions.py [--gold gold/dev/train] [--word 建设] [--suffix 中心]
    python gold/tools/conventions.py --split test --gold gold/dev/test

By default reads only ``dev-d*.jsonl`` of the folder (never the test split). ``--split test``
reads ``dev-t*.jsonl`` instead: only for a person applying conventions already settled on train
to the test gold (gold/dev/NOTES.md, "Seventeenth session"); its output names test spans and
stays on the screen. ``--seed gold/seed.jsonl`` adds the seed document (key ``seed``). It
prints five lists: names under two labels (same canonical name), names labelled in one place
and left unlabelled in another (occurrences covered by no span), INITIATIVE spans with and
without a trailing ``--word``, the labels of names ending in ``--suffix``, and, for each head
kind of ``--heads`` (工业园区, 国家公园, 示范区, 集团 …), the labels its names carry where they
carry more than one (a head kind split by referent is right; one split by chance is not). Each line gives
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


HEADS = ("工业园区", "产业园区", "产业园", "经济开发区", "开发区", "高新区", "经开区", "新区", "自贸区",
         "综合保税区", "国家公园", "文化公园", "湿地公园", "公园", "示范区", "先行区", "试验区", "合作区",
         "集团", "基地", "机场", "港", "走廊", "通道", "集群", "中心城市", "城市群", "都市圈", "经济圈",
         "经济带", "强省", "帮扶县", "平台", "实验室", "大学", "医院")


def by_head(docs: dict[str, dict], heads: tuple[str, ...] = HEADS) -> list[str]:
    """Each name is counted under its longest head of ``heads`` (工业园区 before 园区)."""
    ordered = sorted(heads, key=len, reverse=True)
    groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for key, doc in docs.items():
        for s in doc["spans"]:
            head = next((h for h in ordered if s["label"] in NAMES and s["value"].endswith(h)), None)
            if head and s["value"] != head:
                groups[head][s["label"]][f"{s['value']} {key}"] += 1
    lines = []
    for head in heads:
        labels = groups.get(head, {})
        if len(labels) < 2:
            continue
        lines.append(f"…{head}: " + ", ".join(f"{lab} {sum(c.values())}" for lab, c in labels.items()))
        lines += [f"  {lab}: " + "; ".join(f"{v}" + (f" ×{n}" if n > 1 else "") for v, n in sorted(c.items()))
                  for lab, c in labels.items()]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("gold/dev/train"))
    ap.add_argument("--word", default="建设", help="a word that may trail INITIATIVE spans")
    ap.add_argument("--suffix", default="中心", help="a name ending whose labels to list")
    ap.add_argument("--split", choices=sorted(SPLITS), default="train",
                    help="which documents of --gold to read (default train: dev-d* only)")
    ap.add_argument("--seed", type=Path, help="also read this gold file (gold/seed.jsonl)")
    ap.add_argument("--heads", help="comma-separated head kinds (default: a built-in list)")
    args = ap.parse_args(argv)
    docs = read(args.gold, args.split)
    if args.seed:
        docs["seed"] = json.loads(args.seed.read_text(encoding="utf-8").splitlines()[0])
    heads = tuple(args.heads.split(",")) if args.heads else HEADS
    for title, lines in (("names under two labels", two_labels(docs)),
                         ("names labelled and unlabelled", sometimes_unlabelled(docs)),
                         (f"a trailing {args.word}", trailing_word(docs, args.word)),
                         (f"names ending in {args.suffix}", by_suffix(docs, args.suffix)),
                         ("head kinds under two labels", by_head(docs, heads))):
        print(f"## {title} ({len(lines)} lines)")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

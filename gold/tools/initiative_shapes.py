#!/usr/bin/env python3
"""The train gold's INITIATIVE spans by shape and by what finds them (issue 10, init13).

Usage:
    python gold/tools/initiative_shapes.py RUN [--gold GLOB]

RUN is the output folder of ``policy-extract run`` over the train texts (copy each
gold/dev/train/X.jsonl's text, gold/dev/texts/X.txt, to a folder and run it). Each gold
INITIATIVE is put in one shape (quoted; latin/agreement; numbered; ``head:`` and its last
word; other) and counted as found exactly by a general rule, by a gazetteer entry whose
surface the gold labels in more than one document (a national name), by a gazetteer entry
labelled in one document only (written for it), or missed. Prints two Markdown tables: by
shape, then per document with the share the general rules find (a leave-one-document-out
view: what a report of another province would get without entries written for this one).
Standard library and pyarrow only.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import re

import pyarrow.dataset as ds

HEADS = ("改革试点|综合改革|改革|试点|工程|行动|计划|基金|资金|战略|制度|机制|体系|品牌|活动|示范区|"
         "先行区|试验区|引领区|合作区|攻坚战|保卫战|政策|措施|举措|新政|制|城市|名城|企业|中心|基地|"
         "高地|走廊|经济带|经济圈|都市圈|城市群|通道|平台|集群|园区|产业园|乡村|强省|强市|强区|强县|"
         "强国|工厂|景区|县|区")
COLS = ("rule", "gaz(multi-doc)", "gaz(one-doc)", "missed")


def shape(text: str, before: str) -> str:
    t = text.replace("\n", "")
    if before == "“" or "”" in t:
        return "quoted"
    if re.search(r"[A-Za-z]", t) and not re.search(r"[\u4e00-\u9fff]{3}", t) \
            or t.endswith(("协定", "协议", "议定书")):
        return "latin/agreement"
    if re.search(r"\d", t) or re.match(r"^[一二三四五六七八九十百千两]+[个大项条]", t):
        return "numbered"
    m = re.search(f"(?:{HEADS})$", t)
    return "head:" + m.group(0) if m else "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run")
    ap.add_argument("--gold", default="gold/dev/train/*.jsonl")
    args = ap.parse_args()
    m = ds.dataset(f"{args.run}/mentions").to_table(
        columns=["doc_id", "start", "end", "label", "rule"]).to_pylist()
    found = {(r["doc_id"].removesuffix(".txt"), r["start"], r["end"]): r["rule"]
             for r in m if r["label"] == "INITIATIVE"}
    gold = []
    for f in sorted(glob.glob(args.gold)):
        with open(f, encoding="utf-8") as fh:
            d = json.loads(fh.read())
        for s in d["spans"]:
            if s["label"] == "INITIATIVE":
                gold.append((d["doc_id"], s["start"], s["end"], s["text"],
                             d["text"][max(0, s["start"] - 1):s["start"]]))
    docs_of = collections.defaultdict(set)
    for g in gold:
        docs_of[g[3].replace("\n", "")].add(g[0])

    def how(g: tuple) -> str:
        rule = found.get(g[:3])
        if rule is None:
            return "missed"
        if "gazetteer" in rule:
            return "gaz(multi-doc)" if len(docs_of[g[3].replace("\n", "")]) > 1 else "gaz(one-doc)"
        return "rule"

    by_shape: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_doc: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for g in gold:
        h = how(g)
        by_shape[shape(g[3], g[4])][h] += 1
        by_doc[g[0]][h] += 1
    print("| shape | gold | " + " | ".join(COLS) + " |")
    print("|---|---|" + "---|" * len(COLS))
    total: collections.Counter = collections.Counter()
    for s, c in sorted(by_shape.items(), key=lambda x: -sum(x[1].values())):
        total.update(c)
        print(f"| {s} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in COLS) + " |")
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in COLS) + " |")
    print()
    print("| document | gold | general rules find | share | gazetteer | missed |")
    print("|---|---|---|---|---|---|")
    for d, c in sorted(by_doc.items()):
        n = sum(c.values())
        gaz = c["gaz(multi-doc)"] + c["gaz(one-doc)"]
        print(f"| {d} | {n} | {c['rule']} | {c['rule'] / n:.2f} | {gaz} | {c['missed']} |")


if __name__ == "__main__":
    main()

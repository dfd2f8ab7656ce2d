"""FAC names found by shape, not by memory: a perturbation test on the train gold (fac32, issue 10).

    python benchmarks/fac_perturb.py [--half work|held|all] [--seed 32] [--show lost|wrong]
                                     [--dump FILE] [--per-kind 1]

Each FAC of gold/dev/train whose span ends in a facility head (rules/names.yaml ``heads`` of
kind fac, and a few more a reader knows: ``EXTRA_HEADS``) has its distinctive part replaced
(the words before the head: the whole of it when it is two to four characters, or the part
after a place that opens it) by another word of one of three kinds, the head and the sentence
around it kept: ``place`` (a county's or prefecture's short name of the division data),
``coined`` (the distinctive part of another train FAC with the same head) and ``noun`` (a
2-4 character noun of jieba's dictionary). The seed is fixed. The default pipeline (rules
alone, facts off) runs on each perturbed sentence; the gold span moves with the replacement.

Recall: the perturbed names found as a FAC of exactly their span. Precision: of the FACs
predicted over the perturbed name, those of exactly its span. ``--half work`` takes the
documents d01-d41 (to write rules on), ``held`` d42-d83 (held out), per kind and in total;
the unperturbed sentences are run too (``orig``) as the reference.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jieba
import yaml

from policy_extract.pipeline import default_pipeline
from policy_extract.places import china_divisions

ROOT = Path(__file__).resolve().parent.parent
#: facility heads a reader knows that the heads table has no row for (the train gold's)
EXTRA_HEADS = ("公园", "工程", "中心", "保护区", "水库", "公路", "城际", "复线", "走廊",
               "枢纽", "校区", "口岸", "遗址", "基地", "园区", "景区", "新城", "水厂")
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]?")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass(frozen=True)
class Case:
    doc: str
    kind: str
    sentence: str
    start: int  # of the perturbed name in the sentence
    end: int
    original: str
    name: str


def fac_heads() -> list[str]:
    data = yaml.safe_load((ROOT / "rules/names.yaml").read_text(encoding="utf-8"))
    heads = {h["head"] for h in data["heads"] if h.get("kind") == "fac"}
    return sorted(heads | set(EXTRA_HEADS), key=len, reverse=True)


def doc_number(doc: str) -> int:
    return int(re.match(r"dev-d(\d+)", doc).group(1))


def gold_facs() -> Iterator[tuple[str, str, dict]]:
    for path in sorted((ROOT / "gold/dev/train").glob("dev-d*.jsonl")):
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            text = doc.get("text") or (ROOT / doc["source"]).read_bytes().decode("utf-8")
            for span in doc["spans"]:
                if span["label"] == "FAC":
                    yield doc["doc_id"], text, span


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``, with the mark that ends the one before it (a
    name that opens a sentence follows a mark in a document, not the text's start)."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= start and end <= m.end() and m.end() > m.start():
            return max(0, m.start() - 1), m.end()
    return start, end


def short_places(known: frozenset[str]) -> list[str]:
    """Prefectures' and counties' short names that the rules know as places with no
    document around them (a county's short name is a place only in a document of its
    prefecture or province: names.md, so a sentence alone would not test the shape)."""
    names = set()
    for place, shorts in china_divisions():
        if place.level in ("county", "prefecture"):
            names.update(s for s in shorts if 2 <= len(s) <= 3 and s in known)
    return sorted(names)


def jieba_nouns() -> list[str]:
    path = Path(jieba.__file__).parent / "dict.txt"
    out = []
    for line in path.open(encoding="utf-8"):
        word, freq, tag = line.split()
        if tag == "n" and 2 <= len(word) <= 4 and int(freq) >= 50 and _HAN.match(word):
            out.append(word)
    return out


def split_name(name: str, heads: list[str], places: set[str]) -> tuple[str, str, str] | None:
    """(kept front, distinctive part, head) of a FAC, or None when it has no head or its
    distinctive part is not a run of 2-4 Chinese characters."""
    head = next((h for h in heads if name.endswith(h) and len(name) > len(h)), None)
    if head is None:
        return None
    before = name[: -len(head)]
    front = ""
    for n in range(min(len(before) - 2, 5), 1, -1):
        if before[:n] in places or before[:n].rstrip("省市县区") in places:
            front = before[:n]
            break
    part = before[len(front):]
    if not (2 <= len(part) <= 4 and _HAN.match(part)):
        return None
    return front, part, head


def cases(seed: int, per_kind: int) -> list[Case]:
    rng = random.Random(seed)
    heads = fac_heads()
    known = default_pipeline(facts=None).name_passes[0]._places
    plist = short_places(known)
    places = set(known)
    nouns = jieba_nouns()
    facs = list(gold_facs())
    coined: dict[str, set[str]] = {}
    for _doc, _text, span in facs:
        parts = split_name(span["text"], heads, places)
        if parts:
            coined.setdefault(parts[2], set()).add(parts[1])
    out = []
    for doc, text, span in facs:
        parts = split_name(span["text"], heads, places)
        if parts is None:
            continue
        front, part, head = parts
        s0, s1 = sentence_of(text, span["start"], span["end"])
        sentence = text[s0:s1]
        a, b = span["start"] - s0, span["end"] - s0
        out.append(Case(doc, "orig", sentence, a, b, span["text"], span["text"]))
        pools = {"place": plist, "coined": sorted(coined[head] - {part}), "noun": nouns}
        for kind, pool in pools.items():
            for _ in range(per_kind if pool else 0):
                word = rng.choice(pool)
                name = front + word + head
                new = sentence[:a] + name + sentence[b:]
                out.append(Case(doc, kind, new, a, a + len(name), span["text"], name))
    return out


def run(selected: list[Case]) -> list[tuple[Case, list[tuple[int, int, str, str]]]]:
    pipe = default_pipeline(facts=None)
    results = []
    for case in selected:
        ext = pipe.extract(case.sentence)
        over = [(m.start, m.end, m.label, m.rule) for m in ext.mentions
                if m.start < case.end and case.start < m.end and m.label in
                ("FAC", "GPE", "ORG", "INITIATIVE")]
        results.append((case, over))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("work", "held", "all"), default="work")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--per-kind", type=int, default=1)
    ap.add_argument("--show", choices=("lost", "wrong", "none"), default="none")
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    chosen = [c for c in cases(args.seed, args.per_kind)
              if args.half == "all" or (doc_number(c.doc) <= 41) == (args.half == "work")]
    results = run(chosen)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    rows = []
    for case, over in results:
        facs = [o for o in over if o[2] == "FAC"]
        hit = any(o[0] == case.start and o[1] == case.end for o in facs)
        total[case.kind] += 1
        found[case.kind] += hit
        predicted[case.kind] += len(facs)
        rows.append({"doc": case.doc, "kind": case.kind, "name": case.name,
                     "original": case.original, "hit": hit, "sentence": case.sentence,
                     "over": [[case.sentence[s:e], lab, rule] for s, e, lab, rule in over]})
        if args.show == "lost" and not hit or args.show == "wrong" and len(facs) > hit:
            got = " ".join(f"{case.sentence[s:e]}/{lab}/{rule}" for s, e, lab, rule in over)
            print(f"{case.kind:6} {case.doc[:7]} {case.name} <- {case.original} | {got or '-'}")
    for kind in ("orig", "place", "coined", "noun"):
        if total[kind]:
            r = found[kind] / total[kind]
            p = found[kind] / predicted[kind] if predicted[kind] else 0.0
            print(f"{kind:6} n={total[kind]:4} recall {r:.3f} precision {p:.3f}")
    pert = [k for k in total if k != "orig"]
    n, f, pr = (sum(c[k] for k in pert) for c in (total, found, predicted))
    print(f"perturbed n={n} recall {f / n:.3f} precision {f / pr if pr else 0:.3f}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                             encoding="utf-8")


if __name__ == "__main__":
    main()

"""ORG names with their words changed: do the rules find names by shape? (issue 10, org32)

    python benchmarks/perturbed_orgs.py [--half work|held] [--seed 32] [--limit N]
                                        [--misses OUT.tsv]

Takes each train gold ORG span (gold/dev/train; ``work``: documents d01-d41, ``held``:
d42-d83), cuts it into place + middle + head (the head: the longest name-final word of
``HEADS``; the place: the longest division name or short name of jionlp's division data
that opens it) and makes one perturbed copy of its sentence, the rest of the sentence kept:

* ``place``: the place replaced by another division of the same level and form (a full
  name by one with the same last character, a short name by another short name);
* ``county``: a province's or city's short name replaced by a county's short name of two
  characters (`罗庄`, `依安`: the report of a county names its own zone or school so);
* ``level``: a level that opens a department's name replaced by another (`区|发改局` →
  `旗|发改局`, `自治区|发改局`: the levels of other provinces' reports);
* ``donor``: the middle replaced by the middle of another train name with the same head
  (`区|发展改革|委` → `区|卫生健康|委`);
* ``noun``: the middle replaced by a noun of two to four characters of jieba's dictionary.

A name with nothing distinctive before its head (`国务院`, `市政府`, `省委`) is left out.
The pipeline (rules alone) runs on the original sentence and on the perturbed one alone,
and the gold span moves with the replacement: recall is the share of gold spans found as
an exact ORG, precision the share of predicted ORGs overlapping the gold span that are
exact. The seed is fixed, so two runs of the same code give the same sentences.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policy_extract.pipeline import default_pipeline  # noqa: E402
from policy_extract.places import china_divisions, jieba_dictionary  # noqa: E402

#: name-final words, longest first when matched
HEADS = sorted("""人民政府 政府 人民代表大会 常务委员会 委员会 管理委员会 管委会 管委 集团有限公司
股份有限公司 有限责任公司 有限公司 集团 公司 大学 学院 医院 中学 小学 研究院 研究所 实验室
中心 银行 分行 支行 合作社 协会 商会 联合会 促进会 管理局 局 厅 委 办 部 分局 海关 日报
电视台 自由贸易试验区 试验区 合作区 高新区 经开区 开发区 新区 工业园区 领导小组 办公室
工作专班""".split(), key=len, reverse=True)
LEVELS = ("自治区", "省", "市", "区", "县", "旗", "州", "盟")
SENTENCE_END = re.compile(r"[。！？；\n]")


@dataclass(frozen=True)
class Parts:
    place: str
    middle: str
    head: str


@dataclass(frozen=True)
class Case:
    doc: str
    kind: str
    head: str
    sentence: str
    start: int
    end: int
    ref_date: str | None


def split_name(name: str, places: set[str]) -> Parts | None:
    head = next((h for h in HEADS if name.endswith(h) and len(name) > len(h)), None)
    if head is None:
        return None
    rest = name[: -len(head)]
    place = next((rest[:k] for k in range(len(rest), 1, -1) if rest[:k] in places), "")
    if not place:
        place = next((lv for lv in LEVELS if rest.startswith(lv)), "")
        return Parts("", rest, head) if not place else Parts(place, rest[len(place):], head)
    return Parts(place, rest[len(place):], head)


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    m = SENTENCE_END.search(text, end)
    return left, (m.end() if m else len(text))


def load_docs(half: str) -> list[dict]:
    docs = []
    for path in sorted((ROOT / "gold/dev/train").glob("dev-d*.jsonl")):
        number = int(path.name[5:7])
        if (number <= 41) == (half == "work"):
            docs.extend(json.loads(line) for line in path.open(encoding="utf-8"))
    return docs


def cases(docs: list[dict], seed: int) -> list[tuple[Case, Case]]:
    # a place is replaced by one of its level and form: a full name by one with the same
    # last character, a short name by another short name (a county's short names, often
    # common words, 公安, are not read as places)
    pools: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    kind_of: dict[str, tuple[str, str]] = {}
    for place, short in china_divisions():
        key = (place.level, place.name[-1])
        pools[key].append(place.name)
        kind_of.setdefault(place.name, key)
        for s in short if place.level != "county" else ():
            if 2 <= len(s) <= 3:
                pools[(place.level, "short")].append(s)
                kind_of.setdefault(s, (place.level, "short"))
    places = set(kind_of)
    tags, counts = jieba_dictionary()
    # a county's short name that is no common word of the dictionary (罗庄, 依安; not 公安)
    county_shorts = sorted({s for place, short in china_divisions() if place.level == "county"
                            for s in short if len(s) == 2 and s not in places
                            and tags.get(s, "ns") in ("ns", "nr", "nrt")})
    nouns = sorted(w for w, t in tags.items() if t in ("n", "nz") and 2 <= len(w) <= 4
                   and counts.get(w, 0) >= 20 and re.fullmatch(r"[\u4e00-\u9fff]+", w))
    donors: dict[str, set[str]] = collections.defaultdict(set)
    all_docs = load_docs("work") + load_docs("held")
    for d in all_docs:  # donors from the whole train: words, not the test of a rule
        for s in d["spans"]:
            parts = s["label"] == "ORG" and split_name(s["text"], places)
            if parts and parts.middle:
                donors[parts.head].add(parts.middle)
    rng = random.Random(seed)
    out = []
    for d in docs:
        text = d["text"]
        for s in d["spans"]:
            if s["label"] != "ORG" or "\n" in s["text"]:
                continue
            parts = split_name(s["text"], places)
            if parts is None or not (parts.middle or parts.place in kind_of):
                continue
            kinds = (["place"] if parts.place in kind_of else []) + (
                ["county"] if kind_of.get(parts.place, ("", ""))[1] == "short" else []) + (
                ["level"] if parts.place in LEVELS and parts.middle else []) + (
                ["donor", "noun"] if parts.middle else [])
            kind = rng.choice(kinds)
            if kind == "place":
                pool = [p for p in pools[kind_of[parts.place]] if p != parts.place]
                new = Parts(rng.choice(pool), parts.middle, parts.head)
            elif kind == "county":
                new = Parts(rng.choice(county_shorts), parts.middle, parts.head)
            elif kind == "level":
                new = Parts(rng.choice([lv for lv in LEVELS if lv != parts.place]),
                            parts.middle, parts.head)
            elif kind == "donor":
                pool = sorted(donors[parts.head] - {parts.middle})
                if not pool:
                    kind, pool = "noun", nouns
                new = Parts(parts.place, rng.choice(pool), parts.head)
            else:
                new = Parts(parts.place, rng.choice(nouns), parts.head)
            left, right = sentence_of(text, s["start"], s["end"])
            if right - left > 400:
                continue
            before, after = text[left:s["start"]], text[s["end"]:right]
            name = new.place + new.middle + new.head
            original = Case(d["doc_id"], kind, parts.head, text[left:right], s["start"] - left,
                            s["end"] - left, d.get("ref_date"))
            perturbed = Case(d["doc_id"], kind, parts.head, before + name + after,
                             len(before), len(before) + len(name), d.get("ref_date"))
            out.append((original, perturbed))
    return out


def judge(pipeline, case: Case) -> tuple[bool, int, list[str]]:
    """Found exactly, the number of predicted ORGs over the span, their texts."""
    mentions = pipeline.extract(case.sentence, ref_date=case.ref_date).mentions
    over = [m for m in mentions if m.label == "ORG" and m.start < case.end
            and m.end > case.start]
    hit = any(m.start == case.start and m.end == case.end for m in over)
    return hit, len(over), [m.text for m in over]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("work", "held"), default="work")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", type=Path)
    args = ap.parse_args(argv)
    pairs = cases(load_docs(args.half), args.seed)
    if args.limit:
        pairs = random.Random(args.seed).sample(pairs, min(args.limit, len(pairs)))
    pipeline = default_pipeline(ner=False)
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows = []
    for original, perturbed in pairs:
        for tag, case in (("orig", original), ("pert", perturbed)):
            hit, over, texts = judge(pipeline, case)
            for key in ("all", case.kind):
                t = tally[key]
                t[tag + "_gold"] += 1
                t[tag + "_hit"] += hit
                t[tag + "_pred"] += over
            if tag == "pert" and not hit:
                rows.append((case.doc, case.kind, case.head,
                             case.sentence[case.start:case.end], "|".join(texts),
                             original.sentence[original.start:original.end],
                             case.sentence.strip()[:160]))
    print(f"{args.half} half, seed {args.seed}: {len(pairs)} names")
    print("kind\tn\torig R\torig P\tpert R\tpert P")
    for key, t in sorted(tally.items()):
        def ratio(a: str, b: str, t: collections.Counter = t) -> str:
            return f"{t[a] / t[b]:.3f}" if t[b] else "-"
        print(f"{key}\t{t['orig_gold']}\t{ratio('orig_hit', 'orig_gold')}\t"
              f"{ratio('orig_hit', 'orig_pred')}\t{ratio('pert_hit', 'pert_gold')}\t"
              f"{ratio('pert_hit', 'pert_pred')}")
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()

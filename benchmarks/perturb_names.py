"""INITIATIVE names with their words changed: do the rules find names by shape? (issue 10)

    python benchmarks/perturb_names.py OUT.tsv [--docs 1-41] [--seed 32]

Takes each INITIATIVE span of the train gold (documents dev-dNN with NN in ``--docs``) in
its sentence and writes perturbed copies of the sentence: the name's distinctive words
replaced by others of the same kind, the head and the sentence around it kept, the gold
span moving with the replacement:

* ``place``: a place inside the name (`海南|自由贸易港`, `数字|重庆`, `绿美|广东|生态建设`) →
  another division of the same level, written full or short as the original (the division
  data);
* ``quoted``: the words inside the quotes of a quoted name → a numeral formula of the same
  pattern (`五个100` → `三个40`) or two random words of jieba's dictionary;
* ``coined``: the words before a listed head (`乡村振兴|示范带`, `XX|行动`, `XX|工程`),
  after any place opening and level word (`国家|技术创新|中心`) → a field and an aim: a
  random 2-4 character noun and a 2 character verb of jieba's dictionary (`茶叶提升`);
* ``swap``: the same words → the words before the same head in another document's name;
* ``subject``: a city's short name put before the verb that builds the name (`加快建设|…` →
  `加快泉州建设|…`): the name unchanged, the place a GPE of its own;
* ``orig``: the sentence unchanged (the baseline, the rules' recall on known surfaces).

The sentences of a document go into one text (a blank line between them), run with the
rules alone. Printed: per kind, recall (the perturbed span found exactly), precision (of
the INITIATIVEs overlapping the perturbed span, exact ones) and GPEs inside the span; the
TSV lists every item (kind, doc, gold span, found spans) to read. Fixed seed. The fourth
brief of session 32 works on d01-d41 and holds out d42-d83.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from policy_extract.pipeline import default_pipeline
from policy_extract.places import china_divisions, jieba_dictionary

ROOT = Path(__file__).resolve().parent.parent
HEADS = ("专项行动", "行动计划", "三年行动", "示范带", "示范区", "先行区", "试验区", "示范基地",
         "行动", "工程", "计划", "改革", "试点", "战略", "基地", "经济带", "经济圈", "走廊",
         "强省", "强市", "制度", "机制", "体系", "项目", "建设", "中心", "城市")
BUILD_VERBS = ("建设", "创建", "争创", "打造", "培育")
OPEN_QUOTES = "“\"「‘"
CLOSE_QUOTES = "”\"」’"
SENTENCE_END = re.compile(r"[。！？；\n]")
#: a level or scope word opening a designation, kept as the place is (国家|技术创新中心)
LEVEL = re.compile(r"国家级|国家|全国|省级|中国")
CN_NUM = "一二三四五六七八九十百千"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _numeral_like(rng: random.Random, s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(rng.choice("123456789"))
        elif ch in CN_NUM:
            out.append(rng.choice("一二三四五六七八九"))
        else:
            out.append(ch)
    return "".join(out)


class Words:
    """Replacement words: divisions by level, jieba nouns and verbs."""

    def __init__(self) -> None:
        self.places: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.surface_level: dict[str, tuple[str, bool]] = {}
        for place, shorts in china_divisions():
            short = next((s for s in shorts if len(s) >= 2), "")
            self.places[place.level].append((place.name, short))
            self.surface_level.setdefault(place.name, (place.level, True))
            if short:
                self.surface_level.setdefault(short, (place.level, False))
        tags, counts = jieba_dictionary()
        self.tags = tags
        self.nouns = sorted(w for w, t in tags.items()
                            if t == "n" and 2 <= len(w) <= 4 and 30 <= counts.get(w, 0) <= 20000
                            and not re.search(r"[A-Za-z0-9]", w))
        self.verbs = sorted(w for w, t in tags.items()
                            if t in ("v", "vn") and len(w) == 2 and 100 <= counts.get(w, 0))

    def place_in(self, name: str) -> tuple[int, str, str, bool] | None:
        """The first, longest place surface inside ``name`` (not the whole of it)."""
        for i in range(len(name) - 2):
            for k in range(min(len(name) - i - 1, 8), 1, -1):
                if k == len(name):
                    continue
                hit = self.surface_level.get(name[i:i + k])
                if hit and self._whole_word(name, i, i + k):
                    return i, name[i:i + k], hit[0], hit[1]
        return None

    def coined(self, rng: random.Random) -> str:
        """A field and an aim, as a programme's coined words are (茶叶|提升, 县域高中|振兴)."""
        return rng.choice(self.nouns) + rng.choice(self.verbs)

    def _whole_word(self, name: str, a: int, b: int) -> bool:
        """A place surface that is no other word (平安, 富裕) and cuts none (美|丽江|苏)."""
        if self.tags.get(name[a:b], "ns") != "ns":
            return False
        return name[a - 1:a + 1] not in self.tags and name[b - 1:b + 1] not in self.tags

    def other_place(self, rng: random.Random, level: str, full: bool, old: str) -> str:
        while True:
            name, short = rng.choice(self.places[level])
            new = name if full or not short else short
            if new != old:
                return new


def _perturb(span: dict, text: str, words: Words, swaps: dict[str, list[tuple[str, str]]],
             doc: str, rng: random.Random) -> list[tuple[str, int, int, str]]:
    """(kind, start, end in the span, new words) of each perturbation of one gold span."""
    name, start = span["text"], span["start"]
    out: list[tuple[str, int, int, str]] = []
    if start and text[start - 1] in OPEN_QUOTES:
        close = next((i for i, ch in enumerate(name) if ch in CLOSE_QUOTES), len(name))
        inner = name[:close]
        if re.search(rf"[0-9{CN_NUM}]", inner) and len(inner) <= 8:
            new = _numeral_like(rng, inner)
        else:
            new = rng.choice(words.verbs) + rng.choice(words.nouns)[:2]
        if new != inner:
            out.append(("quoted", 0, close, new))
        return out
    if text.endswith(BUILD_VERBS, 0, start):
        # a place that builds the name, written before the verb (支持|泉州|建设|…中心)
        _, short = rng.choice(words.places["prefecture"])
        out.append(("subject", -2, -2, short or "泉州"))
    placed = words.place_in(name)
    rest = 0
    if placed:
        at, surface, level, full = placed
        out.append(("place", at, at + len(surface),
                    words.other_place(rng, level, full, surface)))
        rest = at + len(surface) if at == 0 else 0
    level = LEVEL.match(name, rest)
    rest = level.end() if level else rest
    head = next((h for h in HEADS if name.endswith(h) and len(name) - len(h) - rest >= 2), None)
    if head and "\n" not in name:
        a, b = rest, len(name) - len(head)
        out.append(("coined", a, b, words.coined(rng)))
        others = [w for d, w in swaps[head] if d != doc and w != name[a:b]]
        if others:
            out.append(("swap", a, b, rng.choice(others)))
    return out


def _docs(spec: str) -> range:
    lo, hi = (int(x) for x in spec.split("-"))
    return range(lo, hi + 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", default="1-41")
    ap.add_argument("--seed", type=int, default=32)
    args = ap.parse_args(argv)
    wanted = _docs(args.docs)
    golds = []
    for path in sorted((ROOT / "gold/dev/train").glob("dev-d*.jsonl")):
        number = int(re.match(r"dev-d(\d+)", path.name).group(1))
        if number in wanted:
            golds.extend(json.loads(line) for line in path.open(encoding="utf-8"))
    words = Words()
    swaps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in golds:
        for s in g["spans"]:
            if s["label"] == "INITIATIVE" and g["text"][s["start"] - 1:s["start"]] not in OPEN_QUOTES:
                head = next((h for h in HEADS if s["text"].endswith(h)), None)
                if head and len(s["text"]) - len(head) >= 2:
                    placed = words.place_in(s["text"])
                    a = len(placed[1]) if placed and placed[0] == 0 else 0
                    level = LEVEL.match(s["text"], a)
                    a = level.end() if level else a
                    if len(s["text"]) - len(head) - a >= 2:
                        swaps[head].append((g["doc_id"], s["text"][a:len(s["text"]) - len(head)]))
    rng = random.Random(args.seed)
    pipe = default_pipeline(ner=False, facts=None)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for g in golds:
        text = g["text"]
        lines: list[str] = []
        items = []  # (kind, gold start, gold end in the doc, original name, new name)
        offset = 1  # the text opens with a line break, as a sentence after another
        for s in (s for s in g["spans"] if s["label"] == "INITIATIVE"):
            left, right = _sentence(text, s["start"], s["end"])
            if s["end"] > right:
                continue
            perturbations = [("orig", 0, 0, "")] + _perturb(s, text, words, swaps, g["doc_id"], rng)
            for kind, a, b, new in perturbations:
                before = text[left:s["start"] + a]
                # the sentence keeps its closing mark: without it the clean view glues the
                # line to the next one (…先行区\n\n国土… read as one phrase), which no report
                # does
                after = text[s["start"] + b:right + (right < len(text) and text[right] in "。！？；")]
                line = before + new + after
                if a < 0:  # words put before the name: the span moves whole
                    gs = offset + s["start"] - left + len(new)
                    ge = gs + len(s["text"])
                else:
                    gs = offset + s["start"] - left
                    ge = gs + len(s["text"]) - (b - a) + len(new)
                items.append((kind, gs, ge, s["text"], line[gs - offset:ge - offset], offset,
                              offset + len(line)))
                lines.append(line)
                offset += len(line) + 2
        doc_text = "\n" + "\n\n".join(lines)
        mentions = pipe.extract(doc_text, ref_date=g.get("ref_date")).mentions
        for kind, gs, ge, old, new, ls, le in items:
            found = [m for m in mentions if m.start < ge and m.end > gs and ls <= m.start < le]
            inits = [m for m in found if m.label == "INITIATIVE"]
            exact = any(m.start == gs and m.end == ge for m in inits)
            st = stats[kind]
            st["gold"] += 1
            st["hit"] += exact
            st["pred"] += len(inits)
            st["pred_ok"] += exact
            st["gpe_inside"] += sum(m.label == "GPE" and gs <= m.start and m.end <= ge
                                    for m in found)
            rows.append((kind, g["doc_id"], old, new, "hit" if exact else "miss",
                         " | ".join(f"{m.label}:{m.text}" for m in found),
                         doc_text[max(ls, gs - 12):min(le, ge + 12)].replace("\n", " ")))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("kind", "doc", "gold", "perturbed", "result", "found", "context"))
        w.writerows(rows)
    print(f"{'kind':8} {'gold':>5} {'recall':>7} {'precision':>9} {'gpe_in':>6}")
    for kind in ("orig", "place", "quoted", "coined", "swap", "subject"):
        st = stats[kind]
        if st["gold"]:
            p = st["pred_ok"] / st["pred"] if st["pred"] else 0.0
            print(f"{kind:8} {st['gold']:5d} {st['hit'] / st['gold']:7.3f} {p:9.3f} "
                  f"{st['gpe_inside']:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""INITIATIVE names with their words changed: do the rules find names by shape? (issue 10)

    python benchmarks/perturb_names.py OUT.tsv [--docs 1-41] [--seed 32] [--label GPE]

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

``--label GPE`` (gpe32) takes each GPE span instead and writes it once unchanged (``orig``)
and once swapped for another of its kind from a province the document does not name: a
division of the same level and suffix (``county`` 县/区/旗/市, ``prefecture``,
``province``), its short name for a short one (``county_short``: 迭部 → 上杭), a town or a
village of the data by its suffix (镇/乡/街道/苏木, 村/嘎查; ``town_short``: a town of the
document written without 镇/乡/苏木), a country or a foreign city of the gazetteer. The
document's head line opens the text as written (its places not swapped: they set the
document's own place, which the local names follow). Printed
per kind: recall, precision (of the GPEs over the span, exact ones) and the items with
nothing found over them.
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
from policy_extract.places import (
    _location_text,
    china_divisions,
    jieba_dictionary,
    world_cities,
    world_places,
)

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


#: the suffixes a town's and a village's name ends in (the data's levels under the county)
TOWN_SUFFIXES = ("街道", "苏木", "镇", "乡")
VILLAGE_SUFFIXES = ("嘎查", "村")
#: the GPE kinds, in the order printed
GPE_KINDS = ("orig", "province", "province_short", "prefecture", "prefecture_short", "county",
             "county_short", "town", "town_short", "village", "country", "foreign_city")


class Divisions:
    """Replacement GPEs: the data's divisions of each level and suffix with their province
    (towns and villages too, by their names' suffixes), countries and foreign cities."""

    def __init__(self) -> None:
        self.surface: dict[str, tuple[str, str | None]] = {}  # surface → (kind, province)
        self.pool: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for place, shorts in china_divisions():
            short = next((s for s in shorts if len(s) >= 2), "")
            suffix = _suffix(place.name, ("自治县", "自治州", "县", "区", "旗", "市", "盟", "州",
                                          "省", "自治区"))
            self.pool[f"{place.level}:{suffix}"].append((place.name, place.province))
            self.surface.setdefault(place.name, (f"{place.level}:{suffix}", place.province))
            if short and short != place.name:
                self.pool[f"{place.level}_short:"].append((short, place.province))
                self.surface.setdefault(short, (f"{place.level}_short:", place.province))
        province = None
        for tabs, name in re.findall(r"^(\t*)([^\t\r\n]+)", _location_text(), re.MULTILINE):
            if not tabs:
                province = name
            elif len(tabs) in (3, 4):
                ends = TOWN_SUFFIXES if len(tabs) == 3 else VILLAGE_SUFFIXES
                suffix = _suffix(name, ends)
                if suffix and len(name) - len(suffix) >= 2:
                    kind = "town" if len(tabs) == 3 else "village"
                    self.pool[f"{kind}:{suffix}"].append((name, province))
                    if kind == "town" and suffix != "街道":
                        self.pool["town_short:"].append((name[:-len(suffix)], province))
        for place, _ in world_places():
            if place.level == "country":
                self.pool["country:"].append((place.name, None))
                self.surface.setdefault(place.name, ("country:", None))
        for city in sorted(world_cities()):
            self.pool["foreign_city:"].append((city, None))
            self.surface.setdefault(city, ("foreign_city:", None))
        for pool in self.pool.values():
            pool.sort()

    def kind(self, name: str, towns: frozenset[str]) -> tuple[str, str | None] | None:
        """The kind (level and suffix) and province of a gold GPE's surface, or None."""
        if name in self.surface:
            return self.surface[name]
        for kind, ends in (("town", TOWN_SUFFIXES), ("village", VILLAGE_SUFFIXES)):
            suffix = _suffix(name, ends)
            if suffix and len(name) - len(suffix) >= 2:
                return f"{kind}:{suffix}", None
        if any(t.startswith(name) and _suffix(t, TOWN_SUFFIXES[1:]) == t[len(name):]
               for t in towns):
            return "town_short:", None  # a town without its level word (六横 of 六横镇)
        return None

    def other(self, rng: random.Random, kind: str, old: str, provinces: set[str]) -> str:
        while True:
            new, province = rng.choice(self.pool[kind])
            if new != old and province not in provinces:
                return new


def _suffix(name: str, ends: tuple[str, ...]) -> str:
    return next((e for e in ends if name.endswith(e) and len(name) > len(e)), "")


def _score(items: list, mentions: tuple, label: str, doc: str, doc_text: str,
           stats: dict[str, Counter[str]], rows: list, extra) -> None:
    """Count each perturbed span of one document: found exactly as ``label`` (recall),
    exact among the ``label`` mentions over it (precision), and ``extra`` (found, start,
    end) → a count of the kind's own column; a row to read for each."""
    for kind, gs, ge, old, new, ls, le in items:
        found = [m for m in mentions if m.start < ge and m.end > gs and ls <= m.start < le]
        same = [m for m in found if m.label == label]
        exact = any(m.start == gs and m.end == ge for m in same)
        st = stats[kind]
        st["gold"] += 1
        st["hit"] += exact
        st["pred"] += len(same)
        st["pred_ok"] += exact
        st["extra"] += extra(found, gs, ge)
        rows.append((kind, doc, old, new, "hit" if exact else "miss",
                     " | ".join(f"{m.label}:{m.text}" for m in found),
                     doc_text[max(ls, gs - 12):min(le, ge + 12)].replace("\n", " ")))


def _write(out: Path, rows: list, stats: dict[str, Counter[str]], kinds: tuple[str, ...],
           width: int, extra: str) -> None:
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("kind", "doc", "gold", "perturbed", "result", "found", "context"))
        w.writerows(rows)
    print(f"{'kind':{width}} {'gold':>5} {'recall':>7} {'precision':>9} {extra:>{len(extra)}}")
    for kind in kinds:
        st = stats[kind]
        if st["gold"]:
            p = st["pred_ok"] / st["pred"] if st["pred"] else 0.0
            print(f"{kind:{width}} {st['gold']:5d} {st['hit'] / st['gold']:7.3f} {p:9.3f} "
                  f"{st['extra']:{len(extra)}d}")


def main_gpe(args: argparse.Namespace, golds: list[dict]) -> int:
    """``--label GPE``: each gold GPE in its sentence → another of its kind (level and
    suffix) of another province; recall and precision per kind."""
    divisions = Divisions()
    rng = random.Random(args.seed)
    pipe = default_pipeline(ner=False, facts=None)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for g in golds:
        text = g["text"]
        gpes = [s for s in g["spans"] if s["label"] == "GPE"]
        towns: frozenset[str] = frozenset(
            s["text"] for s in gpes if _suffix(s["text"], TOWN_SUFFIXES))
        kinds = {s["text"]: divisions.kind(s["text"], towns) for s in gpes}
        # the provinces the document names: a replacement comes from another one
        provinces = {k[1] for k in kinds.values() if k and k[1]}
        # the document's head line kept as written: a swapped place there would move the
        # document's own place (甘肃省… → 宁夏回族自治区…) and with it every local name
        head = text[:text.find("\n")] if "\n" in text else ""
        lines: list[str] = []
        items = []
        offset = len(head) + 1
        for s in gpes:
            left, right = _sentence(text, s["start"], s["end"])
            if s["end"] > right:
                continue
            known = kinds[s["text"]]
            perturbations = [("orig", s["text"])]
            if known and divisions.pool[known[0]] and s["start"] > len(head):
                perturbations.append((known[0].split(":")[0],
                                      divisions.other(rng, known[0], s["text"], provinces)))
            for kind, new in perturbations:
                line = text[left:s["start"]] + new + text[s["end"]:right]
                gs = offset + s["start"] - left
                ge = gs + len(new)
                items.append((kind, gs, ge, s["text"], new, offset, offset + len(line)))
                lines.append(line)
                offset += len(line) + 2
        doc_text = head + "\n" + "\n\n".join(lines)
        mentions = pipe.extract(doc_text, ref_date=g.get("ref_date")).mentions
        _score(items, mentions, "GPE", g["doc_id"], doc_text, stats, rows,
               lambda found, gs, ge: not found)
    _write(args.out, rows, stats, GPE_KINDS, 16, "nothing")
    return 0


def _docs(spec: str) -> range:
    lo, hi = (int(x) for x in spec.split("-"))
    return range(lo, hi + 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", default="1-41")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--label", choices=("INITIATIVE", "GPE"), default="INITIATIVE")
    args = ap.parse_args(argv)
    wanted = _docs(args.docs)
    golds = []
    for path in sorted((ROOT / "gold/dev/train").glob("dev-d*.jsonl")):
        number = int(re.match(r"dev-d(\d+)", path.name).group(1))
        if number in wanted:
            golds.extend(json.loads(line) for line in path.open(encoding="utf-8"))
    if args.label == "GPE":
        return main_gpe(args, golds)
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
        _score(items, mentions, "INITIATIVE", g["doc_id"], doc_text, stats, rows,
               lambda found, gs, ge: sum(m.label == "GPE" and gs <= m.start and m.end <= ge
                                         for m in found))
    _write(args.out, rows, stats, ("orig", "place", "quoted", "coined", "swap", "subject"), 8,
           "gpe_in")
    return 0


if __name__ == "__main__":
    sys.exit(main())

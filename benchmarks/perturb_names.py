"""Names with their words changed: do the rules find names by shape? (issue 10)

    python benchmarks/perturb_names.py OUT.tsv [--label INITIATIVE|GPE|ORG|FAC]
                                       [--docs 1-41] [--seed 32] [--per-kind 1]

Takes each train gold span of ``--label`` (documents dev-dNN of gold/dev/train with NN in
``--docs``; session 32 works on 1-41 and holds out 42-83) in its sentence and writes
perturbed copies of the sentence: the name's distinctive words replaced by others of the
same kind, the head and the sentence around it kept, the gold span moving with the
replacement, and the sentence unchanged (kind ``orig``: the rules' recall on known
surfaces). A sentence runs from the mark that ends the one before it to its own closing
mark (``。！？；``), kept: without it a line is read glued to the next one. The rules alone
run (no NER, no facts). Printed per kind and for all perturbed kinds: recall (the perturbed
span found exactly as the label), precision (of the mentions of the label over the span,
exact ones) and a label's own column; the TSV lists every item (kind, doc, gold span,
perturbed span, hit or miss, the mentions over it, context) to read. The seed is fixed, so
two runs of the same code give the same sentences. Each label's kinds:

``INITIATIVE`` (init32; the sentences of a document in one text, a blank line between
them; column ``gpe_in``, the GPEs inside the span):

* ``place``: a place inside the name (`海南|自由贸易港`, `数字|重庆`, `绿美|广东|生态建设`) →
  another division of the same level, written full or short as the original;
* ``quoted``: the words inside the quotes of a quoted name → a numeral formula of the same
  pattern (`五个100` → `三个40`) or two random words of jieba's dictionary;
* ``coined``: the words before a listed head (`乡村振兴|示范带`, `XX|行动`, `XX|工程`),
  after any place opening and level word (`国家|技术创新|中心`) → a field and an aim: a
  random 2-4 character noun and a 2 character verb of jieba's dictionary (`茶叶提升`);
* ``swap``: the same words → the words before the same head in another document's name;
* ``subject``: a city's short name put before the verb that builds the name (`加快建设|…` →
  `加快泉州建设|…`): the name unchanged, the place a GPE of its own.

``GPE`` (gpe32; one text per document, opened by its head line as written: its places set
the document's own place, which the local names follow; column ``nothing``, the items with
no mention over them): the span swapped for another of its kind from a province the
document does not name: a division of the same level and suffix (``county`` 县/区/旗/市,
``prefecture``, ``province``), its short name for a short one (``county_short``: 迭部 →
上杭), a town or a village of the data by its suffix (镇/乡/街道/苏木, 村/嘎查;
``town_short``: a town of the document written without 镇/乡/苏木), a country or a foreign
city of the gazetteer.

``ORG`` (org32; each sentence alone, one perturbed copy of each name; names with nothing
distinctive before their head, `国务院`, `市政府`, `省委`, left out). The name is cut into
place + middle + head (the head: the longest name-final word of ``ORG_HEADS``; the place:
the longest division name or short name that opens it):

* ``place``: the place → another division of the same level and form (a full name by one
  with the same last character, a short name by another short name);
* ``county``: a province's or city's short name → a county's short name of two characters
  (`罗庄`, `依安`: the report of a county names its own zone or school so);
* ``level``: a level opening a department's name → another (`区|发改局` → `旗|发改局`);
* ``donor``: the middle → the middle of another train name with the same head
  (`区|发展改革|委` → `区|卫生健康|委`);
* ``noun``: the middle → a noun of two to four characters of jieba's dictionary.

``FAC`` (fac32; each sentence alone, with the mark before it: a name that opens a sentence
follows a mark in a document; ``--per-kind`` items of each kind per name): each FAC that
ends in a facility head (rules/names.yaml ``heads`` of kind fac, and ``FAC_EXTRA_HEADS``)
has its distinctive part (the words before the head, after a place that opens them, two to
four characters) replaced by ``place`` (a county's or prefecture's short name the rules know
alone), ``coined`` (the distinctive part of another train FAC with the same head) or
``noun`` (a 2-4 character noun of jieba's dictionary). The draws run over all the train
documents, ``--docs`` choosing among them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from policy_extract.pipeline import default_pipeline
from policy_extract.places import (
    _location_text,
    china_divisions,
    jieba_dictionary,
    world_cities,
    world_places,
)

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_END = re.compile(r"[。！？；\n]")
HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Case:
    """One sentence to run: a gold name, perturbed (``name`` at ``start:end`` of ``line``)
    or not (kind ``orig``)."""

    kind: str
    line: str
    start: int
    end: int
    gold: str


@dataclass(frozen=True)
class Group:
    """Cases run as one text: ``head`` + a line break opens it (None: the line alone)."""

    doc: str
    ref_date: str | None
    head: str | None
    cases: list[Case]


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``: from the mark or line break before it to its
    closing mark, kept (not a line break)."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    if right is None:
        return left, len(text)
    return left, right.end() if right.group() != "\n" else right.start()


def replaced(kind: str, text: str, span: dict, left: int, right: int, a: int, b: int,
             new: str) -> Case:
    """The sentence ``text[left:right]`` with ``new`` for ``span``'s characters ``a:b``."""
    start = span["start"] - left
    line = text[left:span["start"] + a] + new + text[span["start"] + b:right]
    return Case(kind, line, start, start + len(span["text"]) - (b - a) + len(new),
                span["text"])


def spans(docs: Iterable[dict], label: str) -> Iterator[tuple[dict, dict]]:
    for d in docs:
        for s in d["spans"]:
            if s["label"] == label:
                yield d, s


def _suffix(name: str, ends: tuple[str, ...]) -> str:
    return next((e for e in ends if name.endswith(e) and len(name) > len(e)), "")


def _short(shorts: Iterable[str]) -> str:
    return next((s for s in shorts if len(s) >= 2), "")


# --- INITIATIVE ---------------------------------------------------------------------------

HEADS = ("专项行动", "行动计划", "三年行动", "示范带", "示范区", "先行区", "试验区", "示范基地",
         "行动", "工程", "计划", "改革", "试点", "战略", "基地", "经济带", "经济圈", "走廊",
         "强省", "强市", "制度", "机制", "体系", "项目", "建设", "中心", "城市")
BUILD_VERBS = ("建设", "创建", "争创", "打造", "培育")
OPEN_QUOTES = "“\"「‘"
CLOSE_QUOTES = "”\"」’"
#: a level or scope word opening a designation, kept as the place is (国家|技术创新中心)
LEVEL = re.compile(r"国家级|国家|全国|省级|中国")
CN_NUM = "一二三四五六七八九十百千"


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
            short = _short(shorts)
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



def _perturb_initiative(span: dict, text: str, words: Words,
                        swaps: dict[str, list[tuple[str, str]]], doc: str,
                        rng: random.Random) -> list[tuple[str, int, int, str]]:
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


def swap_words(text: str, start: int, name: str, words: Words) -> tuple[str, str] | None:
    """(head, the words before it) of the INITIATIVE ``name`` at ``start`` of ``text``, the
    words a ``swap`` puts in another name with the same head: after a place that opens the
    name and a level word, two characters or more; None for a quoted name or no head."""
    head = next((h for h in HEADS if name.endswith(h)), None)
    if text[start - 1:start] in OPEN_QUOTES or not head:
        return None
    placed = words.place_in(name)
    a = len(placed[1]) if placed and placed[0] == 0 else 0
    level = LEVEL.match(name, a)
    a = level.end() if level else a
    return (head, name[a:len(name) - len(head)]) if len(name) - len(head) - a >= 2 else None


def initiative_groups(docs: list[dict], every: list[dict], rng: random.Random,
                      per_kind: int) -> list[Group]:
    words = Words()
    swaps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for d, s in spans(docs, "INITIATIVE"):
        got = swap_words(d["text"], s["start"], s["text"], words)
        if got:
            swaps[got[0]].append((d["doc_id"], got[1]))
    groups = []
    for d in docs:
        text = d["text"]
        cases = []
        for s in (s for s in d["spans"] if s["label"] == "INITIATIVE"):
            left, right = sentence(text, s["start"], s["end"])
            for kind, a, b, new in [("orig", 0, 0, "")] + _perturb_initiative(
                    s, text, words, swaps, d["doc_id"], rng):
                case = replaced(kind, text, s, left, right, a, b, new)
                if kind == "subject":  # words put before the name: the span moves whole
                    case = Case(kind, case.line, case.start + len(new), case.end, case.gold)
                cases.append(case)
        groups.append(Group(d["doc_id"], d.get("ref_date"), "", cases))
    return groups


def _gpe_inside(found: list, start: int, end: int) -> int:
    return sum(m.label == "GPE" and start <= m.start and m.end <= end for m in found)


# --- GPE ----------------------------------------------------------------------------------

#: the suffixes a town's and a village's name ends in (the data's levels under the county)
TOWN_SUFFIXES = ("街道", "苏木", "镇", "乡")
VILLAGE_SUFFIXES = ("嘎查", "村")


class Divisions:
    """Replacement GPEs: the data's divisions of each level and suffix with their province
    (towns and villages too, by their names' suffixes), countries and foreign cities."""

    def __init__(self) -> None:
        self.surface: dict[str, tuple[str, str | None]] = {}  # surface → (kind, province)
        self.pool: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for place, shorts in china_divisions():
            short = _short(shorts)
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


def gpe_groups(docs: list[dict], every: list[dict], rng: random.Random,
               per_kind: int) -> list[Group]:
    divisions = Divisions()
    groups = []
    for d in docs:
        text = d["text"]
        gpes = [s for s in d["spans"] if s["label"] == "GPE"]
        towns = frozenset(s["text"] for s in gpes if _suffix(s["text"], TOWN_SUFFIXES))
        kinds = {s["text"]: divisions.kind(s["text"], towns) for s in gpes}
        # the provinces the document names: a replacement comes from another one
        provinces = {k[1] for k in kinds.values() if k and k[1]}
        # the document's head line kept as written: a swapped place there would move the
        # document's own place (甘肃省… → 宁夏回族自治区…) and with it every local name
        head = text[:text.find("\n")] if "\n" in text else ""
        cases = []
        for s in gpes:
            left, right = sentence(text, s["start"], s["end"])
            known = kinds[s["text"]]
            cases.append(replaced("orig", text, s, left, right, 0, 0, ""))
            if known and divisions.pool[known[0]] and s["start"] > len(head):
                new = divisions.other(rng, known[0], s["text"], provinces)
                cases.append(replaced(known[0].split(":")[0], text, s, left, right, 0,
                                      len(s["text"]), new))
        groups.append(Group(d["doc_id"], d.get("ref_date"), head, cases))
    return groups


def _nothing(found: list, start: int, end: int) -> int:
    return not found


# --- ORG ----------------------------------------------------------------------------------

#: name-final words, longest first when matched
ORG_HEADS = sorted("""人民政府 政府 人民代表大会 常务委员会 委员会 管理委员会 管委会 管委 集团有限公司
股份有限公司 有限责任公司 有限公司 集团 公司 大学 学院 医院 中学 小学 研究院 研究所 实验室
中心 银行 分行 支行 合作社 协会 商会 联合会 促进会 管理局 局 厅 委 办 部 分局 海关 日报
电视台 自由贸易试验区 试验区 合作区 高新区 经开区 开发区 新区 工业园区 领导小组 办公室
工作专班""".split(), key=len, reverse=True)
LEVELS = ("自治区", "省", "市", "区", "县", "旗", "州", "盟")


@dataclass(frozen=True)
class Parts:
    place: str
    middle: str
    head: str


def split_org(name: str, places: set[str]) -> Parts | None:
    head = next((h for h in ORG_HEADS if name.endswith(h) and len(name) > len(h)), None)
    if head is None:
        return None
    rest = name[: -len(head)]
    place = next((rest[:k] for k in range(len(rest), 1, -1) if rest[:k] in places), "")
    if not place:
        place = next((lv for lv in LEVELS if rest.startswith(lv)), "")
    return Parts(place, rest[len(place):], head)


def org_groups(docs: list[dict], every: list[dict], rng: random.Random,
               per_kind: int) -> list[Group]:
    # a place is replaced by one of its level and form: a full name by one with the same
    # last character, a short name by another short name (a county's short names, often
    # common words, 公安, are not read as places)
    pools: dict[tuple[str, str], list[str]] = defaultdict(list)
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
                   and counts.get(w, 0) >= 20 and HAN.fullmatch(w))
    donors: dict[str, set[str]] = defaultdict(set)
    for _, s in spans(every, "ORG"):  # donors from the whole train: words, not a rule's test
        parts = split_org(s["text"], places)
        if parts and parts.middle:
            donors[parts.head].add(parts.middle)
    groups = []
    for d, s in spans(docs, "ORG"):
        parts = split_org(s["text"], places)
        if "\n" in s["text"] or parts is None or not (parts.middle or parts.place in kind_of):
            continue
        kinds = (["place"] if parts.place in kind_of else []) + (
            ["county"] if kind_of.get(parts.place, ("", ""))[1] == "short" else []) + (
            ["level"] if parts.place in LEVELS and parts.middle else []) + (
            ["donor", "noun"] if parts.middle else [])
        kind = rng.choice(kinds)
        place, middle = parts.place, parts.middle
        if kind == "place":
            place = rng.choice([p for p in pools[kind_of[parts.place]] if p != parts.place])
        elif kind == "county":
            place = rng.choice(county_shorts)
        elif kind == "level":
            place = rng.choice([lv for lv in LEVELS if lv != parts.place])
        elif kind == "donor" and donors[parts.head] - {parts.middle}:
            middle = rng.choice(sorted(donors[parts.head] - {parts.middle}))
        else:
            kind, middle = "noun", rng.choice(nouns)
        left, right = sentence(d["text"], s["start"], s["end"])
        if right - left > 400:
            continue
        for case in (replaced("orig", d["text"], s, left, right, 0, 0, ""),
                     replaced(kind, d["text"], s, left, right, 0, len(s["text"]),
                              place + middle + parts.head)):
            groups.append(Group(d["doc_id"], d.get("ref_date"), None, [case]))
    return groups


# --- FAC ----------------------------------------------------------------------------------

#: facility heads a reader knows that the heads table has no row for (the train gold's)
FAC_EXTRA_HEADS = ("公园", "工程", "中心", "保护区", "水库", "公路", "城际", "复线", "走廊",
                   "枢纽", "校区", "口岸", "遗址", "基地", "园区", "景区", "新城", "水厂")


def fac_heads() -> list[str]:
    data = yaml.safe_load((ROOT / "rules/names.yaml").read_text(encoding="utf-8"))
    heads = {h["head"] for h in data["heads"] if h.get("kind") == "fac"}
    return sorted(heads | set(FAC_EXTRA_HEADS), key=len, reverse=True)


def split_fac(name: str, heads: list[str], places: set[str]) -> tuple[str, str, str] | None:
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
    if not (2 <= len(part) <= 4 and HAN.fullmatch(part)):
        return None
    return front, part, head


def fac_groups(docs: list[dict], every: list[dict], rng: random.Random,
               per_kind: int) -> list[Group]:
    heads = fac_heads()
    known = default_pipeline(ner=False, facts=None).name_passes[0]._places
    # prefectures' and counties' short names that the rules know as places with no
    # document around them (a county's short name is a place only in a document of its
    # prefecture or province: names.md, so a sentence alone would not test the shape)
    shorts = sorted({s for place, names in china_divisions()
                     if place.level in ("county", "prefecture")
                     for s in names if 2 <= len(s) <= 3 and s in known})
    places = set(known)
    tags, counts = jieba_dictionary()
    nouns = [w for w, t in tags.items()
             if t == "n" and 2 <= len(w) <= 4 and counts[w] >= 50 and HAN.fullmatch(w)]
    facs = [(d, s, split_fac(s["text"], heads, places)) for d, s in spans(every, "FAC")]
    coined: dict[str, set[str]] = defaultdict(set)
    for _, _, parts in facs:
        if parts:
            coined[parts[2]].add(parts[1])
    wanted = {d["doc_id"] for d in docs}
    groups = []
    for d, s, parts in facs:  # the draws over every document, as the benchmark always did
        if parts is None:
            continue
        front, part, head = parts
        left, right = sentence(d["text"], s["start"], s["end"])
        left = max(0, left - 1)  # the mark before the sentence
        cases = [replaced("orig", d["text"], s, left, right, 0, 0, "")]
        pools = {"place": shorts, "coined": sorted(coined[head] - {part}), "noun": nouns}
        for kind, pool in pools.items():
            for _ in range(per_kind if pool else 0):
                new = front + rng.choice(pool) + head
                cases.append(replaced(kind, d["text"], s, left, right, 0, len(s["text"]), new))
        if d["doc_id"] in wanted:
            groups.extend(Group(d["doc_id"], None, None, [c]) for c in cases)
    return groups


# --- shared -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A label's perturbations: its cases (grouped as they run), its kinds in the order
    printed, and its own column (a name and a count of the mentions over a span)."""

    groups: Callable[[list[dict], list[dict], random.Random, int], list[Group]]
    kinds: tuple[str, ...]
    column: tuple[str, Callable[[list, int, int], int]] | None


LABELS = {
    "INITIATIVE": Label(initiative_groups,
                        ("orig", "place", "quoted", "coined", "swap", "subject"),
                        ("gpe_in", _gpe_inside)),
    "GPE": Label(gpe_groups,
                 ("orig", "province", "province_short", "prefecture", "prefecture_short",
                  "county", "county_short", "town", "town_short", "village", "country",
                  "foreign_city"),
                 ("nothing", _nothing)),
    "ORG": Label(org_groups, ("orig", "place", "county", "level", "donor", "noun"), None),
    "FAC": Label(fac_groups, ("orig", "place", "coined", "noun"), None),
}


def run(label: str, spec: Label, groups: list[Group]) -> tuple[dict[str, Counter[str]], list]:
    """Each group's cases in one text (a blank line between them, its head line before);
    per kind: the gold spans, found exactly (hit), the label's mentions over them (pred)
    and the label's own column; a row to read for each case."""
    pipe = default_pipeline(ner=False, facts=None)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for g in groups:
        offset = 0 if g.head is None else len(g.head) + 1
        placed = []
        for case in g.cases:
            placed.append((case, offset))
            offset += len(case.line) + 2
        text = ("" if g.head is None else g.head + "\n") + "\n\n".join(c.line for c in g.cases)
        mentions = pipe.extract(text, ref_date=g.ref_date).mentions
        for case, at in placed:
            gs, ge, ls, le = at + case.start, at + case.end, at, at + len(case.line)
            found = [m for m in mentions if m.start < ge and m.end > gs and ls <= m.start < le]
            same = [m for m in found if m.label == label]
            exact = any(m.start == gs and m.end == ge for m in same)
            st = stats[case.kind]
            st["gold"] += 1
            st["hit"] += exact
            st["pred"] += len(same)
            st["column"] += spec.column[1](found, gs, ge) if spec.column else 0
            rows.append((case.kind, g.doc, case.gold, text[gs:ge], "hit" if exact else "miss",
                         " | ".join(f"{m.label}:{m.text}" for m in found),
                         text[max(ls, gs - 12):min(le, ge + 12)].replace("\n", " ")))
    return stats, rows


def report(spec: Label, stats: dict[str, Counter[str]]) -> None:
    column = spec.column[0] if spec.column else ""
    width = max(map(len, spec.kinds + ("perturbed",)))
    print(f"{'kind':{width}} {'gold':>5} {'recall':>7} {'precision':>9} {column}".rstrip())
    total: Counter[str] = Counter()
    for kind in spec.kinds[1:]:
        total.update(stats[kind])
    for kind, st in [(k, stats[k]) for k in spec.kinds] + [("perturbed", total)]:
        if st["gold"]:
            p = st["hit"] / st["pred"] if st["pred"] else 0.0
            own = f" {st['column']:{len(column)}d}" if column else ""
            print(f"{kind:{width}} {st['gold']:5d} {st['hit'] / st['gold']:7.3f} {p:9.3f}{own}")


def load(wanted: range | None = None) -> list[dict]:
    """The train gold documents dev-dNN, NN in ``wanted`` (None: all)."""
    docs = []
    for path in sorted((ROOT / "gold/dev/train").glob("dev-d*.jsonl")):
        number = int(re.match(r"dev-d(\d+)", path.name).group(1))
        if wanted is None or number in wanted:
            docs.extend(json.loads(line) for line in path.open(encoding="utf-8"))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--label", choices=tuple(LABELS), default="INITIATIVE")
    ap.add_argument("--docs", default="1-41")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--per-kind", type=int, default=1, help="FAC: items of each kind a name")
    args = ap.parse_args(argv)
    lo, hi = (int(x) for x in args.docs.split("-"))
    spec = LABELS[args.label]
    groups = spec.groups(load(range(lo, hi + 1)), load(), random.Random(args.seed),
                         args.per_kind)
    stats, rows = run(args.label, spec, groups)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("kind", "doc", "gold", "perturbed", "result", "found", "context"))
        w.writerows(rows)
    report(spec, stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())

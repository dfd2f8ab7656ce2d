"""Places: China's administrative divisions, countries and world regions, from maintained data.

Nothing here is a hand-typed list of places. Two well-kept packages ship the data:

* **China** (province, prefecture and county levels, with their GB/T 2260 six-digit
  codes and short names): ``china_location`` of `jionlp
  <https://github.com/dongrixinyu/JioNLP>`_ (Apache-2.0; read from its data file,
  jionlp itself is never imported). County-level codes ``…70``–``…79`` are the
  statistics bureau's development zones, not divisions (ANNOTATION rule 13 labels
  them ORG), and are left out.
* **Countries and world regions**: the Chinese names of the Unicode CLDR (through
  `Babel <https://babel.pocoo.org>`_, BSD-3-Clause): ISO 3166-1 alpha-2 codes for
  countries (``TH`` 泰国) and UN M49 codes for world regions (``035`` 东南亚).
  jionlp's ``world_location`` adds each country's official full name and common short
  name (中华人民共和国, 沙特) where one of its names is CLDR's.

:func:`place_index` builds the index once per process. :func:`link_mentions` gives
each GPE its code, province and place, and gives a name that depends on the
document's place (``市发展改革委``, ``市政府``, ``区委``) that place;
:func:`document_place` is the document's own place (title, issuing body, delivery
line, signature).

A short name that several divisions share (朝阳区: Beijing and Changchun) is
resolved by the document's own place; where that does not decide it, the code stays
null (never a guess).
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.util
import operator
import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING, TypeVar

import regex

from .model import Candidate, Mention, PolicyExtractError
from .patterncache import code_digest, stored_entry, stored_value, version_tag
from .rules import EndSpans, JoinedSpans, WordSpans, default_rules_dir, file_name, read_tsv

if TYPE_CHECKING:
    import jieba

T = TypeVar("T")

#: levels, broadest first
LEVELS = ("region", "country", "province", "prefecture", "county")
CHINA = "CN"
#: the tags of jieba's dictionary under which a foreign name (泰国) is taken for a place
#: wherever it is written: one jieba knows as another kind of word (加纳 of 增加纳入,
#: 约旦, 也门, 马里) is only linked, not recognised. Chinese short names are not
#: filtered so: jieba tags 大连, 保定 and 遵义 as adverbs and verbs.
_NAME_TAGS = ("n", "s", "vn")
#: the container of every region (CLDR 001 世界) is no place name
_WORLD = "001"
#: CLDR territories that are organisations or codes of convenience, not places
#: (ANNOTATION rule 20: 东盟, like 欧盟, is an ORG)
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})

#: the word a dependent name starts with → the level of the document's place it
#: refers to: in a report of 常德市, ``市发展改革委`` is 常德市's and ``省委`` 湖南省's
DEPENDENT_LEVELS: tuple[tuple[str, str], ...] = (
    ("自治区", "province"), ("省", "province"),
    ("自治州", "prefecture"), ("州", "prefecture"), ("盟", "prefecture"),
    ("市", "prefecture"),
    ("自治县", "county"), ("县", "county"), ("区", "county"), ("旗", "county"),
    ("国家", "country"), ("国务院", "country"), ("全国", "country"),
    ("中央", "country"), ("党中央", "country"), ("中共中央", "country"),
    ("最高人民法院", "country"), ("最高人民检察院", "country"),
)
#: in a province's document, a county short name is a GPE only if jieba's dictionary
#: counts it at most this often (迭部 5, 陇西 136, 玉门 83; not 港口 2904, 清水 812); so
#: is a town's name without its suffix (not 建设|街道)
_PROVINCE_COUNTY_COUNT = 150
#: a town written without its level word is one where jieba's dictionary counts the rest at
#: most this often (沈家门 3; not 哈克 32, a name jieba knows as a person's, which starts the names of
#: 哈克文化特色小镇 and 哈克奶源基地 in gold dev-d42, nor 东山 141)
_TOWN_STEM_COUNT = 10
#: the places whose towns are remembered (_place_towns, local_towns, listed_towns): a
#: county's document reads its prefecture's and every county's of it; 64 were fewer than a
#: round over the corpus and the bulk slice reads (255 places), so a warm round read them
#: again. 1,024 places' towns remembered hold ~10 MB
_PLACES_CACHED = 1024
#: the province-level municipalities (北京 天津 上海 重庆): their districts are counties
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
#: a title line: short, and no sentence (a paragraph's first line, wrapped, is not one)
#: the longest line a title or a delivery line can be (a longer one is a paragraph, its
#: sentences cut where a page lost its marks)
TITLE_MAX = 120
_TITLE = re.compile(rf"[^，,。；;！？!?]{{2,{TITLE_MAX}}}")
#: a field line of a task list (责任单位：…, 牵头单位：…): a short label before a colon
_FIELD = re.compile(r"\s*[^\s：:，,。、]{2,6}[：:]")
#: a delivery line (——2026年2月2日在…会议上): short, no sentence's end in it
_DELIVERY = re.compile(rf"[^。；;！？!?]{{2,{TITLE_MAX}}}")
#: labels whose names can carry a place (their own written one, or the document's)
PLACED_LABELS = frozenset({"ORG", "FAC", "GPE"})
#: the names that say whose a document is, in its title (《北京市…行动计划》 too, and a title
#: read as a place-led programme, 无锡市新吴区促进服务业发展三年行动计划: issue 10, gpe17b)
_TITLE_LABELS = PLACED_LABELS | {"DOC", "INITIATIVE"}


@dataclass(frozen=True, slots=True)
class Place:
    """One division, country or world region."""

    code: str  # GB/T 2260 (430703), ISO 3166-1 alpha-2 (TH) or UN M49 (035)
    name: str  # full name: 鼎城区, 泰国, 东南亚
    level: str  # one of LEVELS
    path: str  # the names from the province down, joined: 湖南省常德市鼎城区
    province: str | None = None  # the province-level division's full name (China only)
    parent: str | None = None  # the code of the division it belongs to

    def within(self, other: Place) -> bool:
        """Whether this place is ``other`` or lies inside it (a county in its province)."""
        if self.code == other.code:
            return True
        if other.code == CHINA:
            return self.province is not None
        if other.level == "province":
            return self.province is not None and self.code[:2] == other.code[:2]
        if other.level == "prefecture" and self.level == "county":
            return self.parent == other.code
        return False


class PlaceIndex:
    """Every place by code, and by each of its names (full and short)."""

    def __init__(self, places: Iterable[Place], names: Iterable[tuple[str, str]],
                 recognised: Iterable[tuple[str, str]]) -> None:
        self.by_code: dict[str, Place] = {}
        for p in places:
            self.by_code.setdefault(p.code, p)
        by_name: dict[str, list[Place]] = {}
        for name, code in names:
            bucket = by_name.setdefault(name, [])
            if all(p.code != code for p in bucket):
                bucket.append(self.by_code[code])
        self.by_name = {k: tuple(v) for k, v in by_name.items()}
        #: surface → kind: the names the rule pass labels GPE wherever they are written
        self.recognised: dict[str, str] = dict(recognised)
        #: the names an organisation's name can start with: every full name and the short
        #: names above the county level (not 东方 of 东方电气, 长安 of 长安汽车)
        self._prefixes = frozenset(
            n for n, ps in self.by_name.items()
            if any(n == p.name or p.level != "county" for p in ps))
        self._longest = max(map(len, self._prefixes), default=0)
        #: the county short names of a document's place, by its code (:func:`local_names`)
        self.local: dict[str, dict[str, Place]] = {}
        #: ``(name, county)`` pairs the local names are chosen from (:func:`_county_names`)
        self.county_names: list[tuple[str, Place]] | None = None
        #: the same pairs by the first two digits of the county's code and of its parent's
        #: (:func:`_county_names_of`)
        self.county_names_by_prefix: dict[str, list[tuple[str, Place]]] | None = None

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (朝阳区: two), or ``()``."""
        return self.by_name.get(name, ())

    def counties(self, name: str) -> list[Place]:
        """The counties called ``name`` (:meth:`lookup`'s places of the county level: 三门县;
        海拉尔区 and 海拉尔 both name one)."""
        return [p for p in self.lookup(name) if p.level == "county"]

    def resolve(self, name: str, context: Place | None = None) -> Place | None:
        """The one place ``name`` means: the only one so called, else the only one
        inside the document's place ``context`` (or inside its province); else None."""
        found = self.lookup(name)
        if len(found) == 1:
            return found[0]
        above = [p for p in found if p.level != "county"]
        if len(above) == 1 and all(p.name != name for p in found if p.level == "county"):
            return above[0]  # 南昌, 白银: the city, not a county whose short name it is too
        if not found or context is None:
            return None
        for scope in _scopes(context, self):
            inside = [p for p in found if p.within(scope)]
            if len(inside) == 1:
                return inside[0]
            if len(inside) > 1:
                return None
        return None

    def prefix(self, text: str) -> str | None:
        """The longest place name ``text`` starts with (常德市 of 常德市发展改革委)."""
        for n in range(min(len(text) - 1, self._longest), 1, -1):
            if text[:n] in self._prefixes:
                return text[:n]
        return None

    def prefix_at(self, text: str, start: int) -> str | None:
        """The longest place name written at ``start`` of ``text`` with more text after it
        (彭水 of 彭水苗族土家族自治县: :meth:`prefix` read where a name starts)."""
        return self.prefix(text[start:start + self._longest + 1])

    def written(self, name: str, context: Place | None = None) -> Place | None:
        """The place a name starts with, each place name in it read inside the one
        before: 舟山市普陀区人民政府 → 普陀区 of 舟山市 (not of 上海市); 中共 is skipped. A
        division's name that is a plain word too (:func:`plain_divisions`: 老城区) starts
        no name's place alone."""
        place = None
        rest = name.removeprefix("中共")
        while (part := self.prefix(rest)) is not None:
            if place is None and part in plain_divisions():
                break  # 老城区优先发展战略: the old quarter of any town (洛阳市老城区… stands)
            found = self.resolve(part, place or context)
            if found is None or place is not None and not found.within(place):
                break
            place, rest = found, rest[len(part):]
        return place

    def ancestor(self, place: Place, level: str) -> Place | None:
        """``place`` itself or the division above it at ``level`` (the prefecture of a
        county); China for ``country``."""
        if level == "country":
            return self.by_code.get(CHINA) if place.province is not None or \
                place.code == CHINA else None
        if place.level == level:
            return place
        if place.province is None:
            return None
        if level == "province" or place.code[:2] in _MUNICIPALITIES:
            # 市发展改革委 in a document of 重庆市 or of one of its districts is 重庆市's
            return self.by_code.get(place.code[:2] + "0000")
        if level == "prefecture" and place.level == "county" and place.parent:
            return self.by_code.get(place.parent)
        return None


def _scopes(context: Place, index: PlaceIndex) -> list[Place]:
    """Where to look for a short name's place: the document's place, then the
    prefecture and province it lies in."""
    out = [context]
    for level in ("prefecture", "province"):
        up = index.ancestor(context, level)
        if up is not None and up not in out:
            out.append(up)
    return out


# -- loading the data -------------------------------------------------------------------

def _jionlp_dictionary() -> Path:
    spec = importlib.util.find_spec("jionlp")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise PolicyExtractError("the place data needs the jionlp package: "
                                 "pip install jionlp (a dependency of policy-extract)")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def jieba_dictionary(dictionary: str | None = None) -> tuple[dict[str, str], dict[str, int]]:
    """The tag and the count of each word of a jieba main dictionary (lines ``word count
    tag``; ``dictionary`` is a tokenizer's ``dictionary``, None for jieba's own), read once
    per process. The word tags of the name pass (segment.load_word_tags), the place index
    and the county and town filters (港口 2904, 合作 13478; 迭部 5) all read it: three
    reads of its 349,046 lines before, some 0.2 CPU-s each, the last one during the first
    document of a province or a prefecture. Not to be changed by a caller (copy it)."""
    return _read_dictionary(dictionary)  # one cache key for f() and f(None)


@lru_cache(maxsize=2)
def _read_dictionary(dictionary: str | None) -> tuple[dict[str, str], dict[str, int]]:
    """jieba's own dictionary kept in the cache folder (patterncache.stored_value, under
    the code and :func:`jieba_dictionary_stamp`: its tags one string each, a pickle read
    back in about two thirds of the parse's time); another one read."""
    stamp = jieba_dictionary_stamp() if dictionary is None else None
    if stamp is None:
        return _parsed_dictionary(dictionary)
    code = code_digest()
    if code is None:
        return _parsed_dictionary(dictionary)
    return stored_value("dictionary", f"jieba dictionary 1\n{code}\n{stamp}",
                        lambda: _parsed_dictionary(dictionary))


def _parsed_dictionary(dictionary: str | None) -> tuple[dict[str, str], dict[str, int]]:
    import jieba
    tokenizer = jieba.Tokenizer(dictionary)  # None: jieba.DEFAULT_DICT, its own
    with tokenizer.get_dict_file() as fh:
        fields = fh.read().decode("utf-8").split()  # split at once rather than by line
    if len(fields) % 3:
        raise ValueError(f"{getattr(fh, 'name', 'the jieba dictionary')}: every line must be "
                         "'word frequency tag'")
    return (dict(zip(fields[0::3], map(sys.intern, fields[2::3]), strict=True)),
            dict(zip(fields[0::3], map(int, fields[1::3]), strict=True)))


def _word_counts() -> dict[str, int]:
    """jieba's count of each word of its dictionary (港口 2904, 合作 13478; 迭部 5)."""
    return jieba_dictionary()[1]


def _is_name(word: str, tags: dict[str, str]) -> bool:
    tag = tags.get(word)
    return tag is None or tag.startswith(_NAME_TAGS)


#: a line of ``china_location.txt`` down to the county level (a tab per level): name, code
#: and short names ("/" between them); towns and villages, three tabs and more, never match
_DIVISION_LINE = re.compile(r"^(\t{0,2})([^\t\r\n]+)(?:\t([^\t\r\n]*)\t([^\t\r\n]*))?\r?$",
                            re.MULTILINE)


def china_divisions(path: Path | None = None) -> list[tuple[Place, tuple[str, ...]]]:
    """Each division of jionlp's ``china_location`` with its short names (depth: a tab per
    level; lines of towns and villages, three tabs and more, are skipped)."""
    # the default data read once a process: the place index reads it at the build, the
    # towns and villages of the first document's place (_location_text) again (a zip read
    # and decode of ~70 ms inside the first document, then)
    text = _location_text() if path is None else _division_text(path)
    out: list[tuple[Place, tuple[str, ...]]] = []
    province: Place | None = None
    prefecture: Place | None = None
    for tabs, name, code, aliases in _DIVISION_LINE.findall(text):
        depth = len(tabs)
        if not code.isdigit():
            # a division without a code is skipped; so are the lines under a province
            # without one, and those under such a prefecture belong to its province
            if depth == 0:
                province = prefecture = None
            elif depth == 1:
                prefecture = None
            continue
        if depth == 0:
            province = prefecture = Place(code, name, "province", name, name)
            out.append((province, tuple(aliases.split("/"))))
            continue
        if province is None:
            continue
        if depth == 1:
            if code == province.code or name.endswith("直辖行政区划"):
                prefecture = None  # 北京市 under 北京市; counties the province governs itself
                continue
            prefecture = Place(code, name, "prefecture", province.name + name, province.name,
                               province.code)
            out.append((prefecture, tuple(aliases.split("/"))))
            continue
        if 70 <= int(code[-2:]) <= 79 or code.endswith("00"):
            continue  # a development zone's statistics code, or no county code of its own
        parent = prefecture or province
        out.append((Place(code, name, "county", parent.path + name, province.name,
                          parent.code), tuple(aliases.split("/"))))
    return out


#: the level words a county's short name drops (南沙区 → 南沙, 桃源县 → 桃源); not 新区,
#: 矿区, 林区, 开发区, 自治县 nor 旗, whose short names the data writes its own way
#: (察右中旗, 白云鄂博, 双江 of 双江拉祜族佤族布朗族傣族自治县)
_COUNTY_SUFFIX = re.compile(r"(?<![新矿林发治])[区县市]$")


def county_stem(name: str, counts: dict[str, int]) -> str:
    """A county's name without its level word, where two characters or more remain and
    jieba's dictionary counts them as rarely as a province's county names must be
    (南沙 132, of 南沙区; not 资源 of 资源县, 江南 of 江南区) and no nationality is
    named (not 顺河回族 of 顺河回族区, whose short name the data gives); else ``""``."""
    stem = _COUNTY_SUFFIX.sub("", name)
    return stem if stem != name and len(stem) >= 2 and "族" not in stem \
        and counts.get(stem, 0) <= _PROVINCE_COUNTY_COUNT else ""


#: an autonomous division's level word → the one reports write after its short name
#: (甘孜藏族自治州 → 甘孜州, 天祝藏族自治县 → 天祝县, 鄂温克族自治旗 → 鄂温克旗)
_AUTONOMOUS_LEVELS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


def autonomous_forms(name: str, shorts: Sequence[str]) -> list[str]:
    """The names an autonomous prefecture or county goes by besides its data's: its short
    name and its level word without 自治 (甘孜州, 临夏州; 天祝县, 肃南县; 鄂温克旗), as the
    data writes other divisions' full names (阿坝州 was found as no place at all, 甘孜州
    cut to 甘孜)."""
    for level, plain in _AUTONOMOUS_LEVELS:
        if name.endswith(level):
            return [a + plain for a in shorts
                    if len(a) >= 2 and not a.endswith(plain) and a + plain != name]
    return []


@lru_cache(maxsize=1)
def _world_location() -> tuple[tuple[str, ...], ...]:
    """The rows of jionlp's ``world_location`` (a country's short and full names, its
    capital, other cities), read once for :func:`world_places` and :func:`world_cities`."""
    world = _jionlp_dictionary() / "world_location.txt"
    try:
        lines = world.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PolicyExtractError(f"{world}: cannot read ({exc.strerror or exc})") from None
    rows = (tuple(line.strip().split("\t")) for line in lines)
    return tuple(row for row in rows if len(row) >= 3)

def world_places() -> list[tuple[Place, tuple[str, ...]]]:
    """Countries (ISO 3166-1 alpha-2) and world regions (UN M49) with their Chinese names
    from CLDR, and the full and short names jionlp's ``world_location`` gives a country."""
    from babel import Locale
    territories = Locale("zh").territories
    by_name: dict[str, str] = {}
    out: dict[str, tuple[Place, list[str]]] = {}
    for code, name in territories.items():
        if code in _NOT_PLACES or code == _WORLD or code in ("HK", "MO", "TW"):
            continue  # Hong Kong, Macao and Taiwan are in the Chinese division data
        if code.isdigit():
            out[code] = (Place(code, name, "region", name), [name])
        elif len(code) == 2 and code.isalpha():
            out[code] = (Place(code, name, "country", name), [name])
        by_name[name] = code
    for row in _world_location():
        short, full = row[0], row[1]
        # the longest CLDR name the full name starts with: 沙特阿拉伯王国 → 沙特阿拉伯,
        # 几内亚比绍共和国 → 几内亚比绍 (not 几内亚)
        code = by_name.get(short) or by_name.get(full) or next(
            (by_name[full[:n]] for n in range(len(full) - 1, 1, -1) if full[:n] in by_name),
            None)
        if code in out:
            out[code][1].extend(n for n in (short, full) if n not in out[code][1])
    return [(place, tuple(names)) for place, names in out.values()]


#: jieba's tags of a foreign city's name that read it as a plain word (万象 of 万象更新,
#: 金边 a gold rim, 清迈, 首尔, 比绍 as its adjective, adverb or verb): such a city is not taken
_CITY_WORD_TAGS = frozenset({"n", "a", "d", "v"})


@lru_cache(maxsize=1)
def world_cities() -> frozenset[str]:
    """The capitals and major cities of other countries that jionlp's ``world_location``
    lists (莫斯科, 河内, 布达佩斯; ANNOTATION.md: a city is a GPE), not China's (divisions)
    nor a name that is a country's too (新加坡, 卢森堡) or one jieba reads as a plain word
    (:data:`_CITY_WORD_TAGS`). They carry no code: they are found, not linked. Kept in
    the cache folder under what the place index is built from (:func:`_place_data_key`:
    jieba's dictionary, the world and division data): read back, the name rules' build
    needs no jieba dictionary."""
    key = _place_data_key()
    if key is None:
        return _built_world_cities()
    return stored_value("cities", f"world cities 1\n{key}", _built_world_cities)


def _built_world_cities() -> frozenset[str]:
    tags = jieba_dictionary()[0]
    recognised = place_surfaces()
    out = set()
    for row in _world_location():
        if row[0] == "中国":
            continue
        for city in (row[2], *(row[3].split("/") if len(row) > 3 else ())):
            if len(city) >= 2 and city not in recognised \
                    and tags.get(city, "ns") not in _CITY_WORD_TAGS:
                out.add(city)
    return frozenset(out)


@lru_cache(maxsize=64)
def _lexicon_words(key: str) -> tuple[str, ...]:
    """The words of names.yaml's ``lexicon.key`` (its examples are tests/test_names.py's),
    read once per process."""
    from .names import lexicon_words  # names reads this module's index when first asked

    return lexicon_words(default_rules_dir(), key)


@lru_cache(maxsize=64)
def _lexicon_set(key: str) -> frozenset[str]:
    """:func:`_lexicon_words` as a set, for membership tests."""
    return frozenset(_lexicon_words(key))


@lru_cache(maxsize=1)
def numbered_heading() -> re.Pattern[str]:
    """A line that opens with a section's number (一、, （三）, 2.): an excerpt's heading, no
    title (names.yaml ``lexicon.numbered_heading``)."""
    from .names import lexicon_pattern

    return re.compile(lexicon_pattern(default_rules_dir(), "numbered_heading"))


def area_word_after(clean: str, end: int) -> bool:
    """Whether a word that opens with a division's suffix follows a place ending at ``end``
    (黔江|区域性中心城市, names.yaml ``lexicon.place_area_words``): the place is its short name
    there, though the tokenizer reads the suffix into it (黔江区|域性) and the full name
    (黔江区) is written."""
    return clean.startswith(_lexicon_words("place_area_words"), end)


@lru_cache(maxsize=1)
def plain_divisions() -> frozenset[str]:
    """The full names of divisions that are plain words too (老城区, 古城区, 平房区: names.yaml
    ``lexicon.plain_divisions``): a GPE only beside its prefecture or province (the name
    pass: names._division_named), no name's place alone (:meth:`PlaceIndex.written`)."""
    return _lexicon_set("plain_divisions")


@lru_cache(maxsize=1)
def country_cities() -> dict[str, frozenset[str]]:
    """Each other country's short name and the capital and cities jionlp's
    ``world_location`` gives it (韩国: 首尔, 釜山 …; 美国: 纽约 …), whatever jieba reads the
    city as (首尔 an adverb): a city is known as a place right after its own country
    (韩国首尔市, 美国纽约) where alone it is not taken (:func:`world_cities`)."""
    out: dict[str, frozenset[str]] = {}
    for row in _world_location():
        if row[0] != "中国":
            cities = (row[2], *(row[3].split("/") if len(row) > 3 else ()))
            out[row[0]] = frozenset(c for c in cities if len(c) >= 2)
    return out


@lru_cache(maxsize=1)
def place_index() -> PlaceIndex:
    """The index of every place, once per process: read from the cache folder where it was
    kept (patterncache.stored_value; 0.17 -> 0.01 CPU-s, the division data's parse and
    jieba's dictionary left out), else built (:func:`build_place_index`) and kept."""
    key = _place_data_key()
    if key is None:
        return build_place_index()
    return stored_value("places", key, build_place_index)


def _place_data_key() -> str | None:
    """What the place index is built from: this package's code, jieba's dictionary (see
    :func:`jieba_dictionary_stamp`) and the size and time of each other data file read
    (jionlp's division and world data, Babel's Chinese locale data and its root); None
    where one of them cannot be told (then no cache: never a stale index)."""
    code, jieba_stamp = code_digest(), jieba_dictionary_stamp()
    babel = importlib.util.find_spec("babel")  # found, not imported (a cached index needs
    if code is None or jieba_stamp is None or babel is None \
            or not babel.submodule_search_locations:  # none of it)
        return None
    locale_data = Path(next(iter(babel.submodule_search_locations))) / "locale-data"
    try:
        stamps = file_stamps([_jionlp_dictionary() / "china_location.zip",
                              _jionlp_dictionary() / "world_location.txt",
                              locale_data / "zh.dat", locale_data / "zh_Hans.dat",
                              locale_data / "root.dat"])
    except (OSError, PolicyExtractError):
        return None
    return "\n".join(["place-index 1", code, jieba_stamp, *stamps])


def file_stamps(files: Iterable[Path]) -> list[str]:
    """Each file's path, size and time (of its last change), a line each: what a value
    kept in the cache folder names of the data files it was built from. Raises OSError."""
    return [f"{f}\t{st.st_size}\t{st.st_mtime_ns}" for f in files for st in (f.stat(),)]


def jieba_dictionary_stamp() -> str | None:
    """jieba's version and :func:`file_stamps` of its main dictionary (what
    :func:`jieba_dictionary` reads), or None where another main dictionary is set or the
    file cannot be found: no value kept in the cache is then read."""
    import jieba

    if jieba.DEFAULT_DICT is not None:
        return None
    try:
        (stamp,) = file_stamps([Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)])
    except OSError:
        return None
    return f"jieba {jieba.__version__}\t{stamp}"


def build_place_index() -> PlaceIndex:
    """The index of every place, built from the data (about half a second; jieba's
    dictionary read with it)."""
    tags = jieba_dictionary()[0]
    places: list[Place] = []
    names: list[tuple[str, str]] = []
    recognised: dict[str, str] = {}
    china = china_divisions()
    counts: dict[str, int] = {}
    for place, _ in china:
        counts[place.name] = counts.get(place.name, 0) + 1
    word_counts = _word_counts()
    above = {n for place, aliases in china if place.level != "county"
             for n in (place.name, *aliases)}
    for place, aliases in china:
        places.append(place)
        names.append((place.name, place.code))
        shorts = [a for a in aliases if a and a != place.name]
        shorts += autonomous_forms(place.name, shorts)
        if place.level == "county" and (stem := county_stem(place.name, word_counts)) \
                and stem not in above \
                and stem not in shorts:
            shorts.append(stem)  # 南沙 of 广州市南沙区: the data gives it 三沙市's only
        # a county's short name (嘉定, 德清) is one of thousands and often a plain word:
        # it links, but it is recognised only by its full name
        names += [(a, place.code) for a in shorts]
        if len(place.name) > 2 and counts[place.name] < 3:  # not 城区, 郊区, 市中区
            recognised.setdefault(place.name, place.level)
        if place.level != "county":
            for a in shorts:
                if len(a) >= 2:
                    recognised.setdefault(a, place.level)
    china_place = Place(CHINA, "中国", "country", "中国")
    for place, aliases in world_places():
        if place.code == CHINA:
            place = china_place
        places.append(place)
        for n in aliases:
            names.append((n, place.code))
            if len(n) >= 2 and _is_name(n, tags):
                recognised.setdefault(n, place.level)
    return PlaceIndex(places, names, recognised.items())


#: a province-level division whose level word is no province's (香港特别行政区, 澳门特别行政区)
_SPECIAL_REGION = "特别行政区"


def province_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The province-level divisions of the data with their short names (河北省: 河北;
    内蒙古自治区: 内蒙古; 北京市: 北京; 台湾省: 台湾), not the special administrative regions
    (香港, 澳门): the provinces names.yaml's rules name as a level's place (TITLE_LEVEL_PLACE)
    or as no place a visit goes to (VISITED_NOT_NAME), read from the data, not written by hand."""
    return tuple((place.name, shorts) for place, shorts in china_divisions()
                 if place.level == "province" and not place.name.endswith(_SPECIAL_REGION))


def place_surfaces() -> dict[str, str]:
    """The place names the name pass labels GPE wherever they are written, with their
    level (``province``, ``prefecture``, ``county``, ``country``, ``region``): full names
    of divisions (桃源县; not those that three divisions or more share, 城区, 市中区),
    short names of provinces and prefectures (湖南, 常德), countries and world regions
    (泰国, 东南亚) that jieba does not know as another kind of word."""
    return place_index().recognised


# -- linking ---------------------------------------------------------------------------

def _zones(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a document says whose it is: first its title (those of the first three
    non-empty lines that are short and hold no sentence) and a delivery line
    (——…在…会议上) among the first fifteen, which holds no sentence either (not a
    review's ——经济增长稳中有进。… paragraphs); failing those, those of its last five
    lines that hold no sentence either (the issuing body's signature)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text)
             if m.group().strip()]
    # a numbered heading (（三）打造东北亚开放枢纽) opens an excerpt's section: no title (nor
    # a signature)
    head = [(s, e) for s, e in lines[:3] if _TITLE.fullmatch(text[s:e].strip())
            and not numbered_heading().match(text, s)]
    head += [(s, e) for s, e in lines[:15]
             if (text[s:e].lstrip().startswith(("—", "-")) or "会议上" in text[s:e])
             and _DELIVERY.fullmatch(text[s:e].strip())]
    # a field of a task list (责任单位：省发展改革委、宁波市人民政府) names those it
    # assigns, not whose the document is: no signature
    return head, [(s, e) for s, e in lines[-5:] if _TITLE.fullmatch(text[s:e].strip())
                  and not numbered_heading().match(text, s)
                  and not _FIELD.match(text, s)]


def _place_of(m: Mention, index: PlaceIndex, context: Place | None) -> Place | None:
    """The place a mention is (GPE 常德) or is written with (ORG 常德市发展改革委; in a
    document of 杭州市, FAC 萧山机场 with the short name of one of its counties)."""
    name = m.name
    if m.label == "GPE":
        return index.resolve(name, context)
    written = index.written(name, context)
    if written is None and context is not None:
        local = local_names(context, index)
        written = next((local[name[:n]] for n in range(len(name) - 1, 1, -1)
                        if name[:n] in local), None)
    return written


def find_document_place(text: str, mentions: Sequence[Mention],
                        index: PlaceIndex | None = None, *, scope: bool = False,
                        level: str | None | EllipsisType = ...,
                        within: Place | None = None) -> tuple[Place | None, str]:
    """The document's own place and where it was read: ``document:head`` (title or
    delivery line), ``document:signature`` (the last lines), ``inferred:level-words``
    (no place written there: the division of the level the text speaks at, 全区 or 我区,
    that its places lie in most), ``inferred:most-named`` (the Chinese division the text
    names most often, at least three times and more often than any other), ``inferred:own-name``
    (a county's text naming no division: the one county whose own name it writes,
    :func:`own_county_written`) or ``none``.

    With ``scope``, a division broader than the level the text speaks at stands too (呼伦
    贝尔市 for a district's excerpt): the area whose county short names the text is read
    for (:func:`local_candidates`: 海拉尔), before the place is read again with them.

    ``level`` is the text's :func:`facts.speaking_level` where the caller has read it (the
    pipeline reads it once for both reads); ``within`` the place the first read inferred,
    in which a county's short name stands as a division (:func:`named_places`). A text
    that speaks at the county level and names no county takes one of the prefecture it
    names only where that county's name is written (:func:`_county_written`)."""
    index = index or place_index()
    for zones, source in zip(_zones(text), ("document:head", "document:signature"),
                             strict=True):
        inside = [m for m in mentions if m.label in _TITLE_LABELS
                  and any(s <= m.start < e for s, e in zones)]
        # a short name several places share (朝阳区) counts once the others decide it; a
        # world region or a foreign country (东北亚, 俄罗斯) is no document's own place
        context = None
        for _ in range(2):
            found = [p for m in inside if (p := _place_of(m, index, context)) is not None
                     and _chinese(p)]
            if source == "document:head":  # not a data source (国家统计局) at the end
                found += [china for m in inside if m.label == "ORG"
                          and _level_word(m.name) == "country"
                          and (china := index.by_code.get(CHINA)) is not None]
                # a body of the state with 香港 or 台湾 in its title (最高人民法院关于内地与香港
                # 特别行政区法院…的安排) speaks of them as partners: the state's
                if any(p.code == CHINA for p in found):
                    found = [p for p in found if not _beyond_mainland(p)]
            context = _most_specific(found)
        if context is None and (context := _head_decided(text, inside, index)) is not None:
            return context, source
        if context is not None:
            return context, source
    named = named_places(mentions, index, within)
    # a text that speaks of its own area as 全区, 我区 or by its 区委, 区教育局
    # (facts.speaking_level) is that level's: the division of it its places and its
    # bodies' names lie in most (海拉尔 and 海拉尔区 in a district's report cut from its
    # title; 天津市发展改革委 in 天津市's task division naming 承德 as a partner), never a
    # broader one it names beside (呼伦贝尔市: fits_level)
    if level is ...:
        from .facts import speaking_level  # facts reads this module's index when first asked

        level = speaking_level(text, mentions)
    from .facts import own_level_signs

    # no level word: weaker signs (全区 not as a subject, the 区委 or 区政府 as an ORG) make a
    # district's text, cut from its title, speak as a district: a district it names, else
    # none, never the prefecture it names beside (争取呼伦贝尔市支持, 呼伦贝尔市委)
    signs = own_level_signs(text, mentions)
    if level is None and signs == {"county"}:
        level = "county"
    bodies = _bodies_places(mentions, index)
    if level is not None and (areas := areas_at_level([*named, *bodies], level, index)):
        return max(areas, key=areas.__getitem__), "inferred:level-words"
    if level == "county" and (county := _county_written(text, mentions, named, index)):
        return county, "inferred:level-words"
    # naming no county nor its prefecture: the one county whose own name the text writes
    # (inside the prefecture or county its GPEs name, if any; a province may be named in
    # passing, a facility's name led by a short name of another place: 海北物流园区)
    if level == "county" and (county := own_county_written(text, mentions, index)) \
            and all(county.within(p) for p in named_gpes(mentions, index)
                    if p.level != "province"):
        return county, OWN_NAME
    # the division its GPEs name most, a tie going to the broadest (广东 over 广州 and 深圳
    # each named once; 成都 and 四川 three times each in 四川's tasks, gold dev-d51: 四川省),
    # unless a broader one holds half the places it names, facilities too (陕西省 of 西安 5
    # times, 榆林 3 …: holding_most); never a narrower one (成都市 holds 成都 and 邛崃 there)
    # (中华人民共和国 named most in a state's regulations without their title: 中国)
    china = [p for m in mentions if m.label == "GPE"
             and (p := index.resolve(m.name)) is not None and p.code == CHINA]
    # a national people's organisation written with 中国 (中国红十字会, 中国科协: one ORG of
    # names.mass_body since org34, no GPE 中国 inside) names the state as that GPE did: a
    # national transcript naming 中国红十字会 9 times stays 中国's, not 甘肃's (qa34)
    if (state := index.by_code.get(CHINA)) is not None:
        china += [state for m in mentions if m.label == "ORG" and m.rule == _MASS_BODY
                  and m.name.startswith("中国")]
    gpes = [*named_gpes(mentions, index, within), *china]
    most = _named_most(gpes)
    held = holding_most(named, index)
    # a division apart from the one named most that holds more of the places named than it
    # is named (四川 of 成都, 绵阳, 宜宾, 达州 in a 四川 opinion naming 重庆 twice as a partner;
    # not 成都 inside 四川, gold dev-d51)
    if held is not None and (most is None or most.within(held) or not held.within(most)
                             and _holds(held, named) > gpes.count(most)) \
            and (level is None or scope or fits_level(held, level)):
        return held, "inferred:most-named"
    # one mention of a city, a municipality (北京 of a court's text) or a special
    # administrative region is no document's place (完成呼伦贝尔市确定的目标 in a district's
    # cut, 支持成都建设 in a province's), unless it holds another place named (江苏 and 泰州
    # once each) or the text's weaker signs speak at its level (杭州 once beside 市人民政府);
    # the state or a province named once stands (a province's report cut names itself once:
    # right in 14 of 15 such cuts of raw reports, 海南 of a national guideline the other)
    if most is not None and _city_like(most) \
            and max(gpes.count(most), named.count(most)) == 1 and most.level not in signs \
            and not any(p != most and p.within(most) for p in named):
        return None, "none"
    if most is not None and (level is None or scope or fits_level(most, level)):
        return most, "inferred:most-named"
    # naming no division at all: the one its listed county short names lie in (a cut of a
    # municipality's tasks: 支持万州、黔江建设…, 推动永川、江津、合川…); not a text that speaks
    # as a county (我区): the counties it lists are its neighbours, its own one unwritten
    if most is None and level != "county" \
            and (holder := listed_counties_holder(text, mentions, index)) is not None \
            and (level is None or scope or fits_level(holder, level)
                 or level == "prefecture" and holder.code[:2] in _MUNICIPALITIES):
        return holder, LISTED_COUNTIES
    return None, "none"


def _head_decided(text: str, inside: Sequence[Mention], index: PlaceIndex) -> Place | None:
    """The one of the counties a title's place name is shared by (西湖区 of 杭州市 and of
    南昌市, 朝阳区, 普陀区, 鼓楼区: a district's report titled by its own name alone) whose
    own towns the text writes by their full names (蒋村街道, 三墩镇: the data's towns of that
    county; gpe38, call C38q); None where no title name is shared, or where the towns
    written are none or of several of them."""
    shared = {p for m in inside if m.label == "GPE" and len(index.lookup(m.name)) > 1
              for p in index.counties(m.name) if _chinese(p)}
    if len(shared) < 2:
        return None
    towns = [p for p in shared if any(t in text for t in local_towns(p) if len(t) >= 3)]
    return towns[0] if len(towns) == 1 else None


#: where :func:`find_document_place` read a place from the county short names a text lists
LISTED_COUNTIES = "inferred:listed-counties"
#: the fewest distinct county short names, each an item of a list (beside 、), that make
#: the division holding them a text's own place where it names no division
_LISTED_COUNTIES_MIN = 3


def listed_counties_holder(text: str, mentions: Sequence[Mention],
                           index: PlaceIndex) -> Place | None:
    """The division that holds the county short names a text writes as items of lists of
    places (beside a 、, outside every mention: 涪陵、北碚获批…, 推动永川、江津、合川协同发展),
    where at least :data:`_LISTED_COUNTIES_MIN` distinct such names lie in one province and
    fewer than half as many in any other: that province, or the prefecture all of them lie
    in (not a municipality's: 重庆市 for 万州, 黔江, 永川). The names are the country's rare
    ones (:func:`_elsewhere_names`: not 东方, 长寿), so that a cut of a report that names its
    place nowhere (a municipality's tasks from the middle of the text) still reads its
    counties' short names (the test figures' weakest documents, gpe35). None otherwise."""
    # inside another mention no item (a GPE of the name itself is: the second read's)
    covered = sorted((m.start, m.end) for m in mentions if m.label != "GPE")
    starts = [s for s, _ in covered]
    gpes = {(m.start, m.end) for m in mentions if m.label == "GPE"}
    by_name: dict[str, list[Place]] = {}
    names: set[str] = set()
    for start, end in _elsewhere_words().leftmost(text):
        if text[start - 1:start] != "、" and text[end:end + 1] != "、":
            continue
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and covered[i][1] > start or i + 1 < len(starts) and starts[i + 1] < end \
                or any(s < end and e > start for s, e in gpes if (s, e) != (start, end)):
            continue
        names.add(text[start:end])
    if len(names) < _LISTED_COUNTIES_MIN:
        return None
    for name, county in _county_names(index):
        if name in names:
            by_name.setdefault(name, []).append(county)
    provinces: dict[str, set[str]] = {}
    for name, counties in by_name.items():
        for code in {c.code[:2] for c in counties}:
            provinces.setdefault(code, set()).add(name)
    ranked = sorted(provinces.items(), key=lambda kv: -len(kv[1]))
    if not ranked or len(ranked[0][1]) < _LISTED_COUNTIES_MIN \
            or len(ranked) > 1 and 2 * len(ranked[1][1]) >= len(ranked[0][1]):
        return None
    code, held = ranked[0]
    prefectures = {c.code[:4] for name in held for c in by_name[name] if c.code[:2] == code}
    if len(prefectures) == 1 and code not in _MUNICIPALITIES \
            and (prefecture := index.by_code.get(prefectures.pop() + "00")) is not None:
        return prefecture
    return index.by_code.get(code + "0000")


def named_places(mentions: Sequence[Mention], index: PlaceIndex,
                 within: Place | None = None) -> list[Place]:
    """The Chinese divisions a text names: once each time a GPE names one (a town by its
    full name: its county), once for each facility or programme a place's name starts.

    A county named by its short name alone (海拉尔, 东海) stands as a division only beside
    a broader division it lies in that the text names (呼伦贝尔市) or that was inferred
    (``within``): 东海 is a sea too, a common word in other texts (东海 of 东海县, 江苏省, in a
    district's report of 内蒙古 naming no 连云港). A GPE the name pass found as a region of
    the gazetteer (names.gazetteer.region: 东海, 南海, 东北亚) names no division."""
    # a facility named by a place names that place as a GPE does, once however often the
    # facility is written (呼伦贝尔现代农业示范园 in the 海拉尔 2018 tasks: the place stands
    # there as much as written alone; 济南至郑州高速铁路 three times in a news bulletin, once),
    # and a town with its level word before a facility names its county (虾峙镇自来水厂, gold
    # dev-d61: _town_led); so does a programme named by a place, once as a facility
    # (深圳综合改革试点 in 广东's tasks, gold dev-d45: one of the three places it names; each
    # time written it tipped news transcripts to 上海 by 上海精神 and 上海合作组织)
    facilities = {m.name for m in mentions if m.label in ("FAC", "INITIATIVE")}
    named = named_gpes(mentions, index, within)
    named += [p for name in sorted(facilities)
              if (p := index.written(name) or _town_led(name)) is not None
              and p.province is not None]
    return named


def named_gpes(mentions: Sequence[Mention], index: PlaceIndex,
               within: Place | None = None) -> list[Place]:
    """The Chinese divisions a text's GPEs name, once each time (a town by its full name:
    its county); a county's short name only where it stands (:func:`named_places`)."""
    gpes = [(m.name, p) for m in mentions if m.label == "GPE" and m.rule != _REGION_RULE
            and (p := index.resolve(m.name) or town_county(m.name)) is not None
            and p.province is not None]
    broader = [p for name, p in gpes if not _short_county(name, p)]
    # the place inferred before and, for a county, its prefecture (海拉尔区: 呼伦贝尔市)
    broader += [p for p in (within, _prefecture_of(within, index)) if p is not None]
    return [p for name, p in gpes if not _short_county(name, p)
            or any(p.within(q) and q.level != "county" for q in broader)]


def _bodies_places(mentions: Sequence[Mention], index: PlaceIndex) -> list[Place]:
    """The Chinese divisions organisations' names start with, once each time written
    (天津市发展改革委): the own area's bodies, read for the area of the level a text speaks
    at only; an exchange or a club a city names (深交所, 上海合作组织) names no area it
    speaks of, so not for the place named most."""
    return [p for m in mentions if m.label == "ORG"
            and (p := index.written(m.name)) is not None and p.province is not None]


def _named_most(named: Sequence[Place]) -> Place | None:
    """The division named most, a tie going to the broadest, the first named of those
    (重庆 and 四川 once each: 重庆); None where none is named."""
    counts: dict[Place, int] = {}
    for p in named:
        counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    tied = [p for p, n in counts.items() if n == top]
    broadest = max(_NARROWNESS.get(p.level, -1) for p in tied)
    return next(p for p in tied if _NARROWNESS.get(p.level, -1) == broadest)


#: the rule of a level's people's organisations (中国红十字会, 区妇联: names.mass_body)
_MASS_BODY = "names.mass_body"
#: the rule of the gazetteer's regions (names.gazetteer.region: 东海, 南海, 东北亚, 关中)
_REGION_RULE = "names.gazetteer.region"


def _short_county(name: str, place: Place) -> bool:
    """Whether a GPE ``name`` names the county ``place`` by its short name alone (海拉尔,
    东海), not by its full name or a form with its level word (海拉尔区, 鄂温克旗) nor by a
    town's full name (六横镇: its county)."""
    return place.level == "county" and name != place.name \
        and not name.endswith(("区", "县", "市", "旗")) and town_county(name) is None


def _city_like(place: Place) -> bool:
    """Whether ``place`` is a prefecture or a county, a municipality (北京) or a special
    administrative region (香港): one that texts of other places name in passing."""
    return place.province is not None and (
        place.level != "province" or place.code[:2] in _MUNICIPALITIES
        or place.province.endswith(_SAR))


def _beyond_mainland(place: Place) -> bool:
    """Whether ``place`` lies in a special administrative region or in 台湾."""
    return place.province is not None and (place.province.endswith(_SAR)
                                           or place.province.startswith("台湾"))


def _chinese(place: Place) -> bool:
    """Whether ``place`` is China or one of its divisions (not 东南亚, 俄罗斯)."""
    return place.province is not None or place.code == CHINA


def _county_written(text: str, mentions: Sequence[Mention], named: Sequence[Place],
                    index: PlaceIndex) -> Place | None:
    """The county a county's text names no county but writes of (万载 of 人民银行万载支行,
    万载生态环境局 in 万载县's bulletin cut from its title, gold dev-d79): the one of the
    prefecture its places and organisations lie in most (宜春 of 宜春监管分局) whose name,
    short (rare words only: :func:`local_names`) or full, the text writes most often,
    alone at the top; None where it writes none (a district's text naming its city only)."""
    prefectures = areas_at_level([*named, *_bodies_places(mentions, index)], "prefecture",
                                 index)
    if not prefectures:
        return None
    prefecture = max(prefectures, key=prefectures.__getitem__)
    if prefecture.level != "prefecture":
        return None
    counties = {p for p in local_names(prefecture, index).values() if p.within(prefecture)}
    shorts = {p: [n for n, q in local_names(prefecture, index).items() if q == p]
              for p in counties}
    counts = {p: max(text.count(n) for n in (p.name, *shorts[p])) for p in counties}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] == 0 or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


#: ``documents.place_source`` of a county's text read from its own name (:func:`own_county_written`)
OWN_NAME = "inferred:own-name"
#: ``documents.place_source`` of a place read from the file's name (:func:`place_of_file_name`)
FILE_NAME = "inferred:file-name"
_LATIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _file_name_places() -> dict[str, str]:
    """rules/file_name_places.tsv: a province's Latin name (gansu, shaanxi) -> its name."""

    return {row["latin"]: row["place"]
            for row in read_tsv(default_rules_dir() / "file_name_places.tsv", ("latin", "place"))}


def place_of_file_name(name: str, level: str | None,
                       index: PlaceIndex | None = None) -> Place | None:
    """The province, autonomous region or municipality a file's name writes by its Latin
    name (``gansu_2026_report.txt`` -> 甘肃省: rules/file_name_places.tsv), for a text that
    names no place of its own and speaks at no level below a province (``level``, the
    text's :func:`facts.speaking_level`: None or province): an untitled excerpt of a
    provincial report saying 全省 alone (F35g). One such name only, and a word of the name
    whole (not ``shanxi`` inside another word; the folders are not read)."""
    if level not in (None, "province"):
        return None
    base = file_name(name).lower()
    latin = _file_name_places()
    found = {latin[w] for w in _LATIN_WORD.findall(base) if w in latin}
    if len(found) != 1:
        return None
    return (index or place_index()).resolve(found.pop())


def own_county_written(text: str, mentions: Sequence[Mention],
                       index: PlaceIndex | None = None) -> Place | None:
    """The county a county's text (全区, 我区, 区委) naming no division writes of by its own
    name (海拉尔 twice, 海拉尔东山机场 in 海拉尔区's report cut from its title and from every
    line naming 呼伦贝尔): the one county whose full or short name (one division's only, not a
    plain word: :func:`_own_county_names`) it writes twice, or once at the start of a
    facility's or a body's name, not in passing (与…合作, 赴…考察, an item of a list: facts.yaml
    ``own_name_passing``), written more often than any other county's; None where two
    counties are so written or none is (a partner named once: 与鄂温克旗合作). Another county
    written once, at the head of a body's name (a company's: 巴彦乳业公司), is not so written
    against one written twice or more."""
    index = index or place_index()
    from .facts import own_name_passing

    passing = own_name_passing()
    names = _own_county_names(index)
    led = {m.start for m in mentions if m.label in ("ORG", "FAC")}
    written: dict[Place, int] = {}
    own: dict[Place, int] = {}
    last = -1
    for start, end in _local_words(frozenset(names)).leftmost(text):
        county, adjacent, last = names[text[start:end]], start == last, end
        # the start of a longer place's name (彭水|苗族…), or run on from another name
        if adjacent or (longer := index.prefix_at(text, start)) is not None \
                and len(longer) > end - start and index.resolve(longer) != county:
            continue
        written[county] = written.get(county, 0) + 1
        # a short name inside or across a word (搬迁安置 is no 迁安, 惠民政策 no 惠民)
        if county.name != text[start:end] and _across_word(text, start, end, index):
            continue
        # in passing: after 与, 赴 …, or a bare item of a list (海拉尔、满洲里; not a body's
        # name: 万载调查队、万载生态环境分局)
        if text[end:end + 1] in _ITEM_ENDS and "、" in (text[start - 1:start], text[end:end + 1]) \
                or text[end:end + 1] == "等" or text[:start].endswith(passing):
            continue
        own[county] = own.get(county, 0) + (2 if start in led else 1)
    ranked = sorted(written.values(), reverse=True)
    top = max(written, key=written.__getitem__, default=None)
    if top is None or own.get(top, 0) < 2 or len(ranked) > 1 and ranked[1] >= written[top]:
        return None
    # another county so written stands against it only where written twice too: one written
    # once, at the head of a body's name (巴彦乳业公司, 吉隆国家重点开发开放试验区; the name
    # rules open organisations' names with every county's short name since org32), is no
    # rival of the one written more often (docplace33)
    if any(p != top and n >= 2 and written[p] >= 2 for p, n in own.items()):
        return None
    return top


#: how often jieba's dictionary counts a word a county's short name is read across (搬迁)
_ACROSS_COUNT = 20


def _across_word(text: str, start: int, end: int, index: PlaceIndex) -> bool:
    """Whether a word of jieba's dictionary (no place's name, counted at least
    ``_ACROSS_COUNT`` times) runs across one of the ends of ``text[start:end]`` or holds it
    after its start: 搬迁|安置 across 迁安, 惠民政策 (民政) across 惠民's end; not 海拉尔|的,
    nor a name it leads (海拉尔河)."""
    counts = _word_counts()
    for i in range(max(0, start - 3), end):
        for j in range(max(i + 2, start + 1), min(len(text), i + 4) + 1):
            if (i < start or j > end) and i != start \
                    and counts.get(word := text[i:j], 0) >= _ACROSS_COUNT \
                    and word not in index.by_name:
                return True
    return False


@lru_cache(maxsize=4)
def _own_county_names(index: PlaceIndex) -> dict[str, Place]:
    """Every name of a county that one division only has (海拉尔, 海拉尔区; not 普陀, 朝阳区
    nor 城区) and that is no plain word (a short name's count in jieba's dictionary at most a
    province's county names': not 东海, 合作, 新建, 西山) of a division whose full name is no
    plain word either (lexicon.plain_divisions: not 老城区 nor 老城)."""
    counts = _word_counts()
    out: dict[str, Place] = {}
    for name, found in index.by_name.items():
        if len(found) != 1 or found[0].level != "county" or len(name) < 2 \
                or len(name) == 2 and name[-1] in "区县市旗" \
                or found[0].name in plain_divisions():
            continue
        if name != found[0].name and counts.get(name, 0) > _PROVINCE_COUNTY_COUNT:
            continue
        out[name] = found[0]
    return out


@lru_cache(maxsize=1)
def county_short_names() -> frozenset[str]:
    """The short names of counties that one division only has and that are no plain word
    (万载, 罗庄, 海拉尔; not 普陀 nor 合作): :func:`_own_county_names` without full names."""
    return frozenset(name for name, place in _own_county_names(place_index()).items()
                     if name != place.name)


def areas_at_level(named: Iterable[Place], level: str, index: PlaceIndex) -> dict[Place, int]:
    """How many of the Chinese places ``named`` lie in each division of ``level``, in the
    order first named (海拉尔, 海拉尔区 and 呼伦贝尔市 at the county level: 海拉尔区 twice). At
    the county level a municipality (北京, 上海: the index's ancestor at every level) is no
    district, and a province named itself is the area of its 全区 (广西: an autonomous
    region's). A special administrative region (澳门, 香港: 全澳, 全港 are its words) is no
    area of 全省 or 全市 (港澳 named as partners in 广东's tasks, gold dev-d64)."""
    areas: dict[Place, int] = {}
    for found in named:
        if found.province is None or found.province.endswith(_SAR):
            continue
        area = index.ancestor(found, level)
        if area is not None and level == "county" and area.level == "province":
            continue
        if area is None and level == "county" and found.level == "province":
            area = found
        if area is not None:
            areas[area] = areas.get(area, 0) + 1
    return areas


def fits_level(place: Place, level: str) -> bool:
    """Whether ``place`` can be the own area of a text that speaks at ``level``: a
    division no broader (not 呼伦贝尔市 for a district's 我区), or an autonomous region
    for 全区 (广西壮族自治区: its 全区 is the region's)."""
    if place.level not in _NARROWNESS:
        return False
    return _NARROWNESS[place.level] <= _NARROWNESS[level] or (
        level == "county" and place.level == "province" and place.name.endswith("自治区"))


#: the end of the name of a special administrative region (香港特别行政区, 澳门特别行政区)
_SAR = "特别行政区"
#: the Chinese levels, narrowest first (a county holds nothing a province does not)
_NARROWNESS = {"county": 0, "prefecture": 1, "province": 2}


def _town_led(name: str) -> Place | None:
    """The county of a town written with its level word at the start of a facility's name
    (虾峙镇自来水厂 → 舟山市普陀区, in a task list of 普陀区 that names no place in its head:
    gold dev-d61), where the data has one town so called; else None."""
    for suffix in _lexicon_words("town_suffixes"):
        at = name.find(suffix, 2)
        if 2 <= at <= 6 and (county := town_county(name[:at + len(suffix)])) is not None:
            return county
    return None


def holding_most(named: Sequence[Place], index: PlaceIndex) -> Place | None:
    """The narrowest division that holds at least half of the places a text names (three
    at least): a province's task list names its cities one by one (西安 5 times, 榆林 3,
    延安 2 …: 陕西省, not 西安市), a district's report names itself most (海拉尔区)."""
    held: dict[Place, int] = {}
    for p in named:
        for a in {index.ancestor(p, level) for level in ("county", "prefecture", "province")}:
            if a is not None:
                held[a] = held.get(a, 0) + 1
    # a holder of one division below it, named itself less often than the places in that
    # one, holds no list (呼伦贝尔市 once, 海拉尔区 twice in a district's excerpt, nor 内蒙古
    # of the two: the district named most stands; 四川 three times beside 成都 twice does)
    fits = [p for p, n in held.items() if n >= 3 and 2 * n >= len(named)
            and (len(_held_below(p, named, index)) != 1
                 or 2 * named.count(p) >= n)]
    if not fits:
        return None
    best = min(_NARROWNESS.get(p.level, 3) for p in fits)
    at_best = [p for p in fits if _NARROWNESS.get(p.level, 3) == best]
    return at_best[0] if len(at_best) == 1 else None


def _held_below(area: Place, named: Sequence[Place], index: PlaceIndex) -> set[Place]:
    """The divisions one level below ``area`` that hold the places ``named`` inside it
    (陕西省 of 西安, 榆林, 延安: three; 内蒙古 of 呼伦贝尔市 and 海拉尔区: 呼伦贝尔市 only)."""
    below = LEVELS[LEVELS.index(area.level) + 1] if area.level in _NARROWNESS \
        and area.level != "county" else None
    if below is None:
        return set()
    return {a for q in named if q != area and q.within(area)
            and (a := index.ancestor(q, below)) is not None and a != area}


def _holds(area: Place, named: Sequence[Place]) -> int:
    """How many of the places ``named`` lie in ``area`` (itself too)."""
    return sum(p.within(area) for p in named)


def document_place_of(text: str, mentions: Sequence[Mention],
                      index: PlaceIndex | None = None) -> Place | None:
    """The document's own place as a :class:`Place` (see :func:`document_place`)."""
    return find_document_place(text, mentions, index)[0]


def _most_specific(places: Sequence[Place]) -> Place | None:
    """The place that lies inside the most of ``places``, the deepest of those, the
    first written of those (海拉尔区 of 呼伦贝尔市, 海拉尔区)."""
    if not places:
        return None
    return max(places, key=lambda p: (sum(p.within(q) for q in places),
                                      LEVELS.index(p.level), -places.index(p)))


def document_place(text: str, mentions: Sequence[Mention]) -> str | None:
    """The document's own place, as its path of full names (``湖南省常德市``), or None.

    Read from the names written in the title (first three non-empty lines), a
    delivery line (``——在海拉尔区第十六届人民代表大会…会议上``) and the last five
    lines (the signature): the most specific place that the most of them agree with
    (a county in the prefecture the title names wins over the prefecture). A document
    of the state (国务院, 国家发展改革委, 中华人民共和国…法) is ``中国``."""
    place = document_place_of(text, mentions)
    return place.path if place else None


def local_names(place: Place | None, index: PlaceIndex | None = None) -> dict[str, Place]:
    """The short names of the counties of the document's prefecture (鼎城, 桃源 in a
    document of 常德市 or of one of its counties; the districts of 重庆市 in one of
    重庆市): recognised in that document only, since county short names are too many
    and too often plain words to be names everywhere (天台, 江山, 南湖)."""
    index = index or place_index()
    key = place.code if place is not None else ""
    if key not in index.local:
        index.local[key] = _local_names(place, index)
    return index.local[key]


def listed_names(place: Place | None, index: PlaceIndex | None = None) -> dict[str, Place]:
    """The county short names of a province's document that are plain words too (文昌
    341 and 东方 3993 times in jieba's dictionary, in 海南省's report), and a municipality's
    district short names that are (和平 in 天津市's or one of its districts'): GPEs there only
    as an item of a list of places (支持文昌、琼海、东方、澄迈…打造重要节点城市, gold dev-d43;
    :func:`local_candidates`), not alone (开放合作 is no 合作 of 甘南, 和平发展 no 和平)."""
    index = index or place_index()
    key = "listed:" + (place.code if place is not None else "")
    if key not in index.local:
        rare = local_names(place, index)
        index.local[key] = {} if place is None else {
            name: p for name, p in _local_names(place, index, rare_only=False).items()
            if name not in rare}
    return index.local[key]


def _local_names(place: Place | None, index: PlaceIndex,
                 rare_only: bool = True) -> dict[str, Place]:
    if place is None or place.province is None:
        return {}
    # a province's document: the counties of the province (迭部 and 碌曲 in 甘肃省's
    # report), kept to whole words by :func:`local_candidates`
    scope = place if place.level != "county" else index.by_code.get(place.parent or "")
    if scope is None:
        return {}
    inside: dict[str, list[Place]] = {}
    for name, county in _county_names_of(scope, index):
        if county.within(scope):
            inside.setdefault(name, []).append(county)
    if rare_only and scope.code[:2] not in _MUNICIPALITIES:
        # a province has a hundred counties, some named by a plain word (合作, 港口,
        # 清水, 兴业): there only names that are rare words of jieba's dictionary; so in
        # a prefecture's, whose districts are often named after a lake, a river or a
        # mountain (南湖 of 嘉兴市's 南湖区 in its 南湖保护条例, 河口 of 东营市's, 泰山 of
        # 泰安市's: the bulk laws' 71 such names were those), but for the document's own
        # county (:func:`listed_names` takes the others as items of a list of places)
        counts = _word_counts()
        inside = {name: found for name, found in inside.items()
                  if counts.get(name, 0) <= _PROVINCE_COUNTY_COUNT
                  or place.level == "county" and place in found}
    elif rare_only and scope.code[:2] in _MUNICIPALITIES:
        # a municipality's districts are few and named so in its documents (江北, 涪陵),
        # but not those jieba knows often as another kind of word (和平 of 和平发展, 南岸)
        inside = {name: found for name, found in inside.items() if not _plain_district(name)}
    local = {name: found[0] for name, found in inside.items() if len(found) == 1}
    province = index.ancestor(scope, "province")
    if scope.level == "prefecture" and province is not None and rare_only:
        # a prefecture's or a county's document names the counties of its province as a
        # province's does (普陀—北仑共建机制 in 舟山市普陀区's, gold dev-d41)
        local = {**_local_names(province, index), **local}
    return local


#: what after a county short name of another province makes it the start of a longer
#: place's name: a town's or a division's level word
_ELSEWHERE_AFTER = ("街道", "镇", "乡", "苏木", "县", "区", "市", "旗", "州", "盟", "村")


@lru_cache(maxsize=1)
def _elsewhere_names() -> frozenset[str]:
    """The county short names of the whole country that are rare words of jieba's dictionary
    (上杭, 霍尔果斯; not 东方, 清水): a GPE in any document as an item of a list of places
    (:func:`local_candidates`: 海口、霍尔果斯分别入选…), as a province's own ones are
    (:func:`listed_names`); not alone, since a county short name is too often a word or a
    person's name to be a place everywhere (issue 10, gpe32)."""
    counts = _word_counts()
    return frozenset(name for name, _ in _county_names(place_index())
                     if counts.get(name, 0) <= _PROVINCE_COUNTY_COUNT
                     and not name.endswith(("县", "区", "旗", "市")))


@lru_cache(maxsize=1)
def _elsewhere_words() -> WordSpans:
    """The lookup of :func:`_elsewhere_names`, built once (the names are the country's)."""
    return WordSpans(_elsewhere_names())


def _plain_district(name: str) -> bool:
    """Whether a municipality's district short name is a plain word: one jieba's dictionary
    counts as often as a province's county names may not be and tags as no place's or
    person's name (和平 nz 7998, 南岸 f 979, 大兴 b 178; not 江北 ns, 昌平 nr)."""
    tags, counts = jieba_dictionary()
    return counts.get(name, 0) > _PROVINCE_COUNTY_COUNT \
        and not tags.get(name, "").startswith(("ns", "nr"))


def _county_names(index: PlaceIndex) -> list[tuple[str, Place]]:
    """``(name, county)`` for every name of a county that can be a local name (not
    城区, 郊区 nor a name recognised everywhere), made once per index: a document of a
    new place then reads these few thousand pairs, not the whole index."""
    if index.county_names is None:
        index.county_names = [
            (name, p) for name, found in index.by_name.items()
            if not (len(name) < 2 or name in index.recognised
                    or len(name) == 2 and name[-1] == "区")
            for p in found if p.level == "county"]
    return index.county_names


def _county_names_of(scope: Place, index: PlaceIndex) -> list[tuple[str, Place]]:
    """The pairs of :func:`_county_names` whose county can lie in ``scope`` (``within``),
    in their order: those whose county's code, or its parent's, opens with the two digits
    of ``scope``'s (a county lies in its own province and prefecture); all of them for
    China's. A new place's document read the country's few thousand pairs, ~2 ms a
    place."""
    if scope.code == CHINA:
        return _county_names(index)
    if index.county_names_by_prefix is None:
        groups: dict[str, list[tuple[str, Place]]] = {}
        for pair in _county_names(index):
            county = pair[1]
            for prefix in dict.fromkeys((county.code[:2], (county.parent or "")[:2])):
                groups.setdefault(prefix, []).append(pair)
        index.county_names_by_prefix = groups
    return index.county_names_by_prefix.get(scope.code[:2], [])
def _prefecture_of(place: Place | None, index: PlaceIndex) -> Place | None:
    """The prefecture a county-level place lies in (呼伦贝尔市 of 海拉尔区), else None."""
    if place is None or place.level != "county":
        return None
    return index.by_code.get(place.code[:4] + "00")


def local_candidates(clean: str, place: Place | None, taken: Sequence[Candidate],
                     index: PlaceIndex | None = None,
                     tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """GPE candidates for the county short names of :func:`local_names` written in
    ``clean`` where no other mention (``taken``, sorted) stands. With a ``tokenizer``, a
    name must also be a whole word there (钱塘 of 钱塘江, 中山 of 榆中山洪 is none)."""
    index = index or place_index()
    rules, own_words, words = _local_lookup(place, index)
    if not rules:
        held = held_short_names(clean, taken, index, tokenizer) \
            + held_towns(clean, taken, index, tokenizer)
        return _with_named_shorts(clean, taken, _with_data_towns(
            held, data_towns(clean, [*taken, *held], tokenizer)), index, tokenizer)
    assert own_words is not None and words is not None
    starts = [c.start for c in taken]
    ends = {c.end for c in taken if c.label == "GPE"}
    gpe_starts = {c.start for c in taken if c.label == "GPE"}
    out: list[Candidate] = []
    for start, end in words.leftmost(clean):
        name = clean[start:end]
        rule = rules.get(name, "places.listed_county")
        if not _free_for(rule, taken, starts, start, end):
            continue
        # the start of a longer place's name written out (彭水|苗族土家族自治县): that name's,
        # whatever the rules and the gate made of it, not a place of its own
        # (not where its suffix opens a word of an area: 黔江|区域性中心城市)
        area = area_word_after(clean, end)
        if (longer := index.prefix_at(clean, start)) is not None \
                and len(longer) > end - start and not (area and len(longer) == end - start + 1):
            continue
        elsewhere = name not in rules
        # a county of another province only beside a place found or a local name (迭部、
        # 碌曲、上杭、镇原4县), not beside another such name (two plain words listed)
        listed = _listed(clean, start, end, ends, gpe_starts,
                         own_words if elsewhere else words)
        if elsewhere and (start and clean[start - 1] not in _ITEM_BOUNDS
                          and not (listed and clean.endswith(_lexicon_words(
                              "list_opening_verbs"), 0, start))
                          or clean.startswith(_ELSEWHERE_AFTER, end)):
            # the end of an item (环大|罗山、浙中) or the start of a longer place's name
            # (沈家门街道、饶阳|街道: a town's, :func:`_suffixed_items`), no item of its own;
            # after a verb that opens a list of places it is the first item (支持|枣强、琼海:
            # lexicon.list_opening_verbs)
            continue
        if rule == PREFECTURE_PLAIN and listed:
            rule = "places.listed_county"
        elif rule in _LISTED_ONLY and not listed \
                and not (rule == "places.listed_town" and _town_written_out(name)
                         and not _level_compound(clean, end)):
            continue
        # a village of the data after a character that opens other villages' names is
        # their end (上|张沟村, 南|陈沟村: 上张沟村 and 南陈沟村 of a bulk law, no village of
        # the data), not a village of its own
        if rule == "places.village" and clean[start - 1:start] in _lexicon_set("village_openers"):
            continue
        if rules.get(name) == "places.listed_town_short_name" and not _beside_own_place(
                clean, start, end, ends, rules):
            continue
        if _kind_sibling(clean, start, end, rules, index):
            continue
        if _opens_feature(clean, end, rules, index):
            # no GPE, but the start of an organisation a place-led rule reads (淮阳|龙湖
            # 管理机构: one ORG, rule 20): FEATURE_OPENER, read by the pipeline's
            # _led_by_local
            rule = FEATURE_OPENER
        # a list item may run into a word of the tagger (苍梧、昭|平等: the item ends at 等)
        if tokenizer is not None \
                and not _whole_word(tokenizer, clean, start, start if area else end) \
                and not (listed and clean[end:end + 1] in _ITEM_ENDS) \
                or inside_name(clean, start, end):
            continue
        if rule in _TOWN_SHORT_RULES and (level := _renamed_level(clean, end)):
            # the town written by its full name with another level word than the data's
            # (旧馆|街道 where the data has 旧馆镇: a town made a subdistrict): the full name
            end += len(level)
            name = clean[start:end]
        if rule == "places.county_town" and (level := next((w for w in ("街道", "苏木", "镇", "乡")
                                                           if clean.startswith(w, end)), "")) \
                and any(data_town(clean[start + k:end + len(level)]) for k in range(2, end - start)):
            # the town written out after its county's name (民和县|官亭|镇: a county's 县 name
            # and the town's full name, not its stem: gpe42b, C42ga), one GPE to its level word
            end += len(level)
            name = clean[start:end]
        if added := _autonomous_level(clean, name, end, index):
            end += added  # 务川|自治县: the county's short name with its level (C44gb)
            name = clean[start:end]
        out.append(Candidate(start=start, end=end, label="GPE", norm=name,
                             rule=rule, score=0.8))
        ends.add(end)  # a later item of the list follows this one
    out += _towns_between(clean, out, taken, tokenizer)
    out += _listed_wide_towns(clean, place, out, taken, tokenizer)
    found = {c.start for c in out}
    out = sorted(out + [c for c in held_short_names(clean, taken, index, tokenizer)
                        if c.start not in found], key=lambda c: c.start)
    # (C45gc) a county's own document too joins its county and its town written together
    out = _with_held_towns(out, held_towns(clean, taken, index, tokenizer))
    out = _with_data_towns(out, data_towns(clean, [*taken, *out], tokenizer))
    return _with_named_shorts(clean, taken, _join_own_counties(clean, out, taken),
                              index, tokenizer)


def _join_own_counties(clean: str, out: list[Candidate],
                       taken: Sequence[Candidate]) -> list[Candidate]:
    """``out`` with each of the document's own towns (:data:`_TOWN_RULES`, by its full name,
    its village read on or not) read back over its own county written right before it
    (:func:`_own_county_before`) where only that county's GPE (of ``out`` or ``taken``)
    stands there: one GPE, as C38r (民和县|中川乡 in 海东市's text: gpe42b, C42gb); the
    county's GPE of ``out`` is dropped (one of ``taken``, by :func:`inside_towns`)."""
    towns = [c for c in out if c.rule in _TOWN_RULES]
    if not towns:
        return out
    index = place_index()
    busy = [(c.start, c.end) for c in [*taken, *out]]
    joined: list[Candidate] = []
    for c in towns:
        if not any(index.counties(clean[c.start - n:c.start])
                   for n in range(2, min(_OWN_COUNTY_MOST, c.start) + 1)):
            continue  # no county's name ends right before it (the most, cheaply)
        # the town: the candidate up to its first level word (its village after it)
        level = _TOWN_LEVEL_AT.search(clean, c.start + 1, c.end)
        town = clean[c.start:level.end()] if level else ""
        if not town or not data_town(town):
            continue
        n, _ = _own_county_before(clean, c.start, town, town_county(town))
        if not n or any(s < c.start and c.start - n < e and (s, e) != (c.start - n, c.start)
                        for s, e in busy):
            continue
        joined.append(Candidate(start=c.start - n, end=c.end, label="GPE",
                                norm=clean[c.start - n:c.end], rule=c.rule, score=c.score))
    if not joined:
        return out
    kept = [c for c in out if not (c.label == "GPE" and any(
        j.start <= c.start and c.end <= j.end for j in joined))]
    return sorted(kept + joined, key=lambda c: c.start)


def _with_data_towns(out: list[Candidate], towns: Sequence[Candidate]) -> list[Candidate]:
    """``out`` with the towns of :func:`data_towns`, less the places of ``out`` a town's span
    took in (its county written right before it: 民和县 of 民和县|中川乡, C42ga), which
    would otherwise stand against the town's one GPE and drop it."""
    inside = [c for c in out if any(t.start <= c.start and c.end <= t.end
                                    and (t.start, t.end) != (c.start, c.end) for t in towns)]
    return sorted([c for c in out if c not in inside] + list(towns), key=lambda c: c.start)


def _with_held_towns(out: list[Candidate], held: Sequence[Candidate]) -> list[Candidate]:
    """``out`` (a document's own places) with the towns :func:`held_towns` read after their
    county where no other of ``out`` stands; a held town over the document's own town or
    village (:data:`_TOWN_RULES`) written right after its county takes their place: the
    county before says whose town it is, one GPE over both (黄岛区|泊里镇 in 青岛's text, as
    C38r in a text of any place: gpe42b, call C42gb), not the county and the town apart;
    in the county's own document too (rule 6, outermost: gpe45, call C45gc; C38r had kept
    them apart there)."""
    kept = list(out)
    for h in held:
        over = [c for c in kept if c.start < h.end and h.start < c.end]
        if over and not all(c.rule in _TOWN_RULES and h.start < c.start
                            and c.end <= h.end for c in over):
            continue
        kept = [c for c in kept if c not in over] + [h]
    return sorted(kept, key=lambda c: c.start)


@lru_cache(maxsize=64)  # as _local_words and local_villages: a prefecture's is ~10,000 names
def _local_lookup(place: Place | None, index: PlaceIndex
                  ) -> tuple[dict[str, str], WordSpans | JoinedSpans | None, JoinedSpans | None]:
    """What :func:`local_candidates` looks a document place's local names up with, made once
    per place (speed34: the rule of each local name, its ``frozenset`` for
    :func:`_local_words`' cache and the joined look-up were built again for every text, ~0.3
    ms a prefecture's text for its ~10,000 villages, a third of the call on the bulk slice):
    the rule of each name (read only: the same dict for every text of the place), the
    place's own words and those joined with the other provinces' counties'; ``({}, None,
    None)`` where the place has no local names. The first two are kept in the cache folder,
    a file a place (:func:`_stored_lookup`)."""
    rules, own_words = _stored_lookup(place, index)
    if not rules:
        return rules, None, None
    assert own_words is not None
    # the counties of other provinces (places.listed_county): looked up with the document's
    # own names, one lookup of the whole country's built once (a name found only there is
    # theirs), but no neighbour that makes a local name none (淮阳|龙湖 opens a lake's
    # name, 龙湖 of 汕头)
    return rules, own_words, JoinedSpans(own_words, _elsewhere_words())


def _stored_lookup(place: Place | None, index: PlaceIndex
                   ) -> tuple[dict[str, str], WordSpans | JoinedSpans | None]:
    """:func:`_built_lookup`, kept in the cache folder for each place of the process's index
    (patterncache.stored_entry, under the place index's key and names.yaml's text, which
    the lexicon's words are read from): a new place's ~10 ms (a prefecture's villages and
    towns read from the division data) read back as ~2 ms by every later process; built
    where the place is none of the index's or the data cannot be told (no key)."""
    return _stored_for_place("local", place, index, lambda: _built_lookup(place, index))


def _stored_for_place(kind: str, place: Place | None, index: PlaceIndex,
                      build: Callable[[], T]) -> T:
    """``build()`` of a document place, kept in the cache folder a file a place
    (patterncache.stored_entry of ``kind``, under :func:`_lookup_key`), for a place of the
    process's own index only; built where the place is none of it or the data cannot be told
    (no key)."""
    if place is None or index is not place_index() or index.by_code.get(place.code) != place \
            or (key := _lookup_key()) is None:
        return build()
    return stored_entry(kind, key, place.code, build)


@lru_cache(maxsize=1)
def _lookup_key() -> str | None:
    """What :func:`_stored_lookup`'s values are built from: the place index's data and code
    (:func:`_place_data_key`), names.yaml's text (its lexicon) and the versions of Python and
    ``_sre`` that ``re``'s code is kept for (rules.WordSpans' pickle); None where one cannot
    be told."""
    data = _place_data_key()
    try:
        names = hashlib.sha256((default_rules_dir() / "names.yaml").read_bytes()).hexdigest()
    except OSError:
        return None
    return None if data is None \
        else f"local lookup 1\n{data}\nnames.yaml {names}\n{version_tag()}"


def _built_lookup(place: Place | None, index: PlaceIndex
                  ) -> tuple[dict[str, str], WordSpans | JoinedSpans | None]:
    """The rule of each of ``place``'s local names and their look-up (:func:`_local_lookup`);
    ``({}, None)`` where it has none."""
    # a prefecture's plain-word county names (南湖) only in a list, or leading a name
    # (青州古城): PREFECTURE_PLAIN, read by the pipeline's _led_by_local
    listed_rule = "places.listed_county" if place is None or place.level == "province" \
        or place.code[:2] in _MUNICIPALITIES else PREFECTURE_PLAIN
    rules = dict.fromkeys(listed_names(place, index), listed_rule)
    rules.update(dict.fromkeys(listed_towns(place), "places.listed_town"))
    rules.update(dict.fromkeys(local_names(place, index), "places.county_short_name"))
    rules.update(dict.fromkeys(listed_town_short_names(place), "places.listed_town_short_name"))
    rules.update(dict.fromkeys(town_short_names(place), "places.town_short_name"))
    rules.update(dict.fromkeys(local_towns(place), "places.town"))
    rules.update(dict.fromkeys(local_villages(place), "places.village"))
    rules.update(dict.fromkeys(county_towns(place, index), "places.county_town"))
    # a county's text names the towns of the counties beside it by their full names too
    # (巴彦托海镇 of 鄂温克旗 in 海拉尔区's report), as its prefecture's text would, and
    # plain-word ones in a list
    prefecture = _prefecture_of(place, index)
    for name in listed_towns(prefecture):
        rules.setdefault(name, "places.listed_town")
    for name in local_towns(prefecture):
        rules.setdefault(name, "places.town")
    if not rules:
        return rules, None
    return rules, _local_words(frozenset(rules), local_villages(place))


#: the rules of a town written without its level word (六横 of 六横镇, 城西 of 城西街道)
_TOWN_SHORT_RULES = frozenset({"places.town_short_name", "places.listed_town_short_name"})
#: the level words of towns (the data's level under the county)
_TOWN_LEVELS = ("街道", "苏木", "镇", "乡")


def _renamed_level(clean: str, end: int) -> str | None:
    """The level word of a town right after a town's name written without its own
    (旧馆 + 街道 where the data has 旧馆镇: a town made a subdistrict, or 镇 after a
    township's name: C37r), or None; not one that reads on as a word of towns and villages
    (镇村, 镇域: :func:`_level_compound`) nor 乡 before a word it opens (乡村, 乡镇)."""
    level = next((w for w in _TOWN_LEVELS if clean.startswith(w, end)), None)
    if level is None or _level_compound(clean, end + len(level)) \
            or clean[end + len(level) - 1:end + len(level) + 1] in _word_counts():
        return None
    return level


#: the rules of a town's full name (六横镇; 奋斗镇, a plain word's)
_FULL_TOWN_RULES = frozenset({"places.town", "places.listed_town", "places.held_town",
                              "places.town_village"})


def starts_within(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of ``starts`` (in order) is in ``[lo, hi)``: a mention of those starts
    begins inside the span."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _free_for(rule: str, taken: Sequence[Candidate], starts: Sequence[int], start: int,
              end: int) -> bool:
    """Whether no mention of ``taken`` (sorted, ``starts`` their starts) stands over
    ``start:end``, or only shorter GPEs inside a town's full name (阿日哈沙特镇, 黑山头镇,
    新发朝鲜民族乡 of 呼伦贝尔市, 河北镇 of 北京市: the town is the outermost name, rule 6, and the pipeline
    drops the places inside it: :func:`inside_towns`)."""
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    over = [c for c in taken[i:bisect.bisect_left(starts, end)] if c.end > start]
    return not over or rule in _FULL_TOWN_RULES and all(
        c.label == "GPE" and start <= c.start and c.end <= end and c.end - c.start < end - start
        for c in over)


@cache
def _lexicon_pattern(key: str) -> regex.Pattern[str]:
    """names.yaml's lexicon entry ``key`` compiled: ``village_after_town`` (a village's or
    community's own name right after its town's level word, gpe43 C43g), ``settlement_title``
    (the rest of a title of villages, towns or counties a country or province confers, right
    after it: 中国|特色村, C43h), ``settlement_after_place`` (a settlement's level word right
    after a place's short name: 马鞍山|村, gpe43b C43gc)."""
    from .names import lexicon_expanded

    return regex.compile(lexicon_expanded(default_rules_dir(), key))


#: a town's level words, at the end of its GPE (瓶窑镇, 蒋村街道)
_TOWN_LEVEL_ENDS = ("街道", "苏木", "镇", "乡")


def villages_after_towns(clean: str, found: Sequence[Candidate],
                         local: Sequence[Candidate]) -> list[Candidate]:
    """``local`` with each town's GPE (of ``found`` or ``local``, its level word at its end)
    read on over the name of a village or community written right after it (瓶窑镇|凤溪社区,
    塘栖镇|丁河村, made-up shapes of a list of designated villages): one GPE (rule 6,
    outermost, as C38r reads the data's villages on), the data holding the village or not
    (communities it leaves out; lexicon.village_after_town: no kind of village, no verb or
    function word, no body after it). No mention but a GPE may stand over the village's name;
    a GPE inside it is the village's (长沙 of …长沙社区: dropped, :func:`inside_towns`).
    A town's GPE the name rules found (its village read on or not) is read back over its own
    county's GPE written right before it, as :func:`_join_own_counties` reads the document's
    towns (临平区|塘栖镇丁河村: C42ga), in that county's own document too (青羊区|苏坡街道清波社区
    after 青羊区's own sentences, a real page's shape: gpe45, call C45gc). (gpe43, call C43g)"""
    pattern = _lexicon_pattern("village_after_town")
    spans = [(c.start, c.end, c.label) for c in [*found, *local]]
    extended: list[Candidate] = []
    for c in [*found, *local]:
        if c.label != "GPE":
            continue
        end = c.end
        if clean.endswith(_TOWN_LEVEL_ENDS, c.start, c.end) \
                and (m := pattern.match(clean, c.end)) is not None \
                and not any(s < m.end() and c.end < e and (label != "GPE" or e > m.end())
                            for s, e, label in spans):
            end = m.end()
        end = _community_end(clean, end, spans)
        start = _own_county_start(clean, c, spans)
        if (start, end) != (c.start, c.end):
            extended.append(Candidate(start=start, end=end, label="GPE",
                                      norm=clean[start:end], rule="places.town_village",
                                      score=0.7))
    if not extended:
        return list(local)
    kept = [c for c in local if not (c.label == "GPE" and any(
        e.start <= c.start and c.end <= e.end for e in extended))]
    return sorted([*kept, *extended], key=lambda c: c.start)


_VILLAGE_COMMUNITY = "社区"


def _community_end(clean: str, end: int, spans: Sequence[tuple[int, int, str]]) -> int:
    """Where a village's GPE ending at ``end`` ends read on over 社区 written right after its
    村: a community that keeps its village's name (北坡村|社区, a village made a community:
    gpe47, call C47n; one GPE, not the village cut from it); ``end`` where its GPE does not
    end in 村, no 社区 follows, or a mention but a GPE stands over the 社区 (北坡村社区居委会
    is names.village_body's ORG; no community's body after it: 居委会, 党委 …)."""
    after = end + len(_VILLAGE_COMMUNITY)
    if clean[end - 1:end] != "村" or not clean.startswith(_VILLAGE_COMMUNITY, end) \
            or clean.startswith(_lexicon_words("community_bodies"), after) or any(s < after and end < e and label != "GPE" for s, e, label in spans):
        return end
    return after


def _own_county_start(clean: str, c: Candidate, spans: Sequence[tuple[int, int, str]]) -> int:
    """Where the county's GPE written right before the town's GPE ``c`` starts, that town
    one of the county's own (:func:`_own_county_before`) and only that GPE standing there
    (in the county's own document too: C45gc); else ``c``'s start."""
    level = _TOWN_LEVEL_AT.search(clean, c.start + 1, c.end)
    town = clean[c.start:level.end()] if level else ""
    if not town or not data_town(town):
        return c.start
    n, county = _own_county_before(clean, c.start, town, town_county(town))
    if not n or county is None:
        return c.start
    before = (c.start - n, c.start)
    alone = any(label == "GPE" and (s, e) == before for s, e, label in spans) \
        and not any(s < c.start and before[0] < e and (s, e) != before for s, e, _ in spans)
    return before[0] if alone else c.start


#: the rules of a country's or a province's GPE (the levels that confer titles)
_TITLE_LEVEL_RULES = frozenset({"names.gazetteer.country", "names.gazetteer.province"})


def without_title_levels(clean: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` without the GPE of a country or province that opens a title of villages,
    towns or counties it confers (中国|特色村, 中国|乡村旅游模范村, 浙江省|美丽乡村特色精品村,
    made up after district pages' honours): the place is the title's (rule 20, outermost; C42ja
    has `中国乡村旅游模范村` one INITIATIVE in the train gold, d32), no GPE of its own, whether
    or not a name rule reads the title (names.place_level_title reads those of its heads). Only
    where no other mention stands over the title's rest. (gpe43, call C43h)"""
    return [c for c, end in _gpes_before(clean, found, "settlement_title", _TITLE_LEVEL_RULES)
            if end is None]


def _gpes_before(clean: str, found: Sequence[Candidate], key: str,
                 rules: frozenset[str]) -> Iterator[tuple[Candidate, int | None]]:
    """Each of ``found`` with where names.yaml's lexicon entry ``key`` matched right after
    it ends: a GPE of one of ``rules`` where no other mention starts inside that match;
    else None."""
    pattern = _lexicon_pattern(key)
    starts = sorted(c.start for c in found)
    for c in found:
        m = pattern.match(clean, c.end) if c.label == "GPE" and c.rule in rules else None
        yield c, (m.end() if m is not None and not starts_within(starts, c.end, m.end())
                  else None)


#: the rules of a prefecture's or province's short name, and a country's (马鞍山, 河南, 长沙)
_SHORT_PLACE_RULES = frozenset({*_TITLE_LEVEL_RULES, "names.gazetteer.prefecture"})
#: the level words that end a place's full name (湖南省, 常德市: no settlement named after it)
_LEVEL_ENDS = ("省", "市", "区", "州", "盟", "县")


def settlements_after_places(clean: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` with the GPE of a place's name written without its level word (马鞍山, 河南,
    长沙) read on over a village's, community's or subdistrict's level word right after it
    (马鞍山|村, 河南|街道, 长沙|社区; lexicon.settlement_after_place: not 村民, 社区卫生…,
    街道办…): the settlement is named after the place, its name the outermost GPE (rule 6;
    named villages and towns are GPEs in the train gold), the place none of its own. Only
    where no other mention starts on the level word. (gpe43b, call C43gc)"""
    out = []
    for c, end in _gpes_before(clean, found, "settlement_after_place", _SHORT_PLACE_RULES):
        if end is not None and not clean.endswith(_LEVEL_ENDS, c.start, c.end):
            c = Candidate(start=c.start, end=end, label="GPE", norm=clean[c.start:end],
                          rule="places.settlement_after_place", score=c.score)
        out.append(c)
    return out


#: the rules of a county's GPE written by its full name (余杭区, 民和县), and its level words
_COUNTY_RULES = frozenset({"names.gazetteer.county"})
_COUNTY_ENDS = ("县", "区", "市", "旗")
#: the rule of a county, a town the data lacks and its village read as one GPE (C44i)
COUNTY_TOWN_VILLAGE = "places.county_town_village"


def county_town_villages(clean: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` with a county's GPE (its level word written) read on over a town's full name
    and the town's village or community written right after it, the village ending a list's
    item (余杭区|凤溪街道青山村、…, made up; lexicon.town_village_after_county): one GPE, as
    C38r and C43g read a county, its own town and the village where the data holds the town;
    here the data lacks the town (a new subdistrict, a renamed or ethnic township), and the
    county before and the village after say it is one. No other mention may start inside but
    a GPE of the town and village (dropped: rule 6, outermost). (gpe44, call C44i)"""
    pattern = _lexicon_pattern("town_village_after_county")
    joined: list[Candidate] = []
    for c in found:
        if c.label != "GPE" or c.rule not in _COUNTY_RULES \
                or not clean.endswith(_COUNTY_ENDS, c.start, c.end) \
                or (m := pattern.match(clean, c.end)) is None:
            continue
        # a town the data holds is read with its county by C38r and C43g (held_towns), whose
        # county GPE names the document's place and short names (定安县 of 定安)
        level = _TOWN_LEVEL_AT.search(clean, c.end + 1, m.end())
        if level is None or data_town(clean[c.end:level.end()]):
            continue
        if any(c.end <= o.start < m.end() and (o.label != "GPE" or o.end > m.end())
               for o in found):
            continue
        joined.append(Candidate(start=c.start, end=m.end(), label="GPE",
                                norm=clean[c.start:m.end()], rule=COUNTY_TOWN_VILLAGE,
                                score=c.score))
    if not joined:
        return list(found)
    kept = [c for c in found if not any(j.start <= c.start and c.end <= j.end for j in joined)]
    return sorted([*kept, *joined], key=lambda c: c.start)


def without_split_towns(clean: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` without a city's or province's GPE that opens with a town's level word
    written right after Han characters and whose rest opens a village's name (李家铺镇|江口村,
    白沙镇|江北村: 镇江 read across the town's 镇 and the village's first character; made-up
    shapes of a real page's list, lexicon.village_after_town): the place is no GPE there
    (rule 6: the town and village are the names). (gpe43b, call C43gd)"""
    pattern = _lexicon_pattern("village_after_town")
    return [c for c in found if not (
        c.label == "GPE" and c.rule in _SHORT_PLACE_RULES and c.start > 0
        and clean[c.start] in "镇乡" and regex.match(r"\p{Han}", clean[c.start - 1])
        and pattern.match(clean, c.start + 1) is not None)]


_AUTONOMOUS_COUNTY = "自治县"


def autonomous_short_forms(clean: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` with a GPE over each 县 form of an autonomous county
    (:func:`autonomous_forms`: 长阳县 of 长阳土家族自治县) where the text writes that county's
    full name as a GPE: the same county written again by the name reports use for it (linked
    to the division data's county). Elsewhere the form stays a county short name, local to
    its prefecture's and province's documents. (gpe43b, call C43gb)"""
    index = place_index()
    forms: set[str] = set()
    for c in found:
        name = clean[c.start:c.end]
        if c.label == "GPE" and name.endswith("自治县"):
            for county in index.counties(name):
                shorts = [name[:k] for k in range(2, 5) if name[:k] + "县" != name
                          and county in index.counties(name[:k] + "县")]
                # (C44gb) and the short name with 自治县 (务川自治县), a form the data lacks
                forms.update(f for a in shorts for f in (a + "县", a + "自治县") if f != name)
    if not forms:
        return list(found)
    added = [Candidate(start=m.start(), end=m.end(), label="GPE", norm=m.group(),
                       rule="places.autonomous_short_form", score=0.9)
             for m in regex.finditer("|".join(regex.escape(f) for f in sorted(forms, key=len,
                                                                              reverse=True)), clean)
             if not any(c.start < m.end() and m.start() < c.end
                        and not _inside_gpe(c, m.start(), m.end()) for c in found)]
    kept = [c for c in found if not any(_inside_gpe(c, a.start, a.end) for a in added)]
    return sorted([*kept, *added], key=lambda c: c.start)


def _autonomous_level(clean: str, name: str, end: int, index: PlaceIndex) -> int:
    """The length of the 自治县 written right after an autonomous county's short name
    (遵义市|务川|自治县: one GPE 务川自治县, not 务川 and a level word left over; rule 6,
    outermost; C44gb), where the short name with 县 names a county of the data whose full
    name ends in 自治县; else 0."""
    if not clean.startswith(_AUTONOMOUS_COUNTY, end) or not any(
            p.name.endswith(_AUTONOMOUS_COUNTY) for p in index.counties(name + "县")):
        return 0
    return len(_AUTONOMOUS_COUNTY)


def _inside_gpe(c: Candidate, start: int, end: int) -> bool:
    """Whether ``c`` is a GPE strictly inside ``start:end``: the county's short name inside
    its form with 自治县 (务川|自治县), which that form replaces (C44gb)."""
    return c.label == "GPE" and start <= c.start and c.end <= end and (c.start, c.end) != (start, end)


def inside_towns(found: Sequence[Candidate], local: Sequence[Candidate]) -> list[Candidate]:
    """``found`` without the GPEs inside a town's full name of ``local`` (沙特 of
    阿日哈沙特镇: :func:`_free_for`)."""
    # (gpe38) and a county's GPE its own town's full name, read on to a village, starts
    # (places.held_town led by names.place_outer_gpe: 汶川县|三江镇席草村)
    opened = {c.start for c in found if c.label == "GPE"}
    towns = [(c.start, c.end) for c in local if c.rule in _FULL_TOWN_RULES
             or c.label == "GPE" and c.start in opened]
    # (gpe43, C43f) and a county's name another rule read as no GPE (海港区 a FAC of
    # names.fac_head: 港区) where a local GPE opens with it, the county with its town (and
    # village): the GPE is the outermost name (rule 6); kept, it overlapped that GPE and the
    # pipeline's validate failed the whole document
    led = [(c.start, c.end) for c in local if c.label == "GPE"]
    index = place_index()
    return [c for c in found if not (c.label == "GPE" and any(
        s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in towns)
        or c.label != "GPE" and any(s == c.start and c.end < e for s, e in led)
        and index.counties(c.norm or ""))]


#: the rules of the towns of a county's document (full and short names, villages)
_TOWN_RULES = frozenset({"places.town", "places.town_short_name", "places.listed_town",
                         "places.listed_town_short_name", "places.village"})


def _towns_between(clean: str, found: Sequence[Candidate], taken: Sequence[Candidate],
                   tokenizer: jieba.Tokenizer | None) -> list[Candidate]:
    """A list item of two or three characters between two towns of the document's county
    (东极、|登步|、虾峙: the division data lacks 登步乡; 六横、|城西|、展茅), or after the
    second of two before 等 (东极、登步、虾峙、|蚂蚁|等): a town too, the list being of towns,
    where it is a whole word and no other mention's. Counterexamples: an item next to one
    town only (六横、渔业、港口), a common word (东极、六横、渔业等: _TOWN_ITEM_COUNT), one
    longer than three characters, one after 等."""
    towns = sorted((c for c in found if c.rule in _TOWN_RULES), key=lambda c: c.start)
    ends = {c.end: c for c in towns}
    starts = {c.start for c in towns}
    busy = [(c.start, c.end) for c in [*taken, *found]]
    out: list[Candidate] = []
    for c in towns:
        # walk on along the list while each next item is one (东极、登步、虾峙、蚂蚁等)
        while (item := _item_between(clean, c, ends, starts, busy, tokenizer)) is not None:
            out.append(item)
            ends[item.end] = item
            c = item
    out += _suffixed_items(clean, [c for c in towns if c.rule in _FULL_TOWN_RULES], busy)
    return out


#: a list item written as a town's full name (罗汉寺街道, 大坪乡): a stem of two to four
#: characters and a town's suffix, bounded by the list's marks
_SUFFIXED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|苏木|镇|乡)")


def _suffixed_items(clean: str, towns: Sequence[Candidate],
                    busy: Sequence[tuple[int, int]]) -> list[Candidate]:
    """The items of a list of towns written by their full names that the division data
    lacks (a town renamed or merged, or another county's: 罗汉寺街道、黄茅镇、株潭镇、大坪乡
    beside the document's 黄茅镇 and 株潭镇): each right before or after a town found, with
    、 between, walked along the list. Not an item whose last two characters are a word of
    their own (特色小镇, 美丽城乡, 重点乡镇: jieba's dictionary) nor one another mention
    holds (issue 10, gpe32)."""
    tags = jieba_dictionary()[0]
    taken = [*busy]
    out: list[Candidate] = []

    def item_at(s: int, e: int) -> Candidate | None:
        item = clean[s:e]
        if not _SUFFIXED_ITEM.fullmatch(item) \
                or item.endswith(("镇", "乡")) and item[-2:] in tags \
                or any(a < e and s < b for a, b in taken):
            return None
        return Candidate(start=s, end=e, label="GPE", norm=item,
                         rule="places.listed_town_between", score=0.7)

    for c in towns:
        at = c
        while clean[at.end:at.end + 1] == "、":  # the items after it
            m = re.match(r"[^、，,。；;：:（()）《》“”\s等和及与或]{3,8}", clean[at.end + 1:])
            if m is None or at.end + 1 + m.end() < len(clean) \
                    and clean[at.end + 1 + m.end()] not in _ITEM_BOUNDS \
                    or (item := item_at(at.end + 1, at.end + 1 + m.end())) is None:
                break
            out.append(item)
            taken.append((item.start, item.end))
            at = item
        at = c
        while clean[at.start - 1:at.start] == "、":  # the items before it
            m = re.search(r"[^、，,。；;：:（()）《》“”\s等和及与或]{3,8}$", clean[:at.start - 1])
            if m is None or (item := item_at(m.start(), at.start - 1)) is None:
                break
            out.append(item)
            taken.append((item.start, item.end))
            at = item
    return out


#: the most jieba's dictionary may count a list item :func:`_towns_between` takes: 蚂蚁 (324)
#: and 城西 (408) of 普陀区's towns, not the trades a list of towns may run on into
#: (渔业 1898, 港口 2904, 农业, 旅游)
_TOWN_ITEM_COUNT = 500


def _item_between(clean: str, c: Candidate, ends: dict[int, Candidate], starts: set[int],
                  busy: Sequence[tuple[int, int]], tokenizer: jieba.Tokenizer | None
                  ) -> Candidate | None:
    """The list item right after the town ``c`` that :func:`_towns_between` takes, or None."""
    if clean[c.end:c.end + 1] != "、":
        return None
    for n in (2, 3):
        s, e = c.end + 1, c.end + 1 + n
        item = clean[s:e]
        if len(item) < n or not all("\u4e00" <= ch <= "\u9fff" for ch in item):
            return None
        after = clean[e:e + 1]
        before = clean[c.start - 1:c.start] == "、" and c.start - 1 in ends
        if not (after == "、" and e + 1 in starts or after == "等" and before):
            continue
        if any(a < e and s < b for a, b in busy) or _word_counts().get(item, 0) > _TOWN_ITEM_COUNT \
                or tokenizer is not None and not _whole_word(tokenizer, clean, s, e):
            continue
        return Candidate(start=s, end=e, label="GPE", norm=item,
                         rule="places.listed_town_between", score=0.7)
    return None


def held_short_names(clean: str, taken: Sequence[Candidate], index: PlaceIndex,
                     tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """County short names written right after a place that holds them (重庆|永川, 重庆|开州,
    浙江|安吉): a chain of divisions as 昭通市|镇雄县 is, each a GPE, in a document of any
    place (a national news text's 在重庆永川). The short names are those :func:`local_names`
    gives a document of the holding place (rare words of jieba's dictionary), a whole word
    there and no other mention's (counterexamples: 重庆|江北国际机场, a facility's;
    重庆|大足石刻, one word; 浙江|大学, no county's name)."""
    starts = [c.start for c in taken]
    out: list[Candidate] = []
    for c in taken:
        if c.label != "GPE":
            continue
        holders = [p for p in index.lookup(clean[c.start:c.end])
                   if p.level in ("province", "prefecture")]
        if not holders:
            continue
        names = local_names(holders[0], index)
        end = next((c.end + n for n in (4, 3, 2) if clean[c.end:c.end + n] in names
                    and names[clean[c.end:c.end + n]].within(holders[0])), None)
        if end is None:
            continue
        if starts_within(starts, c.end, end) or any(
                t.start < end and t.end > c.end for t in taken if t.start < c.end):
            continue
        if (longer := index.prefix_at(clean, c.end)) is not None and len(longer) > end - c.end \
                or tokenizer is not None and not _whole_word(tokenizer, clean, c.end, end):
            continue
        end += _autonomous_level(clean, clean[c.end:end], end, index)  # 务川|自治县 (C44gb)
        out.append(Candidate(start=c.end, end=end, label="GPE", norm=clean[c.end:end],
                             rule="places.held_short_name", score=0.8))
    return out


#: the longest town and village written after their county that places.held_town reads
_HELD_VILLAGE_MOST = 14


def held_towns(clean: str, taken: Sequence[Candidate], index: PlaceIndex,
               tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """A county's GPE (or a prefecture's: 东莞市|长安镇, a city with no counties) with one of
    its own towns written right after it by the town's full name (康定市|炉城街道, 晋江市|
    陈埭镇, 汶川县|映秀镇 in a document of any place): one GPE
    over both, the town's as its county writes it (gpe38, call C38r; names.place_outer_gpe
    joins them where a clause's end or a verb of works follows, 靖西市龙邦镇|发展; the
    pipeline drops the county's GPE inside: :func:`inside_towns`). The county is the one
    place of its name (or the one inside the place written before it, 四川省|阿坝州|汶川县);
    the towns are the data's (:func:`local_towns`, and :func:`listed_towns`' plain words,
    长安镇, which the county before says are the town: three characters or more), the longest
    that fits, a whole word, and no other mention stands over it; a village of the county
    written on after its town or alone is read on too (婺源县|秋口镇王村, 丹巴县|基卡依村:
    :func:`local_villages`)."""
    starts = [c.start for c in taken]
    gpe_ends = {c.end: c for c in taken if c.label == "GPE"}
    out: list[Candidate] = []
    for c in taken:
        if c.label != "GPE":
            continue
        before = (index.resolve(clean[p.start:p.end])
                  if (p := gpe_ends.get(c.start)) is not None else None)
        county = index.resolve(clean[c.start:c.end], before)
        if county is None or county.level not in ("county", "prefecture") \
                or county.province is None:
            continue
        towns = local_towns(county) | listed_towns(county)
        end = next((c.end + n for n in range(8, 2, -1)
                    if clean[c.end:c.end + n] in towns), None)
        # a village of the county written on, after its town or alone (秋口镇王村, 基卡依村:
        # local_villages), read only where a village's level word follows closely
        after = clean[c.end:c.end + _HELD_VILLAGE_MOST]
        if any(v in after for v in _lexicon_words("village_suffixes")) \
                and county.level == "county" and (villages := local_villages(county)):
            end = next((c.end + n for n in range(len(after), 2, -1)
                        if clean[c.end:c.end + n] in villages), end)
        if end is None:
            continue
        if starts_within(starts, c.end, end) \
                or tokenizer is not None and not _whole_word(tokenizer, clean, c.end, end):
            continue
        out.append(Candidate(start=c.start, end=end, label="GPE", norm=clean[c.start:end],
                             rule="places.held_town", score=0.8))
    return out


def _with_named_shorts(clean: str, taken: Sequence[Candidate], local: list[Candidate],
                       index: PlaceIndex, tokenizer: jieba.Tokenizer | None) -> list[Candidate]:
    """``local``, :func:`located_short_names` of the text (where no local name stands) and
    :func:`named_short_names` (where neither stands), by their starts. The located ones
    name their county as a full name does (call C40x): 在锡山， says which place 锡山 is,
    so 锡山 written alone elsewhere in that text is that GPE too. A prefecture's plain-word
    short name (PREFECTURE_PLAIN: 海宁 in 嘉兴市's document, no GPE alone) stands in their
    way no more: where the text names that county so, it is the GPE (call C40y); where it
    does not, it stays as it was (a list's item or the start of a name only)."""
    plain = [c for c in local if c.rule == PREFECTURE_PLAIN]
    kept = [c for c in local if c.rule != PREFECTURE_PLAIN] if plain else local
    found = sorted([*taken, *kept], key=lambda c: c.start)
    located = located_short_names(clean, found, tokenizer)
    located += visited_short_names(clean, [*found, *located], tokenizer)
    located += placed_short_names(clean, [*found, *located])
    located = sorted([*located, *counted_short_names(clean, [*found, *located])],
                     key=lambda c: c.start)
    named = named_short_names(clean, sorted([*found, *located], key=lambda c: c.start),
                              index, tokenizer)
    if not named and not located:
        return local
    new = named + located
    plain = [c for c in plain if not any(n.start < c.end and c.start < n.end for n in new)]
    return sorted(kept + plain + new, key=lambda c: c.start)


#: a county's short name between 在 and a comma: the place a clause opens with (C40r)
_LOCATED = re.compile("(?<=在)[\u4e00-\u9fff]{2,4}(?=[，,])")
#: the count and level word that close a list of counties by their short names
#: (开化、常山、龙游|三县: C46gi)
_COUNTED_LEVEL = re.compile("[两二三四五六七八九]个?[县区市旗]")
_COUNT_OF = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def counted_short_names(clean: str, taken: Sequence[Candidate]) -> list[Candidate]:
    """The items of a list of counties by their short names closed by their count and their
    level word (与浙江省开化、常山、龙游三县交界, 甲、乙两区: gpe46b, call C46gi): the count
    and the level say each item is a county, a GPE in a document of any place. Each item (2 to
    4 characters, joined by 、 和 及 与) a short name of one county of that level
    (:func:`_county_short_forms`: no plain word, no name of two counties), as many items as
    the count (等 before it: two or more); the first item may follow a longer word (浙江省|开化:
    its last characters). No other mention over an item; items found already stay theirs."""
    forms = _located_forms()
    index = place_index()
    out: list[Candidate] = []
    for m in _COUNTED_LEVEL.finditer(clean):
        listed = m.start() > 0 and clean[m.start() - 1] == "等"
        items = _counted_items(clean, m.start() - listed, m.group()[-1], forms, index)
        if len(items) < 2 or not listed and len(items) != _COUNT_OF[m.group()[0]]:
            continue
        for start, end in items:
            if not _overlaps(taken, start, end):
                out.append(Candidate(start=start, end=end, label="GPE", norm=clean[start:end],
                                     rule="places.counted_short_name", score=0.8))
    return out


def _counted_items(clean: str, end: int, level: str, forms: frozenset[str],
                   index: PlaceIndex) -> list[tuple[int, int]]:
    """The spans of a counted list's items read back from ``end`` (:func:`counted_short_names`):
    each a county short name whose full name ends in ``level``, joined by 、 和 及 与; the list
    ends at the first item that is none (the first item the last characters of a longer
    word)."""
    items: list[tuple[int, int]] = []
    while True:
        start = next((end - n for n in (4, 3, 2) if clean[end - n:end] in forms
                      and any(p.level == "county" and p.name.endswith(level)
                              for p in index.lookup(clean[end - n:end]))), None)
        if start is None:
            return items
        items.append((start, end))
        if start == 0 or clean[start - 1] not in "、和及与":
            return items
        end = start - 1


def _overlaps(taken: Sequence[Candidate], start: int, end: int) -> bool:
    """Whether a mention of ``taken`` overlaps ``start:end``."""
    return any(c.start < end and start < c.end for c in taken)


def located_short_names(clean: str, taken: Sequence[Candidate],
                        tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """A county's short name that opens a clause with where it happens, between 在 and a
    comma (在锡山，新建高标准农田3万亩: call C40r): the text names the place, a GPE in a
    document of any place. 在 a word of its own (not 现在, 存在, 所在) and the short name a
    whole word of one county (:func:`_county_short_forms`: no plain word, 和平, no name of
    two counties, 滨海, no common lake's or river's name, 南湖), no other mention over it."""
    forms = _located_forms()
    starts = [c.start for c in taken]
    out: list[Candidate] = []
    for m in _LOCATED.finditer(clean):
        start, end = m.span()
        if m.group() not in forms or starts_within(starts, start - 1, end) \
                or _overlaps(taken, start, end):
            continue
        if tokenizer is not None and not (_whole_word(tokenizer, clean, start - 1, start)
                                          and _whole_word(tokenizer, clean, start, end)):
            continue
        out.append(Candidate(start=start, end=end, label="GPE", norm=m.group(),
                             rule="places.located_short_name", score=0.8))
    return out


#: where a visit or a partnership goes, before a county's short name (C50f): 赴昆山考察, 与江阴签约
_VISIT_BEFORE = re.compile("(?:赴|到|来到|前往|深入|走进|(?<![存现所实潜内外])在|与|同)")
#: what a visit does there or what partners do, right after the place (or after 等地)
_VISIT_AFTER = re.compile("(?:等地|等县|等区|等市)?(?:考察|学习|调研|招商|对接|参观|交流|走访|检查|"
                          "督导|督查|视察|慰问|推介|洽谈|参展|签约|签订|签署|合作|共建|结对)")
#: how the places of one visit are joined (赴江阴、张家港考察)
_VISIT_JOINS = "、和及"


def visited_short_names(clean: str, taken: Sequence[Candidate],
                        tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """Counties by their short names that a visit goes to or that partners are, the verb
    before and what is done there after (赴昆山考察, 到义乌学习, 先后赴江阴、张家港学习,
    与涪陵签约: call C50f): the sentence says each is a place, a GPE in a document of any
    place, as 在锡山， does (:func:`located_short_names`). Each a whole word of one county
    (:func:`_county_short_forms`: no plain word, no name of two counties), joined by 、 和 及,
    no other mention over it; one scan of the text's visit words (at most four characters
    looked at per item), no quadratic work."""
    forms = _located_forms()
    out: list[Candidate] = []
    for m in _VISIT_BEFORE.finditer(clean):
        items: list[tuple[int, int]] = []
        end = m.end()
        while True:
            start = end
            end = next((start + n for n in (4, 3, 2) if clean[start:start + n] in forms), -1)
            if end < 0:
                items = []
                break
            items.append((start, end))
            if end >= len(clean) or clean[end] not in _VISIT_JOINS:
                break
            end += 1
        if not items or not _VISIT_AFTER.match(clean, items[-1][1]):
            continue
        for start, end in items:
            if _overlaps(taken, start, end) or tokenizer is not None \
                    and not _whole_word(tokenizer, clean, start, end):
                continue
            out.append(Candidate(start=start, end=end, label="GPE", norm=clean[start:end],
                                 rule="places.visited_short_name", score=0.8))
    return out


#: where a county lies, after its short name opening a sentence (涿州地处…, 太仓，位于…: C50i)
_LIES = re.compile("(?:位于|地处|坐落于|坐落在)")
#: what a sentence's first word follows: its start, a sentence's end or an opening quote
_SENTENCE_STARTS = "\n。；;！？!?“\""


def placed_short_names(clean: str, taken: Sequence[Candidate]) -> list[Candidate]:
    """A county by its short name that opens a sentence saying where it lies (涿州地处京津冀
    腹地, 太仓，位于…: call C50i), a county's overview: the sentence says it is a place, a GPE
    in a document of any place, and it names the county for the rest of the text as 在锡山，
    does (:func:`located_short_names`). A short name of one county only
    (:func:`_county_short_forms`), a comma at most between it and the verb, no other mention
    over it."""
    forms = _located_forms()
    out: list[Candidate] = []
    for m in _LIES.finditer(clean):
        end = m.start() - (clean[m.start() - 1:m.start()] in ("，", ","))
        start = next((end - n for n in (4, 3, 2) if clean[end - n:end] in forms
                      and (end - n == 0 or clean[end - n - 1] in _SENTENCE_STARTS)), None)
        if start is None or start < 0 or _overlaps(taken, start, end):
            continue
        out.append(Candidate(start=start, end=end, label="GPE", norm=clean[start:end],
                             rule="places.placed_short_name", score=0.8))
    return out


@lru_cache(maxsize=1)
def _located_forms() -> frozenset[str]:
    return frozenset(n for names in _county_short_forms().values() for n in names)


@lru_cache(maxsize=1)
def _county_short_forms() -> dict[str, tuple[str, ...]]:
    """Each county's code → its short names of two characters or more that name it alone
    (昆山 of 昆山市, 桂阳 of 桂阳县): no level word's end (not 海拉尔区 again), no name
    recognised everywhere (a prefecture's, found already), no plain word (:func:`_plain_district`:
    和平 of 和平区), no common word of jieba's that ends as a lake's, a river's or a mountain's
    name does (南湖 of 南湖区, 1652 times: the lake of 嘉兴市's 南湖保护条例), and no name of
    two places (滨海 of 滨海新区 and 滨海县 is a word of the coast too: 全球滨海论坛 in a text
    of 滨海新区, held-out news)."""
    index = place_index()
    counts = _word_counts()
    feature_ends = _lexicon_set("feature_ends")
    forms: dict[str, list[str]] = {}
    for name, found in index.by_name.items():
        # not 滨海 of two (coastal); the cheap tests first (a first document pays for these)
        if len(found) != 1 or found[0].level != "county" or name == found[0].name \
                or len(name) < 2 or name.endswith(("市", "县", "区", "旗")) \
                or name in index.recognised or _plain_district(name) \
                or name[-1] in feature_ends and counts.get(name, 0) > _PROVINCE_COUNTY_COUNT:
            continue
        forms.setdefault(found[0].code, []).append(name)
    return {code: tuple(names) for code, names in forms.items()}


def named_short_names(clean: str, taken: Sequence[Candidate], index: PlaceIndex,
                      tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """A county's short name written alone in a text that names that county as a GPE too
    (gpeb36, call C36x): by its full name (昆山市 …, then 支持昆山建设…, 昆山新建…) or
    held by its province (江苏昆山, :func:`held_short_names`): the text has said which
    place the short name is, so it is that GPE wherever it stands as a whole word, in a
    document of any place (its own prefecture's and province's documents find their rare
    ones already; a plain-word or common one, 敦煌 774 times in jieba's dictionary, was a
    GPE there only in a list). Not the start of a longer place's name (兴安|县城镇: the full
    name is written, whatever was made of it), of a town's (…镇, …街道), of a feature's
    (海拉尔|河, :func:`_opens_feature`), nor a place inside a name (:func:`inside_name`:
    海拉尔至宝日希勒公路); ``taken`` sorted. A body named with the county's full name names
    the county as well (海宁市政府 …, then 支持海宁建设…: :func:`_body_county`, call C41p)."""
    forms = _county_short_forms()
    shorts: set[str] = set()
    for c in taken:
        if c.label == "ORG":
            shorts.update(forms.get(code, ()) if (code := _body_county(
                clean[c.start:c.end], index)) else ())
            continue
        if c.label != "GPE":
            continue
        counties = index.counties(clean[c.start:c.end])
        if len(counties) == 1:
            shorts.update(forms.get(counties[0].code, ()))
    if not shorts:
        return []
    starts = [c.start for c in taken]
    out: list[Candidate] = []
    for start, end in WordSpans(frozenset(shorts)).leftmost(clean):
        if not _free_for("places.named_short_name", taken, starts, start, end) \
                or clean.startswith(_ELSEWHERE_AFTER, end) or area_word_after(clean, end) \
                or ((longer := index.prefix_at(clean, start)) is not None
                    and len(longer) > end - start) \
                or _opens_feature(clean, end, {}, index) or inside_name(clean, start, end) \
                or tokenizer is not None and not _whole_word(tokenizer, clean, start, end):
            continue
        out.append(Candidate(start=start, end=end, label="GPE", norm=clean[start:end],
                             rule="places.named_short_name", score=0.8))
    return out


def _body_county(name: str, index: PlaceIndex) -> str | None:
    """The code of the county an organisation's name opens with by the county's full name
    (海宁市政府, 中共海宁市委, 嘉兴市海宁市人民政府: 330481), which names that county as its
    GPE would (call C41p); None for a short name (海宁|皮革城: the text has not said it is the
    county) or a name several counties share (朝阳区)."""
    place = index.written(name)
    if place is None or place.level != "county" or place.name not in name:
        return None
    return place.code


#: a county short name of a prefecture's document that is a plain word (南湖 of 嘉兴市's
#: 南湖区): a GPE as an item of a list of places (then ``places.listed_county``), else only
#: the start of a name the rules find there (青州|古城, a FAC), never a GPE alone
PREFECTURE_PLAIN = "places.prefecture_plain_name"
#: the rule of a local name that opens a lake's, a river's or a mountain's name (淮阳|龙湖):
#: kept only where it starts an organisation a place-led rule reads (淮阳龙湖管理机构, the
#: management body of dev-d70's law: one ORG, rule 20), never a GPE; not a place-led
#: initiative or facility (淮阳龙湖补水纳入…计划: the feature's rules name those)
FEATURE_OPENER = "places.feature_opener"
#: the rules of names that are GPEs only as an item of a list of places (plain words too)
_LISTED_ONLY = frozenset({"places.listed_county", "places.listed_town",
                          "places.listed_town_short_name"})
#: what may follow the last place of a list (、, 等, a conjunction, a clause's end)
_ITEM_ENDS = frozenset("、等和及与，。；")


def _listed(clean: str, start: int, end: int, place_ends: set[int], place_starts: set[int],
            words: WordSpans | JoinedSpans) -> bool:
    """Whether ``clean[start:end]`` is an item of a list of places: a place and 、 right
    before it, or 、 and a place (found, or a local name) right after it."""
    if clean[start - 1:start] == "、" and start - 1 in place_ends:
        return True
    return clean[end:end + 1] == "、" and (end + 1 in place_starts
                                          or words.starts_at(clean, end + 1))


#: what ends an item of a list read by :func:`_kind_sibling` (besides 、)
_ITEM_BOUNDS = frozenset("、，,。；;：:（()）《》“”\n 等和及与或")


def _list_items(clean: str, start: int, end: int) -> tuple[str, str]:
    """The items of a list right beside ``clean[start:end]``: the one before its 、 and the one
    after its 、 (``""`` where there is none or it is shorter than two characters), each
    read up to eight characters to the next bound (、, 等, a bracket, a clause's end)."""
    before = after = ""
    if clean[start - 1:start] == "、":
        i = start - 1
        while i > 0 and start - 1 - i < 8 and clean[i - 1] not in _ITEM_BOUNDS:
            i -= 1
        before = clean[i:start - 1]
    if clean[end:end + 1] == "、":
        j = end + 1
        while j < len(clean) and j - end - 1 < 8 and clean[j] not in _ITEM_BOUNDS:
            j += 1
        after = clean[end + 1:j]
    return (before if len(before) >= 2 else "", after if len(after) >= 2 else "")


def _kind_sibling(clean: str, start: int, end: int, rules: dict[str, str],
                  index: PlaceIndex) -> bool:
    """Whether a local name is (or opens) an item of a list of things of one kind that are no
    places, the kind written by the last character all share (a county named after its
    river or mountain: 唐河 of 唐河县 in `颍河、卫河、唐河、白河`, 瀍河 in `洛河、瀍河、涧河`, 泰山
    of 泰山区 in `保护泰山、徂徕山等山体`; a river named after its county: 奉化 and 余姚 of
    `甬江、奉化江、余姚江河道`): a neighbouring item ends with the name's last character or
    one of the two after it in its item, and no part of it read from the 、 is a place (a
    local name, one of the data). Counted on every 12th bulk law (292 laws): 5 of the 15
    wrong county short names there (泰山, 瀍河, 奉化, 余姚, and 西湖 of `钱塘江、西湖水域、西溪湿地
    水域`; 唐河 stays: its neighbour 白河 is 白河县's name too), none of the 8 right; counterexamples: `江山、常山` (both places),
    `奉化、余姚、慈溪` (places), `普陀、定海` (no shared end). Not a town's full name: the
    level word its items share makes them towns (昌平区的南口镇、兴寿镇、流村镇 of a bulk law,
    南口镇 none of the data)."""
    if clean[start:end].endswith(_lexicon_words("town_suffixes")):
        return False
    bound = end
    while bound < len(clean) and bound - end < 4 and clean[bound] not in _ITEM_BOUNDS:
        bound += 1
    kinds = set(clean[end - 1:min(bound, end + 2)])
    before, after = _list_items(clean, start, bound if clean[bound:bound + 1] == "、" else end)
    return any(item[-1] in kinds and not any(_is_place(piece, rules, index) for piece in pieces)
               for item, pieces in ((before, _ends(before)), (after, _starts(after))) if item)


def _opens_feature(clean: str, end: int, rules: dict[str, str], index: PlaceIndex) -> bool:
    """Whether a local name is followed right away by the name of a lake, a river or a
    mountain (a word of jieba's dictionary of two or three characters ending in 湖, 河, 江
    or 山 that is no local name and no place recognised everywhere): the place opens that
    feature's name (rule 20: `淮阳龙湖`, 64 times in 周口市's 淮阳龙湖保护条例, a bulk law;
    `淳安千岛湖`), no GPE; so too where a dash comes between, the place the first end of a
    range whose other end is such a feature (`邛崃—岷山`, the mountains from 邛崃山 to 岷山,
    a train text's; `午岭—六盘山`), or a word of a kind of land follows (`滨海湿地`: the
    coast's wetlands, a train text's; names.yaml lexicon.land_words; the dashes:
    range_dashes); counterexamples: `萧山、余杭` (no word),
    `普陀山` (one character), `南湖、秀洲` (no feature), `成都—重庆` (places), and a
    village's, community's or subdistrict's level word right after the word (丰文街道|三河村,
    a town's full name before a village named after a river: the village's name, not the
    feature's; lexicon.settlement_after_place; gpe44, call C44f)."""
    if clean.startswith(_lexicon_words("land_words"), end):
        return True
    if clean[end:end + 1] in _lexicon_set("range_dashes"):
        end += 1
    counts = _word_counts()
    feature_ends = _lexicon_set("feature_ends")
    settlement = _lexicon_pattern("settlement_after_place")
    return any(clean[end + n - 1:end + n] in feature_ends
               and counts.get(word := clean[end:end + n], 0) > 0
               and word not in rules and word not in index.recognised
               and settlement.match(clean, end + n) is None
               for n in (2, 3))


def _is_place(word: str, rules: dict[str, str], index: PlaceIndex) -> bool:
    """Whether ``word`` is a local name of the document, a place of the data or a name
    recognised everywhere."""
    return word in rules or bool(index.lookup(word)) or word in index.recognised


def _ends(item: str) -> list[str]:
    """The ends of two characters or more of a list item read back from its 、 (支持江山:
    江山, 持江山, 支持江山): a verb before the first item is read into it."""
    return [item[i:] for i in range(len(item) - 1)]


def _starts(item: str) -> list[str]:
    """The starts of two characters or more of a list item read on from its 、 (常山建设…: 常山, …)."""
    return [item[:i] for i in range(2, len(item) + 1)]


def _beside_own_place(clean: str, start: int, end: int, place_ends: set[int],
                      rules: dict[str, str]) -> bool:
    """Whether a plain-word item of a list (``places.listed_town_short_name``) has a place
    beside it that is no plain word: one found right before its 、, or a local name of a
    rule not read as list items only right after its 、 (六横、城西: 城西 is the list's)."""
    if clean[start - 1:start] == "、" and start - 1 in place_ends:
        return True
    return clean[end:end + 1] == "、" and any(
        clean.startswith(name, end + 1) for name, rule in rules.items()
        if rule not in _LISTED_ONLY)


@lru_cache(maxsize=64)
def _local_words(names: frozenset[str],
                 villages: frozenset[str] = frozenset()) -> WordSpans | JoinedSpans:
    """A document place's local names and ``villages``, found by looking them up
    (rules.WordSpans: the longest that fits first, as ``re.compile(alternation(names))``
    finds them), made once per place: compiling that pattern cost a new place a tenth of a
    second (a province's hundreds of names; ~0.15 CPU-s over the 29 corpus reports, 5 % of
    their first pass). The villages (thousands in a prefecture's document, 110 k of the 137 k
    local words of run_jionlp.py's cold round) are found from their ends (rules.EndSpans),
    not indexed by their first two characters with the rest: this function's cost over that
    round 0.17-0.19 -> 0.11-0.13 CPU-s (most of what is left: compiling the character
    classes of rules.WordSpans, ~1 ms a place whatever its size)."""
    if not villages:
        return WordSpans(names)
    return JoinedSpans(WordSpans(names - villages), EndSpans(villages))


@lru_cache(maxsize=_PLACES_CACHED)
def local_towns(place: Place | None) -> frozenset[str]:
    """The towns (镇, 乡, 街道, 苏木: the data's level under the county) of the document's
    place by their full names: of its county, of every county of its prefecture, or of
    every county of its province (六横镇 in a document of 舟山市普陀区, 樟木镇 in 西藏's
    report): GPEs there, named places (gold dev-d34, dev-d35, dev-d41). They carry no
    code: the data gives towns none. A name of two characters is one only where jieba's
    dictionary has it as a place (乌镇; not 口镇, a word of its own)."""
    return _town_kinds(place)[0]


def listed_towns(place: Place | None) -> frozenset[str]:
    """The towns of :func:`local_towns`' place named by a plain word and its level word
    (建设街道, 胜利街道, 奋斗镇 of 海拉尔区): GPEs there only as an item of a list of places
    (支持奋斗镇、哈克镇…; rule ``places.listed_town``, as :func:`listed_names` for counties),
    not alone (加快建设街道…, 奋斗镇农业发展园区)."""
    return _town_kinds(place)[1]


@lru_cache(maxsize=_PLACES_CACHED)
def _town_kinds(place: Place | None) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`local_towns` and :func:`listed_towns` of ``place``, sorted in one pass over
    its towns (each town's stem looked up once: two passes cost a new province's
    document some 3 ms of its place data). Kept in the cache folder a file a place (S48h:
    a county's towns read from the division data, ~0.7 ms a place, 0.1 CPU-s of a fresh
    ``run`` over the corpus and 100 bulk files, read back in a fraction of that)."""
    if place is None or place.province is None \
            or place.level not in ("county", "prefecture", "province"):
        return frozenset(), frozenset()  # no towns (_place_towns): nothing to keep
    return _stored_for_place("towns", place, place_index(), lambda: _sorted_towns(place))


def _sorted_towns(place: Place | None) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_town_kinds`, built."""
    local: list[str] = []
    listed: list[str] = []
    for name in _place_towns(place):
        if not _plain_town(name):
            local.append(name)
        elif len(name) >= 3:
            listed.append(name)
    return frozenset(local), frozenset(listed)


def _town_written_out(name: str) -> bool:
    """Whether a plain word's town (:func:`listed_towns`) is written out as a town alone:
    by 镇, 乡 or 苏木 (奋斗镇, 双桥镇, 中和镇: no phrase of the plain word ends so), unless
    the word's last character and the level word make a word of the dictionary (大城|镇:
    城镇) or the whole name is one (a dictionary's 特色小镇); not by 街道, which a verb or a
    modifier takes as streets (建设街道, 胜利街道: those only in a list)."""
    stem = _town_stem(name)
    level = name[len(stem):]
    counts = _word_counts()
    return level in ("镇", "乡", "苏木") and stem[-1] + level[0] not in counts \
        and name not in counts


def _level_compound(clean: str, end: int) -> bool:
    """Whether the level word ending a town's name at ``end`` reads on as a word of towns
    and villages (names.yaml ``lexicon.town_level_words``: 建设|镇村公共服务设施, 交通|镇域
    路网), unless the character after it opens a word of the dictionary (奋斗镇|村民)."""
    words = _lexicon_set("town_level_words")
    return clean[end - 1:end + 1] in words and clean[end:end + 2] not in _word_counts()


def _plain_town(name: str) -> bool:
    """Whether a town's name without its level word is a plain word (建设 of 建设街道:
    jieba's dictionary counts it more than a province's county names may be counted)."""
    return _word_counts().get(_town_stem(name), 0) > _PROVINCE_COUNTY_COUNT


@lru_cache(maxsize=1024)
def _division_block(place: Place, depth: int) -> tuple[int, int] | None:
    """The division data's lines under ``place`` (its line at ``depth`` tabs, up to the next
    line at that depth or above): where the block starts in :func:`_location_text` (inside
    its own line) and where it ends; None where the data has no such line. Offsets, not a
    slice: a province's block is up to 0.77 M characters (山东省), copied a place (the
    patterns run with ``pos`` and ``endpos``, and the offsets are cheap to remember)."""
    text = _location_text()
    head = _line_of(text, place.code, depth)
    if head is None:
        return None
    # ``head`` is inside its line: the block ends after a newline (_DEPTH_LINE)
    end = _DEPTH_LINE[depth].search(text, head)
    return head, end.start() + 1 if end else len(text)


#: a division's line of the data: its name and its short name (``name\tcode\tshort``)
_OWN_LINE = re.compile(r"\t*([^\t\r\n]+)\t[^\t\r\n]*\t([^\t\r\n]*)")
#: the lines of a division's block (:func:`_division_block`, which starts inside its own
#: line) at a county's or a town's depth, at a town's or a village's, and the newline
#: that ends a block at each depth; each from its newline (a pattern opening with ``^``
#: and re.MULTILINE tries every position of the block as a line's start: twice the time)
_TOWN_LINE = re.compile(r"\n(\t{2,3})([^\t\r\n]+)(?:\t[^\t\r\n]*\t([^\t\r\n]*))?")
_DEPTH_LINE = tuple(re.compile(f"\n\t{{0,{depth}}}[^\t\r\n]") for depth in range(3))


@lru_cache(maxsize=_PLACES_CACHED)
def _place_towns(place: Place | None) -> frozenset[str]:
    """Every town of the data under the document's place (its county, prefecture or
    province), by its full name; two-character names only where jieba's dictionary has
    them as places (乌镇; not 口镇). Remembered per place: :func:`local_towns` and
    :func:`listed_towns` both read it (a province's block read twice cost a new place's
    document ~10 ms)."""
    if place is None or place.province is None \
            or place.level not in ("county", "prefecture", "province") \
            or place.code[:2] in _MUNICIPALITIES and place.level == "prefecture":
        return frozenset()
    found = _division_block(place, {"county": 2, "prefecture": 1, "province": 0}[place.level])
    if found is None:
        return frozenset()
    text, (head, end) = _location_text(), found
    tags = jieba_dictionary()[0]
    names: set[str] = set()
    # matched in place (a slice from the line to the data's end copied megabytes a place)
    own = _OWN_LINE.match(text, text.rfind("\n", 0, head) + 1)
    counties = tuple(n for n in own.groups() if n) if own and place.level == "county" else ()
    suffixes = _lexicon_words("town_suffixes")
    for tabs, name, short in _TOWN_LINE.findall(text, head, end):  # fields as tuples
        if len(tabs) == 2:
            counties = tuple(n for n in (name, short) if n)
            continue
        if name.endswith(suffixes) \
                and (len(name) >= 3 or len(name) == 2 and tags.get(name) == "ns"):
            names.add(name)
            # most towns' names open with no name of their county's (one look first, not a
            # call a town: a province's document reads thousands)
            if name.startswith(counties) \
                    and (bare := _without_county(name, counties)) is not None:
                names.add(bare)
    return frozenset(names)


@lru_cache(maxsize=64)
def county_towns(place: Place | None, index: PlaceIndex | None = None) -> frozenset[str]:
    """A county's short name and one of its own towns without its level word, written
    together (建德梅城: 建德市's 梅城镇, gold dev-d11), in a document of that county's
    prefecture or of a county in it: one GPE, the town's as its county writes it (not GPE
    建德 and a word 梅城). Not a town whose name ends in a lake's, a river's or a
    mountain's character (淳安|千岛湖 opens the lake's name: :func:`_opens_feature`) nor an
    ordinal one (扎赉诺尔|第一街道: 第一 opens other names, 扎赉诺尔第一中学)."""
    index = index or place_index()
    scope = place if place is None or place.level != "county" else _prefecture_of(place, index)
    if scope is None or scope.level != "prefecture":
        return frozenset()
    names = set()
    for short, county in local_names(scope, index).items():
        if not county.within(scope):
            continue
        for town in local_towns(county):  # not a plain word's (海拉尔|建设 of 建设街道)
            stem = _town_stem(town)
            if len(stem) >= 2 and stem[-1] not in _lexicon_set("feature_ends") and stem[0] != "第":
                names.add(short + stem)
    return frozenset(names)


@lru_cache(maxsize=64)
def local_villages(place: Place | None) -> frozenset[str]:
    """The villages (村, 嘎查: the data's level under the town) of a county's or a
    prefecture's document: each written after its own town (奋斗镇胜利村, 哈克镇团结村 in
    海拉尔区's text: one GPE, the town's name a plain word or not), and alone where its name
    without 村 is no plain word of jieba's dictionary and no place of its own (下姜村 of
    淳安县 in 杭州市's text, gold dev-d58; not 胜利村, 中心村, a village of many towns).
    None for a province's (thousands of them) nor a municipality's."""
    if place is None or place.province is None or place.level not in ("county", "prefecture") \
            or place.code[:2] in _MUNICIPALITIES and place.level == "prefecture":
        return frozenset()
    found = _division_block(place, {"county": 2, "prefecture": 1}[place.level])
    if found is None:
        return frozenset()
    text, (head, end) = _location_text(), found
    index, counts = place_index(), _word_counts()
    names: set[str] = set()
    town = ""
    last_first = tuple(reversed(_lexicon_words("village_suffixes")))  # 嘎查, then 村
    town_suffixes = _lexicon_words("town_suffixes")
    # the lines' fields as tuples, the tables' look-ups bound once: a prefecture's block
    # has thousands of villages (杭州市: 3,276 kept), read on the first document of a place;
    # the pattern returns the towns' lines and the villages' only (not the communities',
    # …社区, about half the lines: no tuple made nor tested for them)
    places, recognised = index.by_name.get, index.recognised
    for town_line, name in _village_lines().findall(text, head, end):
        if town_line:
            town = town_line if town_line.endswith(town_suffixes) else ""
            continue
        if town:
            names.add(town + name)
        stem = name
        for suffix in last_first:
            stem = stem.removesuffix(suffix)
        if len(stem) >= 2 and counts.get(stem, 0) <= _TOWN_STEM_COUNT \
                and not places(stem) and stem not in recognised:
            names.add(name)
    return frozenset(names)


@lru_cache(maxsize=1)
def _village_lines() -> re.Pattern[str]:
    """The lines of a division's block (:func:`_division_block`) :func:`local_villages`
    reads: a town's (three tabs: its name, the first group) and a village's (four tabs: its
    name, the second group) whose name ends in one of names.yaml's ``village_suffixes``
    and is three characters long or more (not the communities, …社区, about half of the
    village level's lines); deeper lines are neither. From each line's newline, as
    :data:`_TOWN_LINE`."""
    ends = "|".join(f"{_FIELD_CHAR}{{{max(3 - len(s), 0)},}}{re.escape(s)}"
                    for s in _lexicon_words("village_suffixes"))
    return re.compile(rf"\n\t\t\t(?:({_FIELD_CHAR}+)|\t((?:{ends}))(?!{_FIELD_CHAR}))")


#: a character of a field of the division data (no tab, no line's end)
_FIELD_CHAR = r"[^\t\r\n]"


def _without_county(name: str, counties: Sequence[str]) -> str | None:
    """A town's name as written, where the data writes its county's name (full or short,
    ending in a level word) in front of it: 巴彦库仁镇 of the data's 陈旗巴彦库仁镇 (陈巴尔虎旗,
    short name 陈旗), 乌兰花镇 of 四子王旗乌兰花镇, 习城乡 of 濮阳县习城乡; not where what
    follows has one character before its level word (卓资山镇, 思茅港镇 are names of their
    own) or the county's name ends in no level word (东丽湖街道, 多伦诺尔镇); not under a
    development zone's line (长春汽车经济技术开发区特殊镇 names no town)."""
    for county in counties:
        rest = name[len(county):]
        if county[-1] in "县旗市区" and name.startswith(county) and "开发区" not in county \
                and len(_town_stem(rest)) >= 2 and rest.endswith(_lexicon_words("town_suffixes")):
            return rest
    return None


@lru_cache(maxsize=1024)
def town_county(name: str) -> Place | None:
    """The county a town written by its full name lies in (六横镇, 沈家门街道 → 舟山市普陀区),
    where the data has one town so called; else None. A task list cut out of a county's
    document names its towns, not its county (gold dev-d41): they say whose it is."""
    if not name.endswith(_lexicon_words("town_suffixes")) or name not in _data_town_names():
        return None  # no town so called (the set, before a search of the data's text)
    text = _location_text()
    key = f"\n\t\t\t{name}\r"
    found = text.find(key)
    if found == -1 or text.find(key, found + 1) != -1:
        return None
    line = found
    while (line := text.rfind("\n\t\t", 0, line)) != -1 and text[line + 3] == "\t":
        pass  # back over the villages and towns to the county's line (two tabs)
    match = _DIVISION_LINE.match(text, line + 1) if line != -1 else None
    return place_index().by_code.get(match.group(3)) if match and match.group(3) else None


@lru_cache(maxsize=4096)
def data_town(name: str) -> bool:
    """Whether ``name`` is a town's full name in the division data (西航港街道, 九江街道: one
    town or several of that name; not 美丽城镇, 怡心街道, named after the data)."""
    return name.endswith(_lexicon_words("town_suffixes")) and name in _data_town_names()


@lru_cache(maxsize=1)
def _data_town_names() -> frozenset[str]:
    """Every town's full name of the division data (its lines of three tabs), read once a
    process: a set, where searching the data's text for each name asked cost ~7 ms a name."""
    return frozenset(re.findall(r"\n\t\t\t([^\t\r\n]+)\r", _location_text()))


def town_in_town(name: str) -> bool:
    """Whether ``name`` opens with a town's full name the division data holds once
    (:func:`town_county`: 瓶窑镇) and runs on to another town's level word (瓶窑镇|美丽城镇,
    瓶窑镇|中心镇): a town holds villages, no town (C40p), so the words after it are a
    class of towns or a programme, and the town is the place. Not a county's town
    (靖西市|龙邦镇: the county is no town) nor a town's village (…镇|…村)."""
    suffixes = _lexicon_words("town_suffixes")
    if not name.endswith(suffixes):
        return False
    return any(name.endswith(suffixes, 0, k) and town_county(name[:k]) is not None
               for k in range(3, len(name) - 1))


def _town_stem(name: str) -> str:
    """A town's name without its level word (六横 of 六横镇, 沈家门 of 沈家门街道)."""
    return name[:-2] if name.endswith(("街道", "苏木")) else name[:-1]


@lru_cache(maxsize=64)
def town_short_names(place: Place | None) -> frozenset[str]:
    """The towns of a county's own document written without their level word (六横, 展茅,
    沈家门 in a report of 舟山市普陀区: gold dev-d41), of two characters or more, rare words
    of jieba's dictionary or none (not 桃花 of 桃花镇) and no other place's name (not 普陀山
    of 普陀山镇, a site; not a road, 宜川路 of 宜川路街道): a county's report names its towns so, a prefecture's or a
    province's rarely (where they are hundreds)."""
    if place is None or place.level != "county":
        return frozenset()
    return _town_stems(place, _TOWN_STEM_COUNT)


def _town_stems(place: Place, most: int) -> frozenset[str]:
    """The stems of the towns of ``place`` (:func:`local_towns`) of two characters or more,
    no road's or street's (宜川路), no place's name, counted by jieba's dictionary at most
    ``most`` times."""
    index = place_index()
    counts = _word_counts()
    stems = (_town_stem(name) for name in local_towns(place))
    return frozenset(stem for stem in stems
                     if len(stem) >= 2 and not stem.endswith(("路", "街"))
                     and counts.get(stem, 0) <= most
                     and not index.lookup(stem) and stem not in index.recognised)


@lru_cache(maxsize=64)
def wide_town_short_names(place: Place | None) -> frozenset[str]:
    """The towns of a prefecture's or a province's document written without their level word
    (博鳌 of 琼海市's 博鳌镇 and 潭门 of its 潭门镇 in 海南's report: `推进崖州、博鳌、潭门片区化建设`,
    gold dev-d43; C37q): two characters or more, no other place's name, no road's, and counted
    by jieba's dictionary no more often than a county's short name read in a province's
    document may be (_PROVINCE_COUNTY_COUNT: 博鳌 87; not 城西, 新城). Hundreds in such a
    document, so GPEs there only as an item of a list after a place (rule
    ``places.listed_wide_town``, :func:`_listed_wide_towns`), never alone (a county's own
    report names its towns alone: :func:`town_short_names`)."""
    if place is None or place.level not in ("prefecture", "province"):
        return frozenset()
    # kept in the cache folder a file a place: a province's thousands of towns read from the
    # division data and their stems looked up, ~4 ms a new place (0.14 CPU-s of the first
    # round of run_jionlp.py's texts), read back in a fraction of a millisecond
    return _stored_for_place("wide", place, place_index(),
                             lambda: _town_stems(place, _PROVINCE_COUNTY_COUNT))


def _listed_wide_towns(clean: str, place: Place | None, found: Sequence[Candidate],
                       taken: Sequence[Candidate], tokenizer: jieba.Tokenizer | None
                       ) -> list[Candidate]:
    """The items of a list of places after a GPE that are towns of a prefecture's or a
    province's document written without their level word (:func:`wide_town_short_names`:
    崖州、|博鳌|、|潭门 in 海南's report, gold dev-d43; C37q), walked along the list: each right
    after a place found and 、 (or right after such an item with no mark between: 崖州、博鳌|潭门
    as d43 writes it), a whole word, where no other mention stands. Not alone (博鳌
    亚洲论坛 is the forum's), not before the first place of the list, and no item makes another
    item a place (a list of sites, 大熊猫、都江堰、三苏祠, stays as it was)."""
    stems = wide_town_short_names(place)
    if not stems:
        return []
    longest = max(map(len, stems))
    gpes = sorted((c for c in [*taken, *found] if c.label == "GPE"), key=lambda c: c.start)
    busy = [(c.start, c.end) for c in [*taken, *found]]
    out: list[Candidate] = []
    for c in gpes:
        at, gap = c.end, 1
        # an item after 、, or a town written right after one of these (博鳌潭门 of d43's
        # 推进崖州、博鳌潭门片区化建设: two towns, no mark between them)
        while clean[at:at + 1] == "、" or gap == 0:
            item = next((clean[at + gap:at + gap + n] for n in range(longest, 1, -1)
                         if clean[at + gap:at + gap + n] in stems), None)
            if item is None:
                break
            s, e = at + gap, at + gap + len(item)
            if any(a < e and s < b for a, b in busy) \
                    or tokenizer is not None and not _whole_word(tokenizer, clean, s, e):
                break
            out.append(Candidate(start=s, end=e, label="GPE", norm=item,
                                 rule="places.listed_wide_town", score=0.7))
            busy.append((s, e))
            at, gap = e, 0 if clean[e:e + 1] != "、" else 1
    return out


#: the most characters before a town's level word that places.data_town reads back (the
#: data's longest town names run to six before 街道 or 镇)
_DATA_TOWN_STEM = 6
_TOWN_LEVEL_AT = re.compile("街道|苏木|镇|乡")
#: what joins two items of a list of towns (映秀镇、甪直镇; 西塘镇和胜利乡)
_TOWN_JOINERS = frozenset("、和及与")
#: the spaces and line breaks between two cells of a table's column (映秀镇 和平镇) read as
#: a list's joiner, at most this many
_CELL_SPACES = " \u3000\t\r\n"
_CELL_GAP = 3


def _item_before(clean: str, start: int) -> int:
    """Where the item before a list's item starting at ``start`` ends: before one of
    :data:`_TOWN_JOINERS` or a run of up to three spaces and line breaks (a table's cells);
    -1 where neither stands there."""
    if start and clean[start - 1] in _TOWN_JOINERS:
        return start - 1
    gap = len(clean[max(0, start - _CELL_GAP):start]) - len(
        clean[max(0, start - _CELL_GAP):start].rstrip(_CELL_SPACES))
    return start - gap if gap else -1


def _item_after(clean: str, end: int) -> int:
    """Where the item after a list's item ending at ``end`` starts (:func:`_item_before`
    the other way); -1 where nothing joins them."""
    if clean[end:end + 1] in _TOWN_JOINERS and clean[end:end + 1]:
        return end + 1
    gap = len(clean[end:end + _CELL_GAP]) - len(clean[end:end + _CELL_GAP].lstrip(_CELL_SPACES))
    return end + gap if gap else -1


def data_towns(clean: str, busy: Sequence[Candidate],
               tokenizer: jieba.Tokenizer | None = None) -> list[Candidate]:
    """Towns of the division data written by their full names in a text of any place
    (gpe42, call C42f): a task list or a report names the towns of another county too
    (a partner county's towns, a prefecture's towns in a cut of its report whose own place
    is not read: 映秀镇、甪直镇), which :func:`local_towns` finds only in a document of
    their county or prefecture. A name is the data's town's (:func:`data_town`: a town of
    that name somewhere), read back from its level word (街道, 苏木, 镇, 乡) the longest
    that fits, where a word starts (jieba) and no other mention stands over it; not where
    the level word reads on as a word of towns and villages (镇村, 乡村: :func:`_level_compound`
    and the dictionary). Alone only a town of a rare name: two characters or more before the
    level word, no plain word (:func:`_plain_town`: 和平镇, 建设街道, 中心镇), no common word
    of the dictionary across the stem's end and the level word (the laws' 城市|和村镇: 村镇;
    the tagger, which holds the data's towns, takes 和村镇 for one word) and, for 镇, 乡
    and 苏木, written out as a town (:func:`_town_written_out`) or a rare word before its
    level word (漩口镇, or a town the dictionary holds as one word); the others only as an
    item of a list with such a town or a place found (、, 和, 及, 与, or the spaces and line
    breaks between the cells of a table's column of responsible units: 龙镇、西塘镇和胜利乡).
    Scored a little below the document's own towns (0.7)."""
    counts = _word_counts()
    spans = [(c.start, c.end) for c in busy]
    gpes = [c for c in busy if c.label == "GPE"]
    strong: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    for m in _TOWN_LEVEL_AT.finditer(clean):
        end = m.end()
        if _level_compound(clean, end) or end < len(clean) and clean[end - 1:end + 1] in counts:
            continue  # 镇村, 乡村: a word of towns and villages
        start = next((m.start() - n for n in range(_DATA_TOWN_STEM, 0, -1)
                      if m.start() - n >= 0 and data_town(clean[m.start() - n:end])), None)
        if start is None or any(s < end and start < e for s, e in spans):
            continue
        name = clean[start:end]
        stem = _town_stem(name)
        if tokenizer is not None and not _whole_word(tokenizer, clean, start, start):
            continue  # no word starts there (a longer word runs into the town)
        alone = len(stem) >= 2 and not _plain_town(name) \
            and counts.get(name[len(stem) - 1:len(stem) + 1], 0) <= _PROVINCE_COUNTY_COUNT \
            and (name.endswith("街道") or _town_written_out(name)
                 or counts.get(stem, 0) <= _TOWN_STEM_COUNT)
        (strong if alone else weak).append((start, end))
    # a plain word's town (three characters or more) right after its own county: the county
    # says it is the town (C42ga, as :func:`held_towns` reads 东莞市|长安镇)
    kept = strong + [(s, e) for s, e in weak if e - s >= 3
                     and _own_county_before(clean, s, clean[s:e], town_county(clean[s:e]))[0]]
    ends = {e for _, e in kept} | {c.end for c in gpes}
    starts = {s for s, _ in kept} | {c.start for c in gpes}
    while True:  # a list item beside a town kept or a place found, walked both ways, or
        # written right against a town kept (the cells of a table's column, their spaces
        # dropped by the view: 映秀镇和平镇甪直镇; a town holds no town, C40p)
        town_ends, town_starts = {e for _, e in kept}, {s for s, _ in kept}
        more = [(s, e) for s, e in weak if (s, e) not in kept and (
            _item_before(clean, s) in ends or _item_after(clean, e) in starts
            or s in town_ends or e in town_starts)]
        if not more:
            break
        kept += more
        ends |= {e for _, e in more}
        starts |= {s for s, _ in more}
    out = []
    for s, e in sorted(kept):
        county = town_county(clean[s:e])
        # the town's own county written right before it, by any name the data gives it (its
        # full name, its stem, an autonomous county's 民和县), one GPE over both as
        # :func:`held_towns` makes it (C38r); the county's GPE inside is dropped
        # (:func:`inside_towns`: a GPE the town's span opens with). A town of a name several
        # counties hold is looked up among that county's own towns (C42ga)
        before, own = _own_county_before(clean, s, clean[s:e], county)
        if before and not any(a < s and s - before < b and a < s - before
                              for a, b in spans):
            s -= before
            county = own
        # a village of the town's county written on after it (映秀镇|中滩堡村: the town one of
        # its name in the data, :func:`town_county`; as :func:`held_towns` reads on)
        after = clean[e:e + _HELD_VILLAGE_MOST]
        if any(v in after for v in _lexicon_words("village_suffixes")) \
                and county is not None and (villages := local_villages(county)):
            end = next((e + n for n in range(len(after), 1, -1)
                        if clean[e:e + n] in villages), e)
            if not any(a < end and e < b for a, b in spans):
                e = end
        out.append(Candidate(start=s, end=e, label="GPE", norm=clean[s:e],
                             rule="places.data_town", score=0.7))
    return out


#: the most characters of a county's name read back before its town (民和回族土族自治县: 9)
_OWN_COUNTY_MOST = 10


def _own_county_before(clean: str, start: int, town: str,
                       county: Place | None) -> tuple[int, Place | None]:
    """How many characters before ``start`` name the county the town ``town`` lies in, and
    that county ((0, None) where none does): any name the data gives a county (its full
    name, its stem, an autonomous county's 县 name: 民和县; :meth:`PlaceIndex.counties`),
    the longest that ends right there and holds the town among its own towns
    (:func:`local_towns`, :func:`listed_towns`), or is the one county of the town's name
    (``county``, :func:`town_county`). A town's name several counties hold is its county's
    where that county is written right before it (邓州|陶营镇: gpe42b, call C42ga)."""
    index = place_index()
    for n in range(min(_OWN_COUNTY_MOST, start), 1, -1):
        for place in index.counties(clean[start - n:start]):
            if place.province is not None and (
                    county is not None and place.code == county.code
                    or county is None and town in local_towns(place) | listed_towns(place)):
                return n, place
    return 0, None


@lru_cache(maxsize=64)
def listed_town_short_names(place: Place | None) -> frozenset[str]:
    """The towns of a county's own document written without their level word where the rest
    is a plain word (城西 of 城西街道 in a report of 舟山市普陀区: `紧盯六横、城西、展茅等重点区块`,
    gold dev-d41): GPEs there only as an item of a list of places (rule
    ``places.listed_town_short_name``, as :func:`listed_towns` for the full names), not alone
    (城西片区), and only beside a place of its own (a place found before it, or a name of
    the document that is no plain word after it: not 健康、建设 of 海拉尔区's 健康街道 and
    建设街道). Two characters or more, no road's or street's name, no name recognised
    everywhere; a name of a place elsewhere is no bar (城西区 of 西宁: a list of the county's
    places names its towns)."""
    if place is None or place.level != "county":
        return frozenset()
    index = place_index()
    counts = _word_counts()
    stems = (_town_stem(name) for name in local_towns(place) | listed_towns(place))
    return frozenset(stem for stem in stems
                     if len(stem) >= 2 and not stem.endswith(("路", "街"))
                     and counts.get(stem, 0) > _TOWN_STEM_COUNT
                     and stem not in index.recognised)


def _line_of(text: str, code: str, depth: int) -> int | None:
    """Where the data's line of ``code`` at ``depth`` (``\\t{depth}name\\tcode\\t``) ends
    its code field: the code found by a plain string search and its line's indentation
    checked (a regular expression anchored at every line start reads the whole text). In
    the data's own text the search starts at its prefecture's line, else its province's
    (:func:`_division_start`): a search from the start read 6.8 M characters, ~5 ms a new
    place; from the province's line, ~0.25 ms a county (most of a county's towns' time)."""
    return _line_from(text, code, depth,
                      _division_start(code) if text is _location_text() else 0)


def _line_from(text: str, code: str, depth: int, pos: int) -> int | None:
    key = f"\t{code}\t"
    pos = text.find(key, pos)
    while pos != -1:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        name = line[depth:]
        if line[:depth] == "\t" * depth and name and name[0] not in "\t\r" and "\t" not in name:
            return pos + len(key)
        pos = text.find(key, pos + 1)
    return None


def _division_start(code: str) -> int:
    """Where the line of the prefecture of the division ``code`` starts in the data's text,
    for a county's code (``code[:4] + "00"``, a line of one tab), else of its province (0 for
    a code of another form or one whose province has no line): the data lists each
    province's and each prefecture's divisions after its own line, so the first line of a
    code there is its first line in the text (tests/test_places.py checks every code)."""
    if len(code) != 6 or not code.isdigit():
        return 0
    if code[4:] != "00":
        return _prefecture_line(code[:4])
    return _province_line(code[:2])


def _province_line(prefix: str) -> int:
    """Where the line of the province whose code starts with ``prefix`` starts (0 if none)."""
    return _province_lines().get(prefix, 0)


#: a province's line of the data (no tab before its name): its code's first two digits
_PROVINCE_LINE = re.compile(r"[^\t\r\n]+\t(\d\d)0000\t")
#: what ends a province's code on its line (:data:`_PROVINCE_LINE`)
_PROVINCE_CODE_END = "0000\t"


@lru_cache(maxsize=1)
def _province_lines() -> dict[str, int]:
    """Where the first line (no tab) of each province's code starts in the data's text,
    by the code's first two digits, where a search of a province's code from the start
    read ~3 M characters, ~6 ms a province (18 in a round over the corpus and the bulk
    slice)."""
    text = _location_text()
    starts: dict[str, int] = {}
    # only a line holding a province's code (``XX0000`` and a tab) can be one: each found
    # by a plain string search (66 in the data) and matched from its line's start, where a
    # hop from each line of no tab to the next read every line (~25-90 ms a process)
    pos = text.find(_PROVINCE_CODE_END)
    while pos != -1:
        start = text.rfind("\n", 0, pos) + 1
        if line := _PROVINCE_LINE.match(text, start):
            starts.setdefault(line.group(1), start)
        pos = text.find(_PROVINCE_CODE_END, pos + 1)
    return starts


@lru_cache(maxsize=1024)
def _prefecture_line(prefix: str) -> int:
    """Where the line (one tab) of the prefecture whose code starts with ``prefix`` (four
    digits) starts; its province's line where the data has none."""
    text = _location_text()
    head = _line_from(text, prefix + "00", 1, _province_line(prefix[:2]))
    return _province_line(prefix[:2]) if head is None else text.rfind("\n", 0, head) + 1


def _division_text(path: Path) -> str:
    """The text of a ``china_location.zip`` (jionlp's division data)."""
    try:
        with zipfile.ZipFile(path) as z:
            return z.read("china_location.txt").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise PolicyExtractError(f"{path}: cannot read the division data ({exc})") from None


@lru_cache(maxsize=1)
def _location_text() -> str:
    """jionlp's division data, down to the villages: read once a process (by
    :func:`china_divisions` where the place index is built, else by the towns and villages
    of the first document's place), from the cache folder where it was kept
    (patterncache.stored_value, keyed on the zip's size and time: 0.064 -> 0.022 CPU-s, the
    zip's inflating and decoding left out)."""
    path = _jionlp_dictionary() / "china_location.zip"
    try:
        stat = path.stat()
    except OSError:
        return _division_text(path)  # raises the error of a missing file
    return stored_value("location", f"china_location 1\n{path}\t{stat.st_size}\t"
                        f"{stat.st_mtime_ns}", lambda: _division_text(path))


#: a place in brackets right after a name's word (中欧班列（成都）, 新时代浙江（安吉）县域…
#: 试验区): part of that name (ANNOTATION rules 6, 20); not after a division's or a zone's
#: name, whose second name it is (无锡高新区（新吴区）)
_BRACKETED = re.compile(r"[\u4e00-\u9fff](?<![区县市省州旗])[（(]$")
#: several places listed in the brackets of a national name (中国（郑州、洛阳）跨境电子商务综合
#: 试验区): the items before the place and after it; only after 中国, since a common noun's
#: brackets list examples (部分省份（北京、上海）率先试点: GPEs)
_ITEM = r"[^（()）、，,。；;\n]{1,8}"
_BRACKETED_LIST_BEFORE = re.compile(r"中国[（(](?:" + _ITEM + r"、)*$")
_BRACKETED_LIST_AFTER = re.compile(r"(?:、" + _ITEM + r")*[）)]")


@lru_cache(maxsize=1)
def _event_after() -> re.Pattern[str]:
    """A one-off event a national name in brackets opens (第十五届中国（温州）国际园林博览会,
    names.yaml ``lexicon.event_heads``): rule 11 labels the place inside an event, which is
    no name (the development gold: GPE 温州)."""
    return re.compile(r"[）)][^。，,；;：:！？、（()）\n]{0,16}?(?:"
                      + "|".join(map(re.escape, _lexicon_words("event_heads"))) + ")")


@lru_cache(maxsize=1)
def _road_after() -> re.Pattern[str]:
    """A road or railway named by its two ends (周至至乾县、西安至永寿等高速公路,
    names.yaml ``lexicon.road_ends_heads``): the places are part of it (rule 20); the head
    comes within the clause, or 段 right after the second end, the section of a road named
    before (川藏铁路…雅安至林芝段: FAC, as every 至…段 of the development gold, 京沪高速新沂
    至江都段, 波密至然乌段铁路; not 阶段, 时段, 地段, 片段)."""
    return re.compile(r"[^。，,；;：:！？]{0,16}?(?:"
                      + "|".join(map(re.escape, _lexicon_words("road_ends_heads")))
                      + r")|(?:至[\u4e00-\u9fff]{1,6}?)?(?<![阶时地片手至])段")


def bracketed_event(clean: str, start: int, end: int) -> bool:
    """Whether the place ``clean[start:end]`` fills the brackets of 中国（…） that open a
    one-off event (中国（温州）国际园林博览会): a GPE, the event no name (rule 11)."""
    return clean.endswith(("中国（", "中国("), 0, start) \
        and _event_after().match(clean, end) is not None


@lru_cache(maxsize=1)
def event_opened() -> re.Pattern[str]:
    """The rest of a one-off event's name after a place, within one phrase (杭州|第19届亚运会,
    二十国集团领导人里约热内卢|峰会; names.yaml ``lexicon.event_heads``), not an organ's
    congress (海拉尔区第十五届人民|代表大会: an ORG)."""
    return re.compile(r"[^。，,；;：:！？、（()）《》“”\n]{0,14}?(?<!代表)(?:"
                      + "|".join(map(re.escape, _lexicon_words("event_heads"))) + ")")


def opens_event(clean: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a one-off event's name (杭州第19届亚运会,
    巴黎残奥会): rule 11 labels the place inside an event, which is no name (as the
    development gold d52 labels 天津 and 台湾 in 天津台湾商品博览会)."""
    return event_opened().match(clean, end) is not None


def after_event_head(clean: str, start: int) -> bool:
    """Whether the place at ``start`` fills brackets right after a one-off event's head
    (全球公共安全合作论坛（连云港）2026年大会, gold dev-d53; names.yaml ``lexicon.event_heads``):
    where the event is held, a GPE (rule 11: an event is no name, a place inside one is
    labelled; gold/dev/NOTES.md C37p), not a part of a labelled name as in 中欧班列（成都）."""
    return clean.endswith(_event_brackets(), 0, start)


@lru_cache(maxsize=1)
def _event_brackets() -> tuple[str, ...]:
    """Each event head with an opening bracket after it (论坛（, 博览会(): :func:`after_event_head`."""
    return tuple(f"{head}{bracket}" for head in _lexicon_words("event_heads") for bracket in "（(")


def event_after_brackets(clean: str, close: int) -> bool:
    """Whether the closing bracket at ``close`` opens the rest of a one-off event's name
    (中新（重庆）|互联互通论坛): rule 11 labels the places inside an event."""
    return _event_after().match(clean, close) is not None


def inside_name(clean: str, start: int, end: int) -> bool:
    """Whether the place ``clean[start:end]`` is written as part of a longer name: in
    brackets right after a word of it (not in the brackets of 中国（…） that open a one-off
    event, 中国（温州）国际园林博览会, nor in brackets right after an event's head,
    全球公共安全合作论坛（连云港）: :func:`after_event_head`), or as one end of a road named by
    its ends."""
    if clean[end:end + 1] in "）)" and _BRACKETED.search(clean, max(0, start - 2), start):
        return not (bracketed_event(clean, start, end) or after_event_head(clean, start))
    if ("、" in clean[max(0, start - 1):end + 1]
            and _BRACKETED_LIST_BEFORE.search(clean, max(0, start - 40), start)
            and _BRACKETED_LIST_AFTER.match(clean, end)):
        return True
    if clean[end:end + 1] == "至" or clean[start - 1:start] == "至" and start > 1:
        return _road_after().match(clean, end) is not None
    return False


#: the labels of a name that, written after a list of places, ends that list (北海、防城港跨境电商
#: 综合试验区: the list's places share the words after the last one)
_LIST_ENDING = frozenset({"ORG", "FAC", "INITIATIVE"})


def last_listed_places(clean: str, found: Sequence[Candidate],
                       index: PlaceIndex | None = None) -> list[Candidate]:
    """``found`` with each name that starts with a place and follows a GPE of that place's
    level and 、 cut to that place, a GPE: the last item of a list of places whose words
    after it are shared by every item, no name of one of them (梧州、北海、防城港跨境电商综合
    试验区, 广州、深圳都市圈, 汕头、湛江临港经济区, 日本、韩国行业协会: gold dev-d21, d30, d44,
    d16). A place of another level is no item of the list (朝阳区、北京经济技术开发区: an
    ORG, gold dev-d05)."""
    index = index or place_index()
    gpe_ends = {c.end: c for c in found if c.label == "GPE"}
    out = []
    for c in found:
        before = gpe_ends.get(c.start - 1)
        if c.label in _LIST_ENDING and before is not None and clean[c.start - 1] == "、":
            part = index.prefix(clean[c.start:c.end])
            here = index.resolve(part) if part else None
            there = index.resolve(clean[before.start:before.end])
            if here is not None and there is not None and here.level == there.level:
                c = Candidate(start=c.start, end=c.start + len(part or ""), label="GPE",
                              norm=part, rule="places.last_listed_place", score=0.8)
        out.append(c)
    return out


def _whole_word(tokenizer: jieba.Tokenizer, clean: str, start: int, end: int) -> bool:
    from .segment import on_word_boundaries  # segment reads this module's place names
    return on_word_boundaries(tokenizer, clean, start, end)


def _level_word(name: str) -> str | None:
    """The level of the document's place a name starting with a bare level word refers
    to (``市发展改革委`` → prefecture), or None."""
    if name.startswith(_lexicon_words("not_levels")):
        return None
    for word, level in DEPENDENT_LEVELS:
        if name.startswith(word) and (len(name) > len(word) or level == "country"):
            return level  # 国务院 is itself the state's; 市 alone is nothing
    return None


def link_mentions(mentions: Sequence[Mention], doc_place: Place | None,
                  index: PlaceIndex | None = None) -> tuple[Mention, ...]:
    """Each mention with its place columns: a GPE its code, province and place; an ORG
    or FAC the place its name starts with (常德市发展改革委) or, written with a bare
    level word (市发展改革委, 省委, 区政府), the document's place at that level."""
    index = index or place_index()
    out = []
    # a document writes the same few names again and again (常德 fifty times): the place
    # of a name, a GPE's or another label's, is looked up once per call
    places: dict[tuple[bool, str], Place | None] = {}
    for m in mentions:
        if m.label not in PLACED_LABELS:
            out.append(m)
            continue
        key = (m.label == "GPE", m.name)
        if key in places:
            place = places[key]
        else:
            place = places[key] = _linked_place(m, index, doc_place)
        if place is None:
            out.append(m)
            continue
        # the fields in order, the place's three put in (no dict of keywords a mention)
        gpe = m.label == "GPE"
        out.append(Mention(*_unplaced_values(m), place.code if gpe else None,
                           place.province if gpe else None, place.path, m.alias_of))
    return tuple(out)


def _linked_place(m: Mention, index: PlaceIndex, doc_place: Place | None) -> Place | None:
    """The place of :func:`link_mentions` for a mention (it reads the mention's name and
    whether it is a GPE only)."""
    place = _place_of(m, index, doc_place)
    if place is None and m.label != "GPE" and doc_place is not None:
        level = _level_word(m.name)
        if level is not None:
            place = index.ancestor(doc_place, level)
    return place


# dataclasses.replace, with the field list read once: replace reads it on every call,
# which was a third of link_mentions' time (every field is copied, as replace does); the
# fields before the place's three are read in one call and passed in order, no keywords
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_PLACED_AT = _MENTION_FIELDS.index("gpe_code")
if _MENTION_FIELDS[_PLACED_AT:] != ("gpe_code", "province", "place", "alias_of"):
    raise ImportError("link_mentions passes a Mention's last four fields in this order")
_unplaced_values = operator.attrgetter(*_MENTION_FIELDS[:_PLACED_AT])

"""The rule pass for names: ORG, INITIATIVE, GPE, PERSON, DOC, FAC.

Data lives in ``rules/``: ``gazetteer.tsv`` (known names with their canonical
form) and ``names.yaml`` (regex rules with examples and counterexamples, and
the word lists a linguist edits: figures of speech, organisation heads,
place suffixes, titles). :class:`NameRulePass` is built once and its
:meth:`~NameRulePass.find` returns candidates in clean-view offsets; the
pipeline maps them back to raw offsets and blocks numbers inside them
(ANNOTATION.md rule 6: ``五个100`` is one INITIATIVE, not a COUNT).

Within the pass the annotation is made flat here already (longest first), so
``常德经开区`` is one ORG and not GPE 常德 + ....
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

import jieba
import regex

from . import progress, triggers
from .merge import fill_gaps, longest_first
from .model import NAME_LABELS, Candidate, canonical_name
from .numbers import parse_numeral
from .patterncache import PatternCache, SourceMemo, cache_folder, code_digest, version_tag
from .placegate import GATE_FILE, GateContext, PlaceGate, head_in_phrase, load_gate, phrase_after
from .places import (
    bracketed_event,
    country_cities,
    county_short_names,
    data_town,
    event_after_brackets,
    event_opened,
    inside_name,
    jieba_dictionary,
    jieba_dictionary_stamp,
    opens_event,
    place_index,
    place_surfaces,
    province_names,
    starts_within,
    town_in_town,
    world_cities,
)
from .rules import (
    Reach,
    RuleError,
    RuleSet,
    WordSpans,
    alternation,
    check_unique_ids,
    counterexamples,
    expand,
    kept_alternation,
    load_fragments,
    load_yaml,
    pattern_reach,
    read_tsv,
    rule_header,
    rules_digest,
    stdlib_pattern,
)
from .segment import (
    CUT_CHARS,
    build_tokenizer,
    load_word_tags,
    on_word_boundaries,
    tagged_words,
    tokens,
    word_boundary_mask,
)
from .textview import TextView

log = logging.getLogger(__name__)

#: the most times the dictionary counts a noun that may still be a town's short name in a
#: list of towns (青石 231, 石门 672; 水利 1,504, 交通 10,908: NameRulePass._town_short_name)
_TOWN_NOUN_COUNT = 800

_CHECKS = frozenset({"quoted", "org_head", "fac_head", "person", "word_start", "person_text",
                     "post_word",
                     "byline", "roster", "roster_post", "division_name",
                     "section", "place_led", "road_prefix",
                     "whole_word", "project_list", "site_list", "one_phrase", "proper_prefix",
                     "place_vision", "abbrev_run", "clause_place_led",
                     "company_list", "outer_name", "extension", "programme", "aimed_programme",
                     "shared_head_list", "company_short_list", "street",
                     "initiative_extension", "counted_package", "org_extension",
                     "strategy_extension", "strategy_word", "vision_extension", "known_company_trade",
                     "counted_title", "road_list", "counted_list", "kind_list",
                     "note_term", "partner_run", "partner_strategy", "works_kind_list", "run_line", "coded_line",
                     "dash_chain", "shared_fac_head", "sibling_fac", "two_char_name", "three_char_name",
                     "head_list", "county_hub", "county_station", "two_ends", "port_name",
                     "compass_region", "company_product", "noun_name", "dictionary_facility", "feature_facility",
                     "airport_part", "stop_part", "site_part", "place_street", "place_site",
                     "item_list", "item_run", "proper_works", "built_name", "foreign_division",
                     "lab_list", "opening_list", "translit_port", "he_item", "phased_facility",
                     "compass_pair", "works_object", "built_object", "works_list", "adjective_street",
                     "bridge_list",
                     "village_name", "town_items",
                     "place_station", "numbered_bridge", "voltage_facility",
                     "voltage_after_name", "brand_trade_list", "place_brand_trade", "brand_group"})
_RULE_KEYS = frozenset({"id", "label", "pattern", "check", "examples", "counterexamples",
                        "priority", "score", "note", "starts", "near", "stops", "engine",
                        "needs", "referring", "window"})
#: checks whose step matches the pattern at the end of other names (NameRulePass._extended)
#: only near a string every match holds (NameRule.after_needs): the ORGs' extensions, tried
#: at the end of every ORG (13,000 on the corpus); not the programmes', few, after which the
#: search for the strings (建设, 规划 …) costs more than the tries it saves
_EXTENDING = frozenset({"org_extension"})
#: checks whose step reads overlapping matches (``regex``'s ``overlapped``: not with
#: ``engine: re``; S49g: two_ends and voltage_after_name too, whose steps ask for them as
#: well: refused when the rules load, not an assertion at the first text)
_OVERLAPPED_CHECKS = frozenset({"road_prefix", "road_list", "partner_run", "partner_strategy",
                                "county_hub", "county_station", "two_ends",
                                "voltage_after_name"})
#: checks whose step finds the pattern's matches only by a scan of the text
#: (NameRulePass._matches, through _plain or itself): what a rule's ``needs`` can narrow,
#: and what the load-time check covers (a rule of these with no ``near`` or ``starts`` has
#: a window read off its pattern, or says ``window: whole``). The other checks try their
#: pattern at the names other rules found (section, extension, the lists' items, …), walk
#: the tagged words (org_head, fac_head, person), read overlapping matches (which need a
#: ``near``: _OVERLAPPED_CHECKS) or scan around their ``near`` (proper_prefix, street)
_SCANNED: frozenset[str | None] = frozenset({
    None, "word_start", "whole_word", "abbrev_run", "person_text", "post_word", "place_led",
    "one_phrase", "clause_place_led", "counted_title", "outer_name", "programme",
    "counted_package", "byline", "roster", "roster_post", "note_term", "quoted", "item_list", "built_name",
    "foreign_division", "village_name", "item_run", "town_items"})
#: checks whose step finds no candidate where the pattern matches nowhere in the text: each
#: candidate is a match's, or a match's name vetted, cut or with list items before it (as
#: _plain, _matches or _place_led give them), or, for an after step, one only where the
#: pattern matches the text at another name's end, over an item or after a finditer (not
#: shared_head_list: it matches the pattern on a 、 it writes before an item itself). A
#: rule of these whose pattern needs strings none of which a text holds (NameRule.gate) is
#: not run on that text at all
_GATED: frozenset[str | None] = frozenset({
    None, "word_start", "whole_word", "person_text", "post_word", "place_led", "one_phrase",
    "clause_place_led", "counted_title", "outer_name", "programme", "aimed_programme",
    "counted_package", "quoted", "two_ends", "abbrev_run", "division_name",
    "foreign_division", "built_name", "village_name", "town_items",
    # after steps
    "airport_part", "opening_list", "company_short_list", "company_product",
    "shared_fac_head", "kind_list", "counted_list", "stop_part", "site_part", "section",
    "dash_chain", "lab_list", "company_list", "project_list", "site_list",
    "works_kind_list"})
#: jieba's tags of a foreign name: a state's or province's before its level word (加利福尼亚
#: ns, 伊尔库茨克 nrt, 安大略 nr: names.foreign_division), a company's of four characters or
#: more (阿斯利康 ns, 霍尼韦尔 nrt: names._company_like; not a sector or task, 外商投资 j)
_FOREIGN_NAME_TAGS = frozenset({"ns", "nr", "nrt"})
#: how far after a 和 names.he_item reads the item that follows it (a name and its head)
_HE_ITEM_REACH = 20
#: (C49c) the characters after a post's title whose words show where a name ends
_POST_NAME_WINDOW = 10
#: at most so many windows' readings kept (NameRulePass._post_names)
_POST_NAME_MEMO = 4096
#: jieba's tags of a one-character word that follows a name of two and ends none of three
#: (龚正|的, 叶青|以): prepositions, conjunctions, particles (an adverb's may: 陈国才)
_AFTER_NAME_TAGS = frozenset("pcu")
#: jieba's tags of a one-character word that is no character of a given name: pronouns and
#: numerals (每, 其, 一)
_NOT_GIVEN_TAGS = frozenset("rm")
#: the marks that end a name after a post's title as a word does (局长甲、副局长乙)
_NAME_ENDS = frozenset("、，,。；;（(")
#: (C49q) jieba's tags of a surname's character that is a word of its own of another kind
#: (向 a preposition, 于, 和, 干 a verb) and of a word that is no given name (其他, 一起, 正在
#: a time's, 强调 a verb's, 明确 an adjective's: 韩|正在|北京, 李|强调)
_NOT_SURNAME_TAGS = frozenset("pcudrmv")
#: (C49r) the words after a name that end it though jieba tags them a numeral's (侯兵利|一行)
_NAME_END_WORDS = frozenset(("一行", "同志"))
#: (C49s) the last characters of an organ's word, no given name's (宣传部, 统战部)
_ORGAN_ENDS = frozenset("部局委办厅处")
_NOT_GIVEN_WORD_TAGS = frozenset("pcudrmqftva")
#: (C49q) the most a given name's word counts in jieba's dictionary: a commoner word after a
#: surname's character is no name (镇长|沙|社区 6115, 大会; 建国 3083 is one)
_GIVEN_WORD_COUNT = 5000
_NEAR_BEFORE, _NEAR_AFTER = 60, 8  # the window a `near` rule is tried in, around its word
#: (C44a) how far before its near's match a match of a check item_run starts: its first item,
#: up to six characters and a head of two (names.listed_short_bureaus: 公安分局、 the near's 局、)
_RUN_BEFORE = 8
#: the farthest a list's first item stands before the head its items share (item_list: a
#: law's fourteen departments before 等部门 take 75 characters)
_LIST_REACH = 240
#: what a count that closes a list of works does not follow (names.project_list): an
#: ASCII character (the count's own digits), a mark or 等
_NO_COUNT_AFTER = re.compile(r"[\x00-\xff、，。；：等]")
#: the compass characters whose one difference makes two listed facilities a pair (names.compass_pair)
_COMPASS = frozenset("东西南北")
#: the characters that complete a verb: no street's name after it (走|好路, 走|新路:
#: names._verb_char_street)
_VERB_COMPLEMENTS = frozenset("好新老上下出过完宽平直弯通到成")
#: how the gazetteer's lines across provinces end (西气东输, 川气东送, 南水北调东线, 青藏铁路,
#: 长江黄金水道, 引江济淮): a place before one names its section, no site (names._place_sites)
_CROSSING_LINE_ENDS = ("铁路", "高铁", "高速", "东输", "东送", "线", "水道", "运河", "通道",
                       "济淮", "济渭", "引水", "大桥")
#: the divisions of the gazetteer a railway station is named by (names._place_stations) and a
#: known site lies in (names._site_place)
_STATION_PLACE_KINDS = frozenset({"province", "prefecture", "county"})
#: the divisions a list item before a facility sharing its head may name (names.
#: _shared_head_place: 宁远、道县水库)
_SHARED_HEAD_PLACE_KINDS = frozenset({"prefecture", "county"})
#: a side's word the compass character makes (东部, 西侧, 南段): no pair of names (东部|高铁)
_COMPASS_SIDES = frozenset("部侧面向边方段线")
#: words that run a pair's second head on into a longer word (高速|公路, 铁路|局, 城际|站)
_PAIR_RUN_ON = ("公路", "线路", "局", "站", "口")
#: the characters after 群 that make it a word's (群众, 群体, 群岛, 群落): no group of facilities
_GROUP_NOT_AFTER = ("众", "体", "岛", "落", "星")
_NUMERAL = regex.compile(r"[\d零〇一二两三四五六七八九十百千万]")
_HAN_ONLY = regex.compile(r"\p{Han}+")
#: a structure's number inside its line's works, before its head (雁门岭|3号|隧道)
_NUMBERED_END = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})号$")
_DIGIT = regex.compile(r"\d")
_PLUS = regex.compile(r"[+＋]")
_COUNTED = regex.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[大家个项所]?$")
_LIST_SEP = regex.compile(r"[、·]")
# parts of a quoted formula joined by + or a dash (“概念验证—中试熟化—产业落地”)
_FORMULA = regex.compile(r"\p{Han}[+＋—]\p{Han}")
# (C44u) a formula of exactly two parts joined by +, each two to seven characters of a name
_PLUS_PAIR = regex.compile(r"[\p{Han}A-Za-z0-9]{2,7}[+＋][\p{Han}A-Za-z0-9]{2,7}")
#: the marks that close a clause right after a quoted two-part formula (C44u)
_PAIR_CLOSE = frozenset("，。；、,;")
_NAME_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]+")
#: jieba cuts text into blocks at these characters' complement (its ``re_han_default``),
#: so tagging one block alone gives the same tokens as tagging the whole text.
_BLOCK_CHARS = CUT_CHARS
_BLOCK_END = re.compile(f"[^{_BLOCK_CHARS}]")
_BLOCK_START = regex.compile(f"[^{_BLOCK_CHARS}]", regex.REVERSE)  # searched backwards
_SEPARATOR = ("\x00", "x")
#: the conjunctions that join two bodies (中央和省委, 新华社和国家文物局)
_JOINERS = frozenset({"和", "与", "及"})
_FULL_LINE = 20  # characters from which a broken line is taken for a PDF's text line
#: jieba frequency up to which a province's abbreviation and a compass word that its
#: dictionary tags as a place is read as a region (鄂西 2300, 辽东 1105; not 京东 200000)
_COMPASS_COUNT = 5000
#: a road's section in brackets by its two ends or its 段 (兴华路（东风路-青年路）, 人民大道
#: (青松大道至柳湾大道)): its ends are streets, no other name in the brackets (C49f)
_BRACKET_SECTION = regex.compile(r"[至到~～\-–－—]|段$")
_RARE = 10  # jieba frequency up to which a word is rare (成达 of 成达万高铁: 2; 城际: 30)
#: jieba frequency below which a place's name without its 县/区/市 reads as the place (周至 34,
#: 府谷 18; 新建 of 新建区 1000 is the verb)
_PLACE_WORD = 100
_MEMO_SIZE = 200_000  # entries a memo of the pass keeps (_remembered); cleared when full
_LIST_SPAN = 160  # characters a list of works is read back from its 等…项目
#: a site's name in a list of sites (names.site_list): Chinese characters, no function one
_SITE_NAME = regex.compile(r"[^\P{Han}的等各在对为将把被从向了是由以其该每本这那之于并也都还就而要可应]"
                           r"{2,14}")  # 和 and 及 stand in names (云和梯田)
#: (C44k) a site's name in a list a count of sites closes: 可 and 应 may be its characters
#: there (可可盖 等11处煤矿 of train d26; 可以, 应当 still hold 以 and 当's clause words)
_SITE_NAME_COUNTED = regex.compile(
    r"[^\P{Han}的等各在对为将把被从向了是由以其该每本这那之于并也都还就而要当]{2,14}")
#: a law's article number (第十七条) before the first item of a list
_ARTICLE = regex.compile(r"第[一二三四五六七八九十百零\d]+条")
#: a list item that quote marks hold (“冈仁波齐—玛旁雍错”等精品景区): the name inside
_QUOTED_ITEM = regex.compile(r"“(?P<name>[^“”]+)”")
#: the dashes that join two sites into one name (冈仁波齐—玛旁雍错, 三星堆—金沙)
_DASH_RUN = regex.compile(r"[-—－–]{1,2}")
_CLAUSE_START = regex.compile(r"[，,。；;：:\n（(）)]", regex.REVERSE)  # searched backwards
# a class of settlements anywhere in a works' name makes it a programme's (浙江省农村供水工程:
# names.yaml lexicon.works_settlements)
_BEFORE_WORKS = 14  # positions before a works word where names.proper_works is tried
#: a classifier right before a works' name: a kind of works counted (166个|太湖保护治理工程)
_COUNT_BEFORE = ("个", "项", "处", "座", "批")
#: an extension opening a works' name: a part of a longer name (…东线一期工程|北延应急供水工程)
_EXTENSION_OPENING = regex.compile(r"[东南西北]延")
# a class of places or waters that opens a programme's name, not a works' (农村供水工程, 重点|
# 千岛湖引水工程): a settlement's class or a word of names.yaml lexicon.works_classes, after a
# level's character, or 全 and a level (NameRulePass._works_class)
#: what joins a road to the next of a list (完成中山路|和|新华路改造: names.street)
_ROAD_JOINS = frozenset("和与及")
#: (C48g) what may stand between a street found and the 、 before the next item of its list:
#: nothing, or its phase or section (柳湾路|二期|、曾湾路)
_LIST_GAP = regex.compile(r"(?:[一二三四五六七八九十]期|[东西南北中]段)?")
#: (C43l) prepositions a street's name may follow where a list of streets or a place on the
#: street follows it (NameRulePass._preposition_street: 在|东湖路、西湖路, 沿|滨江路|两侧; made up)
_STREET_PREPOSITIONS = frozenset("在对沿从向于")
#: (C43l) the characters before the first item of a list of streets: the prepositions and
#: 的, 之 (城区的|人民路、解放路, made up)
_STREET_LIST_OPENINGS = _STREET_PREPOSITIONS | frozenset("的之")
#: the next item of a list of streets (在东湖路、|西湖路|改造)
_NEXT_STREET = regex.compile(
    r"[^\P{Han}的和与及或等在是为]{2,5}?(?:大道|大街|路|街)(?![网线段径况子标灯面口费基演侧名产道区头巷坊])")
#: the places on a street written after it (在青山路|上, 沿滨江路|两侧)
_ON_STREET = ("上", "两侧", "两旁", "沿线", "沿街", "周边", "附近", "一带")
#: tags of a first word that opens no street's name after a verb of road works (后 f, 在 p,
#: 和 c, 都 d, 的 uj, 其 r: names._after_road_works)
_ROAD_NAME_OPENINGS = frozenset({"f", "p", "c", "d", "uj", "ul", "u", "r", "m", "q"})
_BEFORE_HEAD = 13  # positions before a head where names.fac_proper's pattern is tried
#: the longest part before the head names.fac_proper reads with nothing left out before it
#: (longer, up to _BEFORE_HEAD, only where verbs of works that open it are left out: 加快推进|
#: 白沙岛海上旅游|综合体, 谋划建设|东海海上保障|基地)
_PROPER_BEFORE = 9
#: the side words a street's name splits by before its head (解放|西|路, 解放|东西|路: C50o)
_COMPASS_PARTS = frozenset({"东", "西", "南", "北", "中", "东西", "南北"})
#: an opening quote and a name's first characters right before a place (searched back)
_QUOTED_BEFORE = regex.compile(r"“[\p{Han}A-Za-z0-9]{1,12}$")
_ALIAS = regex.compile(r"[区县市省州旗][（(]")  # a division's other name in brackets after it
#: the rest of the brackets of 中国（…） after the place that opens them, and the name going on
#: after them (中国（海南）|技能人才…; not 中国（安徽）|的发展): NameRulePass._opens_bracketed_name
_BRACKETS_THEN_NAME = regex.compile(r"(?:、[^（()）、，。；\n]{1,8})*[）)](?![的和与及或等])\p{Han}{2}")
_SHORT_BRACKET = regex.compile(r"\p{Han}{2,4}(?=[）)])")  # a word filling brackets
#: the words after a place's brackets up to the clause's end or a conjunction (中新（重庆）|
#: 战略性互联互通示范项目), read for a name's last word
_AFTER_BRACKETS = regex.compile(r"[^，,。；;：:、\n（()）“”《》和与及的]{2,40}")
#: a title going on after the place that opens it (入选中国|消费名品; not 入选中国|的)
#: the last characters of a title a level confers on a settlement or district (C50b:
#: 示范县, 百强区, 文明城区, 名城; not 企业, 基地: 跻身中国企业500强 keeps its GPE)
_SETTLEMENT_ENDS = frozenset("县市区镇村乡城")
#: (C51d) the rest of a quoted title after the place that opens it, up to its closing quote
_QUOTED_TITLE_REST = regex.compile(r"[^“”，,。；;：:\n]{1,24}”")
#: (C51d) a ranking list's count closing a quoted title (中国…500强, 百强): a RANK, no title
_RANKING_END = regex.compile(r"(?:\d+|[百千万])强(?:企业|榜)?$|排行榜$")
_TITLE_GOES_ON = regex.compile(r"(?![的和与及或等])[\p{Han}“]")
_COUNT_INSIDE = regex.compile(r"(?:\d+|[两二三四五六七八九十百千]+)[大个项家座]")  # 两大, 两座 …
# a count of things right after a name (通航机场|5个): a class of them, no name (rule 9)
# a level or class written alone before a head (县|高速, 各|机场): no name (rule 9; its
# characters: names.yaml lexicon.class_chars)
_DASHES = frozenset("-—－–")
#: (fac42) the parts of a town a district's plan writes before its streets (城区|富民大街, 县城|兴安路,
#: 园区|横一路; made up): where a street stands (rule 9: generic), no word of its name; a street's
#: name opens right after one (NameRulePass._street_start) and never with one (NameRulePass._streets)
_STREET_AREAS = ("城区", "县城", "城市", "市区", "园区", "片区", "镇区", "老城区", "主城区", "中心城区")
_ROADS_COUNTED = regex.compile(r"\d+[条个处座段]")  # 打通8条|断头路: a count, no street's name
#: (fac42) the rules that find a road by its number (G207, S218, 国道205, 205国道): a section
#: or a new line of the road written right after the number is one FAC with it (rule 20, as
#: the development gold's G225乐东至三亚段, 成昆铁路复线): names.fac_section, NameRulePass._sections
_ROAD_NUMBER_RULES = frozenset({"names.road_number", "names.road_number_word"})
#: a section after a road's number: one to five characters of a place or a stretch, or two
#: ends joined by 至, then 段 (国道205|北山至南湖段, S218|城关段, G105|清河绕城段; made up); no function
#: character or verb of a clause in it (省道308|在建设阶段) and no 阶段, 手段, 时段, 片段, 部分路段; (C45a)
#: two ends with no 段 where the works on the road follow them (乡道216线|青石至柳林|路面改造)
_NUMBER_SECTION = regex.compile(
    r"[^\P{Han}的和与及或等、在是为已将正各]{1,5}?(?:至[^\P{Han}的和与及或等、]{1,5}?)?"
    r"(?<![阶手时片]|合龙|部分路)段|[^\P{Han}的和与及或等、在是为已将正各]{1,5}?至[^\P{Han}的和与及或等、]{1,5}?"
    r"(?=路面|路基|公路|(?:提质)?改造|改建|改扩建|提质|大修|拓宽)")
#: a new line of a numbered road (205国道|西复线, made up; G9812|高速延长线 of the development gold)
_NUMBER_LINE = regex.compile(r"(?:[东南西北]|高速)?(?:复线|支线|延长线|连接线|联络线)")
#: (C43k) a section or an extension written right after a street's name is one FAC with it
#: (rule 20, as a road's section: 人民路|北段, 和平大道|东延伸段, 建设街|南延, 兴华路|城区段; made
#: up): a compass point and 段, or its extension (延, 延伸, 延长, with 段 or 线), or a part of the
#: town and 段; not an extension that goes on to a bound (文一路西延至科技大道: one name, fac30)
_STREET_SECTION = regex.compile(
    r"(?:[东南西北中](?:延伸|延长|延)?段|[东南西北]延(?:伸|长)?线?|(?:城区|市区|县城|城关)段)"
    r"(?![落至到])")
#: (fac43b, C43ka) a footbridge or crossing a street names, written right after it, is one FAC
#: with it (rule 20, the outermost name: 人民路|人行天桥, 兴华街|过街天桥; made up)
_STREET_CROSSING = regex.compile(
    r"(?:(?:人行|过街|人行过街)?天桥|人行桥|人行地道|过街地道|人行通道|过街通道)(?![区街镇村路])")
#: the heads of a street's name that a section may follow (C43k: names._sections)
_STREET_HEADS = ("路", "街", "大道", "大街")
#: (C43o) words of time that open no facility's name (NameRulePass._after_time: 年内|兴华路,
#: 2023年|兴华路, 上半年|青峰公园; made up); (C45y) the flood season and the present
#: (汛期前|青山水库, 目前|柳湾水库: the time the works or the state are of, no word of the name)
_TIME_OPENING = regex.compile(
    r"(?:(?:\d{4}年|今年|明年|去年|当年|同年)?(?:年内|年底前?|年末|年初|年中|上半年|下半年|"
    r"[一二三四]季度|\d{1,2}月(?:底|份|中旬|下旬|上旬)?)|\d{4}年|今年|明年|去年|当年|同年|届时"
    r"|(?:主汛期|汛期|汛)(?:前|后|内|结束后)?|截至目前|目前|当前|现阶段|近期|近日|日前)")
#: the levels a place ends in before a street of it (names.place_street: 鹤城区|迎丰路)
_STREET_PLACE_LEVELS = frozenset("市区县州镇")
#: the level characters that end a division's full name before a class word (_class_word_after)
_DIVISION_LEVELS = frozenset("省市县区州旗")
#: prepositions jieba may write as one word with the first character of a run of short place
#: names after them (以西|咸: NameRulePass._partner_piece)
_GLUED_PREPOSITIONS = "以在对与从向于"
#: the word that ends a village's, community's or town's name before its body
#: (names.village_body, names.town_body)
_VILLAGE_WORD = regex.compile(r"村|社区|嘎查|镇|乡|街道")
_LONGEST_PLACE_PREFIX = 8  # the longest place names._place_kind reads at a facility's start
#: the words after a verb of lexicon.place_build_verbs that make it a body's name (杭州|建设局,
#: 建设银行), no verb
_BUILD_VERB_NOT_BEFORE = "局|厅|委|银行"
#: the rank words between an organ and a title (省公安厅|常务副|厅长)
_RANK_BEFORE_TITLE = re.compile(r"(?:常务|党组)?副?$")
_COUNTED_AFTER = re.compile(r"[\d一二两三四五六七八九十百千]+[个座条家处所项]")
#: the same by the classifiers of facilities alone (过江通道|4座; not 西山保护区|三家污染企业,
#: the firms inside a named site: names.fac_proper)
_FACILITIES_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千]+[个座条处口]")  # 口: ponds, C44o
#: (C45d) a kind of green space, (C45c) a gate closed or opened, that end no facility's name
#: (NameRulePass._kind_ending): 单位|绿地, 园林|绿地, 下闸, 开闸, 拦河闸
_KIND_ENDING = regex.compile(r"(?:单位|公共|专用|附属|街头|防护|道路|社区|配套|小区|园林)(?:绿地|小游园)"
                             r"|[下开关拉提落启]闸|(?:拦河|节制|排涝|防洪|进水|泄洪|分洪|挡潮|涵)闸")
#: (C45b) the investment an item of a list of projects opens with (20亿元|远航智能装备, 总投资
#: 5亿元的|青峰物流园; made up on county reports' lists): a MONEY of its own, no word of a name
_AMOUNT_OPENING = re.compile(r"(?:总投资|投资|计划投资)?(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿|千万)?元(?:的)?")
#: (C46c) a phase of works written before a facility's name (二期|柳湾东路正在硬化, 一期|青松公园):
#: the phase is the works', no word of the name (NameRulePass._after_time)
_PHASE_OPENING = re.compile(r"(?:[一二三四五六七八九十]|首)期(?:工程)?")
#: (C50p) the state of the works written before a facility's name (在建|金沙江大桥, 新改建|石门大道,
#: 新开工|城口至开州高速: made up on county reports' works lists): the works', no word of the name
#: (NameRulePass._after_time); a span that starts inside the word (在|建金沙江大桥: jieba's cut)
#: starts after it too
_STATE_OPENING = re.compile(r"(?:新改建|新扩建|改扩建|新开工|在建|拟建|续建|新建|改建|扩建|迁建)(?:的)?")
#: (C50p) the characters a word of :data:`_STATE_OPENING` starts with before its 建 or 开工
_STATE_FIRST = frozenset("在拟续新改扩迁")
#: (C50p) what follows 新建 or 改建 in a place's or street's own name (新建区, 新建路, 新建村)
_STATE_NAMED = frozenset("区县乡镇村路街巷里")
# the bounds of an area a law draws by roads (names._bound_street): a compass bound after the
# road, the words that open or join the bound's items before it (names.yaml lexicon.bound_joins),
# a bound opening with the road (lexicon.bound_openings)
_COMPASS_BOUND = re.compile(r"以[东西南北]")
#: the most a county's short name may count in jieba's dictionary to name a facility by the
#: county (names.two_char_facility: 大兴 178, 开化 87; not 新建 1000, 前进, 东方, 长安)
_COUNTY_WORD = 200
#: the marks that stand between the two ends of a line's or works' name (names.
#: _nearer_place_fac; the words so placed, 至 and 到: names.yaml lexicon.ends_between)
_ENDS_MARKS = ("—", "－", "-", "～", "~")


#: rules whose items a listed facility of the same head vouches for (names._clause_opening
#: does not read two single-character verbs as a clause there: 藻渡水库、踏跳水库)
_LISTED_SIBLINGS = frozenset({"names.fac_sibling_list"})
#: the facility rules whose spans :meth:`NameRulePass._clause_facility` checks once a clause's
#: verb is cut off (a place or a proper name leads them, up to twelve characters before the head)
_CLAUSE_CHECKED = frozenset({"names.place_led_fac", "names.fac_proper", "names.place_outer_fac"})
#: rules whose facilities are no kind of facility (names._facility_kind, facb35: 支线|机场,
#: 普速|铁路, 建成|国际|机场 before a phase or in a list; ANNOTATION rule 9); the rules that
#: read such a kind once the walk's is gone too (普速|铁路 fac_joined_places, 跨江|大桥 fac_proper),
#: the list rules that add items beside a found facility (城市间|高铁 fac_sibling_list, 城际|铁路
#: kind_list), a kind's repeats (names.repeated) and a road's kind (高快速路 names.street, facc35)
_KIND_CHECKED = frozenset({"names.airport_word", "names.fac_head", "names.fac_head_list",
                           "names.phased_work", "names.fac_joined_places", "names.fac_proper",
                           "names.fac_sibling_list", "names.kind_list", "names.repeated",
                           "names.street"})
#: a count or class of facilities inside a place-led facility's span (names._clause_facility):
#: a description of which facilities, no name (美国…市一处公园, 湖南两条高速, 某省第一条电气化铁路,
#: 希腊境内所有机场, 湖北省内部分高速公路, 美国多地机场, 某市新一批口袋公园; by 家 as
#: the news counts venues, 新疆多家滑雪场, …市一家购物中心, but not 五家渠, a city; a
#: quantity word or a demonstrative, 桂林市不少农贸市场, 江苏某地的这家滑雪场): the counts
#: and demonstratives here, the quantity words names.yaml's lexicon.fac_quantity_words
_FAC_COUNTED = (r"(?:[一两二三四五六七八九十多首数几]|第[一二三四五六七八九十]+)[处条座批所列]"
                r"|[一多几数这那该此]家")
#: a count of a list's items after its 等 (等|多个|滑雪场, 等|5家|医院: names.listed_reading),
#: or a described number (等|众多|景区: names.yaml lexicon.list_count_words)
_LIST_COUNT = r"(?:\d+|[一两二三四五六七八九十百千多几数]+)[个家座处条所批项]"
#: a group counted by 大 inside a facility's span (江南|六大|古镇; not 中共一大, 八一|大楼:
#: names._described)
_FAC_GROUP = re.compile(r"[两二三四五六七八九十百]+大")
#: a grade of scenic sites, which a class of them shares (A级旅游景区, 5A级景区: names._described)
_FAC_GRADE = re.compile(r"(?<![A-Za-z])[1-5]?A级")


def _superlative(words: list[tuple[str, str]], k: int) -> bool:
    """Whether the ``k``-th tagged word opens a superlative: an adjective of 最 (最大, 最高, 最长)
    or 第一 before a one-character adjective (第一|高|桥; not 福岛第一|核电站)."""
    word, flag = words[k]
    return word.startswith("最") and flag == "a" or word == "第一" and k + 1 < len(words) \
        and words[k + 1][1] == "a" and len(words[k + 1][0]) == 1


#: what ends the item before a built facility (names.built_name): a mark or a line break
_BUILT_STOP = frozenset("，。；;：:、（(“\n")
#: the tags of a first word that opens no built facility's name (names.built_name)
_BUILT_OPENING_TAGS = frozenset({"d", "p", "c", "u", "r", "m", "q", "y", "e", "o"})
#: a first of its kind is no name (首座|抽水蓄能电站, 首条过江隧道…: names.built_name)
_BUILT_FIRST = re.compile(r"首[个座条家批]|第一")
#: characters a coined word before a building's head does not hold (names._coined_name): a
#: numeral, a level or a function character (五星|级酒店, 各类|酒店, 最大|商场)
_NOT_COINED = re.compile(r"[\d一二两三四五六七八九十百千万几多某此该其各每本这那的和与及或等在对为将把被从向了是由以之于并也都还就而要最更新老]")
# a measure inside a name makes it a company's product line, no facility (8英寸, 10万吨): a
# number's digit or a unit of names.yaml lexicon.built_measures
#: a word of the dictionary this frequent is a common word in a short name before a head of
#: lexicon.short_name_heads (黄金, 便捷, 晋升: 500 and more; 跨海 33: 沪甬跨海通道)
_SHORT_NAME_COMMON = 200
#: a number right before a name's first character, a classifier (5|家市疾控中心)
_NUMBER_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万]")
_CLASSIFIER_START = frozenset("个座条家处所项批类种名位")
#: a part of a coined numeric term, quoted where the term is explained (“4”是指, “N”即)
_TERM_PART = regex.compile(r"\d{1,2}|[A-Za-z]")
#: an item of a note's definition (names.note_term): Chinese characters between list marks
#: the words after a quoted programme's closing quote up to a programme's head, which rule 7
#: leaves out of its name (“双一流”|建设突破计划): a list of programmes may go on after them
_QUOTED_PROGRAMME_TAIL = regex.compile(r"”[^\P{Han}“”的和与及或等、]{1,8}?(?P<head>行动|工程|计划)"
                                       r"(?=[、和及])")
_NOTE_ITEM = regex.compile(r"(?<=^|[、：:\n])[^\P{Han}、。，；]{2,30}(?=[、。；]|$|\n)")

_ITEM_SEP = regex.compile(r"[、和]|以及")
#: a list of companies joins two by 与 as well (海乳与蒙西煤矿等企业); a work's name holds one
#: (松涛灌区续建配套与现代化改造)
_COMPANY_SEP = regex.compile(r"[、和与]|以及")
#: the longest item of a list of works that is a company's name written with its one
#: product (中芯晶圆, 唐晶半导体, 比亚迪半导体; names.company_product)
_COMPANY_PRODUCT_LEN = 6
_BRAND_TAGS = frozenset({"nr", "nrt", "nrfg"})
#: the ends of a generic kind a level's character may open and leave generic (names.py,
#: NameRulePass._level_kind: 区|平台公司; org41)
_KIND_COMPANY_ENDS = ("公司", "企业", "银行")
#: the tags of the word after a company's name and trade that end the name there (a verb,
#: a preposition, a conjunction, an adverb, a particle: 格力电器|扩大, 华润电力|在; names.
#: known_company_trade, org41)
_CLAUSE_AFTER_TAGS = frozenset({"v", "vd", "p", "c", "d", "u", "uj", "ul", "f", "r"})
# marks inside a foreign name (…·盖茨基金会, 米兰-科尔蒂纳…): the walk stops at them (org40)
_NAME_JOINS = ("·", "•", "‧", "-", "－")
# characters no brand of a company's short name holds (names.brand_trade_list, org40)
_BRAND_NOT = re.compile(r"[\d的和与及或等各在对为将把被从向了是由以其该每本这那之于并也都还就而要个全新大]")
#: negations, a light verb and a verb of going no brand of a group holds (不搞|集团垄断;
#: 赴|物流集团考察, C46h; names.brand_group)
_GROUP_BRAND_NOT = re.compile(r"[不没未搞赴]")
#: the tags of a first word that opens no brand of a group (据|国铁集团: a preposition)
_GROUP_BRAND_NOT_FIRST = frozenset({"p", "c", "u", "r"})
#: single characters that open no brand after a place (names._place_brand: a size, 年产)
_NOT_BRAND_TAGS = frozenset({"d", "p", "c", "u", "r", "y", "e", "o", "m", "x", "eng"})
_SHORT_NAME = regex.compile(r"\p{Han}+")  # a company's name after its place (中国|通用)
#: a company's short name in a list that names another company: Latin letters may open it
#: (SK海力士, BOSS直聘, TCL; names._company_short_items)
_MATE_NAME = regex.compile(r"(?:[A-Z][A-Za-z]{1,5})?\p{Han}{0,6}")
#: the tags of a first word that opens a clause, not a name (为|公交公司: a preposition)
_MATE_NOT_FIRST = frozenset({"p", "c", "u", "d", "r", "m", "q"})
_LIST_NUMBER = regex.compile(r"\d{1,3}[.．、]")
#: (fac41) a substation's voltage written between its own words and its head in a list
#: of works (临港|110千伏|变电站): no part of the words that name it (names._works_list_spans)
_VOLTAGE_TAIL = regex.compile(r"\d{2,4}(?:千伏|[kK][vV])$")
#: the first letters of jieba's tags that name no facility in a list of works: a pronoun,
#: numeral, classifier, preposition, conjunction, particle, place or time word (郊区, 老年)
#: (names._works_list_name)
_WORKS_LIST_STOP_TAGS = frozenset("rmqpcuyst")
#: (fac41) how far back the clause of a list of works may start, what ends the clause
#: before it, and what joins the list's items (names._works_list_items)
_WORKS_LIST_REACH = 60
_CLAUSE_MARK = regex.compile(r"[，。；;：:！？\n（(]")
_LIST_JOINT = regex.compile(r"[、和及与]")
#: (fac42b) one item of a list of short bridges (李家桥、王庄桥, 石门沟桥; a place and 的 before
#: it stay out: 青石镇的|李家桥): its words up to the first 桥, another name of it in brackets
#: (双塘桥（老塘桥）), the joint to the next item (names._bridge_list_items; made up)
_BRIDGE_ITEM = regex.compile(r"(\p{Han}{1,12}?桥)(?:[（(](\p{Han}{1,6}桥)[）)])?(?:([、和与及])(?=\p{Han}))?")
_BRIDGE_COUNTED = regex.compile(r"[\d一二三四五六七八九十两]+[号座期条个]")  # 一号|桥: a count
#: the works done to one bridge named alone (杨柳村桥|拆除重建工程; names._works_bridge)
_BRIDGE_WORKS = regex.compile(r"(?:拆除重建|原址重建|重建|维修加固|加固改造|加固维修|危桥改造)")
#: (C44k) a preposition before the first site of a list a count of facilities closes
#: (对|白岭、石泉等6座水电站), or the 的 of the clause's words before it (C45c: 新近立项的|石门沟)
_SITE_PREPOSITIONS = frozenset("对在将把从于的")
#: what opens a list of bridges after the clause's verbs (其中|红星村桥、…, 含|立体交叉桥、…)
#: (fac43b, C43kb) or a clause's few words and 有 or 涉及 right before the list (城区有|胜利桥、
#: 解放桥, 跨河桥梁有|迎宾桥、东门桥: made up), no verb of works before it
_BRIDGE_LIST_OPEN = regex.compile(
    r"其中|包括|包含|含|分别为|分别是|即|\p{Han}{0,6}?(?:有|涉及)(?=\p{Han}{2,5}?桥[、和与及])")
#: a character right after a bridge's 桥 that makes it part of a longer word or a place's
#: name (刘家桥|村, 石桥|镇, 双桥|路, 桥|头, 桥|梁): no bridge there
_BRIDGE_AFTER = frozenset("村镇乡街路区社头梁面墩下上边东西南北口堡集店铺")
# the number of a law's article that opens a line (第十二条|淮阳龙湖保护区: the clean view has no space)
_ARTICLE_NUMBER = regex.compile(r"第[一二三四五六七八九十百零〇\d]{1,6}条")
_PORT_CITY_PRIORITY = 2  # a port named by its city outranks the city's GPE (gazetteer: 1)
_EDGE_HEAD_MAX = 4  # the longest head of lexicon.edge_sibling_heads (高速公路)
_PHASE = regex.compile(r"[一二三四五六七八九十\d]{1,2}期")
# where an item of a list of facilities ends, and (searched backwards) where one starts
_ITEM_STOP = regex.compile(r"[、，,。；;：:\n（(）)等和及与]")
_ITEM_STOP_BACK = regex.compile(r"[、，,。；;：:\n（(）)等和及与]", regex.REVERSE)
# words that end a class of works a dash opens the facility of (控制性工程——X特大桥,
# 重点项目——X水库): no piece of a dashed facility's name (names.yaml lexicon.works_nouns)
#: where a piece of a chain of names joined by dashes starts, searched backwards
_PIECE_STOP_BACK = regex.compile(r"[、，,。；;：:\n（(）)等和及与\-—－–]", regex.REVERSE)
# a power line's voltage opening its name (750千伏定靖西: the development gold keeps it inside)
_VOLTAGE = regex.compile(r"\d{2,4}(?:千伏|[kK][vV])(?=\p{Han}{2})")
_PROJECT_MAX = 20
_NOUN_NAME_MAX = 8  # characters before a designated area's head read for its name
#: (C47h) the class of a road's works written after its name in a list of works (柳湾至青溪路|
#: 县乡道改造, 柳湾至青松公路|改造): left out of the item as works after a head are
_ROAD_CLASSES = ("县乡道", "国省道", "县道", "乡道")
#: (C47h) the words that end a road's name in a list of works (names._road_end)
_ROAD_WORDS = ("公路", "大道", "县道", "乡道", "省道", "国道", "段", "线")
#: (C47j) what closes the works after a street's name (names._works_after_street), and the
#: most characters read for them
_WORKS_CLOSE = regex.compile("工程|项目")
_WORKS_TAIL_MAX = 12
#: (C47j) jieba's tags of the word before such a street: a verb, a preposition, a conjunction
#: or a particle (开展|, 对|, 和|, 的|), not a noun or an adjective (新殡仪馆|, 新|)
_BEFORE_WORKED_STREET = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "u", "uj", "ul"})
_PHASED_MAX = 6  # characters of a name read before a facility's head and its phase
#: 等 and a kind of up to four characters ending a list's last item (濛溪河|等遗址)
_KIND_AFTER = regex.compile(r"等\p{Han}{1,4}$")
#: tags besides the nouns' (n…) of the words a designated area's name may hold: an
#: abbreviation, a rare character's morpheme or a non-word (徂|徕|山国家森林公园)
_NAME_MORPHEME_TAGS = frozenset({"j", "g", "x", "zg"})
#: the ends of a level's own bodies, none a department of a body before it (org43: 党中央|国务院)
_LEVEL_BODY_ENDS = ("国务院", "政府", "人大", "政协", "中央")
_PROJECT_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9.（）()—-]+")
#: a line's ordinal after the places a railway joins (兰张|三四线|铁路: fragments.LINE_ORDINAL)
_LINE_ORDINAL = regex.compile(r"(?:[二三四五六七八九十]{1,2}|[东南西北中])线$")
#: a way's direction or what it crosses written last before 通道 (西向通道, 过江通道, 过江过海通道,
#: 行洪通道), or the corridor a policy draws (三大通道): a kind of crossing, no places joined
#: (names.fac_joined_places); 海太|过江|通道 keeps its places
_WAY_KIND = re.compile(r"(?:[东西南北]{1,2}向|[过跨穿越出入进行泄排][江河海湖山洪黄])+$|大$")
#: a clause's characters that open no line's name (，是|深中通道: the verb before the name)
_CLAUSE_OPENERS = frozenset("是为将在对把被由从就并还也都而且")
#: a place's short name in brackets after the places a line joins (广珠（澳）高铁, 南珠（中）城际)
_BRACKETED_PLACE = regex.compile(r"[（(]\p{Han}[）)]$")
#: jieba tags of proper names: a word so tagged makes a list item a name
#: the tags of a feature's words besides nouns (names.feature_facility: 洋 ag, 洲 ng)
_FEATURE_TAGS = frozenset({"j", "g", "zg", "ag", "ng"})
#: the tags of a common word that names a facility in a list of named ones (凤凰 nr:
#: names.fac_sibling_list; not ns, which 新建 and 城市 carry)
_SIBLING_NAME_TAGS = frozenset({"nr", "nz", "nrt"})
#: the tags of a dictionary word that names one thing (names.dictionary_facility)
_DICTIONARY_NAME_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nt"})
_PROPER_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nrfg", "j", "x", "eng"})  # not nt: 新兴产业
#: jieba tags of function words: single characters so tagged are no piece of a name
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "r", "m", "q", "f", "y", "e", "o", "a"})
_COMMON_NAME = 100  # frequency from which a word alone is a trade, not a company (石化: 737)
_COMMON = 1000  # jieba frequency from which a word tagged a name is a common word (城市)
#: how often (jieba's frequency) a word made of the character before a place and the
#: place's first character must be to be read instead of the place (其中 34173: 其中|非化石)
_WORD_BEFORE_PLACE = 5000
#: the same for a word of the place's last character and the character after it (平台 3,601:
#: 四|平台), where that character starts no word of its own
_WORD_AFTER_PLACE = 1000
#: the last character of a lake's or a river's name that a province's short name starts
#: (青海湖: NameRulePass._cuts_word)
_WATER_HEADS = frozenset("湖江河")
#: the last characters of a place that are localizers after a noun too (平台|中: in the platform)
_LOCALIZERS = frozenset("中")
#: how often (jieba's dictionary) a word that runs into a county's full name from before
#: it is written, at least, to cut the name (滨海 441, 罗浮山 13: NameRulePass._word_across_start)
_WORD_ACROSS_PLACE = 10
#: a word written this often (jieba) is a word of its own before a place in one word with it
#: (符合 4,421: 符合|中国), not the start of a longer name (巴丹 22: 巴丹吉林)
_COMMON_WORD = 1000
#: the most often jieba's dictionary may count two abbreviations it tags as one place name
#: (深港 3, 粤港 6, 京津 72) for names.partner_run to read them as two places (苏宁 298 no)
_PAIR_MOST = 100
#: the longest part of a quoted list of designations (C47b: 茶叶产业振兴示范县 is nine)
_TITLE_PART_MOST = 14
#: a quoted name right after a position (专精特新|“小巨人”企业)
_QUOTED_AFTER = regex.compile(r"“[^“”\n，。；]{1,12}”")
# a quoted name written right before another (台风“剑鱼”|“麦德姆”, “钢铁围城”、|“园区围城”)
_QUOTED_RUN_BEFORE = regex.compile(r"“[^“”\n，。；、]{1,12}”、?$")
#: the quoted phrases right after one, in a run that shares the words after its last quote
#: (压实“米袋子”“菜篮子”负责制: the system of each, names._quoted)
_QUOTED_RUN_AFTER = regex.compile(r"(?:、?“[^“”\n，。；、]{1,12}”)+")
# the country the reports are written in: its places after its name open names (names.yaml
# lexicon.home_country)
#: jieba tags of a word that, right after a level, shows the level is a country's or a
#: state's, no title's (2个国家|和|地区, 3个国家|设立|办事处)
_NOT_AFTER_LEVEL = frozenset({"v", "c", "p", "d", "u", "r"})
#: jieba tags of words that join clauses, no part of a name a place starts (驻豫|部队|按照)
_CLAUSE_TAGS = frozenset({"p", "c", "u", "d", "uj", "ul", "ud", "uz", "ug", "uv"})
#: jieba tags of verbs and adverbs that open a list of works
_VERB_TAGS = frozenset({"v", "vd", "d", "ad"})
#: a column gap of a roster or a table set in spaces (names._after_column_gap)
_COLUMN_GAP = re.compile("[ \t\u3000]{2,}")
#: tags (first letter) of the word before a company's name that the rare word opens
#: (names._rare_company_start): the clause's end (从|国铁集团, 的|传化集团 uj, 与, 赴|施耐德电气集团,
#: 来到|安踏集团, a mark x), not a noun of a longer name nor a count (多个 m)
_WALL_TAGS = frozenset({"p", "c", "u", "d", "r", "x", "y", "e", "v"})
#: jieba's tags that open a clause, not a facility's name (根据|泰山景区, 并|在|铁路)
_OPENING_TAGS = frozenset({"p", "c", "r"})
#: jieba's tags of the particles 的 and 了: words of a clause, not of a facility's name
#: (not 地, tagged uv, of 锦屏深|地|科学中心)
_PARTICLE_TAGS = frozenset({"uj", "ul"})
#: jieba's tags of the aspect particles 着 and 过 that end a verb (标志着|中吉乌铁路, 经过|…):
#: no name's first character
_ASPECT_TAGS = frozenset({"uz", "ug"})
#: labels of another rule's name at an item's start that leave the item to it
_NOT_PROJECT_LABELS = frozenset({"ORG", "INITIATIVE", "PERSON", "DOC"})


#: nothing but spaces, tabs and # (the text before a law's title, read without copying it)
_TITLE_MARKS_ONLY = re.compile("[ #\t　]*")

canonical = canonical_name  # ANNOTATION.md: the span text without line breaks, spaces, quotes


def _after_place(rule: NameRule, clean: str, start: int, end: int) -> regex.Match[str] | None:
    """The rest of a place-led name after the place at ``start:end``: never running over
    the same name written again (台儿庄古城保护规划编制|台儿庄古城: the first 台儿庄古城 is a
    name of its own), so a rest that ends where the place written again starts a name that
    ends there too is matched again up to where the place recurs (an alias in brackets,
    杭州大江东产业集聚区（杭州经济技术开发区）管委会, stays one name)."""
    assert rule.pattern is not None
    m = rule.pattern.match(clean, end)
    if m is None:
        return None
    place = clean[start:end]
    again = clean.find(place, end, m.end())
    if again < 0:
        return m
    tail = rule.pattern.match(clean, again + len(place))
    return m if tail is None or tail.end() != m.end() else rule.pattern.match(clean, end, again)


#: the words between a country and its capital (黎巴嫩首都|贝鲁特): the city is still its own
#: the words between a country (or its part) and a city of it named next, as its capital or
#: its kind of city (美国首都|华盛顿, 法国南部城市|马赛, 德国港口城市|汉堡: gpe35, held-out news,
#: where the place gate dropped the city): :meth:`NameRulePass._after_holding_place` reads
#: the country before them
_CITY_ROLE = regex.compile(r"(?:首都|首府|(?:[东南西北中]{1,2}部)?(?:港口|边境|沿海|工业|海滨)?城市)$")


def _own_cities(before: str) -> frozenset[str]:
    """The cities of the country whose short name ``before`` ends with (韩国: 首尔, 釜山 …;
    places.country_cities), none where it ends with no such country. Only the last five
    characters are read: callers pass those, not the text before."""
    for n in (2, 3, 4, 5):
        if (cities := country_cities().get(before[-n:])) is not None and len(before) >= n:
            return cities
    return frozenset()


def _foreign_division_name(clean: str, start: int, end: int) -> bool:
    """Whether ``clean[start:end]``, a name and its level word after another country
    (names.foreign_division), is a division's: a krai (边疆区), or a name jieba tags a
    place's or a foreign name's, or a city of that country; not a city's people or organs
    (首尔市|民, 首尔市|政府)."""
    name = clean[start:end]
    if name.endswith("市") and clean[end:end + 1] in "民委政":
        return False
    return name.endswith("边疆区") or jieba_dictionary()[0].get(name[:-1]) in _FOREIGN_NAME_TAGS \
        or name[:-1] in _own_cities(clean[max(0, start - 5):start])


def _stop_words(lex: dict, name: str, path: Path) -> tuple[str, ...]:
    """A rule's ``stops``: a lexicon list, or ``LIST-LESS(-LESS…)``, the words of LIST in none
    of the LESS lists (initiative_stop-honour_levels: 全省 and 全市 open a title written before
    称号, C43p; -title_policy_verbs: a verb of policy inside a level's award title, C43pb)."""
    keep, *less = name.split("-")
    drop = frozenset(w for part in less for w in _words(lex, part, path))
    return tuple(w for w in _words(lex, keep, path) if w not in drop)


def _checked_rule(rules: Iterable[NameRule], check: str) -> NameRule | None:
    """The first rule of ``check`` that has a pattern (names.translit_port, whose characters
    the organisation walk reads too; names.foreign_division's), None where none has."""
    return next((r for r in rules if r.check == check and r.pattern is not None), None)


def _translit_start(clean: str, end: int, chars: regex.Pattern[str] | re.Pattern[str]) -> int:
    """Where the run of characters ``chars`` matches (one each) that ends at ``end`` starts,
    seven at the most (names.translit_port: the characters transliterations are written in)."""
    start = end
    while start > 0 and end - start < 7 and chars.fullmatch(clean[start - 1]):
        start -= 1
    return start


def _place_heads(clean: str, start: int, end: int, places: Collection[str]) -> list[int]:
    """Where each place (of ``places`` or the division data) a GPE's span ``start:end``
    opens with ends, shortest first, with at least three characters left after it."""
    index = place_index()
    return [start + k for k in range(2, min(end - start - 3, _LONGEST_PLACE_PREFIX) + 1)
            if clean[start:start + k] in places or index.lookup(clean[start:start + k])]


def _not_one_place(clean: str, start: int, end: int, places: Collection[str]) -> bool:
    """Whether a GPE's span ``start:end`` is no one place: after the place it opens with (the
    longest of :func:`_place_heads`: 峰峰矿区, not 峰峰 and a county named 矿区 elsewhere)
    comes a county and more (:func:`_county_after_place`, C44g) or a class of towns
    (:func:`_class_of_towns`, C44h)."""
    heads = _place_heads(clean, start, end, places)
    return bool(heads) and (_county_after_place(clean, heads[-1], end)
                            or _class_of_towns(clean, heads[-1], end))


def _county_after_place(clean: str, head: int, end: int) -> bool:
    """Whether a county's full name (its level word 县, 区, 市 or 旗 written) that does not
    end the span starts at ``head``, where the place a GPE's span opens with ends
    (黄山市|黟县|西递镇, 海北藏族自治州|门源回族自治县|仙米乡: a prefecture, then its county
    and the county's town): the prefecture before a county stays apart (C43g; 河北省|承德市
    in the train gold), the county and its town one GPE, which the places stage reads
    (C38r); not one GPE over the three. (gpe44, call C44g) A prefecture by any of its names
    after the place is so too (广西|南宁|蟠龙社区: the province before its prefecture stays
    apart, as 河北省|承德市; gpe46b, C46gg)."""
    index = place_index()
    county = index.prefix_at(clean, head)
    return county is not None and head + len(county) < end \
        and (county.endswith(("县", "区", "市", "旗")) and bool(index.counties(county))
             or any(p.level == "prefecture" for p in index.lookup(county)))


def _class_of_towns(clean: str, head: int, end: int) -> bool:
    """Whether the rest of a GPE's span after the place it opens with (``head:end``) ends in
    城镇 and is no town of the division data (浙江省|森林城镇, 湖南省|卫生城镇: 城镇 the word
    for towns in general, after a kind or an honour; not 丽江市|古城镇, a town of the data): a
    class of towns or a title, no town's name (rule 9; C43h reads the title). (gpe44, call
    C44h)"""
    return clean.endswith("城镇", head, end) and not data_town(clean[head:end])


def _after_count(clean: str, cand: Candidate) -> bool:
    """A name that starts with a classifier right after a number is the noun a count
    counts, no name (等5家|市疾控中心: the count is 5家, the bodies a kind, rule 9); a
    county whose name opens with a classifier too (完成11项|城市生命线安全工程 is no 项城市,
    nor 十名|山区 a 名山区: init32, train names perturbed)."""
    return cand.start > 0 \
        and clean[cand.start] in _CLASSIFIER_START \
        and _NUMBER_BEFORE.match(clean, cand.start - 1) is not None


@dataclass(frozen=True, slots=True)
class GazEntry:
    surface: str
    canonical: str
    label: str
    kind: str


@dataclass(frozen=True)
class NameRule:
    id: str
    label: str
    #: compiled with ``regex``, or with Python's ``re`` where the rule says ``engine: re``
    #: (rules.stdlib_pattern: the same matches, scanned faster for some patterns; ``near``
    #: too)
    pattern: regex.Pattern[str] | re.Pattern[str] | None
    check: str | None
    priority: int
    score: float
    examples: tuple[dict[str, str], ...]
    counterexamples: tuple[str, ...]
    #: where the pattern is tried (speed; the matches are the same): ``place`` only where
    #: a place of the gazetteer starts; ``near`` only around a match of this pattern
    starts: str | None = None
    near: regex.Pattern[str] | re.Pattern[str] | None = None
    #: the lexicon list of words that end a place-led name (``place_led`` check)
    stops: str = "outer_stop"
    #: strings one of which every match holds (speed; the matches are the same): the
    #: pattern is tried only around them, as far as ``reach`` says a match can run
    needs: tuple[str, ...] = ()
    reach: Reach | None = None
    #: with ``reach``, what an opening lookbehind of the pattern needs and how far it reads
    #: (triggers.behind_window, read off the outlined pattern at the build: the full one,
    #: its 4,000 places written out, took a new process 0.15 s at its first documents;
    #: None: not known), where the windows are narrowed to (_needed_matches)
    behind: tuple[tuple[str, ...], int] | None = None
    #: with ``behind``, a search for the characters its lookbehind's text never holds
    #: (triggers.behind_stops): a match starts no farther after a needed string than the
    #: first of them
    behind_stops: re.Pattern[str] | None = None
    #: with a check of _EXTENDING, strings one of which every match holds and the most
    #: characters a match holds (triggers.window, read off the outlined pattern; None: not
    #: known): a name after which none starts within that is not tried (_extended)
    after_needs: tuple[tuple[str, ...], int] | None = None
    #: the rule's context makes a generic word (rule 9: 政府) refer to one body (自治区党委、
    #: 政府): its ORGs are kept although the word alone is generic
    referring: bool = False
    #: with ``starts: place``, the characters a match of the pattern starts with
    #: (triggers.first_chars; None: not known): a place another character follows is
    #: not tried (speed; the matches are the same)
    first: frozenset[str] | None = None
    #: where ``near`` matches a few literal words only (triggers.literal_words): a search
    #: for any of them, which finds where a match of ``near`` starts (_near_spans)
    near_words: re.Pattern[str] | None = None
    #: those words (empty where ``near_words`` is None)
    near_set: frozenset[str] = frozenset()
    #: whether ``near`` matches those words only; False where they only lead its matches
    #: (triggers.leading_words): it is tried where one starts and may fail there
    near_exact: bool = True
    #: where ``near`` has no words to search for, ``(needs, reach)`` of the windows its
    #: spans are found in (triggers.near_window; None: scanned whole)
    near_reach: tuple[tuple[str, ...], Reach] | None = None
    #: every match starts with a place ({PLACE}, triggers.outline_led): the pattern is
    #: tried where the gazetteer scan found a place only (NameRulePass._at_places)
    at_places: bool = False
    #: a pattern whose ways open with a lookaround (which ``regex`` and ``re`` try at every
    #: position), of the rules in _LEAD_SCANNED: where its matches can start
    #: (triggers.lead_pattern), the pattern tried there only (_led_matches; the same matches)
    lead: triggers.Lead | None = None
    #: with a check of _GATED, strings of two characters or more one of which every match
    #: of the pattern holds (triggers.needed; None: not known): a text that holds none of
    #: them is not tried, found by the look-up scan of the gazetteer (_anchors)
    gate: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Head:
    """One row of the heads table of rules/names.yaml (its header says what each column
    means)."""

    head: str
    kind: str  # "org" or "fac"
    reads: frozenset[str] = frozenset()  # fac: walk, place, proper
    weak: bool = False
    generic: bool = False
    continues: bool = False
    split: bool = False
    example: str | None = None
    counterexample: str | None = None


_HEAD_KEYS = frozenset(f for f in Head.__slots__)  # type: ignore[attr-defined]
_HEAD_READS = frozenset({"walk", "place", "proper"})
_HEAD_FLAGS = frozenset({"weak", "generic", "continues", "split"})


@dataclass(frozen=True)
class HeadTable:
    """The heads table, and the views of it the strategies read (in file order)."""

    rows: tuple[Head, ...]

    def _where(self, kind: str, test: Callable[[Head], bool] = lambda h: True
               ) -> list[str]:
        return [h.head for h in self.rows if h.kind == kind and test(h)]

    @property
    def org(self) -> list[str]:
        return self._where("org")

    def fac(self, reads: str) -> list[str]:
        """Facility heads a strategy reads: ``walk``, ``place`` or ``proper``."""
        return self._where("fac", lambda h: reads in h.reads)

    def flagged(self, column: str) -> frozenset[str]:
        """The heads whose ``column`` (weak, generic, continues, split) is true."""
        if column not in _HEAD_FLAGS:
            raise ValueError(f"{column!r} is no flag column of the heads table")
        return frozenset(h.head for h in self.rows if getattr(h, column))


def load_heads(data: dict[str, Any], path: Path) -> HeadTable:
    """The ``heads`` table of names.yaml; an unknown column, a kind other than org or
    fac, an org-only column on a facility (or ``reads`` on an organisation), a head
    listed twice for one kind or an example without its head is an error."""
    entries = data.get("heads")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{path}: expected a non-empty 'heads' table")
    rows: list[Head] = []
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(entries, 1):
        where = f"{path}: heads row {n}"
        if not isinstance(entry, dict) or not entry.get("head"):
            raise RuleError(f"{where}: expected a mapping with a 'head'")
        if unknown := set(entry) - _HEAD_KEYS:
            raise RuleError(f"{where}: unknown column(s) {sorted(unknown)}")
        head, kind = str(entry["head"]), entry.get("kind")
        if kind not in ("org", "fac"):
            raise RuleError(f"{where} ({head}): kind must be org or fac, not {kind!r}")
        reads = frozenset(str(r) for r in entry.get("reads") or ())
        if reads - _HEAD_READS or (kind == "org" and reads):
            raise RuleError(f"{where} ({head}): reads must be walk, place or proper, and "
                            f"only for a facility head")
        if kind == "fac" and (entry.get("weak") or entry.get("split")):
            raise RuleError(f"{where} ({head}): weak and split are organisation columns")
        if (kind, head) in seen:
            raise RuleError(f"{where}: {head!r} is listed twice as {kind}")
        seen.add((kind, head))
        for key in ("example", "counterexample"):
            if entry.get(key) is not None and key == "example" and head not in entry[key]:
                raise RuleError(f"{where} ({head}): the example does not hold the head")
        rows.append(Head(head=head, kind=kind, reads=reads, weak=bool(entry.get("weak")),
                         generic=bool(entry.get("generic")),
                         continues=bool(entry.get("continues")),
                         split=bool(entry.get("split")),
                         example=entry.get("example"),
                         counterexample=entry.get("counterexample")))
    return HeadTable(tuple(rows))


@dataclass(frozen=True)
class NameRules:
    """Everything the name pass reads from ``rules/``, validated."""

    rules: tuple[NameRule, ...]
    gazetteer: dict[str, GazEntry]
    lexicon: dict[str, Any]
    directory: Path
    heads: HeadTable


def _division_named(clean: str, cand: Candidate) -> bool:
    """Whether a division's full name that is a plain word too (老城区) is written as the
    division: right after its prefecture or province (洛阳市老城区, 洛阳老城区, 河南省洛阳市
    老城区) or beside a list mark with a county of the same prefecture (老城区、西工区); not
    alone (推进老城区改造, 传统平房区, 革命根据地、解放区)."""
    index = place_index()
    found = index.lookup(clean[cand.start:cand.end])
    above = {a for p in found for level in ("prefecture", "province")
             if (a := index.ancestor(p, level)) is not None and a != p}
    for n in range(2, 12):
        if n > cand.start:
            break
        if any(p in above for p in index.lookup(clean[cand.start - n:cand.start])):
            return True
    # an item of a list of divisions of the same prefecture (老城区、西工区, 西工区、老城区)
    prefectures = {index.ancestor(p, "prefecture") for p in found} - {None}
    for at, step in ((cand.end, 1), (cand.start - 1, -1)):
        if not clean.startswith("、", at):
            continue
        near = clean[at + 1:at + 9] if step == 1 else clean[max(0, at - 8):at]
        for n in range(2, len(near) + 1):
            piece = near[:n] if step == 1 else near[-n:]
            if any(index.ancestor(p, "prefecture") in prefectures and p.level == "county"
                   for p in index.lookup(piece)):
                return True
    return False


def load_gazetteer(path: Path, places: bool = True) -> dict[str, GazEntry]:
    """``surface -> entry``; a surface listed twice or a non-name label is an error.

    With ``places`` the names of places from maintained data are added as GPE
    (:func:`policy_extract.places.place_surfaces`: divisions, countries, world regions;
    :func:`policy_extract.places.world_cities`: other countries' cities) where the file does not list the surface itself (东盟 is listed as an ORG)."""
    table: dict[str, GazEntry] = {}
    for row in read_tsv(path, ("surface", "canonical", "label")):
        if row["label"] not in NAME_LABELS:
            raise RuleError(f"{path}: {row['surface']!r} has label {row['label']!r}; "
                            f"expected one of {sorted(NAME_LABELS)}")
        if row["surface"] in table:
            raise RuleError(f"{path}: surface {row['surface']!r} is listed twice")
        table[row["surface"]] = GazEntry(row["surface"], row["canonical"], row["label"],
                                         row.get("kind", ""))
    if places:
        for surface, kind in place_surfaces().items():
            table.setdefault(surface, GazEntry(surface, surface, "GPE", kind))
        for surface in world_cities():  # found, not linked (no division code)
            table.setdefault(surface, GazEntry(surface, surface, "GPE", "city"))
    return table


#: the keys of a lexicon entry written as a mapping: its words (or a pattern), a note, and
#: the examples and counterexamples tests/test_names.py runs (test_lexicon_example)
LEXICON_ENTRY_KEYS = frozenset({"words", "pattern", "note", "examples", "counterexamples"})


def _entry(lexicon: dict[str, Any], key: str, path: Path, field: str) -> Any:
    """The ``field`` of ``lexicon.key`` where it is a mapping (words or pattern, note,
    examples, counterexamples); a plain list or string is its words."""
    value = lexicon.get(key)
    if not isinstance(value, dict):
        return value if field == "words" else None
    unknown = set(value) - LEXICON_ENTRY_KEYS
    if unknown:
        raise RuleError(f"{path}: lexicon.{key}: unknown key(s) {sorted(unknown)}; "
                        f"expected {sorted(LEXICON_ENTRY_KEYS)}")
    return value.get(field)


def _words(lexicon: dict[str, Any], key: str, path: Path) -> list[str]:
    value = _entry(lexicon, key, path, "words")
    if isinstance(value, str):
        return list(value)
    if not isinstance(value, list) or not value:
        raise RuleError(f"{path}: lexicon.{key} must be a non-empty list")
    return [str(v) for v in value]


def _pattern(lexicon: dict[str, Any], key: str, path: Path) -> str:
    """The regex source of ``lexicon.key``, an entry written with a ``pattern``."""
    value = _entry(lexicon, key, path, "pattern")
    if not isinstance(value, str) or not value:
        raise RuleError(f"{path}: lexicon.{key} must be a mapping with a non-empty pattern")
    return value


@lru_cache(maxsize=4)
def _names_yaml(directory: Path) -> dict[str, Any]:
    """``directory/names.yaml`` parsed, once per process (not to be changed): its lexicon
    and fragments for the readers outside the rule pass (:func:`_lexicon`,
    :func:`lexicon_expanded`)."""
    return load_yaml(directory / "names.yaml")


@lru_cache(maxsize=4)
def _lexicon(directory: Path) -> dict[str, Any]:
    """``directory/names.yaml``'s ``lexicon``, read once per process (not to be changed)."""
    path = directory / "names.yaml"
    lexicon = _names_yaml(directory).get("lexicon")
    if not isinstance(lexicon, dict):
        raise RuleError(f"{path}: expected a 'lexicon' mapping")
    return lexicon


@lru_cache(maxsize=32)
def lexicon_words(directory: Path, key: str) -> tuple[str, ...]:
    """The words of ``directory/names.yaml``'s ``lexicon.key``, read and checked as the
    name pass reads them (for another stage that needs one list: facts' partner runs,
    places' word lists)."""
    return tuple(_words(_lexicon(directory), key, directory / "names.yaml"))


@lru_cache(maxsize=32)
def lexicon_pattern(directory: Path, key: str) -> str:
    """The pattern of ``directory/names.yaml``'s ``lexicon.key`` (places' numbered heading)."""
    return _pattern(_lexicon(directory), key, directory / "names.yaml")


@lru_cache(maxsize=8)
def lexicon_expanded(directory: Path, key: str) -> str:
    """:func:`lexicon_pattern` with names.yaml's own fragments expanded (places'
    village after its town reads the fragments of names.village_body: gpe43, C43g)."""
    path = directory / "names.yaml"
    fragments = {str(k): str(v) for k, v in (_names_yaml(directory).get("fragments") or {}).items()}
    return expand(_pattern(_lexicon(directory), key, path), fragments, path, f"lexicon.{key}")


def _last_chars(words: Iterable[str]) -> str:
    """A character class of the last characters of ``words``."""
    return "[" + "".join(sorted({re.escape(w[-1]) for w in words})) + "]"


def load_name_rules(directory: Path, cache: PatternCache | None = None,
                    memo: SourceMemo | None = None) -> NameRules:
    """The rules of ``directory/names.yaml``; their ``regex`` patterns compiled through
    ``cache`` if one is given (patterncache: the same patterns, read from disk), what
    triggers.py reads off their patterns (windows, reaches, leads) through ``memo`` if one
    is given (patterncache.SourceMemo: the same results, read from disk)."""
    kept = memo or _direct

    def alternation(words: Iterable[str]) -> str:  # rules.alternation, through the memo
        return kept_alternation(kept, words)

    path = directory / "names.yaml"
    data = load_yaml(path)
    lexicon = data.get("lexicon")
    if not isinstance(lexicon, dict):
        raise RuleError(f"{path}: expected a 'lexicon' mapping")
    gazetteer = load_gazetteer(directory / "gazetteer.tsv")
    fragments = {str(k): str(v) for k, v in (data.get("fragments") or {}).items()}
    # names a suffix can follow (雄安|新区): the places of the file alone; the divisions
    # of the data are in the gazetteer with their own suffixes (常德市, 湘西土家族苗族自治州),
    # and a suffix added to them reads into the next word (湛江|省级, 广西|县域)
    places = [e.surface for e in load_gazetteer(directory / "gazetteer.tsv", places=False)
              .values() if e.label == "GPE"]
    all_places = [e.surface for e in gazetteer.values() if e.label == "GPE"]
    heads = load_heads(data, path)
    fac_heads = heads.fac("place")  # the walk's and those read after a place only
    # titles a level confers, and the titles of a county, a city or a park for the work it
    # leads in (init42b, C42s: lexicon.conferred_title_heads)
    designation_heads = [*_words(lexicon, "designation_heads", path),
                         *_words(lexicon, "conferred_title_heads", path)]
    fragments.update({
        "ORG_HEAD": alternation(heads.org),
        "GPE_SUFFIX": alternation(_words(lexicon, "gpe_suffixes", path)),
        "KNOWN_PLACE": alternation(places),
        # every place, the divisions of the data too: for rules where a head follows
        # the place at once (海拉尔区第十五届人民代表大会, 九江港)
        "PLACE": alternation(all_places),
        # the countries and world regions of the data (中国, 中亚): a part of one (中国西部) or a
        # group of its countries (中亚五国) is one GPE with it
        "WORLD_PLACE": alternation(e.surface for e in gazetteer.values()
                                   if e.label == "GPE" and e.kind in ("country", "region")),
        # the zones of the file (前海, 横琴, 两江新区): a zone's parts and full names start
        # with them as with a place (前海合作区, 横琴新区片区: ORG, rule 13)
        "ZONE": alternation(e.surface for e in gazetteer.values() if e.kind == "zone"),
        # (C50r) the companies of the file (中国电信, 中石化): a facility named by one with a place
        # in brackets is one FAC with it (names.bracket_place_fac: 中国电信（安徽）大数据产业园)
        "COMPANY": alternation(e.surface for e in gazetteer.values() if e.kind == "company"),
        # a zone's administration after its name (…片区管理委员会, 前海合作区管理局)
        "ZONE_ADMIN": "(?:管理委员会|管委会|管理局|执行委员会|管理机构)",
        "VERTICAL": alternation(_words(lexicon, "vertical_agencies", path)),
        # a verb of building after a place is no word of a name (lexicon.place_build_verbs)
        "BUILD_VERB": f"(?:{alternation(_words(lexicon, 'place_build_verbs', path))})"
                      f"(?!{_BUILD_VERB_NOT_BEFORE})",
        "TITLE_AFTER": alternation(_words(lexicon, "titles_after", path)),
        "TITLE_BEFORE": alternation(_words(lexicon, "titles_before", path)),
        "CREDIT_ROLES": alternation(_words(lexicon, "credit_roles", path)),
        "SURNAMES": "".join(_words(lexicon, "surnames", path)),
        # (C49p) a surname: a compound one (欧阳, 上官) or one character of the table
        "SURNAME": f"(?:{alternation(_words(lexicon, 'compound_surnames', path))}"
                   f"|[{''.join(_words(lexicon, 'surnames', path))}])",
        "PLACE_ABBREVS": "".join(_words(lexicon, "place_abbrevs", path)),
        # the provinces of the data (places.province_names): their short names (河北, 内蒙古),
        # and each full or short (河北省?, 内蒙古(?:自治区)?)
        "PROVINCE_SHORT": alternation(short for _, shorts in province_names() for short in shorts),
        "PROVINCE_NAME": alternation(name for full, shorts in province_names()
                                     for name in (full, *shorts)),
        "FAC_HEAD": alternation(fac_heads),
        "FACILITY_PREDICATE": _pattern(lexicon, "facility_predicate", path),
        "UPGRADE_WORKS": _pattern(lexicon, "upgrade_works", path),
        # the last characters of the heads: a quick test before a head is looked for
        "FAC_HEAD_END": _last_chars(fac_heads),
        "INITIATIVE_HEAD": alternation(_words(lexicon, "initiative_heads", path)),
        # (C45s) what 全面 opens as a word of a programme's name (全面|振兴新突破…行动)
        "WHOLE_AIM": alternation(_words(lexicon, "whole_aims", path)),
        "INITIATIVE_HEAD_END": _last_chars(_words(lexicon, "initiative_heads", path)),
        "DESIGNATION_HEAD": alternation(designation_heads),
        # a designation head that names one alone after its level (国家|技术创新中心)
        "LONG_DESIGNATION_HEAD": alternation(w for w in designation_heads if len(w) >= 4),
        "PROPER_FAC_HEAD": alternation(heads.fac("proper")),
        "BATCH_HEAD": alternation(_words(lexicon, "batch_heads", path)),
        "COUNTED_TITLE_HEAD": alternation(_words(lexicon, "counted_title_heads", path)),
        "PLACE_TITLE": alternation(_words(lexicon, "place_titles", path)),
        "SHARED_HEAD": alternation(_words(lexicon, "shared_heads", path)),
        "PURPOSE_FUND": alternation(_words(lexicon, "purpose_funds", path)),
        # (init41) a circle named by the time to reach it (names.timed_circle)
        "CIRCLE_HEAD": alternation(_words(lexicon, "circle_heads", path)),
        # a time or a range of times (1至2小时)
        "CIRCLE_TIME": "(?:(?:[\\d０-９]{1,3}|[一二三四五六七八九十两半]{1,3})(?:至|到|[~～—-]))?"
                       "(?:[\\d０-９]{1,3}|[一二三四五六七八九十两半]{1,3})个?(?:分钟|小时|刻钟)",
        "PROJECT_KIND": alternation(_words(lexicon, "project_kinds", path)),
        "FACILITY_KIND": alternation(_words(lexicon, "facility_kinds", path)),
        # (C47g) the heads of built infrastructure no programme joins (names.joined_programme)
        "WORKS_FACILITY": alternation(_words(lexicon, "works_facility_heads", path)),
        "COMPANY_KIND": alternation(_words(lexicon, "company_kinds", path)),
        "COMPANY_TRADE": alternation(_words(lexicon, "company_trades", path)),
        "STATE_COMPANY": alternation(_words(lexicon, "state_company_shorts", path)),
        "KNOWN_COMPANY_TRADE": alternation(_words(lexicon, "known_company_trades", path)),
        "SINGLE_ABBREVS": "".join(_words(lexicon, "single_abbrevs", path)),
        "COUNTRY_ABBREVS": "".join(_words(lexicon, "country_abbrevs", path)),
        "CITY_ABBREVS": "".join(_words(lexicon, "city_abbrevs", path)),
        "COMPASS_ABBREVS": "".join(_words(lexicon, "compass_abbrevs", path)),
        "PARTNER_WORD": alternation(_words(lexicon, "partner_words", path)),
        "INTEGRATION_WORD": alternation(_words(lexicon, "integration_words", path)),
        "STRATEGY_WORD_AFTER": alternation(_words(lexicon, "strategy_words_after", path)),
    })
    entries = data.get("rules")
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a 'rules' list")
    # the patterns as the window derivation reads them: the 4,000 places (a parse of
    # some 0.4 s each) outlined as a run of as many characters (triggers.outlined)
    outlined = {**fragments, "PLACE": triggers.outlined(all_places)}
    rules = tuple(_build(path, n, e, fragments, outlined, cache, kept)
                  for n, e in enumerate(entries, 1))
    check_unique_ids(path, [r.id for r in rules])
    return NameRules(rules=rules, gazetteer=gazetteer, lexicon=lexicon, directory=directory,
                     heads=heads)


#: how _build calls a pure function of a pattern's source: at once, or through a memo
Memo = Callable[[Callable[[str], Any], str], Any]
_R = TypeVar("_R")


def _direct(function: Callable[[str], _R], source: str) -> _R:
    """``function(source)``: no memo (:class:`~policy_extract.patterncache.SourceMemo`)."""
    return function(source)


def _build(path: Path, n: int, entry: Any, fragments: dict[str, str],
           outlined: dict[str, str] | None = None, cache: PatternCache | None = None,
           memo: Memo = _direct) -> NameRule:
    rid, where = rule_header(path, n, entry, _RULE_KEYS)
    if entry.get("label") not in NAME_LABELS:
        raise RuleError(f"{where}: label {entry.get('label')!r} is not a name label")
    check = entry.get("check")
    if check is not None and check not in _CHECKS:
        raise RuleError(f"{where}: unknown check {check!r}; expected one of {sorted(_CHECKS)}")
    engine = entry.get("engine", "regex")
    if engine not in ("regex", "re"):
        raise RuleError(f"{where}: engine must be 're' or 'regex', not {engine!r}")
    if engine == "re" and check in _OVERLAPPED_CHECKS:
        raise RuleError(f"{where}: check {check} reads overlapping matches: engine regex only")
    pattern = _compiled(entry, "pattern", fragments, path, rid, where, engine, cache)
    if pattern is None and check is None:
        raise RuleError(f"{where}: needs a pattern or a check")
    examples = []
    for ex in entry.get("examples", []):
        if not isinstance(ex, dict) or "text" not in ex or "span" not in ex:
            raise RuleError(f"{where}: an example needs 'text' and 'span': {ex!r}")
        if str(ex["span"]) not in str(ex["text"]):
            raise RuleError(f"{where}: example span {ex['span']!r} is not in {ex['text']!r}")
        examples.append({str(k): str(v) for k, v in ex.items()})
    starts = entry.get("starts")
    if starts not in (None, "place"):
        raise RuleError(f"{where}: starts must be 'place', not {starts!r}")
    near = _compiled(entry, "near", fragments, path, rid, where, engine, cache)
    stops = str(entry.get("stops", "outer_stop"))
    needs, reach = _needs(entry, fragments, path, rid, where, memo)
    scanned = not (starts or near or check in _OVERLAPPED_CHECKS or check not in _SCANNED)
    if needs and not scanned:
        raise RuleError(f"{where}: needs is for a pattern scanned over the text alone "
                        "(no starts, near or check that does not scan)")
    window = entry.get("window")
    if window not in (None, "whole"):
        raise RuleError(f"{where}: window must be 'whole', not {window!r}")
    if check in _OVERLAPPED_CHECKS and near is None and not starts and window is None:
        raise RuleError(f"{where}: check {check} reads overlapping matches at every position "
                        "it is tried: give it a near (or window: whole)")
    if not needs and scanned and pattern is not None and window is None:
        needs, reach = _derived_needs(entry, outlined or fragments, path, rid, where, memo)
    behind = behind_stops = None
    if reach is not None:
        source = expand(str(entry["pattern"]), outlined or fragments, path, rid, ())
        behind = memo(triggers.behind_window, source)
        behind_stops = None if behind is None else memo(triggers.behind_stops, source)
    after_needs = None
    if check in _EXTENDING and pattern is not None and (found := memo(triggers.window, (
            expand(str(entry["pattern"]), outlined or fragments, path, rid, ())))) is not None:
        after_needs = (found[0], found[1].longest)
    near_words, near_set, near_exact, near_reach = None, frozenset[str](), True, None
    if near is not None:
        near_source = expand(str(entry["near"]), outlined or fragments, path, rid, ())
        words = memo(triggers.literal_words, near_source)
        if words is None and (words := memo(triggers.leading_words, near_source)) is not None:
            # led by words of two characters or more: looked up with the others (a mark
            # or a character regex finds as fast)
            near_exact = min(map(len, words)) < 2
            words = None if near_exact else words
        if words is not None:
            # longest first, ties in a fixed order (S48g: one source, one cache entry,
            # whatever order the set has; of two words of one length only one matches)
            words_source = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
            near_words = (re.compile(words_source) if cache is None
                          else cache.compile_re(words_source))
            near_set = words
        elif engine != "re":  # (S50c) re's own scan skips to a set of first characters at
            # C speed: names.settlement_visited's near over the corpus 1.1 ms whole, 2.4 ms in
            # the windows of its needed strings (乡, 村, 镇, …), the same spans
            near_reach = memo(triggers.near_window, near_source)
    at_places = pattern is not None and outlined is not None and not starts \
        and memo(triggers.outline_led, expand(str(entry["pattern"]), outlined, path, rid, ()))
    lead = None
    if rid in _LEAD_SCANNED and pattern is not None and not starts and not at_places:
        lead = memo(triggers.lead_pattern, expand(str(entry["pattern"]), outlined or fragments,
                                                  path, rid, ()))
    gate = None
    if check in _GATED and pattern is not None:
        gate = memo(triggers.needed, expand(str(entry["pattern"]), outlined or fragments, path,
                                            rid, ()))
        gate = gate if gate and min(map(len, gate)) >= 2 else None
    first = None
    if starts == "place" and pattern is not None:
        first = memo(triggers.first_chars, expand(str(entry["pattern"]), outlined or fragments,
                                                  path, rid, ()))
    return NameRule(id=rid, label=str(entry["label"]), pattern=pattern, check=check,
                    priority=int(entry.get("priority", 0)),
                    score=float(entry.get("score", 0.8)), examples=tuple(examples),
                    counterexamples=counterexamples(where, entry),
                    starts=starts, near=near, stops=stops, needs=needs, reach=reach,
                    behind=behind, behind_stops=behind_stops, after_needs=after_needs,
                    referring=bool(entry.get("referring", False)), first=first,
                    near_words=near_words, near_set=near_set, near_exact=near_exact,
                    near_reach=near_reach,
                    at_places=at_places,
                    lead=lead, gate=gate)


def _needs(entry: dict[str, Any], fragments: dict[str, str], path: Path, rid: str, where: str,
           memo: Memo = _direct) -> tuple[tuple[str, ...], Reach | None]:
    """A rule's ``needs`` (strings one of which every match of its pattern holds) and the
    bounds of its matches (rules.pattern_reach), which tell how far around a needed string
    a match can start and read; a pattern with no bound, or with a match of no characters
    (which would hold none), cannot have ``needs``."""
    needs = entry.get("needs")
    if needs is None:
        return (), None
    if not isinstance(needs, list) or not needs or not all(isinstance(w, str) and w
                                                            for w in needs):
        raise RuleError(f"{where}: needs must be a list of non-empty strings")
    try:
        reach = memo(pattern_reach, expand(str(entry.get("pattern", "")), fragments, path, rid,
                                           ()))
    except RuleError as exc:
        raise RuleError(f"{where}: needs: {exc}") from None
    if reach.shortest == 0:
        raise RuleError(f"{where}: needs: the pattern can match no character")
    return tuple(needs), reach


def _derived_needs(entry: dict[str, Any], outlined: dict[str, str], path: Path, rid: str,
                   where: str, memo: Memo = _direct) -> tuple[tuple[str, ...], Reach | None]:
    """The ``needs`` of a scanned rule that states none, read off its pattern
    (triggers.window: the rarest set of strings one of which every match holds, and the
    bounds of its matches), or none where the pattern has no bound or no such set (the
    rule is scanned over the whole text: rules/names.yaml says so, ``window: whole``)."""
    found = memo(_read_window, expand(str(entry["pattern"]), outlined, path, rid, ()))
    if found is None:
        raise RuleError(f"{where}: no window can be read off the pattern (no bound, or no "
                        "string every match holds): give it needs, or window: whole")
    return found


def _read_window(source: str) -> tuple[tuple[str, ...], Reach | None] | None:
    """:func:`_derived_needs` of a pattern's source: triggers.window's strings and bounds
    where windows are worth their cost, ``((), None)`` where not, None where none can be
    read off it."""
    found = triggers.window(source)
    if found is None:
        return None
    return found if triggers.worth_windows(*found, slow=triggers.slow_start(source)) \
        else ((), None)


def _windows_memo(folder: Path | None) -> SourceMemo | None:
    """The memo of what triggers.py reads off the name rules' patterns, kept in ``folder``
    (None: none) under the code (patterncache.code_digest), the versions of ``regex`` and
    Python and jieba's dictionary (the characters' weights, triggers.char_weights): 0.19
    CPU-s of a build read as 0.01."""
    code, stamp = code_digest(), jieba_dictionary_stamp()
    if folder is None or code is None or stamp is None:
        return None
    return SourceMemo("windows", f"name rule windows 1\n{code}\n{version_tag()}\n{stamp}",
                      folder)


#: a set that holds ``&&``, ``||`` or ``~~``: set operations of regex's version 1, which
#: version 0 (how rules compile) reads as those characters, ``[\p{Han}&&[^作]]`` being the
#: set of Han, ``&``, ``[``, ``^`` and 作, then a ``]``
_SET_OPERATION = regex.compile(r"\[(?:\\.|[^\]\\])*?(?:&&|\|\||~~)")


def _compiled(entry: dict[str, Any], key: str, fragments: dict[str, str], path: Path,
              rid: str, where: str, engine: str = "regex", cache: PatternCache | None = None
              ) -> regex.Pattern[str] | re.Pattern[str] | None:
    """The rule's ``key`` (a pattern with ``{FRAGMENT}`` references) compiled with
    ``engine`` (``regex``, or ``re`` through rules.stdlib_pattern), or None."""
    if not entry.get(key):
        return None
    source = expand(str(entry[key]), fragments, path, rid, ())
    if _SET_OPERATION.search(source):
        raise RuleError(f"{where}: {key} writes a set operation (&&, ||, ~~), which version 0 "
                        "reads as characters; write a Han character but not these as "
                        "[^\\P{Han}…]")
    if engine == "re":
        try:
            return stdlib_pattern(source, cache.compile_re if cache else re.compile)
        except RuleError as exc:
            raise RuleError(f"{where}: {key}, engine re: {exc}") from None
    try:
        return cache.compile(source, regex.V0) if cache else regex.compile(source, regex.V0)
    except regex.error as exc:
        raise RuleError(f"{where}: {key} does not compile: {exc}") from None


def _in_quoted_formula(clean: str, start: int, end: int) -> bool:
    """Whether ``clean[start:end]`` lies inside a quoted model of parts joined by +
    (“乐城研用+海南生产”模式, “北上广研发+广西集成+东盟应用”发展路径: a working model the
    development gold labels whole, rules 8 and 20; gold dev-d21, dev-d29), no GPE there."""
    opening = clean.rfind("“", max(0, start - 20), start)
    if opening < 0 or "”" in clean[opening:start]:
        return False
    closing = clean.find("”", end, end + 20)
    return closing >= 0 and "“" not in clean[end:closing] \
        and _PLUS.search(clean[opening + 1:closing]) is not None


#: (C51e) the marks that part the clauses of a quoted slogan, and the words of speech before
#: a quote (a speaker's words are no slogan: 他说：“中国愿…，…”)
_SLOGAN_PARTS = regex.compile(r"[，,、；;]")
_SLOGAN_CLAUSE_MARK = regex.compile(r"[，,；;]")  # a slogan has two clauses at least
_SPEECH_BEFORE = regex.compile(r"(?:[：:]|说|表示|指出|强调|认为|称|道|问|答)\s*$")


def _in_quoted_slogan(clean: str, start: int, end: int) -> bool:
    """(C51e) Whether ``clean[start:end]`` lies inside a short quoted slogan of clauses parted
    by a comma (“总书记有号令、党中央有部署，重庆见行动”, “中央有部署，浙江见行动”: a slogan the
    development gold labels whole with its places, rules 6, 8: d50's “经济大省要挑大梁，为全国发展
    大局作贡献”, d35's “中国特色、亚洲风采、精彩纷呈” no GPE): no GPE there. Only a quote of 24
    characters or fewer, parted by a comma or semicolon into clauses of 2 to 10 characters, the
    place's clause longer than the place, and no speech before it (他说：“…”)."""
    opening = clean.rfind("“", max(0, start - 24), start)
    if opening < 0 or "”" in clean[opening:start]:
        return False
    closing = clean.find("”", end, end + 24)
    if closing < 0 or "“" in clean[end:closing] or closing - opening - 1 > 24:
        return False
    inner = clean[opening + 1:closing]
    if _SLOGAN_CLAUSE_MARK.search(inner) is None \
            or _SPEECH_BEFORE.search(clean, max(0, opening - 4), opening) is not None:
        return False
    parts = _SLOGAN_PARTS.split(inner)
    if not all(2 <= len(p) <= 10 for p in parts):
        return False
    offset = opening + 1
    for part in parts:
        if offset <= start and end <= offset + len(part):
            return len(part) > end - start
        offset += len(part) + 1
    return False


#: the level words that end a place's name: a "name" after a title that ends in one or runs
#: on into one is the place the title's level word began (东莞市|长安镇 read as 市长 + 安镇)
_PLACE_LEVEL_ENDS = frozenset("镇乡村县区市省街路")


def _place_after_title(clean: str, start: int, end: int) -> bool:
    """Whether the name ``clean[start:end]`` read after a post's title is a place instead:
    it ends in a level word or one follows it (东莞市长安镇: 市长 is 东莞市's 市 and 长安镇's
    长; C49c's guard, made up after a held-town test)."""
    return clean[end - 1] in _PLACE_LEVEL_ENDS or clean[end:end + 1] in _PLACE_LEVEL_ENDS


def _piece_spans(start: int, pieces: list[str]) -> list[tuple[int, int]]:
    """The spans of a list's items ``pieces`` written from ``start``, one joiner (、) apart."""
    spans, pos = [], start
    for piece in pieces:
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return spans


class NameRulePass:
    """Rule pass for names; ``find(view)`` gives flat candidates in clean offsets."""

    name = "names"

    def __init__(self, rules: RuleSet | None = None, *, rules_dir: Path | None = None,
                 tokenizer: jieba.Tokenizer | None = None, gate: bool = True) -> None:
        if rules_dir is None:
            if rules is None:
                from .rules import default_rules_dir
                rules_dir = default_rules_dir()
            else:
                rules_dir = rules.directory
        folder = cache_folder()
        cache = PatternCache(rules_digest(Path(rules_dir)), folder)
        memo = _windows_memo(folder)
        self.data = load_name_rules(Path(rules_dir), cache, memo)
        if memo is not None:
            memo.save()
        lex = self.data.lexicon
        path = self.data.directory / "names.yaml"
        self.tokenizer = tokenizer or build_tokenizer(self.data.directory / "gazetteer.tsv")
        self.tags = load_word_tags(self.tokenizer)
        self.kept_suffixes = frozenset(_words(lex, "kept_suffixes", path))
        self._kept_suffixes = tuple(sorted(self.kept_suffixes))  # the order of the old sort
        self._works_nouns = tuple(_words(lex, "works_nouns", path))
        self._home_country = frozenset(_words(lex, "home_country", path))
        #: what makes a works' name a programme's (names.proper_works)
        settlements = "|".join(map(regex.escape, _words(lex, "works_settlements", path)))
        self._works_settlements = cache.compile(settlements)
        self._works_class = cache.compile(r"[省市县区]?(?:" + settlements + r"|全[省市县区]|" + "|".join(
            map(regex.escape, _words(lex, "works_classes", path))) + ")")
        self.figures = frozenset(_words(lex, "figures_of_speech", path))
        self.reject_after = tuple(_words(lex, "reject_after", path))
        self._formula_kept_after = tuple(_words(lex, "formula_kept_after", path))
        self._formula_event_ends = tuple(_words(lex, "formula_event_ends", path))
        #: a one-off event's head a few words after a quoted name (rule 11: “重庆之夜”交响音乐会)
        self._event_after = cache.compile(r"[^\P{Han}和及与等]{0,8}?(?:" + "|".join(
            map(regex.escape, _words(lex, "event_after", path))) + ")")
        self.part_explained_after = tuple(_words(lex, "part_explained_after", path))
        self.craft_after = tuple(_words(lex, "craft_after", path))
        self.quoted_programme_after = tuple(_words(lex, "quoted_programme_after", path))
        #: (C51g) 等, a few words of a programme class and its head after a run of quoted
        #: phrases: the run lists programmes of that class (等专项行动, 等重点研发攻关计划)
        self._quoted_list_class = cache.compile(
            r"等[^\P{Han}，。；、的和与及或]{0,8}?(?:"
            + "|".join(map(regex.escape, _words(lex, "quoted_list_class_heads", path))) + ")")
        self.formula_named_after = tuple(_words(lex, "formula_named_after", path))
        self.plus_pair_named_after = tuple(_words(lex, "plus_pair_named_after", path))
        self.title_named_after = tuple(_words(lex, "title_named_after", path))
        self._title_won_before = tuple(_words(lex, "title_won_before", path))
        self._list_won_before = tuple(_words(lex, "list_won_before", path))
        fragments = load_fragments(self.data.directory)
        self.ranking_list = cache.compile(fragments["RANKING_LIST"])
        #: (C43y) what follows an issuing body's abbreviation in a document number
        self._doc_number_tail = cache.compile(fragments["DOC_NUMBER_TAIL"])
        #: quoted phrases of a shape that names no programme (rule 8: 六连优, 苏超)
        self._not_programme = cache.compile("|".join(_words(lex, "not_programme_shapes", path)))
        self._contrast_after = tuple(_words(lex, "contrast_after", path))
        self._reject_before = tuple(_words(lex, "reject_before", path))
        self._figure_before = tuple(_words(lex, "figure_before", path))
        self._description_named_after = tuple(_words(lex, "description_named_after", path))
        self._figure_after = tuple(_words(lex, "figure_after", path))
        self._phone_after = tuple(_words(lex, "phone_after", path))
        self._phone_before = tuple(_words(lex, "phone_before", path))
        self._clause_shape = cache.compile("|".join(_words(lex, "clause_shapes", path)))
        #: lexicon entries with their examples (rule 9's classes of organs; _distributed,
        #: the organisation walk's level opening)
        self._government_heads = frozenset(_words(lex, "government_heads", path))
        self._government_level_before = frozenset(_words(lex, "government_level_before", path))
        self._every_level = cache.compile(_pattern(lex, "every_level", path))
        self._level_list = cache.compile(_pattern(lex, "level_list", path))
        self._bare_level_list = cache.compile(_pattern(lex, "bare_level_list", path))
        self._scope_words = frozenset(_words(lex, "scope_words", path))
        #: (_second_organ) a body, a clause's link and a second body run into one span
        self._organ_links = frozenset(_words(lex, "organ_links", path))
        self._organ_ends = tuple(_words(lex, "organ_ends", path))
        self._second_openers = frozenset(_words(lex, "second_organ_openers", path))
        #: (_scoped_kind) a kind of body after the words that only scope it (rule 9)
        self._kind_scopes = tuple(sorted(_words(lex, "kind_scopes", path), key=len, reverse=True))
        #: their first characters: a candidate opening with none is no scoped kind (a cheap
        #: test before the scan, _scoped_kind runs on every candidate)
        self._kind_scope_firsts = frozenset(w[0] for w in self._kind_scopes)
        #: the scopes by their first character, longest first as in _kind_scopes (the
        #: scan of _scoped_kind reads only those the rest can open with)
        self._kind_scopes_by_first = {c: tuple(w for w in self._kind_scopes if w[0] == c)
                                      for c in self._kind_scope_firsts}
        self._kind_bodies = frozenset(_words(lex, "kind_bodies", path))
        #: (_stop_parts) airports and ports, whose own stations and road sides follow them
        self._own_stop_facilities = tuple(_words(lex, "own_stop_facilities", path))
        self._road_sides = frozenset(_words(lex, "road_sides", path))
        self._stop_roads = frozenset(_words(lex, "stop_roads", path))
        #: the rest of the title of a law or rule the place starts (# 泰安市|城市绿化条例)
        self._law_title_rest = cache.compile(r"[^\n。，,；;：:！？]{1,30}?"
                                             + alternation(_words(lex, "law_title_ends", path)))
        #: words an organ's name may open with as its level, and its single characters
        self._levels = tuple(_words(lex, "levels", path))
        #: levels that open a name only as a token of their own (旗|财政局; not 旗下, 盟友)
        self._token_levels = frozenset(_words(lex, "token_levels", path))
        #: runs of levels written as one word (省区|市政府: a class, _distributed)
        self._level_runs = frozenset(_words(lex, "level_runs", path))
        self._level_chars = frozenset(w for w in self._levels if len(w) == 1) | self._token_levels
        self._item_levels = tuple(_words(lex, "item_levels", path))
        self._list_scopes = tuple(_words(lex, "list_scopes", path))
        self._building_heads = frozenset(_words(lex, "building_heads", path))
        self._building_figures = frozenset(_words(lex, "building_figures", path))
        self._procedure_chars = frozenset(_words(lex, "procedure_chars", path))
        #: the words of roads, routes and lines named by their ends or bounds
        self._route_prepositions = tuple(_words(lex, "route_prepositions", path))
        self._bound_openings = frozenset(_words(lex, "bound_openings", path))
        self._bound_joins = tuple(_words(lex, "bound_joins", path))
        self._designation_openings = tuple(_words(lex, "designation_openings", path))
        self._extended_to = tuple(_words(lex, "extended_to", path))
        self._road_works_verbs = tuple(_words(lex, "road_works_verbs", path))
        self._ring_openers = frozenset(_words(lex, "ring_openers", path))
        self._ends_heads = tuple(_words(lex, "ends_heads", path))
        self._ends_joiners = frozenset(_words(lex, "ends_joiners", path))
        self._ends_between = frozenset((*_words(lex, "ends_between", path), *_ENDS_MARKS))
        self._joining = frozenset(_words(lex, "joining_prepositions", path))
        self._list_counted = cache.compile(
            _LIST_COUNT + "|" + alternation(_words(lex, "list_count_words", path)))
        self._built_measure = cache.compile_re("|".join(
            (r"\d", *map(re.escape, _words(lex, "built_measures", path)))))
        #: heads of lines and structures, a facility's use, a programme's aim
        self._line_heads = tuple(_words(lex, "line_heads", path))
        self._structure_heads = frozenset(_words(lex, "structure_heads", path))
        self._built_noun_verbs = frozenset(_words(lex, "built_noun_verbs", path))
        self._aimed_heads = frozenset(_words(lex, "aimed_heads", path))
        self._title_aims = frozenset(_words(lex, "title_aims", path))
        self._whole_aims = tuple(_words(lex, "whole_aims", path))
        self._place_titles = tuple(_words(lex, "place_titles", path))
        #: jieba words that glue a name's last word to the next (工程|建设: lexicon.glued_heads)
        self._glued_heads = tuple(_words(lex, "glued_heads", path))
        self._glued_works = tuple(_words(lex, "glued_works", path))
        self._repeated_funds = tuple(_words(lex, "repeated_funds", path))
        self._fund_bodies = tuple(_words(lex, "fund_bodies", path))
        #: function characters, no word of a name's own (lexicon.function_chars), and those
        #: that join two names (lexicon.joining_chars)
        self._function_chars = frozenset(_words(lex, "function_chars", path))
        self._joining_chars = frozenset(_words(lex, "joining_chars", path))
        #: tags of a single character that is a clause's word, no piece of an unknown name
        #: (lexicon.clause_single_tags: 派遣|至|某|传媒公司, 将法规|案|送|常务委员会)
        self._clause_single_tags = frozenset(_words(lex, "clause_single_tags", path))
        #: a level or class alone before a walk's head, a place's or body's last character,
        #: a body inside a place-led facility's span (a clause: dropped)
        self._class_chars = frozenset(_words(lex, "class_chars", path))
        self._unit_ends = frozenset(_words(lex, "unit_ends", path))
        self._body_inside = cache.compile("(?:" + "|".join(
            map(regex.escape, _words(lex, "body_inside", path))) + r")(?=\p{Han})")
        self._fac_description = cache.compile(_FAC_COUNTED + "|" + "|".join(
            map(regex.escape, _words(lex, "fac_quantity_words", path))))
        heads = self.data.heads
        self._referring = frozenset(r.id for r in self.data.rules if r.referring)
        self.org_heads = tuple(sorted(heads.org, key=len, reverse=True))
        # what a first body ends in (_second_organ: built once, not at each word)
        self._first_body_ends = (*self.org_heads, *self._organ_ends)
        self._titles_after = tuple(sorted(self.data.lexicon.get("titles_after") or (),
                                          key=len, reverse=True))
        self.fac_heads = tuple(sorted(heads.fac("walk"), key=len, reverse=True))
        #: every facility head: the walk's and those read after a place or a proper name
        self._facility_heads = tuple(sorted({*heads.fac("place"), *heads.fac("proper")},
                                            key=len, reverse=True))
        self.weak_heads = heads.flagged("weak")
        self.non_org_endings = tuple(_words(lex, "non_org_endings", path))
        self.head_breakers = tuple(_words(lex, "head_breakers", path))
        self._breaker_starts = frozenset(w[0] for w in self.head_breakers)
        self.split_heads = heads.flagged("split")
        self.sub_heads = heads.flagged("continues")
        self.section_after = tuple(_words(lex, "section_after", path))
        # (C49i) a metro line's section is read as a railway's (地铁2号线|北段)
        self._section_heads = (*self.section_after, *_words(lex, "line_section_heads", path))
        self.generic = frozenset(_words(lex, "generic_orgs", path)) | heads.flagged("generic")
        self.zones_alone = frozenset(_words(lex, "zones_alone", path))
        self._zone_kind_words = frozenset(_words(lex, "zone_kind_words", path))
        self.outer_stop = tuple(_words(lex, "outer_stop", path))
        self._outer_stop_re = cache.compile_re(alternation(self.outer_stop))  # no titles (局长)
        self._walk_stops = frozenset(_words(lex, "org_walk_stops", path))
        self._kind_openings = tuple(sorted(_words(lex, "company_kind_openings", path), key=len,
                                           reverse=True))
        self._company_forms = frozenset(_words(lex, "company_forms", path))
        self._form_parts = tuple(_words(lex, "company_form_parts", path))
        self._rare_heads = frozenset(_words(lex, "company_rare_heads", path))
        self._translit_no_heads = tuple(_words(lex, "translit_no_heads", path))
        self._lab_heads = frozenset(_words(lex, "lab_heads", path))
        self._place_prepositions = frozenset(_words(lex, "place_prepositions", path))
        self._single_abbrevs = frozenset("".join(_words(lex, "single_abbrevs", path)))
        self._measure = cache.compile(r"\d+(?:\.\d+)?[万千百]?"
                                      + alternation(_words(lex, "measure_units", path)))
        self._shared_heads = tuple(sorted(_words(lex, "shared_heads", path), key=len,
                                          reverse=True))
        self._shared_suffixes = _Suffixes.of(self._shared_heads)
        self._programme_heads = tuple(_words(lex, "programme_heads", path))
        self._modified_heads = tuple(_words(lex, "modified_programme_heads", path)) \
            if "modified_programme_heads" in lex else ()
        self._purpose_funds = tuple(_words(lex, "purpose_funds", path))
        self._fund_setup_verbs = tuple(_words(lex, "fund_setup_verbs", path))
        self._unnamed_not = tuple(_words(lex, "unnamed_not_ends", path))
        ends = ({*heads.org, *heads.fac("walk"), *heads.fac("place"), *heads.fac("proper"),
                 *_words(lex, "initiative_heads", path), *_words(lex, "unnamed_name_ends", path)}
                - set(self._unnamed_not))
        self._longest_end = max(map(len, ends))
        #: a name a place starts and that ends in a name-final word (unnamed_reading)
        self._unnamed = cache.compile(r"[^\P{Han}的和与及或等各在对为将把被从向了是由以其该每本"
                                      r"这那个之于并也都还就而要至驻]{0,10}?(?P<end>"
                                      + alternation(ends) + ")")
        #: the rest of a list of names closed by 等 and the head they share, right after a
        #: place (宁波|甬江、温州环大罗山、浙中等科创大走廊: listed_reading)
        self._listed_end = cache.compile(
            r"(?:[^\P{Han}、，。；：等的和与及或]{0,8}、){0,6}[^\P{Han}、，。；：等的和与及或]{0,8}"
            r"等(?P<mid>[^\P{Han}、，。；：的和与及或]{0,6}?)(?P<end>" + alternation(ends) + ")")
        #: the verbs of a clause's works, never a word of a name a place opens (C50a)
        self._clause_verbs = frozenset(w for key in ("works_verbs", "place_build_verbs",
                                                     "build_verbs", "title_policy_verbs",
                                                     "list_opening_verbs",
                                                     "facility_clause_verbs")
                                       for w in _words(lex, key, path))
        self._unnamed_stops = (*self.outer_stop, *_words(lex, "initiative_stop", path),
                               *_words(lex, "titles_after", path),
                               *_words(lex, "titles_before", path))
        self._street_kinds = tuple(_words(lex, "street_kinds", path))
        self._qualifying = frozenset(_words(lex, "qualifying_programmes", path))
        #: the last words of titles and programmes: a long quoted phrase so ended is a name
        self._title_heads = tuple(sorted({*_words(lex, "designation_heads", path),
                                          *_words(lex, "conferred_title_heads", path),
                                          *self._shared_heads, "制度", "战略"},
                                         key=len, reverse=True))
        self.vision_prefixes = tuple(sorted(_words(lex, "vision_prefixes", path), key=len,
                                            reverse=True))
        self._vision_described_by = tuple(_words(lex, "vision_described_by", path))
        self._place_apart_before = tuple(_words(lex, "place_apart_before", path))
        self._class_word = cache.compile(_pattern(lex, "class_words_tagged_place", path))
        self._place_verbs_after = frozenset(_words(lex, "place_verbs_after", path))
        self._place_part = cache.compile(_pattern(lex, "place_part_or_role", path))
        self._org_runs_on = tuple(tuple(w.split("|", 1)) for w in _words(lex, "org_runs_on", path))
        self._org_run_heads = tuple(head for head, _ in self._org_runs_on)  # one test first
        self.not_proper = frozenset(_words(lex, "not_proper", path))
        self.stop_not_inside = tuple(_words(lex, "stop_not_inside", path))
        self._short_kind_heads = tuple(_words(lex, "short_kind_heads", path))
        self._built_heads = _Suffixes.of(_words(lex, "built_heads", path))
        self._road_word_kinds = frozenset(_words(lex, "road_word_kinds", path))
        self._coined_heads = tuple(sorted(_words(lex, "coined_heads", path), key=len, reverse=True))
        self._coined_kinds = frozenset(_words(lex, "coined_kinds", path))
        self._edge_sibling_heads = frozenset(_words(lex, "edge_sibling_heads", path))
        self._edge_sibling_ends = tuple(sorted(self._edge_sibling_heads, key=len, reverse=True))
        self._station_verbs = frozenset(_words(lex, "station_list_verbs", path))
        self._station_after = cache.compile(str(lex["station_list_after"]))
        self._station_ends = tuple(sorted(_words(lex, "sibling_station_heads", path), key=len,
                                          reverse=True))
        self._edge_family = {h: tuple(sorted(group.split(), key=len, reverse=True))
                             for group in _words(lex, "edge_sibling_families", path)
                             for h in group.split()}
        self._works_object_kinds = frozenset(_words(lex, "works_object_kinds", path))
        # (fac39) the verbs that build a site right before its name (names.built_site)
        self._build_verbs = tuple(sorted(_words(lex, "build_verbs", path), key=len, reverse=True))
        # (fac39) the heads of a list of ports alone whose items a common word may name
        self._list_port_heads = frozenset(_words(lex, "list_port_heads", path))
        self._street_figure_after = tuple(_words(lex, "street_figure_after", path))
        self._facility_predicate = cache.compile(_pattern(lex, "facility_predicate", path))
        # (fac38) the heads of plants and parks names.phased_facility reads with a stricter
        # test (no kind among the words before them; lexicon.plant_heads)
        self._plant_heads = tuple(_words(lex, "plant_heads", path))
        self._edge_sibling_kinds = self._coined_kinds | frozenset(
            _words(lex, "edge_sibling_kinds", path) + _words(lex, "facility_class_words", path)
            + _words(lex, "not_proper", path))
        self._works_after_set = frozenset(_words(lex, "works_after", path))
        # (fac41) the heads a list of works writes a voltage before (names._works_list_spans)
        self._works_list_voltage_heads = frozenset(_words(lex, "works_list_voltage_heads", path))
        self._works_list_joints: dict[str, regex.Pattern[str]] = {}
        #: (fac42b) the kinds of bridge no list of bridges names (names._bridge_own)
        self._bridge_kinds = tuple(_words(lex, "bridge_kinds", path))
        #: (fac43b) words a short body of the gazetteer opens (人行|道): no name there
        self._gazetteer_word_cuts = tuple(_words(lex, "gazetteer_word_cuts", path))
        #: the kinds and works words no item of such a list names (names._works_list_name)
        self._works_list_stops = (self._edge_sibling_kinds | self._works_object_kinds
                                  | self.not_proper | self._works_after_set
                                  | frozenset(_words(lex, "works_verbs", path)))
        self._dictionary_kinds = self._coined_kinds | frozenset(_words(lex, "dictionary_kinds", path))
        self._coined_rest = cache.compile(
            f"(?:{alternation(_words(lex, 'coined_modifiers', path))}){{0,3}}")
        self._short_name_heads = frozenset(_words(lex, "short_name_heads", path))
        self._site_heads = frozenset(_words(lex, "site_named_heads", path))
        self._group_heads = tuple(_words(lex, "group_heads", path))
        self._road_kind_ends = tuple(sorted(_words(lex, "road_kind_heads", path), key=len,
                                            reverse=True))
        self._estate_heads = frozenset(_words(lex, "estate_heads", path))
        self._port_kinds = frozenset(_words(lex, "port_kinds", path))
        self._port_modes = tuple(_words(lex, "port_modes", path))
        self._he_item_ends = tuple(_words(lex, "he_item_ends", path))
        self._estate_ends = frozenset(_words(lex, "estate_name_ends", path))
        self._list_site_heads = frozenset(_words(lex, "list_site_heads", path))
        self._opening_list_tails = frozenset(_words(lex, "opening_list_tails", path))
        #: the longest facility head a name ends with, found by a look-up of its last
        #: characters, not a test of every head: of every facility head (:meth:`_kind_items`)
        #: and of those a proper name leads (:meth:`_proper_facility`); and the heads that
        #: end a bracket after a facility as another name's (:meth:`_extensions`)
        self._any_fac_suffixes = _Suffixes.of({*self.fac_heads, *self._facility_heads})
        self._facility_suffixes = _Suffixes.of(self._facility_heads)
        #: and of those with the kinds of hub read only in a list (:meth:`_head_list_items`)
        self._list_suffixes = _Suffixes.of({*self.fac_heads, *self._facility_heads,
                                            *self._list_site_heads})
        self._walk_suffixes = _Suffixes.of(self.fac_heads)  # the walk's (:meth:`_fac_walk`)
        self._name_heads = (*self.org_heads, *self.fac_heads, *self._facility_heads)
        self.works_after = tuple(sorted(_words(lex, "works_after", path), key=len, reverse=True))
        #: (C47j) the words of works on a road or a site written between its name and 工程 or
        #: 项目 (柳湾东路|景观|绿化|提升|工程): the works after a head, the verbs of road works
        #: and lexicon.works_tail_words, longest first
        self._works_words = tuple(sorted({*self.works_after, *self._road_works_verbs,
                                          *_words(lex, "works_tail_words", path)},
                                         key=len, reverse=True))
        self._result_verbs = frozenset(_words(lex, "result_verbs", path))
        self._body_heads = tuple(_words(lex, "body_heads", path))
        self._venue_heads = tuple(_words(lex, "venue_heads", path))  # (fac40) :meth:`_as_venue`
        self._venue_acts = tuple(_words(lex, "venue_acts", path))
        #: designations of the gazetteer whose last word is a facility head (:meth:`_as_designation`)
        self._facility_designations = tuple(
            e.surface for e in self.data.gazetteer.values() if e.label == "INITIATIVE"
            and e.surface.endswith((*self.fac_heads, *self._facility_heads)))
        self._zone_kinds = tuple(self.zones_alone)
        self._zone_bodies = tuple(sorted((*_words(lex, "facility_bodies", path),
                                          *_words(lex, "zone_bodies", path)), key=len, reverse=True))
        self._facility_bodies = tuple(sorted(_words(lex, "facility_bodies", path), key=len,
                                             reverse=True))
        #: the first characters of those bodies: a name no such character follows runs none
        self._body_firsts = tuple({b[:1] for b in (*self._zone_bodies, *self._fund_bodies)})
        self.works_verbs = tuple(sorted(_words(lex, "works_verbs", path), key=len, reverse=True))
        self.product_ends = tuple(_words(lex, "product_ends", path))
        # a company's plant named by its product and its size or model (names.company_product)
        self._plant_ends = (*self.product_ends, *_words(lex, "plant_ends", path))
        self._size_or_model = cache.compile(
            r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[万千百]?"
            + alternation(_words(lex, "measure_units", path)) + r"|[A-Za-z]")
        # the longest of them written at a position, by one match (:meth:`_after_verbs`)
        self._works_verb_re = cache.compile_re(alternation(self.works_verbs))
        self._works_verb_set = frozenset(self.works_verbs)
        # verbs that open a list of companies inside its first item (:meth:`_items_before`)
        self._company_list_verb_re = cache.compile(
            alternation(_words(lex, "company_list_verbs", path)))
        # the trades a company's short name that jieba holds as one rare word ends in (恒瑞医药,
        # 山推股份: :meth:`_one_word_company`)
        self._company_name_ends = tuple(_words(lex, "company_name_ends", path))
        # the trades a company's short name ends in after its brand (正泰|电器, 温氏|股份:
        # :meth:`_brand_trade_items`)
        self._company_trades = frozenset(_words(lex, "company_trades", path))
        #: each place-led rule's stop words (its ``stops``: a lexicon list)
        self._stops = {r.stops: _stop_words(lex, r.stops, path) for r in self.data.rules}
        # 各 right before, or before list items (no sentence punctuation) and a 、
        self._list_before = cache.compile(
            alternation(_words(lex, "distributive", path))
            + r"(?:[^，,。；;：:\n]{0,28}、)?$")
        # a scope of a level's own bodies written before a bare organ (区属功能区|管委会), and
        # the class of units an organ owns written after it (省政府|直属各单位)
        self._class_scope = cache.compile(
            alternation(_words(lex, "class_scopes", path)) + r"[^\P{Han}、的]{0,5}$")
        self._owns_class = cache.compile(alternation(_words(lex, "owned_classes", path)))
        # the zone a regulation governs (names._governed_zone): its kind, and the words of
        # the article that says the regulation applies to it
        self._governs = cache.compile(
            r"(?:本条例|本规定|本办法)适用于(?:经[^，。；]{0,12}?设立的)?(?P<zone>[^\P{Han}，。；的]{2,24}?"
            + alternation(_words(lex, "governed_zone_ends", path)) + ")")
        self.non_org_words = frozenset(str(w) for w in lex.get("non_org_words", []))
        self._centre_kinds = tuple(_words(lex, "centre_kinds", path))
        self._field_verbs = frozenset(_words(lex, "field_verbs", path))
        self._joined_heads = frozenset(_words(lex, "joined_heads", path))
        self._joint_bodies = frozenset(_words(lex, "joint_bodies", path))
        translit = _checked_rule(self.data.rules, "translit_port")
        self._translit_chars = translit.pattern if translit is not None else None
        self.name_pos = frozenset(_words(lex, "name_pos", path))
        self.not_in_name = frozenset(_words(lex, "not_in_name", path))
        self._clause_links = frozenset(_words(lex, "clause_links", path)) \
            | frozenset(_words(lex, "visit_verbs", path)) \
            | frozenset(_words(lex, "object_verbs", path))
        self._fac_clause_verbs = frozenset(_words(lex, "facility_clause_verbs", path))
        self.titles_after = frozenset(_words(lex, "titles_after", path))
        self.titles_before = frozenset(_words(lex, "titles_before", path))
        self.surnames = frozenset(_words(lex, "surnames", path))
        self.compound_surnames = frozenset(_words(lex, "compound_surnames", path))
        #: (C49c) the name a window after a post's title opens, by jieba's words (_name_by_words)
        self._post_names: dict[str, int] = {}
        self._run_word_starts = frozenset(_words(lex, "abbrev_run_word_starts", path))
        self._compass_after = tuple(_words(lex, "compass_region_after", path))
        self._titles = self.titles_after | self.titles_before  # a title ends a name's walk
        #: a word of each place-led rule's stops or a title written anywhere in a name
        #: (_one_phrase: one search, not a test per word, of which there are hundreds)
        self._phrase_breaks = {key: cache.compile_re(alternation({*words, *self._titles}))
                               for key, words in self._stops.items()}
        self._walks = frozenset(r.id for r in self.data.rules if r.check in ("org_head", "fac_head"))
        self._foreign_rule = _checked_rule(self.data.rules, "foreign_division")
        doctrines = _words(lex, "doctrines", path) if "doctrines" in lex else []
        self._doctrine_re = cache.compile_re(alternation(doctrines)) if doctrines else None
        #: a verb of selection and its batch right before a place (入选首批|中国消费名品)
        # a verb conferring a title, its batch, and the title's rest up to its last word
        # right before a mark or its 称号 (C50b: _conferred_title)
        self._conferral_before = cache.compile(
            alternation(_words(lex, "conferral_verbs", path))
            + r"(?:首批|第[一二三四五六七八九十\d]+批)?$")
        self._conferred_after = cache.compile(
            r"(?:首批|第[一二三四五六七八九十\d]+批)?[^\P{Han}的和与及或等在对为将把被从向了是由以其该"
            r"每本这那之于并也都还就而要]{0,16}?(?:" + alternation(sorted(
                {*_words(lex, "conferred_title_ends", path),
                 *(h for h in (*_words(lex, "designation_heads", path),
                               *_words(lex, "conferred_title_heads", path))
                   if h[-1] in _SETTLEMENT_ENDS)}, key=len, reverse=True))
            + r")(?=[，。；、：）)”\n]|称号|荣誉|名单|排名|第|$)")
        self._selection_before = cache.compile(
            alternation(_words(lex, "selection_verbs", path))
            + r"(?:首批|第[一二三四五六七八九十\d]+批)?$")
        plain = _words(lex, "places_as_words", path) if "places_as_words" in lex else []
        self._place_word_re = cache.compile("|".join(f"(?:{p})" for p in plain), regex.V0) \
            if plain else None
        # each with the strings one of which every match holds (triggers.window; None: not
        # known): a window holding none of them has no match (_in_doctrine)
        self._plain_word_res = tuple((pattern, _needed_strings(pattern.pattern))
                                     for pattern in (self._doctrine_re, self._place_word_re)
                                     if pattern)
        gaz = self.data.gazetteer
        self._places = frozenset(e.surface for e in gaz.values() if e.label == "GPE")
        #: a county's own short name opens an organisation's name as a place does
        #: (万载|生态环境局, 罗庄|经开区: org32, names by their shape on unseen reports)
        self._county_shorts = county_short_names()
        # where one can start: its first two characters (every name has two or more), the
        # first characters as one class to jump to (lead32: a loop over every character
        # cost the name pass ~10 % of its time on laws)
        # (speed33: a look-up of each pair that a first character starts and a second
        # character follows, rules.WordSpans, not one of every pair a first character
        # starts: 97 k of the corpus's 308 k characters open a short name's first
        # character, a third of them a pair that opens one; 24 -> 12 ms on the corpus)
        self._county_words = WordSpans(self._county_shorts)
        self._county_memo: tuple[str | None, tuple[tuple[int, int], ...]] = (None, ())
        self._entry_memo: tuple[str | None, tuple[tuple[int, int], ...], list[int], int] = \
            (None, (), [], 0)
        # companies of the gazetteer: proper names before a facility head as places are
        # (红星美凯龙|综合体, jieba holding the company as a common word)
        self._companies = frozenset(e.surface for e in gaz.values() if e.kind == "company")
        self._class_words = tuple(_words(lex, "facility_class_words", path))
        #: C40q: what after a town's full name makes it a clause's subject or a kind's owner
        #: a town's level word (lexicon.town_suffixes) and the heads of a town's roads and
        #: villages a word of building may open (lexicon.town_road_heads: 城关镇|建设路, 新建村)
        self._town_level = cache.compile(alternation(_words(lex, "town_suffixes", path)))
        self._town_road_heads = tuple(_words(lex, "town_road_heads", path))
        self._town_subject_words = tuple(sorted(
            {*_words(lex, "town_subject_words", path), *_words(lex, "place_build_verbs", path),
             *_words(lex, "build_verbs", path), *_words(lex, "works_verbs", path),
             *self._class_words}, key=len, reverse=True))
        self._build_verb = cache.compile(
            f"(?:{alternation(_words(lex, 'place_build_verbs', path))})(?!{_BUILD_VERB_NOT_BEFORE})")
        self._scope_heads = frozenset(_words(lex, "scope_network_heads", path))
        self._country_heads = frozenset(_words(lex, "country_network_heads", path))
        self._class_named = tuple(_words(lex, "class_word_names", path))
        # where a place-led name can start: the places and the zones (前海|金融控股有限公司,
        # 两江新区|管委会: ORG, rule 20 as for a place)
        self._name_starts = self._places | {e.surface for e in gaz.values() if e.kind == "zone"}
        # characters that stand for a place in a run of short names (names.partner_run):
        # abbreviations, and the first characters of provinces and prefectures (杭, 甬)
        self._pair_chars = frozenset(ch for key in ("place_abbrevs", "city_abbrevs", "pair_abbrevs")
                                     for ch in _words(lex, key, path))
        self._pair_not = frozenset(_words(lex, "pair_not", path))
        self._run_chars = frozenset(
            "".join(_words(lex, "place_abbrevs", path)) + "".join(_words(lex, "city_abbrevs", path))
        ) | {e.surface[0] for e in gaz.values() if e.kind in ("province", "prefecture")}
        # runs of two or more of them: where a run's name can start (_run_matches)
        self._run_re = cache.compile_re("[" + "".join(sorted(map(re.escape, self._run_chars)))
                                  + "]{2,}")
        self._partner_words = tuple(_words(lex, "partner_words", path))
        # names.partner_strategy: the integration words, and what after one makes it an
        # attribute of a following noun (琴澳一体化|立体交通体系), no strategy's end
        self._integration_words = tuple(_words(lex, "integration_words", path))
        self._integration_attributes = tuple(_words(lex, "integration_attributes", path))
        self._cooperation_attributes = tuple(_words(lex, "cooperation_attributes", path))
        # a count of the places right after their run (粤港澳|三地, 鄂赣湘|三省): no place's
        # first character (三 of 三亚), the run ends before it (lexicon.run_counts)
        self._run_count = cache.compile(_pattern(lex, "run_counts", path))
        self._river_ends = frozenset("".join(_words(lex, "river_ends", path)))
        self._water_heads = frozenset("".join(_words(lex, "water_heads", path)))
        self._plain_divisions = frozenset(_words(lex, "plain_divisions", path))
        # what the text last asked about holds (the places among the gazetteer's entries),
        # and the tagged words of blocks seen before
        self._place_memo: tuple[str | None, tuple[tuple[int, int], ...]] = (None, ())
        self._places_at_memo: tuple[str | None, dict[int, list[tuple[int, int]]],
                                    dict[int, list[tuple[int, int]]]] = (None, {}, {})
        self._block_memo: dict[str, _Block] = {}
        # the spans of each near pattern in the text last asked about (rules share some:
        # the titles of three person rules)
        self._near_memo: tuple[str | None, dict[str, list[tuple[int, int]]]] = (None, {})
        # the near patterns of literal words of two characters or more, found for all of
        # them by one look-up scan of a text (_near_starts): each word's patterns
        # (S50d) a pattern of such words and single characters too (names.person_byline's
        # titles and □ ■): its longer words found by that scan, its characters by str.find
        # (``_near_chars``; re's search for a set of two CJK characters tries every position:
        # 1.4 ms on the corpus), the starts of both merged
        owners: dict[str, dict[str, None]] = {}
        chars: dict[str, set[str]] = {}
        for r in self.data.rules:
            if r.near is not None and r.near_set and max(map(len, r.near_set)) >= 2:
                # (a set with single characters is one of literal words only: near_exact)
                for word in r.near_set:
                    if len(word) >= 2:
                        owners.setdefault(word, {})[r.near.pattern] = None
                    else:
                        chars.setdefault(r.near.pattern, set()).add(word)
        self._near_owners = {word: tuple(keys) for word, keys in owners.items()}
        self._near_chars = {key: tuple(sorted(cs)) for key, cs in chars.items()}
        self._near_keys = frozenset(k for keys in self._near_owners.values() for k in keys)
        # the strings the rules' gates need (NameRule.gate)
        self._gate_words = frozenset(w for r in self.data.rules if r.gate for w in r.gate)
        # one look-up scan of a text finds the gazetteer's entries, the near words and the
        # gates' strings (_anchors: 145 -> 132 ms on the corpus for the first two apart)
        self._anchor_spans = WordSpans(set(gaz) | set(owners) | self._gate_words, by_pairs=True)
        self._anchor_memo: tuple[str | None, tuple[tuple[int, int], ...], dict[str, list[int]],
                                 frozenset[str]] = (None, (), {}, frozenset())
        self._starts_memo: tuple[str | None, list[int]] = (None, [])
        self._needed_memo: tuple[str | None, dict[str, list[int]]] = (None, {})
        self._norm_memo: dict[str, str] = {}
        self._name_word_memo: dict[tuple[str, str, bool], bool] = {}
        # cities and counties; not provinces and countries, which jieba words hold as
        # they are (中国|籍 is 中国籍, 台湾|同胞 is 台湾同胞)
        self._data_places = frozenset(f"names.gazetteer.{kind}" for kind in
                                      ("county", "prefecture", "city"))
        triggers = (set(self.org_heads) | set(self.fac_heads) | self.split_heads
                    | self.titles_after | self.titles_before)
        # only blocks with a head or a title need part-of-speech tags (_orgs, _persons)
        self._trigger_re = cache.compile_re(
            alternation(triggers) + not_before_rest(self.head_breakers)) if triggers else None
        self._multi_heads = frozenset(h for h in (*self.org_heads, *self.fac_heads) if len(h) > 1)
        self._multi_head_starts = frozenset(h[0] for h in self._multi_heads)
        self._heads = {
            self.org_heads: _HeadIndex.of(self.org_heads, self.split_heads, cache.compile_re),
            self.fac_heads: _HeadIndex.of(self.fac_heads, compile_re=cache.compile_re)}
        #: what the place gate reads (placegate.features) and the gate itself
        #: (rules/place_gate.tsv; None with ``gate=False`` or no such file)
        self.gate_context = GateContext(
            self.tokenizer, self.tags, self._unnamed,
            tuple(h for h in (*self.org_heads, *self.fac_heads, *self._facility_heads)
                  if len(h) > 1),
            tuple(sorted({*ends, *_words(lex, "designation_heads", path),
                          *self.kept_suffixes})), self.vision_prefixes)
        self.place_gate: PlaceGate | None = (
            load_gate(self.data.directory / GATE_FILE) if gate else None)
        #: every word a name may end with, heads included (_opens_bracketed_name)
        self._name_end_words = self.gate_context.ends + self.gate_context.heads
        # the patterns the pass builds from its lexicon come from the cache too (S48g):
        # each keyed by its source and flags, so a changed lexicon or code compiles anew
        cache.save()

    # -- public -------------------------------------------------------------

    def find(self, view: TextView, prior: Sequence[Candidate] = ()) -> list[Candidate]:
        """Name candidates of the view (``prior``, what earlier passes found, is not used)."""
        return self.find_text(view.clean, view)

    def find_text(self, clean: str, view: TextView | None = None) -> list[Candidate]:
        """Flat name candidates for a clean string (offsets into it). ``view``, the view
        ``clean`` comes from, tells where the raw text had spaces and line breaks."""
        # a place that starts inside another and runs on past it is none (_straddles_place):
        # dropped before the overlaps are settled, so the place it cuts wins
        found = [c for c in self.candidates(clean, view)
                 if c.label != "GPE" or not self._straddles_place(clean, c.start, c.end)]
        # a place that starts a name no rule delimits is no GPE (keeps_place): tested
        # on the places that won the overlaps only (a few a text), not on every candidate
        names = [self._as_venue(clean, self._as_designation(clean, self._as_body(clean, c)))
                 for c in _link(longest_first(found), self._kept_suffixes)
                 if c.label != "GPE" or self.keeps_place(clean, c)]
        facilities = names
        names = self._run_bodies(clean, names)
        names = self._governed_zone(clean, names)
        names = defined_aliases(clean, names)
        # a defined short name with the body that runs it after it is that body's name
        # (湿地公园|管理机构, 义乌试验区|议事协调机构 of dev-d71, d66), and a short name defined
        # for that body in turn (湿地公园管理机构（以下简称管理机构）) is the body's too
        joined = self._run_bodies(clean, names)
        if joined != names:
            names = defined_aliases(clean, joined)
        # a facility is known by its own words where its body's name holds it (滨河公园 of
        # 滨河公园管理机构 stands alone again: 滨河公园园内)
        known = names + [c for c in facilities if c.label == "FAC"]
        filled = fill_gaps(names, [c for c in repeated_names(clean, known, self._repeated_funds,
                                                             self._fund_bodies)
                                   if on_word_boundaries(self.tokenizer, clean, c.start, c.end)
                                   and self._passes_filters(clean, c)])
        return [c for c in filled if not self._opens_doc_number(clean, c)]

    def _opens_doc_number(self, clean: str, cand: Candidate) -> bool:
        """(C43y) A body's abbreviation that opens a document number (人社部|发〔2023〕12号,
        赣府厅|字[2022]5号): the number is a code and carries no labels inside (gold/dev/
        NOTES.md, d16: 皖开放办〔2022〕6号; the train gold labels none of its ten)."""
        return cand.label == "ORG" and self._doc_number_tail.match(clean, cand.end) is not None

    def _as_body(self, clean: str, cand: Candidate) -> Candidate:
        """A facility name that ends in a head of lexicon.body_heads (a hospital, a school) is
        an ORG (the development gold's 北京大学口腔医院三亚医院, 四川大学华西医院西藏医院, 省人民医院:
        gold/dev/NOTES.md C2, hospitals stay ORG): relabelled after the overlaps are settled, so
        the facility rules that found it still keep the place inside from being a GPE (rule 20)
        and still ask for a place or a proper name before the head (not 县级医院, 中小学校)."""
        if cand.label != "FAC" or not clean.endswith(self._body_heads, cand.start, cand.end):
            return cand
        return Candidate(start=cand.start, end=cand.end, label="ORG", norm=cand.norm,
                         rule=cand.rule, score=cand.score, priority=cand.priority)

    def _as_venue(self, clean: str, cand: Candidate) -> Candidate:
        """(fac40, C40f) A body's name that ends in a head of lexicon.venue_heads (a sports
        centre, an exhibition or a culture centre, a hall: 南湖体育中心, 市民文化中心) is a FAC,
        the venue built and put to use (the development gold labels every such name FAC, none
        ORG: 之江文化中心, 五源河体育馆, 市群众文化中心); names.org_head reads 中心 as a body's
        head and its ORG won over the facility rules' FAC of the same bounds, or stood alone
        where they found none. Relabelled after the overlaps are settled, as :meth:`_as_body`
        relabels the other way. The head alone is a kind, left as it was (剧场、音乐厅等公共
        文化设施 of a held-out law; 奥体中心 too); so is a body that acts, a verb of
        lexicon.venue_acts right after it and no 在 or 于 before it (海南科技馆|推出…, but
        在|…会展中心|举办: the place)."""
        if cand.label != "ORG" or not any(clean.endswith(head, cand.start, cand.end)
                                          and cand.end - cand.start > len(head)
                                          for head in self._venue_heads) \
                or clean.startswith(self._venue_acts, cand.end) \
                and clean[cand.start - 1:cand.start] not in ("在", "于"):
            return cand
        return Candidate(start=cand.start, end=cand.end, label="FAC", norm=cand.norm,
                         rule=cand.rule, score=cand.score, priority=cand.priority)

    def _as_designation(self, clean: str, cand: Candidate) -> Candidate:
        """A facility name that ends in a designation of the gazetteer whose last word is a
        facility head (综合性国家科学中心: rule 11, a title the state confers, INITIATIVE in
        the development gold) is an INITIATIVE over its whole span, a place before it
        included (合肥综合性国家科学中心, rule 20: the outermost name; as the gold's 成渝（兴隆湖）
        综合性科学中心), relabelled as :meth:`_as_body` relabels bodies."""
        if cand.label != "FAC" or not clean.endswith(self._facility_designations,
                                                      cand.start, cand.end):
            return cand
        return Candidate(start=cand.start, end=cand.end, label="INITIATIVE", norm=cand.norm,
                         rule=cand.rule, score=cand.score, priority=cand.priority)

    def _governed_zone(self, clean: str, names: list[Candidate]) -> list[Candidate]:
        """The zone a regulation governs (本条例适用于义乌国际贸易综合改革试验区（以下简称义乌
        试验区）) is an administrative zone, an ORG as 常德经开区 (the development gold's
        d66), not the designation its words would make it elsewhere: the zone so written
        with a short name defined, and its words wherever a programme stands on them."""
        if "适用于" not in clean:
            return names
        sites = [m for m in self._governs.finditer(clean) if DEFINED_ALIAS.match(clean, m.end())]
        if not sites:
            return names
        zones = {m.group("zone") for m in sites}
        kept = [Candidate(start=c.start, end=c.end, label="ORG", norm=c.norm, rule=c.rule,
                          score=c.score, priority=c.priority)
                if c.label == "INITIATIVE" and clean[c.start:c.end] in zones else c
                for c in names if not any(c.start < m.end() and m.start("zone") < c.end
                                          for m in sites)]
        return sorted(kept + [Candidate(start=m.start("zone"), end=m.end(), label="ORG",
                                        norm=m.group("zone"), rule="names.governed_zone",
                                        score=0.7) for m in sites],
                      key=lambda c: (c.start, c.end))

    def _run_bodies(self, clean: str, names: list[Candidate]) -> list[Candidate]:
        """A facility with the body that runs it written right after it (lexicon.
        facility_bodies: 长潭水库|管理机构, 千岛湖配水供水工程|建设管理单位) is one ORG over
        both (rule 20: the outermost name), where no other name starts inside the body."""
        out = []
        for n, c in enumerate(names):
            # a zone's too (台州湾新区|管理机构, dev-d69: the zone's administration), and the
            # group that leads its building (中国（浙江）自由贸易试验区|建设领导小组, dev-d25, d59)
            # (a zone's short name the text defines too: 义乌试验区|议事协调机构, dev-d66)
            zone = c.label == "ORG" and (clean.endswith(self._zone_kinds, c.start, c.end)
                                         or c.rule == "names.defined_alias")
            # and a named fund's (船舶油污损害赔偿基金|管理委员会 of dev-d08, 全国社会保障基金|
            # 理事会: lexicon.fund_bodies)
            fund = c.label == "INITIATIVE" and clean.endswith(_FUND_ENDS, c.start, c.end)
            body = None
            # (a body's first character after it first: most names run none)
            if (c.label == "FAC" or zone or fund) and clean.startswith(self._body_firsts, c.end):
                bodies = (self._zone_bodies if zone else self._fund_bodies if fund
                          else self._facility_bodies)
                body = next((b for b in bodies if clean.startswith(b, c.end)), None)
            if body is not None and (
                    n + 1 == len(names) or names[n + 1].start >= c.end + len(body)):
                end = c.end + len(body)
                c = Candidate(start=c.start, end=end, label="ORG", norm=canonical(clean[c.start:end]),
                              rule=c.rule, score=c.score, priority=c.priority)
            out.append(c)
        return out

    def candidates(self, clean: str, view: TextView | None = None) -> list[Candidate]:
        """Every rule's candidates that pass the filters, overlaps not yet settled (what
        :meth:`find_text` flattens): a rule's examples are tested here, so a rule that
        stops yielding one fails its test even where another rule finds the same span."""
        cands: list[Candidate] = list(self._gazetteer(clean))
        held = self._held_gates(clean)
        progress.report(0.2)
        text = self._tagged(clean, view)
        progress.report(0.6)
        for i, rule in enumerate(self.data.rules, 1):
            progress.report(0.6 + 0.4 * (i - 1) / len(self.data.rules))
            strategy = _STRATEGIES.get(rule.check)
            if strategy is not None and (rule.check is not None or rule.pattern is not None) \
                    and (rule.gate is None or not held.isdisjoint(rule.gate)):
                cands.extend(strategy(self, text, rule))
        cands.extend(_propagate(clean, cands))
        again = self._same_person(clean, cands)
        if again:
            # a person's name written again holds no place nor body that starts inside it
            # (李镇江代表县政府: not 镇江|代表县政府; 魏阳东同志: not 阳东, C49a)
            inside = {i for a in again for i in range(a.start + 1, a.end)}
            cands = [c for c in cands if c.label == "PERSON" or c.start not in inside]
            cands.extend(again)
        for rule in self.data.rules:
            if rule.check in _AFTER_STEPS and (rule.gate is None
                                               or not held.isdisjoint(rule.gate)):
                cands.extend(_AFTER_STEPS[rule.check](self, clean, cands, rule))
        cands = [self._after_qizhong(clean, self._after_time(clean, self._after_result_verb(
            clean, self._after_clause(clean, self._after_superlative(clean, c)))))
            for c in self._after_persons(clean, self._after_column_gap(view, cands))]
        cands = [part for c in cands for part in self._second_organ(clean, c)
                 for part in self._kind_ending(clean, part)]
        cands = [c for c in cands if not (
            c.label == "FAC" and c.rule == "names.place_led_fac"
            and self._body_inside.search(clean, c.start, c.end)
            or c.rule in _CLAUSE_CHECKED and self._clause_facility(clean[c.start:c.end])
            or c.rule in _KIND_CHECKED and self._facility_kind(clean[c.start:c.end]))]
        cands = [self._facility_group(clean, c) for c in cands]
        works = {id(c) for c in self._facility_works(clean, cands)}
        # a facility names.he_item found after 和 ends no name that runs over the 和 (流溪河
        # 水库二期|和龙颈水库: the walk's, 和龙 a city to it)
        after_he = [(c.start, c.end) for c in cands if c.rule == "names.he_item"]
        if after_he:
            works |= {id(c) for c in cands if c.label == "FAC" and c.rule != "names.he_item"
                      and any(c.end == e and c.start < s - 1 or c.start == s - 1
                              for s, e in after_he)}
        return [c for c in cands if id(c) not in works and self._passes_filters(clean, c)]

    def _facility_works(self, clean: str, cands: list[Candidate]) -> list[Candidate]:
        """The programmes that are works on one facility another candidate names (ANNOTATION
        rule 20 and gold/dev/NOTES.md: the phase and the works stay out of the facility's
        name, 南宁吴圩机场|改扩建工程): an INITIATIVE that a FAC starts, the rest a phase,
        works (lexicon.works_after) and 工程 or 项目 (西宁曹家堡机场|三期扩建工程)."""
        works = [c for c in cands if c.label == "INITIATIVE"
                 and clean.endswith(("工程", "项目"), c.start, c.end)]
        if not works:
            return works
        ends: dict[int, set[int]] = {}
        for c in cands:
            if c.label == "FAC":
                ends.setdefault(c.start, set()).add(c.end)
        return [c for c in works if any(
            e < c.end and self._works_rest(clean[e:c.end]) for e in ends.get(c.start, ()))]

    def _works_rest(self, rest: str) -> bool:
        """Whether ``rest`` is a phase and works on a facility ending in 工程 or 项目: the
        works one to three words of works (:attr:`_works_words`: 三期|扩建, (C47j) 景观|绿化|
        提升, 延伸)."""
        if not rest.endswith(("工程", "项目")):
            return False
        rest = _PHASE.sub("", rest[:-2], count=1)
        for _ in range(3):
            if rest == "" or rest in self.works_after:
                return True
            word = next((w for w in self._works_words if rest.startswith(w)), None)
            if word is None:
                return False
            rest = rest[len(word):]
        return rest == ""

    def _works_after_street(self, clean: str, start: int, end: int) -> bool:
        """(C47j) Whether works on a street and 工程 or 项目 follow its name at ``start:end``
        (开展|柳湾东路|景观绿化提升工程, 启动|青溪路|延伸工程; made up) and a verb, a function
        word or no Chinese character stands before it: the name is the road the works are done
        on (:meth:`_works_rest`); after a noun or an adjective the name's start is unknown
        (新殡仪馆|…路: no name read)."""
        close = _WORKS_CLOSE.search(clean, end, end + _WORKS_TAIL_MAX)
        if close is None or close.start() == end or not self._works_rest(clean[end:close.end()]):
            return False
        if start == 0 or not "\u4e00" <= clean[start - 1] <= "\u9fff":
            return True
        words = tagged_words(self.tokenizer, self.tags, clean[max(0, start - 6):start])
        return bool(words) and words[-1][1] in _BEFORE_WORKED_STREET

    def _passes_filters(self, clean: str, c: Candidate) -> bool:
        """Whether no filter drops the candidate: each filter is asked only about the
        labels it is about (the filters are tests without effects, so their order does
        not matter; 23,000 candidates on the corpus asked eight each before)."""
        if self._broken(clean, c.end) or self._cuts_word(clean, c):
            return False
        if c.label == "GPE":
            return not (self._in_doctrine(clean, c) or inside_name(clean, c.start, c.end)
                        or _after_count(clean, c))
        if _after_count(clean, c):
            return False
        if c.label in ("INITIATIVE", "FAC") and self._place_builds(clean[c.start:c.end]):
            return False
        if self._town_apart(clean, c):
            return False
        if c.label == "ORG":
            return not (self._no_org(clean, c) or self._distributed(clean, c))
        if c.label == "FAC" and (self._clause_opening(clean[c.start:c.end],
                                                      verbs=c.rule not in _LISTED_SIBLINGS)
                                 or self._clause_words(clean[c.start:c.end])
                                 or self._described(clean[c.start:c.end])
                                 or self._place_kind(clean[c.start:c.end])):
            return False
        return not self._qualifies_quoted(clean, c)

    def _place_builds(self, name: str) -> bool:
        """Whether a name opens with a place and a verb that builds what follows (泉州|建设|
        国家区域科技创新中心, 台州|创建|国家现代农业产业园: lexicon.place_build_verbs): the place
        is that verb's subject, no word of the name, which the rules find after the verb."""
        return any(name[:n] in self._places and self._build_verb.match(name, n)
                   for n in range(2, min(len(name) - 2, _LONGEST_PLACE_PREFIX) + 1))

    def _town_apart(self, clean: str, c: Candidate) -> bool:
        """Whether a name that opens with a town leaves the town apart, a GPE: a town and
        a class of towns after it (瓶窑镇|美丽城镇建设: :func:`places.town_in_town`, C40p),
        or a town a clause or a kind follows (:meth:`_town_subject`, C40q)."""
        if c.label == "GPE":
            return town_in_town(clean[c.start:c.end])
        return c.label in ("INITIATIVE", "FAC") and self._town_subject(clean[c.start:c.end])

    def _town_subject(self, name: str) -> bool:
        """Whether a name opens with a town's full name of the division data (its county
        before it or not: 西航港街道, 海盐县秦山街道) and a word of lexicon.town_subject_words
        right after it, a verb of building or works or a kind (西航港街道|新建|中学, 仁和街道|
        老旧小区): the town is that clause's subject or that kind's owner, a GPE, no word of
        a name (C40q); not before a road's or a village's head (城关镇|建设路)."""
        return any(self._subject_word_at(name, m.end()) and any(
            data_town(name[j:m.end()]) and (j == 0 or name[:j] in self._places)
            for j in range(0, m.end() - 1)) for m in self._town_level.finditer(name, 1))

    def _subject_word_at(self, text: str, n: int) -> bool:
        """Whether a word of lexicon.town_subject_words starts at ``n`` of ``text`` and no
        road's or village's head right after it (城关镇|建设路)."""
        word = next((w for w in self._town_subject_words if text.startswith(w, n)), None)
        return word is not None and not text.startswith(self._town_road_heads, n + len(word))

    def _town_then_subject(self, clean: str, start: int, end: int) -> bool:
        """Whether a place is a town's full name of the division data (its county before it
        or not) that a word of lexicon.town_subject_words follows (在西航港街道|新建中学):
        the town is apart, a GPE, whatever the gate reads after it (C40q); so is a place
        such a town follows (海盐县|秦山街道|老旧小区: the county is no name's start)."""
        if self._subject_word_at(clean, end) and any(
                data_town(clean[j:end]) for j in range(start, end - 1)):
            return True
        return any(data_town(clean[end:m.end()]) and self._subject_word_at(clean, m.end())
                   for m in self._town_level.finditer(clean, end + 1, end + 7))

    def _place_kind(self, name: str) -> bool:
        """Whether a facility's span is a place and a kind of facility (杭州|城市公园, 浙江|特色
        小镇: a class word of lexicon.facility_class_words right after the place), the kind
        that place has, no name (ANNOTATION rule 9; 呼伦贝尔|现代农业示范园 is a name), unless
        the class word opens the name of an area (lexicon.class_word_names: 北京城市副中心站)."""
        return any(name[:n] in self._places and any(
            name.startswith(w, n) and not name.startswith(self._class_named, n + len(w))
            for w in self._class_words)
            for n in range(2, min(len(name) - 1, _LONGEST_PLACE_PREFIX) + 1))

    def _described(self, name: str) -> bool:
        """Whether a facility's span describes which facility it is, no name (rule 9): a
        superlative (孟加拉国|最大|铁路, 世界|第一|高|桥), a network of a country or a province
        (:meth:`_scope_network`: 英国|铁路, 浙江省|航道), a group counted by 大 (江南|六大|古镇,
        九大|清洁能源基地; not 中共一大|纪念馆, 八一|大楼, 五大连池|风景区), a grade that a class of
        sites shares (A级|旅游景区, 新疆|A级|旅游景区), or a common adverb of two characters after
        its first word before a verb, a clause's (海关|持续|优化|口岸, 美国|再次|移除|加沙地带临时
        码头; not 京沪|高速|新沂至江都段, 黄龙世界|自然|遗产地, nouns after the tagger's adverbs,
        nor 西藏柏木|自然|保护点, a pair that opens a word of the dictionary, 自然保护区, nor a
        verb of one character, a proper name's, 贺巴|高速|培|森…特大桥)."""
        if _FAC_GRADE.search(name) or self._scope_network(name):
            return True
        words = tagged_words(self.tokenizer, self.tags, name)
        return any(_superlative(words, k) or _FAC_GROUP.fullmatch(word)
                   or 0 < k < len(words) - 1 and flag in ("d", "vd") and len(word) >= 2
                   and self.tokenizer.FREQ.get(word, 0) >= _COMMON and words[k + 1][1] in ("v", "vn")
                   and len(words[k + 1][0]) >= 2
                   and word + words[k + 1][0] not in self.tokenizer.FREQ
                   for k, (word, flag) in enumerate(words))

    def _scope_network(self, name: str) -> bool:
        """Whether a facility's span is a country or a province and a network's head alone
        (lexicon.scope_network_heads: 浙江省|航道, 英国|铁路; a country's airport or port,
        lexicon.country_network_heads: 以色列|机场): the network of that place, no name."""
        for n in range(2, min(len(name) - 1, _LONGEST_PLACE_PREFIX) + 1):
            entry = self.data.gazetteer.get(name[:n])
            if entry is not None and entry.label == "GPE" and (
                    entry.kind == "province" and name[n:] in self._scope_heads
                    or entry.kind == "country" and name[n:] in self._scope_heads | self._country_heads):
                return True
        return False

    def _after_time(self, clean: str, cand: Candidate) -> Candidate:
        """(C43o) A facility's span that a word of time opens starts after it (年内|兴华路,
        今年|兴华路, 上半年|青峰公园, 年底前|兴华路; made up: the time says when the works are
        done, no word of the name; :data:`_TIME_OPENING`), where two characters or more of the
        name and its head are left and the time is whole words of jieba. (C45b) So does a sum
        invested (5亿元|青峰物流园: a MONEY of its own; :data:`_AMOUNT_OPENING`), and (C46c) a
        phase of the works (二期|柳湾东路; :data:`_PHASE_OPENING`)."""
        if cand.label != "FAC" or (m := _TIME_OPENING.match(clean, cand.start, cand.end)
                                   or _AMOUNT_OPENING.match(clean, cand.start, cand.end)
                                   or _PHASE_OPENING.match(clean, cand.start, cand.end)
                                   or self._state_opening(clean, cand)) is None \
                or cand.end - m.end() < 3 \
                or not on_word_boundaries(self.tokenizer, clean, m.end(), m.end()):
            return cand
        return replace(cand, start=m.end(), norm=canonical(clean[m.end():cand.end]))

    @staticmethod
    def _state_opening(clean: str, cand: Candidate) -> re.Match[str] | None:
        """(C50p) The state of the works (在建, 新改建, 新开工: :data:`_STATE_OPENING`) that
        opens a facility's span, or whose first character stands right before it (在|建金沙江
        大桥); not 新建 or 改建 before a level or a street's word (新建区, 新建路: a name)."""
        start = cand.start - 1 if clean[cand.start - 1:cand.start] in _STATE_FIRST else cand.start
        m = _STATE_OPENING.match(clean, start, cand.end)
        if m is None or m.end() <= cand.start or clean[m.end():m.end() + 1] in _STATE_NAMED:
            return None
        return m

    def _kind_ending(self, clean: str, cand: Candidate) -> list[Candidate]:
        """(C45d) A green space of a kind (单位绿地, 公共绿地, 园林绿地) is no name, nor is a
        gate closed or opened (下闸, 开闸; C45c) or a sluice of a kind (拦河闸, 节制闸): written after a facility it is that
        facility's (青松广场|单位绿地 -> 青松广场, 大石峡水利枢纽|下闸 -> 大石峡水利枢纽; FAC of
        the facility alone), else none (rule 9; :data:`_KIND_ENDING`)."""
        if cand.label != "FAC" or (m := _KIND_ENDING.search(clean, cand.start, cand.end)) is None \
                or m.end() != cand.end:
            return [cand]
        if m.start() - cand.start >= 3 and clean.endswith(self._facility_heads, cand.start,
                                                          m.start()):
            return [replace(cand, end=m.start(), norm=canonical(clean[cand.start:m.start()]))]
        return []

    @staticmethod
    def _after_qizhong(clean: str, cand: Candidate) -> Candidate:
        """(C44n) A facility's span that opens with the 中 of 其中 written before it starts
        after it (其|中山背冲灌区 -> 山背冲灌区: jieba cuts 其|中山 where a name follows 其中;
        made up on a county water bureau's report), where three characters or more are left."""
        if cand.label != "FAC" or not clean.startswith("中", cand.start) \
                or clean[cand.start - 1:cand.start] != "其" or cand.end - cand.start < 4:
            return cand
        return replace(cand, start=cand.start + 1, norm=canonical(clean[cand.start + 1:cand.end]))

    def _after_superlative(self, clean: str, cand: Candidate) -> Candidate:
        """A facility's span that a superlative opens and a dash closes is the name after the
        dash (湖北省最大灌区——|漳河灌区, 世界第一高桥——|花江峡谷大桥: the description before
        it says what the facility is, rule 9)."""
        name = clean[cand.start:cand.end]
        cut = name.rfind("——") + 2
        if cand.label != "FAC" or cut < 2 or len(name) - cut < 3:
            return cand
        words = tagged_words(self.tokenizer, self.tags, name[:cut - 2])
        if not any(_superlative(words, k) for k in range(len(words))):
            return cand
        return replace(cand, start=cand.start + cut, norm=canonical(name[cut:]))

    def _after_result_verb(self, clean: str, cand: Candidate) -> Candidate:
        """A name's span (a facility, works, a body) that opens with the 成 of a verb of
        result written before it (lexicon.result_verbs: 建|成渝西高铁, 建|成渝湘高速复线: the
        tokenizer holds 成渝 as a word and leaves 建 alone) starts after it: 建成|渝西高铁,
        建成|渝西水资源配置工程. Not a GPE (the place filters read it), nor where the character
        before 成 ends a longer word (共建|成渝地区…), nor where too little is left for a
        name (建成渝高速 keeps its 成渝)."""
        start = cand.start
        if cand.label == "GPE" or start == 0 or clean[start] != "成" or cand.end - start < 5 \
                or clean[start - 1:start + 1] not in self._result_verbs \
                or not on_word_boundaries(self.tokenizer, clean, start - 1, start):
            return cand
        return replace(cand, start=start + 1, norm=canonical(clean[start + 1:cand.end]))

    def _after_clause(self, clean: str, cand: Candidate) -> Candidate:
        """A facility's span that a clause runs into is cut after the clause's verb, where
        a place or a proper name opens what is left (rule 20: the name starts with its
        place): a verb of two characters or more, common, of none of lexicon.not_in_name
        (代表团来到|青龙水库, 两国见证激活|坦赞铁路 — what was done at the facility; not a place
        of the gazetteer the tagger reads as a verb: 遵义|新舟机场 is one name), or a
        word of lexicon.clause_links (标志着, 发挥好, 是: a verb's tail) or of lexicon.visit_verbs
        (参观, which the tagger reads as a noun). Not a verb inside
        the name, which a kind or head follows (萧山机场高铁引入|线路, 东航飞机维修|基地), nor one
        of a designation's name (国家超级计算长沙中心: lexicon.designation_openings); the run of
        single characters left must be a line's (中|老|铁路), not 老|旧|小区."""
        name = clean[cand.start:cand.end]
        if cand.label != "FAC" or name.startswith(self._designation_openings):
            return cand
        cut, pos = 0, 0
        for word, flag in tagged_words(self.tokenizer, self.tags, name):
            pos += len(word)
            if (word in self._clause_links
                    or word in self._fac_clause_verbs
                    and not (pos > len(word) and self._ends_joined(word, name))
                    or flag == "v" and len(word) >= 2
                    and word not in self.not_in_name and word not in self._places
                    and self.tokenizer.FREQ.get(word, 0) >= _COMMON) \
                    and len(name) - pos >= 3 and self._opens_proper(name[pos:]):
                cut = pos
        if not cut:
            return cand
        return Candidate(start=cand.start + cut, end=cand.end, label="FAC",
                         norm=canonical(name[cut:]), rule=cand.rule, score=cand.score,
                         priority=cand.priority)

    def _second_organ(self, clean: str, cand: Candidate) -> list[Candidate]:
        """An ORG that runs from one body over a clause's link into a second body that a
        level, a place or a word of a class opens (lexicon.second_organ_openers: 市宗教团体|向|
        市宗教事务部门, 国务院办公厅|会同|有关主管部门, …法院|申请认可|内地民政部门): two bodies and a
        verb, no one name. Cut to the second body where a level or a place opens it (市宗教事务
        部门: the level's own department), else dropped (有关主管部门: a class, rule 9); the
        first body is kept where a head of the heads table ends it (上海市建设委员会|会同|市邮电
        管理部门), not a word of lexicon.organ_ends (市宗教团体: rule 9). The
        first body ends in a head of the heads table or in lexicon.organ_ends; the link is
        the tagger's verb or preposition or a word of lexicon.organ_links (会同, 指导: nouns to
        jieba). Not a name with a verb inside that no second body follows (国务院|组成|部门,
        国务院|认证认可|监督管理部门)."""
        if cand.label != "ORG" or cand.rule.startswith("names.gazetteer"):
            return [cand]
        name = clean[cand.start:cand.end]
        words = tagged_words(self.tokenizer, self.tags, name)
        ends = list(accumulate((len(w) for w, _ in words), initial=0))
        for k in range(1, len(words) - 1):
            if not name[:ends[k]].endswith(self._first_body_ends):
                continue
            m = k
            while m < len(words) - 1 and words[m][0] not in self._second_openers and (
                    words[m][1] in ("v", "p") or words[m][0] in self._organ_links):
                m += 1
            opener, flag = words[m]
            if m == k or not (opener in self._second_openers or opener in self._level_chars
                              or opener in self._places or flag == "ns"):
                continue
            parts = [self._cand(cand.start, cand.start + ends[k], "ORG", name[:ends[k]],
                                cand.rule, cand.score, cand.priority)
                     ] if name[:ends[k]].endswith(self.org_heads) else []
            if opener not in self._second_openers:
                parts.append(self._cand(cand.start + ends[m], cand.end, "ORG", name[ends[m]:],
                                        cand.rule, cand.score, cand.priority))
            return parts
        return [cand]

    def _ends_joined(self, word: str, name: str) -> bool:
        """Whether ``word`` joins the ends of the line or works ``name`` names (成都到香港高铁):
        a word of lexicon.ends_joiners, the name ending in one of lexicon.ends_heads."""
        return word in self._ends_joiners and name.endswith(self._ends_heads)

    def _clause_facility(self, name: str) -> bool:
        """Whether a place-led facility's span, once :meth:`_after_clause` has cut what it
        could, still runs across a clause or a description, no name (rule 9): a verb of
        lexicon.facility_clause_verbs after its first word (甘肃敦煌发布|我国石窟, 英国护士罢工致
        部分医院), a common verb followed by a pronoun or a count (浙江温州组织|多座水库), or
        a count or class of the facilities (美国…市一处公园, 湖南两条高速, 该地区首条高速铁路,
        希腊境内所有机场: :data:`_FAC_COUNTED`; not 镇江谏壁一线船闸, 金川四矿区)."""
        if self._fac_description.search(name):
            return True
        words = tagged_words(self.tokenizer, self.tags, name)
        pos = [0]
        for word, _ in words:
            pos.append(pos[-1] + len(word))
        return any(word in self._fac_clause_verbs and not (
                       self._ends_joined(word, name) and self._opens_proper(name[pos[k + 1]:]))
                   or flag == "v" and len(word) >= 2
                   and self.tokenizer.FREQ.get(word, 0) >= _COMMON
                   and k + 2 < len(words) and words[k + 1][1] in ("r", "m")
                   for k, (word, flag) in enumerate(words[1:-1], 1))

    def _opens_proper(self, rest: str) -> bool:
        """Whether ``rest`` opens with a place, a rare word tagged a proper name, or two
        single characters of no clause's tags (a line named by short places: 中|老|铁路)."""
        if any(rest[:n] in self._places for n in range(2, min(len(rest), _LONGEST_PLACE_PREFIX) + 1)):
            return True
        words = tagged_words(self.tokenizer, self.tags, rest)
        word, flag = words[0]
        if flag in _PROPER_TAGS and len(word) >= 2:
            return self.tokenizer.FREQ.get(word, 0) < _COMMON
        return len(words) > 2 and words[2][0] in self._line_heads and all(
            len(w) == 1 and f not in _OPENING_TAGS | _PARTICLE_TAGS for w, f in words[:2])

    def _clause_opening(self, name: str, verbs: bool = True) -> bool:
        """Whether a facility's span opens with words of a clause, not of a name: a
        preposition, conjunction or pronoun (根据|泰山景区, 并|在|铁路, 因|某|高速), a common
        adverb (已|建|高速公路; not 定边 of 定边机场, rare, nor a place of the gazetteer the
        tagger reads as an adverb, 大连|科技城, 大同|机场, nor a city's one-character name
        the tagger reads as an adverb that opens a run of them, 常|泰|长江大桥: 常州 and
        泰州), or two single-character verbs in a
        row (靠|离|码头, 触|碰|码头, 临|跨|航道: what is done at a facility; a name's one verb is
        followed by a place or a noun: 建|衢|铁路, 引|洮|济|合, 定|平|铁路); the verbs only
        where ``verbs`` (not for an item of a list another facility of its head opens: 踏|跳|水库
        after 藻渡水库、)."""
        words = tagged_words(self.tokenizer, self.tags, name)
        word, flag = words[0]
        if flag in _OPENING_TAGS or flag == "d" and self.tokenizer.FREQ.get(word, 0) >= _COMMON \
                and word not in self._places \
                and not (len(words) > 2 and word in self._run_chars
                         and len(words[1][0]) == 1 and words[1][0] in self._run_chars):
            return True
        return verbs and len(words) > 2 and all(len(w) == 1 and f in _VERB_TAGS
                                                for w, f in words[:2])

    def _qualifies_quoted(self, clean: str, cand: Candidate) -> bool:
        """A programme of the gazetteer that qualifies a designation (lexicon.qualifying_
        programmes) written right before the quoted designation is no name of its own there
        (专精特新|“小巨人”企业: the designation is 小巨人, as the development gold has it five
        times in six; not 东北振兴|“十四五”, 乡村振兴|“新引擎”)."""
        return cand.label == "INITIATIVE" and cand.rule == "names.gazetteer.initiative" \
            and clean[cand.start:cand.end] in self._qualifying \
            and _QUOTED_AFTER.match(clean, cand.end) is not None

    # -- strategies: one per `check` of rules/names.yaml (registered in _STRATEGIES) --

    def _org_walk(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """The organisation head walk's names, but no centre named by one common word alone
        (建成50个基层智能化|康复|中心: a kind of centre, rule 9; not 省|疾控|中心), nor a
        foundation whose name a dot or a dash joins to a person or a place before it (…·
        盖茨|基金会, 米兰-|…基金会: the walk stops at the mark, the name is longer; org40)."""
        clean = text.clean
        return (self._after_kind_opening(clean, c) for c in self._orgs(text, rule, self.org_heads)
                if not (clean.endswith("中心", c.start, c.end)
                        and self._kind_word(clean[c.start:c.end - 2]))
                and not (clean.endswith("基金会", c.start, c.end)
                         and clean.endswith(_NAME_JOINS, 0, c.start)))

    def _after_kind_opening(self, clean: str, c: Candidate) -> Candidate:
        """(org51, C51t) ``c`` started after the kind of enterprise written before the
        company (新央企|中国长安汽车集团: lexicon.company_kind_openings), where four characters
        or more of the name are left; else ``c``."""
        kind = next((k for k in self._kind_openings if clean.startswith(k, c.start)), None)
        if kind is None or c.end - c.start - len(kind) < 4:
            return c
        start = c.start + len(kind)
        return replace(c, start=start, norm=canonical(clean[start:c.end]))

    def _fac_walk(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """The facility head walk's names, but no generic facility (rule 9): a head alone
        (航站楼), a level or class word alone before it (县|高速; not 塔|铁路, a name), a
        common word alone before it that is no place (城市|大数据中心: a kind), or a class
        of facilities counted right after it (新建通航机场5个, 国家现代农业产业园2个)."""
        clean = text.clean
        for c in self._orgs(text, rule, self.fac_heads):
            surface = clean[c.start:c.end]
            head = self._walk_suffixes.longest(surface) or surface
            before = len(surface) - len(head)
            if before == 0 or _COUNTED_AFTER.match(clean, c.end) or (
                    before == 1 and surface[0] in self._class_chars) or self._kind_word(surface[:before]):
                continue
            if head == "航道" and clean.startswith("桥", c.end):
                # a bridge's span over a channel is the bridge's part (常泰长江大桥主航道|桥)
                c = replace(c, end=c.end + 1, norm=canonical(clean[c.start:c.end + 1]))
            yield c

    def _kind_word(self, text: str) -> bool:
        """Whether ``text`` is one common word of two or more characters, no place and no
        proper name (旅游, 国家, and 城市 or 内河, common words jieba tags places:
        lexicon.not_proper): what kind of facility the head names, not which one (城市|大数据
        中心, 国家|铁路; not 天安门|广场, 三峡|水利枢纽, 大|运河)."""
        words = tagged_words(self.tokenizer, self.tags, text)
        if len(words) != 1 or len(text) < 2 or text in self._places \
                or self.tokenizer.FREQ.get(text, 0) < _COMMON:
            return False
        return words[0][1] not in _PROPER_TAGS or text in self.not_proper

    def _titled_person(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return self._persons(text.toks, text.offsets, rule)

    def _quoted_name(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return self._quoted(text.clean, rule)

    def _at_word_start(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return (c for c in self._plain(text.clean, rule)
                if on_word_boundaries(self.tokenizer, text.clean, c.start, c.start))

    def _two_ends(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A line named by its two ends (names.fac_two_ends), read as :meth:`_at_word_start`;
        a first end of four characters (the pattern's ``four``) only a place's name, of the
        gazetteer or the division data without its level (乌兰浩特|至阿尔山铁路, not
        推动波密|至然乌段铁路: a verb glued on); matches overlap, so such a rejected start
        does not hide the shorter end after it."""
        clean = text.clean
        for m in self._matches(clean, rule, overlapped=True):
            four = m.group("four")
            start, end = m.span("name")
            if four is not None and four not in self._places and not place_index().lookup(four) \
                    or not on_word_boundaries(self.tokenizer, clean, start, start):
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _whole_word(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return (c for c in self._plain(text.clean, rule)
                if on_word_boundaries(self.tokenizer, text.clean, c.start, c.end))

    def _compass_region(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A part of a province named by its abbreviation and a compass word
        (names.compass_region): no place of the gazetteer (粤东 is its row) nor a county of
        the data (陇西); of three
        characters (a diagonal: 川东北) starting a word of jieba, of two characters a whole
        word and either a place's name of jieba's dictionary that it counts no more than
        :data:`_COMPASS_COUNT` times (川南, 鄂西; not 京东) or no word of the dictionary at
        all, which jieba's cut keeps whole, before a word of lexicon.compass_region_after
        (渝西|地区, 鲁西|、; not 鲁|中部, 渝|西部, 蒙西水泥 a company)."""
        clean = text.clean
        for c in self._plain(clean, rule):
            name = clean[c.start:c.end]
            # a place of the gazetteer or a county of the data (陇西: the county rules read
            # it in its own province's documents)
            if name in self._places or place_index().lookup(name):
                continue
            # a diagonal is no other word: jieba may cut it (川西|北不, 渝东|南地区), so its
            # start alone is a word's (not 北京|东南)
            if len(name) == 3 and on_word_boundaries(self.tokenizer, clean, c.start, c.start) \
                    or ((self.tags.get(name) == "ns"
                         and self.tokenizer.FREQ.get(name, 0) <= _COMPASS_COUNT
                         or not self.tokenizer.FREQ.get(name)
                         and clean.startswith(self._compass_after, c.end))
                        and on_word_boundaries(self.tokenizer, clean, c.start, c.end)):
                yield c

    def _division_name(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A name of the gazetteer that is also a division of the place data (九寨沟, a site
        there, 九寨沟县's short name) and a whole word of jieba: the rule's context says the
        place (names.reached_place: 通达|九寨沟和若尔盖); a division the gazetteer does not
        know is read by the place rules (not 连通|通道, a common word and 通道县's name)."""
        clean = text.clean
        for c in self._plain(clean, rule):
            name = clean[c.start:c.end]
            if name in self.data.gazetteer and place_index().lookup(name) \
                    and on_word_boundaries(self.tokenizer, clean, c.start, c.end):
                yield c

    def _foreign_division(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A state, province or krai of another country after the country's name (美国|加利福尼亚州,
        俄罗斯|伊尔库茨克州, 加拿大|安大略省, 日本|山口县, 韩国|首尔市): the name before its level
        word is a place's or a foreign name's to jieba (tags ns, nr, nrt) or a city of that
        country (:func:`_own_cities`: 首尔, an adverb to jieba); a krai (边疆区) needs no such
        name, the word is Russia's alone (外贝加尔边疆区). Not 美国|打压杭州 (no word),
        日本|外务省."""
        clean = text.clean
        for c in self._plain(clean, rule):
            if _foreign_division_name(clean, c.start, c.end):
                yield c

    def _abbrev_run(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A run of place abbreviations (rule 13) that is whole words of jieba; a pair of
        province abbreviations that jieba knows as a word is one only as an abbreviation
        (tag j: 晋冀, 湘鄂), not 苏宁, 新港; 中 and a country are taken as written (中日).
        A run a facility head or a word of the rule's ``stops`` follows is part of a
        name (藏粤直流, rule 20). A run that is a person's given name (:meth:`_given_name`:
        市委书记陈吉宁, 主席万鄂湘) is none, and one whose last abbreviation starts a word
        with what follows (lexicon.abbrev_run_word_starts: 中俄|新时代, 兴陇|新局面) ends
        before it."""
        for c in self._plain(text.clean, rule):
            if c.end - c.start > 2 and text.clean[c.end - 1] in self._run_word_starts \
                    and self._starts_word(text.clean, c.end - 1):
                c = replace(c, end=c.end - 1, norm=text.clean[c.start:c.end - 1])
            name = text.clean[c.start:c.end]
            if len(set(name)) < len(name) or not on_word_boundaries(
                    self.tokenizer, text.clean, c.start, c.end) \
                    or name[0] != "中" and name[-1] in self._run_word_starts \
                    and self._starts_word(text.clean, c.end - 1) \
                    or self._given_name(text.clean, c.start, c.end):
                continue
            if len(name) == 2 and name[0] != "中" and self.tags.get(name, "j") != "j":
                continue
            # part of a longer name: a facility's (苏台|公路) or a stop word's (藏粤|直流)
            if text.clean.startswith(self._facility_heads + self._stops[rule.stops], c.end):
                continue
            yield c

    def _starts_word(self, clean: str, pos: int) -> bool:
        """Whether the character at ``pos`` (新) is an attribute of the common word right
        after it (新|时代, 新|局面: a word of the dictionary counted often that is no place)."""
        after = clean[pos + 1:pos + 3]
        return self.tokenizer.FREQ.get(after, 0) >= _COMMON_WORD and after not in self._places

    def _given_name(self, clean: str, start: int, end: int) -> bool:
        """A run of two abbreviations that is a person's given name: a surname right
        before it, and before the surname a list mark, the text's start or a title
        (上海市委书记陈|吉宁, 民革中央主席万|鄂湘, 、陈|吉宁、); not 提高|琴澳, where the
        character before the run ends a word."""
        if end - start != 2 or start < 1 or clean[start - 1] not in self.surnames:
            return False
        before = clean[:start - 1]
        return not before or before[-1] in "、，,：:；;（( 　\n" \
            or before.endswith(tuple(self._titles))

    def _run_line(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A line named by the one-character names of the places it joins (杭临线, 杭富线):
        its first character stands for a place (:attr:`_run_chars`), the characters before
        线 are short names of places run together (:meth:`_short_places`: no common word
        inside, nor one word of the dictionary but a place: not 通信|线), none twice, the last of them makes no word with 线 (not 长江沿|线, 底线,
        热线) and the name is whole words."""
        clean = text.clean
        freq = self.tokenizer.FREQ
        for m in self._matches(clean, rule):
            s, e = m.span("name")
            chars = clean[s:e - 1]
            if len(set(chars)) == len(chars) and chars[0] in self._run_chars \
                    and self._short_places(chars) and freq.get(clean[e - 2:e], 0) <= _RARE \
                    and (freq.get(chars, 0) <= _RARE or chars in self._places) \
                    and on_word_boundaries(self.tokenizer, clean, s, e):
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _coded_line(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A road named by its own words and 线 with its number written right before it or in
        brackets right after it (C49f, made up: S315松岭线, 松岭线（S315）, 松岭线(X102)): the
        number makes it a road (rule 20), so the words need no place; they are two to four
        characters that start a word of jieba, hold no verb and no function character (the
        longest such after the match's start: 完成|松岭线(S315)), and the last of them makes
        no word with 线 (G60走廊|沿线, 干线). The number in brackets is in the span, as a
        section or alias in brackets is (剑门蜀道（翠云廊）, 中部通道（普陀段） of the train gold)."""
        clean = text.clean
        freq = self.tokenizer.FREQ
        for m in self._matches(clean, rule):
            s, e = m.span("name")
            words = m.end("code") if m.group("code") else s
            line = clean.index("线", words) + 1
            if freq.get(clean[line - 2:line], 0) > _RARE:
                continue
            starts = [words] if m.group("code") else range(words, line - 2)
            start = next((k for k in starts if self._line_words(clean, k, line)), None)
            if start is None:
                continue
            start = s if m.group("code") else start
            yield self._cand(start, e, rule.label, clean[start:e], rule.id, rule.score,
                             rule.priority)

    def _line_words(self, clean: str, start: int, line: int) -> bool:
        """Whether ``clean[start:line - 1]`` may be a road's own words before 线: two to four
        characters starting a word of jieba, no verb, no function character."""
        if not 2 <= line - 1 - start <= 4 or not on_word_boundaries(self.tokenizer, clean, start, start):
            return False
        words = tagged_words(self.tokenizer, self.tags, clean[start:line - 1])
        return not any(len(w) == 1 and w in self._function_chars or f in _VERB_TAGS
                       for w, f in words)

    def _partner_run(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """Short names of places run together before their partnership (names.partner_run):
        every character a place's (``_run_chars``), none twice, whole words of jieba, a pair
        no word of the dictionary but an abbreviation (not 东西, 南北, 深化), no common word
        inside (:meth:`_short_places`), no facility head after it (苏台|公路); the longest
        of runs that overlap."""
        found, clean = [], text.clean
        for m in self._run_matches(clean, rule):
            # the pattern's run is the shortest before the partnership; longer ones end
            # in the words between (榆鄂|宁能源化工产业协作: 榆鄂宁), not in the partner word
            start, end = m.span("name")
            ends = [end]
            while (len(ends) < 4 - (end - start) + 1 and ends[-1] < len(clean)
                   and clean[ends[-1]] in self._run_chars
                   and not clean.startswith(self._partner_words, ends[-1])
                   and self._run_count.match(clean, ends[-1]) is None):
                ends.append(ends[-1] + 1)
            for end in ends:
                if (cand := self._partner_piece(text, rule, start, end)) is not None:
                    found.append(cand)
        return [c for c in found if not any(o is not c and o.start <= c.start and c.end <= o.end
                                            for o in found)]

    def _place_pair(self, name: str) -> bool:
        """Whether two characters jieba's dictionary knows as one place name (tag ns) are
        two places' short names run together (深港, 粤港, 京津, 闽台: gpe38, call C38p): each
        an abbreviation (lexicon.place_abbrevs, city_abbrevs, pair_abbrevs: not 临港, 浙大,
        中新 of first characters), no division's or gazetteer place's own name (辽宁, 贵港:
        the gazetteer's), none of lexicon.pair_not (云台, 吉川), and a rare word (at most
        :data:`_PAIR_MOST`: 京津 72; not 苏宁 298 the retailer, 新港 828 a port's name)."""
        return len(name) == 2 and set(name) <= self._pair_chars and self.tags.get(name) == "ns" \
            and name not in self._pair_not and self.tokenizer.FREQ.get(name, 0) <= _PAIR_MOST \
            and name not in self._places and not place_index().lookup(name)

    def _partner_strategy(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A run of short place names written fused before 一体化 or 同城化 and the word:
        the regional strategy, one INITIATIVE (names.partner_strategy; gold/dev/NOTES.md
        C28: 深中一体化, 琴澳一体化发展, 成德眉资同城化, as 长三角一体化). The run is
        names.partner_run's (:meth:`_partner_piece`) or a gazetteer's place (京津冀); the
        longest of runs that overlap; not an item of a list (a 、 before
        it), not where the word qualifies a noun or a verb after it
        (lexicon.integration_attributes: 琴澳一体化|立体交通体系, 沪苏一体化|推进)."""
        found, clean = [], text.clean
        for m in self._run_matches(clean, rule):
            start, end = m.span("name")
            region = self.data.gazetteer.get(clean[start:end])
            # (gpe38) nor the end of a longer run that is the list's item (长岳协同、长|益常一体化)
            opens = start
            while opens > 0 and start - opens < 2 and clean[opens - 1] in self._run_chars:
                opens -= 1
            if start and clean[start - 1] in "、与和及同" \
                    or opens < start and opens and clean[opens - 1] in "、与和及同" or (
                    (region is None or region.kind != "region")
                    and self._partner_piece(text, rule, start, end, glued_start=True) is None):
                continue  # a list's item, places apart, or no run (a region's passes: 京津冀)
            word = next(w for w in self._integration_words if clean.startswith(w, end))
            if word.endswith("协作") and (end - start != 2 or clean.startswith(
                    self._cooperation_attributes, end + len(word))):
                continue  # (C47a) a pair's cooperation programme only (闽宁协作, not 京津冀协作,
                # nor 川渝协作|机制: lexicon.cooperation_attributes)
            stop = end + len(word) + (2 if clean.startswith("发展", end + len(word)) else 0)
            if clean.startswith(self._integration_attributes, stop):
                continue
            found.append(self._cand(start, stop, rule.label, clean[start:stop], rule.id,
                                    rule.score, rule.priority))
        return [c for c in found if not any(o is not c and o.start <= c.start and c.end <= o.end
                                            for o in found)]

    def _run_matches(self, clean: str, rule: NameRule) -> Iterator[regex.Match[str]]:
        """The matches of ``self._matches(clean, rule, overlapped=True)`` whose name opens
        with two characters of places (``_run_chars``; :meth:`_partner_piece` takes no
        other): the pattern is tried only at the starts of such pairs in the rule's
        windows, which a search for runs of those characters finds (an overlapped scan
        tries it at every position of a window, each the match found there; a window
        around 合作 or 协同 at every other line of a report: 45 -> 8 ms on the corpus)."""
        assert isinstance(rule.pattern, regex.Pattern) and rule.near is not None
        for lo, hi in self._near_windows(clean, rule):
            for run in self._run_re.finditer(clean, lo, hi):
                for start in range(run.start(), run.end() - 1):
                    if (m := rule.pattern.match(clean, start, hi)) is not None:
                        yield m

    def _partner_piece(self, text: _Text, rule: NameRule, start: int, end: int,
                       glued_start: bool = False) -> Candidate | None:
        """The run ``start:end`` as the rule's candidate if it reads as short names of places
        (names.partner_run's checks), else None. With ``glued_start`` (names.partner_strategy)
        a run also starts a word where jieba writes a preposition and its first character as
        one word (以西|咸一体化为牵引: 以西 "west of"; init36, train d56), the preposition a word
        start of its own there."""
        name = text.clean[start:end]
        if any(self._run_count.match(text.clean, i) for i in range(start, end)):
            return None  # a count of the places inside (粤港澳|三地: lexicon.run_counts)
        if (set(name) <= self._run_chars and len(set(name)) == len(name)
                and (len(name) > 2 and self._short_places(name)
                     or self.tags.get(name, "j") == "j" and self._short_places(name)
                     or self._place_pair(name))
                and (on_word_boundaries(self.tokenizer, text.clean, start, end)
                     or glued_start and start > 0 and text.clean[start - 1] in _GLUED_PREPOSITIONS
                     and on_word_boundaries(self.tokenizer, text.clean, start - 1, end))
                and not text.clean.startswith(self._facility_heads + self._stops[rule.stops],
                                              end)):
            return self._cand(start, end, rule.label, name, rule.id, rule.score, rule.priority)
        return None

    def _listed_person(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """The names the ``name`` group holds, items of a list split at 、 (a post's list
        of people, names.person_after_post), each no dictionary word."""
        return (c for m in self._matches(text.clean, rule) if m.start("name") < m.end("name")
                for c in self._items_of(m, rule)
                if self._unknown_word(text.clean[c.start:c.end]))

    def _post_word_person(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(C49c) A person's name right after a post's title, delimited by the words around
        it (区委书记周林明确了, 主任覃春利一同督导): the name jieba knows as a person's (nr) or
        a surname and one or two characters that are words of their own, before a word of
        two characters or more; no dictionary word (书记|项目, 领导|方式: the surname's
        character inside a word)."""
        clean = text.clean
        for m in self._matches(clean, rule):
            start = m.start("name")
            window = clean[start:start + _POST_NAME_WINDOW]
            length = self._post_names.get(window)
            if length is None:  # the same title and name recur in a text and across texts
                if len(self._post_names) >= _POST_NAME_MEMO:
                    self._post_names.clear()
                length = self._post_names[window] = self._name_by_words(window)
            if length and self._unknown_word(clean[start:start + length]) \
                    and not _place_after_title(clean, start, start + length):
                yield self._cand(start, start + length, rule.label, clean[start:start + length],
                                 rule.id, rule.score, rule.priority)

    def _name_by_words(self, window: str) -> int:
        """How long the person's name that opens ``window`` is by jieba's words (0 where
        they do not show one): a person's word (nr) of three characters, or the surname and
        one or two one-character words, each before a word of two characters or more or a
        mark."""
        words = [w for w, _, _ in tokens(self.tokenizer, window)]
        if len(words) < 2:
            return 0
        first = words[0]
        # (C49p) a compound surname is one word of jieba's (欧阳|晓|明)
        surname = 2 if first in self.compound_surnames else 1
        if len(first) > surname:  # a person's word of three (周密 of two is nr too, a word)
            tag = self.tags.get(first, "")
            return 3 if len(first) == 3 and tag.startswith("nr") and len(words[1]) >= 2 else 0
        if (given_word := self._given_word(words)) is not None:
            return surname + given_word
        given = 0
        # (not 某: 李某, a name withheld, is none; names.POST_NAME; nor a pronoun or a
        # numeral: 其, 一)
        while given < 2 and 1 + given < len(words) and len(words[1 + given]) == 1 \
                and "\u4e00" <= words[1 + given] <= "\u9fff" and words[1 + given] != "某" \
                and self.tags.get(words[1 + given], "")[:1] not in _NOT_GIVEN_TAGS:
            given += 1
        tag = self.tags.get(words[2], "")[:1] if given == 2 else ""
        if tag == "d":
            return 0  # 杨新|就 or 陈国才: an adverb's character may end the name or not
        if tag in _AFTER_NAME_TAGS:
            return surname + 1  # a preposition, conjunction or particle after a name (龚正|的)
        follower = words[1 + given] if 1 + given < len(words) else ""
        # (C49r) a conjunction of one character ends a name of three too (张龙愿|及|区委办;
        # not a particle: 王巍|作|了 is a name of two before its verb)
        return surname + given if given and (self._ends_name(follower) or given == 2 and (
            self.tags.get(follower, "")[:1] == "c")) else 0

    def _given_word(self, words: list[str]) -> int | None:
        """(C49q) The length of a given name jieba holds as one word of two characters after
        the surname (邵|国华|通报, 王|建国|主持), None where the words show none: the surname
        no function word or verb of its own (向|大会|报告: a preposition), the given word no
        function word, adverb, pronoun or numeral, and after it a mark that ends a name or a
        verb of two characters or more, the clause going on after its subject."""
        if len(words) < 3 or len(words[1]) != 2 or not words[1].isalpha() \
                or self.tags.get(words[0], "")[:1] in _NOT_SURNAME_TAGS \
                or self.tags.get(words[1], "")[:1] in _NOT_GIVEN_WORD_TAGS \
                or self.tokenizer.FREQ.get(words[1], 0) > _GIVEN_WORD_COUNT:
            return None
        return 2 if self._ends_name(words[2]) else None

    def _ends_name(self, follower: str) -> bool:
        """Whether the word after a name's characters ends it: a mark (、，。) or a word of
        two characters or more, neither a person's word (nr: 冯德|莱恩 goes on, a foreign
        name) nor a numeral's (主席|向每|一位: 向 the preposition)."""
        tag = self.tags.get(follower, "")
        return follower in _NAME_ENDS or follower in _NAME_END_WORDS \
            or len(follower) >= 2 and follower.isalpha() and tag[:1] != "m" \
            and not tag.startswith("nr")

    def _place_led_name(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        for c in self._plain(text.clean, rule):
            if (vetted := self._vet_place_led(text.clean, text.view, c, rule)) is not None:
                yield vetted

    def _village_names(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A village's, community's or town's body written with its name (names.village_body,
        town_body: 和平村党支部, 西湖社区居委会, 硕放镇人民政府) whose name before its first
        村, 社区, 嘎查, 镇, 乡 or 街道 holds no verb, adverb or function word of jieba's (not
        立刻上报|社区党委, 鼓励|社区居民委员会: a clause before a generic body; org37)."""
        for c in self._plain(text.clean, rule):
            names = self._settlement_names(text.clean, c.start, c.end)
            if names and not any(self._verb_in_name(name) for name in names):
                yield c

    def _town_items(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(gpe47, C47o) The items of a list of towns by their short names that a shared
        level closes (青石、柳湾、白河等乡镇; 青石、柳湾3个街道): each item a GPE where every
        item is a name the dictionary does not hold as another word (an unknown word or a
        place's, tag ns), none a verb's: a list of common words (交通、水利等乡镇设施) is none."""
        for m in self._matches(text.clean, rule):
            items = m.group("name").split("、")
            if all(self._town_short_name(item) for item in items):
                yield from self._items_of(m, rule)

    def _town_short_name(self, item: str) -> bool:
        """Whether a list item may be a town's short name: the dictionary holds it as a place
        (ns), as a rare noun (青石, 石门: a count of at most :data:`_TOWN_NOUN_COUNT`, no
        area's word in 区: 库区, 牧区) or not at all (no verb or function word inside then)."""
        tag = self.tags.get(item)
        if tag is None:
            return not self._verb_in_name(item)
        if tag.startswith("ns"):
            return True
        return tag == "n" and not item.endswith("区") \
            and self.tokenizer.FREQ.get(item, 0) <= _TOWN_NOUN_COUNT

    @staticmethod
    def _settlement_names(clean: str, start: int, end: int) -> list[str]:
        """The names before each level word of a settlement's span (村, 社区, 嘎查, 镇, 乡,
        街道): its town's and its village's (唐昌|街道|北街|社区: C46gf) or its one name."""
        names, at = [], start
        for level in _VILLAGE_WORD.finditer(clean, start, end):
            if level.start() > at:
                names.append(clean[at:level.start()])
            at = level.end()
        return names

    def _verb_in_name(self, name: str) -> bool:
        """Whether a settlement's name holds a word of two characters or more that is a
        verb or a function word, or one character that is a function word (社|和 of
        联合社和村…); a town's name may hold a character jieba tags a verb (硕|放)."""
        return any((flag in _VERB_TAGS or flag in _FUNCTION_TAGS or flag in ("v", "vn"))
                   if len(word) > 1 else (flag in _CLAUSE_TAGS or flag == "r")
                   for word, flag in tagged_words(self.tokenizer, self.tags, name))

    def _counted_title(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A counted item read as a title its level confers (names.counted_designation):
        one phrase (:meth:`_one_phrase`), the word after the level no verb, conjunction,
        preposition or adverb (2个国家|和|地区, 3个国家|设立|办事处 are countries), and no
        verb inside with a word of two or more characters after it, its object (基地|覆盖|
        全国 is a clause; 集聚|区 is the title's)."""
        for c in self._place_led_name(text, rule):
            words = tagged_words(self.tokenizer, self.tags, text.clean[c.start:c.end])
            if len(words) > 1 and words[1][1] not in _NOT_AFTER_LEVEL and not any(
                    flag == "v" and len(nxt) > 1
                    for (_, flag), (nxt, _) in zip(words, words[1:], strict=False)):
                yield c

    def _outer_name(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A name that ends in a generic name-final word of the rule's pattern (rule 20: a
        place before a facility, programme or body whose head the heads table does not
        know, 西安国家版本馆, 丽水生态产品价值实现机制试点; rule 11: a reform or programme
        named after a verb of policy, 深化企业简易注销改革): vetted as a place-led name (one
        phrase, on a word boundary) and ending on a word boundary of jieba (西安|市场监管局
        is no 西安市场); not a facility whose last word is a verb of one character after an
        adverb or a verb (中国人民永远|站|在…一边, 瑙鲁决定|站|在: a clause; not 南极秦岭|站,
        中国空间站)."""
        for c in self._place_led_name(text, rule):
            if not self._ends_word(text.clean, c):
                continue
            if c.label == "GPE" and any(text.clean[c.start + k:c.end] in self._places
                                        for k in range(2, c.end - c.start - 1)):
                continue  # a place whose name ends in 镇 after its province (江西|景德镇): two
            if c.label == "GPE" and _not_one_place(text.clean, c.start, c.end, self._places):
                continue
            if self._town_apart(text.clean, c):
                continue
            if c.label == "FAC":
                words = tagged_words(self.tokenizer, self.tags, text.clean[c.start:c.end])
                if len(words) >= 2 and len(words[-1][0]) == 1 and words[-1][1] == "v" \
                        and words[-2][1] in _VERB_TAGS | {"a"}:
                    continue
            yield c

    def _programme(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """An unquoted programme (rule 11) vetted as :meth:`_outer_name`, whose pattern lets
        function characters in where a word holds them (降本增效, 就近就业, 治本攻坚): no
        function character is a word of its own inside the name (实施|A|和|B|工程 is two).
        A system a law makes its subject's duty to set up (应当建立|投诉举报制度, 应建立|数据使用
        备案制度) is that body's own working rule, a kind (rule 9), no programme; not a
        compensation scheme (应当建立健全|马颊河生态保护补偿制度, dev-d72)."""
        clean = text.clean
        return (c for c in self._without_words(text, rule, self._function_chars)
                if not (clean.endswith("制度", c.start, c.end)
                        and not clean.endswith("补偿制度", c.start, c.end)
                        and _DUTY_BEFORE.search(clean, max(0, c.start - 6), c.start)))

    def _aimed_programme(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A campaign named by its aim (names.special_campaign), vetted as :meth:`_programme`
        but for the function characters a clause of aim holds (中试平台建|在|产业链|上|专项
        行动): only a joining one as a word of its own makes two names (A|和|B专项行动)."""
        return self._without_words(text, rule, self._joining_chars)

    def _without_words(self, text: _Text, rule: NameRule, chars: frozenset[str]
                       ) -> Iterable[Candidate]:
        """The rule's names vetted as :meth:`_outer_name` that hold none of ``chars`` as a
        word of its own."""
        for c in self._outer_name(text, rule):
            words = tagged_words(self.tokenizer, self.tags, text.clean[c.start:c.end])
            if not any(len(w) == 1 and w in chars for w, _ in words):
                yield c

    def _counted_package(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A package counted by 大 (扩消费|六大|工程): the rule's names that hold no word of
        its stops, are whole words at both ends and hold no function character as a word
        (the count inside is the name's, rule 11, so :meth:`_one_phrase` does not apply)."""
        clean = text.clean
        for c in self._plain(clean, rule):
            surface = clean[c.start:c.end]
            if any(w in surface for w in self._stops[rule.stops]) \
                    or not on_word_boundaries(self.tokenizer, clean, c.start, c.end):
                continue
            words = tagged_words(self.tokenizer, self.tags, surface)
            if not any(len(w) == 1 and w in self._function_chars for w, _ in words):
                yield c

    def _note_terms(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """Coined terms a report defines in its notes (［17］四个一批：谋划一批、开工一批…,
        rule 11: the term is a programme's name, its numeral no COUNT), and where the term
        ends in a programme's head, the items of its definition that end in the same head
        (［19］九大行动：基础教育扩优提质行动、高等教育整体跃升行动…: one INITIATIVE each)."""
        clean = text.clean
        for m in self._plain(clean, rule):
            yield m
        for m in self._matches(clean, rule):
            head = m.group("head")
            if not head:
                continue
            for item in _NOTE_ITEM.finditer(clean, *m.span("definition")):
                if item.group().endswith(head) and len(item.group()) > len(head) + 1:
                    yield self._cand(item.start(), item.end(), rule.label, item.group(),
                                     rule.id, rule.score, rule.priority)

    def _ends_word(self, clean: str, c: Candidate) -> bool:
        """The name ends on a word boundary, and no 至 before it makes its place the end
        of a road or line named by its ends (金上至|湖北|特高压直流输电工程)."""
        return not clean.endswith("至", 0, c.start) \
            and (on_word_boundaries(self.tokenizer, clean, c.end, c.end)
                 or self._glued_end(clean, c.end))

    def _glued_end(self, clean: str, end: int) -> bool:
        """``end`` splits a word of lexicon.glued_heads after its first two characters
        (工程|建设) and a word ends after that word: the name's last word is its own; not
        after a facility's kind of works (lexicon.glued_works: 供水|工程建设)."""
        return any(clean.endswith(w[:2], 0, end) and clean.startswith(w[2:], end)
                   and not clean.endswith(self._glued_works, 0, end - 2)
                   and on_word_boundaries(self.tokenizer, clean, end + len(w) - 2,
                                          end + len(w) - 2)
                   for w in self._glued_heads)

    def _vet_place_led(self, clean: str, view: TextView | None, c: Candidate,
                       rule: NameRule) -> Candidate | None:
        """A place-led name if it is one phrase starting on a word boundary (the whole
        quoted name for a facility in quotes), else None. With check clause_place_led the
        place must open a clause: no Chinese character right before it (not 美丽|浙江…). A
        place and no more than its part or role after it (lexicon.place_part_or_role:
        万州|区域中心城市) is none: :meth:`place_reading` keeps the place apart; nor is a
        facility whose head ends a place written after the first (中国|香港, 江苏|连云港,
        中华人民共和国|香港特别行政区: the head's 港 is the place's, two GPE); nor a programme
        with a verb before a bracket inside it (天津紧抓北京（京津冀）国际科技创新中心: a clause),
        nor one whose place starts inside a longer word of the dictionary (罗|浮山县…引领区 of
        环南昆山—罗浮山县镇村高质量发展引领区: 罗浮山 is the word, jieba's split a wrong one)."""
        if rule.check == "clause_place_led" and c.start > 0 \
                and "\u4e00" <= clean[c.start - 1] <= "\u9fff" \
                and not (view is not None and view.index[c.start] > view.index[c.start - 1] + 1):
            return None  # a Chinese character right before, no space or line break between
        if any(self._place_part.fullmatch(clean, c.start + k, c.end)
               and (clean[c.start:c.start + k] in self._places
                    or place_index().lookup(clean[c.start:c.start + k]))
               for k in range(2, min(5, c.end - c.start))):
            return None  # a place and its part or role (建设万州|区域中心城市): the place apart
        if not self._one_phrase(clean, c, view, rule.stops) \
                or not on_word_boundaries(self.tokenizer, clean, c.start, c.start) \
                or c.label == "ORG" and self._organ_then_verb(clean[c.start:c.end]):
            return None
        if rule.label == "INITIATIVE" and rule.starts == "place" and c.start > 0 and any(
                len(clean[c.start - 1:c.start + k]) == k + 1
                and clean[c.start - 1:c.start + k] in self.tags for k in (2, 3)):
            return None  # the place's first characters end a word of the dictionary (罗浮山|县)
        if rule.label == "INITIATIVE" and rule.starts == "place" \
                and clean.endswith(self._modified_heads, c.start, c.end) \
                and not self._modified_programme(clean, c):
            return None  # (C51a) 落实广东|专项行动要求, 广东|启动|专项行动: no name
        if rule.label == "INITIATIVE" and rule.starts == "place" \
                and (bracket := clean.find("（", c.start, c.end)) > 0 \
                and not clean.endswith("）", c.start, c.end) and any(flag == "v" for _, flag in
                        tagged_words(self.tokenizer, self.tags, clean[c.start:bracket])):
            return None  # a verb before a bracketed place: a clause (天津|紧抓|北京（京津冀）…中心)
        if rule.label == "FAC":
            by_start = self._places_at(clean)[0]
            if any(c.end <= e for i in range(c.start, c.end) for _, e in by_start.get(i, ())):
                return None  # the head ends a place's name (中国|香港, 江苏|连云港: GPE both)
            c = self._nearer_place_fac(clean, c)
        q = _QUOTED_BEFORE.search(clean, max(0, c.start - 13), c.start)
        if rule.label == "FAC" and q is not None and clean.startswith("”", c.end):
            # the facility is the whole quoted name (“中开院常德创新孵化基地”)
            start = q.start() + 1
            c = self._cand(start, c.end, c.label, clean[start:c.end], c.rule, c.score,
                           c.priority)
        return c

    def _modified_programme(self, clean: str, c: Candidate) -> bool:
        """(C51a) Whether a place-led programme ending in a head that names no programme alone
        (lexicon.modified_programme_heads: 专项行动, 重大专项) has its field between the place
        and the head (:meth:`_programme_field`)."""
        places = [e for s, e in self._places_at(clean)[0].get(c.start, ()) if e < c.end]
        head = next(h for h in self._modified_heads if clean.endswith(h, c.start, c.end))
        return self._programme_field(clean[max(places, default=c.start):c.end - len(head)])

    def _programme_field(self, field: str) -> bool:
        """(C51a) Whether ``field``, the words between a place and 专项行动 or 重大专项, names
        what the programme works on: two characters or more besides its verbs' words
        (江苏省|安全生产|专项行动, 江苏省|提振消费|专项行动, 天津市|…科技|重大专项; not
        广东||专项行动, 广东|启动|专项行动: a clause or the place's share of a campaign)."""
        words = tagged_words(self.tokenizer, self.tags, field)
        return sum(len(w) for w, flag in words if flag not in ("v", "vn")) >= 2

    def _nearer_place_fac(self, clean: str, c: Candidate) -> Candidate:
        """A place-led facility cut to start at a later place inside it that the first place
        (or a run of places written together after it) does not touch: the walk ran over a
        clause between (开封市文物行政部门主管|开封城墙 is the facility 开封城墙, rule 20); places
        written together stay one name (成都天府国际机场, 河南省开封城墙), and so does a name
        whose part before the later place ends in a name's head (a branch:
        上海市第一人民医院酒泉医院), in 驻 (a mission: 中国驻南非大使馆) or in 会 (an event's site:
        北京奥运会香港分赛场)."""
        by_start = self._places_at(clean)[0]
        spans = [span for i in range(c.start, c.end) for span in by_start.get(i, ())]
        reach = c.start
        for s, e in sorted(spans):
            if s <= reach:
                reach = max(reach, e)
        later = [s for s, e in spans if s > reach and e < c.end]
        if not later:
            return c
        start = max(later)
        if clean[reach:start] in self._ends_between:
            return c  # a line or works named by its two ends (成都到香港高铁, 海拉尔至满洲里高速公路)
        if clean[reach:start].endswith((*self.org_heads, *self._facility_heads, "驻", "会")):
            return c  # a body's branch or part (上海市第一人民医院|酒泉医院), a mission, an event's site
        return self._cand(start, c.end, c.label, clean[start:c.end], c.rule, c.score,
                          c.priority)

    def _organ_then_verb(self, surface: str) -> bool:
        """Whether an organisation ends inside ``surface`` and a verb follows it there: a
        sentence goes on after the organ (前海管理局|审核后报市财政委员会), no one name; a
        noun of action goes on into a committee's name (开发区|管理/vn|委员会)."""
        words = tagged_words(self.tokenizer, self.tags, surface)
        return any(flag == "v" and words[k - 1][0].endswith(self.org_heads)
                   for k, (_, flag) in enumerate(words) if k)

    def unnamed_reading(self, clean: str, end: int) -> str | None:
        """What follows a place ending at ``end``: ``name`` where it starts a name the
        rules do not delimit: up to ten characters of one phrase (no word of outer_stop
        or initiative_stop), a name-final word (a head of the heads table, a programme's
        or designation's head, lexicon.unnamed_name_ends) ending on a word boundary
        (亚洲|文化遗产保护联盟, 河源|万绿湖; not 浙江|山区), holding no preposition,
        conjunction, particle or adverb (驻豫|部队按照国务院 is none); ``apart`` where such
        a word follows but the clause keeps the place apart (a stop word, a verb, a count
        or another place between: 德国|两大汽车公司宣布); None where none follows."""
        m = self._unnamed_end(clean, end)
        if m is None:
            return None
        # no verb of a clause before the end (泰国|称新建农业科技基地; a verb right before it is
        # the name's: 文化遗产保护|联盟), no count (四川|三大国家级…基地), and no place right
        # after (浙江|嘉兴国际商贸城, 湖南|岳阳…湖: the province stands apart); a lone
        # one-character verb before the end is the clause's (美国|应学会尊重: 学会 a verb there)
        words = tagged_words(self.tokenizer, self.tags, m.group())
        before = tagged_words(self.tokenizer, self.tags, clean[end:m.start("end")])
        apart = any(w in m.group() for w in self._unnamed_stops) \
            or any(flag in _CLAUSE_TAGS for _, flag in words) \
            or any(flag == "v" for _, flag in before[:-1]) \
            and not self._verbs_of_name(clean, end, m.start("end"), before, m.group("end")) \
            or len(before) == 1 and len(before[0][0]) == 1 and before[0][1] == "v" \
            or _COUNT_INSIDE.search(m.group()) is not None \
            or self._fac_description.search(m.group()) is not None \
            or end in self._places_at(clean)[0]
        if apart and m.start("end") > self._unnamed.match(clean, end).start("end"):
            return None  # a longer end read only to find a name: the gate decides the rest
        if not apart and m.group("end") in self._modified_heads \
                and not self._programme_field(clean[end:m.start("end")]):
            return "apart"  # (C51a) 落实广东|专项行动要求: no field, no name the place opens
        return "apart" if apart else "name"

    def _verbs_of_name(self, clean: str, end: int, head_start: int,
                       before: Sequence[tuple[str, str]], head: str) -> bool:
        """(C50a) Whether the verb-tagged words inside the words a place opens (``before``,
        up to a head starting at ``head_start``) are the name's own words, not the clause's:
        a body's or facility's head of two or more characters ends them, each such verb is
        of two or more characters and no verb of a clause's works or of a facility's clause
        (lexicon.works_verbs, place_build_verbs, build_verbs, title_policy_verbs,
        list_opening_verbs, facility_clause_verbs), and no other place is written among
        them (滇中|应用技术大学, 江北|培训服务中心: rule 6, 20, the place is inside the name;
        not 泰国|宣布新建…基地, 杭州|推进…产业园, 某国|运抵某地…机场)."""
        if head not in self._multi_heads or any(
                len(w) < 2 or w in self._clause_verbs for w, flag in before[:-1] if flag == "v"):
            return False
        starts = self._places_at(clean)[0]
        return not any(flag == "ns" for _, flag in before) \
            and not any(pos in starts for pos in range(end, head_start))

    def _unnamed_end(self, clean: str, end: int) -> regex.Match[str] | None:
        """The shortest name of :meth:`unnamed_reading` after a place ending at ``end``
        whose end word is no word of unnamed_not_ends, ends on a word boundary and has the
        name's own words before it: one or more before a two-character end (not
        威海|中心城区), two before a weak head or a one-character end (河源|万绿湖, not
        开封市|河湖); none before a longer end (重庆|代表处). A shorter end that fails does not
        hide a longer one (杭州|城西科创大走廊, not 杭州|城)."""
        m = self._unnamed.match(clean, end)
        if m is None:
            return None
        last = min(len(clean), end + 10 + self._longest_end)
        for stop in range(m.end(), last + 1):
            m = self._unnamed.fullmatch(clean, end, stop)
            if m is None or m.group().endswith(self._unnamed_not):
                continue
            head, between = m.group("end"), m.start("end") - end
            if len(head) < 3 and between < (2 if len(head) == 1 or head in self.weak_heads
                                            else 1):
                continue
            if on_word_boundaries(self.tokenizer, clean, m.end(), m.end()):
                return m
        return None

    def listed_reading(self, clean: str, start: int, end: int) -> str | None:
        """``name`` where the place ``clean[start:end]`` starts an item of a list closed by 等
        and the head its items share (rule 20: 宁波|甬江、温州环大罗山、浙中等科创大走廊, each
        item one name with the head; not where the place is an item alone, 加强与上海、青岛、深圳等
        工业互联网先行区, nor where no list is written, 中俄蒙经贸展览会等平台), the list of one
        phrase: no word of
        :meth:`unnamed_reading`'s stops in it and no verb between 等 and the head (支持|宝鸡、
        杨凌等|建设…; 广州、深圳等|地 has no head); None elsewhere."""
        m = self._listed_end.match(clean, end)
        if m is None or clean[end] in "、等" \
                or "、" not in m.group() and not clean.endswith("、", 0, start) \
                or m.group().endswith(self._unnamed_not) \
                or not on_word_boundaries(self.tokenizer, clean, m.end(), m.end()) \
                or any(w in m.group() for w in self._unnamed_stops):
            return None
        words = tagged_words(self.tokenizer, self.tags, m.group("mid"))
        if any(flag in _CLAUSE_TAGS or flag == "v" for _, flag in words):
            return None
        # a count of the items between 等 and the head: the items are counted things of a
        # kind, no names sharing it, and the place opening one stands apart (新疆可可托海、
        # 河北崇礼等|多个|滑雪场); not a route named by its ends (西安至十堰、…等一批高铁线路:
        # rule 20, one FAC)
        if self._list_counted.search(m.group("mid")) and clean[end] not in "至到-—－–":
            return "apart"
        return "name"

    def place_reading(self, clean: str, start: int, end: int) -> str | None:
        """:meth:`unnamed_reading`, and ``apart`` where a count follows the place right
        away (酒泉、天水|两个区域中心城市: what is counted is no name of the place) or the
        place alone fills brackets after a division's name (无锡高新区（新吴区）: its other
        name; after any other word it is inside a name, places.inside_name) or those of
        中国（…） that open a one-off event (中国（温州）国际园林博览会, places.bracketed_event),
        or it opens a law's title (# 泰安市城市绿化条例: :meth:`_starts_law_title`), or a
        division it holds follows it with no name after them (位于北京市|海淀区的,
        云南昭通市|镇雄县山体滑坡: :meth:`_holds_place_after`) or a place that holds it
        is written right before it (哈萨克斯坦|阿斯塔纳, 雅安市|石棉县:
        :meth:`_after_holding_place`)."""
        if _in_quoted_formula(clean, start, end) or _in_quoted_slogan(clean, start, end):
            return "name"
        if self._section_of_name(clean, start, end):
            return "name"
        if clean.startswith(self._place_apart_before, end):
            return "apart"  # 川西北|不通铁路, 川渝|省际铁路 (lexicon.place_apart_before)
        if self._place_part.match(clean, end):
            return "apart"  # 永川区|城东片区, 徐州|区域中心城市 (lexicon.place_part_or_role)
        if self._town_then_subject(clean, start, end):
            return "apart"  # 西航港街道|新建中学, 仁和街道|老旧小区 (C40q)
        if self._country_before_place(clean, start, end):
            return "apart"
        if self._opens_bracketed_name(clean, start, end) \
                or self._selected_title(clean, start, end) \
                or self._conferred_title(clean, start, end) \
                or self._quoted_conferred_title(clean, start, end):
            return "name"
        reading = self.unnamed_reading(clean, end) or self.listed_reading(clean, start, end)
        if reading == "name" and self._event_phrase(clean, end):
            return "apart"  # 嘉兴|国际友城合作论坛: a one-off event's phrase, no name (C41r)
        alias = start >= 2 and _ALIAS.match(clean, start - 2) is not None \
            and clean[end:end + 1] in "）)"
        if reading is None and (alias or _COUNT_INSIDE.match(clean, end)
                                or self._described_vision(clean, start)
                                or bracketed_event(clean, start, end)
                                or opens_event(clean, end)
                                or self._starts_law_title(clean, start, end)
                                or self._holds_place_after(clean, start, end)
                                or self._after_holding_place(clean, start, end)
                                or self._class_word_after(clean, start, end)):
            return "apart"
        return reading

    def _class_word_after(self, clean: str, start: int, end: int) -> bool:
        """A division's full name (its level character written) before a class of
        settlements that jieba tags as a place (湖南省|城市发展, 湖南省|城镇新增就业:
        lexicon.class_words_tagged_place), that word ending on a word boundary and the
        phrase after it holding no name's head nor a document's word (长沙市|城市建设投资
        集团, 济南市|城市总体规划 stay the gate's): the gate read the word as the rest of a
        name and dropped the place; it is a GPE apart (C44ga)."""
        if clean[end - 1:end] not in _DIVISION_LEVELS:
            return False
        word = self._class_word.match(clean, end)
        return word is not None and on_word_boundaries(self.tokenizer, clean, end, word.end()) \
            and not head_in_phrase(self.gate_context, phrase_after(clean, end))

    def _event_phrase(self, clean: str, end: int) -> bool:
        """Whether the words a place opens, which :meth:`unnamed_reading` reads as a name's
        start (嘉兴|国际友城合作…), run on to a one-off event's head in the same phrase
        (…论坛, …峰会, …博览会: places.opens_event, lexicon.event_heads) with no name's
        head of the facilities' and bodies' table between (杭州|国际博览中心…论坛 keeps its
        facility's reading): rule 11 labels no event, and the place inside one is a GPE
        (call C41r)."""
        m = event_opened().match(clean, end)
        return m is not None and not any(h in m.group()[:-1] for h in self._multi_heads)

    def _opens_bracketed_name(self, clean: str, start: int, end: int) -> bool:
        """The home country before brackets that hold places, a name going on after them
        (中国（海南）技能人才综合发展基地: one FAC in the train gold d43; 中国（河南）国际贸易单一窗口
        of a bulk law): the country opens that name as the place in the brackets is inside it
        (places.inside_name), no GPE (rule 20); not an event's brackets (中国（温州）国际园林
        博览会: rule 11 labels both places, places.bracketed_event), nor brackets a clause goes
        on after (中国（安徽）的发展)."""
        if clean[end:end + 1] not in "（(":
            return False
        inner = next((e for _, e in self._places_at(clean)[0].get(end + 1, ())), None)
        if clean[start:end] in self._home_country:
            return inner is not None and not bracketed_event(clean, end + 1, inner) \
                and _BRACKETS_THEN_NAME.match(clean, inner) is not None
        # any other place, or a run of abbreviations (中新（重庆）战略性互联互通示范项目,
        # 浙江（安吉）县域…综合改革创新试验区, gold dev-d39; 安吉, a county, is a place of its
        # own prefecture's documents only): brackets that hold one place or word, the words
        # after them ending in a name's word or head and opening no event
        if inner is None:
            word = _SHORT_BRACKET.match(clean, end + 1)
            inner = word.end() if word else None
        close = inner
        if close is None or clean[close:close + 1] not in "）)" \
                or event_after_brackets(clean, close):
            return False
        after = _AFTER_BRACKETS.match(clean, close + 1)
        words = after.group() if after else ""
        # the name may end before the clause does (上海（长三角）国际科技创新中心|重大机遇)
        return any(words.endswith(self._name_end_words, 0, i) for i in range(2, len(words) + 1))

    def _selected_title(self, clean: str, start: int, end: int) -> bool:
        """The home country opening the title of a national list that a verb of selection,
        or its batch, puts a thing on (入选|中国潜在独角兽企业, 入选首批|中国消费名品: one
        INITIATIVE in the train gold; lexicon.selection_verbs): part of the title, no GPE;
        not where a clause goes on after it (入选中国|的…)."""
        return clean[start:end] in self._home_country \
            and self._selection_before.search(clean, max(0, start - 8), start) is not None \
            and _TITLE_GOES_ON.match(clean, end) is not None

    def _conferred_title(self, clean: str, start: int, end: int) -> bool:
        """(C50b) The home country or a province right after a verb that confers or wins a
        title (lexicon.conferral_verbs), or after its batch, the title running on within one
        phrase to an honour's last word (lexicon.conferred_title_ends, designation_heads,
        conferred_title_heads; 获评中国|长寿之乡, 成功争取四川|首批…示范县): the place is the
        title's level (rule 6, 20; C42ja), no GPE; not where the phrase ends on no such word
        (跻身中国|企业500强, train gold d33)."""
        name = clean[start:end]
        entry = self.data.gazetteer.get(name)
        if name not in self._home_country and (entry is None or entry.kind != "province"):
            return False
        return self._conferral_before.search(clean, max(0, start - 9), start) is not None \
            and self._conferred_after.match(clean, end) is not None

    def _quoted_conferred_title(self, clean: str, start: int, end: int) -> bool:
        """(C51d) The home country opening a quoted title that a verb of selection or
        conferral (lexicon.selection_verbs, conferral_verbs), or its batch, puts a thing on
        (入选|“中国|农产品百强标志性品牌”; 入选“中国科学十大进展”, 争创“中国质量奖”: one
        INITIATIVE each in the train gold): part of the title, no GPE (rule 6, 7, 20); not
        a ranking list closed by its count (进入“中国隐形独角兽500强”: GPE and RANK, d12, d17)."""
        if clean[start:end] not in self._home_country or not clean.startswith("“", start - 1):
            return False
        close = _QUOTED_TITLE_REST.match(clean, end)
        if close is None or _RANKING_END.search(clean, end, close.end() - 1) is not None:
            return False
        window = max(0, start - 10)
        return self._selection_before.search(clean, window, start - 1) is not None \
            or self._conferral_before.search(clean, window, start - 1) is not None

    def _country_before_place(self, clean: str, start: int, end: int) -> bool:
        """Another country written right before a place of the gazetteer, one of its own
        (蒙古国|东方省, 俄罗斯|赤塔, 蒙古国|乔巴山; 美国|明尼苏达州, a state names.foreign_division
        reads): the division or city is a GPE of its own
        and the country a GPE apart, not the start of a name (the gate read the place's
        first character, 东 of names such as 东站, and dropped 蒙古国); not 中国, whose
        places open names (中国|西部国际博览会 is read as any place is), nor before 中国
        (援几内亚|中国医疗队: a Chinese team's name)."""
        entry = self.data.gazetteer.get(clean[start:end])
        if entry is None or entry.kind != "country" or entry.canonical in self._home_country:
            return False
        # its own state or city that names.foreign_division reads (美国|明尼苏达州)
        if self._foreign_rule is not None and (m := self._foreign_rule.pattern.match(
                clean, end)) is not None and _foreign_division_name(clean, end, m.end("name")):
            return True
        return any(clean[s:e] in self._places and clean[s:e] not in self._home_country
                   and on_word_boundaries(self.tokenizer, clean, e, e)
                   for s, e in self._places_at(clean)[0].get(end, ()))

    def _starts_law_title(self, clean: str, start: int, end: int) -> bool:
        """The place opens the text's title, a law's or rule's (# 泰安市城市绿化条例): a GPE,
        as the development gold labels the laws' titles (the clean view has no line breaks,
        so only the text's first words are read as its title)."""
        return _TITLE_MARKS_ONLY.fullmatch(clean, 0, start) is not None \
            and self._law_title_rest.match(clean, end) is not None

    def _section_of_name(self, clean: str, start: int, end: int) -> bool:
        """The place and the 段 after it are the section of the name right before it
        (西气东输三线|陕西段, 西成铁路|甘肃段: rule 20), not of a river (长江干流|江苏段
        keeps its GPE: lexicon.river_ends) nor of a park that runs across provinces
        (大运河国家文化公园|江苏段, 黄河国家文化公园|甘肃段 keep theirs, as the development
        gold d53, d55 and d57 label them) nor after a mark (G60（浙江段）is read by
        places.inside_name)."""
        return clean.startswith("段", end) and start > 0 \
            and "\u4e00" <= clean[start - 1] <= "\u9fff" \
            and clean[start - 1] not in self._river_ends \
            and not clean.endswith("公园", 0, start)

    def keeps_place(self, clean: str, cand: Candidate) -> bool:
        """Whether a GPE candidate stays a GPE: not where it starts a name no rule
        delimits, yes where such a name's word follows but the clause keeps the place
        apart or a count follows it (:meth:`place_reading`); elsewhere the learned gate
        decides (rules/place_gate.tsv, :mod:`policy_extract.placegate`: a place its
        context reads as the start of a longer name is dropped). A division's full name
        that is a plain word too (lexicon.plain_divisions: 老城区) is a GPE only where
        :func:`_division_named` reads it as the division; a place's name that an ethnic
        group's name holds (蒙古|族, 俄罗斯|族) is none (call C36p)."""
        if clean[cand.start:cand.end] in self._plain_divisions \
                and not _division_named(clean, cand):
            return False  # 推进老城区改造: the old quarter of any town, no GPE
        if clean.startswith("族", cand.end) and not clean.startswith("自治", cand.end + 1):
            return False  # a people's name (蒙古族, 朝鲜族, 俄罗斯族: call C36p), no place
        reading = self.place_reading(clean, cand.start, cand.end)
        if reading is not None:
            return reading == "apart"
        return self.place_gate is None or self.place_gate.keeps(self.gate_context, clean, cand)

    def led_by(self, view: TextView, places: Sequence[tuple[int, int]]) -> list[Candidate]:
        """The names the place-led rules (``starts: place``) find where the given spans
        of ``view.clean`` are places: a county short name found only once the document's
        place is known (萧山 in a document of 杭州市) starts 萧山科技城 as 杭州 starts
        杭州临空经济示范区 (rule 20). Longest first, one per place."""
        clean = view.clean
        out = []
        for start, end in places:
            found = []
            for rule in self.data.rules:
                if rule.starts != "place" or rule.pattern is None:
                    continue
                if (m := _after_place(rule, clean, start, end)) is None:
                    continue
                c: Candidate | None = self._cand(start, m.end(), rule.label,
                                                 clean[start:m.end()], rule.id, rule.score,
                                                 rule.priority)
                if c is not None and rule.check in ("place_led", "one_phrase",
                                                    "clause_place_led", "outer_name"):
                    c = self._vet_place_led(clean, view, c, rule)
                if c is not None and rule.check == "outer_name" \
                        and (not self._ends_word(clean, c) or c.label == "GPE"
                             and _not_one_place(clean, c.start, c.end, self._places)):
                    c = None
                if c is not None and self._town_apart(clean, c):
                    c = None
                # no ORG the rule pass itself would drop (黔江区域性中心|城市: _no_org)
                if c is not None and not self._broken(clean, c.end) \
                        and not self._no_org(clean, c):
                    found.append(c)
            if found:
                out.append(max(found, key=lambda c: (c.end - c.start, c.priority)))
        return out

    def _joined_road(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        # overlapped: 加快|建设千黄 must not hide 千黄
        return (self._cand(m.start("name"), m.end("name"), rule.label, m.group("name"),
                           rule.id, rule.score, rule.priority)
                for m in self._matches(text.clean, rule, overlapped=True)
                if self._joined_places(m.group("name")))

    def _road_items(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """The items of a list of roads, railways or airports that share the head written
        after the last one (rule 6: 延榆、康渝高铁 -> FAC 延榆; 成南扩容、九绵等高速公路 -> 九绵;
        府谷、定边机场 -> 府谷): each item a place or short names of places run together
        (:meth:`_place_end`), or two ends joined
        by 至 whose first is a place, written without its 县, 区 or 市 as roads are named
        (岚皋至陕渝界, 周至至乾县: the 至 of a place's name is no joint)."""
        for m in self._matches(text.clean, rule, overlapped=True):
            name = m.group("name")
            if self._place_end(name) if "至" not in name[2:-1] else any(
                    self._place_end(name[:i]) for i in range(2, len(name) - 2)
                    if name[i] == "至"):
                yield self._cand(m.start("name"), m.end("name"), rule.label, m.group("name"),
                                 rule.id, rule.score, rule.priority)

    def _before_heads(self, clean: str, rule: NameRule) -> Iterable[Candidate]:
        """The rule's names that end at a match of its ``near`` (a head): its pattern is
        tried at the few positions before each head (faster than a scan of the windows
        around the heads; the pattern's name holds no mark it starts at, so one match
        ends at a head at most). The match must end at the head: a shorter name that a head
        inside the longer one ends (良渚古城|遗址公园) hides no longer one; but a name holds its
        own head once (当地最大医院|…医院 is two phrases)."""
        assert rule.pattern is not None and rule.near is not None
        for h_start, h_end in self._near_spans(clean, rule):
            for pos in range(max(0, h_start - _BEFORE_HEAD), h_start):
                m = rule.pattern.fullmatch(clean, pos, h_end)
                if m is not None and clean.find(clean[h_start:h_end], m.start("name"),
                                                h_start) < 0:
                    start, end = m.span("name")
                    yield self._cand(start, end, rule.label, clean[start:end], rule.id,
                                     rule.score, rule.priority)
                    break

    def _place_vision(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A policy vision named by a place (美丽|江苏, 现代化新|重庆): a vision word
        (lexicon.vision_prefixes) right before a place of the gazetteer; the place ends a
        word there, and a 建设 after it is no part of the name (rule 7; gold/dev/NOTES.md,
        sixteenth session, C1). Read at the places the gazetteer scan found (faster than a
        pattern that opens with the vision words), and at a county's own short name that is
        a word of its own (平安|海拉尔, 美丽|海拉尔: the rules find it a GPE only later, by the
        document's place, so the vision lost its name and left a false GPE; init35) where it is
        built: 建设 or a list mark after it, or a verb of building before its word (打造美丽|
        海拉尔; not 发展数字|富民|产业: a county's short name that is a word too, 富民 of 云南)."""
        clean = text.clean
        places = self._place_spans(clean)
        known = frozenset(places)
        counties = tuple((s, e) for s, e in self._county_spans(clean) if (s, e) not in known)
        for s, e in places + counties:
            if (c := self._vision_at(clean, s, e, rule, built=(s, e) not in known)) is not None:
                yield c

    def _vision_at(self, clean: str, s: int, e: int, rule: NameRule,
                   built: bool) -> Candidate | None:
        """The vision a word of lexicon.vision_prefixes right before the place at ``s:e``
        names (平安|海拉尔), or None; with ``built``, only where it is built (建设 or a list
        mark after it, a verb of building before its word: a short name that is a word too)."""
        prefix = next((p for p in self.vision_prefixes if clean.endswith(p, 0, s)), None)
        if prefix is None or not on_word_boundaries(self.tokenizer, clean, s, e):
            return None
        if built and not clean.startswith(("建设", "、"), e) \
                and not clean.endswith(_VISION_BUILT, 0, s - len(prefix)):
            return None
        if self._described_vision(clean, s):
            return None  # 社会主义现代化新|西藏, 一个现代化新|广东: a description, the place a GPE
        start = s - len(prefix)
        return self._cand(start, e, rule.label, clean[start:e], rule.id, rule.score,
                          rule.priority)

    def visions_at(self, view: TextView, places: Sequence[tuple[int, int]]) -> list[Candidate]:
        """The visions built on the document's own short names found only once its place is
        known (平安|江北, 健康|江干 in a district's report: 江北 is no county short name of
        one division alone, so :meth:`_place_vision` never read it, and the pipeline made a
        GPE of it; gold/dev/NOTES.md C41ib), where they are built, as a county's own short
        name's (:meth:`_vision_at` with ``built``)."""
        rule = next((r for r in self.data.rules if r.check == "place_vision"), None)
        if rule is None:
            return []
        return [c for s, e in places
                if (c := self._vision_at(view.clean, s, e, rule, built=True)) is not None]

    def _described_vision(self, clean: str, start: int) -> bool:
        """Whether a vision's word before the place at ``start`` (现代化新|西藏) follows a
        word that describes the place by it (lexicon.vision_described_by: 社会主义现代化新西藏,
        一个现代化新广东): a description, no vision's name, and the place stands apart."""
        prefix = next((p for p in self.vision_prefixes if clean.endswith(p, 0, start)), None)
        return prefix is not None \
            and clean.endswith(self._vision_described_by, 0, start - len(prefix))

    def _proper_facility(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility named by a proper name and a facility head, no place before it
        (成吉思汗|广场, 东升家园|小区): the part before the head holds a proper name, a
        word of its own (not only single characters: 非|遗|进|景区, 蓄|能|电站), the head
        ending a word (not 港|口岸|线: 港口|岸线), a preposition of a route before the proper
        name left out (经|满洲里口岸); more than two characters before a head of
        lexicon.short_kind_heads (not 中试|基地, a kind); a short name with no verb before a
        head of lexicon.short_name_heads (:meth:`_short_name`); no count right after it nor
        inside it (涿州市区三座|污水处理厂: a class of plants counted)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for c in self._before_heads(clean, rule):
            if not on_word_boundaries(self.tokenizer, clean, c.end, c.end) \
                    or _FACILITIES_COUNTED.match(clean, c.end):
                continue  # a class of facilities counted right after it (过江通道4座)
            start = self._after_verbs(clean, c.start, c.end)
            surface = clean[start:c.end]
            head = self._facility_suffixes.longest(surface)
            if head is not None and len(surface) > len(head) + (
                    2 if head in self._short_kind_heads else 0) \
                    and (self._proper_words(surface[:-len(head)], singles=False)
                         or head in self._site_heads and self._county_site(surface[:-len(head)])
                         or self._estate_name(surface[:-len(head)], head)
                         or self._venue_name(surface[:-len(head)])
                         or self._building_name(surface[:-len(head)], head)):
                start = self._after_clause_verb(clean, start, c.end - len(head))
                first = next((p for p in self._route_prepositions if clean.startswith(p, start)), "")
                if first and self._proper_words(clean[start + len(first):c.end - len(head)],
                                                singles=False):
                    start += len(first)
                stem = _NUMBERED_END.sub("", clean[start:c.end - len(head)])
                if stem != clean[start:c.end - len(head)] and not self._proper_words(
                        stem, singles=False):
                    continue  # a number alone before the head (建设|3号隧道): no name
                if head in self._short_name_heads and not self._short_name(
                        clean[start:c.end - len(head)]) \
                        or _FACILITIES_COUNTED.search(clean, start, c.end - len(head)):
                    continue  # a class counted inside (涿州市区三座|污水处理厂): no name
                if c.end - len(head) - c.start > _PROPER_BEFORE and (
                        start == self._after_number(clean, c.start, c.end)
                        or c.end - len(head) - start > _PROPER_BEFORE
                        or self._opens_with_function_word(clean, start, c.end)):
                    continue  # a long name with no verb of works before it left out (淮阳龙湖
                    # 应当划定|保护区), or a verb's complement or a conjunction left in (建设|
                    # 好海拉尔航空口岸, 申报正常|且海关口岸)
                yield self._cand(start, c.end, rule.label, clean[start:c.end], rule.id,
                                 rule.score, rule.priority)

    def _works_on_facility(self, clean: str, start: int, works: int) -> bool:
        """Whether the name before a works word at ``works`` is a facility's, a facility head
        ending it or no more than two characters before it (于桥水库|综合|治理工程): the works on
        an existing facility stay out of its FAC span, as its phase does (gold/dev/NOTES.md,
        fourteenth session; train d23's 于桥水库), and the head walk names the facility."""
        return any(clean.endswith(self._facility_heads, start, end)
                   for end in range(max(start + 3, works - 2), works + 1))

    def _facility_group(self, clean: str, c: Candidate) -> Candidate:
        """A named facility's span taken over 群 right after a head of lexicon.group_heads
        (成渝世界级机场|群 -> 成渝世界级机场群, FAC in train d49: the place's system of
        airports, one name, rules 20 and 6; facc35, call C35f3); not 群 of a word after it
        (机场|群众, 港口|群岛)."""
        if c.label != "FAC" or not clean.startswith("群", c.end) \
                or clean.startswith(_GROUP_NOT_AFTER, c.end + 1) \
                or not clean.endswith(self._group_heads, c.start, c.end):
            return c
        return self._cand(c.start, c.end + 1, c.label, clean[c.start:c.end + 1], c.rule,
                          c.score, c.priority)

    @staticmethod
    def _county_site(name: str) -> bool:
        """Whether ``name`` is the short name of one county of the place index (三门 of 三门县,
        a plain word to jieba, a numeral and a classifier): a site a plant of
        lexicon.site_named_heads is named by (三门|核电 of train d35; facc35)."""
        if not 2 <= len(name) <= 3 or not _HAN_ONLY.fullmatch(name):
            return False
        found = [p for suffix in "县市区旗" for p in place_index().counties(name + suffix)]
        return len(found) == 1

    def _venue_name(self, name: str) -> bool:
        """Whether ``name`` is a venue's own name that a part of it is named after (奥体中心|
        体育馆: rule 20, the outermost name, one FAC, not ORG 奥体中心): one word of the
        dictionary that jieba tags an organisation's (nt, which :meth:`_proper_words` leaves
        out: 新兴产业), rare (at most :data:`_RARE` counts), ending in a facility head."""
        return self.tags.get(name) == "nt" and 0 < self.tokenizer.FREQ.get(name, 0) <= _RARE \
            and self._facility_suffixes.longest(name) is not None

    def _building_name(self, name: str, head: str) -> bool:
        """Whether ``name`` before ``head`` names one building by common words (C49h): a head
        of lexicon.building_heads is one building whatever words name it (金融大厦, 能源大厦 of
        the train gold d41; made up 商务中心大厦), so two to six Chinese characters, no
        numeral, no level, no verb and no function character standing alone, and no abstract
        word the building is a figure of (科技事业|大厦才能建得高: lexicon.building_figures)."""
        if head not in self._building_heads or not 2 <= len(name) <= 6 \
                or not _HAN_ONLY.fullmatch(name) or _NUMERAL.search(name) \
                or name.startswith(self._item_levels):
            return False
        words = tagged_words(self.tokenizer, self.tags, name)
        return not name.endswith(tuple(self._building_figures)) and not any(
            len(w) == 1 and w in self._function_chars or f in _VERB_TAGS for w, f in words)

    def _estate_name(self, name: str, head: str) -> bool:
        """Whether ``name`` before ``head`` names a housing estate by single characters and the
        word of a garden or court that ends such names (御松园|小区; lexicon.estate_heads,
        estate_name_ends): three to six characters, the end a word of its own, what stands
        before it no common word (产业|园) and no verb of two characters."""
        if head not in self._estate_heads or not 3 <= len(name) <= 6 \
                or name[-1] not in self._estate_ends:
            return False
        words = tagged_words(self.tokenizer, self.tags, name)
        return words[-1][0] == name[-1] \
            and self.tokenizer.FREQ.get(name[:-1], 0) <= _RARE \
            and not any(len(w) >= 2 and flag in _VERB_TAGS for w, flag in words)

    def _built_facilities(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility named where a verb of building or running follows it (names.built_name:
        黄磏港|投入运营, 惠州强流重离子加速器|建成运行): the rule's name, with the verbs of
        works and a list number before it left out, ends in a word of lexicon.built_heads on a
        word boundary and holds a proper name before that word (not 首座抽水蓄能电站: a
        kind), no count (过江通道4座) and no verb of a clause; the items of a list before
        it that pass the same test are facilities too (江门中微子实验站、|惠州…加速器)."""
        clean = text.clean
        for m in self._matches(clean, rule):
            start, end = m.span("name")
            while True:
                start = self._coined_start(clean, start, end)
                if not self._built_name(clean, start, end):
                    break
                yield self._cand(start, end, rule.label, clean[start:end], rule.id,
                                 rule.score, rule.priority)
                if start == 0 or clean[start - 1] != "、":
                    break
                end = start - 1  # the item before, back to the list's opening mark
                start = end - 1
                while start > 0 and end - start < 16 and clean[start - 1] not in _BUILT_STOP:
                    start -= 1
                if start == 0 or clean[start - 1] not in _BUILT_STOP:
                    break

    def _built_name(self, clean: str, start: int, end: int) -> bool:
        """Whether ``clean[start:end]`` names one facility by its words: a head of
        lexicon.built_heads after a proper name (:meth:`_proper_words`), whole words, no
        count, no function word opening it and no single verb of a clause inside."""
        surface = clean[start:end]
        head = self._built_heads.longest(surface)
        if head is None or len(surface) - len(head) < 2 or len(surface) > 16 \
                or not on_word_boundaries(self.tokenizer, clean, start, end) \
                or _FACILITIES_COUNTED.search(surface) or self._built_measure.search(surface):
            return False
        if self._coined_name(surface):
            return True  # a coined word and a building's head (全季|商务|酒店, 金融|大厦)
        if self._kind_word(surface[:-len(head)]):
            return False
        words = tagged_words(self.tokenizer, self.tags, surface[:-len(head)])
        if words[0][1] in _BUILT_OPENING_TAGS:
            return False  # a function word opens it (对|…, 其|…); 黄|磏 a, 前海 f may
        if any(flag in ("v", "vd") and word not in self._built_noun_verbs for word, flag in words) \
                or _BUILT_FIRST.search(surface):
            return False  # a clause's verb (推动|…, 出席|…, 援建|…) or a first of its kind
        # a name of the gazetteer of any label is a proper name here (前海|国际会议中心)
        return self._proper_words(surface[:-len(head)], singles=False) or any(
            len(word) > 1 and word in self.data.gazetteer for word, _ in words)

    def _coined_start(self, clean: str, start: int, end: int) -> int:
        """``start`` past the verbs of works and a list number (:meth:`_after_verbs`), unless
        the whole item after a mark is a coined name whose word the tagger reads as a verb
        (。|发达广场文旅商贸综合体: 发达 v)."""
        after = self._after_verbs(clean, start, end)
        if after > start and start > 0 and clean[start - 1] in _BUILT_STOP \
                and self._after_number(clean, start, end) == start \
                and self._coined_name(clean[start:end]):
            return start
        return after

    def _coined_name(self, surface: str) -> bool:
        """Whether ``surface`` names a building by a coined word of two characters and a head
        of lexicon.coined_heads (金融|大厦, 全季|商务|酒店, 发达|广场文旅商贸|综合体): the word
        ends on a word boundary, holds no numeral or function character and is no kind of
        lexicon.coined_kinds or edge_sibling_kinds (老旧|小区, 商业|综合体, 通用|机场), and
        only words of lexicon.coined_modifiers stand between it and the head (not 政务|服务|
        大厅)."""
        head = next((h for h in self._coined_heads if surface.endswith(h)), None)
        if head is None or len(surface) < len(head) + 2:
            return False
        word, rest = surface[:2], surface[2:-len(head)]
        if word in self._edge_sibling_kinds or _NOT_COINED.search(word) \
                or self._coined_rest.fullmatch(rest) is None:
            return False
        words = tagged_words(self.tokenizer, self.tags, surface)
        ends = set(accumulate(len(w) for w, _ in words))
        if 2 not in ends or words[0][1] in _BUILT_OPENING_TAGS \
                or word in self._works_verb_set or word in self._road_works_verbs:
            return False  # no works done (改造|小区)
        # a verb the tagger reads names only before words of a name (发达|广场文旅商贸|综合体;
        # not 提升|小区, 管理|大厅)
        return bool(rest) or words[0][1] not in _VERB_TAGS | {"vn"}

    def _proper_works(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A water or power works named by a proper name and its works word before 工程
        (names.proper_works: 千岛湖配水|供水工程, 钱塘江|治理工程): at each works word of
        the rule's ``near``, the longest name of the rule's pattern ending there that, with
        the clause's verbs and a law's article number before it left out (负责|千岛湖配水
        工程), starts on a word boundary and holds a proper name before the works word (not
        城市内涝|治理工程: a programme by its kind), no class of places opening it and no
        class of settlements in it (浙江省农村供水工程); no 工程 before the works word (国家水网
        骨干工程|珠江三角洲水资源配置工程: a kind of works, then the name) and no 体系 after it
        (淮河流域防洪工程体系: a system of works, no one work); none right after a count's
        classifier (166个|太湖保护治理工程: a kind counted) nor opening with an extension (北延|
        应急供水工程: a part of the longer name before it)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for h_start, h_end in self._near_spans(clean, rule):
            for pos in range(max(0, h_start - _BEFORE_WORKS), h_start - 1):
                m = rule.pattern.match(clean, pos)
                if m is None or m.end() != h_end:
                    continue
                start = self._after_verbs(clean, pos, h_start)
                start = self._after_clause_verb(clean, start, h_start)
                if h_start - start < 2 or self._works_class.match(clean, start) is not None \
                        or "工程" in clean[start:h_start] or clean.startswith("体系", h_end) \
                        or self._works_settlements.search(clean, start, h_start) is not None \
                        or not on_word_boundaries(self.tokenizer, clean, start, start) \
                        or not self._proper_words(clean[start:h_start], singles=False):
                    continue
                if clean.endswith(_COUNT_BEFORE, 0, start) or _EXTENSION_OPENING.match(clean, start):
                    break  # a kind of works counted (166个|太湖保护治理工程), or the extension of
                    # a longer name (南水北调东线一期工程|北延应急供水工程)
                if self._works_on_facility(clean, start, h_start):
                    break  # works on a facility the walk names (于桥水库|综合治理工程)
                yield self._cand(start, h_end, rule.label, clean[start:h_end], rule.id,
                                 rule.score, rule.priority)
                break

    def _short_name(self, name: str) -> bool:
        """Whether a name before a head of lexicon.short_name_heads is short and proper:
        two to four characters (黄茅海|通道, 沪甬跨海|通道; not 海关应当开通绿色|通道), no word
        the tagger reads as a verb or particle (not 候鸟迁飞|通道, 过江|通道) and no common
        word but a place's (not 亚欧黄金|通道, 便捷换乘|通道, 职称晋升|通道: a figure or a kind)."""
        freq = self.tokenizer.FREQ
        return 2 <= len(name) <= 4 and not any(
            flag in _VERB_TAGS or flag in ("vn", "ug", "u")
            or len(w) >= 2 and freq.get(w, 0) >= _SHORT_NAME_COMMON and flag not in ("ns", "j")
            and w not in self._places
            for w, flag in tagged_words(self.tokenizer, self.tags, name))

    def _after_clause_verb(self, clean: str, start: int, head: int) -> int:
        """``start`` moved past a verb of the clause written before a facility's proper
        name, with the words that lead up to it (重点推进|海北物流园, 科学调整|西山自然保护区:
        the unlabelled rest of the 海拉尔 2018 report; a visit's verb the tagger reads as a noun,
        人们参观|四渡赤水纪念馆), where a proper name stays before the head (not 科技创新|园)."""
        pos = start
        for word, flag in tagged_words(self.tokenizer, self.tags, clean[start:head]):
            pos += len(word)
            if len(word) >= 2 and (flag in _VERB_TAGS or flag == "vn"
                                   or word in self._clause_links) and pos < head \
                    and self._proper_words(clean[pos:head], singles=False):
                return self._after_clause_verb(clean, pos, head)
        return start

    def _streets(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A road or street named by a word and 路 or 街 (机场路, 520幸福街): at each 路/街 of
        the rule's ``near``, the longest name of two to five characters before it (the
        rule's pattern) that starts after a mark or a verb of works and is whole words of
        jieba at both ends, no word of the dictionary as a whole (道路, 一带一路) and no
        function character inside but the first where a word holds it (和平|路, 为民|路;
        not 和|新华路, 丝绸之路); none in a chain of roads joined by dashes, a name whole
        (天目山路-环城北路-艮山快速路) that this rule does not delimit."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        last = -1  # the end of the road found last: 和, 与 or 及 right after it joins the next
        for h_start, end in self._near_spans(clean, rule):
            for start in range(max(0, h_start - 5), h_start - 1):
                name = clean[start:end]
                if not rule.pattern.search(clean, start, h_start) \
                        or rule.pattern.search(clean, start, h_start).start() != start:
                    continue
                if clean[end:end + 1] in _DASHES or clean[start - 1:start] in _DASHES:
                    break  # roads joined by dashes are one name (天目山路-环城北路-艮山快速路)
                if name.startswith(_STREET_AREAS) or _ROADS_COUNTED.match(name):
                    continue  # the part of the town where it stands (城区|富民大街), or a count
                    # of roads of a kind (8条|断头路: rule 9): fac42
                joined = start == last + 1 and clean[last:start] in _ROAD_JOINS
                listed = self._street_in_list(clean, last, start, end, h_start)
                on_street = False  # read only where nothing else opens the name (C43l)
                if not (joined or self._street_start(clean, start)
                        or self._listed_street(clean, start, end)
                        or self._works_after_street(clean, start, end)
                        or (on_street := self._preposition_street(clean, start, h_start, end))
                        or self._after_road_works(clean, start, name)
                        or self._bound_street(clean, start, end)) \
                        or any(c in self._function_chars for c in name[1:]) \
                        or name[0] in self._function_chars and not listed \
                        and len(tagged_words(self.tokenizer, self.tags, name)[0][0]) == 1 \
                        or self._common_street_word(name) and not (
                            (joined or self._works_before(clean, start)
                             or self._bound_street(clean, start, end))
                            and self._dictionary_road(name)) \
                        or clean.endswith(self._street_kinds, start, h_start) \
                        or "至" in name or any(h in clean[start:h_start] for h in "路街") \
                        or name[:2] in self._bound_openings \
                        or not on_word_boundaries(self.tokenizer, clean, start, end) and not (
                            on_street and on_word_boundaries(self.tokenizer, clean, start, start)):
                    continue  # 在青山|路上: jieba's 路上 (C43l)
                first, flag = tagged_words(self.tokenizer, self.tags, name)[0]
                if first in _STREET_PREPOSITIONS:
                    continue  # 沿|滨江路|两侧: the name starts after the preposition (C43l)
                if listed:
                    pass  # (C48g) a list's item after a street found: its first word's tag
                    # says nothing (青松路、|像湾路, 柳湾路二期、|曾湾路二期)
                elif flag in _VERB_TAGS and not (self._verb_char_street(clean[start:h_start]) and (
                        joined or self._works_before(clean, start))
                        or self._compass_street(clean[start:h_start], first)) \
                        or flag in _FUNCTION_TAGS and (
                        len(first) > 1 or flag in ("d", "p", "c")) \
                        or first in self._works_verb_set and h_start - start - len(first) >= 2 \
                        or any(name.startswith(v) and h_start - start - len(v) >= 2
                               for v in self._road_works_verbs):
                    continue  # 加快|天目山路, 推进|文一路, 建设|机场路, 整治|兴业路, 上跨|兴业路 (C43m):
                    # the name starts after the verb
                last = end
                yield self._cand(start, end, rule.label, name, rule.id, rule.score,
                                 rule.priority)
                break

    def _street_in_list(self, clean: str, last: int, start: int, end: int,
                        h_start: int) -> bool:
        """(C48g) Whether a street's name at ``start:end`` (its head at ``h_start``) is an
        item of a list of streets: 、 before it and the item before a street this rule found
        (``last`` its end; at most its phase or section between: 青松路、|像湾路, 柳湾路二期、
        |曾湾路二期), or 、 or 的 before it and 、 and another street's name after it (建设的|
        尚湾路、横二路; made up on county reports' shape). The items of a list share their
        kind, so the tag of the name's first word (像 p, 曾 d, 尚 d, 护 v) turns it away no
        more there; two or three characters before the head, no verb of works opening them
        and no verb with its complement (、打通断头路, 、走好路 stay clauses)."""
        if not 2 <= h_start - start <= 3 or clean[start + 1] in _VERB_COMPLEMENTS \
                or clean.startswith(self._road_works_verbs, start) \
                or clean.startswith(self.works_verbs, start):
            return False
        before = clean[start - 1:start]  # "" at the text's start, where a list may open too
        after_street = before == "、" and last >= 0 and 0 <= start - 1 - last <= 4 \
            and _LIST_GAP.fullmatch(clean, last, start - 1) is not None
        return after_street or before in ("", "、", "的") and clean[end:end + 1] == "、" \
            and _NEXT_STREET.match(clean, end + 1) is not None

    def _two_char_names(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility named by two characters that make no word of the dictionary together
        and its head (陆浑|水库, 长潭|水库, 镜岭|大桥: the bulk laws and the corpus name
        reservoirs, bridges and airports so): neither character a function word, a level,
        a class or a numeral (the rule's pattern), the name whole words of jieba at both
        ends, the characters no word of two either (病险|水库, 小型|水库 are kinds) and no
        verb, adverb or preposition (未设|机场); or a county's short name, whatever jieba
        reads it as (:meth:`_county_word`: 大兴|机场, 开化|水库)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            start = h_start - 2
            if start < 0 or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            if not self._county_word(clean[start:h_start]) and (
                    rule.pattern.fullmatch(clean, start, h_start) is None or
                    self.tokenizer.FREQ.get(clean[start:h_start], 0) > 0 or any(
                        flag in _VERB_TAGS or flag in ("p", "c") for _, flag in tagged_words(
                            self.tokenizer, self.tags, clean[start:h_start]))):
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _numbered_bridges(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(fac38) A bridge named by its river and its number across it (资江|三桥, 湘江|四桥: a
        city's third bridge over the river, one FAC), the rule's pattern the number and 桥
        after the river's last character: the river one word of jieba of two or three
        characters ending there (资江, 长江, 永定河), a noun or a name, no kind of crossing
        (lexicon.edge_sibling_kinds: 跨江, 过江); a place written right before it opens the
        name (宜宾|长江三桥: rule 20), the bridge's end a word's end (not 三桥|梁)."""
        clean = text.clean
        assert rule.pattern is not None
        for m in rule.pattern.finditer(clean):
            river_end, end = m.start() + 1, m.end()
            if not on_word_boundaries(self.tokenizer, clean, end, end):
                continue
            words = tagged_words(self.tokenizer, self.tags, clean[max(0, river_end - 8):river_end])
            if not words:
                continue
            river, flag = words[-1]
            if not 2 <= len(river) <= 3 or not _HAN_ONLY.fullmatch(river) \
                    or not (flag.startswith("n") or flag in _NAME_MORPHEME_TAGS) \
                    or river in self._edge_sibling_kinds or river in self.not_proper:
                continue
            start = river_end - len(river)
            if not on_word_boundaries(self.tokenizer, clean, start, start):
                continue
            start = self._leading_places(clean, start)  # the city of the bridge (宜宾|长江三桥)
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _leading_places(self, clean: str, start: int, most: int = 2) -> int:
        """(fac38) Where a run of up to ``most`` places written right before ``start`` begins
        (浙江|台州|110千伏青石变电站, 宜宾|长江三桥: rule 20, the places belong to the facility's
        name): each a word of jieba in the text that the gazetteer holds as a GPE or the place
        index knows; ``start`` itself where none stands there."""
        for _ in range(most):
            words = tagged_words(self.tokenizer, self.tags, clean[max(0, start - 8):start])
            if not words or not (words[-1][0] in self._places
                                 or len(words[-1][0]) > 1 and place_index().lookup(words[-1][0])):
                break
            start -= len(words[-1][0])
        return start

    def _voltage_facilities(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(fac38) A substation or a power line's works named after its voltage (the rule's
        pattern: 220千伏|清河|变电站), read as :meth:`_at_word_start`, the places written right
        before the voltage opening the name (浙江台州|110千伏青石变电站: rule 20)."""
        clean = text.clean
        for c in self._plain(clean, rule):
            if not on_word_boundaries(self.tokenizer, clean, c.start, c.start):
                continue
            start = self._leading_places(clean, c.start)
            yield self._cand(start, c.end, rule.label, clean[start:c.end], rule.id, rule.score,
                             rule.priority)

    def _voltage_after_name(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(fac40, C40g) A substation named by its own words before its voltage (云溪|220千伏|
        变电站, 城北|110千伏|变电站: the rule's pattern, a mark or a verb of works right before
        the words, matched overlapping so a verb glued on does not hide them): two to four
        characters of whole words of jieba, none a verb (a verbal noun too: 建设, 投运), adverb,
        preposition, conjunction, numeral, measure or pronoun (投运|500千伏变电站, 新建|220千伏
        变电站 name none) nor a kind (lexicon.edge_sibling_kinds, works_object_kinds: 主城区|
        变电站)."""
        clean = text.clean
        for m in self._matches(clean, rule, overlapped=True):
            start, end = m.span("name")
            own = m.group("own")
            if not on_word_boundaries(self.tokenizer, clean, start, start + len(own)):
                continue
            words = tagged_words(self.tokenizer, self.tags, own)
            if own in self._edge_sibling_kinds or own in self._works_object_kinds or any(
                    flag in _VERB_TAGS or flag[:1] in ("v", "p", "c", "m", "q", "r", "u")
                    or word in self._edge_sibling_kinds or word in self._works_object_kinds
                    for word, flag in words):
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _three_char_names(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A reservoir, hydropower station or irrigation district named by three characters
        and its head (鲇鱼山|水库, 老营盘|水库, 丹江口|水库: the bulk laws and the reports name
        water works so, and the tagger reads the name as common nouns): no function word,
        level, class or numeral among them (the rule's pattern: not 大中型|水库, 饮用水 the
        dictionary counts as a common word), whole words of jieba at both ends (not
        科学|调控|水库), no verb, adverb, preposition or conjunction inside nor a common word
        of two characters that is no place's (商|有关|水库, 控制性|水库, 标志|着|水电站), and
        either no word of the dictionary alone, a rare one (老营盘) or a place's (丹江口); not
        where a noun stands right before, a longer name's start (人民|胜利渠|灌区)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            start = h_start - 3
            if start < 0 or rule.pattern.fullmatch(clean, start, h_start) is None \
                    or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            before = tagged_words(self.tokenizer, self.tags, clean[max(0, start - 4):start])
            if before and len(before[-1][0]) > 1 and before[-1][1].startswith("n"):
                continue  # a longer name starts before (人民|胜利渠|灌区)
            words = tagged_words(self.tokenizer, self.tags, clean[start:h_start])
            if any(flag in _VERB_TAGS or flag in ("p", "c") or len(word) > 1
                   and flag not in _PROPER_TAGS and self.tokenizer.FREQ.get(word, 0) >= _COMMON
                   for word, flag in words) \
                    or len(words) == 1 and words[0][1] not in _PROPER_TAGS \
                    and self.tokenizer.FREQ.get(words[0][0], 0) > _RARE:
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _dictionary_facilities(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility jieba's dictionary holds whole as a proper name (日坛公园, 前门大街, 凤凰
        古城, 曾文水库: one word tagged a place, a name or an organisation, ns nz nr nt)
        ending in a head of the rule's ``near``: no walk starts inside one word, so the head
        rules missed it. The word a whole word of the text, two characters at least before the
        head, and they no common word of a kind (:meth:`_kind_word`; lexicon.coined_kinds and
        dictionary_kinds: 商业|广场, 摩天|大楼), no word of lexicon.not_proper; a word the gazetteer holds is the gazetteer's (故宫博物院
        ORG)."""
        clean = text.clean
        assert rule.near is not None
        freq = self.tokenizer.FREQ
        for m in rule.near.finditer(clean):
            h_start, end = m.span()
            for start in range(max(0, h_start - 6), h_start - 1):
                word = clean[start:end]
                if freq.get(word, 0) == 0 or self.tags.get(word) not in _DICTIONARY_NAME_TAGS:
                    continue
                prefix = word[:h_start - start]
                if word in self.data.gazetteer or word in self.generic \
                        or prefix in self.not_proper or prefix in self._dictionary_kinds \
                        or self._kind_word(prefix) \
                        or not on_word_boundaries(self.tokenizer, clean, start, end):
                    break
                yield self._cand(start, end, rule.label, word, rule.id, rule.score,
                                 rule.priority)
                break

    def _port_names(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A port of entry named by a rare noun before 口岸 (names.port_name: 新|皇岗|口岸, 皇岗
        a common noun to the tagger): the word of two or three characters (the pattern) right
        before the head, whole words of jieba, one word tagged a common noun (n: not 中俄 ns, a
        pair of countries; a place is the place rules') that the dictionary
        counts less than :data:`_COMMON` times and no kind of port (lexicon.port_kinds:
        陆路, 边贸), no noun of two characters or more right before it (海关|监管口岸) nor a noun
        or verb right after the head (入侵物种|口岸防控: 口岸 a modifier); a 新
        that starts a word before it is the name's (the new port's, 新皇岗口岸)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            for start in (h_start - 2, h_start - 3):
                name = clean[max(0, start):h_start]
                if start < 0 or name in self._port_kinds \
                        or rule.pattern.fullmatch(name) is None \
                        or not on_word_boundaries(self.tokenizer, clean, start, end):
                    continue
                words = tagged_words(self.tokenizer, self.tags, name)
                if len(words) != 1 or words[0][1] != "n" \
                        or self.tokenizer.FREQ.get(name, 0) >= _COMMON:
                    continue
                after = tagged_words(self.tokenizer, self.tags, clean[end:end + 4])
                if after and len(after[0][0]) > 1 and after[0][1][0] in "nv":
                    continue  # 口岸 a modifier (入侵物种|口岸防控)
                if start > 0 and clean[start - 1] == "新" \
                        and on_word_boundaries(self.tokenizer, clean, start - 1, start - 1):
                    start -= 1
                before = tagged_words(self.tokenizer, self.tags, clean[max(0, start - 4):start])
                if before and len(before[-1][0]) > 1 and before[-1][1].startswith("n"):
                    continue  # a longer name or kind opens before it (海关|监管口岸)
                yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                                 rule.priority)
                break

    def _compass_pairs(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """Two facilities listed with the same head whose words before it are the same but for
        one compass character (长江北|走廊、长江南|走廊; 南沿江|城际、北沿江|城际): the pair names
        two lines of one place or one river, one FAC each (rules 6 and 20), though no item is
        a name other rules know. The rule's ``near`` is the first item's head and the 、 after
        it; the second item's words are as long as the first's (two to five characters), each
        with a Chinese character beside the compass one (not 南北|通道、东西|通道) that is no
        side's word (not 东部|高铁、西部|高铁), and the second's head does not run on into a
        longer word (facc35, call C35f4)."""
        clean = text.clean
        for h_start, h_end in self._near_spans(clean, rule):
            head = clean[h_start:h_end - 1]
            size = next((n for n in range(2, 6) if clean.startswith(head, h_end + n)), None)
            if size is None or h_start - size < 0:
                continue
            first, second = clean[h_start - size:h_start], clean[h_end:h_end + size]
            diff = [i for i in range(size) if first[i] != second[i]]
            end = h_end + size + len(head)
            if len(diff) != 1 or first[diff[0]] not in _COMPASS or second[diff[0]] not in _COMPASS \
                    or not _HAN_ONLY.fullmatch(first) or _COMPASS.issuperset(first) \
                    or first[:diff[0]] + first[diff[0] + 1:] in _COMPASS_SIDES \
                    or clean.startswith(_PAIR_RUN_ON, end):
                continue
            for start, stop in ((h_start - size, h_end - 1), (h_end, end)):
                yield self._cand(start, stop, rule.label, clean[start:stop], rule.id,
                                 rule.score, rule.priority)

    def _translit_ports(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A port of entry named in transliteration (names.translit_port: 拉法|口岸, 甘其毛都|
        口岸, 阿日哈沙特|口岸, 甘其毛都|公路口岸): the characters right before 口岸 (or before its
        mode, lexicon.port_modes: 公路, 铁路, 航空) that are each one of the rule's pattern (the
        characters transliterations are written in), two to six of them (a run of seven is
        read as no name), not one common word (:meth:`_kind_word`: 特别, 山头) nor a kind of
        port (lexicon.port_kinds), starting a word of jieba (not 罗斯 of 俄罗斯) or after a
        function character or one of a law's procedure (which jieba may join to the name's first).
        The tagger cuts such names into single characters, so neither the walk nor
        names.port_name reads them, and a place inside (沙特 of 阿日哈沙特) is no GPE (rule
        20). A crossing named by its two ends joined by a dash is one name (巴克图-巴克特口岸)."""
        clean = text.clean
        assert rule.pattern is not None and rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            stop = h_start - next((len(m) for m in self._port_modes
                                   if clean.startswith(m, h_start - len(m))), 0)
            start = _translit_start(clean, stop, rule.pattern)
            name = clean[start:stop]
            if not 2 <= len(name) <= 6 or name in self._port_kinds or self._kind_word(name):
                continue
            if clean[start - 1:start] in _DASHES:  # a crossing named by its two ends is one
                # name (巴克图-巴克特口岸)
                first = _translit_start(clean, start - 1, rule.pattern)
                if 2 <= start - 1 - first <= 6:
                    start = first
            if clean[start - 1:start] not in self._function_chars | self._procedure_chars \
                    and not on_word_boundaries(self.tokenizer, clean, start, end):
                continue  # not 罗斯 of 俄罗斯
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _items_after_he(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility listed after 和 whose first character jieba glues to the 和 (流溪河水库二期|
        和龙|颈水库: 和龙 a city, 段|和平|庆铁路: 和平 a word; docs/names.md, what fac33 left):
        where the item before the 和 ends as a list's item does (lexicon.he_item_ends: 期, 段,
        工程; or a facility head), the words after the 和 are read as if they opened a clause,
        and the facility the rules find there right after it is one FAC (rule 6: one span
        each); the walk that ran over the 和 reads the item before it. Not where the 和 stands
        alone as a word (the walk stops there), nor after any other word (吉林|和龙|大洞遗址:
        the city after its province)."""
        clean = text.clean
        assert rule.near is not None
        for p, _ in self._near_spans(clean, rule):
            if p < 2 or not (clean.endswith(self._he_item_ends, 0, p) or self._any_fac_suffixes
                             .longest(clean[max(0, p - 6):p]) is not None):
                continue
            if on_word_boundaries(self.tokenizer, clean, p + 1, p + 1) \
                    or not on_word_boundaries(self.tokenizer, clean, p, p):
                continue  # 和 a word of its own, or inside a longer one (平和|路)
            rest = clean[p + 1:p + 1 + _HE_ITEM_REACH]
            with progress.reporting(None):
                found = self.find_text("，" + rest)
            for c in found:
                if c.label == "FAC" and c.start == 1:
                    yield self._cand(p + c.start, p + c.end, rule.label,
                                     clean[p + c.start:p + c.end], rule.id, rule.score,
                                     rule.priority)

    def _county_word(self, name: str) -> bool:
        """Whether ``name`` is a county's name without its 县, 区 or 市 (place data: 大兴, 开化,
        贡嘎, 玉环) that is no common word (at most :data:`_COUNTY_WORD` counts in the
        dictionary: not 新建, 前进, 东方, 长安): a facility the county names (大兴|机场,
        开化|水库), though jieba reads it as a word of another kind (开化 v, 大兴 b). Not the
        same test as :meth:`_county_site` (exactly one county of the name with a level word
        added, any count) nor as places._county_short_forms (the short names that name one
        county alone once a text writes it): each reads the place index's
        :meth:`~policy_extract.places.PlaceIndex.counties` for its own use."""
        return self.tokenizer.FREQ.get(name, 0) <= _COUNTY_WORD \
            and bool(place_index().counties(name))

    def _county_hubs(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A hub named after a county or district written without its level (万州|综合交通枢纽,
        涪陵|铁路综合物流枢纽: rule 20, one FAC): the pattern's ``county`` group a
        county's name that is no common word (:meth:`_county_word`); matches overlap, so a
        character before a two-character county does not hide it."""
        for m in self._matches(text.clean, rule, overlapped=True):
            if self._county_word(m.group("county")):
                yield self._cand(m.start(), m.end(), rule.label, m.group(), rule.id,
                                 rule.score, rule.priority)

    def _county_stations(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A station, airport or port of entry named after a county written without its level
        (names.county_station: 海拉尔|火车站, 二连浩特|口岸), read as :meth:`_county_hubs` and
        whole words of jieba at both ends (not 提高|港口|岸线: 高港 of 高港区 inside 提高)."""
        return (c for c in self._county_hubs(text, rule)
                if on_word_boundaries(self.tokenizer, text.clean, c.start, c.end))

    def _place_stations(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A railway station named by a city or province without its level (fac37: 新|长沙|站,
        推进|岳阳|东站|改造; rule 20, one FAC, not GPE 长沙): at each station word of the rule's
        ``near`` (站, 东站 …), the longest division of the gazetteer (a province, prefecture or
        county, :data:`_STATION_PLACE_KINDS`) right before it, and either 新 before the place
        that makes no word with the character before it (not 创新|…, 更新|…) or a verb of
        works (lexicon.works_verbs) or a station listed before the place (…站、|常德站) and the
        station's works or a mark after it (the rule's pattern, matched at the end: 推进|长沙站|
        建设; not 北京站|体验活动, a leg of a tour). The station's end is a word's (not 站在,
        站位: the rule's near)."""
        clean = text.clean
        assert rule.near is not None and rule.pattern is not None
        for h_start, end in self._near_spans(clean, rule):
            start = next((h_start - n for n in range(4, 1, -1) if h_start - n >= 0
                          and self._gazetteer_division(clean[h_start - n:h_start],
                                                       _STATION_PLACE_KINDS)), None)
            if start is None:
                continue
            if clean[start - 1:start] == "新" and (
                    start < 2 or self.tokenizer.FREQ.get(clean[start - 2:start], 0) == 0):
                start -= 1  # 新|长沙站: the new station's name (not 创新|长沙)
            elif not ((any(clean.endswith(v, 0, start) for v in self.works_verbs)
                       or clean.endswith("站、", 0, start)) and rule.pattern.match(clean, end)):
                continue  # a verb of works or a station listed before it (新岳阳站、|常德站)
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _noun_names(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """An area named by a designation the state confers on one area at a time
        (国家公园: names.designated_area) and the words before it, which may be common nouns
        of the dictionary (大熊猫|国家公园, 热带雨林|国家公园, not only places): the longest run
        of nouns and names (jieba's tags n…, :data:`_NAME_MORPHEME_TAGS`, or a word the
        dictionary does not hold)
        right before the head, back to a mark, of two to eight characters (not a function
        or procedure character: 是指|淮阳龙湖国家湿地公园); none where a
        verb, preposition or particle stands right before the head (设立|国家公园,
        以|国家公园为主体, 依法设立的|国家公园); where the words after the head end in a facility
        head, the name runs to it (热带雨林国家公园自然博物馆, 环热带雨林国家公园旅游公路: one
        longer name, the ring road's 环 in it)."""
        clean = text.clean
        assert rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            start = self._noun_run_start(clean, h_start)
            if h_start - start < 2 or not on_word_boundaries(self.tokenizer, clean, start, start):
                continue
            longer = self._facility_follows(clean, end)
            if longer is not None:  # one longer name (facb25: the development gold's
                # 热带雨林国家公园自然博物馆, 环热带雨林国家公园旅游公路 — a ring road's 环 in it)
                start, end = start - (clean[start - 1:start] in self._ring_openers), longer
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _noun_run_start(self, clean: str, h_start: int) -> int:
        """Where the run of nouns and names right before ``h_start`` starts (jieba's tags n…,
        :data:`_NAME_MORPHEME_TAGS`, or a word the dictionary does not hold), back to a mark
        and at most :data:`_NOUN_NAME_MAX` characters, no function or procedure character in
        it; ``h_start`` where none stands there."""
        freq = self.tokenizer.FREQ
        lo = h_start
        while lo > max(0, h_start - _NOUN_NAME_MAX) and _NAME_WORD.match(clean[lo - 1]):
            lo -= 1
        start = h_start
        for word, flag in reversed(tagged_words(self.tokenizer, self.tags, clean[lo:h_start])):
            if not (flag.startswith("n") or flag in _NAME_MORPHEME_TAGS
                    or freq.get(word, 0) == 0) \
                    or word in self._function_chars or word in self._procedure_chars:
                break
            start -= len(word)
        return start

    def _phased_facilities(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility written right before its phase (云阳青石|港|二期, 大唐钦南|核电|二期: a
        phase is one facility's, a kind has none; fac35, a shape read in the held-out
        news): the rule's ``near`` is the head before the phase, the name the run of nouns and
        names right before it (:meth:`_noun_run_start`), or a county's name the tagger reads as
        another word (:meth:`_county_word`), two to :data:`_PHASED_MAX` characters on
        a word boundary, its first word and the whole no kind of lexicon.edge_sibling_kinds
        (国际|机场, 智慧|港)."""
        clean = text.clean
        assert rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            start = self._noun_run_start(clean, h_start)
            if h_start - start < 2:  # a county the tagger reads as another word (三门 m)
                start = next((h_start - n for n in (3, 2) if h_start >= n
                              and self._county_word(clean[h_start - n:h_start])), start)
            if not 2 <= h_start - start <= _PHASED_MAX \
                    or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            name = clean[start:h_start]
            words = tagged_words(self.tokenizer, self.tags, name)
            if name in self._edge_sibling_kinds or words[0][0] in self._edge_sibling_kinds:
                continue
            if clean.endswith(self._plant_heads, h_start, end) and (
                    any(w in self._edge_sibling_kinds or w in self._works_object_kinds
                        for w, _ in words) or name[0] in "全各该本每"
                    or self._localizer_before(clean, start)):
                continue  # (fac38) a plant's or a park's name only: no kind inside (全县|城镇|
                # 污水处理厂二期), nor a name the run cut after a localizer (北部|新区|…)
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _localizer_before(self, clean: str, start: int) -> bool:
        """(fac38) Whether the word of jieba right before ``start`` is a localizer (北部, 东:
        tagged f), which a run of nouns stops at though it may open the name."""
        words = tagged_words(self.tokenizer, self.tags, clean[max(0, start - 4):start])
        return bool(words) and words[-1][1] == "f"

    def _works_objects(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility that a verb of works takes and its works follow (谋划|中线|铁路|项目,
        加快|青石|港|扩建工程: fac36, the names a report coins from common words, which the
        head walk and names.fac_proper leave as kinds), or that opens a clause with its own
        figures or events after it (。|长虹|港|完成集装箱吞吐量: lexicon.facility_predicate):
        the rule's ``near`` is the head before its works or figures, the name the run of nouns
        and names right before it (:meth:`_noun_run_start`), two to :data:`_PHASED_MAX`
        characters on a word boundary, right after a verb of lexicon.works_verbs (or a mark,
        before a predicate); none of its words a kind of
        lexicon.edge_sibling_kinds (城际|铁路, 支线|机场, 病险|水库), a verb or a facility
        head, no numeral, no place alone (the place-led rules read 海口|港) and no common
        word of lexicon.works_object_kinds (市郊|铁路)."""
        return self._works_object_names(text, rule, None)

    def _built_objects(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A site, venue, station or wharf a verb that builds it takes, a mark after its head
        (fac39: 新建|星河|农贸市场|。, 建成|青松|码头|，, made up: a district's report names
        what it built by common words): :meth:`_works_objects`' name and tests, the verb one
        of lexicon.build_verbs right before the name (no clause that opens with it)."""
        return self._works_object_names(text, rule, self._build_verbs)

    def _works_object_names(self, text: _Text, rule: NameRule, build: tuple[str, ...] | None
                            ) -> Iterable[Candidate]:
        """The names of :meth:`_works_objects`; with ``build``, only right after one of
        those verbs."""
        clean = text.clean
        assert rule.near is not None
        kinds = self._edge_sibling_kinds | self._works_object_kinds
        for h_start, end in self._near_spans(clean, rule):
            start = self._noun_run_start(clean, h_start)
            # a verb the tagger reads as a noun opens the run (谋划 n): the name starts after it
            verb = next((v for v in self.works_verbs if clean.startswith(v, start, h_start - 2)),
                        None)
            start += len(verb) if verb else 0
            name = clean[start:h_start]
            if build is not None:  # a verb that builds it, right before the name
                opens = False
                verb = next((v for v in build if clean.endswith(v, max(0, start - len(v)), start)),
                            None)
            else:
                # what a facility's own figures or events follow where a clause opens with it
                # (X港|完成货物吞吐量, X水利枢纽|下闸蓄水); its works only after a verb of works
                # (fac39) or an item's number at the line's start (25.|X大剧院|正式投入使用)
                number = _LIST_NUMBER.match(clean, clean.rfind("\n", 0, start) + 1, start)
                opens = (start == 0 or clean[start - 1] in _BUILT_STOP
                         or number is not None and number.end() == start) \
                    and self._facility_predicate.match(clean, end) is not None
                verb = verb or next((v for v in self.works_verbs
                                     if clean.endswith(v, max(0, start - len(v)), start)), None)
                if not verb and name not in self.data.gazetteer:
                    # nor a body's name (教育部) as the list's item
                    verb = self._listed_after_verb(clean, start)
            if not 2 <= len(name) <= _PHASED_MAX or _NUMERAL.search(name) \
                    or name in self._places or name in kinds or not (verb or opens) \
                    or self._any_fac_suffixes.longest(name) is not None \
                    or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            words = tagged_words(self.tokenizer, self.tags, name)
            if any(word in kinds or len(word) >= 2 and flag in _VERB_TAGS | {"vn"}
                   for word, flag in words):
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _listed_after_verb(self, clean: str, start: int) -> str | None:
        """The verb of works that opens the list a facility at ``start`` ends (fac39:
        完成|红旗农贸市场、|东风菜市场|改造, made up: the works written once after the last
        item): the items before it, from the verb (after a list number) to the 、 right before
        ``start``, each three to twelve characters ending in a facility head, no function
        character (诗路文化带和海岛公园、|名山公园: a list of programmes, train d39); None if not."""
        if start < 1 or clean[start - 1] != "、":
            return None
        lo = max(clean.rfind(c, 0, start - 1) for c in "，。；;：:\n（(") + 1
        lo = self._after_number(clean, lo, start - 1)
        verb = next((v for v in self.works_verbs if clean.startswith(v, lo, start - 1)), None)
        if verb is None:
            return None
        items = clean[lo + len(verb):start - 1].split("、")
        if all(3 <= len(item) <= 12 and _HAN_ONLY.fullmatch(item)
               and not any(c in self._function_chars for c in item)
               and self._any_fac_suffixes.longest(item) is not None for item in items):
            return verb
        return None

    def _works_list_items(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(fac41, C41f) The items of a list of facilities of one head that a verb of works
        opens (or that opens a clause) and the works close, or a mark after a verb (完成|建国
        菜市场、幸福菜市场|标准化改造, 推进|胜利水库、团结水库和红岩水库|除险加固, 加快|城西110千伏
        变电站、港城110千伏变电站|建设: made up, the works of task lists and district reports):
        one FAC each (rule 6; the works stay out, rule 20). The list runs from the clause's
        verbs of works (lexicon.works_verbs; after a list number) to the rule's ``near`` (the
        last item's head before its works or a mark); items part at 、 and at 和, 及 or 与 right
        after the head; two items at least, each the same head (a substation's voltage before
        it: lexicon.works_list_voltage_heads) after its own words (:meth:`_works_list_name`);
        the list is read whole or not at all (藻渡水库、新建水库: a kind in it, nothing)."""
        clean = text.clean
        assert rule.near is not None
        for h_start, end in self._near_spans(clean, rule):
            head = clean[h_start:end]
            # the clause's start within reach (a list of works is short; not a scan back over
            # the text at each head) and a joint of a list in it (most heads stand alone)
            lo = max(0, h_start - _WORKS_LIST_REACH)
            mark = _CLAUSE_MARK.search(clean[lo:h_start][::-1])
            if mark is None and lo > 0:
                continue
            lo = h_start - mark.start() if mark is not None else lo
            if _LIST_JOINT.search(clean, lo, h_start) is None:
                continue
            lo = self._after_number(clean, lo, h_start)
            start = lo
            while (verb := self._works_verb_re.match(clean, start, h_start)) is not None:
                start = verb.end()
            # no verb opens it: the list is the clause's subject, its works or what one
            # facility does after it follow (双龙水库、胜利水库|除险加固工程完工; not a mark
            # alone), and one item is named by no common word alone (:meth:`_kind_word`: not
            # 胜利水库、团结水库|…, a verb's and an adjective's names only)
            subject = start == lo
            if start >= h_start or subject and clean[end:end + 1] in _BUILT_STOP:
                continue
            items = self._works_list_spans(clean, start, end, head)
            if items is None or len(items) < 2 or subject and all(
                    self._kind_word(clean[s:e - len(head)]) for s, e in items):
                continue
            for s, e in items:
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _works_list_spans(self, clean: str, start: int, end: int, head: str
                          ) -> list[tuple[int, int]] | None:
        """The items of :meth:`_works_list_items`' list from ``start`` to ``end`` (the last
        head's end), each ending in ``head``; None where one is no facility's name."""
        spans, s, plain = [], start, False
        for m in self._works_list_joint(head).finditer(clean, start, end):
            spans.append((s, m.start() + len(head)))
            s = m.end()
        spans.append((s, end))
        for s, e in spans:
            if not clean.endswith(head, s, e):
                return None
            own = clean[s:e - len(head)]
            if head in self._works_list_voltage_heads:
                own = _VOLTAGE_TAIL.sub("", own)
            named = self._works_list_name(own)
            if named is None:
                return None
            plain = plain or named
        # a verb names an item only beside one no verb names (胜利水库、团结水库; not 排涝泵站、
        # 提水泵站: kinds of a plant by what it does)
        return spans if plain else None

    def _works_list_joint(self, head: str) -> regex.Pattern[str]:
        """Where one item of a list of ``head`` ends and the next starts: 、, 和, 及 or 与 right
        after the head (remembered per head)."""
        pattern = self._works_list_joints.get(head)
        if pattern is None:
            pattern = regex.compile(regex.escape(head) + "(?:、|和|及|与)")
            self._works_list_joints[head] = pattern
        return pattern

    def _works_list_name(self, own: str) -> bool | None:
        """Whether ``own`` (an item's words before its head) names one facility in a list of
        works: two to five Chinese characters, no level or scope that opens it (国家, 全, 各),
        no facility head; no word of it a kind (lexicon.edge_sibling_kinds, works_object_kinds,
        not_proper: 病险|水库, 城市|公园, 口袋|公园), a verb of works (新建, 改造: lexicon.
        works_verbs, works_after), a function character, or a pronoun, numeral (一号, 五一; not
        百花, one noun), preposition, conjunction, particle, place word or time word (郊区, 老年:
        jieba's s and t); not a body of the gazetteer (教育部) nor one common noun alone (人民,
        儿童: :meth:`_kind_word`, parks of a kind). An adjective or a rare noun names the item
        here (幸福|菜市场, 百花|菜市场): a list of one head that works take says each item is one
        facility (C41f). True where it names one, False where a verb or an adverb of jieba's
        tags names it (胜利|水库, 解放|桥, but also 排涝|泵站, a kind: the list decides), None
        where it names none."""
        if not 2 <= len(own) <= 5 or not _HAN_ONLY.fullmatch(own) or own[0] in "全各该本每此这" \
                or own.startswith(self._item_levels) \
                or self._any_fac_suffixes.longest(own) is not None:
            return None
        stops = self._works_list_stops
        words = tagged_words(self.tokenizer, self.tags, own)
        if own in stops or any(w in stops or w in self._function_chars
                               or f[0] in _WORKS_LIST_STOP_TAGS for w, f in words):
            return None
        entry = self.data.gazetteer.get(own)
        if entry is not None and entry.label != "GPE" or words[0][1][0] == "n" and (
                len(words) == 1 and self._kind_word(own)):
            return None  # a body (教育部|水库), a common noun alone (人民|公园, 儿童|公园: kinds)
        return not any(f in _VERB_TAGS or f == "vn" for _, f in words)

    def _bridge_list_items(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(fac42b, C42fa) The items of a list of short bridges named by a village, a place or
        a word of their own (李家桥、王庄桥和柳溪桥等三座危桥, 其中|红星村桥、石门沟桥|将…, made
        up on the shape of county task lists and works reports): one FAC each (rule 6). 桥 alone is
        no head of a name (a kind: 危桥, 便桥, 立交桥), so a list of two items at least says
        each is a bridge's name: from the clause's start (past a list number, the verbs of
        works and 其中, :meth:`_bridge_start`) items of :data:`_BRIDGE_ITEM` joined by 、,
        和, 及 or 与, each one to five characters of its own before 桥 (a place and 的 before
        them stay out, rule 20 reads a place written right before it only), no kind, numeral,
        pronoun or verb of works opening them (:meth:`_bridge_own`); the list read whole or
        not at all; the last 桥 not part of a place or a longer word (:data:`_BRIDGE_AFTER`).
        One bridge alone that its rebuilding follows: :meth:`_works_bridge`."""
        clean = text.clean
        assert rule.near is not None
        last = -1
        for h_start, _ in self._near_spans(clean, rule):
            if h_start < last:
                continue
            if _BRIDGE_WORKS.match(clean, h_start + 1) is not None:
                single = self._works_bridge(clean, h_start)
                if single is not None:
                    yield self._cand(single, h_start + 1, rule.label, clean[single:h_start + 1],
                                     rule.id, rule.score, rule.priority)
                continue
            lo = max(0, h_start - _WORKS_LIST_REACH)
            mark = _CLAUSE_MARK.search(clean[lo:h_start][::-1])
            if mark is None and lo > 0:
                continue
            lo = h_start - mark.start() if mark is not None else lo
            items: list[tuple[int, int]] = []
            pos, joined = self._bridge_start(clean, lo, h_start), True
            while joined and (m := _BRIDGE_ITEM.match(clean, pos)) is not None:
                items.append(m.span(1))
                if m.group(2) is not None:
                    items.append(m.span(2))
                joined, pos = m.group(3) is not None, m.end()
            last = pos
            if joined or len(items) < 2 or items[-1][1] <= h_start \
                    or clean[items[-1][1]:items[-1][1] + 1] in _BRIDGE_AFTER:
                continue
            spans, plain = [], False
            for s, e in items:
                s = max(s, clean.rfind("的", s, e) + 1)  # 青石镇的|李家桥
                named = self._bridge_own(clean[s:e - 1])
                if named is None:
                    break
                plain = plain or named
                spans.append((s, e))
            else:
                # a verb names an item only beside one no verb names (红旗桥、胜利桥), as in
                # names.works_list_item (C41f)
                for s, e in spans if plain else ():
                    yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                     rule.priority)

    def _works_bridge(self, clean: str, h_start: int) -> int | None:
        """(fac42b) Where a bridge's name starts that works on it follow alone (完成|杨柳村桥|拆除
        重建工程, 、|石塘桥|重建工程; made up: :data:`_BRIDGE_WORKS`): the run of Chinese
        characters before its 桥 back to a mark or 的 (:meth:`_bridge_start`); its words a
        bridge's own none of jieba's verbs names (:meth:`_bridge_own`: 胜利|桥 alone may be a
        clause's words) and whole words at its start; None where none starts."""
        lo = h_start
        while lo > 0 and h_start - lo < 12 and "\u4e00" <= clean[lo - 1] <= "\u9fff" \
                and clean[lo - 1] != "的":
            lo -= 1
        start = self._bridge_start(clean, lo, h_start)
        if self._bridge_own(clean[start:h_start]) is not True \
                or not on_word_boundaries(self.tokenizer, clean, start, h_start + 1):
            return None
        return start

    def _bridge_start(self, clean: str, start: int, end: int) -> int:
        """``start`` moved past a list number, the verbs of works and what opens a list of
        bridges (:data:`_BRIDGE_LIST_OPEN`: 其中, 包括)."""
        start = self._after_verbs(clean, start, end)
        # (the text after ``end`` seen: the opening's look at the first item, C43kb)
        if (opening := _BRIDGE_LIST_OPEN.match(clean, start)) is not None and opening.end() <= end:
            return opening.end()
        return start

    def _bridge_own(self, own: str) -> bool | None:
        """Whether ``own`` (a bridge's words before 桥 in :meth:`_bridge_list_items`) names one:
        two to five Chinese characters, no level or scope opening them (全, 各, 该), no kind of
        bridge (lexicon.bridge_kinds: 立交, 人行, 危, 便; 老|石 with its age or size), no count
        (一号|桥) and no facility head inside, and the first word of jieba's tags no classifier,
        pronoun, preposition, conjunction, particle or verb of works (这座|桥, 新建|桥), no
        function character. True where they name one, False where a verb of two characters
        of jieba's tags opens them (胜利|桥: the list decides), None where they name none."""
        if not 2 <= len(own) <= 5 or not _HAN_ONLY.fullmatch(own) \
                or own[0] in "全各该本每此这" or own.startswith(self._item_levels) \
                or own in self._bridge_kinds or own[1:] in self._bridge_kinds \
                or any(own.endswith(k) for k in self._bridge_kinds if len(k) > 1) \
                or _BRIDGE_COUNTED.match(own) or self._any_fac_suffixes.longest(own) is not None:
            return None
        words = tagged_words(self.tokenizer, self.tags, own)
        (first, tag), entry = words[0], self.data.gazetteer.get(own)
        if entry is not None and entry.label != "GPE" or tag[0] in "qrpcuy" \
                or first in self._works_verb_set or any(w in self._function_chars for w, _ in words):
            return None
        # a verb of one character is a surname's more often here (包|家湾桥, made up)
        return not (tag[0] == "v" and len(first) > 1)

    def _adjective_streets(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A street named by one adjective of two characters (团结|路, 幸福|路, 健康|街: fac36,
        the names county and district reports give streets, which names.street reads as a
        clause's words): the adjective right before the head of the rule's ``near``, one word
        of jieba tagged ``a``, no kind of road (lexicon.road_word_kinds); the name whole words
        at both ends, right after a verb of works or one done to roads (:meth:`_works_before`)
        or after the 、 that ends such a street before it (完成|团结路、健康路; not 成为…的发展路、
        幸福路, a figure), and no way of speech after it (幸福路|上: lexicon.street_figure_after)."""
        clean = text.clean
        assert rule.near is not None
        last = -1  # the end of the street found last: the next item of its list after 、
        for h_start, end in self._near_spans(clean, rule):
            start = h_start - 2
            word = clean[start:h_start]
            listed = start == last + 1 and clean[last:start] == "、"
            if start < 0 or word in self._road_word_kinds \
                    or clean.startswith(self._street_figure_after, end) \
                    or tagged_words(self.tokenizer, self.tags, word) != [(word, "a")] \
                    or not (listed or self._works_before(clean, start)) \
                    or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            last = end
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _feature_facilities(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A facility named after a natural feature whose name the tagger cuts into common
        words (白鹭|湾|隧道, 狮子|湾|大桥, 人民|胜利渠|灌区 is another's): the rule's pattern
        matches the feature, its last character a feature's word (湾, 泉, 湖, 洋 …), right
        before the head (``near``). The feature's words run back over Chinese nouns, names and
        morphemes (:data:`_FEATURE_TAGS`) to the
        first word of another kind, two to four characters, whole words of the text; none
        where a noun of two characters or more stands right before (a longer name's tail),
        where the feature is one common word alone (矿山|公园: a kind, :meth:`_kind_word`), where
        a verb or preposition opens it (过江|隧道: the pattern) or stands right before it as a
        single character (跨|海湾|大桥: what the facility crosses). A verb of works
        (lexicon.works_verbs) ends the run though the tagger names it (新建 ns, a district of
        南昌: 新建|翠湖|公园 is 翠湖公园; fac39)."""
        clean = text.clean
        assert rule.near is not None and rule.pattern is not None
        for h_start, end in self._near_spans(clean, rule):
            lo = max(0, h_start - 6)
            words = tagged_words(self.tokenizer, self.tags, clean[lo:h_start])
            start, k = h_start, len(words)
            while k and h_start - start + len(words[k - 1][0]) <= 4 \
                    and _HAN_ONLY.fullmatch(words[k - 1][0]) \
                    and words[k - 1][0] not in self.works_verbs and (
                        words[k - 1][1].startswith("n") or words[k - 1][1] in _FEATURE_TAGS):
                k -= 1
                start -= len(words[k][0])
            feature = clean[start:h_start]
            if not 2 <= len(feature) <= 4 or rule.pattern.fullmatch(feature) is None \
                    or self._kind_word(feature) or feature in self.not_proper \
                    or not on_word_boundaries(self.tokenizer, clean, start, end):
                continue
            if k and len(words[k - 1][0]) >= 2 and words[k - 1][1].startswith("n") \
                    and words[k - 1][0] not in self.works_verbs:
                continue  # a longer name's tail (人民|胜利渠|灌区)
            if k and len(words[k - 1][0]) == 1 and words[k - 1][1] in ("v", "p"):
                continue  # what the facility crosses or runs along (跨|海湾|大桥, 沿|湖|公园)
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _facility_follows(self, clean: str, end: int) -> int | None:
        """Where the words right after ``end`` (to a mark, up to :data:`_NOUN_NAME_MAX`
        characters) first end in a facility head or a line's (lexicon.line_heads) on a word
        boundary: the name goes on (…国家公园|自然博物馆, 环热带雨林国家公园|旅游公路); None where
        they do not."""
        m = _NAME_WORD.match(clean, end, min(len(clean), end + _NOUN_NAME_MAX))
        if m is None:
            return None
        return next((k for k in range(end + 2, m.end() + 1)
                     if (self._facility_suffixes.longest(clean[end:k]) is not None
                         or clean[end:k].endswith(self._line_heads))
                     and on_word_boundaries(self.tokenizer, clean, k, k)), None)

    def _common_street_word(self, name: str) -> bool:
        """Whether ``name`` is a common word of jieba's dictionary (道路, 思路, 公路, 一带一路),
        not a road's name; a road the dictionary holds as a proper name of three characters
        or more (建设路 nt, 中山路 ns, 解放路 nz) is a name."""
        if self.tokenizer.FREQ.get(name, 0) <= _RARE:
            return False
        return len(name) < 3 or self.tags.get(name) not in _PROPER_TAGS | {"nt"}

    def _works_before(self, clean: str, start: int, roads: bool = True) -> bool:
        """Whether a verb of works (lexicon.works_verbs; with ``roads`` road_works_verbs too)
        or the 至 of a bound stands right before ``start`` (改造|学府路, 完成了|学府路,
        东至|学府路; not a road's extension, 文一路西延至|科技大道)."""
        before = clean[max(0, start - 6):start].removesuffix("了")
        return before.endswith(self.works_verbs) \
            or roads and before.endswith(self._road_works_verbs) \
            or before.endswith("至") and not before.endswith(self._extended_to)

    def _compass_street(self, stem: str, first: str) -> bool:
        """(C50o) Whether a street's name before its head (解放西 of 解放西路) is a word jieba
        tags a verb and a compass word after it (西, 东西 of 解放东西路), the street without
        its side a road of the dictionary (解放路, 胜利路, 复兴路): a street named after a
        word of the revolution or of building and split by its sides; not a verb that names
        no road (发展|南路, 推动|东路) nor a verb of works (lexicon.works_verbs,
        road_works_verbs)."""
        return len(first) == 2 and stem[2:] in _COMPASS_PARTS \
            and self.tokenizer.FREQ.get(first + "路", 0) > 0 \
            and first not in self._works_verb_set \
            and not stem.startswith(tuple(self._road_works_verbs))

    def _verb_char_street(self, name: str) -> bool:
        """Whether a street's name before its head (迎丰 of 迎丰路: fac37) opens with one
        character jieba tags a verb and is yet a name: two characters, no word of the
        dictionary together, the second no complement of a verb (:data:`_VERB_COMPLEMENTS`:
        走|好路, 走|新路 are ways of speech) and no function character; :meth:`_streets` reads one only after a verb of works or a street listed
        before it (完成|迎丰路, 打通|迎旭路; not 。走正路)."""
        return len(name) == 2 and self.tokenizer.FREQ.get(name, 0) == 0 \
            and name[1] not in _VERB_COMPLEMENTS and name[1] not in self._function_chars \
            and [len(w) for w, _ in tagged_words(self.tokenizer, self.tags, name)] == [1, 1]

    def _dictionary_road(self, name: str) -> bool:
        """Whether a street's name that jieba's dictionary holds as a common noun names one
        street where a verb of works, a bound or a road found before it says a street is
        meant (学府路 n, 花园路 n; issue 10, facd30): three characters or more, tagged a noun
        and not a kind of road by its surface or role (lexicon.road_word_kinds: 柏油路, 快速路,
        断头路, 致富路)."""
        return len(name) >= 3 and self.tags.get(name) == "n" \
            and name[:-1] not in self._road_word_kinds and name[:-2] not in self._road_word_kinds

    def _after_road_works(self, clean: str, start: int, name: str) -> bool:
        """Whether a street's name at ``start`` follows a verb of works done to roads
        (lexicon.road_works_verbs: 改造|巴彦托海路, 拓宽|中央街) and reads as a name: no word
        of time, place or function opening it and no verb of two characters in it (not
        改建|后收取过路 of a law: a clause)."""
        if not clean[max(0, start - 4):start].endswith(self._road_works_verbs):
            return False
        words = tagged_words(self.tokenizer, self.tags, name)
        return words[0][1] not in _ROAD_NAME_OPENINGS \
            and not any(flag in _VERB_TAGS and len(word) > 1 for word, flag in words)

    def _preposition_street(self, clean: str, start: int, h_start: int, end: int) -> bool:
        """(C43l) Whether a street's name at ``start:end`` (its head at ``h_start``) follows a
        preposition (:data:`_STREET_PREPOSITIONS`: 在, 对, 沿, 从 …) and the text says it is a
        street: the first item of a list of streets, after 的 or 之 too (在|东湖路、西湖路,
        城区的|人民路、解放路; made up), or a place
        on it after it (在|青山路|上, 沿|滨江路|两侧: :data:`_ON_STREET`) where the words before
        the head, two or three characters, are no word of jieba's dictionary or a place's and
        no verb or adjective (not 在|幸福路上, 在|发展路上, 在|新时代赶考路上: ways of speech)."""
        if clean[end:end + 1] == "、" and clean[start - 1:start] in _STREET_LIST_OPENINGS:
            return _NEXT_STREET.match(clean, end + 1) is not None
        if clean[start - 1:start] not in _STREET_PREPOSITIONS:
            return False
        if not clean.startswith(_ON_STREET, end):
            return False
        word = clean[start:h_start]
        return len(word) <= 3 and (
            self.tokenizer.FREQ.get(word, 0) <= _RARE or self.tags.get(word) == "ns") \
            and not any(flag in _VERB_TAGS or flag in ("a", "ad", "an", "d")
                        for _, flag in tagged_words(self.tokenizer, self.tags, word))

    @staticmethod
    def _listed_street(clean: str, start: int, end: int) -> bool:
        """(C47i) Whether a street's name at ``start:end`` is the first item of a list of
        streets: 、 and another street's name follow it (完善提升|柳湾路、青松街, 开工建设
        |青松路、柳湾路), after a Chinese character (a mark or a digit before it is
        :meth:`_street_start`'s)."""
        return clean[end:end + 1] == "、" and start > 0 and "\u4e00" <= clean[start - 1] <= "\u9fff" \
            and _NEXT_STREET.match(clean, end + 1) is not None

    def _bound_street(self, clean: str, start: int, end: int) -> bool:
        """Whether a road named at ``start:end`` is one side of an area a law bounds: a
        compass bound follows it (淮阳龙都路|以东, 康宁路|以东, 北环城路|以南) and a word that
        opens a bound's item or joins two stands before it (是指, 由, 为, 和, 与, 及, 、), or the
        bound opens with it (南起|金陵东路)."""
        if not _COMPASS_BOUND.match(clean, end):
            return clean[max(0, start - 2):start] in self._bound_openings
        return clean[max(0, start - 2):start].endswith(self._bound_joins) \
            or clean[max(0, start - 2):start] in self._bound_openings

    def _street_start(self, clean: str, start: int) -> bool:
        """Whether a name may start at ``start``: the text's start, a mark, a part of the
        town (:data:`_STREET_AREAS`: 城区|富民大街, fac42), or a verb of
        works right before it (集中打造|机场路, 完成了|机场路; one done to roads,
        :meth:`_after_road_works`), or 至 of a bound (东至|大来街,
        丰兖西路至|大禹南路; not a road's extension, 文一路西延至|科技大道: one name with it);
        never right after a digit, whose classifier it would take (打造15|条商旅名街)."""
        if start > 0 and clean[start - 1].isdigit():
            return False
        if start == 0 or not "\u4e00" <= clean[start - 1] <= "\u9fff" \
                or clean[start].isdigit():
            return True  # a number opens a name (提质增靓|520幸福街)
        return self._works_before(clean, start, roads=False) or self._place_before(clean, start) \
            or clean.endswith(_STREET_AREAS, 0, start)  # 城区|富民大街 (fac42)

    def _place_before(self, clean: str, start: int) -> bool:
        """Whether a place of the gazetteer written with its level (市, 区, 县, 州, 镇) ends
        right before ``start`` (怀化市鹤城区|迎丰路: the street a name of that place's,
        names.place_street makes the two one FAC, rule 20); a bare short name is not read
        (a city word glued to a common one: 长沙|人民 is no place's street start here); the
        street's own name one to three characters after it (朗州|路, 解放东|路), not a clause the
        place is the subject of (岳阳市|重塑老汴|街风貌: a verb and a street's common word)."""
        return clean[start - 1:start] in _STREET_PLACE_LEVELS \
            and any(h in clean[start + 1:start + 4] for h in "路街大") and any(
                clean[start - n:start] in self._places
                for n in range(3, min(start, _LONGEST_PLACE_PREFIX) + 1))

    def _place_streets(self, clean: str, cands: list[Candidate], rule: NameRule
                       ) -> Iterable[Candidate]:
        """A street (names.street) written right after the places it lies in is one FAC with
        them (rule 20, the outermost name: 常德市武陵区朗州路, 吉首市人民路; facb36): the
        places are GPE candidates that touch each other and the street, each ending in a level
        (:meth:`_place_before`); the street's span the rule's pattern."""
        assert rule.pattern is not None
        places = {c.end: c for c in cands if c.label == "GPE"
                  and clean[c.end - 1:c.end] in _STREET_PLACE_LEVELS}
        for c in cands:
            if c.label != "FAC" or c.rule != "names.street" or c.start not in places \
                    or rule.pattern.fullmatch(clean, c.start, c.end) is None:
                continue
            start = c.start
            while start in places:
                start = places[start].start
            yield self._cand(start, c.end, rule.label, clean[start:c.end], rule.id,
                             rule.score, rule.priority)

    def _byline(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return self._bylines(text.clean, rule, text.view)

    def _pattern(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        return self._plain(text.clean, rule)

    def _roster(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """A member of a list of people (成　员：潘朝晖 省政府秘书长⏎ 罗　平 省科技厅厅长)."""
        for start, end in self._roster_names(text, rule):
            yield self._cand(start, end, rule.label, text.clean[start:end], rule.id,
                             rule.score, rule.priority)

    def _roster_post(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """The organ of a roster member's post, between the name and the title that ends
        the line (汪春明 省政府|副秘书长, 刘立兵 省公安厅|常务副厅长), where it ends in an
        organisation head (省投资集团控股有限公司|董事长; not 区长 alone)."""
        clean = text.clean
        for _, end in self._roster_names(text, rule):
            line_end = clean.find("\n", end)
            post = clean[end:line_end if line_end >= 0 else len(clean)]
            title = next((t for t in self._titles_after if post.endswith(t)), "")
            organ = _RANK_BEFORE_TITLE.sub("", post[:len(post) - len(title)])
            if title and len(organ) >= 3 and organ.endswith(self.org_heads):
                yield self._cand(end, end + len(organ), rule.label, organ, rule.id,
                                 rule.score, rule.priority)

    def _roster_names(self, text: _Text, rule: NameRule) -> Iterator[tuple[int, int]]:
        """Where the rule's pattern finds a roster member: the name opens its line or
        follows the colon of a role, and a space of the raw text ends it (the shortest
        such name). A two-character name padded to three columns (罗　平) is a name even
        where it is also a word (罗平 is a county): the padding says so."""
        clean, view = text.clean, text.view
        index = view.index if view is not None else None

        def gap(i: int) -> bool:  # a space of the raw text removed before clean[i]
            return index is not None and 0 < i < len(index) and index[i] - index[i - 1] > 1
        for c in self._plain(clean, rule):
            end = next((e for e in range(c.start + 2, c.end + 1) if gap(e)), None)
            if end is None:
                continue
            name = clean[c.start:end]
            tag = self.tags.get(name)
            if len(name) == 2 and gap(c.start + 1) or (tag is None or tag.startswith("nr")) \
                    and name not in self.data.gazetteer and name[-1] not in self._unit_ends:
                yield c.start, end

    def _shared_head_items(self, clean: str, cands: list[Candidate], rule: NameRule
                           ) -> Iterable[Candidate]:
        """The items of a list after a designation or programme that end in its last word
        (lexicon.shared_heads) are named the same way (rule 6: one span each): 设立产业扶贫
        基金、贫困生救助基金、医疗救助基金. Each item is one phrase (the rule's stops) and
        ends on a word boundary; the list is read on while items share the word, or, after
        a programme, while they end in a programme's head (lexicon.programme_heads: 国企改革
        三年行动、深化提升行动; 卓越工程师培养计划和优质本科扩容工程)."""
        assert rule.pattern is not None
        heads = self._shared_heads
        for c in cands:
            if c.label != "INITIATIVE" or c.rule == rule.id:
                continue
            # the shortest word it ends in (工厂 of 智能工厂: 卓越级智能工厂、5G工厂)
            head = self._shared_suffixes.shortest(clean, c.start, c.end)
            end = c.end
            ends: tuple[str, ...] | None = None
            if head is None and clean.endswith(self._purpose_funds, c.start, c.end) \
                    and clean.endswith(self._fund_setup_verbs, 0, c.start) \
                    and c.end - c.start > 4:
                # funds set up together, each named by its purpose (C35z: 设立产业扶贫基金、
                # 贫困生救助基金、医疗救助基金), the list read on while items end so
                head, ends = "基金", self._purpose_funds
            elif head is None and (q := _QUOTED_PROGRAMME_TAIL.match(clean, c.end)) is not None:
                # a quoted programme whose words after the quote end in a programme's head
                # (“双一流”建设突破计划和|优质本科扩容工程; “中国好粮油”四川行动、|天府菜油行动):
                # the list goes on after that head (rule 7 leaves the words out of the name)
                head, end = q.group("head"), q.end()
            elif head is None or c.end - c.start <= len(head):
                continue
            # a programme's items may end in another programme's head (计划和…工程)
            if ends is None:
                ends = self._programme_heads if head in self._programme_heads else (head,)
            while (m := rule.pattern.match(clean, end)) is not None \
                    and m.group("name").endswith(ends):
                s, e = m.span("name")
                item = self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                  rule.priority)
                if not self._one_phrase(clean, item, None, rule.stops) \
                        or not on_word_boundaries(self.tokenizer, clean, s, e) \
                        or self._function_word_inside(clean[s:e]):
                    break
                yield item
                end = e
            if head in heads:
                yield from self._head_items_before(clean, c.start, head, rule)

    def _function_word_inside(self, item: str) -> bool:
        """A list item holds a function character as a word of its own (lexicon.function_chars
        but the joining 和 and 与, which names.joined_list_item's items hold by design, and 要):
        a clause, no name (、并在全省推广试点; init38, C38a: the item may hold one inside a word,
        高等教育整体跃升行动, 省以下财政体制改革, 要素市场化配置综合改革试点)."""
        return any(len(w) == 1 and (w in self._function_chars or w == "要")
                   and w not in "和与"
                   for w, _ in tagged_words(self.tokenizer, self.tags, item))

    def _opening_items(self, clean: str, cands: list[Candidate], rule: NameRule
                       ) -> Iterable[Candidate]:
        """The items of a list joined by 、 beside a short programme another rule found that
        open with its own opening and are as long (rule 6: its sibling campaigns, 好房子、好小区、
        好社区、好城区; C6 of gold/dev/NOTES.md): a programme of the rule's pattern (three
        characters), its opening all but its last two; each item the pattern too, on word
        boundaries, the last item's words after it one of lexicon.opening_list_tails (好城区|
        建设); the list is read each way while the items fit."""
        assert rule.pattern is not None
        for c in cands:
            size = c.end - c.start
            if c.label != "INITIATIVE" or c.rule == rule.id \
                    or not rule.pattern.fullmatch(clean, c.start, c.end):
                continue
            opening = clean[c.start:c.end - 2]
            done = {True: False, False: False}
            # past the quote marks of a quoted one (“好房子”、好小区)
            start = c.start - clean.startswith("“", c.start - 1)
            end = c.end + clean.startswith("”", c.end)
            for s, e in _neighbour_items(clean, start, end):
                after = s >= end
                if done[after]:
                    continue
                lo, hi = (s, s + size) if after else (e - size, e)
                if lo < s or hi > e or not clean.startswith(opening, lo) \
                        or not rule.pattern.fullmatch(clean, lo, hi) \
                        or (after and hi < e and clean[hi:e] not in self._opening_list_tails) \
                        or not on_word_boundaries(self.tokenizer, clean, lo, hi):
                    done[after] = True
                    continue
                yield self._cand(lo, hi, rule.label, clean[lo:hi], rule.id, rule.score,
                                 rule.priority)

    def _head_items_before(self, clean: str, start: int, head: str, rule: NameRule
                           ) -> Iterator[Candidate]:
        """The items of a list before a designation or programme that end in its own last
        word (lexicon.shared_heads) are named the same way (rule 6; initlist30: 全域旅游示范区和
        |国家体育旅游示范区): each item is what the rule's pattern reads after a list mark,
        past the verbs and function words that open the first item (推进|, 以|), one phrase
        ending on a word boundary; the list is read back while the items share the word."""
        assert rule.pattern is not None
        pos = start
        while pos > 0 and clean[pos - 1] in "、和" and (
                clean[pos - 1] == "、"
                or on_word_boundaries(self.tokenizer, clean, pos - 1, pos)):
            sep = pos - 1
            m = _ITEM_STOP_BACK.search(clean, max(0, sep - 18), sep)
            lo = m.end() if m is not None else 0 if sep <= 18 else -1
            if lo < 0 or not clean.endswith(head, lo, sep):
                return
            # past a verb of winning that opens the list (C45v: 该县获批|A示范县、)
            lo = max([lo] + [i + len(w) for w in self._list_won_before
                             if (i := clean.rfind(w, lo, sep)) >= 0])
            for s in range(lo, sep - len(head) - 2):
                found = rule.pattern.match("、" + clean[s:sep + 1])
                if found is None or found.end("name") != sep + 1 - s:
                    continue
                item = self._cand(s, sep, rule.label, clean[s:sep], rule.id, rule.score,
                                  rule.priority)
                if on_word_boundaries(self.tokenizer, clean, s, sep) \
                        and self._one_phrase(clean, item, None, rule.stops) \
                        and not self._function_word_inside(clean[s:sep]):
                    yield item
                    break
            else:
                return
            if s != lo:
                return
            pos = lo

    def _counted_items(self, clean: str, cands: list[Candidate], rule: NameRule
                       ) -> Iterable[Candidate]:
        """The items of a list of titles counted one by one after a programme or title
        counted the same way are titles too (rule 6: one span each; rule 11): 新增国家级
        旅游度假区2个、5A级景区1个、夜间文旅消费集聚区6个. The rule's pattern, matched at
        the end of the name before, is the count, a list mark and the next item up to its
        own count; each item is one phrase (the rule's stops), starts and ends on a word
        boundary, is no generic word (rule 9) nor one word of the dictionary and opens with
        no verb, adverb or conjunction of two characters or more (，入库|国家科技型中小企业
        119家 is a clause of its own; 瞪|羚企业 is a word jieba does not know) and holds no
        level after its first word (入库|国家科技型中小企业: a word before the title, which
        starts at its level); the list is read on item by item."""
        assert rule.pattern is not None
        seen: set[int] = set()
        for c in cands:
            if c.label != "INITIATIVE" or c.rule == rule.id:
                continue
            end = c.end
            while end not in seen and (m := rule.pattern.match(clean, end)) is not None:
                seen.add(end)
                s, e = m.span("name")
                item = self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                  rule.priority)
                words = tagged_words(self.tokenizer, self.tags, clean[s:e])
                if clean[s:e] in self.generic or len(words) < 2 \
                        or (words[0][1] in _NOT_AFTER_LEVEL and len(words[0][0]) > 1) \
                        or any(w in self._item_levels for w, _ in words[1:]) \
                        or not self._one_phrase(clean, item, None, rule.stops) \
                        or not on_word_boundaries(self.tokenizer, clean, s, e):
                    break
                yield item
                end = e

    def _sections(self, clean: str, cands: list[Candidate], rule: NameRule
                  ) -> Iterable[Candidate]:
        """A section of a road or railway is one FAC with it (rule 20: the outermost
        name): 西成铁路|甘肃段, 杭温铁路|杭州至义乌段, 沪杭甬高速|杭州市区段, 地铁2号线|北段
        (C49i: lexicon.line_section_heads); after a road's
        number (:data:`_ROAD_NUMBER_RULES`) its section or new line (fac42: 国道205|北山至南湖段,
        S218|城关段, 205国道|西复线; :data:`_NUMBER_SECTION`, :data:`_NUMBER_LINE`)."""
        assert rule.pattern is not None
        for c in cands:
            if c.label != "FAC":
                continue  # a section is only a facility's (most candidates are other names)
            if c.rule in _ROAD_NUMBER_RULES:
                m = _NUMBER_SECTION.match(clean, c.end) or _NUMBER_LINE.match(clean, c.end)
                if m is not None:
                    yield self._cand(c.start, m.end(), "FAC", clean[c.start:m.end()], rule.id,
                                     rule.score, rule.priority)
                    continue
            after = clean.endswith(self._section_heads, c.start, c.end)
            if not after and clean.endswith(_STREET_HEADS, c.start, c.end) \
                    and (m := self._street_section(clean, c.end)) is not None:
                yield self._cand(c.start, m, "FAC", clean[c.start:m], rule.id, rule.score,
                                 rule.priority)  # C43k: 人民路|北段, 和平大道|东延伸段
                continue
            if not after:
                continue
            if (m := rule.pattern.match(clean, c.end)) is not None:
                yield self._cand(c.start, m.end(), "FAC", clean[c.start:m.end()], rule.id,
                                 rule.score, rule.priority)

    def _street_section(self, clean: str, end: int) -> int | None:
        """(C43k) The end of a street's section or extension written right at ``end``
        (:data:`_STREET_SECTION`: 北段, 东延伸段, 南延, 城区段; a footbridge it names,
        :data:`_STREET_CROSSING`: 人行天桥, C43ka; or a place of the gazetteer
        of two or three characters and 段: 长安段), whole words of jieba at its end; None
        where none is written."""
        m = _STREET_SECTION.match(clean, end) or _STREET_CROSSING.match(clean, end)
        stop = m.end() if m is not None else next(
            (end + n + 1 for n in (2, 3) if clean[end + n:end + n + 1] == "段"
             and clean[end:end + n] in self._places and clean[end + n + 1:end + n + 2]
             not in ("落", "至", "到")), None)
        if stop is None or not on_word_boundaries(self.tokenizer, clean, stop, stop):
            return None
        return stop

    def _kind_items(self, clean: str, cands: list[Candidate], rule: NameRule
                    ) -> Iterable[Candidate]:
        """The items of a list of facilities next to a facility another rule found, each
        ending in a facility head of the table, its own or another (rule 6: 庙子湖北岙码头、
        虾峙栅棚码头、蚂蚁交通码头; 美兰机场三期、儋州机场、东方机场; 黄磏港、美兰机场): one
        FAC each where the part before the head is one
        phrase of a name (the rule's pattern: no function character), no verb of a clause
        inside (a verb of works opening the first item is left out: 加快|中央山体公园), no
        kind of the facility alone (城市|公园) and no head alone (黔张常铁路、高速公路、航道:
        a kind with no proper part is no name, rule 9)."""
        assert rule.pattern is not None
        for c in [c for c in cands if c.label == "FAC"]:
            if clean[c.end:c.end + 1] != "、" and clean[c.start - 1:c.start] != "、":
                continue  # no list next to it (_neighbour_items): most facilities
            head = self._any_fac_suffixes.longest(clean[c.start:c.end])
            if head is None or c.end - c.start <= len(head):
                continue
            for s, e in _neighbour_items(clean, c.start, c.end):
                s = self._after_verbs(clean, s, e)
                own = self._any_fac_suffixes.longest(clean[s:e])
                if own is None or rule.pattern.fullmatch(clean, s, e) is None:
                    break  # the list goes on with another kind of thing
                prefix = clean[s:e - len(own)]
                # a county's short name that is a common word too names the item in a list of
                # facilities named so (儋州机场、东方机场: 东方 of 东方市), not a kind
                # nor a kind of lexicon.coined_kinds or edge_sibling_kinds (老旧|小区 before the
                # market names.works_object_site reads: fac39)
                if not prefix or self._kind_word(prefix) and not _county_short(prefix) \
                        or prefix in self._edge_sibling_kinds or any(
                        len(w) >= 2 and flag in _VERB_TAGS
                        for w, flag in tagged_words(self.tokenizer, self.tags, prefix)):
                    break
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _dash_chains(self, clean: str, cands: list[Candidate], rule: NameRule
                     ) -> Iterable[Candidate]:
        """A facility written after names joined to it by dashes is one FAC with them (rule
        20, the outermost name: 天目山路-环城北路-艮山快速路, 滨海—中关村科技园): each piece
        before a dash is one phrase of a name (the rule's pattern, two to eight characters;
        not works that the dash introduces the facility of, 控制性工程——X特大桥),
        a verb of works opening the first left out, its start a word's; the chain's start is
        the FAC's."""
        assert rule.pattern is not None
        for c in [c for c in cands if c.label == "FAC"]:
            start = c.start
            while start > 0 and clean[start - 1] in _DASHES:
                dash = start - 1
                while dash > 0 and clean[dash - 1] in _DASHES:
                    dash -= 1
                m = _PIECE_STOP_BACK.search(clean, max(0, dash - 12), dash)
                s = self._after_verbs(clean, m.end() if m is not None else max(0, dash - 12),
                                      dash)
                if rule.pattern.fullmatch(clean, s, dash) is None \
                        or clean.endswith(self._works_nouns, s, dash) \
                        or not on_word_boundaries(self.tokenizer, clean, s, s) or any(
                            len(w) >= 2 and (flag in _VERB_TAGS or flag == "vn")
                            for w, flag in tagged_words(self.tokenizer, self.tags,
                                                        clean[s:dash])):
                    break
                start = s
            # a site named without its kind shares the kind of the site a dash joins to it
            # (三星堆—金沙遗址); not a facility written with its own head (印尼首条高速铁路——…)
            end = c.end if self._any_fac_suffixes.longest(clean[c.start:c.end]) is not None \
                else self._dashed_site_end(clean, c.end, rule)
            if start < c.start or end > c.end:
                yield self._cand(start, end, rule.label, clean[start:end], rule.id,
                                 rule.score, rule.priority)

    def _dashed_site_end(self, clean: str, end: int, rule: NameRule) -> int:
        """The end of a site a dash joins to the site that ends at ``end``: one name of
        the rule's pattern ending in a facility head on a word's end, no verb (三星堆—|金沙遗址:
        one FAC, rule 20); ``end`` itself when none follows."""
        assert rule.pattern is not None
        after = end
        while after < len(clean) and after - end < 2 and clean[after] in _DASHES:
            after += 1
        if after == end:
            return end
        for x in range(min(len(clean), after + 8), after + 2, -1):  # the longest first
            piece = clean[after:x]
            head = self._any_fac_suffixes.longest(piece)
            if head is not None and len(piece) > len(head) \
                    and rule.pattern.fullmatch(piece) is not None \
                    and on_word_boundaries(self.tokenizer, clean, after, x) and not any(
                        len(w) >= 2 and flag in _VERB_TAGS
                        for w, flag in tagged_words(self.tokenizer, self.tags, piece)):
                return x
        return end

    def _airport_parts(self, clean: str, cands: list[Candidate], rule: NameRule
                       ) -> Iterable[Candidate]:
        """A part of an airport written by its code right after the airport's name is one FAC
        with it (rule 20, the outermost name: 萧山机场T4航站楼 as 西安咸阳国际机场T5航站楼, not
        FAC 萧山机场 + FAC T4航站楼): the rule's pattern matched where the airport ends. The
        code says which airport is meant, so one named by a word of two characters that no
        rule found (黄花|机场T3航站楼: 黄花 a common word) is the name: a whole word of jieba,
        no verb, adverb, preposition or conjunction, not common (国内|机场, 新建|机场: kinds)."""
        assert rule.pattern is not None
        if "机场" not in clean:
            return  # no airport written: no name ends in 机场 and no match follows one
        ends = set()
        for c in cands:
            if c.label == "FAC" and clean.endswith("机场", c.start, c.end) \
                    and (m := rule.pattern.match(clean, c.end)) is not None:
                ends.add(c.end)
                yield self._cand(c.start, m.end(), rule.label, clean[c.start:m.end()], rule.id,
                                 rule.score, rule.priority)
        for m in rule.pattern.finditer(clean):
            start, end = m.start() - 4, m.start()
            if end in ends or start < 0 or not clean.endswith("机场", 0, end):
                continue
            words = tagged_words(self.tokenizer, self.tags, clean[start:end - 2])
            if len(words) == 1 and words[0][1] not in _VERB_TAGS | {"p", "c", "m", "r"} \
                    and self.tokenizer.FREQ.get(words[0][0], 0) < _COMMON \
                    and on_word_boundaries(self.tokenizer, clean, start, end):
                yield self._cand(start, m.end(), rule.label, clean[start:m.end()], rule.id,
                                 rule.score, rule.priority)

    def _stop_parts(self, clean: str, cands: list[Candidate], rule: NameRule
                    ) -> Iterable[Candidate]:
        """A stop on a line, airport or port written right after its name is one FAC with it
        (rule 20, the outermost name: 京台高速|丰乐服务区, 中老铁路|万象站, 贡嘎国际机场|国际
        货站, 大兴机场|站, 青岛港|前湾码头): the rule's pattern matched where the facility ends,
        ending on a word boundary (not 铁路沿线|站点), its words between a proper name or a
        place (丰乐, 万象, 前湾; 国际 before 货站), none before a stop where only an airport's or
        port's own station is meant (机场站, 港站); no common word (铁路|沿线站), no agency
        (港珠澳大桥|边检站: lexicon.stop_not_inside). Where another rule found the stop's name
        already with the line inside, from the same start or a later one, its front stands
        (郑渝高铁长寿北站 of the head walk, not 终至郑渝高铁 of a rule it beat made longer; the
        stop alone, 保定服务区, is no such name)."""
        assert rule.pattern is not None
        found: dict[int, list[int]] = {}
        for c in cands:
            if c.label == "FAC":
                found.setdefault(c.end, []).append(c.start)
        for c in cands:
            if c.label != "FAC" or (m := rule.pattern.match(clean, c.end)) is None \
                    or any(c.start <= s < c.end for s in found.get(m.end(), ())) \
                    or not on_word_boundaries(self.tokenizer, clean, c.start, m.end()):
                continue
            mid, end = m.group("mid"), m.group("end")
            own = clean.endswith(self._own_stop_facilities, c.start, c.end)
            if end in self._stop_roads:
                if not own or mid and mid not in self._road_sides:
                    continue  # a road named by the airport (大兴机场|北线高速公路)
            elif not mid:
                if not (own and end.endswith("站")):
                    continue
            elif any(w in mid for w in self.stop_not_inside) \
                    or not (self._proper_words(mid) or self._rare_words(mid)
                            or mid in self.data.gazetteer or mid == "国际" and end == "货站"):
                continue
            yield self._cand(c.start, m.end(), rule.label, clean[c.start:m.end()], rule.id,
                             rule.score, rule.priority)

    def _site_parts(self, clean: str, cands: list[Candidate], rule: NameRule
                    ) -> Iterable[Candidate]:
        """A site's museum, ruins or scenic area named after a known site, or a hall of a known
        building, written right after it, is one FAC with it (rule 20, the outermost name:
        三星堆|博物馆, where jieba reads the gazetteer's 三星堆 as a numeral and the head walk
        stops; 人民大会堂|北大厅): the rule's
        pattern matched where a gazetteer's facility ends, ending on a word boundary (not
        三星堆|博物馆藏)."""
        assert rule.pattern is not None
        for c in cands:
            if c.label == "FAC" and c.rule.startswith("names.gazetteer") \
                    and (m := rule.pattern.match(clean, c.end)) is not None \
                    and on_word_boundaries(self.tokenizer, clean, c.start, m.end()):
                yield self._cand(c.start, m.end(), rule.label, clean[c.start:m.end()], rule.id,
                                 rule.score, rule.priority)

    def _place_sites(self, clean: str, cands: list[Candidate], rule: NameRule
                     ) -> Iterable[Candidate]:
        """A known site of the gazetteer written right after the places it lies in is one FAC
        with them (rule 20, the outermost name: 敦煌|莫高窟, 四川|九寨沟, 甘肃敦煌|莫高窟; fac37):
        each place a division of the gazetteer or of the place index, written full or short
        (:meth:`_site_place`), two to five characters, the first opening a word; not where a facility head follows the site
        (三星堆|博物馆: names.site_part's, one name already), nor before a line across provinces
        (新疆|西气东输二、三线, 陕西|青藏铁路: :data:`_CROSSING_LINE_ENDS`, the place names its
        section)."""
        for c in cands:
            if c.label != "FAC" or not c.rule.startswith("names.gazetteer") \
                    or clean.startswith(self._facility_heads, c.end) \
                    or clean.endswith(_CROSSING_LINE_ENDS, c.start, c.end):
                continue  # a line across provinces: a place before it names its section
            start = c.start
            while (n := next((n for n in range(5, 1, -1) if start - n >= 0
                              and self._site_place(clean[start - n:start])), None)) is not None:
                start -= n
            if start < c.start and on_word_boundaries(self.tokenizer, clean, start, start):
                yield self._cand(start, c.end, rule.label, clean[start:c.end], rule.id,
                                 rule.score, _PORT_CITY_PRIORITY)

    def _site_place(self, text: str) -> bool:
        """Whether ``text`` is a province, a city or a county, written full or short (a
        division of the gazetteer, or of the place index with its level: 敦煌市; a county's
        short name: :meth:`_county_site`): a place a known site lies in (:meth:`_place_sites`)."""
        return self._division_word(text, _STATION_PLACE_KINDS, indexed=True)

    def _division_word(self, text: str, kinds: Collection[str], indexed: bool) -> bool:
        """Whether ``text`` names a division of one of ``kinds`` (province, prefecture,
        county): a GPE of the gazetteer of such a kind, a county's short name
        (:meth:`_county_site`) or, with ``indexed``, a name of the place index of such a
        level (敦煌市, 道县). :meth:`_site_place` and :meth:`_shared_head_place` read it."""
        return self._gazetteer_division(text, kinds) or self._county_site(text) \
            or indexed and any(p.level in kinds for p in place_index().lookup(text))

    def _gazetteer_division(self, text: str, kinds: Collection[str]) -> bool:
        """Whether ``text`` is a GPE of the gazetteer of one of ``kinds`` (a province,
        prefecture or county: 长沙, 岳阳): what :meth:`_place_stations` finds before a station
        and :meth:`_division_word` reads first."""
        entry = self.data.gazetteer.get(text)
        return entry is not None and entry.label == "GPE" and entry.kind in kinds

    def _rare_words(self, text: str) -> bool:
        """Whether ``text`` is two characters or more of words that are no common word (each
        under :data:`_COMMON_NAME` counts in jieba's dictionary) and no verb or function word:
        a stop's own name that jieba knows as a rare word (丰乐, 万象, 前湾; not 客运, 沿线)."""
        return len(text) >= 2 and all(
            self.tokenizer.FREQ.get(w, 0) < _COMMON_NAME and f not in _VERB_TAGS
            and f not in _FUNCTION_TAGS - {"a"}
            for w, f in tagged_words(self.tokenizer, self.tags, text))

    def _shared_fac_items(self, clean: str, cands: list[Candidate], rule: NameRule
                          ) -> Iterable[Candidate]:
        """The items of a list written before a facility another rule found that share its
        head (rule 6: 湘河、拉洛水利枢纽 -> FAC 湘河, as names.road_list reads roads): each a
        short name (the rule's pattern, two to five characters) holding a proper name
        (:meth:`_proper_words`), no facility head or organisation head of its own, no numeral
        (三中分校, 马村港三期), no common word alone, no verb, and no longer than the facility's own name before its head plus two."""
        assert rule.pattern is not None
        for c in [c for c in cands if c.label == "FAC"]:
            if clean[c.start - 1:c.start] != "、":
                continue
            head = self._any_fac_suffixes.longest(clean[c.start:c.end])
            if head is None or c.end - c.start <= len(head):
                continue
            own = c.end - c.start - len(head)
            for s, e in _neighbour_items(clean, c.start, c.start):
                s = self._after_verbs(clean, s, e)
                item = clean[s:e]
                place = self._shared_head_place(item) \
                    and self._shared_head_place(clean[c.start:c.end - len(head)], full=True)
                if rule.pattern.fullmatch(item) is None or len(item) > own + 2 \
                        or self._any_fac_suffixes.longest(item) is not None \
                        or _NUMERAL.search(item) or item.endswith(self.org_heads) \
                        or self.tokenizer.FREQ.get(item, 0) > _RARE and not place \
                        or not self._proper_words(item, singles=False) or any(
                            flag in _VERB_TAGS or flag == "vn"
                            for _, flag in tagged_words(self.tokenizer, self.tags, item)):
                    break
                # a county's or city's short name shares the head as a rare word does where
                # the facility is named by a place too (宁远、道县水库: the facility of 宁远, not
                # its GPE; fac37; not 北京鼓楼、钟楼、地安门外大街), outranking the place
                yield self._cand(s, e, rule.label, item, rule.id, rule.score,
                                 _PORT_CITY_PRIORITY if place else rule.priority)

    def _shared_head_place(self, item: str, full: bool = False) -> bool:
        """Whether a list item before a facility that shares its head is a county's or a
        city's name without its level (宁远 of 宁远、道县水库: fac37), a division of the
        gazetteer or one county of the place index (:meth:`_county_site`) that jieba may
        count as a common word: the facility named by the place; with ``full``, a county or a
        city written with its level too (道县 of 道县水库)."""
        return self._division_word(item, _SHARED_HEAD_PLACE_KINDS, indexed=full)

    def _sibling_fac_items(self, clean: str, cands: list[Candidate], rule: NameRule
                           ) -> Iterable[Candidate]:
        """The items of a list joined by 、 next to a facility another rule found that end in
        its own head (rule 6: 藻渡水库、石盘水库、踏跳水库; 青茂口岸、马邦口岸): one FAC each.
        An item after the facility ends at the head (the last one may go on: 马邦口岸|扩能改造),
        one before it past the verbs that open the list; the part before the head two
        characters to the facility's own plus two (:meth:`_sibling_prefix`). The first item
        that fails ends the list on its side. An item between two such facilities of the same
        head may name one by a common word (京滨城际、X城际、津兴城际: :meth:`_between_siblings`)."""
        found = {(c.start, c.end) for c in cands if c.label == "FAC" and c.rule != rule.id}
        for c in [c for c in cands if c.label == "FAC" and c.rule != rule.id]:
            phase = _PHASE.match(clean, c.end)  # its phase stays out of it (美兰机场|三期、X机场)
            end = phase.end() if phase is not None else c.end
            if clean[end:end + 1] != "、" and clean[c.start - 1:c.start] != "、":
                continue  # no list next to it (_neighbour_items): most facilities
            # (C49z) a station's head too, read only in such a list (青河站、柳园站)
            surface = clean[c.start:c.end]
            head = self._any_fac_suffixes.longest(surface) or next(
                (h for h in self._edge_sibling_ends if surface.endswith(h)),
                None) or self._station_head(surface)
            if head is None or c.end - c.start <= len(head):
                continue
            own = c.end - c.start - len(head)
            stopped = {True: False, False: False}
            for s, e in _neighbour_items(clean, c.start, end):
                after = s >= end
                if stopped[after]:
                    continue
                if not after:
                    s = self._after_verbs(clean, s, e)
                last = after and not clean.startswith("、", e)
                x = self._sibling_end(clean, s, e, head, own, last)
                if x is None and self._between_siblings(clean, s, e, head, after, found):
                    x = e
                if x is None:
                    x = self._edge_sibling_end(clean, s, e, head, last)
                if x is None:
                    x = self._port_city_end(clean, s, e, head, last)
                if x is None:
                    stopped[after] = True
                    continue
                # a port named by its city outranks the city's GPE (C35f)
                priority = _PORT_CITY_PRIORITY if self._port_city_end(
                    clean, s, x, head, False) == x else rule.priority
                yield self._cand(s, x, rule.label, clean[s:x], rule.id, rule.score, priority)

    def _port_city_end(self, clean: str, s: int, e: int, head: str, last: bool) -> int | None:
        """Where a list item (s, e) beside a port (``head`` 港, or another of its family: 码头,
        航道) ends when it is a city named with 港 (防城港, 连云港, 贵港: a place of the
        gazetteer's or of the place data ending in 港): the port named by its city, one FAC
        (gold/dev/NOTES.md C35f: 钦州港、北海港、防城港), not the city's GPE; the list's last
        item may go on with a phase or a works word (防城港|建设); None if not."""
        if "港" not in self._edge_family.get(head, (head,)):
            return None
        for x in range(s + 2, min(e, s + 4) + 1):
            rest = clean[x:e]
            item = clean[s:x]
            if item.endswith("港") and (not rest or last and (
                    _PHASE.fullmatch(rest) or rest in self._works_after_set)) \
                    and (item in self._places or any(
                        p.level in ("prefecture", "county")
                        for p in place_index().lookup(item) or ())):
                return x
        return None

    def _sibling_end(self, clean: str, s: int, e: int, head: str, own: int, last: bool
                     ) -> int | None:
        """Where a list item (s, e) that names a facility with ``head`` ends: at ``e`` when it
        ends in the head, else (``last``: the list's last item, after the facility) at the
        first head after a fit prefix; None if none."""
        for x in range(s + 2 + len(head), min(e, s + own + 2 + len(head)) + 1):
            if (x == e or last) and clean.startswith(head, x - len(head)) \
                    and self._sibling_prefix(clean[s:x - len(head)]):
                return x
        return None

    def _between_siblings(self, clean: str, s: int, e: int, head: str, after: bool,
                          found: set[tuple[int, int]]) -> bool:
        """Whether the list item (s, e) next to a facility names one of its kind because a
        facility another rule found with the same head stands on its other side too (京滨城际、
        X城际、津兴城际; 景电灌区、X灌区、靖会灌区): a kind written in such a list (病险水库) stands
        at its end, not between two names, so a common word before the head names the item
        here. The part before the head two to four Chinese characters, no numeral, level,
        function character, verb, facility head or place of its own (:meth:`_between_prefix`)."""
        if not clean.startswith(head, e - len(head)) \
                or not self._between_prefix(clean[s:e - len(head)]):
            return False
        if after:
            far = [(a, b) for a, b in found if a == e + 1]
        else:
            far = [(a, b) for a, b in found if b == s - 1]
        return any(clean.startswith(head, b - len(head)) for a, b in far)

    def _edge_sibling_end(self, clean: str, s: int, e: int, head: str, last: bool
                          ) -> int | None:
        """Where a list item (s, e) right next to a facility with ``head`` ends when a common
        word names it (fac35: 航宇高铁、深南高铁; 黄茅峡水库、博物水库扩建): ``head`` one of
        lexicon.edge_sibling_heads (heads a report writes after one facility's own word, not
        after a class of them), the part before it passing :meth:`_between_prefix` and no kind
        (lexicon.edge_sibling_kinds, coined_kinds, facility_class_words, not_proper: 病险|水库,
        边境|口岸, 智慧|机场); the item's own head may be another of the same family
        (lexicon.edge_sibling_families: 津兴城际、X高速); the item ends at the head, or
        (``last``, the list's last item) at
        the head before a phase or works word (lexicon.works_after) that ends it; None if not."""
        if head not in self._edge_sibling_heads:
            return None
        for x in range(s + 3, min(e, s + 4 + _EDGE_HEAD_MAX) + 1):
            own = next((h for h in self._edge_family.get(head, (head,))
                        if clean.startswith(h, x - len(h)) and x - len(h) - s in (2, 3, 4)), "")
            if not own:
                continue
            rest = clean[x:e]
            if rest and not (last and (_PHASE.fullmatch(rest) or rest in self._works_after_set)):
                continue
            prefix = clean[s:x - len(own)]
            if self._between_prefix(prefix) and prefix not in self._edge_sibling_kinds \
                    and prefix not in self.data.gazetteer:  # nor a body's name (教育部)
                return x
        return None

    def _facility_kind(self, surface: str) -> bool:
        """Whether ``surface`` names a kind of facility, not one (rule 9; facb35): a head of
        lexicon.edge_sibling_heads after one word of edge_sibling_kinds (coined_kinds,
        facility_class_words and not_proper with it: 支线|机场, 中型|水库, 普速|铁路, 智慧|港,
        跨江|大桥, 国际|机场) or after two (建成|国际|机场, 新建|支线|机场); a road's kind of
        lexicon.road_kind_heads alone or after such words (高快速路, 城市|快速路: names.street,
        facc35); not a hub's kind read in a list (国际|人才港: lexicon.
        list_site_heads), nor a name's own word before the head (京沪|高速, 天府|国际机场)."""
        road = next((h for h in self._road_kind_ends if surface.endswith(h)), None)
        head = road or next((h for h in self._edge_sibling_ends if surface.endswith(h)), None)
        if head is None or self._list_suffixes.longest(surface) in self._list_site_heads:
            return False
        prefix = surface[:-len(head)]
        kinds = self._edge_sibling_kinds
        if road is not None and not prefix:  # 高快速路: a road's kind alone
            return True
        return prefix in kinds or any(prefix[:i] in kinds and prefix[i:] in kinds
                                      for i in range(2, len(prefix) - 1))

    def _between_prefix(self, prefix: str) -> bool:
        """Whether ``prefix`` may name a facility between two named ones (:meth:`_between_siblings`):
        two to four Chinese characters, no numeral, level, facility head, place, function
        character nor verb; a common word allowed."""
        if not 2 <= len(prefix) <= 4 or not _HAN_ONLY.fullmatch(prefix) or _NUMERAL.search(prefix) \
                or prefix.startswith(self._item_levels) or prefix in self._places \
                or self._any_fac_suffixes.longest(prefix) is not None:
            return False
        words = tagged_words(self.tokenizer, self.tags, prefix)
        return not any(len(w) == 1 and w in self._function_chars
                       or len(w) >= 2 and (f in _VERB_TAGS or f == "vn") for w, f in words)

    def _sibling_prefix(self, prefix: str) -> bool:
        """Whether the part of a list item before the head a facility next to it ends in may
        name one: two to six characters, no numeral, no level, no facility head of its own,
        no common word alone (病险|水库, 边境|口岸: kinds), no verb of two characters (新建),
        no function character standing alone, and a proper name (single characters too:
        马|邦, 踏|跳) or one word jieba tags a person's or other proper name however common
        (凤凰|机场 beside 美兰机场: fac33; not a place's tag, which common words carry: 新建,
        城市)."""
        if not 2 <= len(prefix) <= 6 or _NUMERAL.search(prefix) \
                or prefix.startswith(self._item_levels) or self._kind_word(prefix) \
                or self._any_fac_suffixes.longest(prefix) is not None:
            return False
        words = tagged_words(self.tokenizer, self.tags, prefix)
        if any(len(w) == 1 and w in self._function_chars
               or len(w) >= 2 and (f in _VERB_TAGS or f == "vn") for w, f in words):
            return False
        return self._proper_words(prefix) or len(words) == 1 \
            and words[0][1] in _SIBLING_NAME_TAGS and prefix not in self.not_proper

    def _head_list_items(self, clean: str, cands: list[Candidate], rule: NameRule
                         ) -> Iterable[Candidate]:
        """A list whose every item ends in a facility head of the table (光子科创城、聚变科创城
        等; 西部创新港、三航科技城、未来信息港等建设) names facilities, one FAC each (rule 6),
        though no item's name alone shows a proper name: the list is the rule's ``near``
        match, its first item past the verbs of works that open it, its last cut at 等 or at a
        verb of works after the head; each part before the head two to ten characters, no
        function character, no common word alone (城市|公园, 智慧|机场: kinds) and no level,
        and a proper name before a head the walk does not read (:meth:`_head_list_prefix`)."""
        assert rule.near is not None
        longest = self._list_suffixes.longest
        for m in rule.near.finditer(clean):
            pieces = m.group().split("、")
            # an item before the last without a head fails below whatever the cuts
            # (the first item's cut keeps its end: a head of the cut ends the whole)
            if any(longest(piece) is None for piece in pieces[:-1]):
                # (C49z) a list of stations (every station head ends in 站: a cheap test first)
                stations = pieces[0].endswith("站") and self._station_items(clean, m.start(), pieces)
                for s, e in stations or ():
                    yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                     rule.priority)
                continue
            spans = _piece_spans(m.start(), pieces)
            s0, e0 = spans[0]
            s0 = self._after_verbs(clean, s0, e0)
            # (C49g) the report's own scope before the list (全区|新能源产业园、…) is no name's
            scope = next((w for w in self._list_scopes if clean.startswith(w, s0, e0)), "")
            spans[0] = (s0 + len(scope), e0)
            s1, e1 = spans[-1]
            spans[-1] = (s1, self._head_end(clean, s1, e1))
            items = [(s, e, longest(clean[s:e])) for s, e in spans]
            # (fac39) a list of ports alone (青石港、马村港): each port's own word names it
            ports = all(head in self._list_port_heads for _, _, head in items)
            if any(head is None or not (self._head_list_prefix(clean[s:e - len(head)], head)
                                        or ports and self._port_item(clean[s:e - len(head)]))
                   for s, e, head in items):
                continue
            for s, e, _ in items:
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _station_items(self, clean: str, start: int, pieces: list[str]
                       ) -> list[tuple[int, int]]:
        """(C49z) A list of stations joined by 、 (设白文站、柳园站、松湾站等; 湍水头站、三交站):
        every item before the last ends in a station's head (lexicon.sibling_station_heads),
        the first after the last verb or preposition jieba reads in it (沿线|设|白文站), the
        last at 等 or at its first station head that ends a word; each part before the head a
        proper name by :meth:`_sibling_prefix` (not 服务|站, 加油|站, 气象|站: kinds by the
        dozen, rule 9); two items at least; none if one fails."""
        head_of = self._station_head
        if len(pieces) < 2 or any(head_of(p) is None for p in pieces[:-1]):
            return []
        spans = _piece_spans(start, pieces)
        s0, e0 = spans[0]
        words = tagged_words(self.tokenizer, self.tags, clean[s0:e0])
        x, verb = s0, ""
        for w, f in words[:-1]:
            x += len(w)
            if f in _VERB_TAGS or f.startswith("p"):
                s0, verb = x, w
        spans[0] = (s0, e0)
        s1, e1 = spans[-1]
        cut = clean.find("等", s1, e1)
        e1 = cut if cut >= 0 else e1
        end = next((e for e in range(s1 + 3, e1 + 1) if head_of(clean[s1:e]) is not None
                    and on_word_boundaries(self.tokenizer, clean, e, e)), None)
        if end is None:
            return []
        spans[-1] = (s1, end)
        # a list the clause says are stations (设|…; …等车站, …2个货站) may name them by
        # common words (白文|站): what may name a facility between two named ones, no kind
        said = verb in self._station_verbs or self._station_after.match(clean, end) is not None
        kinds = self._edge_sibling_kinds | self.not_proper
        for s, e in spans:
            head = head_of(clean[s:e])
            prefix = clean[s:e - len(head)] if head is not None else ""
            if head is None or not (self._sibling_prefix(prefix) or said and self._between_prefix(
                    prefix) and prefix not in kinds and prefix not in self._places
                    and not self.tokenizer.FREQ.get(clean[s:e])):  # 气象站: a word, a kind
                return []
        return spans

    def _station_head(self, piece: str) -> str | None:
        """The station head (lexicon.sibling_station_heads, longest first) ``piece`` ends in."""
        return next((h for h in self._station_ends if piece.endswith(h)), None)

    def _head_end(self, clean: str, start: int, end: int) -> int:
        """The end of a list's last item: at 等, else where a facility head ends right
        before a verb of works, 发展 or the item's end (海底智算中心|投入使用, 国际人才港|发展
        能级), else where the first head ends a word before the clause (C49g); ``start``
        if none."""
        cut = clean.find("等", start, end)
        if cut >= 0:
            return cut
        ends = []  # the heads' ends met from the item's end back (most items: the first)
        for e in range(end, start, -1):
            if self._list_suffixes.longest(clean[start:e]) is None:
                continue
            if e == end or self._works_verb_re.match(clean, e, end) \
                    or clean.startswith(("投入", "建设", "获批", "加快", "开工", "发展"), e):
                return e
            ends.append(e)
        # (C49g) else the clause the list is the subject of: the first head that ends a
        # word of jieba and no body's head follows (新能源产业园、冷链物流园|产值增长; 广州港、
        # 高排港|国际枢纽港地位, a designation after it; not 冷链物流园|管委会, the body)
        return next((e for e in reversed(ends) if not clean.startswith(self.org_heads, e)
                     and on_word_boundaries(self.tokenizer, clean, e, e)), start)

    def _port_item(self, prefix: str) -> bool:
        """Whether the part before 港 of an item of a list of ports alone may name one port
        (fac39: 青石|港、马村|港, made up: a district's or province's task list names its
        ports by their own words, no place before them): what may name a facility between two
        named ones (:meth:`_between_prefix`: two to four Chinese characters, no numeral, level,
        place alone, facility head, function character or verb) and no word of a kind of port
        (lexicon.edge_sibling_kinds and works_object_kinds: 内河|港, 沿海|港, 信息|港, 自贸|港;
        not_proper)."""
        kinds = self._edge_sibling_kinds | self._works_object_kinds | self.not_proper
        return self._between_prefix(prefix) and prefix not in kinds and not any(
            w in kinds for w, _ in tagged_words(self.tokenizer, self.tags, prefix))

    def _head_list_prefix(self, prefix: str, head: str) -> bool:
        """Whether the part of a list item before its facility head may name one: two to ten
        characters, no function character, no common word alone and no level word; before a
        head the walk does not read (港, 通道, 公园, 电站: kinds are written with them, 消防|
        通道, 郊野|公园, 潮汐|电站), a proper name too; before a hub's kind read only in a list
        (lexicon.list_site_heads: 西部|创新港, 国际|金融城) a common word names the site. Not a
        facility head itself (城际|铁路, 高速|公路: a kind of line before the head, rule 9), nor
        a number alone (一号|水库、二号|水库: no name, as names.fac_proper's 3号|隧道)."""
        site = head in self._list_site_heads
        return 2 <= len(prefix) <= 10 and (site or not self._kind_word(prefix)) \
            and _NUMBERED_END.fullmatch(prefix) is None \
            and prefix not in self._line_heads and self._any_fac_suffixes.longest(prefix) != prefix \
            and not prefix.startswith(self._item_levels) \
            and not any(c in self._function_chars for c in prefix) \
            and (head in self._walk_suffixes.table or site
                 or self._proper_words(prefix, singles=False))

    def _extended(self, clean: str, cands: list[Candidate], rule: NameRule, of: str
                  ) -> Iterable[Candidate]:
        """The names of label ``of`` that the rule's pattern, matched at their end, makes
        longer: one name of the rule's label from their start to the match's end. A rule
        with a ``near`` is tried only at the names whose end a match of its near holds
        inside it (names.bureau_section's 局…科: its head 科 is in every text, 科技)."""
        assert rule.pattern is not None
        if rule.after_needs is None:
            starts, longest = None, 0
        elif not (starts := self._needed_starts(clean, rule)):
            return  # no string every match holds is written: no match at any name's end
        else:
            longest = rule.after_needs[1]
        ends: set[int] | None = None
        if rule.near is not None:  # the places inside a match of the near (few: a set)
            ends = {at for s, e in self._near_spans(clean, rule) for at in range(s + 1, e)}
            if not ends:
                return
        for c in cands:
            if (ends is None or c.end in ends) and c.label == of \
                    and (starts is None or starts_within(starts, c.end, c.end + longest)) \
                    and (m := rule.pattern.match(clean, c.end)) is not None:
                yield self._cand(c.start, m.end(), rule.label, clean[c.start:m.end()], rule.id,
                                 rule.score, rule.priority)

    def _needed_starts(self, clean: str, rule: NameRule) -> list[int]:
        """Where a string of ``rule.after_needs`` starts in ``clean``, in order, remembered
        for the text last asked about (names.org_branch's 支行, 分行 …: in few reports; its
        pattern was tried at the end of every ORG, 34 ms a corpus pass)."""
        assert rule.after_needs is not None
        if self._needed_memo[0] is not clean:
            self._needed_memo = (clean, {})
        memo = self._needed_memo[1]
        if rule.id not in memo:
            memo[rule.id] = [m.start() for m in
                             _starts_pattern(rule.after_needs[0])[0].finditer(clean)]
        return memo[rule.id]

    def _extensions(self, clean: str, cands: list[Candidate], rule: NameRule
                    ) -> Iterable[Candidate]:
        """A facility's extension written right after it is one FAC with it (rule 20: the
        outermost name): 京杭运河|二通道, 地铁3号线|北延, 萧山机场|高铁引入线路, 国家海洋综合
        试验场|（深海）, 地铁22号线|(平谷线) (C49f: half-width brackets as full-width ones),
        松岭线|（S315） (a road's number); not a place in brackets, which stays apart (省职教城|（清远）: the
        facility's place, as the development gold has it), nor another kind or name in
        them (产业园区|（基地）: a head of the table ends it)."""
        for c in self._extended(clean, cands, rule, "FAC"):
            if clean.endswith(("）", ")"), c.start, c.end):
                inner = clean[max(clean.rfind("（", c.start, c.end), clean.rfind("(", c.start, c.end)) + 1:c.end - 1]
                if _BRACKET_SECTION.search(inner) is None and inner.endswith(self._name_heads) or any(
                        inner[:n] in self._places for n in range(1, len(inner) + 1)):
                    continue
            yield c

    def _initiative_extensions(self, clean: str, cands: list[Candidate], rule: NameRule
                               ) -> Iterable[Candidate]:
        """A word written right after a programme that belongs to it (rule 11: 粤港澳大湾区|
        建设): the rule's pattern matched at the programme's end."""
        return self._extended(clean, cands, rule, "INITIATIVE")

    def _strategy_extensions(self, clean: str, cands: list[Candidate], rule: NameRule
                             ) -> Iterable[Candidate]:
        """A designation or plan named by a national strategy of the gazetteer written right
        before its head is one name with it (rule 11, the outermost name: 大湾区|国际科技创新
        中心, 质量强国|建设领军企业, 乡村振兴战略|规划): the rule's pattern matched at the end
        of a gazetteer's programme, one phrase (the rule's stops). Not after a quoted name,
        whose words after the quotes rule 7 settles."""
        return self._phrase_extensions(clean, cands, rule, "names.gazetteer.initiative")

    def _strategy_words(self, clean: str, cands: list[Candidate], rule: NameRule
                        ) -> Iterable[Candidate]:
        """A national strategy of the gazetteer and 战略 right after it, one name
        (names.strategy_word, C47c: 长江经济带|发展战略), as :meth:`_strategy_extensions`
        reads it; not an item of a list that 战略 closes for every item (长江经济带发展、
        黄河流域生态保护和高质量发展|战略, made up: the gold cuts such an item, 气化长江、
        气化运河|战略 of d41)."""
        return (c for c in self._strategy_extensions(clean, cands, rule)
                if not clean.endswith("、", 0, c.start))

    def _vision_extensions(self, clean: str, cands: list[Candidate], rule: NameRule
                           ) -> Iterable[Candidate]:
        """A title named by a place's vision written right before its head is one name with
        it (rule 11, the outermost name: 健康四川|高质量发展试验县, init36): the rule's pattern
        matched at the end of a vision of names.place_vision, one phrase (the rule's stops)."""
        return self._phrase_extensions(clean, cands, rule, "names.place_vision")

    def _phrase_extensions(self, clean: str, cands: list[Candidate], rule: NameRule,
                           of_rule: str) -> Iterable[Candidate]:
        """The programmes of rule ``of_rule`` that the rule's pattern, matched at their end,
        makes longer, where the longer name is one phrase (the rule's stops)."""
        bases = [c for c in cands if c.rule == of_rule]
        return (c for c in self._extended(clean, bases, rule, "INITIATIVE")
                if self._one_phrase(clean, c, None, rule.stops))

    def _org_extensions(self, clean: str, cands: list[Candidate], rule: NameRule
                        ) -> Iterator[Candidate]:
        """A part of an organisation written right after it that is a name of its own with
        it (rule 20: the outermost name; a university's campus is one FAC, 海南大学|崖州
        校区, and the place inside it no GPE). Not a body a place is written right before
        or over its start (江北|区政府|办 in 江北区政府办: the place-led body the walk did not
        find there, so the longer name would cut the place off; org42)."""
        places: list[tuple[int, int]] | None = None
        for c in self._extended(clean, cands, rule, "ORG"):
            if places is None:  # read only where a body is extended (few texts)
                places = [(p.start, p.end) for p in cands if p.label == "GPE"]
            if not any(s < c.start <= e for s, e in places):
                yield c

    def _site_items(self, clean: str, cands: list[Candidate], rule: NameRule
                    ) -> Iterable[Candidate]:
        """The items of a list of sites that a designation of sites closes (入选…考古新发
        现, 创建…A级景区: names.site_list), read as :meth:`_project_items` reads a list of
        works; the designation says the items are sites, so an item needs no proper name
        of the dictionary (仙居下汤遗址, 云和梯田), only no verb of a clause inside
        (:meth:`_site_name`). The last item may end in 等 and the sites' kind before the
        designation (三星堆、皮洛、濛溪河|等遗址|先后入选…): the kind stays out."""
        return self._project_items(clean, cands, rule, self._site_name, kind_after=True)

    def _site_name(self, item: str, joined: bool = False, counted: bool = False) -> bool:
        """Whether a list item reads as a site's name: two to fourteen Chinese characters
        and no function character but 和 and 及 (not 濛溪河等遗址, 可以同时; 云和梯田), not a
        generic word nor a kind of facility (lexicon.edge_sibling_kinds: 病险), no word of the
        dictionary alone (unless ``joined``: a piece of names a dash joins, 冈仁波齐—|玛旁雍错),
        no verb inside (unless ``counted``: a count of sites closes the list, 可可|盖 等11处煤矿,
        C44k)."""
        if (_SITE_NAME_COUNTED if counted else _SITE_NAME).fullmatch(item) is None \
                or item in self.generic or item in self._edge_sibling_kinds \
                or not joined and self.tokenizer.FREQ.get(item, 0) > _RARE:
            return False
        words = tagged_words(self.tokenizer, self.tags, item)
        verbs = [w for w, flag in words if len(w) >= 2 and flag in _VERB_TAGS]
        if counted:  # one verb of the tagger's, no verb of works (提质|扩容 等5座水厂: none)
            return len(verbs) <= 1 and not any(
                w in self._works_verb_set or w in self.works_after or w in self._road_works_verbs
                for w, _ in words)
        return not verbs

    def _works_kind_items(self, clean: str, cands: list[Candidate], rule: NameRule
                          ) -> Iterable[Candidate]:
        """The items of a list of mines, reservoirs or power stations that ``等…煤矿``
        closes (names.works_kind_list: 九龙川、唐家河、平山湖等煤矿), one FAC each (rule 6):
        the list read back from the match to the clause's start past its verbs, not past an
        earlier 等 (白河、潦河等流域及丹江、鸭河口等水库: the rivers are another list); an
        item reads as a site's name (:meth:`_site_name`), holds no two verbs (私挖滥采), is
        no place alone and ends in no facility head (病险水库: a kind, 密云水库 the walk's).
        Before a kind of lines (等高铁, 等过江通道: the pattern's ``line``) an item holds no
        verb at all: lines are named by their places (北沿江, 江阴靖江; not 串联起|杭黄).
        Before 等港口 (the pattern's ``port``) each item is a port written with its head, 港
        after two to five characters of a name (果园港、新田港、龙头港等港口: the head 港 reads
        a place only, so the walk leaves them)."""
        assert rule.pattern is not None
        places = set(self._place_spans(clean))
        for m in rule.pattern.finditer(clean):
            items = self._first_site(clean, self._items_before(clean, m.start()))
            last = max((n for n, (s, e) in enumerate(items) if "等" in clean[s:e]), default=-1)
            # (C44k) a count closes the list: the items are sites whatever the tagger reads
            # (可可|盖: two verbs to jieba); two verbs still end a name's reading there
            verbs = 1 if m.groupdict().get("line") else 3 if m.group("count") else 2
            for s, e in items[last + 1:]:
                if (article := _ARTICLE.match(clean, s, e)) is not None:
                    s = article.end()  # a law's article number opens the list (第十七条|龙羊峡)
                if (quoted := _QUOTED_ITEM.fullmatch(clean, s, e)) is not None:
                    s, e = quoted.span("name")  # rule 7: the span leaves the quotes out
                item = clean[s:e]
                if m.groupdict().get("port"):
                    if 3 <= len(item) <= 6 and item.endswith("港") and (s, e) not in places \
                            and self._site_name(item):
                        yield self._cand(s, e, rule.label, item, rule.id, rule.score,
                                         rule.priority)
                    continue
                # two sites a dash joins are one name (rule 20: 冈仁波齐—玛旁雍错, d34)
                pieces = _DASH_RUN.split(item)
                if (s, e) in places or not all(
                        self._site_name(p, len(pieces) > 1, bool(m.group("count")))
                        for p in pieces) \
                        or self._any_fac_suffixes.longest(item) is not None or sum(
                            flag in _VERB_TAGS for _, flag in
                            tagged_words(self.tokenizer, self.tags, item)) >= verbs:
                    continue
                yield self._cand(s, e, rule.label, item, rule.id, rule.score, rule.priority)

    def _first_site(self, clean: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(fac44, C44k) The items of :meth:`_works_kind_items` with the first one's opening
        read again: the clause's words and a preposition before the first site left out
        (供电部门对|永丰圩, 对|白岭: :data:`_SITE_PREPOSITIONS`), and a first site whose first
        word :meth:`_after_verbs` took for a verb given back (可可|盖: jieba tags 可可 a verb;
        only the verbs of works and a list number left out then)."""
        if not items:
            return items
        s, e = items[0]
        if e - s < 2:
            lo = clean.rfind("\n", 0, s) + 1
            opening = _CLAUSE_START.search(clean, max(lo, s - _LIST_SPAN), s)
            s = self._after_number(clean, opening.end() if opening else lo, e)
            while (verb := self._works_verb_re.match(clean, s, e)) is not None:
                s = verb.end()
        s = max((i + 1 for i in range(s, e - 2) if clean[i] in _SITE_PREPOSITIONS), default=s)
        return [(s, e), *items[1:]]

    def _project_items(self, clean: str, cands: list[Candidate], rule: NameRule,
                       named: Callable[[str], bool] | None = None, kind_after: bool = False
                       ) -> Iterable[Candidate]:
        """The items of a list of works that ``等…项目`` or ``等…工程`` closes are named
        facilities and works, one FAC each (FAC: a named piece of infrastructure; rule 6:
        each item of a list is its own span): 推进|夏新未来社区、半升洞客运站场等基础民生项目.
        The list runs back to the clause's start; verbs of works that open it
        (lexicon.works_verbs) and a list number are left out; a phase after a head
        (润泽智算中心|三期) is left out. An item is taken where it reads as a name
        (:meth:`_project_name`), not where another rule found an organisation or a
        programme at its start (中石化|LNG, a company's plant)."""
        assert rule.pattern is not None
        named = named or self._project_name
        found: dict[int, list[Candidate]] | None = None
        places: set[tuple[int, int]] | None = None
        for m in rule.pattern.finditer(clean):
            counted = bool(m.groupdict().get("count"))
            end = m.start("count") if counted else m.start()  # the list ends at its count
            if counted and (end == 0 or _NO_COUNT_AFTER.match(clean, end - 1)):
                continue  # a count after a list's item, not after a digit or a mark
            if places is None:  # read once, at the first list: most texts close none
                places = set(self._place_spans(clean))
            lo = max(0, end - _LIST_SPAN)
            opening = _CLAUSE_START.search(clean, lo, end)
            start = opening.end() if opening else lo
            if opening is None and lo > 0:
                continue  # no clause start within reach: not one list
            start = self._after_verbs(clean, start, end)
            items = list(_list_items(clean, start, end, self.tokenizer))
            if counted and not 2 <= len(items) == _small_count(m["count"]):
                continue  # a count closes a list only where it counts its items
            for s, e in items:
                e = self._without_phase(clean, s, e)
                if (amount := _AMOUNT_OPENING.match(clean, s, e)) is not None:
                    # (C45b) an item a sum opens is a project invested in: a facility where a
                    # facility's head ends it, else a company's project (C3), none
                    if e - amount.end() < 3 or not clean.endswith(self._facility_heads, s, e):
                        continue
                    s = amount.end()
                if kind_after and (cut := _KIND_AFTER.search(clean, s + 2, e)) is not None:
                    e = cut.start()  # 濛溪河|等遗址: the list's kind after 等 stays out
                if (s, e) in places or not (self._counted_work if counted else named)(
                        clean[s:e]):
                    continue  # a place alone is no work nor site (敦煌、张掖创建…景区)
                if _FACILITIES_COUNTED.match(clean, s):
                    continue  # a class of facilities counted (12座|小型水库: rule 9; C44o)
                if clean.endswith(self.product_ends, s, e) \
                        and not clean.endswith(self._facility_heads, s, e):
                    continue  # a company's product (吉利新能源汽车): no facility (C3)
                if not clean.endswith(self._facility_heads, s, e):
                    if found is None:  # read once, at the first item kept this far
                        found = {}
                        for c in cands:
                            if c.label in _NOT_PROJECT_LABELS:
                                found.setdefault(c.start, []).append(c)
                    # (an ORG the filters drop later, 甘肃中部 of 甘肃中部生态移民供水, is
                    # none: tested at an item's start only, where most candidates start not)
                    if any(not self._no_org(clean, c) for c in found.get(s, ())):
                        continue
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _company_items(self, clean: str, cands: list[Candidate], rule: NameRule
                       ) -> Iterable[Candidate]:
        """The items of a list of companies that ``等…企业`` closes (国机集团、中国通用、
        中国国新等央企; 上海英泰、苏州通润等28家配套企业) that are a place and a short
        name (2 to 6 characters, no digit): one ORG each, so the place is no GPE there
        (rule 20). Other items are left to the organisation rules; an item that is a
        place alone (杭州、宁波等地企业) is none."""
        assert rule.pattern is not None
        places = dict(self._place_spans(clean))
        for m in rule.pattern.finditer(clean):
            for s, e in self._items_before(clean, m.start()):
                place_end = places.get(s)
                if place_end is None or not 2 <= e - place_end <= 6 \
                        or not _SHORT_NAME.fullmatch(clean, place_end, e):
                    continue
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _items_before(self, clean: str, end: int) -> list[tuple[int, int]]:
        """The items of the list that ``等…企业`` at ``end`` closes: from the clause's start
        (within ``_LIST_SPAN`` characters) past its verbs; none when no clause opens there."""
        lo = max(0, end - _LIST_SPAN)
        opening = _CLAUSE_START.search(clean, lo, end)
        if opening is None and lo > 0:
            return []
        start = self._after_verbs(clean, opening.end() if opening else lo, end)
        items = list(_list_items(clean, start, end, self.tokenizer, _COMPANY_SEP))
        if items:
            # the clause's subject and a verb that opens the list inside the first item
            # (区内集聚了|华虹半导体、…等12家上市公司: lexicon.company_list_verbs)
            s, e = items[0]
            cut = max((m.end() for m in self._company_list_verb_re.finditer(clean, s, e)),
                      default=s)
            if e - cut >= 2:
                items[0] = (cut, e)
        return items

    def _company_short_items(self, clean: str, cands: list[Candidate], rule: NameRule
                             ) -> Iterable[Candidate]:
        """The items of a list of companies that ``等…企业`` closes that are a company's
        short name with no place (中联建起、斯盛新能源等7家企业): two to six characters of
        Chinese, holding a proper name (:meth:`_proper_words`), no generic word (rule 9),
        no place alone (杭州、宁波等地企业) and no name another rule found there."""
        assert rule.pattern is not None
        found: set[tuple[int, int]] | None = None
        orgs: set[tuple[int, int]] = set()
        for m in rule.pattern.finditer(clean):
            if found is None:
                found = {(c.start, c.end) for c in cands}
                orgs = {(c.start, c.end) for c in cands if c.label == "ORG"}
            if not self._company_kind(m.group("kind")):
                continue
            items = self._items_before(clean, m.start())
            short = [(s, e) for s, e in items if self._short_company(clean[s:e])
                     and not any(s < b and a < e for a, b in found)]
            proper = [(s, e) for s, e in short if self._proper_words(clean[s:e])]
            if m.group().endswith("机构"):
                # (org51, C51r) a list 等…机构 closes is one of firms only where every item
                # is a short name with a proper word (德勤、普华永道、毕马威等专业服务机构;
                # not 律师、公证、司法鉴定等法律服务机构: trades, jieba's nr on one of them)
                if len(items) >= 2 and len(proper) == len(items):
                    yield from (self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                           rule.priority) for s, e in proper)
                continue
            # a list that names a company elsewhere (海乳与蒙西煤矿等企业: 海乳 is one) is a
            # list of companies: its other short names need no proper word of jieba's (蒙|西)
            # and may open with a common word or Latin letters (长电科技, SK海力士: org27)
            mates = len(proper) + sum((s, e) in orgs for s, e in items)
            # an item that holds a company another rule found and more (华为|技术, 长沙|比亚迪|
            # 汽车, 蔚来|汽车): the item whole is the company's name (rule 6: outermost)
            holding = [(s, e) for s, e in items if (s, e) not in orgs
                       and any(s <= a and b <= e for a, b in orgs)
                       and self._short_company(clean[s:e], True)
                       and not self._opens_clause(clean[s:e])]
            mates += len(holding)
            if mates:
                short = [(s, e) for s, e in items if self._short_company(clean[s:e], True)
                         and ((s, e) in holding
                              or not any(s < b and a < e for a, b in found))]
            for s, e in short if mates else proper:
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _brand_trade_items(self, clean: str, cands: list[Candidate], rule: NameRule
                           ) -> Iterable[Candidate]:
        """(org40) A company's short name written as its brand and its trade, an item of a
        list no 等…企业 closes (恒瑞医药、正泰电器产值增长; 贝乐智能、神驰机电: a district
        report's and the news' lists of companies): the item, set off by 、 on one side at
        least, is a brand and a trade (:meth:`_brand_trade`) ending on a word boundary (not
        南繁|科技城), and the list holds a mate: another item that is a company by the same
        shape with another trade, or one another rule found an ORG (浪潮集团、中瓷电子); a
        list of one trade's kinds is none (带货食品、网售食品: sectors, not companies), nor an
        item where another rule found a name."""
        assert rule.pattern is not None
        found: list[Candidate] | None = None
        for m in rule.pattern.finditer(clean):
            end = m.end()
            # the brand: two or three characters before the trade
            for start in (m.start() - 2, m.start() - 3):
                if start < 0 or not (clean.startswith("、", end)
                                     or clean.endswith("、", 0, start)):
                    continue
                item = clean[start:end]
                if _SHORT_NAME.fullmatch(item) is None or not self._brand_trade(item) \
                        or not on_word_boundaries(self.tokenizer, clean, start, end):
                    continue
                if found is None:
                    found = list(cands)
                if not any(start < c.end and c.start < end for c in found) \
                        and self._brand_mate(clean, start, end, m.group(), found):
                    yield self._cand(start, end, rule.label, item, rule.id, rule.score,
                                     rule.priority)
                break

    def _place_brand_trades(self, clean: str, cands: list[Candidate], rule: NameRule
                            ) -> Iterable[Candidate]:
        """(org40b) A company named by its place, its brand and its trade (长春|金赛|药业,
        宁波|舜宇|光电: one ORG, rule 20, the place no GPE of its own; gold/dev/NOTES.md
        C40u): a place of the gazetteer right before a brand and a trade
        (:meth:`_brand_trade`: a brand jieba does not know or tags a rare name, not a
        sector's common word), the whole on word boundaries, where no other rule found a
        name over it but the place (a longer name another rule found stands)."""
        assert rule.pattern is not None
        found: list[Candidate] | None = None
        for m in rule.pattern.finditer(clean):
            end = m.end()
            for brand in (m.start() - 2, m.start() - 3):
                # a place right before the brand first (a look-up; the brand's cut costs
                # more), then a brand the dictionary does not hold (金赛, 舜宇; not 锂电 nz 3,
                # a trade)
                places = self._places_at(clean)[1].get(brand) if brand >= 2 else None
                if not places or self.tokenizer.FREQ.get(clean[brand:m.start()], 0) \
                        or not self._brand_trade(clean[brand:end]):
                    continue
                start = min(a for a, _ in places)
                if _SHORT_NAME.fullmatch(clean, start, end) is None \
                        or not on_word_boundaries(self.tokenizer, clean, start, end):
                    continue
                if found is None:
                    found = list(cands)
                if not any(start < c.end and c.start < end
                           and not (start <= c.start and c.end <= brand) for c in found):
                    yield self._cand(start, end, rule.label, clean[start:end], rule.id,
                                     rule.score, rule.priority)
                break

    def _brand_groups(self, clean: str, cands: list[Candidate], rule: NameRule
                      ) -> Iterable[Candidate]:
        """(org40b) A group named by its brand alone (临港集团, 正泰集团, 正邦集团: one ORG,
        gold/dev/NOTES.md C40v): 集团 after a brand of two or three characters starting on a
        word boundary that jieba does not know (正泰: cut 正|泰, where the head's rule kept
        泰集团) or tags a rare name (临港 ns), no place of the gazetteer (a place's group is
        names.place_led_org's), no function character nor word (据|国铁); the group word's lookahead in the
        rule's pattern leaves a body's move to a group (集团化) and a group's parts."""
        assert rule.pattern is not None
        for m in rule.pattern.finditer(clean):
            # the longer brand first (金佰利|集团, not 金|佰利集团: a brand of three)
            for start in (m.start() - 3, m.start() - 2):
                brand = clean[start:m.start()] if start >= 0 else ""
                freq = self.tokenizer.FREQ.get(brand, 0)
                if _SHORT_NAME.fullmatch(brand) is None or _BRAND_NOT.search(brand) \
                        or _GROUP_BRAND_NOT.search(brand) \
                        or not (freq == 0 or freq <= _RARE
                                and self.tags.get(brand) in _PROPER_TAGS) \
                        or brand in self._places or place_index().lookup(brand) \
                        or tagged_words(self.tokenizer, self.tags, brand)[0][1] in _GROUP_BRAND_NOT_FIRST \
                        or not on_word_boundaries(self.tokenizer, clean, start, m.start()):
                    continue
                yield self._cand(start, m.end(), rule.label, clean[start:m.end()], rule.id,
                                 rule.score, rule.priority)
                break

    def _brand_mate(self, clean: str, start: int, end: int, trade: str,
                    found: list[Candidate]) -> bool:
        """Whether the list of ``clean[start:end]`` (its items split by 、 inside one clause)
        holds another company: an item ending in an ORG another rule found, or ending in or
        opening with a brand and a trade other than ``trade`` (:meth:`_brand_trade`)."""
        lo = _CLAUSE_START.search(clean, 0, start)
        lo = lo.end() if lo is not None else 0
        hi = _ITEM_STOP.search(clean, end)
        hi = hi.start() if hi is not None else len(clean)
        while hi < len(clean) and clean[hi] == "、":  # the list runs on past its marks
            nxt = _ITEM_STOP.search(clean, hi + 1)
            hi = nxt.start() if nxt is not None else len(clean)
        orgs = {c.end for c in found if c.label == "ORG" and lo <= c.start and c.end <= hi}
        pos = lo
        for piece in clean[lo:hi].split("、"):
            s, e = pos, pos + len(piece)
            pos = e + 1
            if s <= start < e or not piece:
                continue
            if e in orgs:
                return True
            # the item ends the piece (支持|金禾实业) or opens it (正泰电器|产值增长)
            for a, b in [(e - n, e) for n in (4, 5, 6)] + [(s, s + n) for n in (4, 5, 6)]:
                if s <= a and b <= e and not clean.endswith(trade, a, b) \
                        and self._brand_trade(clean[a:b]) \
                        and on_word_boundaries(self.tokenizer, clean, a, b):
                    return True
        return False

    def _known_company_trades(self, clean: str, cands: list[Candidate], rule: NameRule
                              ) -> Iterable[Candidate]:
        """(org41, C41n) A company of the gazetteer written with its trade (华润|电力, 格力电器,
        潍柴|动力: one ORG, its listed short name inside, rule 6; a place right before it
        belongs to it, 长沙|比亚迪汽车, rule 20): the trade matched right after an entry of
        kind company, the whole on word boundaries, and no noun after the trade that makes
        the whole a product or a site (比亚迪汽车|产业园, 华为智能|手机: the next word of
        jieba's cut a verb, a function word or none, a mark or the text's end)."""
        assert rule.pattern is not None
        gaz = self.data.gazetteer
        for begin, stop in self._gaz_all(clean):
            entry = gaz.get(clean[begin:stop])
            if entry is None or entry.label != "ORG" or entry.kind != "company" \
                    or (m := rule.pattern.match(clean, stop)) is None:
                continue  # the trade right after a company of the gazetteer (one scan of
                # its entries, shared: speed)
            c = self._cand(begin, m.end(), rule.label, clean[begin:m.end()], rule.id,
                           rule.score, rule.priority)
            if not on_word_boundaries(self.tokenizer, clean, c.start, c.end):
                continue
            after = clean[c.end:c.end + 4]
            nxt = next(iter(tagged_words(self.tokenizer, self.tags, after)), None) \
                if after[:1].isalpha() else None
            if nxt is not None and nxt[1] not in _CLAUSE_AFTER_TAGS:
                continue
            # a place right before it belongs to the company's name (长沙|比亚迪汽车: rule 20,
            # as names.place_brand_trade's)
            places = self._places_at(clean)[1].get(c.start)
            start = min(a for a, _ in places) if places else c.start
            if start < c.start and _SHORT_NAME.fullmatch(clean, start, c.end) is not None \
                    and on_word_boundaries(self.tokenizer, clean, start, c.end):
                c = self._cand(start, c.end, rule.label, clean[start:c.end], rule.id,
                               rule.score, rule.priority)
            yield c

    def _brand_trade(self, item: str) -> bool:
        """Whether ``item`` is a brand and a trade (:meth:`_brand_trade_items`): one rare
        proper word of jieba's ending in a trade (恒瑞医药), or two words of jieba's cut, a
        trade (lexicon.company_trades) after a brand of two or three characters that is no
        place and either a word the dictionary does not hold (正泰, 贝乐, 中瓷: the cut's
        unknown word, which the tagger reads as single characters) or a rare one it tags a
        name (温氏 nr); not a common word (生物|医药: a sector), no function character."""
        words = tagged_words(self.tokenizer, self.tags, item)
        if len(words) == 1:
            return self._one_word_company(item, words[0][1])
        cut = self.tokenizer.lcut(item)
        if len(cut) != 2 or cut[1] not in self._company_trades or len(cut[0]) < 2:
            return False
        brand = cut[0]
        freq = self.tokenizer.FREQ.get(brand, 0)
        return (freq == 0 or freq <= _RARE and self.tags.get(brand) in _PROPER_TAGS) \
            and _BRAND_NOT.search(brand) is None \
            and brand not in self._places and not place_index().lookup(brand)

    def _lab_items(self, clean: str, cands: list[Candidate], rule: NameRule
                   ) -> Iterable[Candidate]:
        """The items of a list of laboratories that ``等…实验室`` closes, each a laboratory's
        short name (紫金山、太湖、钟山、云龙湖等实验室; 甬江、瓯江等省实验室: one ORG each, as
        the development gold has them, the place a laboratory is named after no GPE there,
        rule 20): two items or more, every one two to four characters of Chinese holding a
        proper word (:meth:`_proper_words`) and no generic word; a list with any other item
        is a list of kinds or hosts (高校、科研院所等实验室: none)."""
        assert rule.pattern is not None
        for m in rule.pattern.finditer(clean):
            items = self._items_before(clean, m.start())
            if len(items) < 2 or not all(
                    2 <= e - s <= 4 and _SHORT_NAME.fullmatch(clean, s, e)
                    and clean[s:e] not in self.generic and self._proper_words(clean[s:e], False)
                    for s, e in items):
                continue
            for s, e in items:
                yield self._cand(s, e, rule.label, clean[s:e], rule.id, rule.score,
                                 rule.priority)

    def _company_products(self, clean: str, cands: list[Candidate], rule: NameRule
                          ) -> Iterable[Candidate]:
        """The company that opens an item of a list of works written by its product and
        the product's size or model (安意法|8英寸碳化硅晶圆, 弗迪|12吉瓦时动力电池, 三星|V8
        闪存芯片, 榆能|百万吨煤制芳烃: gold/dev/NOTES.md C3, the company ORG): the item ends
        in a product or a plant (lexicon.product_ends, plant_ends), the size or model
        follows two to six characters holding a proper word (:meth:`_proper_words`; not
        年产), no common word, no place alone, no name another rule found there."""
        assert rule.pattern is not None
        found: set[tuple[int, int]] | None = None
        for m in rule.pattern.finditer(clean):
            if found is None:
                found = {(c.start, c.end) for c in cands}
                places = set(self._place_spans(clean))
            for s, e in self._items_before(clean, m.start()):
                size = self._size_or_model.search(clean, s, e)
                brand = self._place_brand(clean, s, e, places)
                if brand is not None:
                    # a place, a brand and its product: the company is the place and the
                    # brand (台州|弗迪|新能源动力电池: ORG 台州弗迪, no GPE, rule 20)
                    cut = end = brand
                    if any(s < b and a < cut and (a, b) not in places for a, b in found):
                        continue
                    yield self._cand(s, cut, rule.label, clean[s:cut], rule.id, rule.score,
                                     rule.priority)
                    continue
                if size is not None and clean.endswith(self._plant_ends, size.end(), e):
                    cut = end = size.start()
                elif size is None and e - s <= _COMPANY_PRODUCT_LEN:
                    # a short name and one product word name the company whole (中芯晶圆,
                    # 唐晶半导体: the development gold's ORG)
                    # (a person's or brand's name, not a technical word: 锂电|材料 is a kind)
                    end = next((e - len(w) for w in self.product_ends if clean.endswith(w, s, e)), s)
                    cut = e
                    if not any(flag in _BRAND_TAGS for _, flag
                               in tagged_words(self.tokenizer, self.tags, clean[s:end])):
                        continue
                else:
                    continue
                item = clean[s:end]
                if not 2 <= end - s <= 6 or _SHORT_NAME.fullmatch(item) is None \
                        or (s, end) in places or item in self.generic \
                        or any(s < b and a < cut for a, b in found) \
                        or self.tokenizer.FREQ.get(item, 0) > _COMMON \
                        or not self._proper_words(item):
                    continue
                yield self._cand(s, cut, rule.label, clean[s:cut], rule.id, rule.score,
                                 rule.priority)

    def _place_brand(self, clean: str, start: int, end: int,
                     places: set[tuple[int, int]]) -> int | None:
        """Where the company ends in a list item of works that a place opens, a brand of two
        or three characters following it and a product closing it (台州|弗迪|新能源动力电池,
        深圳|扑浪|量子点膜, 绍兴|中芯|数模混合集成电路: gold/dev/NOTES.md C3, ORG 台州弗迪):
        the brand's words are single characters of no function word or words the dictionary
        does not hold or tags a person's name (not 榆林|百万吨煤制芳烃, a size; not 衢州|先导
        智能传感器, 先导 a common word; not 宜宾|锂电材料, a trade), a word of two characters
        or more of the product follows it (not 攀枝花|钒钛|新材料), and the item ends in a
        product and more (lexicon.product_ends, plant_ends: not 攀枝花|钒钛新|材料); None
        elsewhere."""
        place_end = max((b for a, b in places if a == start and b < end), default=None)
        if place_end is None or not clean.endswith(self._plant_ends, place_end, end):
            return None
        freq = self.tokenizer.FREQ
        brand = place_end
        words = tagged_words(self.tokenizer, self.tags, clean[place_end:end])
        for word, flag in words:
            # a word of more characters is a person's name or unknown (弗迪; not 锂电 nz, a
            # trade, nor 稀土)
            known = freq.get(word, 0) > 0 and flag not in _BRAND_TAGS
            if brand - place_end + len(word) > 3 or not _SHORT_NAME.fullmatch(word) \
                    or (known if len(word) > 1 else flag in _NOT_BRAND_TAGS):
                break
            brand += len(word)
        if brand - place_end < 2 or brand >= end or any(a == brand for a, _ in places):
            return None
        rest = tagged_words(self.tokenizer, self.tags, clean[brand:end])
        product = max(len(w) for w in self._plant_ends if clean.endswith(w, brand, end))
        return brand if len(rest[0][0]) > 1 and end - brand > product else None

    def _opens_clause(self, item: str) -> bool:
        """Whether ``item`` opens with a word that starts a clause, not a name (为|公交公司:
        a preposition; names._MATE_NOT_FIRST)."""
        words = tagged_words(self.tokenizer, self.tags, item)
        return bool(words) and words[0][1] in _MATE_NOT_FIRST

    def _company_kind(self, kind: str) -> bool:
        """Whether the words between ``等`` and ``企业`` are a kind of companies (等装备制造
        企业, 等一批战略投资者), not a clause of which 企业 is the object (停热等|影响企业正常
        生产, 中介服务机构等|加强本市中小企业…, 垦区等|区域名称在企业名称中): no verb,
        adverb or preposition first, no preposition anywhere, no common verb inside
        (质权行使等|原因持有上市公司: org27; 等装备制造|企业 ends in one)."""
        words = tagged_words(self.tokenizer, self.tags, kind) if kind else []
        return not (words and (words[0][1] in _VERB_TAGS or words[0][1] in ("vn", "p"))
                    or any(flag == "p" for _, flag in words)
                    or any(flag == "v" and self.tokenizer.FREQ.get(w, 0) > _COMMON
                           for w, flag in words[1:-1]))

    def _short_company(self, item: str, mate: bool = False) -> bool:
        """Whether a list item may be a company's short name (:meth:`_company_short_items`):
        two to six characters of Chinese, no generic word, no entry of the gazetteer, a
        short name's shape (:meth:`_company_like`). A ``mate`` of a company the list names
        may open with Latin letters (SK海力士, BOSS直聘, TCL: _MATE_NAME)."""
        return 2 <= len(item) <= 6 + 2 * mate \
            and (_MATE_NAME if mate else _SHORT_NAME).fullmatch(item) is not None \
            and item not in self.generic and item not in self.data.gazetteer \
            and self._company_like(item, mate)

    def _company_like(self, item: str, mate: bool = False) -> bool:
        """A short name, not a trade or a task (石化, 民航, 邮电 of a law's list of sectors;
        社保登记, 砖瓦窑场, 城市更新, 创投企业; 资质许可, 外商投资 of a law's lists): no
        common word of the dictionary alone, opening with a proper word, not ending in a
        classifier, a common verb or a generic word (rule 9: 企业). A ``mate`` of a company
        the list names may open with any word (长|电|科技 beside 华虹半导体) and be one
        word jieba tags a name though it knows it well (索尼)."""
        words = tagged_words(self.tokenizer, self.tags, item)
        freq = self.tokenizer.FREQ.get(item, 0)
        if freq > _COMMON_NAME and not (mate and len(words) == 1 and words[0][1] in _PROPER_TAGS
                                        and freq < _COMMON):
            return False
        if len(words) == 1 and len(item) > 3 and words[0][1] not in _FOREIGN_NAME_TAGS \
                and not (mate and self._one_word_company(item, words[0][1])):
            return False  # one word of four characters is a sector (外商投资, 交通运输), not a
            # foreign company's name jieba tags a name (阿斯利康 ns)
        (first, first_flag), (last, flag) = words[0], words[-1]
        # a short name opens with a proper word (中联|建起, 龙城|彩色包装, 斯|盛…): a word
        # jieba tags a name or does not know, or two single characters (not 资质|许可)
        if mate and (item.endswith(self._facility_heads)
                     or any(f in ("v", "vn") and len(w) > 1 for w, f in words[1:-1])):
            return False  # a park (大学科技园, 科技城) or a clause (依法约谈|携程)
        if not (mate or first_flag in _PROPER_TAGS or self.tokenizer.FREQ.get(first, 0) == 0
                or len(first) == 1 and len(words) > 1 and len(words[1][0]) == 1
                and first_flag not in _FUNCTION_TAGS):
            return False
        return flag != "q" and last not in self.generic and not item.endswith("企业") \
            and not (flag in ("v", "vn") and self.tokenizer.FREQ.get(last, 0) > _COMMON)

    def _one_word_company(self, item: str, flag: str) -> bool:
        """Whether ``item``, one word of jieba's, is a company's short name a list of
        companies may hold (恒瑞医药 nz, 山推股份 nz: rare proper words ending in a trade,
        lexicon.company_name_ends), not a sector (外商投资 j, 交通运输 j: common or no proper
        word) nor a proper word of another kind (京广铁路 nz: no trade; org37)."""
        return flag == "nz" and self.tokenizer.FREQ.get(item, 0) <= _RARE \
            and item.endswith(self._company_name_ends) \
            and len(item) - max(len(w) for w in self._company_name_ends if item.endswith(w)) >= 2

    def _opens_with_function_word(self, clean: str, start: int, end: int) -> bool:
        """Whether the first word of ``clean[start:end]`` is a function word or an adjective
        (好 of 建设好: the tags of _FUNCTION_TAGS), a word of class (大型 b: 加快推进|大型风电
        光伏|基地 of the news, a kind) or a single character of no name (且 zg)."""
        first = next(iter(tagged_words(self.tokenizer, self.tags, clean[start:end])), None)
        return first is not None and (first[1] in _FUNCTION_TAGS or first[1] == "b"
                                      or len(first[0]) == 1 and first[1] not in _PROPER_TAGS)

    @staticmethod
    def _after_number(clean: str, start: int, end: int) -> int:
        """``start`` moved past a list number (17.) or a law's article number (第十二条)."""
        if (num := _LIST_NUMBER.match(clean, start, end) or _ARTICLE_NUMBER.match(clean, start, end)
                ) is not None:
            return num.end()
        return start

    def _after_verbs(self, clean: str, start: int, end: int) -> int:
        """``start`` moved past a list number (17.) or a law's article number (第十二条) and
        the verbs of works that open a list (加快推进|…, 开工建设|…)."""
        start = self._after_number(clean, start, end)
        while (verb := self._works_verb_re.match(clean, start, end)) is not None:
            start = verb.end()
        # any other verb or adverb of two or more characters (提速|建设藻渡水库)
        verbs = start
        for word, flag in tagged_words(self.tokenizer, self.tags, clean[start:end]):
            if len(word) < 2 or flag not in _VERB_TAGS:
                break
            start += len(word)
        if start > verbs and clean.startswith("了", start, end):
            start += 1  # the verb's aspect particle (引进了|阿斯利康、博世等: org34, was ORG 了阿斯利康)
        return start

    def _without_phase(self, clean: str, s: int, e: int) -> int:
        """The end of an item without a phase (润泽智算中心|三期, 环北部湾广东水资源配置|一期:
        the development gold leaves a work's phase out 29 times in 30) or works written after
        its head (鑫亚舾装码头|提升; works only after a head: 产能空间提质增效 keeps its words)."""
        m = _PHASE.search(clean, s, e)
        if m is not None and m.end() == e and m.start() - s >= 2:
            return m.start()
        cut = next((e - len(w) for w in self.works_after if clean.endswith(w, s, e)), e)
        if cut < e and (road := next((w for w in _ROAD_CLASSES if clean.endswith(w, s, cut)),
                                     None)) and self._road_end(clean[s:cut - len(road)]):
            cut -= len(road)  # (C47h) 柳湾至青溪路|县乡道改造: the class of the road's works
        rest = clean[s:cut]
        if rest.endswith(self._facility_heads) or rest.endswith(self.org_heads) \
                or cut < e and self._road_end(rest):
            return cut
        return e

    def _road_end(self, name: str) -> bool:
        """(C47h) Whether a list item ends as a road's name (柳湾至青松公路, 青溪路, X102线):
        a road's word (:data:`_ROAD_WORDS`) after three characters or more, or 路/街
        after two characters that make no word of the dictionary (not 一带一|路, 思路,
        丝绸之|路)."""
        if len(name) < 3:
            return False
        if name.endswith(_ROAD_WORDS):
            return True
        return name.endswith(("路", "街")) and not name.endswith("之路") \
            and self.tokenizer.FREQ.get(name[-2:], 0) == 0

    def _counted_work(self, item: str) -> bool:
        """Whether an item of a list its count closes (…、南水北调西线6个工程) reads as a
        work's name: the count says each item is one work, so a name of common words is one
        (长征渠引水, 大桥灌区), but not a word of the dictionary alone, a generic word, a
        measure, a programme's name (…工程, …行动) or a word of a clause
        (:meth:`_clause_words`)."""
        return 2 <= len(item) <= _PROJECT_MAX and _PROJECT_CHARS.fullmatch(item) is not None \
            and item not in self.generic and self.tokenizer.FREQ.get(item, 0) <= _RARE \
            and not self._measure.search(item) and not item.endswith(self._kept_suffixes) \
            and not self._clause_words(item, _PARTICLE_TAGS | {"r"})

    def _project_name(self, item: str) -> bool:
        """Whether a list item reads as the name of one work: two to twenty characters of
        a name, not a common word alone (学校, 道路; a word of the dictionary that ends in
        a facility head is one: 重庆东站), no measure inside (8英寸; a power line's voltage
        that opens its name is part of it: 750千伏定靖西), holding a proper name
        (:meth:`_proper_words`; not 学术交流, 分类|减量|综合体)."""
        if not 2 <= len(item) <= _PROJECT_MAX or not _PROJECT_CHARS.fullmatch(item):
            return False
        voltage = _VOLTAGE.match(item)
        if voltage is not None:
            item = item[voltage.end():]  # the name after the voltage (定靖西; not 变电站)
        if item in self.generic or self._measure.search(item):
            return False
        if self.tokenizer.FREQ.get(item, 0) > _RARE:  # a word: only a facility's (重庆东站)
            return item.endswith(self._facility_heads) and len(item) > 3
        return not self._common_opening(item) \
            and not self._clause_words(item, _PARTICLE_TAGS | {"r"}) and self._proper_words(item)

    def _clause_words(self, name: str, tags: frozenset[str] = _PARTICLE_TAGS) -> bool:
        """Whether a facility's span holds a word of a clause, which no name holds: a
        particle (临河|的|桥梁) or a preposition other than those that join a line's ends or
        two works (在|河湖管理范围, 海关|凭|口岸; not 南宁|至|贵港一级航道, 松涛灌区续建配套|与|
        现代化改造: lexicon.joining_prepositions); in a list's item a pronoun too (本|条例…,
        各类|工程; the walk's names keep one: 皋兰|什|川古梨园系统)."""
        return any(flag in tags or flag == "p" and word not in self._joining
                   for word, flag in tagged_words(self.tokenizer, self.tags, name))

    def _common_opening(self, item: str) -> bool:
        """Whether a list item opens with a common word of the dictionary, which says what
        kind of work it is, not whose (生态|奶源基地, 海底|综合管廊: a name opens with its
        place or owner, 陕煤榆林化学, 润泽智算中心): a word of two characters or more, frequent
        (``_COMMON``), no place, not tagged a name, a verb or an adjective (a town's name is
        often a verb or slogan: 奋斗|马铃薯仓储物流基地 of 奋斗镇, 胜利油田; a science
        facility's an adjective: 先进阿秒激光)."""
        word, flag = tagged_words(self.tokenizer, self.tags, item)[0]
        return (len(word) >= 2 and self.tokenizer.FREQ.get(word, 0) >= _COMMON
                and flag not in _PROPER_TAGS and flag not in ("v", "a")
                and word not in self._places)

    def _proper_words(self, text: str, singles: bool = True) -> bool:
        """Whether ``text`` holds a proper name: a place or a company of the gazetteer, a word jieba
        tags as a name that is no common
        word (苏军; a single character so tagged, 北 of 北沿江; not 城市 or 城镇, which
        jieba tags places, nor lexicon.not_proper), a word the dictionary does not hold, or two single characters in a row that are no function
        words (临江, 洮, 润泽|智|算, 半|升|洞; not 学分|互|认)."""
        words = tagged_words(self.tokenizer, self.tags, text)
        freq = self.tokenizer.FREQ
        if any(w not in self.not_proper and (
                w in self._places or w in self._companies or freq.get(w, 0) == 0
                or flag in _PROPER_TAGS and (
                    len(w) == 1 or freq.get(w, 0) < _COMMON)) for w, flag in words):
            return True
        return singles and any(len(a) == len(b) == 1 and fa not in _FUNCTION_TAGS
                               and fb not in _FUNCTION_TAGS
                               for (a, fa), (b, fb) in zip(words, words[1:], strict=False))

    def _after_column_gap(self, view: TextView | None, cands: list[Candidate]
                          ) -> list[Candidate]:
        """(C45i) An organisation's name starts after the last column gap its raw text holds
        (two spaces or more, a tab or a full-width space: a roster's member and the body he
        comes from, ``陈  冈  区公安分局``, a name padded to width before the body): the
        clean view drops those spaces, and a walk from the head read the member's name into
        the body's (``陈冈区公安分局``). The part after the gap is the name where it holds
        two characters or more; a single space (a PDF's) is no column."""
        if view is None or not any(c.label == "ORG" for c in cands):
            return cands
        index, raw = view.index, view.raw
        out = []
        for c in cands:
            cut = None
            if c.label == "ORG":
                cut = next((i for i in range(c.end - 2, c.start, -1)
                            if index[i] - index[i - 1] > 2
                            and _COLUMN_GAP.fullmatch(raw, index[i - 1] + 1, index[i])
                            or index[i] - index[i - 1] == 2 and raw[index[i] - 1] in "\t\u3000"),
                           None)
            out.append(c if cut is None else self._cand(
                cut, c.end, c.label, view.clean[cut:c.end], c.rule, c.score, c.priority))
        return out

    def _after_persons(self, clean: str, cands: list[Candidate]) -> list[Candidate]:
        """A head walk does not take in a person (刘小涛代表省人民政府): a walk's name
        that overlaps a person starts after the person, if a level or a place starts
        it there (省人民政府), else it is dropped."""
        persons = sorted((c for c in cands if c.label == "PERSON"), key=lambda p: p.start)
        if not persons:
            return cands
        # a person overlaps a name when it starts before the name's end and less than the
        # longest person before its start: only those are looked at (bisect), not all
        starts = [p.start for p in persons]
        longest = max(p.end - p.start for p in persons)
        out = []
        for c in cands:
            if c.rule not in self._walks:
                out.append(c)
                continue
            near = persons[bisect_left(starts, c.start - longest + 1):bisect_left(starts, c.end)]
            cut = max((p.end for p in near if c.start < p.end), default=None)
            if cut is None:
                out.append(c)
            elif cut < c.end and self._starts_name(clean, cut, c.end):
                out.append(self._cand(cut, c.end, c.label, clean[cut:c.end], c.rule, c.score,
                                      c.priority))
        return out

    def _starts_name(self, clean: str, start: int, end: int) -> bool:
        rest = clean[start:end]
        return rest.startswith(self._levels) or any(rest.startswith(clean[start:start + n])
                                               and clean[start:start + n] in self._places
                                               for n in range(2, min(8, end - start) + 1))

    def _unknown_word(self, name: str) -> bool:
        """A person's name is no word of the dictionary other than a name (高新区, 高速
        are words; 张海斌 is not, 王海 is a name)."""
        # (C49p) a compound surname is a name's word (欧阳|晓明: the given name after it)
        for part in (name,) if name[:2] in self.compound_surnames else (name, name[:2]):
            tag = self.tags.get(part)
            if tag is not None and not tag.startswith("nr"):
                return False
        return name not in self.data.gazetteer

    def _joined_places(self, name: str) -> bool:
        """The part before a road head is short names of places (成达万, 千黄), not a word
        of the dictionary other than a place or an abbreviation (城际, 普通)."""
        head = max((h for h in (*self.fac_heads, *self._facility_heads, *self.section_after)
                    if name.endswith(h)),
                   key=len)  # the roads' and railways' words (城际 too: lexicon.section_after;
        # 通道, a crossing's, that only a proper name reads: 深珠|通道)
        prefix = _LINE_ORDINAL.sub("", name[:-len(head)])  # 兰张|三四线|铁路
        prefix = _BRACKETED_PLACE.sub("", prefix)  # 广珠|（澳）|高铁: a branch's place
        if len(prefix) < 2 or any(h in prefix for h in self.fac_heads):
            return False  # 萧山机场|高铁: a facility's own line, not places joined
        if prefix[0] in _CLAUSE_OPENERS:
            return False  # 是|深中通道: a clause's verb before the line's name
        if head == "通道" and (kind := _WAY_KIND.search(prefix)) is not None:
            places = prefix[:kind.start()]
            if kind.group() == "大" or len(places) < 2 or places in self._places:
                return False  # 西向|通道, 过江过海|通道, 三大|通道, 济南|跨黄|通道: a kind of
                # crossing, or a city's crossings (not 海太|过江|通道: the places it joins)
            prefix = places
        return self._short_places(prefix)

    def _place_end(self, end: str) -> bool:
        """Whether a road's end is a place: of the gazetteer, with 县, 区 or 市 left off
        where jieba holds no common word so written (周至 of 周至县; not 新建 of 新建区),
        or short names of places run together."""
        return end in self._places or self._short_places(end) or (
            self.tokenizer.FREQ.get(end, 0) < _PLACE_WORD
            and any(end + suffix in self._places for suffix in ("县", "区", "市")))

    def _short_places(self, prefix: str) -> bool:
        """Whether ``prefix`` reads as short names of places run together (千黄, 延榆)."""
        pieces = (prefix[i:i + 2] for i in range(len(prefix) - 1))
        # no common word inside (建设|杭温, 谋划|中线, 干线, 普通; jieba's tags are no help:
        # 加密 is tagged a place) unless a place, an abbreviation (杭州, 川渝) or a person's
        # name to jieba (金|白兰|武 of 金白兰武有色金属: 白兰 nr)
        return not any(self.tokenizer.FREQ.get(p, 0) > _RARE and p not in self._places
                       and self.tags.get(p) not in ("j", "nr") for p in pieces)

    def _one_phrase(self, clean: str, cand: Candidate, view: TextView | None,
                    stops: str) -> bool:
        """A place-led name is one phrase: no word that goes on with a sentence
        (``stops``, a lexicon list: outer_stop…, nor one of outer_stop across its end), no title (省长), no count (两大: rule 4), nothing wider
        than one line break of the
        raw text inside (a PDF breaks lines inside names, rule 10; a title line, a blank
        line and a delivery line are not one name)."""
        surface = clean[cand.start:cand.end]
        # a count inside a quoted name is that name's (rule 6: 温州新时代“两个健康”先行区, C29);
        # a stop that ends the name's opening place is the place's (阿克苏地区|人民医院: the
        # prefecture's 地区, orgb35)
        if _COUNT_INSIDE.search(_QUOTED_ITEM.sub("“”", surface)) or any(
                (stops != "programme_stop" or surface[m.end():] not in self._aimed_heads)
                and not (m.end() < len(surface) and self._opening_place(surface[:m.end()]))
                and not self._title_aim(surface, m.start(), m.group(), stops)
                and not (m.group() == "全面" and surface.startswith(self._whole_aims, m.end()))
                for m in self._phrase_breaks[stops].finditer(surface)):
            return False
        # nor one whose last characters start such a word (伦敦警方部|署, 整体局|势)
        if stops == "outer_stop" and any(
                m.start() < cand.end < m.end() for m in self._outer_stop_re.finditer(
                    clean, max(cand.start, cand.end - 3), cand.end + 3)):
            return False
        if view is None:
            return True
        index, raw = view.index, view.raw
        for i in range(cand.start + 1, cand.end):
            gap = raw[index[i - 1] + 1:index[i]]
            if gap and (gap not in ("\n", "\r\n") or _short_line(raw, index[i - 1])):
                return False
        return True

    def _opening_place(self, text: str) -> bool:
        """Whether ``text`` is one place's whole name (阿克苏地区, 和田地区: a prefecture the
        gazetteer or the place index knows)."""
        return text in self._places or bool(place_index().lookup(text))

    def _title_aim(self, surface: str, start: int, word: str, stops: str) -> bool:
        """A verb of initiative_stop inside a place's title after the thing it raises
        (lexicon.title_aims: 单产提升整建制示范县, C35y): no clause goes on there."""
        return (stops == "initiative_stop" and word in self._title_aims and start >= 2
                and surface[start - 1] not in self._function_chars
                and surface.endswith(self._place_titles))

    def _bylines(self, clean: str, rule: NameRule, view: TextView | None
                 ) -> Iterable[Candidate]:
        """A name set apart in a by-line (省长 刘捷⏎, 记者 朱江 摄): a space or a line break
        in the raw text before it (or a box mark, or a credit's colon: 编辑：甲) and after it
        (or the text's end, or a closing bracket: （记者 甲）); the shortest such name from the
        match's start (朱江, not 朱江摄), and a second one set apart right after it."""
        index = view.index if view is not None else None

        def spaced(i: int) -> bool:
            return (i == len(clean) or clean[i] == "\n" or index is not None
                    and 0 < i < len(index) and index[i] - index[i - 1] > 1)

        def closed(i: int) -> bool:  # (C49d) or a bracket closes a credit (（记者 甲）)
            return spaced(i) or clean[i] in "）)"
        for c in self._plain(clean, rule):
            if not (spaced(c.start) or clean[c.start - 1:c.start] in ("□", "■", ":", "：")):
                continue
            start, end = c.start, next((e for e in range(c.start + 2, c.end + 1) if closed(e)),
                                       None)
            # (C49t) a name spaced out one character a column (签发人：栗 俊 昌⏎) runs on
            # while each character is set apart, not to its first space (nor onto the
            # credit 摄 of a photograph: 记者 朱 江 摄)
            while end is not None and spaced(c.start + 1) and end < c.end and spaced(end + 1) \
                    and clean[end] != "摄":
                end += 1
            # (C49d) and a second name set apart after the first (记者：甲 乙⏎)
            while end is not None and self._unknown_word(clean[start:end]):
                yield self._cand(start, end, rule.label, clean[start:end], rule.id,
                                 rule.score, rule.priority)
                if end == len(clean) or clean[end] == "\n" or start != c.start \
                        or clean[end] not in self.surnames:
                    break
                start, end = end, next((e for e in range(end + 2, min(end + 4, len(clean)) + 1)
                                        if spaced(e)), None)

    def _same_person(self, clean: str, cands: list[Candidate]) -> list[Candidate]:
        """A person named once beside a title or in a by-line is the same person where
        the name is written again (省长 刘小涛 ... 省长刘小涛代表省人民政府), where it is a
        whole word there."""
        names = {clean[c.start:c.end] for c in cands if c.label == "PERSON"}
        if not names:
            return []
        return [Candidate(start=m.start(), end=m.end(), label="PERSON", norm=m.group(),
                          rule="names.person_again", score=0.7, priority=-1)
                for m in re.finditer(alternation(names), clean)
                if on_word_boundaries(self.tokenizer, clean, m.start(), m.end())]

    def _distributed(self, clean: str, cand: Candidate) -> bool:
        """A bare organ of a level (区政府, 管委会) after 各 or in a list that 各 opens
        (各区、县（市）政府、管委会) is a class of bodies, not one (rule 9)."""
        if cand.label != "ORG":
            return False
        if self._every_level.search(clean, max(0, cand.start - 8), cand.start):
            return True  # 各县|财政局, 各区|县政府, 各|区县发展改革委: every level's organ
        if clean[cand.start:cand.start + 1] in self._level_chars \
                and clean[max(0, cand.start - 2):cand.start] in self._level_runs:
            return True  # 省区|市政府, 省区|市纪委: a run of levels before it, every
            # province's, region's and city's (rule 9; held-out news, org35)
        m = self._level_list.search(clean, max(0, cand.start - 9), cand.start)
        if m is not None and (m.group("level") or clean[cand.start] in "县区镇乡旗"):
            return True  # 市、|县人民政府, 区、县|人民代表大会常务委员会: two levels', a class
            # (县、市、|旗公安局 of a law: every county's, city's and banner's, org35)
        if self._bare_levels_before(clean, cand):
            return True  # 依托|市、|区两级人才服务中心, 建设|省、|市县托育综合服务中心
        if cand.end - cand.start > 5:
            return False
        surface = clean[cand.start:cand.end]
        if not (surface[0] in self._level_chars or surface == "管委会"):
            return False
        if self._class_scope.search(clean, max(0, cand.start - 8), cand.start):
            return True  # 区属功能区|管委会: the committees of the district's zones
        m = self._list_before.search(clean, max(0, cand.start - 30), cand.start)
        # 各设区市人民政府、省政府|直属各单位: a listed organ whose units they are is one
        # (not 各|区政府各部门: 各 right before it)
        return m is not None and not (m.end() - m.start() > 2 and clean[cand.start - 1] == "、"
                                      and self._owns_class.match(clean, cand.end)) \
            and not self._clause_in_list(clean[m.start():m.end()])

    def _clause_in_list(self, run: str) -> bool:
        """(C45g) Whether the run from a distributive word to the 、 before a bare organ holds
        a verb, an adverb or a preposition: the word's own class ended before a clause that
        goes on (有关部门|要严格按照|县委、县政府的安排部署: the clause names the county's two
        bodies, rule 6), not a list of levels it spreads over (各区、县政府; 有关区县人民政府)."""
        return "、" in run and any(tag in _VERB_TAGS or tag in ("p", "z") for _, tag in
                                  tagged_words(self.tokenizer, self.tags, run))

    def _bare_levels_before(self, clean: str, cand: Candidate) -> bool:
        """Whether bare levels listed after a clause's word stand right before the body
        (lexicon.bare_level_list: 依托|市、|区两级…中心, 或者|乡、|镇卫生院): a common word of
        two characters before the first level (counted at least :data:`_COMMON_NAME` times:
        not a place's stem, 东极|镇、|区资源规划分局), the first level a word of its own (not a
        place's last character, 临安区、|桐庐县政府) and the body opening with a lower level
        (not 省、|市县托育综合服务中心, one body in the train gold, d43), a class (rule 9)."""
        if clean[cand.start] not in "县区镇乡":
            return False  # the body opens with no lower level: no search needed
        m = self._bare_level_list.search(clean, max(0, cand.start - 9), cand.start)
        if m is None:
            return False
        word = clean[max(0, m.start() - 2):m.start()]
        return self.tokenizer.FREQ.get(word, 0) >= _COMMON_NAME \
            and on_word_boundaries(self.tokenizer, clean, m.start(), m.start() + 1)

    def _cuts_word(self, clean: str, cand: Candidate) -> bool:
        """A company of the gazetteer that is no word of the text (唯|美的|夜景), a news
        agency whose last character starts a common word (新华|社区|居委会: a community); a
        two-character place of the gazetteer that cuts a word is no name there: 丽江 in
        美丽江苏, 中山 in 榆中山洪, 钱塘 in 钱塘江 (the divisions are words of the tokenizer,
        so a place that stands alone is cut as one); and any two-character place whose
        first character makes a common word with the one before it (其中|非化石: no 中非;
        其中|国有企业: no 中国), which jieba, holding the place as a word, misreads, unless
        that character ends a word of its own (推介|绍兴 stays). Nor a place before 们 (来宾们:
        guests), nor a country's full name in 国 whose 国 starts a word after it (以色列国|防军:
        the short name 以色列 is the place), nor a province's short name that starts a lake's
        or a river's name the tokenizer holds as a word (青海|湖)."""
        if cand.rule == "names.gazetteer.media" and self.tokenizer.FREQ.get(
                clean[cand.end - 1:cand.end + 1], 0) >= _WORD_AFTER_PLACE:
            return True  # 新华社|区: its last character starts a word (社区), no agency
        if cand.rule == "names.gazetteer.company":
            return not on_word_boundaries(self.tokenizer, clean, cand.start, cand.end)
        if cand.label != "GPE" or not cand.rule.startswith(("names.gazetteer.",
                                                            "names.place_suffix")):
            return False
        if cand.rule == "names.gazetteer.city" \
                and clean[cand.start:cand.end] in _own_cities(clean[:cand.start]):
            return False  # 美国|纽约, 英国|伦敦: jieba's one word, a city after its country
        if self._word_across_start(clean, cand):
            return True
        if clean.endswith(("省", "市", "县"), cand.start, cand.end) \
                and clean.startswith(("级", "属"), cand.end) \
                and not clean.startswith("级别", cand.end):
            return True  # 安徽|省级, 四川|省属 (not 江苏省|级别): a level's word, the place short
        if clean.startswith("们", cand.end):
            return True  # a plural of people (来宾|们: guests), never a place
        if cand.end - cand.start > 2 and clean.endswith("国", cand.start, cand.end) \
                and clean[cand.start:cand.end - 1] in self._places \
                and self.tokenizer.FREQ.get(clean[cand.end - 1:cand.end + 1], 0) \
                >= _WORD_AFTER_PLACE:
            return True  # 以色列国|防军, 日本国|会: the 国 starts a word, the short name stays
        if cand.rule == "names.place_suffix":
            return False  # a place by its suffix inside a word before it (有关|中医药, 机关|中)
        if cand.end - cand.start != 2:
            return False
        freq = self.tokenizer.FREQ
        # a province's short name that starts a lake's or a river's name, one word of the
        # tokenizer and no place (青海|湖: the lake 青海湖; rule 20; qa34, held-out news)
        water = clean[cand.start:cand.end + 1]
        if cand.rule == "names.gazetteer.province" and water[-1:] in _WATER_HEADS \
                and freq.get(water, 0) >= _WORD_ACROSS_PLACE and water not in self._places:
            return True
        before = clean[cand.start - 1:cand.start + 1] if cand.start else ""
        # not where the character before ends a word of its own (推介|绍兴, not 介绍) or
        # is one that stands before a noun (今日之|中国, 这一|中国: 之中, 一中 are words too)
        if len(before) == 2 and before not in self._places and before[0] not in "之一的" \
                and freq.get(before, 0) >= _WORD_BEFORE_PLACE \
                and (cand.start < 2 or freq.get(clean[cand.start - 2:cand.start], 0) == 0):
            return True
        # a place whose last character is a localizer after a common word that ends in its
        # first character (平台|中, 广播电视台|中, 出台|中小企业: no 台中): the word and "in";
        # not a word that starts inside a place before (山|西晋|中: 山西 and 晋中) or whose
        # first character closes a word before it (办|好汉|中: 办好 and 汉中)
        if clean[cand.end - 1] in _LOCALIZERS and any(
                freq.get(clean[i:cand.start + 1], 0) >= _WORD_AFTER_PLACE
                and clean[i:cand.start + 1] not in self._places
                and not any(s <= i < e for s, e in self._place_spans(clean))  # 山西|晋中
                and not (i and freq.get(clean[i - 1:i + 1], 0))  # 办好|汉中: not 好汉
                for i in range(max(0, cand.start - 3), cand.start)):
            return True
        # the same after it: the place's last character and the one after it a common word
        # (一中心四|平台|一网格: no 四平; 航行中|卫生情况: no 中卫), unless that character
        # starts a word of its own, one more than rare (西安|全面, not 安全; 生情 is counted
        # 3 times) or is a function character (汉中|等, not 中等) or the clause's verb
        # (英国|有约…, 福建|有近…: lexicon.place_verbs_after; not 国有, 建有)
        after = clean[cand.end - 1:cand.end + 1]
        if len(after) == 2 and after not in self._places and after[1] not in self._function_chars \
                and after[1] not in self._place_verbs_after \
                and freq.get(after, 0) >= _WORD_AFTER_PLACE \
                and freq.get(clean[cand.end:cand.end + 2], 0) <= _RARE:
            return True
        return cand.rule in self._data_places \
            and not on_word_boundaries(self.tokenizer, clean, cand.start, cand.end)

    def _word_across_start(self, clean: str, cand: Candidate) -> bool:
        """Whether a word runs into the place from before it, so that the place is the end
        of another name or word (rule 20; issue 10, on text the rules were not written on):
        a province inside a word of the tokenizer that starts before it (巴丹|吉林 of the
        desert 巴丹吉林), a full name of a county whose first characters end a word or a
        name of the dictionary (滨|海城市 of 滨海城市带, 罗|浮山县 of 罗浮山). Not a word
        of the places (a longer place is read by its own entry) nor one of a single
        character before (中国 of 在中国, 省|内蒙古), nor a word whose start ends a place written
        right before that holds this one (湖南省|长沙市, 昭通市|镇雄县: 省长 and 市镇 are the
        tokenizer's, the places a chain, each a GPE as the development gold labels 河北省|承德市)."""
        if cand.start == 0:
            return False
        if cand.rule not in self._data_places:
            return self._inside_word(clean, cand)
        if cand.end - cand.start < 3:
            return False
        freq = self.tokenizer.FREQ
        return any(freq.get(clean[i:j], 0) >= _WORD_ACROSS_PLACE
                   and clean[i:j] not in self._places
                   and not (i and freq.get(clean[i - 1:i + 1]))
                   for i in range(max(0, cand.start - 2), cand.start)
                   for j in range(cand.start + 1, cand.end)) \
            and not self._held_by_place_before(clean, cand)

    def _held_by_place_before(self, clean: str, cand: Candidate) -> bool:
        """Whether a place of the gazetteer that holds ``cand``'s division ends right where
        ``cand`` starts: a chain of divisions, each a GPE (湖南省|长沙市, 昭通市|镇雄县)."""
        return any(self._chain(clean, span, (cand.start, cand.end))
                   for span in self._places_at(clean)[1].get(cand.start, ()))

    def _holds_place_after(self, clean: str, start: int, end: int) -> bool:
        """Whether a division that the place ``clean[start:end]`` holds is written right after
        it (北京市|海淀区, 昭通市|镇雄县): the outer place of a chain, a GPE of its own; not one
        that is part of a name itself (浙江|宁波至金华铁路: places.inside_name). The inner
        division may be written by a short name the gazetteer does not find alone (云浮|罗定,
        罗定市: a county's short name links but is not recognised, places.place_index),
        ending on a word boundary."""
        spans = list(self._places_at(clean)[0].get(end, ()))
        spans += [(end, end + k) for k in (2, 3) if end + k <= len(clean)
                  and on_word_boundaries(self.tokenizer, clean, end + k, end + k)]
        return any(self._chain(clean, (start, end), (s, e)) and not inside_name(clean, s, e)
                   for s, e in spans)

    def _after_holding_place(self, clean: str, start: int, end: int) -> bool:
        """Whether the place ``clean[start:end]`` is written right after one that holds it,
        with no name's word after it (:meth:`place_reading` asks only then): a city after
        its own country, or after the country and 首都 or one of its states (哈萨克斯坦|阿斯塔纳,
        美国首都|华盛顿, 美国伊利诺伊州|芝加哥: places.country_cities), or a division after a division of the data it lies in
        (雅安市|石棉县, 湖北|黄石): the inner place of a chain, a GPE of its own as the outer
        one is (:meth:`_holds_place_after`); not one that is part of a name itself
        (places.inside_name), nor a city after 中国 (the home country's places open names),
        nor one a lake's or river's head follows as a word of its own (内蒙古乌海|湖:
        lexicon.water_heads; the gate reads it)."""
        if inside_name(clean, start, end) or self._opens_water(clean, end):
            return False
        before = clean[max(0, start - 12):start]
        before = before[:role.start()] if (role := _CITY_ROLE.search(before)) else before
        if clean[start:end] in _own_cities(before[-5:]):
            return True
        if self._foreign_rule is not None:
            # the country, its state and the city (美国伊利诺伊州|芝加哥: names.foreign_division)
            for k in range(max(0, start - 9), start - 2):
                m = self._foreign_rule.pattern.match(clean, k)
                if m is not None and m.end("name") == start \
                        and _foreign_division_name(clean, k, start) \
                        and clean[start:end] in _own_cities(clean[max(0, k - 5):k]):
                    return True
        return any(clean[s:e] not in self._home_country
                   and self._chain(clean, (s, e), (start, end))
                   for s, e in self._places_at(clean)[1].get(start, ()))

    def _opens_water(self, clean: str, end: int) -> bool:
        """Whether a lake's or river's head (lexicon.water_heads) follows ``end`` as a word
        of its own (乌海|湖|，), not the first character of a longer word (南宁|江南区)."""
        return clean[end:end + 1] in self._water_heads \
            and on_word_boundaries(self.tokenizer, clean, end, end + 1)

    @staticmethod
    def _chain(clean: str, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
        """Whether the division written at ``inner`` lies inside one written at ``outer``."""
        index = place_index()
        return any(p != o and p.within(o) for o in index.lookup(clean[outer[0]:outer[1]])
                   for p in index.lookup(clean[inner[0]:inner[1]]))

    def _inside_word(self, clean: str, cand: Candidate) -> bool:
        """A place whose word of the tokenizer starts before it and goes on after it
        (巴丹吉林沙漠, 沿海地区: no 海地), or whose word's start before it is one character
        (中|南海) or no common word of its own (巴丹|吉林 of the desert); not a compound of a common word and
        the place (符合中国 is one word for jieba) nor a longer place."""
        lo = max(0, cand.start - 4)  # < cand.start: _word_across_start asks from 1 on
        bounds = word_boundary_mask(self.tokenizer, clean[lo:cand.end + 4])  # remembered
        if bounds >> (cand.start - lo) & 1:
            return False
        # the last boundary before the place (0, the window's start, is always one)
        first = (bounds & ((1 << (cand.start - lo)) - 1)).bit_length() - 1 + lo
        if clean[first:cand.end] in self._places:
            return False
        return not bounds >> (cand.end - lo) & 1 or cand.start - first == 1 \
            or self.tokenizer.FREQ.get(clean[first:cand.start], 0) < _COMMON_WORD

    def _in_doctrine(self, clean: str, cand: Candidate) -> bool:
        """A place inside a doctrine's name (中国 in 中国特色社会主义, 中国式现代化) is no
        GPE (ANNOTATION.md rule 11: doctrines are not labelled; a person inside one is),
        nor one written where its characters are a plain word (lexicon.places_as_words:
        白银 among metals, 周年大庆); 中国特色 is one wherever it opens a phrase
        (中国特色金融发展之路, 中国特色服务贸易: gold/dev/NOTES.md C14)."""
        if cand.label != "GPE":
            return False
        # a pattern is scanned only where the window holds a string every match holds
        # (3,500 places on the corpus, each window scanned twice: 60 -> 10 ms)
        lo, hi = max(0, cand.start - 12), cand.end + 12
        return any(m.start() <= cand.start and cand.end <= m.end()
                   for pattern, needs in self._plain_word_res
                   if needs is None or any(clean.find(w, lo, hi) >= 0 for w in needs)
                   for m in pattern.finditer(clean, lo, hi))

    def _no_org(self, clean: str, cand: Candidate) -> bool:
        """An ORG of a pattern rule that is a generic word (rule 9), ends in a word that
        is no organ (战略布局, 部署) or ends in a head the text runs on into a word of no
        organ (宜宾区域性服务业中心|城市: lexicon.org_runs_on)."""
        if cand.label != "ORG" or cand.rule.startswith("names.gazetteer") \
                or cand.rule in self._referring:
            return False
        surface = clean[cand.start:cand.end]
        return surface in self.generic or surface.endswith(self.non_org_endings) \
            or self._scoped_kind(surface) \
            or surface.endswith(self._org_run_heads) and any(
                surface.endswith(head) and clean.startswith(rest, cand.end)
                for head, rest in self._org_runs_on)

    def _scoped_kind(self, surface: str) -> bool:
        """Whether ``surface`` is a kind of body (lexicon.kind_bodies: 专科医院, 福利院, 公交
        公司, which jieba holds as names) or a generic word of rule 9 after words that only
        scope it (lexicon.kind_scopes: 全国性|商业银行, 中小企业|银行, 中医|专科医院, 托育|综合|
        服务中心): a kind, no name (rule 9); not where a place or a level opens it (市县托育
        综合服务中心, 常德市中医医院)."""
        if surface[:1] not in self._kind_scope_firsts:
            return surface in self._kind_bodies  # no scope opens it: rest is the surface
        rest = surface
        by_first = self._kind_scopes_by_first
        while (scope := next((w for w in by_first.get(rest[:1], ())
                              if rest.startswith(w) and len(rest) > len(w)), None)):
            rest = rest[len(scope):]
        return rest in self._kind_bodies or rest != surface and rest in self.generic

    def _broken(self, clean: str, end: int) -> bool:
        """Whether a name ending at ``end`` would cut a head breaker (民政部|门)."""
        return clean[end - 1:end] in self._breaker_starts and any(
            clean.startswith(w, end - 1) for w in self.head_breakers)

    def _tagged(self, clean: str, view: TextView | None = None) -> _Text:
        """The text with the part-of-speech tokens (and their offsets) of the blocks that
        hold a trigger word; blocks are kept apart by a separator token that no rule walks
        over."""
        toks: list[tuple[str, str]] = []
        offsets: list[int] = []
        blocks: list[tuple[int, _Block]] = []
        if self._trigger_re is not None:
            for start, end in _blocks_around(self._trigger_re, clean):
                block = self._tagged_block(clean[start:end])
                toks += block.words
                toks.append(_SEPARATOR)
                # each word's start, and the block's end for the separator
                offsets += accumulate(block.lengths, initial=start)
                blocks.append((start, block))
        return _Text(clean, view, toks, offsets, blocks)

    def _tagged_block(self, block: str) -> _Block:
        """The tagged words of one block, heads joined (memoised: about half the blocks of
        a report repeat one seen before, 省政府, 市发展改革委, 责任单位; the words of a block
        depend on the block alone)."""
        return _remembered(self._block_memo, block, lambda b: _Block.of(b, self._join_heads(
            tagged_words(self.tokenizer, self.tags, b))))

    def _join_heads(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Tokens that together spell a head of two or more characters are one word:
        the tagger cuts heads it does not know (综|保|区, 经|开|区, 航站|楼), so the head
        walk would not see them (衢州综保区, 天水经开区)."""
        out: list[tuple[str, str]] = []
        i = 0
        first = self._multi_head_starts
        while i < len(words):
            if words[i][0] in ("自治", "合作") and i + 1 < len(words) \
                    and words[i + 1][0].startswith("区"):
                # 自治|区政府: one level; 合作|区: a cooperation zone, no 区 as a level
                # (合作|区发展银行 names no bank)
                out.append((words[i][0] + words[i + 1][0], words[i + 1][1]))
                i += 2
                continue
            if words[i][0][:1] not in first:
                out.append(words[i])
                i += 1
                continue
            for n in (4, 3, 2):
                if i + n <= len(words):
                    joined = "".join(w for w, _ in words[i:i + n])
                    if joined in self._multi_heads:
                        out.append((joined, "n"))
                        i += n
                        break
            else:
                out.append(words[i])
                i += 1
        return out

    # -- rule kinds ----------------------------------------------------------

    def _norm(self, surface: str) -> str:
        return _remembered(self._norm_memo, surface, self._canonical_of)

    def _canonical_of(self, surface: str) -> str:
        flat = canonical(surface)
        entry = self.data.gazetteer.get(flat)
        return entry.canonical if entry else flat

    def _cand(self, start: int, end: int, label: str, surface: str, rule: str,
              score: float, priority: int = 0) -> Candidate:
        return Candidate(start=start, end=end, label=label, norm=self._norm(surface),
                         rule=rule, score=score, priority=priority)

    def _gazetteer(self, clean: str) -> Iterable[Candidate]:
        # every entry at a place, not only the longest: where the longest cuts a word
        # (西安区|域, 北京市|场) the shorter one (西安, 北京) is the name
        for start, end in self._gaz_all(clean):
            if clean.startswith(self._gazetteer_word_cuts, start):
                continue  # 人行|天桥, 人行|道: a word the entry opens (lexicon.gazetteer_word_cuts)
            entry = self.data.gazetteer[clean[start:end]]
            norm = entry.canonical
            if entry.label == "ORG" and clean.endswith("委", start, end) \
                    and clean.startswith("员会", end):
                # (org43) a commission's short name written out in full (国家卫生健康委|员会):
                # the whole name, not the short one jieba's word cuts it to
                end += 2
                norm = clean[start:end]
            yield Candidate(start=start, end=end, label=entry.label,
                            norm=norm, rule=f"names.gazetteer.{entry.kind or 'entry'}",
                            score=0.95, priority=1)

    def _straddles_place(self, clean: str, start: int, end: int) -> bool:
        """Whether a GPE candidate ``clean[start:end]`` starts inside a place of the gazetteer
        written before it and runs on past that place's end, inside a word (上海|城市更新 holds
        海城市, a county of Liaoning; 嘉兴|城市 兴城市; 内|蒙古西部 a part of Mongolia): the place
        before it is the name, the candidate a chance run of its last characters and what
        follows (the longer one won the overlap). Not where a word starts at the candidate
        (辽宁海城市: no overlap either)."""
        entries, starts, longest = self._entry_starts(clean)
        # the entries that start less than the longest's length before the candidate
        return any(start < entries[k][1] < end
                   for k in range(bisect_left(starts, start - longest + 1),
                                  bisect_left(starts, start))) \
            and not on_word_boundaries(self.tokenizer, clean, start, start)

    def _entry_starts(self, clean: str) -> tuple[tuple[tuple[int, int], ...], list[int], int]:
        """The gazetteer entries of ``clean`` in the order of their starts, their starts and
        the most characters one has, remembered for the text last asked about: the entries a
        position is strictly inside are found by two bisections (S47k: not a table of every
        position inside an entry, built per text; the same answers)."""
        memo = self._entry_memo  # read once (a thread that finds another text's makes its own)
        if memo[0] is not clean:
            entries = tuple(sorted(self._gaz_all(clean)))
            memo = self._entry_memo = (clean, entries, [s for s, _ in entries],
                                       max((e - s for s, e in entries), default=0))
        return memo[1], memo[2], memo[3]

    def _matches(self, clean: str, rule: NameRule, overlapped: bool = False
                 ) -> Iterator[regex.Match[str]]:
        """The pattern's matches, tried only where the rule says a match can be (a
        pattern that starts with the 4,000 places is slow to try at every position)."""
        assert rule.pattern is not None
        if rule.starts == "place":
            raise AssertionError("a place-led rule is matched by _place_led")
        elif rule.reach is not None:
            yield from _needed_matches(rule.pattern, clean, rule.needs, rule.reach, rule.behind,
                                       stops=rule.behind_stops, lead=rule.lead)
        elif rule.near is not None:
            for lo, hi in self._near_windows(clean, rule):
                yield from self._scan(rule, clean, lo, hi, overlapped)
        else:
            yield from self._scan(rule, clean, 0, len(clean), overlapped)

    def _near_windows(self, clean: str, rule: NameRule) -> list[tuple[int, int]]:
        """``(lo, hi)`` of each window a ``near`` rule is tried in: from ``_NEAR_BEFORE``
        characters before each match of its near pattern to ``_NEAR_AFTER`` after it,
        windows that touch joined, in order."""
        windows: list[list[int]] = []
        for w_start, w_end in self._near_spans(clean, rule):
            lo, hi = max(0, w_start - _NEAR_BEFORE), w_end + _NEAR_AFTER
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        return [(lo, min(hi, len(clean))) for lo, hi in windows]

    def _scan(self, rule: NameRule, clean: str, lo: int, hi: int, overlapped: bool
              ) -> Iterator[regex.Match[str] | re.Match[str]]:
        """The pattern's matches in ``clean[lo:hi]``: where every match starts with a place
        (rule.at_places), those found by trying it where a place starts only."""
        assert rule.pattern is not None
        if (behind := _behind_gate(rule.pattern.pattern)) is not None:
            lo = _first_behind(behind, clean, lo, hi)
            if lo >= hi:
                return iter(())
        if rule.at_places and not overlapped:
            return self._at_places(rule.pattern, clean, lo, hi)
        if rule.lead is not None and not overlapped:
            return _led_matches(rule.pattern, rule.lead, clean, lo, hi)
        return _finditer(rule.pattern, clean, lo, hi, overlapped)

    def _at_places(self, pattern: regex.Pattern[str] | re.Pattern[str], clean: str, lo: int,
                   hi: int) -> Iterator[regex.Match[str] | re.Match[str]]:
        """``pattern.finditer(clean, lo, hi)`` for a pattern whose matches start with a
        place: the gazetteer scan found every place (_place_spans), so the leftmost match
        from a position is the first one found at the places after it; each try goes on
        from the last match's end as the scan does (names.shared_zone's 4,000 places tried
        at every position of its windows: 26 -> 8 ms on the corpus, loaded)."""
        starts = self._place_starts(clean)
        pos = lo
        for k in range(bisect_left(starts, lo), len(starts)):
            s = starts[k]
            if s >= hi:
                break
            if s < pos:
                continue
            if (m := pattern.match(clean, s, hi)) is not None:
                yield m
                pos = m.end()

    def _place_starts(self, clean: str) -> list[int]:
        """Where a place starts in ``clean``, in order, each position once."""
        if self._starts_memo[0] is not clean:
            self._starts_memo = (clean, sorted({s for s, _ in self._place_spans(clean)}))
        return self._starts_memo[1]

    def _near_spans(self, clean: str, rule: NameRule) -> list[tuple[int, int]]:
        """The spans of ``rule.near.finditer(clean)``, remembered for the text last asked
        about (rules that share a near pattern scan it once), found by a search for its
        words where it matches literal words only (the words' search skips at C speed to
        where one starts, and the near pattern is matched there for the word it prefers;
        its own scan tries its trie at every position: names.conferred_place_designation's
        53 words 19 -> 6 ms on the corpus)."""
        assert rule.near is not None
        if self._near_memo[0] is not clean:
            self._near_memo = (clean, {})
        memo = self._near_memo[1]
        key = rule.near.pattern
        if key not in memo:
            if key in self._near_keys:
                starts: Iterable[int] = self._near_starts(clean).get(key, ())
                if (one := self._near_chars.get(key)) is not None:  # and its characters (S50d)
                    starts = sorted({*starts, *_char_starts(clean, one)})
                memo[key] = _spans_from(starts, rule.near, clean, rule.near_exact)
            elif rule.near_words is not None:
                memo[key] = _word_spans(rule.near_words, rule.near, clean, rule.near_exact)
            elif rule.near_reach is not None:
                memo[key] = [m.span() for m in _needed_matches(rule.near, clean,
                                                                *rule.near_reach, None)]
            else:
                memo[key] = [m.span() for m in rule.near.finditer(clean)]
        return memo[key]

    def _near_starts(self, clean: str) -> dict[str, list[int]]:
        """Where a word of each near pattern of ``_near_keys`` starts in ``clean``, in order:
        one look-up scan for the words of all of them (:meth:`_anchors`), not one search of
        the text for each pattern's words (43 patterns; on the corpus 101 -> 68 ms)."""
        return self._anchors(clean)[1]

    def _anchors(self, clean: str) -> tuple[tuple[tuple[int, int], ...], dict[str, list[int]]]:
        """Every gazetteer entry written in ``clean`` (every one at a position, longest
        first) and where a word of each near pattern starts, from one look-up scan of the
        words of both and of the gates' strings (rules.WordSpans, every word at each
        position), remembered for the text last asked about with the gates' strings the
        text holds (:meth:`_held_gates`)."""
        memo = self._anchor_scan(clean)
        return memo[1], memo[2]

    def _anchor_scan(self, clean: str) -> tuple[str | None, tuple[tuple[int, int], ...],
                                                dict[str, list[int]], frozenset[str]]:
        """What :meth:`_anchors` reads, with the gates' strings ``clean`` holds: the memo
        read once (a thread that finds another text's memo makes its own, as _windows)."""
        memo = self._anchor_memo
        if memo[0] is not clean:
            gaz, owners, gates = self.data.gazetteer, self._near_owners, self._gate_words
            entries: list[tuple[int, int]] = []
            starts: dict[str, list[int]] = {}
            held: set[str] = set()
            for i, j in self._anchor_spans(clean, every=True):
                word = clean[i:j]
                if word in gaz:
                    entries.append((i, j))
                if word in gates:
                    held.add(word)
                for key in owners.get(word, ()):
                    found = starts.setdefault(key, [])
                    if not found or found[-1] != i:
                        found.append(i)
            memo = self._anchor_memo = (clean, tuple(entries), starts, frozenset(held))
        return memo

    def _held_gates(self, clean: str) -> frozenset[str]:
        """The strings of the rules' gates (NameRule.gate) that ``clean`` holds: a rule
        whose gate holds none of them finds nothing there and is not run (on the corpus 3
        in 4 of the rules find no candidate in a report; names.border_zone, tried after
        each of its thousands of places, 19 ms of them)."""
        return self._anchor_scan(clean)[3]

    def _place_spans(self, clean: str) -> tuple[tuple[int, int], ...]:
        """Where the places (and zones) of the gazetteer are written in ``clean``, every one
        at a position, longest first (remembered for the text last asked about)."""
        if self._place_memo[0] is not clean:
            self._place_memo = (clean, tuple(
                (s, e) for s, e in self._gaz_all(clean) if clean[s:e] in self._name_starts))
        return self._place_memo[1]

    def _places_at(self, clean: str) -> tuple[dict[int, list[tuple[int, int]]],
                                              dict[int, list[tuple[int, int]]]]:
        """:meth:`_place_spans` by where each starts and by where each ends, in their order
        (remembered for the text last asked about): the places before and after a place
        looked up, not found by a walk over every place of the text for each (speed33)."""
        if self._places_at_memo[0] is not clean:
            by_start: dict[int, list[tuple[int, int]]] = {}
            by_end: dict[int, list[tuple[int, int]]] = {}
            for span in self._place_spans(clean):
                by_start.setdefault(span[0], []).append(span)
                by_end.setdefault(span[1], []).append(span)
            self._places_at_memo = (clean, by_start, by_end)
        return self._places_at_memo[1], self._places_at_memo[2]

    def _gaz_all(self, clean: str) -> tuple[tuple[int, int], ...]:
        """Every gazetteer entry written in ``clean``, every one at a position, longest
        first (one scan for the gazetteer rule and the place-led rules: :meth:`_anchors`)."""
        return self._anchors(clean)[0]

    def _place_led(self, clean: str, rule: NameRule) -> Iterable[Candidate]:
        """A rule with ``starts: place``: its pattern is the rest of the name, matched
        right after a place (九江|港); the name runs from the place's start."""
        assert rule.pattern is not None
        counties = frozenset(self._county_spans(clean)) if rule.label in _COUNTY_LED \
            else frozenset()
        for start, end in self._places_before(clean, rule):
            if (m := _after_place(rule, clean, start, end)) is not None \
                    and not ((start, end) in counties and self._runs_over_facility(
                        clean[end:m.end()])) \
                    and not (rule.label == "INITIATIVE" and (start, end) in counties
                             and "“" not in clean[end:m.end()]):
                yield self._cand(start, m.end(), rule.label, clean[start:m.end()], rule.id,
                                 rule.score, rule.priority)

    def _county_spans(self, clean: str) -> tuple[tuple[int, int], ...]:
        """Where a county's own short name is written in ``clean`` as a word of its own
        (宾川|职业技术学院, not 广|东明|确): an organisation's name may start there as at a
        place (org32; remembered for the text last asked about)."""
        if self._county_memo[0] is not clean:
            # at each position the longest name of four characters or fewer that is a
            # word of its own (every name there, longest first)
            found: list[tuple[int, int]] = []
            last = -1
            for i, j in self._county_words(clean, every=True):
                if i != last and j - i <= 4 and on_word_boundaries(self.tokenizer, clean, i, j):
                    found.append((i, j))
                    last = i
            self._county_memo = (clean, tuple(found))
        return self._county_memo[1]

    def _runs_over_facility(self, rest: str) -> bool:
        """Whether a facility's head ends inside ``rest`` (the words after a county's short
        name up to an organisation's head): the county opens the facility's name, not the
        organisation's (崖州|湾科技城创建国家级高新区; not 宾川|职业技术学院: org32)."""
        return any(0 < rest.find(h) < len(rest) - len(h) for h in self._facility_heads)

    def _places_before(self, clean: str, rule: NameRule) -> Sequence[tuple[int, int]]:
        """The places a place-led rule's match can follow: those followed by a character
        its pattern can start with (rule.first), all where that is not known."""
        spans = self._place_spans(clean)
        if rule.label in _COUNTY_LED:
            spans = self._county_spans(clean) + spans
        if rule.first is None:
            return spans
        first = rule.first
        return [(s, e) for s, e in spans if clean[e:e + 1] in first]

    def _plain(self, clean: str, rule: NameRule) -> Iterable[Candidate]:
        assert rule.pattern is not None
        if rule.starts == "place":
            yield from self._place_led(clean, rule)
            return
        for m in self._matches(clean, rule):
            start, end = m.span("name") if "name" in rule.pattern.groupindex else m.span()
            if start < 0 or start == end:
                continue
            yield self._cand(start, end, rule.label, clean[start:end], rule.id, rule.score,
                             rule.priority)

    def _list_items(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """Each item of the list the pattern's ``name`` group matches, split at 、, one
        span each (ANNOTATION rule 6: parallel bodies are separate spans): what a list
        that shares its level and head holds (市环保、发展改革、财政等部门). The pattern is
        tried only in the ``_LIST_REACH`` characters before each match of the rule's
        ``near``, the head the items share (a list is longer than a near rule's window)."""
        assert rule.near is not None and rule.pattern is not None
        clean, done = text.clean, 0
        for head in rule.near.finditer(clean):
            lo, done = max(done, head.start() - _LIST_REACH), head.end()
            for m in rule.pattern.finditer(clean, lo, head.end()):
                yield from self._items_of(m, rule)

    def _item_run(self, text: _Text, rule: NameRule) -> Iterable[Candidate]:
        """(org43, C43e) Each item of each list the pattern's ``name`` group matches, split
        at 、 (rule 6): a run of departments by their bare short names (公安分局、发改局、审计局).
        The matches of a scan of the whole text, each found by trying the pattern only where
        its lead lets a match start (NameRule.lead) from ``_RUN_BEFORE`` characters before a
        match of its near to the near's start, where every match holds one (C44a: the list's
        first heads, not windows of each 局、, 11.2 -> 5.9 ms on the corpus; C44d: the level
        that opens the list), each try read on to the text's end, each place tried once, in
        order."""
        assert rule.pattern is not None and rule.lead is not None
        clean, pos = text.clean, 0
        for lo, last in _joined_before(self._near_spans(clean, rule), _RUN_BEFORE):
            if last < pos:
                continue  # inside the last match's run
            for m in _led_matches(rule.pattern, rule.lead, clean, max(lo, pos), len(clean), last):
                yield from self._items_of(m, rule)
                pos = m.end()

    def _items_of(self, m: regex.Match[str] | re.Match[str], rule: NameRule
                  ) -> Iterator[Candidate]:
        """The candidates of the items of ``m``'s ``name`` group, split at 、."""
        pos = m.start("name")
        for item in m.group("name").split("、"):
            yield self._cand(pos, pos + len(item), rule.label, item, rule.id, rule.score,
                             rule.priority)
            pos += len(item) + 1

    def _quoted(self, clean: str, rule: NameRule) -> Iterable[Candidate]:
        assert rule.pattern is not None
        for m in self._matches(clean, rule):
            inner = m.group("inner")
            start, end = m.span("inner")
            entry = self.data.gazetteer.get(canonical(inner))
            known = entry is not None
            run = _QUOTED_RUN_AFTER.match(clean, m.end()) if not m.group("suffix") else None
            shared = clean[run.end():run.end() + 6] if run else ""
            listed = self._quoted_list_class.match(clean, run.end() if run else m.end()) \
                is not None if not m.group("suffix") else False
            won = clean.endswith(self._title_won_before, 0, self._run_start(clean, m.start()))
            if not known and not self._is_initiative(inner, clean[m.end():m.end() + 6],
                                                     bool(m.group("suffix")), shared, won,
                                                     listed):
                continue
            if not known and (self._contrast(clean, m.start(), m.end())
                              or self._kind_before(clean, m.start())
                              or self._names_event(clean, m.end(), inner, bool(m.group("suffix")))
                              or (not m.group("suffix")
                                  and self._figure_frame(clean, m.start(), inner))):
                continue
            if m.group("suffix"):
                end = m.end("suffix")
            surface = clean[start:end]
            label = entry.label if entry else rule.label
            score = 0.9 if m.group("suffix") or _NUMERAL.search(inner) else 0.75
            # a title won (C44r) outweighs a site's head inside it (获评“…疗休养基地”: no FAC)
            priority = rule.priority + 1 if won and not entry else rule.priority
            yield self._cand(start, end, label, surface, rule.id, score, priority)

    def _names_event(self, clean: str, end: int, inner: str, suffixed: bool) -> bool:
        """A quoted name, no numeral formula and with no programme's suffix, that a one-off
        event's head follows within one phrase (lexicon.event_after): the event's name, which
        rule 11 leaves unlabelled (培育“重庆之夜”交响音乐会, 办好“环喜马拉雅”国际合作论坛,
        举办“海河杯”津台青年职业技能大赛; not 承办“一带一路”中俄蒙区域合作论坛, a programme
        of the gazetteer, nor 召开“三比一看”表彰大会, a numeral formula, nor an award's title
        before its ceremony, “优秀建设者奖”表彰大会: rule 11's award titles)."""
        text = inner.strip()
        if suffixed or _DIGIT.search(text) or _NUMERAL.match(text) or text.endswith("奖"):
            return False
        return self._event_after.match(clean, end) is not None

    def _kind_before(self, clean: str, start: int) -> bool:
        """A quoted name right after a word that says what it names, no programme
        (lexicon.reject_before: 台风“剑鱼”), or in a run of quoted names that such a word
        opens (台风“剑鱼”“麦德姆”)."""
        return clean.endswith(self._reject_before, 0, self._run_start(clean, start))

    @staticmethod
    def _run_start(clean: str, start: int) -> int:
        """Where the run of quoted phrases that ends at ``start`` starts (“数据孤岛”“信息壁垒”|,
        “钢铁围城”、“园区围城”|)."""
        while (q := _QUOTED_RUN_BEFORE.search(clean, max(0, start - 15), start)) is not None:
            start = q.start()
        return start

    def _figure_frame(self, clean: str, start: int, inner: str) -> bool:
        """A quoted phrase that no numeral formula leads (rule 8: not 两不愁三保障, 七个有之)
        and whose frame makes it a figure of speech: a description holding 的 (“群众的小事”,
        “会创造的人”), or a phrase (or a run of them) right after a verb that names a problem to
        remove or what a thing becomes or is called (解决“钢铁围城”、“园区围城”, 避免“拍脑袋”
        决策, 成为“国之重器”: lexicon.figure_before), or a single phrase before the word of a
        style or a spirit (强化“跟我上”的作风: figure_after), or a clause (clause_shapes); and a
        quoted telephone service number (拨打“120”电话: phone_after, phone_before). A
        description named a policy or a brand by the words after the quotes is a name
        (“看得见的服务”品牌: description_named_after)."""
        text = inner.strip()
        after = start + len(inner) + 2
        if text.isdigit():  # 拨打“120”电话, “12345”市民服务热线: a service number (phone_after)
            return clean.startswith(self._phone_after, after) \
                or clean.endswith(self._phone_before, 0, start)
        if _DIGIT.search(text) or _NUMERAL.match(text):
            return False
        if self._clause_shape.search(text):
            return True  # “把说的当做了…”, “完全无法接受”: a remark quoted (clause_shapes)
        if "的" in text:  # unless named a policy or a brand after the quotes (“看得见的服务”品牌)
            return not any(w in clean[after:after + 4] for w in self._description_named_after)
        if not _LIST_SEP.search(text) and clean.startswith(self._figure_after, after):
            return True  # 强化“跟我上”的作风 (not a list of slogans, “马上就办、真抓实干”的优良作风)
        return clean.endswith(self._figure_before, 0, self._run_start(clean, start))

    def _contrast(self, clean: str, start: int, end: int) -> bool:
        """A quoted phrase in a change from one state to another (由“铁工资”向“活薪酬”转变,
        从“中低端”向“中高端”迈进) is a figure of speech (rule 8): 由 or 从 before it and
        向“ after it, or ”向 before it and a word of change after it
        (lexicon.contrast_after)."""
        before = clean[max(0, start - 2):start]
        after = clean[end:end + 4]
        return (before.endswith(("由", "从")) and after.startswith("向“")) \
            or (before == "”向" and after.startswith(self._contrast_after))

    def _is_initiative(self, inner: str, after: str, suffixed: bool, shared: str = "",
                       won: bool = False, listed: bool = False) -> bool:
        """ANNOTATION rule 8: a quoted programme name or slogan, not a figure of speech.
        ``shared``: the words after a run of quoted phrases that follows this one, which
        name each phrase of the run alike (压实“米袋子”“菜篮子”负责制); ``won``: a verb of
        winning right before the phrase or its run (lexicon.title_won_before, C44r);
        ``listed``: the run is closed by 等 and a programme class (lexicon.quoted_list_class_heads,
        C51g: “春雷”“利剑”等专项行动), which names each dictionary word of it a programme."""
        text = inner.strip()
        if not text or text in self.figures or text.endswith("时代"):
            return False
        if len(text) == 1 and not text.isdigit():
            return False
        if _TERM_PART.fullmatch(text) and after.startswith(self.part_explained_after):
            return False  # 第一个“4”是指…: a part of a coined term, explained
        if after.startswith(self.craft_after) or (text.endswith("号")
                                                  and not text.endswith("字号")):
            return False  # “奋斗者”号, “探索三号”科考船, “沧渊号”: a craft's name
        if (after.startswith(self.reject_after) and not (
                after.startswith(self._formula_kept_after) and self._numeral_formula(text))) \
                or self.ranking_list.fullmatch(text) and not suffixed \
                or self._not_programme.fullmatch(text):
            return False  # (a ranking list with a programme's head after it names the programme:
            # “工业十强”行动, rule 7; C43u)
        parts = _LIST_SEP.split(text)
        if len(parts) > 1:  # a slogan list (周调度、月督查、季讲评), unless a saying
            if not suffixed and all(self.tokenizer.FREQ.get(p, 0) > 0 for p in parts):
                return False  # 一刻不停、一以贯之、一抓到底: idioms of the dictionary
            # (but a programme's head after the quotes names one: “蓝天白云、碧水青山”工程)
            # (C47b) or a list of designations, each part ending in a title's head
            # (“生态农业示范县、全域旅游示范县”: a county's pair of titles, the places inside theirs)
            return all(0 < len(p) <= 8 for p in parts) \
                or all(0 < len(p) <= _TITLE_PART_MOST and p.endswith(self._title_heads)
                       for p in parts)
        if suffixed or _DIGIT.search(text) or (_NUMERAL.match(text) and len(text) <= 5):
            return True  # 135, 六稳, 十四五, 五个100: numbered programme names
        if len(text) > 8:  # a quoted sentence or headline, not a name, unless it ends
            # in a title's or programme's head (“慢性病综合防控示范区”, “全国未成年思想道德先进学校”)
            # (not a formula of parts joined by +: “直播+平台+跨境电商+海外仓”), or where a
            # formula of parts joined by + or a dash is named as a working mechanism by the
            # word after the quotes (“源头查控+硬核隔离+精密智控”机制, “县城—中心镇—重点村”
            # 发展轴: lexicon.formula_named_after)
            if _FORMULA.search(text) and after.startswith(self.formula_named_after):
                return True
            if self._plus_pair(text, after):
                return True  # “月度盘点+季度研判”，: a named working method (C44u)
            if self._long_numeral_formula(text):
                return True  # “一区两地一园一通道”, “三个赋予一个有利于”: a numbered slogan
            if won or self._names_title(after) or self._names_title(shared):
                return True  # “全国防沙治沙英雄群体”称号: the word after names it a title (C43r),
                # or a run's (“…”“…”等称号), or the verb of winning before it (获评“…”: C44r)
            return text.endswith(self._title_heads) and not _PLUS.search(text)
        # an ordinary dictionary word in quotes (一对一, 零成本) is a figure of speech, unless
        # the word after the quotes makes it a programme's name (“费改税”试点, “甘味”品牌)
        return self.tokenizer.FREQ.get(text, 0) <= 0 or after.startswith(self.quoted_programme_after) \
            or shared.startswith(self.quoted_programme_after) or listed

    def _names_title(self, after: str) -> bool:
        """Whether the words after a quoted phrase (or its run) name it a title conferred:
        (等)称号 or (等)荣誉称号 (lexicon.title_named_after; C43r, C44r)."""
        return after.removeprefix("等").startswith(self.title_named_after)

    def _plus_pair(self, text: str, after: str) -> bool:
        """A quoted formula of two parts of two to seven characters joined by + (证照联办+免申即享)
        that a mark right after the quotes closes, or a word of lexicon.plus_pair_named_after
        names (…服务, …一体化): a working method named (rule 11, C44u)."""
        return _PLUS_PAIR.fullmatch(text) is not None \
            and (not after or after[0] in _PAIR_CLOSE or after.startswith(self.plus_pair_named_after))

    def _numeral_formula(self, text: str) -> bool:
        """A quoted numeral formula that is no dictionary word (五乱, 一老一小, 双极带动: not
        一刀切, 一窝蜂): a numbered programme even before a word that makes a quoted word a
        figure (lexicon.formula_kept_after: 整治秦岭“五乱”问题, 发挥“双极带动”作用)."""
        return bool(_NUMERAL.match(text) or text.startswith("双")) \
            and self.tokenizer.FREQ.get(text, 0) <= 0

    def _long_numeral_formula(self, text: str) -> bool:
        """A quoted phrase of nine to thirteen characters that a numeral leads and that holds
        another (一区两地一园一通道, 一中心四平台一网格, 三个赋予一个有利于): a numbered slogan,
        not a sentence, unless a clause (clause_shapes: 一年干完了过去十年的活) or a one-off
        event (lexicon.formula_event_ends: 百城千企招聘对接会, rule 11)."""
        return len(text) <= 13 and bool(_NUMERAL.match(text)) \
            and len(_NUMERAL.findall(text)) >= 2 and not self._clause_shape.search(text) \
            and not text.endswith(self._formula_event_ends)

    def _orgs(self, text: _Text, rule: NameRule, heads: tuple[str, ...]
              ) -> Iterable[Candidate]:
        """Walk back from a head token (…局, …公司, …机场) over name-like words: in each
        tagged block apart (no walk goes past a block's separator), the names of a block
        seen before remembered with its words (about half the blocks of a report repeat
        one: 省政府, 市发展改革委)."""
        for n, (start, block) in enumerate(text.blocks):
            key = (heads, n == 0)
            walks = block.walks.get(key)
            if walks is None:
                walks = block.walks[key] = self._walk(block, heads, first=n == 0)
            for s, e in walks:
                yield self._cand(start + s, start + e, rule.label, block.text[s:e], rule.id,
                                 rule.score, rule.priority)

    def _walk(self, tagged: _Block, heads: tuple[str, ...], first: bool
              ) -> list[tuple[int, int]]:
        """``(start, end)`` in the block of each name the walk back from a head finds. The
        walk reads the separator before a block (a token of one character, which makes a
        single character that opens the block one of two singles), except before the
        text's first block, as it did over the text's tokens."""
        block = tagged.text
        lead = [] if first else [_SEPARATOR]
        toks = lead + tagged.words
        offsets = [0] * len(lead) + list(accumulate(tagged.lengths, initial=0))
        spans: list[tuple[int, int]] = []
        # only a token whose last character ends a head can be one (found by one search
        # of the tokens' last characters)
        for i in [m.start() + len(lead)
                  for m in self._heads[heads].ends_re.finditer(tagged.lasts)]:
            word, flag = toks[i]
            head = self._head_of(word, flag, heads)
            if head is None and i and word in self.split_heads and heads is self.org_heads \
                    and self._name_word(*toks[i - 1]) and toks[i - 1][0] not in self.generic:
                head = word  # 省经济和信息化|厅: jieba splits the head off
            j = i
            centre = False
            if head is None and word == "中心" and heads is self.org_heads and i \
                    and toks[i - 1][0].endswith(self._centre_kinds):
                head, j = "中心", i - 1  # 省民营经济发展|促进|中心: jieba cuts the centre's kind off
                centre = True
            if head is None:
                continue
            loose = False
            # a company's legal form (有限公司): the group or holding word and a verb inside
            # the name before it are the name's (:meth:`_inside_company`)
            form = heads is self.org_heads and word in self._company_forms
            in_form = form
            # 省经济和信息化厅: 和 joins two name words inside one organ's name
            while j > 0 and i - j < 8:
                prev, pflag = toks[j - 1]
                if in_form and prev.endswith(self._form_parts):
                    j -= 1  # 江铃汽车集团|有限公司, 华润置地控股|有限公司
                    continue
                in_form = False
                if form and self._inside_company(toks, j):
                    j -= 1  # 太钢不锈钢精密|带钢|有限公司, 读者|出版|集团有限公司
                    continue
                if heads is self.org_heads and prev in _JOINERS and j >= 2 \
                        and self._known_org(toks[j - 2][0]):
                    break  # 新华社|和|国家文物局: a body the gazetteer knows joined to the next
                    # (not 省经济|和|信息化厅: one organ's words, below)
                if prev == "和" and (head in self.split_heads or self._joined(toks, j, i, head)) \
                        and j >= 2 \
                        and self._name_word(*toks[j - 2]) and self._head_of(*toks[j - 2], heads) is None \
                        and i - j < 3:
                    j -= 1
                    continue
                if heads is self.org_heads and j == i and word.endswith(_LEVEL_BODY_ENDS) \
                        and self._known_org(prev) and self._known_org(word):
                    break  # (org43) two bodies the gazetteer knows written together are two
                    # where the second is a level's own body (党中央|国务院: rule 6, parallel
                    # bodies), as with 和 between them; not a body or department of the one
                    # before it (两江新区|管委会, 市政府|国资委)
                singles = len(prev) == 1 and (j >= 2 and len(toks[j - 2][0]) == 1
                                              or len(toks[j][0]) == 1)
                if prev in self._walk_stops:
                    break  # 在利雅得|会见|苏丹主权委员会: a visit's verb, no name's word
                if heads is self.org_heads and singles and pflag in self._clause_single_tags \
                        and (pflag != "v" or toks[j][0] in self._level_chars
                             or j == i and not form and len(word) >= 3):
                    break  # a clause's single character, no piece of an unknown name
                    # (派遣|至|某|传媒公司, 法规|案|送|常务委员会: lexicon.clause_single_tags; a
                    # verb before a short head or a name's word is one, 海|垦|集团, 芯|联|集成电路)
                if heads is self.org_heads and prev in self._single_abbrevs and j >= 2 \
                        and toks[j - 2][0] in self._place_prepositions and len(toks[j][0]) > 1:
                    break  # 在|川|两院院士: the preposition's place (lexicon.place_prepositions;
                    # not a run's first character, 在|滇|藏铁路, nor a facility's, 在|京雄高速)
                if heads is self.org_heads and (head not in self._government_heads
                                                or self._consulted_level(toks, j)) \
                        and self._level_opening(toks, j):
                    j -= 1
                    continue
                if not self._name_word(prev, pflag, singles) \
                        and not self._international_inside(toks, j, heads) \
                        and not (heads is self.org_heads and prev in self._field_verbs):
                    if not (centre and self._centre_word(prev, pflag)):
                        break
                    loose = True
                if heads is self.fac_heads and head in self._structure_heads and prev in self._line_heads \
                        and j >= 3 and toks[j - 3][0] == "至":
                    break  # the bridge of a line named by its two ends is its own name, the
                    # line names.fac_two_ends' (金华至建德高速铁路|新安江特大桥); written after a
                    # line's own name it is one with it (rule 6, outermost: 沪苏湖铁路上海松江特大桥)
                if heads is self.fac_heads and prev.endswith(self._works_nouns) and j < i:
                    break  # works before a facility's name are no part of it (…节点工程|X特大桥;
                    # not right before its head: 三峡工程博物馆 is named after the works)
                if self._head_of(prev, pflag, heads) is not None and head not in self.sub_heads \
                        and heads is not self.fac_heads \
                        and not (j == i and prev.endswith("政府") and head in self.split_heads) \
                        and not self._zone_committee(toks, j, i, prev, pflag) \
                        and prev + toks[j][0] not in self._joint_bodies:
                    break  # 市商务局|市财政局 are two; a facility in a facility is one (大运河博物馆);
                    # a government's department written right after it is its own
                    # (自治区政府|国资委: a 委, 局 or 厅; not 上海市人民政府|全面领导|开发区, nor
                    # 市人民政府|大学…委员会)
                j -= 1
            start = self._anchor(toks, j, i)
            if start is None and heads is self.org_heads:
                start = self._rare_company_start(toks, j, i)
            if start is None and heads is self.org_heads \
                    and not head.endswith(self._translit_no_heads):
                # a foreign place jieba reads as a person's name, three or more of the
                # characters transliterations are written in (夏威夷|电力公司, 马西拉|电视台;
                # names.translit_port's), not before a department's head (lexicon.
                # translit_no_heads: 迪斯科|舞厅 is a dance hall); not in the facility walk
                # (本-|古里安|国际机场 would lose its 本)
                start = next((k for k in range(j, i) if toks[k][1] == "nr" and len(toks[k][0]) >= 3
                              and self._translit_chars is not None
                              and all(self._translit_chars.fullmatch(c) for c in toks[k][0])), None)
            if start is None and head in self._lab_heads:
                # a laboratory named after a mountain the tagger reads as a person's name
                # (紫金山|实验室, lexicon.lab_heads; the walk's first name word)
                start = next((k for k in range(j, i) if toks[k][1] == "nr"
                              and 2 <= len(toks[k][0]) <= 3), None)  # not 建立健全|实验室
            if form and start is not None and (toks[start][1] == "v" or all(
                    w.endswith(self._form_parts) for w, _ in toks[start:i])):
                continue  # a verb opens no company's name (设立|有限责任公司), nor its form
                # words alone (…投资|控股集团有限公司)
            if heads is self.fac_heads and (start is None and head in self._line_heads
                                            or head in self._structure_heads):
                person = self._person_tagged_anchor(toks, j, i)
                if person is not None and (start is None or person < start):
                    start = person
            if heads is self.fac_heads and head in self._line_heads:
                run = self._places_run_anchor(toks, j, i)
                if run is not None and (start is None or run < start):
                    start = run
            if start is None or loose and not self._centre_anchor(*toks[start]):
                continue
            if heads is self.fac_heads:
                start = self._great_opening(toks, j, start)
            s, e = offsets[start], offsets[i] + len(word)
            surface = block[s:e]
            if surface in self.generic or len(surface) < 2 or surface in heads \
                    or self._level_kind(surface):
                continue
            if head in self.weak_heads and len(surface) - len(head) < 2:
                continue
            spans.append((s, e))
        return spans

    def _level_kind(self, surface: str) -> bool:
        """(org41, C41k) Whether ``surface`` is a level's character before a generic kind of
        company, enterprise or bank (区|平台公司, 市|国有企业, 县|商业银行: any of that level's,
        rule 9, as the kind alone is in lexicon.generic_orgs), not one body (区城投公司: no
        generic word after the level)."""
        return surface[0] in self._level_chars and surface[1:] in self.generic \
            and surface.endswith(_KIND_COMPANY_ENDS)

    def _inside_company(self, toks: list[tuple[str, str]], j: int) -> bool:
        """Whether the word before ``toks[j]`` in the walk back from a company's legal form
        is a verb of two characters or more inside the company's name (太钢不锈钢精密|带钢|
        有限公司, 读者|出版|集团有限公司, 协鑫|集成|科技股份有限公司): a word of the name stands
        right before it (a noun or a place's or body's name; not a person's, 丁薛祥|来到, nor a
        verb of a visit or a clause, lexicon.visit_verbs, clause_links, not_in_name)."""
        if j < 2:
            return False
        verb, flag = toks[j - 1]
        before, bflag = toks[j - 2]
        return flag == "v" and len(verb) >= 2 and verb not in self.not_in_name \
            and verb not in self._clause_links and verb not in self._walk_stops \
            and bflag in ("n", "nz", "ns", "nt", "j", "l") and self._name_word(before, bflag)

    def _rare_company_start(self, toks: list[tuple[str, str]], j: int, i: int) -> int | None:
        """The start of a company's name whose first word the tagger reads as no proper
        name (lexicon.company_rare_heads): a word of two characters or more that jieba counts
        at most :data:`_COMMON_NAME` times opens the walk (国铁|集团, 紫荆|文化|集团,
        可可西里|食品|有限公司), or right before the head a word the tagger reads as a verb,
        counted at most :data:`_RARE` times (安踏|集团); not a common word (数据|集团, 政治|
        集团: a kind, rule 9), nor a word jieba holds whole with the head (利益集团)."""
        word, _ = toks[i]
        if word not in self._rare_heads or i < 1:
            return None
        if j >= i:
            # a rare word the tagger reads as a verb right before the head (安踏|集团)
            j = i - 1
            if toks[j][1] != "v" or self.tokenizer.FREQ.get(toks[j][0], 0) > _RARE:
                return None
        first, flag = toks[j]
        before, bflag = toks[j - 1] if j else ("", "x")
        if bflag[:1] not in _WALL_TAGS or before.endswith(self._form_parts) \
                or bflag == "v" and self.tokenizer.FREQ.get(before, 0) <= _RARE:
            return None  # the walk stopped inside a longer name (峪|煤业有限公司, 国际|港务集团,
            # 晋能控股|煤业集团, 安踏|体育用品集团有限公司) or after a count (多个|职教集团: a kind)
        after = toks[i + 1] if i + 1 < len(toks) else ("", "x")
        if len(after[0]) == 1 and after[1] in ("n", "ng"):
            return None  # the head is a word's first part (集团|校)
        if len(first) < 2 or flag in _FUNCTION_TAGS or first in self.generic \
                or first in self.not_proper or first in self.not_in_name \
                or self.tokenizer.FREQ.get(first, 0) > _COMMON_NAME:
            return None
        return j

    def _level_opening(self, toks: list[tuple[str, str]], j: int) -> bool:
        """Whether the token before ``toks[j]`` in the walk back from an organisation's head
        is a level's single character that opens the organ's name whatever jieba tags it
        (来自|县|财政局, 县|发改委|牵头, 来自|县|交通运输|局: 县 is zg where 市 and 区 are n);
        not the last of a run of levels, a class (省市|县|博物馆, rule 9)."""
        return toks[j - 1][0] in self._level_chars \
            and not (j >= 2 and toks[j - 2][0][-1:] in self._level_chars)

    def _consulted_level(self, toks: list[tuple[str, str]], j: int) -> bool:
        """(org43, C43a) Whether the level's single character before a government's head
        follows a word by which a text submits to one government or has its consent (已经|县|
        人民政府|同意, 提请|县|人民政府|协调: lexicon.government_level_before): the county's own
        government, one body (rule 9 keeps a level of government out only where it is no one
        body: 县人民政府所在地镇, 省、市、县人民政府)."""
        return j >= 2 and toks[j - 2][0] in self._government_level_before

    def _international_inside(self, toks: list[tuple[str, str]], j: int,
                              heads: tuple[str, ...]) -> bool:
        """Whether the word before ``toks[j]`` is 国际 inside a facility's name: the
        facility walk goes on over it where a place or a proper name stands right before
        it, where the name starts (寸滩|国际|新城, 太湖|国际|科技园, 悦来|国际|会展城); 国际
        alone before a head, or after a verb, is a kind (建设|国际|科技园: the walk stops)."""
        return heads is self.fac_heads and j >= 2 and toks[j - 1][0] == "国际" \
            and self._anchor(toks, j - 2, j - 2) is not None

    @staticmethod
    def _great_opening(toks: list[tuple[str, str]], j: int, start: int) -> int:
        """The start of a facility's name whose leading 大 jieba cuts off (大|埃及博物馆: an
        adjective the walk stops at; 大石|峡水利枢纽: a common word before the single
        character the name is anchored at): the token of 大 is the name's where it stands
        right before the walk's start or the anchor (not 最大, 扩大: whole words of jieba)."""
        if start == j and j > 0 and toks[j - 1][0] == "大":
            return j - 1
        if start > j and len(toks[start][0]) == 1 and len(toks[start - 1][0]) == 2 \
                and toks[start - 1][0][0] == "大":
            return start - 1
        return start

    def _centre_word(self, word: str, flag: str) -> bool:
        """Whether the walk back from a centre whose kind jieba cuts off (促进|中心) goes on
        over a word that opens no other name: a verb or a distinguishing word of the
        centre's task (省|民营|经济发展|促进|中心, 全国高校区域技术|转移|转化|中心), two
        characters or more, a verb none of lexicon.not_in_name (民营 is one, which opens no
        name but sits inside this one); the name must then start at a level, a place or an
        organisation's word (:meth:`_centre_anchor`)."""
        return len(word) >= 2 and word not in self._titles and (
            flag == "b" or flag == "v" and word not in self.not_in_name)

    def _centre_anchor(self, word: str, flag: str) -> bool:
        """A centre's name read over a verb (:meth:`_centre_word`) starts at a level (省,
        全国; not 省级, a class), a place or a word jieba tags an organisation (全国高校)."""
        return flag == "nt" or word in self._places or word in self._token_levels \
            or word.startswith(self._levels) and word not in self._scope_words and not word.endswith("级")

    def _zone_committee(self, toks: Sequence[tuple[str, str]], j: int, i: int,
                        prev: str, pflag: str) -> bool:
        """Whether the walk is at a zone's administration written in full right after the
        zone (郑州航空港经济综合实验区|管理|委员会: the committee continues the zone's name as
        管委会 does, one ORG as gold 义乌国际贸易综合改革试验区管理委员会; qa33), the zone being
        an organisation's head that ends in 区 (综合实验区, 开发区)."""
        zone = self._head_of(prev, pflag, self.org_heads)
        return j == i - 1 and toks[i][0] == "委员会" and toks[j][0] == "管理" \
            and zone is not None and zone.endswith("区")

    def _head_of(self, word: str, flag: str, heads: tuple[str, ...]) -> str | None:
        """The head ``word`` ends with, if it can end an organisation (memoised per word)."""
        return _remembered(self._heads[heads].memo, word,
                           lambda w: self._find_head(w, heads))

    def _find_head(self, word: str, heads: tuple[str, ...]) -> str | None:
        index = self._heads[heads]
        head = index.heads.longest(word)
        if head is None or word in self.non_org_words or word in self.not_in_name \
                or word.endswith(self.non_org_endings):
            return None
        if len(word) == len(head) == 1:
            return None  # a lone 局/委/厅 token is not a head
        return head

    def _known_org(self, word: str) -> bool:
        """Whether ``word`` is an organisation of the gazetteer (新华社, 中央广播电视总台)."""
        entry = self.data.gazetteer.get(word)
        return entry is not None and entry.label == "ORG"

    def _name_word(self, word: str, flag: str, singles: bool = False) -> bool:
        """Whether the walk goes on over the token (a name-like word; with ``singles``,
        a piece of a word jieba does not know), remembered per token: the head walks ask
        about the same few thousand words."""
        return _remembered(self._name_word_memo, (word, flag, singles),
                           lambda key: self._is_name_word(*key))

    def _is_name_word(self, word: str, flag: str, singles: bool) -> bool:
        if word in self.not_in_name or word in self._titles or not _NAME_WORD.fullmatch(word):
            return False
        if len(word) > 1 and (word in self._places or word in self._county_shorts):
            return True  # a place of the data whatever jieba tags it (平凉|海关: a; 万载|
            # 生态环境局: m; org32)
        if flag == "m" or _COUNTED.match(word):
            return False  # 5家|银行, 3大|驻外…中心: a count before a name is not part of it
        if singles and word not in self._function_chars:
            return True  # a piece of a word jieba does not know (安|慈|高速)
        return flag in self.name_pos or flag.startswith("n")

    def _places_run_anchor(self, toks: list[tuple[str, str]], j: int, i: int) -> int | None:
        """The first word in ``toks[j:i]`` that jieba holds whole as a rare noun (counted at
        most :data:`_RARE` times) and that reads as places' short names run together, where
        the head of a line ends the walk: the line's places (甬台温|福|铁路, not 福|铁路 alone;
        fac32, a line of train d11 put in another sentence)."""
        return next((k for k in range(j, i)
                     if toks[k][1] == "n" and 3 <= len(toks[k][0]) <= 4
                     and self.tokenizer.FREQ.get(toks[k][0], 0) <= _RARE
                     and self._short_places(toks[k][0])), None)

    @staticmethod
    def _person_tagged_anchor(toks: list[tuple[str, str]], j: int, i: int) -> int | None:
        """The first word of two or more characters in ``toks[j:i]`` that the tagger reads
        as a person's name (nr, nrfg), where the head of a line (lexicon.line_heads) ends
        the walk: a line named by places' characters or an old name that jieba takes for a
        person (宁芜|铁路, 扬子江|城际铁路); not at other heads, where such words are kinds
        (青少年|活动中心, 古文化|遗址), nor in the organisation walk."""
        return next((k for k in range(j, i)
                     if toks[k][1] in ("nr", "nrfg") and len(toks[k][0]) >= 2), None)

    def _joined(self, toks: list[tuple[str, str]], j: int, i: int, head: str) -> bool:
        """Whether 和 before ``toks[j]`` joins two words of one commission's name before a
        head of lexicon.joined_heads (发展|和|改革|委员会, org42): a word of the name between
        和 and the head (not 和|常务委员会, 和|欧盟委员会: a second body, the head in its word),
        and a word of two characters or more before 和 that is no person's name (not 服务人|
        和|业主委员会, 科斯塔|和…)."""
        if head not in self._joined_heads or j >= i or j < 2:
            return False
        word, flag = toks[j - 2]
        return len(word) >= 2 and flag not in ("nr", "nrfg", "nrt")

    def _anchor(self, toks: list[tuple[str, str]], j: int, i: int) -> int | None:
        """The first token in ``toks[j:i+1]`` that can start an organisation name."""
        for k in range(j, i + 1):
            word, flag = toks[k]
            if word in self.generic:
                if k + 1 == i and word in self.zones_alone and toks[i][0] in self.sub_heads:
                    while k > j and toks[k - 1][0] in self._zone_kind_words:
                        k -= 1  # (org43, C43c) 经济|开发区|管委会: the zone's kind is its name's
                    return k  # 经开区|管委会: the committee of the zone the text is about
                continue
            if word == "中央" and any(w in ("和", "与", "及") for w, _ in toks[k + 1:i]):
                continue  # 中央和省委, 中央经济工作会议精神和省委: the centre is a level apart
            if len(word) > 1 and word != "市区" and all(c in self._level_chars for c in word):
                return None  # a run of levels (省市|县乡|综治中心, 市县|服务中心): every level's
                # body, a class (rule 9; train d47, org35); not 市区, the city's urban area
            if (word in self._places or word in self._county_shorts
                    or (word.startswith(self._levels) and word not in self._scope_words)
                    or word in self._token_levels
                    or flag in ("ns", "nt", "nz", "x", "j", "eng", "nrt")
                    and word not in self.not_proper or word in self.data.gazetteer):
                return k
            if k == i and flag == "nt":
                return k
            if len(word) == 1 and k + 1 <= i and len(toks[k + 1][0]) == 1 \
                    and word not in self._function_chars and word not in self._levels \
                    and word not in self._token_levels \
                    and flag not in _ASPECT_TAGS \
                    and not {word, toks[k + 1][0]} & self._procedure_chars:
                return k  # two single characters in a row: an unknown proper name (not a
                # verb's aspect particle before them, 标志着|中吉乌铁路)
        return None

    def _persons(self, toks: list[tuple[str, str]], offsets: list[int],
                 rule: NameRule) -> Iterable[Candidate]:
        for i, (word, flag) in enumerate(toks):
            if flag not in ("nr", "nrfg", "nrt") or not 2 <= len(word) <= 3:
                continue
            # (C49p) a compound surname with a given name after it (not 皇甫 alone)
            # (C49s) nor an organ's word jieba's dictionary tags a name's (宣传部 nr)
            if word in self.compound_surnames or word[-1] in _ORGAN_ENDS \
                    or word[0] not in self.surnames and word[:2] not in self.compound_surnames:
                continue
            before = toks[i - 1][0] if i else ""
            after = toks[i + 1][0] if i + 1 < len(toks) else ""
            if after in self.titles_after or any(before.endswith(t) for t in self.titles_before):
                s = offsets[i]
                yield self._cand(s, s + len(word), "PERSON", word, rule.id, rule.score,
                                 rule.priority)


@dataclass(frozen=True, slots=True)
class _Text:
    """What the strategies read of one text: the clean string, its view (raw spaces and
    line breaks) and the tagged tokens of the blocks that hold a trigger word."""

    clean: str
    view: TextView | None
    toks: list[tuple[str, str]]
    offsets: list[int]
    blocks: list[tuple[int, _Block]]  # each tagged block and where it starts


@dataclass(frozen=True, slots=True)
class _Block:
    """One block's tagged words (heads joined), remembered with what the steps read of
    them for each text: the words' lengths (their offsets), their last characters (where
    a head can end) and the names each head walk found in it (:meth:`NameRulePass._orgs`:
    a pure function of the block's words and of whether the block opens the text)."""

    text: str
    words: list[tuple[str, str]]
    lengths: list[int]
    lasts: str
    walks: dict[tuple[tuple[str, ...], bool], list[tuple[int, int]]]

    @classmethod
    def of(cls, text: str, words: list[tuple[str, str]]) -> _Block:
        return cls(text, words, [len(w) for w, _ in words], "".join(w[-1] for w, _ in words),
                   {})


_Strategy = Callable[[NameRulePass, _Text, NameRule], Iterable[Candidate]]

#: the engine step of each `check` in rules/names.yaml (None: the pattern alone)
_STRATEGIES: dict[str | None, _Strategy] = {
    None: NameRulePass._pattern,
    "quoted": NameRulePass._quoted_name,
    "org_head": NameRulePass._org_walk,
    "fac_head": NameRulePass._fac_walk,
    "county_hub": NameRulePass._county_hubs,
    "county_station": NameRulePass._county_stations,
    "place_station": NameRulePass._place_stations,
    "two_ends": NameRulePass._two_ends,
    "port_name": NameRulePass._port_names,
    "person": NameRulePass._titled_person,
    "person_text": NameRulePass._listed_person,
    "post_word": NameRulePass._post_word_person,
    "byline": NameRulePass._byline,
    "roster": NameRulePass._roster,
    "roster_post": NameRulePass._roster_post,
    "word_start": NameRulePass._at_word_start,
    "whole_word": NameRulePass._whole_word,
    "abbrev_run": NameRulePass._abbrev_run,
    "compass_region": NameRulePass._compass_region,
    "division_name": NameRulePass._division_name,
    "foreign_division": NameRulePass._foreign_division,
    "partner_run": NameRulePass._partner_run,
    "partner_strategy": NameRulePass._partner_strategy,
    "run_line": NameRulePass._run_line,
    "coded_line": NameRulePass._coded_line,
    "place_led": NameRulePass._place_led_name,
    "village_name": NameRulePass._village_names,
    "town_items": NameRulePass._town_items,
    "one_phrase": NameRulePass._place_led_name,  # the same test for a name no place leads
    "clause_place_led": NameRulePass._place_led_name,  # and the place opens a clause
    "proper_prefix": NameRulePass._proper_facility,
    "proper_works": NameRulePass._proper_works,
    "built_name": NameRulePass._built_facilities,
    "street": NameRulePass._streets,
    "two_char_name": NameRulePass._two_char_names,
    "numbered_bridge": NameRulePass._numbered_bridges,
    "voltage_facility": NameRulePass._voltage_facilities,
    "voltage_after_name": NameRulePass._voltage_after_name,
    "three_char_name": NameRulePass._three_char_names,
    "noun_name": NameRulePass._noun_names,
    "phased_facility": NameRulePass._phased_facilities,
    "works_object": NameRulePass._works_objects,
    "works_list": NameRulePass._works_list_items,
    "bridge_list": NameRulePass._bridge_list_items,
    "built_object": NameRulePass._built_objects,
    "adjective_street": NameRulePass._adjective_streets,
    "dictionary_facility": NameRulePass._dictionary_facilities,
    "feature_facility": NameRulePass._feature_facilities,
    "translit_port": NameRulePass._translit_ports,
    "compass_pair": NameRulePass._compass_pairs,
    "he_item": NameRulePass._items_after_he,
    "counted_package": NameRulePass._counted_package,
    "place_vision": NameRulePass._place_vision,
    "road_prefix": NameRulePass._joined_road,
    "outer_name": NameRulePass._outer_name,
    "programme": NameRulePass._programme,
    "aimed_programme": NameRulePass._aimed_programme,
    "counted_title": NameRulePass._counted_title,
    "road_list": NameRulePass._road_items,
    "item_list": NameRulePass._list_items,
    "item_run": NameRulePass._item_run,
    "note_term": NameRulePass._note_terms,
}
_AfterStep = Callable[[NameRulePass, str, list[Candidate], NameRule], Iterable[Candidate]]

#: checks whose step reads what the strategies found (run after them, in file order):
#: `section` extends a road or railway, `project_list` reads a list of works
_AFTER_STEPS: dict[str, _AfterStep] = {
    "section": NameRulePass._sections,
    "extension": NameRulePass._extensions,
    "project_list": NameRulePass._project_items,
    "site_list": NameRulePass._site_items,
    "works_kind_list": NameRulePass._works_kind_items,
    "company_list": NameRulePass._company_items,
    "shared_head_list": NameRulePass._shared_head_items,
    "opening_list": NameRulePass._opening_items,
    "counted_list": NameRulePass._counted_items,
    "initiative_extension": NameRulePass._initiative_extensions,
    "strategy_extension": NameRulePass._strategy_extensions,
    "strategy_word": NameRulePass._strategy_words,
    "vision_extension": NameRulePass._vision_extensions,
    "org_extension": NameRulePass._org_extensions,
    "company_short_list": NameRulePass._company_short_items,
    "brand_trade_list": NameRulePass._brand_trade_items,
    "brand_group": NameRulePass._brand_groups,
    "known_company_trade": NameRulePass._known_company_trades,
    "place_brand_trade": NameRulePass._place_brand_trades,
    "lab_list": NameRulePass._lab_items,
    "company_product": NameRulePass._company_products,
    "kind_list": NameRulePass._kind_items,
    "dash_chain": NameRulePass._dash_chains,
    "shared_fac_head": NameRulePass._shared_fac_items,
    "sibling_fac": NameRulePass._sibling_fac_items,
    "head_list": NameRulePass._head_list_items,
    "airport_part": NameRulePass._airport_parts,
    "stop_part": NameRulePass._stop_parts,
    "site_part": NameRulePass._site_parts,
    "place_street": NameRulePass._place_streets,
    "place_site": NameRulePass._place_sites,
}
assert _CHECKS == set(_STRATEGIES) - {None} | set(_AFTER_STEPS), "a check without a strategy"
assert not set(_STRATEGIES) & set(_AFTER_STEPS), "a check with two steps"


def _needed_strings(source: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``source`` holds (triggers.window), None where
    they are not known."""
    found = triggers.window(source)
    return None if found is None else found[0]


def _small_count(written: str) -> int:
    """A count of a list's items written in digits or one Chinese numeral (6, 两, 十)."""
    return int(parse_numeral(written))


#: the labels whose place-led names may open with a county's own short name (宾川|职业技术
#: 学院: org32); an INITIATIVE only with a quoted coined name after it (武进“两湖”创新区,
#: 萧山“双创”示范区: gold/dev/NOTES.md C41ia), as a county's short name before a plain
#: head is as often the county's own zone of a kind as a name
_COUNTY_LED = frozenset({"ORG", "INITIATIVE"})

#: the verbs of building before a vision named by a county's short name
#: (:meth:`NameRulePass._place_vision`: 打造美丽|海拉尔)
_VISION_BUILT = ("建设", "打造", "建成", "创建", "推进", "争创", "共建")


def _county_short(name: str) -> bool:
    """Whether ``name`` is a county's name without its 县, 区 or 市 (东方 of 东方市, 大兴 of
    大兴区), not a county named by the word alone (郊区, 矿区: kinds)."""
    return any(p.name != name for p in place_index().counties(name))


def _neighbour_items(clean: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The items of a list joined by 、 right after the span (start, end), then those right
    before it, nearest first; an item runs to the next mark, 等 or 和 (at most 16 characters)."""
    pos = end
    while clean.startswith("、", pos):
        m = _ITEM_STOP.search(clean, pos + 1, min(len(clean), pos + 18))
        e = m.start() if m is not None else min(len(clean), pos + 18)
        if m is None or e == pos + 1:
            break
        yield pos + 1, e
        pos = e
    pos = start
    while pos > 0 and clean[pos - 1] == "、":
        m = _ITEM_STOP_BACK.search(clean, max(0, pos - 18), pos - 1)
        if m is None or m.end() == pos - 1:
            break
        yield m.end(), pos - 1
        pos = m.end()


def _propagate(clean: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the text quotes once (“开放强市产业立市”) is the same name where it is
    written again without quotes."""
    names = {clean[c.start:c.end] for c in cands
             if c.rule == "names.quoted_initiative" and c.end - c.start >= 6
             and "”" not in clean[c.start:c.end]}
    if not names:
        return []
    norms = {clean[c.start:c.end]: c.norm for c in cands if c.rule == "names.quoted_initiative"}
    return [Candidate(start=s, end=e, label="INITIATIVE", norm=norms.get(clean[s:e]),
                      rule="names.propagated", score=0.7, priority=-1)
            for s, e in WordSpans(names).leftmost(clean)]


@lru_cache(maxsize=256)
def _behind_gate(source: str) -> re.Pattern[str] | None:
    """The literals a pattern's opening lookbehind starts with (triggers.behind_literals:
    names.foreign_division's countries), as one search; None where the pattern opens
    otherwise."""
    literals = triggers.behind_literals(source)
    if literals is None:
        return None
    return re.compile("|".join(map(re.escape, literals)))


def _first_behind(gate: re.Pattern[str], clean: str, lo: int, hi: int) -> int:
    """Where a scan of ``clean[lo:hi]`` by a pattern behind one of ``gate``'s literals may
    start finding matches: at the text's first such literal, or ``lo`` if that is before
    it (the lookbehind may reach back over a list to a literal far before ``lo``); ``hi``
    where none is written before ``hi``. A match of such a pattern starts after one of
    them: a scan that starts there finds every match a scan from ``lo`` finds (a
    lookbehind still sees the text before a scan's start), and a text holding none of
    them (most laws and reports name no foreign country) is not scanned at all: a
    lookbehind of more than a literal is tried by ``regex`` at every position."""
    found = gate.search(clean, 0, hi)
    return hi if found is None else max(lo, found.start())


def _finditer(pattern: regex.Pattern[str] | re.Pattern[str], clean: str, lo: int, hi: int,
              overlapped: bool) -> Iterator[regex.Match[str] | re.Match[str]]:
    """The matches of ``pattern`` in ``clean[lo:hi]`` (offsets into ``clean``), overlaps
    included with ``overlapped`` (a ``regex`` pattern only: _OVERLAPPED_CHECKS)."""
    if overlapped:
        assert isinstance(pattern, regex.Pattern), "overlapped matches need engine regex"
        return pattern.finditer(clean, lo, hi, overlapped=True)
    return pattern.finditer(clean, lo, hi)


#: the rules whose pattern is tried where its lead holds only (NameRule.lead): those it
#: made faster, measured whole-text on /tmp/s17/raw4 and 150 bulk laws (CPU): designation
#: 366 -> 91 ms; for most rules with a lead the search and a try at each of its places cost
#: more than ``regex``'s own scan (chief_system 1.6 -> 27 ms, airport_word 1.3 -> 181 ms).
#: speedb32, the corpus (CPU, the scan alone; a lead now a search that skips to the
#: characters, no zero-width search tried at every position): designation 28 -> 15 ms,
#: policy_programme (``re``, ``(?<!”)`` before its verbs: no skip to them) 26 -> 13 ms,
#: listed_bare_organ (tried after the list marks of its runs, _needed_matches) 36 -> 22 ms,
#: compass_region 6.1 -> 3.4, person_byline 5.9 -> 3.6 (in its near windows), programme_route
#: 2.6 -> 0.3, abbrev_after_stationed 3.1 -> 0.2, place_run 7.8 -> 6.4; not abbrev_native
#: (5.3 -> 7.3 in its windows), built_name, phased_work, fac_proper (no gain);
#: foreign_division 18 -> 6 ms (tried after a country or a list mark: triggers._lasts reads
#: the repeated list of divisions its lookbehind ends with), campaign_list 142 -> 124 ms
#: (in its near windows, each text's found anew); C44a: listed_short_bureaus (tried at the
#: list marks before the heads its near finds, names.NameRulePass._item_run) 10.6 -> ~4 ms.
#: S47l, the scan alone, the corpus / 100 bulk files (CPU, least of 3): brand_group 14.5 ->
#: 0.6 / 20.4 -> 0.6 ms, known_company_trade 10.2 -> 5.7 / 20.6 -> 6.4, brand_trade_list
#: 7.2 -> 4.9 / 9.1 -> 4.8, place_brand_trade 7.5 -> 5.2 / 7.8 -> 4.8; not fac_proper
#: (92 -> 83 / 118 -> 117 with the anchors' scan each try) nor abbrev_run (5.8 -> 6.2 / 11 -> 6).
#: S50d: known_company_trade, brand_trade_list and place_brand_trade out: their patterns had
#: grown past triggers._MOST_WAYS (no lead read, scanned whole at the start of session 50);
#: with the ways merged (triggers._merged_ways) they had one again, and their scans read
#: slower with it (the corpus, CPU, least of 3: 10.6 / 8.9 / 9.4 ms against 8.7 / 4.3 / 4.7)
_LEAD_SCANNED = frozenset({"names.designation", "names.policy_programme",
                           "names.brand_group",
                           "names.listed_bare_organ", "names.compass_region",
                           "names.person_byline", "names.programme_route",
                           "names.abbrev_after_stationed", "names.place_run",
                           "names.foreign_division", "names.campaign_list",
                           "names.listed_short_bureaus", "names.level_led_bureaus",
                           "names.office_led_bodies"})


def _joined_before(spans: Iterable[tuple[int, int]], before: int) -> Iterator[tuple[int, int]]:
    """``(lo, last)``: the places from ``before`` characters before each span's start to that
    start, those that touch or overlap joined, in order (``spans`` in order)."""
    lo = last = None
    for start, _ in spans:
        if lo is not None and last is not None and start - before <= last + 1:
            last = start
            continue
        if lo is not None and last is not None:
            yield lo, last
        lo, last = max(0, start - before), start
    if lo is not None and last is not None:
        yield lo, last


def _led_matches(pattern: regex.Pattern[str] | re.Pattern[str], lead: triggers.Lead,
                 clean: str, lo: int, hi: int, last: int | None = None
                 ) -> Iterator[regex.Match[str] | re.Match[str]]:
    """``pattern.finditer(clean, lo, hi)`` for a pattern whose matches start only where
    ``lead`` says (NameRule.lead): the leftmost match from a position is the first found
    trying the pattern at the lead's places after it, in order, each once, each try going
    on from the last match's end as the scan does (matches are never empty:
    triggers.lead_chars, triggers.opening_words). ``last``: the last place a match may
    start at (a run of _needed_matches; the tries read on to ``hi``)."""
    pos, tried = lo, -1
    at, after = lead.at, lead.after
    last = hi - 1 if last is None else min(last, hi - 1)
    for found in lead.search.finditer(clean, max(lo - 1, 0), hi):
        k = found.start()
        if k > last:
            break
        char = clean[k]
        for start in (k, k + 1) if char in at and char in after else \
                (k,) if char in at else (k + 1,):
            if start < pos or start <= tried or start > last:
                continue
            tried = start
            if (m := pattern.match(clean, start, hi)) is not None:
                yield m
                pos = m.end()


def _word_spans(words: re.Pattern[str], near: regex.Pattern[str] | re.Pattern[str],
                clean: str, exact: bool = True) -> list[tuple[int, int]]:
    """The spans of ``near.finditer(clean)`` where ``near`` matches only the words that
    ``words`` searches for: the next match starts where the next word does, and is the
    one ``near`` prefers there (the longer of 示范区 and 示范区域, as its trie says). Not
    ``exact``: the words lead its matches only, and where a try there fails the scan goes
    on from the next character, as finditer does."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (w := words.search(clean, pos)) is not None:
        m = near.match(clean, w.start())
        if m is None:
            assert not exact, "a near pattern that does not match its own words"
            pos = w.start() + 1
            continue
        out.append(m.span())
        pos = m.end()
    return out


def _char_starts(clean: str, chars: Iterable[str]) -> Iterator[int]:
    """Where each of ``chars`` (single characters) stands in ``clean``, by ``str.find``
    (which skips at C speed; re's scan for a set of CJK characters tries every position)."""
    find = clean.find
    for char in chars:
        at = find(char)
        while at >= 0:
            yield at
            at = find(char, at + 1)


def _spans_from(starts: Iterable[int], near: regex.Pattern[str] | re.Pattern[str],
                clean: str, exact: bool = True) -> list[tuple[int, int]]:
    """:func:`_word_spans` from the places its words start (in order): the first at or
    after the last match's end is where the words' search would find the next one."""
    out: list[tuple[int, int]] = []
    pos = 0
    for start in starts:
        if start >= pos:
            m = near.match(clean, start)
            if m is None:
                assert not exact, "a near pattern that does not match its own words"
                continue
            out.append(m.span())
            pos = m.end()
    return out


def _needed_matches(pattern: regex.Pattern[str] | re.Pattern[str], clean: str,
                    needs: tuple[str, ...], reach: Reach,
                    behind: tuple[tuple[str, ...], int] | None, *,
                    stops: re.Pattern[str] | None = None, lead: triggers.Lead | None = None
                    ) -> Iterator[regex.Match[str] | re.Match[str]]:
    """The matches of ``pattern.finditer(clean)``, found by scanning only the windows
    where a match holding one of ``needs`` can start (names.transfer_works: 济 and 入
    cover a tenth of a report; the whole scan took 10 % of the rule pass). A match that
    holds the string at ``k`` starts from ``k + len - reach.longest`` to ``k``; a try from
    there reads no farther than ``reach.reads``, so a window ends where no such try is cut
    short, and a match starting past the window's last start (one the cut end allowed) is
    not taken. Lookbehinds and anchors read the text before a window as a whole scan does;
    each window is scanned from the end of the last match, as the whole scan goes on.
    ``behind`` (triggers.behind_window of the pattern, None: not known) narrows the
    windows to where an opening lookbehind that every match is behind can hold. With a
    ``lead`` (a rule of _LEAD_SCANNED) the pattern is tried where it holds in those runs
    only, as far as the first of the lookbehind's ``stops`` (triggers.behind_stops), over
    the whole text, no window of ``needs`` cut (names.listed_bare_organ: a try after each
    list mark of a task list, no windows of its many 局 and 办 to find and join: 36 -> 22
    ms on the corpus; the stops without a lead cut the windows into many that each read
    on past their last start: 43 -> 105 ms)."""
    pos = 0
    runs = None if behind is None else _behind_starts(clean, *behind,
                                                      None if lead is None else stops)
    if runs == []:
        return  # no text a lookbehind every match is behind needs: no match
    if runs is not None and lead is not None:
        for first, last in runs:
            for m in _led_matches(pattern, lead, clean, max(first, pos), len(clean), last):
                pos = m.end()
                yield m
        return
    windows = _windows(clean, needs, reach)
    if runs is not None:
        windows = _within(windows, runs, reach.reads)
    for lo, last, hi in windows:
        for m in pattern.finditer(clean, max(lo, pos), hi):
            if m.start() > last:
                break
            pos = m.end()
            yield m


@lru_cache(maxsize=256)
def _starts_pattern(words: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """A pattern whose ``finditer`` finds each place one of ``words`` starts, once, in
    order, and the length of the shortest word there by the match's ``lastindex``: each
    word its first character then a lookahead of the rest (a match takes one character,
    so words that overlap are all found), the shortest first. One scan that skips at C
    speed to a word's first character, not a search of the whole text for each word
    (names._windows: the reach rules' 215 words, ~34 ms a corpus pass, ~60 ms a bulk slice
    pass; the three rules of the provinces' one-character names share theirs)."""
    ordered = sorted(set(words), key=len)
    # the word's group empty, after its first character: a branch that opens with a
    # character is passed over at once where another stands (and the scan skips to the
    # words' first characters); one that opens with a group is tried at every place
    return re.compile("|".join(
        re.escape(w[0]) + (f"(?={re.escape(w[1:])})" if len(w) > 1 else "") + "()"
        for w in ordered)), (0, *map(len, ordered))


#: the text :func:`_windows` was last asked about and its windows by needs and reach
_WINDOWS_MEMO: tuple[str | None, dict[tuple[tuple[str, ...], Reach], list[tuple[int, int, int]]]] \
    = (None, {})


def _windows(clean: str, needs: tuple[str, ...], reach: Reach) -> list[tuple[int, int, int]]:
    """``(first start, last start, end)`` of each window where a match holding one of
    ``needs`` can start (every place each is written, overlaps included), windows whose
    starts touch joined; remembered for the text last asked about (the three rules of the
    provinces' one-character names need the same, speed34). Read only: shared."""
    global _WINDOWS_MEMO
    last, memo = _WINDOWS_MEMO  # one read: a thread that finds another's text makes its own
    if last is not clean:
        memo = {}
        _WINDOWS_MEMO = (clean, memo)
    if (key := (needs, reach)) not in memo:
        memo[key] = _windows_of(clean, needs, reach)
    return memo[key]


def _windows_of(clean: str, needs: tuple[str, ...], reach: Reach
                ) -> list[tuple[int, int, int]]:
    """:func:`_windows`, made."""
    # the shortest word at each place only (a longer one there opens a window inside
    # its window): one scan for all the words (speed34), not a search of the text for each
    pattern, lengths = _starts_pattern(needs)
    spots = [(max(0, m.start() + lengths[m.lastindex or 0] - reach.longest), m.start())
             for m in pattern.finditer(clean)]
    spots.sort()
    out: list[tuple[int, int, int]] = []
    for lo, last in spots:
        if out and lo <= out[-1][1] + 1:
            last = max(last, out[-1][1])
            out[-1] = (out[-1][0], last, last + reach.reads)
        else:
            out.append((lo, last, last + reach.reads))
    return out


def _behind_starts(clean: str, needs: tuple[str, ...], longest: int,
                   stops: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """``(first, last)`` of each run of positions where a match behind a lookbehind that
    holds one of ``needs`` and matches at most ``longest`` characters can start: from the
    end of each place one is written to ``longest`` characters after its start, or to the
    first of ``stops`` after it (characters the lookbehind's text never holds), runs that
    touch joined, in order."""
    spots: list[tuple[int, int]] = []
    for word in needs:
        k = clean.find(word)
        while k >= 0:
            end = k + len(word)
            stop = None if stops is None else stops.search(clean, end, k + longest)
            spots.append((end, k + longest if stop is None else stop.start()))
            k = clean.find(word, k + 1)
    spots.sort()
    out: list[tuple[int, int]] = []
    for first, last in spots:
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(last, out[-1][1]))
        else:
            out.append((first, last))
    return out


def _within(windows: list[tuple[int, int, int]], runs: list[tuple[int, int]], reads: int
            ) -> list[tuple[int, int, int]]:
    """The windows of :func:`_windows` cut to the starts ``runs`` allow (each piece read
    ``reads`` characters past its last start, as _windows reads): names.listed_bare_organ's
    局, 办 and 委 are in every report, its 责任单位： in task lists only (87 -> 14 ms on the
    23 unsealed corpus reports, thirtieth session)."""
    out: list[tuple[int, int, int]] = []
    i = 0
    for lo, last, _ in windows:
        while i < len(runs) and runs[i][1] < lo:
            i += 1
        j = i
        while j < len(runs) and runs[j][0] <= last:
            end = min(last, runs[j][1])
            out.append((max(lo, runs[j][0]), end, end + reads))
            j += 1
    return out


def _list_items(clean: str, start: int, end: int, tokenizer: jieba.Tokenizer,
                seps: regex.Pattern[str] = _ITEM_SEP) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each item of a list written in ``clean[start:end]``, the items
    kept apart by ``seps``: 、 or 和 (or 与) as a word of its own (ANNOTATION rule 6:
    parallel names are separate spans; not the 和 of 西和县)."""
    pos = start
    for m in seps.finditer(clean, start, end):
        if m.group() in "和与" and not on_word_boundaries(tokenizer, clean, m.start(), m.end()):
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, end


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remembered(memo: dict[_K, _V], key: _K, compute: Callable[[_K], _V]) -> _V:
    """``compute(key)``, remembered in ``memo`` (emptied once it holds more than
    :data:`_MEMO_SIZE` entries, so a long run's memory stays bounded)."""
    if key in memo:
        return memo[key]
    if len(memo) > _MEMO_SIZE:
        memo.clear()
    value = memo[key] = compute(key)
    return value


def _short_line(raw: str, pos: int) -> bool:
    """Whether the raw line holding ``pos`` is short (a title or a heading, not a line a
    PDF broke inside a sentence)."""
    return pos - raw.rfind("\n", 0, pos) < _FULL_LINE


def _blocks_around(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each block (a run of ``_BLOCK_CHARS``) that holds a match of
    ``pattern``, in order: one scan for the matches, then each block's ends found from
    its first match (three times faster than one pattern for whole blocks)."""
    end = -1
    for m in pattern.finditer(text):
        if m.start() < end:
            continue  # a second match in the same block
        before = _BLOCK_START.search(text, 0, m.start())
        after = _BLOCK_END.search(text, m.end())
        end = after.start() if after else len(text)
        yield (before.end() if before else 0), end


def not_before_rest(words: Sequence[str]) -> str:
    """A lookahead that fails right after the first character of one of ``words`` when the
    rest of it follows: after ``alternation(heads)``, a head that is really the start of
    部门 or 委托 does not count."""
    if not words:
        return ""
    return "(?!" + "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in words) + ")"


def overlapped(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the match at every position where ``pattern`` matches, overlaps
    included (``regex``'s ``overlapped=True``): a plain scan finds the next match, and the
    positions inside it are tried one by one."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m.span()
        for inner in range(m.start() + 1, m.end()):
            if (n := pattern.match(text, inner)) is not None:
                yield n.span()
        pos = m.end() if m.end() > m.start() else m.start() + 1


@dataclass(frozen=True, slots=True)
class _Suffixes:
    """Words (heads) by length, longest first: the longest that ends a text is found by
    looking its last characters up, as ``next(h for h in words if text.endswith(h))`` over
    the words sorted longest first finds it (one word of a length can end a text). A text
    whose last character ends no word is none's (most list items and candidates asked:
    one look-up, not one a length)."""

    table: frozenset[str]
    sizes: tuple[int, ...]
    lasts: frozenset[str]  # the words' last characters

    @classmethod
    def of(cls, words: Iterable[str]) -> _Suffixes:
        table = frozenset(words)
        return cls(table, tuple(sorted({len(w) for w in table}, reverse=True)),
                   frozenset(w[-1:] for w in table))

    def longest(self, text: str) -> str | None:
        if text[-1:] not in self.lasts:
            return None
        for n in self.sizes:
            if n <= len(text) and text[-n:] in self.table:
                return text[-n:]
        return None

    def shortest(self, text: str, start: int, end: int) -> str | None:
        """The shortest word that ``text[start:end]`` ends in (as ``next(h for h in words
        if text.endswith(h, start, end))`` over the words sorted shortest first)."""
        if text[end - 1:end] not in self.lasts or end <= start:
            return None
        for n in reversed(self.sizes):
            if n <= end - start and text[end - n:end] in self.table:
                return text[end - n:end]
        return None


@dataclass(frozen=True)
class _HeadIndex:
    """One list of heads, ready for :meth:`NameRulePass._head_of`."""

    heads: _Suffixes  # the longest head a word ends with, by a look-up of its last characters
    ends: frozenset[str]  # last characters a head token can end with; other tokens skipped
    memo: dict[str, str | None]  # word -> its head (or None), cleared when full
    ends_re: re.Pattern[str]  # a search for the ends in the tokens' last characters

    @classmethod
    def of(cls, heads: tuple[str, ...], split: Iterable[str] = (),
           compile_re: Callable[[str], re.Pattern[str]] = re.compile) -> _HeadIndex:
        ends = frozenset(h[-1] for h in (*heads, *split))
        return cls(heads=_Suffixes.of(heads), ends=ends, memo={},
                   ends_re=compile_re("[" + "".join(sorted(map(re.escape, ends))) + "]"))


#: a short name the text defines for the name right before it: 横琴粤澳深度合作区（以下简称
#: 合作区）, 前海管理局（简称“管理局”）; the short name is 2 to 12 characters, no clause
DEFINED_ALIAS = re.compile(
    r"[（(](?:以下(?:简称|称)|简称)[：:]?[“\"]?(?P<alias>[^（）()“”\"，,、。；：:\s《》]{2,12})"
    r"[”\"]?[）)]")
#: the labels a defined short name takes over: bodies, facilities and places, whose names
#: the rules delimit well (ORG P 0.96 on train); not a programme's (INITIATIVE P 0.86: a
#: programme the rules misread, d62's 第二水源千岛湖配水供水工程, would be misread everywhere)
_ALIAS_LABELS = frozenset({"ORG", "FAC", "GPE"})
_ALIAS_MAX = 12  # the longest short name DEFINED_ALIAS takes
_MAX_ALIASES = 64


#: a name that ends a list (郑州、洛阳、新乡国家高新技术产业开发区管理委员会; …、河南濮阳工业园区和
#: 濮阳市城乡一体化示范区管委会): a short name defined right after it stands for the list's
#: set of bodies (以下简称管理委员会), no one body (the development gold's d72, rule 9)
_LAST_OF_LIST = re.compile(r"(?:、|、[^、，。；：\n]{1,40}[和及与])$")
_LIST_LOOKBACK = 42


#: a law's duty right before a system it orders set up (NameRulePass._programme: 应当建立|…制度)
_DUTY_BEFORE = re.compile(r"(?:应当|应|必须)(?:建立健全|建立|健全|落实)$")
#: the last words of a named fund, whose body's name may follow it (NameRulePass._run_bodies)
_FUND_ENDS = ("基金", "资金")


def defined_aliases(clean: str, names: list[Candidate]) -> list[Candidate]:
    """The short name a text defines for a name (ANNOTATION rule 9: it refers to one body,
    place, facility or programme) is that name's label wherever it stands from its
    definition on, the bracket included, where no longer name covers it: the development
    gold's 合作区 (d65, 77 times) and 义乌试验区 (d66). A short name defined for no name (单位
    of 社会组织（以下简称单位）), for a title (《总体方案》) or for a programme is none. Each
    short name is searched for once, from its first definition, and at most
    ``_MAX_ALIASES`` of them (a text defines a handful): linear in the text."""
    if "简称" not in clean and "以下称" not in clean:
        return names
    ends = {c.end: c for c in names if c.label in _ALIAS_LABELS}
    first: dict[str, tuple[int, str]] = {}  # short name -> (where its definition starts, label)
    for m in DEFINED_ALIAS.finditer(clean):
        full = ends.get(m.start())
        alias = m.group("alias")
        if full is not None and alias != clean[full.start:full.end] and alias not in first \
                and not _LAST_OF_LIST.search(clean, max(0, full.start - _LIST_LOOKBACK),
                                             full.start):
            first[alias] = (m.start("alias"), full.label)
            if len(first) == _MAX_ALIASES:
                break
    added = [Candidate(start=o.start(), end=o.end(), label=label, norm=alias,
                       rule="names.defined_alias", score=0.7, priority=-1)
             for alias, (start, label) in first.items()
             for o in re.compile(re.escape(alias)).finditer(clean, start)]
    if not added:
        return names
    # a defined short name outweighs a name inside it (管委会 of 度假区管委会) and another
    # label on the same words (the quoted “度假区管委会” of the definition, no programme);
    # a short name is at most _ALIAS_MAX characters, so only those starting that close
    # before a name can hold it
    by_start: dict[int, list[Candidate]] = {}
    for a in added:
        by_start.setdefault(a.start, []).append(a)
    inside = {id(n) for n in names
              for s in range(n.start - _ALIAS_MAX + 1, n.start + 1)
              for a in by_start.get(s, ())
              if n.end <= a.end and (n.end - n.start < a.end - a.start or n.label != a.label)}
    return fill_gaps([n for n in names if id(n) not in inside], added)


#: the labels a name found once carries where its words stand again: bodies and
#: facilities. Not places (a place's reading depends on its context, the gate's), not
#: persons (_same_person), not programmes: their words stand inside other names too
#: (人才强省 of “135”人才强省体系建设工程, 国家公园 of 国家公园GEP核算): on the train
#: split they gained 8 spans and lost 11
_REPEATED_LABELS = frozenset({"ORG", "FAC"})
#: rules whose spans are names only in their context: a function in a law's list of
#: departments (城市供水 of 市水行政、建设、城市供水等部门) is no body elsewhere
_CONTEXT_NAMES = frozenset({"names.level_department_list"})
#: the shortest name so repeated: a shorter one is too often a word of another name
_REPEATED_MIN = 4
#: programmes so repeated: named funds only (names.yaml lexicon.repeated_funds), of at least
#: so many characters: a shorter one is a kind of fund as often (私募基金,
#: 证券投资基金, 社会保险基金 of the bulk laws, each found once and repeated scores of times)
_REPEATED_FUND_MIN = 8
#: at most so many names repeated (a text has a few hundred; bounds the alternation)
_MAX_REPEATED = 512
#: (gpe49, C49w) the settlement rules whose towns, villages and communities a text names by
#: its own context (a list of them, a visit's frame, a clause they act in): a GPE where the
#: same words stand again alone (城西社区 of a list, then 城西社区|举办…), as bodies and
#: facilities are (the division data's towns are found everywhere already)
_SETTLEMENT_RULES = frozenset({"names.listed_settlement", "names.listed_settlement_after",
                               "names.settlement_visited", "names.town_acting",
                               "names.town_village", "names.village_honoured"})
#: a level word that ends such a settlement's name (a name and the level: three characters
#: or more)
_SETTLEMENT_LEVEL = ("街道", "镇", "乡", "村", "社区", "嘎查")
#: what no repeated settlement stands before: its body's, committee's or residents' word
#: (青石镇|人民政府, 东河村|委会: names.yaml SETTLEMENT_END), a facility's head (…社区|卫生
#: 服务中心) or another level word (…村|社区 of a village made a community)
_SETTLEMENT_NOT_BEFORE = re.compile(
    r"[村民委级庄镇落集党两组干居卫服工综治养医务网食书志商活部乡街社]|人民|政府|办事处")


def repeated_names(clean: str, names: list[Candidate], funds: tuple[str, ...] = (),
                   fund_bodies: tuple[str, ...] = ()) -> list[Candidate]:
    """A name the rules found where its context shows it (淮阳龙湖保护区 after 进入,
    义乌国际贸易综合改革试验区 of a title) is the same name, with the same label, where the
    same words stand again in the text without that context: one candidate per other
    occurrence, for the caller to keep where no name covers it. Names of at least
    ``_REPEATED_MIN`` characters only, and only words the text names with one label; of the
    programmes, the funds ending in one of ``funds`` only; before one of ``fund_bodies``, a
    body that runs the fund, the fund is a word of the body's name, one ORG (rules 6, 20)."""
    labels: dict[str, set[str]] = {}
    for n in names:
        if (n.label in _REPEATED_LABELS or n.label == "INITIATIVE"
                and n.end - n.start >= _REPEATED_FUND_MIN
                and clean.endswith(funds, n.start, n.end)) \
                and n.end - n.start >= _REPEATED_MIN and n.rule not in _CONTEXT_NAMES \
                or _named_settlement(clean, n):
            labels.setdefault(clean[n.start:n.end], set()).add(n.label)
    words = {w: next(iter(ls)) for w, ls in labels.items() if len(ls) == 1}
    if not words:
        return []
    norms = {clean[n.start:n.end]: n.norm for n in names}
    taken = {(n.start, n.end) for n in names}
    # what re.compile(alternation(words)).finditer finds, by looking words up (no
    # pattern compiled per document)
    found = WordSpans(sorted(words)[:_MAX_REPEATED]).leftmost(clean)
    out = []
    for s, e in found:
        if (s, e) in taken:
            continue
        label, norm = words[clean[s:e]], norms.get(clean[s:e])
        if label == "GPE" and _SETTLEMENT_NOT_BEFORE.match(clean, e):
            continue
        if label == "INITIATIVE" and clean.startswith(fund_bodies, e):
            # the fund's body: one ORG with the fund's name (船舶油污损害赔偿基金管理委员会,
            # dev-d08; rule 20, the outermost name)
            e += max(len(b) for b in fund_bodies if clean.startswith(b, e))
            label, norm = "ORG", canonical(clean[s:e])
        out.append(Candidate(start=s, end=e, label=label, norm=norm, rule="names.repeated",
                             score=0.7, priority=-1))
    return out


def _named_settlement(clean: str, name: Candidate) -> bool:
    """(C49w) Whether ``name`` is a town, village or community a settlement rule read by the
    text's own context: a GPE of three characters or more ending in its level word."""
    return name.label == "GPE" and name.rule in _SETTLEMENT_RULES \
        and name.end - name.start >= 3 and clean.endswith(_SETTLEMENT_LEVEL, name.start, name.end)


def _link(cands: list[Candidate], suffixes: tuple[str, ...]) -> list[Candidate]:
    """Variants of one initiative share one canonical name: a bare ``135`` in a
    text that also writes ``135工程`` (one of ``suffixes``, names.yaml
    ``lexicon.kept_suffixes``) is linked to ``135工程``."""
    norms = {c.norm for c in cands if c.label == "INITIATIVE" and c.norm}
    out = []
    for c in cands:
        if c.label == "INITIATIVE" and c.norm:
            longer = [c.norm + s for s in suffixes if c.norm + s in norms]
            if len(longer) == 1:
                c = Candidate(start=c.start, end=c.end, label=c.label, norm=longer[0],
                              rule=c.rule, priority=c.priority, score=c.score)
        out.append(c)
    return out

"""The facts stage: what each number measures, for which place and period (../shared/FACTS.md).

It runs after the mentions, on the raw text, and reads the clause structure with the
vocabulary of ``rules/facts.yaml``:

* a clause ends at ``，；：。！？`` or a line break (never inside a mention);
* the *indicator* of a value is what is left of the words before it in its clause
  (after the previous value) once the leading words (其中, 全年, 全省, a DATE, the
  subject GPE/ORG) and the trailing ones (比上年, 同比, the verb, 为, 达到, 分别) are
  cut off; a clause with nothing left (``，比上年增长4.7%``) takes the indicator of the
  figure before it; ``占…比重`` takes the subject before it; a ``其中`` item borrows
  the quantity word of the figure it breaks down; 分别 lists are composed item by item;
* ``kind`` and ``direction`` come from the verb that was cut and the unit
  (个百分点: change), ``status`` from target words, ``period`` from the nearest DATE
  that is no comparison base (clause, sentence, paragraph, heading, then the
  document's period; stocks take ``YYYY-12``), ``place`` from the subject, else the
  document's place (its title or issuing body).

:func:`baseline_facts` is the simple method it is measured against: the nearest noun
phrase before the number (jieba's parts of speech) and the nearest verb.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache, partial
from pathlib import Path
from typing import Any

from .dates import PRICE_BASE_AFTER
from .model import Fact, Mention, Sentence
from .numbers import NumeralError, parse_numeral
from .patterncache import PatternCache, cache_folder
from .rules import RuleError, alternation, default_rules_dir, load_yaml
from .runs import first_char_guard
from .segment import load_word_tags, tagged_words

FACT_LABELS: frozenset[str] = frozenset({"MONEY", "COUNT", "PERCENT", "QUANTITY"})
KINDS = ("level", "growth", "change", "share")
STATUSES = ("actual", "target")
RULE_ID = "facts:clause"
BASELINE_ID = "facts:baseline"

_BOUNDARY = re.compile(r"[，,；;：:。！？!?]")
_SEMICOLON = re.compile("；")
_CLAUSE_OR_LINE = re.compile(r"[，,；;：:。！？!?\n]")
_CLAUSE_OR_LINE_MARKS = frozenset("，,；;：:。！？!?\n")  # its marks, for _last_clauses
#: a numbered heading or caption line, and a top heading (一、…), after their ``^``; not a
#: wrapped line that opens with a decimal figure (3518.27 万元;…, F45k)
_HEADING_LINES = (r"[ \t\u3000]*(?:\d{1,2}(?!\d*[.．]\d)|表\s*\d+|图\s*\d+)[^，,。；\n]{0,40}",
                  r"[ \t\u3000]*[一二三四五六七八九十]+、[^，,。；\n]{0,40}")
#: a line break that ends a paragraph: after 。！？；：, a closing bracket (…负责）) or a
#: closing quote after a sentence's end (。”), before a blank line or after a short line
#: without commas or a top heading (一、…); others are soft (PDF wraps, 小巨人”\n企业)
#: (the definition; :func:`_paragraph_breaks` finds the same breaks line by line)
_HARD_BREAK = first_char_guard(re.compile(
    r"(?:(?:[。！？!?；;：:）)]|(?<![\u4e00-\u9fff\w])[」”]|[。！？!?；;：:][」”])"
    r"[ \t\u3000\r]*|\n[ \t\u3000\r]*|^[^，,。\n]{0,16}"
    rf"|^{_HEADING_LINES[0]}"
    rf"|^{_HEADING_LINES[1]})\n"
    r"|\n(?=[ \t\u3000\r]*\n)", re.M))
#: a line that is a numbered heading or caption, matched at its start (_HARD_BREAK's)
_HEADING_LINE = re.compile("|".join(rf"{a}\n" for a in _HEADING_LINES))
_BREAK_ENDS = frozenset("。！？!?；;：:）)")  # a line that ends in one (spaces after) breaks
_BREAK_QUOTES = frozenset("」”")  # so does one that ends in a quote after no word
_LINE_TAIL = " \t\u3000\r"  # the spaces _HARD_BREAK lets stand before a line's break
_HEADING_HEADS = frozenset("表图一二三四五六七八九十")  # (and digits) a heading line opens with


def _paragraph_breaks(text: str) -> list[int]:
    r"""Where the paragraphs of ``text`` end: the ``\n`` of each match of _HARD_BREAK, found
    line by line (0.033 -> 0.009 CPU-s on the readable reports and 100 bulk files, same
    breaks on every readable report and bulk file: re tries _HARD_BREAK at every
    character, its ``^`` leads allowing no skip). As _HARD_BREAK's scan goes: a line's
    break is found from its start, or from the break before it when that one was passed
    over (``pending``: only a blank line then breaks at once); an empty line reached at its
    start breaks the next line instead when that one is blank (``\n[ \t\u3000\r]*\n``).
    A heading of 表 or 图 whose number may stand on a later line (``表\s*\d+``) is read
    by _HARD_BREAK itself."""
    out: list[int] = []
    find = text.find
    start = 0
    pending = False  # the \n before ``start`` was passed over (no match starts at it)
    while (end := find("\n", start)) >= 0:
        if start == end and not pending:  # an empty line reached at its start
            after = find("\n", end + 1)
            if after >= 0 and not text[end + 1:after].strip(_LINE_TAIL):
                end = after
            out.append(end)
            start, pending = end + 1, False
            continue
        if text[end - 1] in _BREAK_ENDS or pending and not text[start:end].strip(_LINE_TAIL):
            out.append(end)
            start, pending = end + 1, False
            continue
        breaks = _line_breaks(text, start, end)
        if breaks is None:
            return [m.end() - 1 if m.group(0).endswith("\n") else m.start()
                    for m in _HARD_BREAK.finditer(text)]
        if breaks:
            out.append(end)
        start, pending = end + 1, not breaks
    return out


def _line_breaks(text: str, start: int, end: int) -> bool | None:
    r"""Whether a match of _HARD_BREAK starts in the line from ``start`` to its ``\n`` at
    ``end`` (the scan at its start; None: a 表 or 图 heading whose number may follow
    on a later line, for _HARD_BREAK itself)."""
    line = text[start:end]
    kept = line.rstrip(_LINE_TAIL)
    if kept and (kept[-1] in _BREAK_ENDS or kept[-1] in _BREAK_QUOTES and (
            (at := start + len(kept) - 1) == 0
            or not ("\u4e00" <= (before := text[at - 1]) <= "\u9fff"
                    or before.isalnum() or before == "_"))):
        return True
    if len(line) <= 16 and "，" not in line and "," not in line and "。" not in line:
        return True
    head = line.lstrip(" \t\u3000")
    if head and (head[0] in _HEADING_HEADS or head[0].isdecimal()):
        if head[0] in "表图" and (len(head) == 1 or head[1:].isspace()):
            return None
        return _HEADING_LINE.match(text, start) is not None
    return False


_STRIP = re.compile(r"[\s“”\"‘’'「」『』《》]")
#: an aside in brackets (an alias: 地区生产总值（GDP）; a note mark: ［4］; a unit: （万元）;
#: a note: （下同）), which goes; a bracketed alternative or qualifier of one to three Chinese
#: characters right after a noun (中外合作办学机构（项目）, 县（市、区）, 绿色（低碳）工厂,
#: 首台（套）, 中欧班列（西安）) is part of what is counted and stays (train gold), and so does
#: a note of what the figure covers or leaves out (足球场（含笼式足球场）, 固定资产投资（不含农户）:
#: a scope, gold/facts/NOTES.md F32e; not a bracket of examples: （含材料、装备等环节）)
#: a note of how the figure is priced (地区生产总值（现价）, 工业增加值（可比价）) is no
#: alternative: it goes, as 可比 and 按可比价计算 do before a growth (F43a, F42k)
_SCOPE_NOTE = r"(?:不?含|不包括)[^（()）等]{1,24}"  # 不包括 as 不含 (F43a)
_ALTERNATIVE = (r"(?!(?:亿|万|千|百)?(?:元|美元|人|吨|个|户|公里|千米|米|亩|公顷|千瓦|度|件|辆)[、）)])"
                r"(?!下同|试行|暂行|草案|含|简称|现价|当年价|可比价|不变价|折纯)[\u4e00-\u9fff]{1,3}")
#: an alias of a sector (第一产业（农业）, 第三产业（服务业）) names the same figure and goes (F44i)
_PAREN = re.compile(rf"(?:(?<=第[一二三]产业)|(?![（(](?:{_SCOPE_NOTE}|{_ALTERNATIVE}(?:、{_ALTERNATIVE}){{0,2}})"
                    r"[）)]))[（(][^（()）]*[）)]|\[\d+\]|［\d+］")
#: the characters every match of _PAREN starts with
_PAREN_MARKS = frozenset("（([［")
#: a bulletin paragraph's topic word written before its first sentence, which opens with
#: its period or its place and then the words of a quantity (人口 年末全县常住人口…, 畜牧全年
#: 出栏生猪…): a heading, no part of what the figures measure (F43d). Not a subject whose
#: period comes right before its figure (民用航天全年12次发射: nothing named after 全年)
_GLUED_TOPIC = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]*"
                          r"(?=(?:全年|年末|年底|全县|全区|全市|全镇|全旗|初步核算|据初步核算|经初步核算)"
                          r"[\u4e00-\u9fff]{2})"
                          # 农产品 粮食作物总产量…: a topic a space sets apart from any sentence
                          # (F44c; real county bulletins, facts44)
                          r"|[ \t\u3000]+(?=[\u4e00-\u9fff]{2}))")
_GROWTH_UNITS = frozenset({"%", "倍", "成", "‰"})
#: the labels of a threshold that defines what a later figure counts (亿元以上项目34个)
_THRESHOLD_LABELS = frozenset({"MONEY", "QUANTITY"})
_OVER_ITEM = re.compile(r"超过?[^，,；;。的]{1,12}的")
#: the characters that make a word of the 过 after them (通过, 经过, 度过, 越过): no bound there
_PASS_CHARS = "通经度越跨穿错闯路胜难"
_OVER = re.compile(rf"(?:超过?|(?<![{_PASS_CHARS}])过|高于|低于|不足)$")  # 产值过50亿元的X
#: the words between a count and a threshold inside what it counts (个|投资额|百亿元以上)
_COUNTED_RUN = re.compile(r"[\u4e00-\u9fff]{1,12}")
#: the most characters of a measure between a count and the bound it is over (年营业收入)
_MEASURE_CHARS = 8
#: the most characters of what a count counts and its measure before a bound that ends the
#: clause (乡镇（街道）一般公共预算收入|超过5000万元)
_RUN_CHARS = 16
#: a bound's value that ends its clause (…收入超过5000万元，分别是…)
_THRESHOLD_END = re.compile(r"\s*(?:[，,；;。]|$)")
#: the bound before such a value (not 突破 or 达: a total reached, 13个园区营业收入突破2.5万亿元)
_BOUND_BEFORE = re.compile(
    rf"(?:超过?|(?<![{_PASS_CHARS}])过|高于|低于|不足|不低于|不少于|不超过)\s*$")
#: 完成 linking the name of a year's total to its value (地区生产总值完成150亿元, 一般公共预算
#: 收入完成12亿元), not a count of work done (完成植树造林129万亩) nor an investment (a total
#: over the years a review covers as often as the last year's)
_LINKED_DONE = re.compile(r"(?:总值|增加值|收入|零售总额)(完成了?)$")
#: what stands between an owner's count and its parts' count (8所高校14个学科, 3个县的12个村): a
#: short run of Chinese characters, perhaps ending in 的, without punctuation
_NOUN_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}的?")
_MODIFIER_AFTER = re.compile(r"\s*(?:(?:及以上|及以下|以上|以下)的?[\u4e00-\u9fff]|一遇)")
#: a clause that opens a breakdown of the figure before: 其中, 分门类看, 按地区分
_BREAKDOWN = re.compile(r"其中|分[\u4e00-\u9fff]{1,8}?看|按[\u4e00-\u9fff]{1,8}?分|"
                        r"从[\u4e00-\u9fff]{1,8}?看")
#: achievement verbs and period words inside an indicator (X实现增加值 -> X增加值)
#: a clause that names the whole a breakdown is of: 在规模以上工业中
_LISTED_BREAKDOWN = re.compile(r"、(?=其中)")
_BREAKDOWN_CLAUSE = re.compile(r"(?:全年)?在?[\u4e00-\u9fff]{2,14}中")
_BREAKDOWN_LEAD = re.compile(r"^(?:其中|分[\u4e00-\u9fff]{1,8}?看|按[\u4e00-\u9fff]{1,8}?分|"
                             r"从[\u4e00-\u9fff]{1,8}?看)(?=[，,：:])?[，,：:]?")
#: an article's number before its text (第十二条): no part of an indicator
#: a list mark and a verb between the values of one 分别 list (、0.7%和下降46.8%)
_TURN = re.compile(r"\s*[、和及与]\s*([\u4e00-\u9fff]{2,3})\s*")
#: an ordinal list's items (第二、三产业)
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+$")
_ORDINAL_REST = re.compile(r"[一二三四五六七八九十]+")
#: a place written with its administrative suffix (常德市, 海拉尔区), not a short name
_ADMIN_END = re.compile(r"(?:省|市|区|县|州|旗|盟)$")
_YEAR_END = re.compile(r"\d{4}-12")
#: a part of one year (2019-01/2019-09: 前三季度, 1-11月份): 全年 after it names that year (F42pb)
_PART_OF_YEAR = re.compile(r"(\d{4})-\d\d/\1-\d\d")
#: a DATE that names a year's end, not its last month (2020年底, 年末; not 2022年12月)
_YEAR_END_TEXT = re.compile(r"[末底]")
#: a reference date in a year's last two months (a report delivered then reviews that year)
_LATE_IN_YEAR = re.compile(r"\d{4}-1[12]")
#: the end of a plan after its name (到“十五五”末, 十四五期末): the plan's last year
_PLAN_END_AFTER = re.compile(r"[”\"]?期?末")
#: the end of the year a clause names without a year of its own (年底前完成200个; not the
#: base of a comparison, 比上年末, 较去年年底)
_YEAR_END_WORD = re.compile(r"(?<![\d一二三四五六七八九十〇零月上去年])(?:年底|年末)")
#: a year of a plan named after it (“十五五”开局之年: its first; 收官之年: its last), as
#: rules/ref_dates.yaml's plan_years read 今年是“十五五”开局之年 for the reference date
_PLAN_YEAR_AFTER = re.compile(r"[”\"]?(?:规划)?(?:时期|实施)?的?"
                              r"(开局之年|开局年|起步之年|第[一二三四五]年|收官之年|收官年|最后一年)")
_PLAN_YEAR_PLACES = {"开局之年": 0, "开局年": 0, "起步之年": 0, "第一年": 0, "第二年": 1,
                     "第三年": 2, "第四年": 3, "第五年": 4, "收官之年": 4, "收官年": 4,
                     "最后一年": 4}
_STRAY = re.compile(r"^[（(）)、]+|[（(]$")
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇\d]+[条款项]")  # 第一千一百条 (the civil code)
#: a line that opens with an article's number (第一条 为了规范…): the body of a law or rules
_ARTICLE_LINE = re.compile(r"(?m)^[\s#]*第[一二三四五六七八九十百零〇\d]+条")
#: after a table row's bare number and its spaces (3 社会消费品零售总额增长9%左右), the row's words
#: begin: a word, not a classifier or unit (12 个县, 2 万人 are counts, not row numbers) (F42a)
_ROW_NUMBER_NEXT = (r"(?=[\u4e00-\u9fff])"
                    r"(?![个万亿千百十元年月日时家项人户条名所座处次批件台套辆只头亩吨倍层栋])")
#: a list item's number at the start of a line (40.全市城镇污水处理厂开工4座, 29．完成…):
#: the indicator starts after the last one before the value (a task breakdown's line of
#: responsible bodies before it, 责任单位：市发改委\n128.新增…, is no part of it); a bullet
#: mark that opens a line is one too (-新增城镇就业1.2万人, ——新建学校3所, ●…: F43h)
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t\u3000]*(?:\d{1,3}[.．](?!\d)"
                          r"|[-－—–·•●◆■▪]{1,2}(?=[ \t\u3000]*[\u4e00-\u9fff])"
                          r"|[（(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
                          r"|\d{1,3}[ \t\u3000]+" + _ROW_NUMBER_NEXT + r")[ \t\u3000]*")
_EXAMPLES = re.compile(r"等(?:方面|领域|行业|类)?$")
_SPAN_REST = re.compile("期间|时期|间")  # after a span's name: the span (_after_span)
_ADDED_VALUE = "增加值"  # a quantity word that holds a verb (增加): _colon_topic reads it whole
#: a markup tag (</p><p><strong>: pages saved with their HTML): it bounds a block, as a line
#: break does, and no words of the text stand in it
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
#: how long the words before a list of examples may be for the list to go (新开发)
_EXAMPLE_LEAD = (2, 4)
#: the fewest characters one named example takes (广西人工智能学院等创新平台)
_ONE_EXAMPLE = 4
#: a value written as a bare magnitude (上万支, 上亿元): the 上 before it is outside its span
_BARE_MAGNITUDES = frozenset("万亿千百")
#: the owner of an attribute after its value and 的 (规模500亿元的|浙江社保科创基金)
_OF_OWNER = re.compile(r"[“”\"\u4e00-\u9fff]{2,20}")
#: a value written right after a linking or threshold word (超过10亿元的企业): no attribute
_LINKED = re.compile(r"[超过于足达到为至]\s*$")
#: the end of a list of examples inside an indicator (外环道路、旧城道路等|城市主次干道)
_EXAMPLES_BEFORE = re.compile(r"(?<![高中平同均对一二三特])等(?![级同于量值额待]|方面|领域|行业|类)(?=[\u4e00-\u9fff]{2})")
#: verbs joined by 及/和 (新建及改造): one selecting verb
_VERB_RUN = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[及和与][\u4e00-\u9fff]{2})?")
_VERB_JOIN = re.compile(r"[及和与]")
#: the granting body and verbs of a grant, which are no part of what is granted (not the
#: 对 of 对外, external: 对外承包工程营业额)
_GRANT_WORDS = re.compile(r"^对于|^对(?!外)|^按照?|省级财政|市级财政|省级|市级|县级|区级|按规定|分别|给予|最高不超过|最高")
#: a grant: what is awarded after 给予 (一次性奖补) or after the value (0.5%的发行费用支持),
#: who gets it (对X up to the granting body or the clause's end), the base of a rate
_AWARD = re.compile(r"(?:最高不超过|最高|不超过|一次性(?=[\d一二三四五六七八九十]))?"
                    r"([\u4e00-\u9fff]{2,12}?)(?=[，,；;。（(]|$|最高|\d|[一二三四五六七八九十百千]+万?元)")
_AWARD_AFTER = re.compile(r"的?([\u4e00-\u9fff]{2,12})(?=[，,；;。（(]|$)")
_AWARD_OF_VALUE = re.compile(r"[\d.]+\s*(?:%|[万亿]?元)的?([\u4e00-\u9fff]{2,12})(?=[，,；;。（(]|$)")
_AWARD_LEAD = re.compile(r"^(?:企业|其|每[人户家个年]?)")
#: the granting bodies a grant names (省级财政…给予): where a grantee's words end
#: a body's level is a granter only before what it grants or how (省级给予, 市级按照; not 市级
#: of 市级及以上分支机构, which names the grantee: F51a)
_GRANTERS = ("(?:省级财政|市级财政|省级|市级|区级|县级|省财政|市财政|区财政|县财政)"
             "(?=按|给予|予以|分别|一次性|奖|补|资助|最高)")
#: an item's number before the words it opens (1., 2、, （一）; F51e: before a grantee clause,
#: not before 对, which the facts train gold of a fund's rules reads otherwise: NOTES F51e)
_ITEM_MARK = r"(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
_BENEFICIARY = re.compile(r"(?:^|[，,；;：:]|条)对于?([^，,；;：:]+?)(?="
                          + _GRANTERS + r"|按照?|给予|予以|分别|[，,；;：:]|$)")
#: how far after a DATE the end of the aside it may stand in is looked for (characters)
_ASIDE_REACH = 120
#: how far from its value a grant's words are read (characters)
_GRANT_REACH = 200
#: a grantee written without 对, before the granting body (企业级平台省级给予…)
_GRANTEE = re.compile(r"(?:^|[，,；;：:]|条)([^，,；;：:对]+?)(?=" + _GRANTERS + ")")
#: the action a supported grantee carries out, which names the grantee of the grant
#: (支持工业企业开展X工作，省级给予… -> X工作)
_ACTION = re.compile(r"^[^的]{2,12}?(?:开展|实施)(.+)$")
#: words of a grantee that date it (上一年度购置…的): the period, no part of the grantee
_GRANTEE_YEAR = re.compile(r"上一?年度")
#: a grantee named by the condition that opens the sentence (购买自用办公用房的，按…给予)
_CONDITION = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                        r"([^，,；;：:对]+?的)(?=[，,])")
#: F51k: 一次性 right after the grant verb, before the sum whose award follows it
_ONE_OFF_BEFORE = re.compile(r"(?:给予|予以)一次性$")
#: F51d: a grantee a 的 describes, written right before the grant verb without 对 or a
#: granter (注册资本在1亿元以上的金融机构给予30万元的一次性补助)
_GRANTEE_DESCRIBED = re.compile(r"(?:^|[，,；;：:])([^，,；;：:对给按]{2,30}?的[^，,；;：:的给按]{1,8}?)"
                                r"(?=给予|予以)")
_RATE_BASE = re.compile(r"按照?([^，,；;。]*?)$")
_BASE_LEAD = re.compile(r"^(?:不超过|不高于|不低于|其|该|上年度|上一年度)+")
#: a rate of a base: 按照项目设备购置额的10%
_RATE_OF = re.compile(r"按照?[^，,；;。]*$")
_GRANT = re.compile(r"给予(?:最高不超过|最高|不超过)?([\u4e00-\u9fff]{1,10}?)(?=[，,；;。]|$)")
_BOUND = re.compile(r"(?:最高|最多|不超过|不高于|上限)+$")
#: a rank a counted noun ends with: its predicate of selection (14种农产品产量居全国第1位,
#: 4个指标列全市第一: the train gold keeps both)
_RANKED_COUNT = re.compile(r"(?:居|位居|位列|列)(?:全国|全省|全市|全区)第[一二三四五六七八九十\d]+位?$")
#: a figure converted from the one before it (约合32.7亿元人民币, 折合人民币1.05万亿元), also
#: at an exchange rate, in an aside or its own clause (人均地区生产总值39102元，按年平均汇率
#: 计算为5791美元; 63525元（按年平均汇率折算为9847美元）; 29057元（折合4505美元）): the same
#: quantity in another currency, its year the rate's price base, no period (F49a)
_CONVERTED = re.compile(r"[，,（(]?(?:按(?:\d{4}年)?(?:全?年)?(?:平均|年均)?汇率(?:计算|折算|折合)?"
                        r"(?:为|是)?|约合|折合|折算为|合)(?:人民币|美元)?(?:约)?")
#: the words between a count's noun and the figure of its quantity (项目总投资|达|4523亿元)
_NEXT_ATTRIBUTE = re.compile(r"、\s*([\u4e00-\u9fff\s]{1,10}?)\s*[\d.]+\s*[万亿千百]?\s*"
                             r"[\u4e00-\u9fff/]{0,4}?\s*(?=的)")  # (a PDF's spaces, line breaks)
_THING_STOP_TAGS = frozenset(("v", "vd", "a", "ad"))  # before a verb, a number… (_thing_words)
_OWNER_STOP = re.compile("目前|现已|已经?|正在|即将|建设|建成")  # what the thing does or is
_ATTRIBUTE_HOPS = 3  # the attributes of one thing a list of them runs through at most
_LINK_TAIL = re.compile(r"(?:约|近|达到?|为)$")  # 总投资约20亿元的X: the link goes (超过: a class)
_LINK_ONLY = re.compile(r"(?:共|约|合计|总计)?(?:达到|达|为|约|近|超过|超|突破|逾)?(?:约|近)?")
_CARRY_STOP = re.compile(r"[，,；;：:。！？!?、]")
#: the words that end in 及 (惠及, 涉及, 普及 …): no list's 及, nor a list mark before a
#: value (惠及154万户家庭)
_JI_VERB_FIRSTS = "惠涉普波遍覆"
_JI_WORDS = tuple(f"{c}及" for c in _JI_VERB_FIRSTS)
#: a conjunction between two nouns (not the 及 of 普及, 惠及)
_PAIR_CONJ = re.compile(rf"和|(?<!参)与|(?<![{_JI_VERB_FIRSTS}])及")
#: 分别 (respectively) ties a list of figures to a list of items: never part of what one
#: of them measures (实际利用外资分别占比 -> 实际利用外资占比)
_RESPECTIVELY = "分别"
#: the name rules whose ORGs are companies (the gazetteer's, a list closed by 等…企业, a
#: company written with its product: 芯联|12英寸特色工艺生产线)
_COMPANY_RULES = frozenset({"names.gazetteer.company", "names.company_list",
                            "names.company_short_list", "names.company_product"})
_COMPANY_END = re.compile(r"(?:集团|公司)$")
#: a base per head a list's first item opens with (每千人托位、养老床位数): the items share it
_PER_HEAD = re.compile(r"每(?:[一二三四五六七八九十百千万\d]+)人|每万|人均")
#: a scope a list's first item opens with when the items share their quantity word
#: (限额以上通讯器材、家用电器、新能源汽车零售额)
#: (农村 too: 农村自来水、卫生户厕普及率 -> 农村卫生户厕普及率, the area the items share, gold d26;
#: not 农村居民 or 农村人口, an item of its own beside 城镇居民, nor 农村地区); 限上 and 规上
#: are the short forms of 限额以上 and 规模以上 and lead the items as they do (F38f: 限上批发、
#: 零售业销售额 -> 限上零售业销售额; not the 规上 of 升规上限, a verb)
_SCOPE_LEAD = re.compile(r"(?:限额|规模)以上|限上|规上(?!限)|农村(?!居民|人口|地区)")
#: a per-unit base that a list's later items open with (亩均税收 after 规上工业亩均增加值)
_PER_BASE = re.compile(r"[人亩户地]均")
#: a count of a subject ending a list's first item, whose later items may measure the same
#: subject (生产安全事故起数、死亡人数; 招商引资签约项目数与合同额)
_COUNT_HEAD = re.compile(r"(?:起数|人次|人数|项目数|户数|家数|件数|个数|数量)$")
#: the country's whole area (a leader word); the names a national document's place has
_NATIONAL = "全国"
_COUNTRY_NAMES = frozenset({None, "中国", "全国", "中华人民共和国", "我国", "国家"})
#: one-character quantity words two list items may end alike in (受理数、案损数)
_ONE_CHARACTER_QUANTITY = frozenset("数额量")
#: how long a later item of a list may be to be a bare quantity of the first's subject
#: (死亡人数, 总花费)
_BARE_QUANTITY = 4
#: what may follow a count whose noun is all written before it (普通卫生院12所）, not 60个团)
_COUNT_ENDS = frozenset({"", "，", ",", "。", "；", ";", "、", "）", ")"})
#: a verb of holding a level written right before an item's value (稳定在, 保持在): the item
#: states what it holds, not what a series' selecting verb (新增) adds
_HELD_AT = re.compile(r"(?:稳定|保持|控制|维持)在$")
#: how long a rate written alone in a series may be to take the owner of the item before
#: (市场就业率, 劳动生产率: ``series_owners``)
_SERIES_QUANTITY = 5
#: a verb of effort before a count whose noun ends in 建设 (加快6个抽水蓄能电站建设, 加快宝鸡、
#: 延安等4个物流基地建设, 推进7所院校“双高计划”建设): the verb and 建设 together are the task, the
#: count counts the things; 建设 is no part of it (gold/facts/NOTES.md F32a). Not after a verb
#: of achievement (推进完成8座热力站建设, 加快实施…建设: 建设 is what was done, as 完成…建设)
_FURTHERED = re.compile(r"(?:加快|加速|推进|推动|支持|加强)(?:(?!完成|实施)[^，,。；;：:]){0,8}$")
#: a zone written without a name of its own (产业园区, 省级物流园区, 国家级开发区): four
#: characters at least before its kind, no rank
_GENERIC_ZONE = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:园区|区)$|级")
#: the end of a term (年末, 上年末, 6月末, 期末), not of a week (周末专家)
_TERM_END = re.compile(r"(?<=[年月期季])末")
_ITEM_SPLIT = re.compile(rf"、|和|(?<![{_JI_VERB_FIRSTS}])及|与|以及")
_LAST_CONJ = re.compile(r"以及|[和及与](?!率)")
_SPACES = " \t\u3000\n\r\u00a0"
#: what a clause's opening is stripped of: spaces and quotes
_OPENING_STRIP = _SPACES + "“”\""
#: a heading without a number (2026年重点工作) is a short line without these marks
_HEADING_MARKS = re.compile(r"[，,。；;：:！!？?、]")
_BARE_HEADING_CHARS = 20
#: a frame word that ends the words after a count (7种主要工业产品中, 从四大行业来看, 5个试点地区
#: 之一): what is counted is before it (not 高中, 集中, 其中)
_FRAME_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![集高初其空心])(?:中|来看|之一)$")
#: the rest of a list of examples closed by 等 after its first name (宜川、平利等5个县区)
_EXAMPLE_LIST = re.compile(r"(?:[、和及][^、，,。；;：:]{1,10}?)*等")
#: the same after a body: its items are names, longer than places (X示范中心、南昌市职业技能实训基地等)
_ORG_EXAMPLE_LIST = re.compile(r"(?:[、和及][^、，,。；;：:]{1,20}?)*等")
#: what a line that is only a date (（2020年6月6日）, a delivery or signature) is made of
_DATE_ONLY = re.compile(r"[\d０-９〇一二三四五六七八九十年月日号时分\s（）()—-]")
#: a table's or figure's caption (表1  2022年年末常住人口数及其构成) heads no paragraph
_CAPTION = re.compile(r"[表图]\s*\d")
_STRIP_CHARS = frozenset(" \t\u3000\n\r\u00a0\u2002\u2003\u2009\u200b\f\v“”\"‘’'「」『』《》")
#: a bare magnitude that starts a counted noun (两个万亿元台阶, 3个千亿级产业集群)
_MAGNITUDE_NOUN = re.compile(r"[十百千万亿]+[元级]?[\u4e00-\u9fff]")
#: a sector or area that opens a clause without figures (服务业…, 成渝地区双城经济圈…): the
#: owner of a quantity word written alone in the clause after it (，增加值跨上3万亿元)
_SECTOR_OPENING = re.compile(r"[\u4e00-\u9fff]{1,10}?[业圈]")
_CLAUSE_PUNCT = re.compile(r"[，,；;]")
#: the units of works measured by their length or area (农村公路等级提升7公里)
_WORKS_UNITS = frozenset(("公里", "千米", "米", "亩", "平方米", "平方公里", "公顷"))
#: nothing counted written after a figure (提升7公里；, 提升2万户以上，; not 提升两个等级)
_NOTHING_COUNTED_AFTER = re.compile(r"(?:以上|左右|多|余)?(?![\u4e00-\u9fff])")
#: the units of places in a ranking (排名提升6位: a change of the rank)
_RANK_UNITS = frozenset(("位", "名"))
#: the longest owner a clause without figures opens with before a quantity word it owns
_OWNER_MAX = 8
#: the longest quantity word whose first noun may take back a clause before (问题解决率)
_TAKEN_BACK_MAX = 6
#: the most characters of a body a clause without figures sets up (_set_up_owner)
_SET_UP_MAX = 24
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: a class of goods alone (饮料类, 粮油、食品类), not all of them (各类) or a kind of people
_GOODS_CLASS = re.compile(r"(?![各分])[\u4e00-\u9fff、]{1,10}[^各分、]类")
#: how far back a class of goods looks for the quantity word of goods sold
_GOODS_BACK = 600
#: a top heading line (六、国内贸易)
_TOP_HEADING = re.compile(r"[一二三四五六七八九十]+、")
_ANY_DIGIT = re.compile(r"[\d０-９]")
_DATE_LEAD = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}(?:[—-]\d{1,2})?月份?)?")
#: a short noun alone before its count, a later item of a series (，过街天桥2座)
_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: what a leader (完成, 达, 到) leaves when it is the verb of a rate's name (完成率, 达标率,
#: 到位率): the leader stays (gold/facts/NOTES.md F40b)
_RATE_OF_LEADER = re.compile(r"[\u4e00-\u9fff]?率")
#: _rate_of_figure_before (F40c): how long a rate named by a verb (按期办结率) is at most; the
#: labels of a figure whose counted things such a rate is of; the tags of the words that go
#: before that figure's noun (verbs that select nothing; places and times: 安徽今年); the marks
#: that end the clause before
_VERB_RATE = 6
_COUNT_OR_SUM = ("COUNT", "MONEY", "QUANTITY")
_VERB_TAGS = frozenset(("v", "d", "p"))
_PLACE_TIME_TAGS = frozenset(("ns", "t"))
_CLAUSE_END = re.compile(r"[，,；;：:]")
#: a longer noun alone before its count after a comma (，新能源汽车充电桩460个: F41a), and the
#: tags of the words it may neither open nor end with (a clause that writes its own verb:
#: ，改造提升农贸市场13个; a level held: ，用户达到285万户)
_LONG_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{5,8}")
_OWN_VERB_TAGS = frozenset(("v", "d", "p", "c", "ns", "t", "m"))
#: and the tags it may not open with (，移动互联网用户285万户: what the figure before's verb
#: did not make; a measure word, 个; a pronoun of time or each, 每年)
_OWN_VERB_FIRST = _OWN_VERB_TAGS | {"vn", "q", "r"}
#: the tags of a first word that opens a noun (n, nz, nt; b: 公共, 多功能; a: 老旧): another
#: tag (an idiom, l: 登记在册, 名特优新) opens an item only when its unit is the figure before's
_NOUN_FIRST = ("n", "b", "a")
#: and the tags it may not end with: an action (，每年可发电16.98亿度), no thing counted
_OWN_VERB_LAST = _OWN_VERB_TAGS | {"vn"}
#: a verb of making written X化 (硬化, 绿化, 亮化: jieba's tags call some nouns) in such a
#: clause is its own verb (，硬化村组道路680公里, ，乡村绿化植树3900万株); 文化 and 变化 are nouns
_MAKING_WORD = re.compile(r"(?![文变])[\u4e00-\u9fff]化")
#: a later item of what a body has (，大集体人员): a short noun after a comma
_HELD_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")
_COMMAS = ("，", ",")
#: what may follow the value of a list item that writes its words before it (F46j)
_ITEM_ENDS = frozenset("，,、；;。")
#: how many of a sentence's last figures a later clause's quantity is looked for in (F36g)
_TOPIC_FIGURES = 8
#: what a framing verb (实施) stays with: a count of projects (实施重点项目47个, 实施重大
#:科技专项9个: a 专项 is a programme of projects)
_PROJECTS = re.compile(r"(?:项目|工程|专项)$")
_A_NUMBER_OF = re.compile(r"^(?:一?系列|一批|一些|多个|若干)")  # 开工一批重大项目: how many, no kind
#: what stands between the noun of a count and the next count of its list: nothing, or a
#: list mark and the next item's words (…经验、深圳综合改革试点|48项)
#: what makes works named after it a campaign counted (10个专项整治), not works done on
#: the things a list counts
_CAMPAIGN = "专项"
#: the verb that selects the things added this period (新增X 2个): the level reached after
#: it counts all of them (、达到29个)
_ADDED = "新增"
_NEXT_ITEM = re.compile(r"(?:[、和及与][^，,；;：:。！!？?]*)?")
#: achievement verbs inside the noun a count counts (198项事项实现跨境通办): they go
_ACHIEVED = re.compile(r"(?<=.)(?:实现了?|完成了?)(?=.)")
_QUALIFIED_OF = re.compile(r"^(?:以上|以下|左右)(?=的)")
_NUMERAL_START = re.compile(r"[\d０-９零〇一二两三四五六七八九十百千几]")
#: a qualifier between a count and what it counts, also before a quoted name (10个以上“耀眼明珠”)
_QUALIFIED = re.compile(r"\s*(?:及以上|以上的|以上|及以下|以下的|以下|左右的|左右)(?=[“\"‘「『《]*[\u4e00-\u9fff])")
_NO_SUBJECT = re.compile(r"(?:实现|完成|每百元|每万元)")
_INSIDE = first_char_guard(re.compile(r"(?<=.)(?:实现|完成|全年|已|将)(?=[^率])"
                                      r"|(?<=[位院所站心构县区市镇乡村旗园校局业司])现有(?=.)"
                                      r"|(?<=.)(?:全年|力争|确保|力求)$"))
#: bodies of a document's own area (市政府, 省委): no subject place of their own
_SERIES_JOINS = frozenset("、和及")
#: 了 of aspect after a verb inside a counted noun (10个县区通了新的高速公路) or anywhere in
#: an indicator (22名原副科级领导成为了中心职员): no word of the quantity
#: (gold/facts/NOTES.md F30f); not 为了, 除了, 了解, 了结 (成为了 is 成为 and 了)
_ASPECT_LE = re.compile(r"(?<=[\u4e00-\u9fff])(?<!除)(?<!(?<![成变转改])为)了(?![解结却断])")
#: 为 right before a count, perhaps with a qualifier (为超300万名婴幼儿发放…): the
#: beneficiaries are what is counted
_FOR_COUNT = re.compile(r"为(?:超过|超|近|约|逾|多达)?$")
#: an adverb of how the beneficiaries are served before 为 and their count (免费为10010名…)
#: (the words kept before the count ending with that adverb: _clause_facts)
_FREE_FOR = re.compile(r"(免费|无偿|优先|主动|集中|精准)为(?:超过|超|近|约|逾|多达)?$")
#: 为 opening the words before a count with its examples (为公交公司等19家企业发放…): the
#: beneficiaries, the examples going (gold/facts/NOTES.md F30d: 为企业发放社会保险补贴)
_FOR_EXAMPLES = re.compile(r"^[，,；;]?为[^，,。；;：:为]{1,20}?等$")
#: a preposition of a partner right before a count (先后与5家银行签署协议, 已与21家企业对接):
#: what is counted is the partners, with the preposition (FACTS.md gold: 与银行…签署…协议)
_PARTNER = re.compile(r"([与同](?:全[省市区县])?)$")
_ANNUAL = re.compile(r"年(?=[\u4e00-\u9fff])(?![均度末初底内份])"
                     r"(?![\u4e00-\u9fff]{0,6}?[\d.十百千万亿]+[万亿]?元(?:及)?以上)")
#: a breakdown item that is only a threshold (其中，亿元以上34个): it takes the parent's noun
_THRESHOLD_ONLY = re.compile(r"^[\d.]*[十百千万亿]*元(?:及)?(?:以[上下])?$")
#: a threshold written right before the count it qualifies (5亿元以上9个)
_OVER_COUNT = re.compile(r"\s*(?:及以上|以上)\s*")
#: how many figures of a paragraph before a 其中 clause may be what it breaks down
_POOL = 6
#: the most characters of a subject before the verb a list's items share (文艺精品获)
_LEAD_MAX = 12
#: words that end in a linker's character (通过, 经过, 度过, 越过; 减按, a rate reduced to):
#: no linker 过 or 按 at their end (_PASS_CHARS, as in _OVER and _BOUND_BEFORE)
_PASSED = frozenset([c + "过" for c in _PASS_CHARS] + ["减按"])
#: a span's average or total that leads a list's first item (年均新增…, 累计建成…)
_SPAN_LEAD = re.compile(r"年均|累计")
#: a qualifier of a value before the next item of its list (50家以上、单项冠军企业5家)
_QUALIFIER_AFTER = re.compile(r"\s*(?:及以上|以上|以下|左右|多)(?=\s*[、，,和及与])")
#: the 对 of a partner that opens the first item of a list (对中亚五国、东盟进出口)
_PARTNER_LEAD = re.compile(r"对(?=[\u4e00-\u9fff]{2})")
#: the 与 of a partner that opens a list (与其他RCEP国家货物贸易、对外投资…: _partner_items)
_PARTNER_WITH = re.compile(r"与(?=[\u4e00-\u9fffA-Za-z]{2})")
_OWN_BODY = re.compile(r"^(?:[市省县区州国]|中央|党中央|自治区)")
_TO = frozenset({"到", "至"})
#: a paragraph that opens by naming the five years it reviews (这是…增强的五年。: F43i)
_FIVE_YEARS_OF = re.compile(r"这是[^。！!？?\n]{2,40}的五年[。！!]")
#: the area's total output (地区生产总值, 生产总值): one quantity, whose words before 总值 own
#: nothing a later item's quantity could take (…；工业总产值480亿元 -> 工业总产值, not
#: 地区生产工业总产值: F43f)
_OUTPUT_TOTAL = re.compile(r"生产总值$")
#: the first line of a plan's title for one year (某市2023年国民经济和社会发展计划, 关于印发某区
#: 2024年重点工作方案的通知: F43j), which ends with the plan's word
_ONE_YEAR_PLAN = re.compile(r"((?:19|20)\d\d)年度?[^\n，。；、（()]{0,30}?(?:计划|规划|方案|工作要点)"
                            r"(?:草案)?》?(?:的通知)?[ \t\u3000]*$")
_LIST_MARKS = frozenset("、，,和及与")
_SERIES_MARKS = frozenset("、，,")
_NUMERALS = frozenset("0123456789零〇一二两三四五六七八九十")
#: a body of a text's own government named by its level alone (区经信局, 市人民政府, 省委), not
#: a word the level's character starts (区域性…中心, 市场监管局, 市民之家, 市级机关)
_LEVEL_BODY = re.compile(r"^[省市区县州盟旗](?![域场民级属])[\u4e00-\u9fff]")
#: the first character of a level word of the speaker's own (我区, 我县: ``level_words``)
_SPEAKER = "我"
#: how many such bodies make a level (a law's one 省人民政府 beside one 市人民政府 makes none)
_LEVEL_BODIES_MIN = 2
#: a number of places without a classifier (10市, 九市, 两区): see ``_names_places``
_PLACE_COUNT = re.compile(r"[0-9零〇一二两三四五六七八九十]+[市区县州]")
#: what starts a noun after such a number: a Chinese character or a Latin letter (PM2.5)
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: 量 after a verb of doing makes a quantity's noun (开行量, 投产量: facts._done_named)
_QUANTITY_OF_VERB = "量"
#: what may follow a bare count in its clause (facts._bare_standing)
_BARE_AFTER = re.compile(r"(?:以上|左右|多|余)?[，,。；;、）)\s]*")
#: the start of a noun a count counts (两个PPP项目, 800个智能工厂)
#: what a noun starts with: a character, a letter, or a number of a technology's name (5G, 4K)
_NOUN_START = re.compile(r"[\u4e00-\u9fffA-Za-z]|\d[A-Za-z]")
#: a list of descriptions (吸引力强、带动面广的) that opens the noun a count counts
_DESCRIBED = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+的(?=[\u4e00-\u9fff]{2})")
#: a conjunction or 等 left at the end of a counted noun, not the end of a word (参与, 普及)
_TRAILING_JOIN = re.compile(rf"(?:(?<!参)与|(?<![{_JI_VERB_FIRSTS}])及|(?<![高中平同均对一二三特])等"
                            r"|(?<![共平缓温饱调])和|、)+$")
_RANGE_GAP = re.compile(r"\s*(?:及以上|以上)\s*")  # 3人以上|10人以下死亡: the bounds of a range
_RANGE_END = re.compile(r"\s*(?:及以下|以下|以内)")
# a condition ends a law's clause after what it counts (约定两个以上仲裁机构的, 发生二类动物疫病时):
# no word of the quantity (小时, 课时, 千瓦时 stay)
_CONDITION_END = re.compile(r"(?:的时候|(?<![小课工瓦同])时|的)$")
_CLASS = re.compile(r"级(?=[“\"‘「『《]*[\u4e00-\u9fff])")
_QUOTED_DIGIT = re.compile(r"[“\"‘「『《]\s*\d")
_LIST_SEP = re.compile(r"^[\s、，,和及与以及]*$")
_YEAR = re.compile(r"(\d{4})年")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year, 年 or not
_PARTY = re.compile(r"^(?:中国共产党|中共)")
_PLACE_PREFIX = re.compile(r"^(.{2,8}?(?:自治区|省|市|自治州|州|区|县|盟|旗))")
_COMPARE_BEFORE = frozenset("比较与")
#: (the years before as a comparison base, 比前两年平均数: a DATE since C44zc, its mean goes too)
_COMPARE_TAIL = re.compile(r"\s*(?:(?:春节|国庆|五一|端午|中秋|元旦|清明)节?(?:假期|黄金周|长假)?"
                           r"(?:同期|相比)?|同期|末相比|相比|末的|末|底|的?平均(?:数|水平|值)?|均值|水平|比较)")
#: 新增 right after a comparison (比上年新增, 较年初新增, 同比新增): the change of the figure
#: before (F44a), which names no flow (F44g)
_COMPARED_NEW = re.compile(r"((?:[比较](?:上年末?|去年|年初)|同比|环比)(?:末|底)?)新增")
_OPEN_QUOTES = frozenset("“\"‘「")
_CLOSE_QUOTES = frozenset("”\"’」")
#: the same as strings, for str.strip (joined once, not per mention)
_OPEN_QUOTE_CHARS, _CLOSE_QUOTE_CHARS = "".join(_OPEN_QUOTES), "".join(_CLOSE_QUOTES)
#: 在上年基础上增长: the year of a base is compared with, no period of the figure; so is
#: the year a multiple is of (是2020年的1.8倍, 为2010年的两倍多)
_COMPARE_AFTER = re.compile(
    r"^\s*(?:(?:时期|期间)(?=相比|的))?(?:同期|相比|末相比|比较|水平|末的|的?基础上"
    r"|的\s*[\d.一二两三四五六七八九十]+多?倍)")
#: how far after a DATE _COMPARE_AFTER reads (”时期的2.1倍: a plan's name, its scope word and
#: the multiple)
_COMPARE_AFTER_CHARS = 12
#: a plan's name followed by 以来 (“十三五”以来): its years up to the one the text speaks of
_PLAN_SINCE_AFTER = re.compile(r"[”\"]?以来")
#: a record since a year (粮食总产量创2006年以来新高): a comparison, not the figures' period
_RECORD_SINCE = re.compile(r"^\s*以来(?:的)?(?:新高|新低|最高|最好|最多|最低|最大)")
_REPORT_TITLE = re.compile(r"政府工作报告")
#: a report addresses the people's congress that hears it (各位代表：, 各位代表！)
_REPORT_ADDRESS = re.compile(r"各位代表[：:！!，,]")
_BULLETIN_TITLE = re.compile(r"统计公报")
#: a report's tasks handed out to the bodies that carry them (2021年政府工作报告重点工作责任
#: 分解, 任务分工, 某县2026年政府工作报告任务清单, 重点工作清单: F42pa): the plan of the year its
#: title names, not the report's review
_TASKS_TITLE = re.compile(r"(?:责任|任务)(?:分解|分工)|分工方案|(?:任务|工作)清单")
#: a line naming who carries a task out (责任单位：省商务厅、…): a task breakdown's body,
#: read without its title (the development gold's d61, d67: the breakdowns' later parts)
_TASK_UNITS_LINE = re.compile(r"^[ \t\u3000]*(?:责任单位|牵头单位|配合单位|责任领导)[：:]", re.M)
_TASK_UNITS_MIN = 3
_TITLE_CHARS = 300
#: how far an excerpt's first paragraph is read for the span of past years it opens with
_FIRST_PARAGRAPH_CHARS = 600
_TITLE_LINES = 4  # where a title may stand: after a citation code and a link
_TAIL_CHARS = 12  # no tail word (rules/facts.yaml) is longer
_MEMO_SIZE = 4096  # the most answers a memo of FactVocab keeps (cleared when full)
#: a sentence that opens with a verb of achievement and names no subject (实现利润总额…): its
#: owned quantity is the subject's of the sentence before (F45g)
_SUBJECTLESS_OPENING = re.compile(r"[ \t\u3000]*(?:实现|完成)(?!了)")
#: a comparison with the mean of a place named short (增幅高出绍兴平均0.5个百分点: the base
#: goes as 高出全省平均 does, F43e; F45i): a verb of comparison, two to four characters of the
#: place, 平均 and its noun
_NAMED_MEAN = re.compile(r"(?:高于|高出|低于|快于|慢于)[\u4e00-\u9fff]{2,4}?平均(?:水平|值|数)?$")
_MEAN_ENDS = ("平均", "平均水平", "平均值", "平均数")
#: a year named relative to the text's (基金今年新增再担保业务规模): the period, no word of the
#: quantity wherever it stands in the words (longer DATEs go there too, 发放2017年义务兵优待金)
_YEAR_WORDS = frozenset({"今年", "去年", "明年"})
#: words that end in a ``modal_adverbs`` word (行政许可, 获国家认可): no modal before a verb
_MODAL_WORD = re.compile(r"[许认]可$|[实发兑体出呈表展]现$")
_YEARS = re.compile(r"^\d{4}/\d{4}$")
#: the stocks a figure over months stands at the span's end for (F44k: balances, herds, rates of
#: the population, not 总数 or 市场主体, which news of a quarter writes for flows too)
_MONTHS_STOCKS = ("余额", "存栏", "保有量", "城镇化率", "常住人口", "户籍人口")
#: a span of months of one year (上半年: 2022-01/2022-06)
_MONTHS = re.compile(r"^(\d{4})-\d\d/\1-\d\d$")
_YEAR_OR_SPAN = re.compile(r"\d{4}(?:/\d{4})?")  # a period of one year or a span of them
_YEAR_NORM = re.compile(r"\d{4}")
#: what ends a clause inside a sentence
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_SENTENCE_MARKS = re.compile(r"[，。；！？,;]")
#: where rules say how long they are valid (本办法…有效期三年, 有效期至2021年12月31日)
_VALIDITY = re.compile(r"有效期(?:限)?(?:为|是|至|到|截至)?")
_YEARS_OF = re.compile(r"([\d零〇一二两三四五六七八九十]+)\s*年")
#: a vague time of that many years (``vague_times``: 三年内, 未来五年): the span the text reads
#: there if it has that length (F40g)
_WITHIN_YEARS = re.compile(r"(?:未来)?([\d一二两三四五六七八九十]+)年内?")
#: a DATE that is a target (到2025年), no year a review is about
_TARGET_YEAR = re.compile(r"(?<![截止])[到至]\d")
#: a year's digits written as characters (二〇一九 -> 2019: _review_heading)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
#: the items a numbered list's lead is looked for above (_list_lead_year)
_LIST_ITEMS_MAX = 30
#: 到 leading a deadline (到2022年9月底, 确保到今年9月1日; not 至, the end of a range: 自1月1日起至
#: 12月31日止): _is_deadline
_DEADLINE_LEAD = re.compile(r"到$")
#: words of the year's own tasks (今年, 本年, 年内; not 五年内, a span): a breakdown's part of
#: one year, no plan's
_OWN_YEAR_WORDS = re.compile(r"今年|本年|(?<![一二两三四五六七八九十\d])年内")
#: a heading of a breakdown's part for a plan (政府工作报告“十四五”时期重点工作责任分解, “十四五”
#: 主要目标任务; not 加快“十四五”重大项目建设, a task that names the plan) or for one year
#: (政府工作报告2021年重点工作责任分解, 2021年重点工作): _part_scopes
_PLAN_PART_HEADING = re.compile(
    r"(十[一二三四五六]五)[”\"]?(?:时期|期间)?的?(?:主要|重点)?(?:工作|目标|任务)")
_YEAR_PART_HEADING = re.compile(r"((?:19|20)\d\d)年的?(?:主要|重点)?(?:工作|目标|任务)")
_PART_HEADING_CHARS = 40
#: a plan named as the time of what is said (“十四五”时期, 十四五期间): _plan_part
_PLAN_TIME = re.compile(r"[”\"]?(?:时期|期间)")
#: a plan named as a deadline (“十五五”内, “十五五”末, “十五五”前): no plan an excerpt is about
_PLAN_DEADLINE = re.compile(r"[”\"]?(?:内|末|前)")
#: the indicators a plan sets (“十四五”规划共设置26项指标, 细化…五大类23个主要指标): what the
#: plan is made of over its years, no level reached at its end (F35i)
#: (类 read with the count before it too: 三大类|20个主要指标, 五大类 one COUNT since numbers36)
_PLAN_INDICATORS = re.compile(r"(?:类?[\d一二三四五六七八九十]+[个项])?(?:主要|约束性|预期性|核心|关键)?指标")
#: how many comparisons with the year before make a text a review of one year
_REVIEW_MIN = 3
#: how many times as many words of a plan's mood as of a review's (plus one) make a text
#: without a task opener planned throughout (rules/facts.yaml ``plan_mood``)
PLAN_MOOD = 20
#: the same for a work report's excerpt without its title (known by its address, 各位代表！)
#: that has no task opener and looks back on no span of years: half as many suffice, as a
#: report's review holds 2-5 plan words to one of what was done (its tasks cut mid-way:
#: （九）着力…。新增护理员1万人。…各位代表！…)
REPORT_PLAN_MOOD = 10
#: the same for a text that writes no year (its year from the file's name alone) and no
#: title, address or opening of past years: a report's tasks cut mid-way without its
#: address (促进现代服务业…。推动21家…提能升级，新增服务业领军企业200家。), as short as a
#: page, where 20 plan words to none of what was done ask for more text than it has (F35f)
UNTITLED_PLAN_MOOD = 10
#: an untitled text with at least ``REVIEW_MOOD_MIN`` words of what was done and no more than
#: ``REVIEW_MOOD`` times as many of what is to be done is in a review's mood (a report's review
#: part cut from its title: （一）着力推动…。…增长6%，建成了…)
REVIEW_MOOD_MIN = 2
REVIEW_MOOD = 10
#: the months a work report is delivered in (the people's congresses meet in January to
#: March): a review written then looks back on the year before
REPORT_MONTHS = 3
#: the last year of a plan (较“十三五”末), no year's end
_PLAN_END = re.compile(r"十[一二三四五六]五[”\"]?末")
#: the level a change starts from (从2021年的46503元提高到58794元): its DATE is no
#: period of the level reached
_FROM = re.compile(r"[从由](?:(\d{4})年(?:末|底)?)?的?$")
#: the level a planned change starts from is today's, reported (生均标准从380元提高至1000元:
#: 380元 actual, 1000元 the target)
#: the size of a set named by a number (十大, 两个, 三支, 五大类 as one COUNT since numbers36:
#: facts._acts_on_set) and the
#: plan's own set of tasks after it (N个方面工作), which is planned
_SET_SIZE = re.compile(r"[一二两三四五六七八九十]+(?:大类|[大个支级张类件])")
#: a set named by its size before its noun (两大增长极, 四件大事): not a level of government (五级)
_NAMED_SET = re.compile(r"[一二两三四五六七八九十]+(?:大类|[大个支类件])")
#: the tiers of government named before N级 and what each of them runs (完善省市两级碳排放统计
#: 核算体系: the system is counted, the tiers and the verb go; gold dev-d44, d51, d59; numbers36),
#: not a level reached with no tiers before it (实现五级全覆盖)
_TIER_SET = re.compile(r"[两三四五六]级")
_TIERS_BEFORE = re.compile(r"[国省市县区乡镇村）]$")
_OWN_SET = re.compile(r"方面")
#: a set named by its size with 大 (四大主导产业): a name of what exists
_BIG_SET = re.compile(r"[一二两三四五六七八九十]+大类?")
#: the size of a set of aspects written in digits (把握好5个方面)
_ASPECTS_SIZE = re.compile(r"\d个")
#: how far 从 and the verb of change may stand from the level a change starts from
#: (从每人每月|2375元|提高到, 从|15个|县（市）扩大到)
_FROM_REACH = 12
#: a figure measured from one year to another in one clause (从2020年的10.5万元提高到2025年的14万元)
_ACROSS_YEARS = re.compile(r"[从由](\d{4})年(?:末|底)?的?[^，,。；;！!？?\n]{1,24}?"
                           r"(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|跃升)(?:至|到)(\d{4})年")
#: a figure measured from a year written to a level not dated (地区生产总值由2010年的95亿元增加到
#: 185亿元; 是2010年的1.9倍; 比2010年增长75%, gold/facts/NOTES.md F39h): the base year alone, the
#: end the year the text reviews
_FROM_YEAR = re.compile(r"(?:[从由](\d{4})年(?:末|底)?的[^，,。；;！!？?\n]{1,24}?"
                        r"(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|跃升)(?:至|到)(?!\d{4}年)"
                        r"|是(\d{4})年(?:末|底)?的[\d.]+倍"
                        r"|[比较](\d{4})年(?:末|底)?(?:增长|提高|提升|增加|上升|扩大|降低|下降|减少))")
#: how many years a five-year plan's review spans
_PLAN_YEARS = 5
# 从上年的60.5%: the level a change starts from, dated by a relative year (the indicator's only)
_FROM_BEFORE = re.compile(r"[从由](?:上年|去年|上一年|前年)(?:末|底|同期)?的?$")
_RAISED_FROM = re.compile(r"(?:提高|提升|增加|增长|上调|扩大|降低|下降|减少|压减)(?:至|到)")
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
#: a top heading line (一、…): what it names
_TOP_HEADING_LINE = re.compile(r"(?m)^[ \t\u3000“\"]*[一二三四五六七八九十]+、([^\n]{0,40})")
#: a paragraph's opening that names a year and 以来 alone (2018年以来, 自2017年以来: F50a)
_SINCE_OPENING = re.compile(r"(?:自|从)?(\d{4})年(?:以来|来)")
#: a heading of the review of five years that names no span of relative_periods (一、五年政府
#:工作回顾, 一、本届政府五年工作回顾: F50d)
_FIVE_YEARS_HEADING = re.compile(r"^(?:本届政府)?五年(?:政府)?工作(?:的)?回顾")
#: a review's heading without a number (十二届人民政府工作回顾): no punctuation of a sentence
_BARE_REVIEW_HEADING = re.compile(r"[^，,。；;：:！!？?]+回顾")
#: the most characters of a top heading line above such an opening, and how far back (blank
#: lines too) the line above is looked for
_SINCE_HEADING_CHARS = 40
_SINCE_LOOK_BACK = 200
#: a sub-heading line (（一）“十四五”发展成就): what it names, without a comma
_SUB_HEADING = re.compile(r"[（(][一二三四五六七八九十]+[）)]([^，,。；;：:\n]{2,30})")
#: the clause a paragraph opens with (各位代表！ before it goes, or 各位代表， as district
#: reports write it: 各位代表，2016年是“十三五”开局之年)
_OPENING = re.compile(r"^(?:各位代表[！!，,]\s*)?([^，,。；;：:！!？?\n]{0,40})")
#: what a paragraph opens with, after the address to the congress (各位代表！五年来，…)
_PARAGRAPH_OPENING = re.compile(
    r"(?m)^[\s“\"]*(?:各位代表[！!，,]\s*)?([^，,。；;：:！!？?\n]{1,40})[，,]")
_ADDRESS_LEAD = re.compile(r"\s*各位代表[！!，,]\s*")
#: how far into a paragraph, and in how many of its first sentences, a span that opens a
#: sentence makes the paragraph a review of that span (_span_after)
_SPAN_REACH = 300
#: how far after a span to come the word announcing its aims may stand (今后五年全省经济社会
#: 发展的主要目标: _aims_announced)
_ANNOUNCED_REACH = 20
_SPAN_SENTENCES = 3
#: what is left of a topic once its total word (累计) went: nothing or the span it totals
_TOTAL_ONLY = re.compile(r"(?:[\d〇零一二三四五六七八九十两]+年间?)?")
#: a clause that measures over several years (年均增长, 五年增长, 连续5年)
_SPAN_CLAUSE = re.compile(r"(?<![\d〇零一二三四五六七八九])[五5两三3]年|十[一二三四五]五")
_SENTENCE_END = re.compile(r"[。！!？?]")
#: a sentence's end and what leads the next one (_SPACES, an opening quote): where it starts
_SENTENCE_START = re.compile(r"[。！!？?][ \t\u3000\n\r\u00a0“\"]*")
#: the characters that end an opening clause (_OPENING) before it has one
_NO_OPENING = frozenset("，,。；;：:！!？?\n")
#: the next plan named in a paragraph's first sentence (编制了“十五五”规划纲要, 第十五个五年规划)
#: a plan a paragraph opens with as its subject (推动“十五五”高质量发展，…; “十五五”发展的
#: 主要目标是：…), not one a review prepares for (为“十五五”开好局打下坚实基础)
_PLAN_SUBJECT = re.compile(r"(?:推动|推进|做好|实现)?(十[一二三四五六]五)(?!开局|开好局|起步)")
_NTH_PLAN = re.compile(r"第(十[一二三四五六])个五年")
#: how far into a sentence without figures its subject may open (F50l), and the opening of
#: time a clause before it may be (近年来, 2019年, 今年以来)
_OPENER_REACH = 16
_TIME_OPENER = re.compile(r"近年来|近几年|去年以来|今年以来|今年|去年|一年来|多年来|"
                          r"(?:19|20)\d\d年(?:以来)?")
#: the levels of ``level_words``, broadest first (places.LEVELS' Chinese ones)
LEVEL_ORDER = ("province", "prefecture", "county")

GROUPS = ("up_verbs", "down_verbs", "linkers", "comparisons", "leaders", "target_cues",
          "actual_cues", "share_cues", "point_units", "heads", "stock_cues", "lists",
          "rate_words", "target_headings", "flow_cues", "plan_periods", "right_stops",
          "right_ends", "flow_words", "facilities", "series_verbs", "achievement_verbs",
          "generic_nouns", "right_ends_before_value", "review_cues", "bulletin_self_cues",
          "level_words",
          "own_level_signs", "own_name_passing",
          "rules_titles", "zone_words", "relative_periods",
          "plan_titles", "not_zone_names", "spent_on_verbs", "not_awards",
          "beneficiary_scopes", "counted_things", "person_units",
          "own_predicates", "subset_predicates", "selection_predicates",
          "put_in_place_verbs", "put_in_place_adverbs",
          "grant_verbs", "award_verbs", "terms", "vague_times",
          "review_target_cues", "scope_words", "base_cues", "compound_items",
          "inner_drops", "framing_verbs", "review_headings", "reach_verbs",
          "owned_quantities", "supporting_verbs", "total_cues", "year_cues",
          "step_verbs", "target_announcements", "task_openers", "effort_verbs",
          "review_leads", "state_words", "list_verbs", "selected_after", "work_areas",
          "plan_mood", "review_mood", "benefit_verbs", "notes_headings", "work_verbs",
          "ongoing_words", "year_flows", "acted_on_verbs", "making_verbs",
          "means_verbs", "rate_flow_cues", "year_openers", "change_first_verbs",
          "imposed_sums", "duty_notes", "per_units", "per_times", "imposed_bases",
          "framing_leads",
          "extent_words", "service_verbs", "standing_words", "standing_units", "within_spans",
          "aim_verbs", "task_words", "estimate_cues", "compared_before",
          "conjunct_joins", "sector_quantities", "span_totals", "reduced_first_verbs",
          "counted_heads", "owning_bodies", "kind_nouns", "pace_adverbs", "modal_adverbs",
          "bare_verbs", "non_sectors", "count_words", "change_after_verbs",
          "finished_reviews", "whole_scopes",
          "not_owners", "attribute_words", "body_units",
          "stock_totals", "length_totals",
          "growth_rate_nouns", "threshold_links",
          "partner_dealings", "scoped_by",
          "means_nouns", "owner_verbs", "series_owners", "series_rates",
          "works_verbs", "works_rates", "works_selecting",
          "people_framing_verbs", "running_years", "shared_works", "means_frames",
          "clause_predicates", "done_well_verbs", "run_words", "goods_quantities", "upgrade_verbs",
          "manner_adverbs", "place_frames", "set_up_verbs", "set_up_bodies", "set_up_figures",
          "scope_notes", "scope_sizes", "partner_ends", "body_quantities", "verb_led_nouns",
          "plan_end_verbs", "list_owners", "year_end_flows", "area_totals",
          "clause_target_cues", "own_items", "own_item_verbs")


@dataclass(frozen=True, slots=True)
class FactExample:
    """One example of ``rules/facts.yaml``: the fact of ``value`` in ``text`` has ``fields``."""

    group: str
    text: str
    value: str
    fields: dict[str, Any]
    title: str | None = None
    #: the reference date the text is read with (``ref_date:``, as --ref-dates gives it)
    ref_date: str | None = None


@dataclass(frozen=True)
class FactVocab:
    """The word lists of ``rules/facts.yaml`` and their examples."""

    words: dict[str, tuple[str, ...]]
    examples: tuple[FactExample, ...] = ()
    #: the kinds of zone a place alone names (经开区, 高新区: :func:`zone_kinds`)
    zone_kinds: tuple[str, ...] = ()

    def __getitem__(self, group: str) -> tuple[str, ...]:
        return self.words.get(group, ())

    def __getattr__(self, name: str) -> Any:
        """The compiled forms of ``_COMPILED`` (``vocab.tail``, ``vocab.up`` …), built on
        first use and kept."""
        try:
            groups, form = _COMPILED[name]
        except KeyError:
            raise AttributeError(name) from None
        value = _compile([w for g in groups for w in self[g]], form, self._re)
        object.__setattr__(self, name, value)
        return value

    def _re(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the code kept on disk for this vocabulary
        (patterncache.PatternCache of kind ``facts``, keyed by the pattern's source: the same
        pattern, without ``re``'s parse; 110 patterns, ~0.04 CPU-s a process that a run
        with facts paid at its first documents)."""
        if flags & ~re.UNICODE:  # the kept code is of the source's own flags only
            return re.compile(source, flags)
        kept = self.__dict__.get("_kept")
        if kept is None:
            digest = hashlib.sha256(repr((sorted(self.words.items()), self.zone_kinds))
                                    .encode()).hexdigest()[:16]
            kept = PatternCache(digest, cache_folder(), kind="facts")
            object.__setattr__(self, "_kept", kept)
        return kept.compile_re(source)

    @cached_property
    def tail_memo(self) -> dict[str, re.Match[str] | None]:
        """_tail_word's answers, by the words asked about (S47b)."""
        return {}

    def keep_patterns(self) -> None:
        """Write the code of the patterns :meth:`_re` compiled anew, if any."""
        kept = self.__dict__.get("_kept")
        if kept is not None:
            kept.save()

    @cached_property
    def supported(self) -> re.Pattern[str]:
        """A grantee a supporting verb names at a clause's start (支持一批X，省级给予…)."""
        return self._re(r"(?:^|[，,；;：:。])(?:每年)?(?:" + self.supporting.pattern
                        + r")(?:一批)?([^，,；;：:。]+?)(?=[，,；;])")

    @cached_property
    def review_heading_line(self) -> re.Pattern[str]:
        """A top heading of a review that names the year reviewed (一、2025年工作回顾; 一、二〇一九年
        工作回顾, its digits written as characters: F48i)."""
        return self._re(r"^[ \t\u3000]*[一二三四五六七八九十]+、[ \t\u3000]*(\d{4}|[〇零一二三四五六七八九]{4})\s*年"
                        r"[^\n。；]{0,24}?" + alternation(self["review_headings"]), re.M)

    @cached_property
    def notes_heading(self) -> re.Pattern[str]:
        """The heading of a report's notes of terms, a line of its own (注释, 名词解释)."""
        return self._re(r"^[ \t\u3000]*(?:" + alternation(self["notes_headings"])
                        + r")[：:]?[ \t\u3000]*$", re.M)

    @cached_property
    def done_well(self) -> re.Pattern[str]:
        """A verb with 好 as its result complement (把握好, 落实好: ``done_well_verbs``), the
        verb the first group; not 好 opening a word (服务好评率, 建设好房子)."""
        return self._re("(" + alternation(self["done_well_verbs"]) + ")好(?![评转房])")

    @cached_property
    def announcement(self) -> re.Pattern[str]:
        """A target cue that announces a list with a colon (主要预期目标是：)."""
        return self._re("(?:" + alternation(self["target_announcements"]) + ")(?:是|为)?[：:]")

    @cached_property
    def announced_word(self) -> re.Pattern[str]:
        """A word of ``target_announcements`` alone (主要目标: _aims_announced)."""
        return self._re(alternation(self["target_announcements"]))

    @cached_property
    def task_opener(self) -> re.Pattern[str]:
        """A sentence that opens the year's tasks (今年要重点做好9个方面工作：): what follows
        is planned (``task_openers``). Scanned over the whole text: led by a look-ahead
        at its first characters (runs.first_char_guard)."""
        return first_char_guard(_compile(list(self["task_openers"]), "cue", self._re), self._re)

    @cached_property
    def plan_mood(self) -> re.Pattern[str]:
        """What is to be done (力争, 加快, 要: ``plan_mood``), counted over the whole text
        (_in_plan_mood): led by a look-ahead at its first characters (runs.first_char_guard:
        its 要 and 将 after a lookbehind made re try it at every character; 48 -> 21 ms on
        the corpus and 100 bulk files)."""
        return first_char_guard(_compile(list(self["plan_mood"]), "cue", self._re), self._re)

    @cached_property
    def review_mood(self) -> re.Pattern[str]:
        """What was done (比上年, 了, 首次: ``review_mood``), counted as :attr:`plan_mood`
        (47 -> 18 ms)."""
        return first_char_guard(_compile(list(self["review_mood"]), "cue", self._re), self._re)

    @cached_property
    def reached(self) -> re.Pattern[str]:
        """A verb of reaching a level right before a value (提高到, 增至): ``reach_verbs``
        that end in 到 or 至, and any verb with 到 or 至 right before the value (恢复至,
        跃升到: the value is where it stands, not what was added)."""
        words = alternation([w for w in self["reach_verbs"] if w[-1:] in _TO])
        return self._re(rf"(?:{words}|[\u4e00-\u9fff][到至])$")

    @cached_property
    def plan_periods(self) -> dict[str, str]:
        """``十四五`` -> ``2021/2025``: plan names that name their years."""
        return dict(w.split("=", 1) for w in self["plan_periods"])

    @cached_property
    def plan_period_word(self) -> re.Pattern[str]:
        """Any of ``plan_periods``' names: whether a text names a plan at all (most openings
        name none: _span_named's look per name is spared)."""
        return self._re(alternation(list(self.plan_periods)))

    @cached_property
    def zone_after(self) -> re.Pattern[str]:
        """The rest of a zone's name after the place it starts with (深港现代服务业合作区)."""
        return self._re(r"[\u4e00-\u9fff]{0,12}?"
                        + alternation(self["zone_words"] + self.zone_kinds))

    @cached_property
    def zone_opening(self) -> re.Pattern[str]:
        """A zone's name that opens a clause, followed by what is said of it (陵水黎安国际教育
        创新试验区初具规模): words, no digits or marks, ending as a zone's name does."""
        return self._re(r"[\u4e00-\u9fff]{2,14}?"
                        + alternation(self["zone_words"] + self.zone_kinds)
                        + r"(?=[\u4e00-\u9fff])")

    @cached_property
    def zone(self) -> re.Pattern[str]:
        """A name that ends as a zone's does (``zone_words`` and the kinds of zone)."""
        return _compile([*self["zone_words"], *self.zone_kinds], "end", self._re)

    @cached_property
    def facility_subject(self) -> re.Pattern[str]:
        """A facility named with its place that opens an indicator (宁波舟山港…, 九江港…)."""
        return self._re(r"^[^\W\d及和与商]{2,8}?" + alternation(self["facilities"])
                        + r"(?![澳台]|产业|园|区)(?=[\u4e00-\u9fff]{2})")

    @cached_property
    def compounds(self) -> dict[str, tuple[str, ...]]:
        """``城乡`` -> ``(城镇, 农村)``: a word that writes the items of a list in one."""
        return {k: tuple(v.split("|")) for k, v in (w.split("=", 1)
                                                    for w in self["compound_items"])}

    @cached_property
    def relative(self) -> dict[str, str]:
        """``五年来`` -> ``-5/-1``: spans named from the document's own year."""
        return dict(w.split("=", 1) for w in self["relative_periods"])

    @cached_property
    def span_totals(self) -> dict[str, int]:
        """``五年累计`` -> ``5``: a flow over that many years to the year in view."""
        return {k: int(v) for k, v in (w.split("=", 1) for w in self["span_totals"])}

    @cached_property
    def span_total(self) -> re.Pattern[str]:
        """A word of ``span_totals`` not after a digit (2023年累计 names no count of years)."""
        return self._re(r"(?<![\d〇零一二三四五六七八九十])" + alternation(list(self.span_totals)))

    @cached_property
    def running_years(self) -> dict[str, int]:
        """``连续两年`` -> ``2``: a figure held in each of that many years to the year in view."""
        return {k: int(v) for k, v in (w.split("=", 1) for w in self["running_years"])}

    @cached_property
    def running_year(self) -> re.Pattern[str]:
        return self._re(alternation(list(self.running_years)))

    @cached_property
    def relative_word(self) -> re.Pattern[str]:
        return self._re(alternation(list(self.relative)))

    @cached_property
    def levels(self) -> dict[str, str]:
        """``全省`` -> ``province``: the words a text names its own area with, by level."""
        return dict(w.split("=", 1) for w in self["level_words"])

    @cached_property
    def level_word(self) -> re.Pattern[str]:
        """A level word as a clause's subject (``2019年，全市…``, ``年末全省…``), not
        as the scope of a ranking (位居全省第二, 率先在全省)."""
        words = [w for w in self.levels if not w.startswith(_SPEAKER)]
        return self._re(r"(?:^|(?<=[，,。；;：:\n]))[ \t\u3000]*(?:全年|年末|年底|今年|"
                        r"\d{4}\s*年(?:末|底)?)?[，, ]*(" + alternation(words) + ")", re.M)

    @cached_property
    def _level_word_parts(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """(S43d) :attr:`level_word` in two parts that find its words as fast as a search:
        the words alone, and what may stand before one (the pattern's opening, reversed: the
        commas, a year or 全年, spaces, then a mark, a line's start or the text's), matched
        at the word's place in the reversed text. None of what stands before a word is a
        level word, so each word with that before it is one match of the pattern."""
        words = [w for w in self.levels if not w.startswith(_SPEAKER)]
        before = (r"[，, ]*(?:年全|末年|底年|年今|(?:末|底)?年\s*\d{4})?[ \t\u3000]*"
                  r"(?=[，,。；;：:\n]|\Z)")
        return self._re(alternation(words)), self._re(before)

    def level_words(self, text: str) -> list[str]:
        """``level_word.findall(text)``: its words, in order, each found by a search for the
        words and a match of what stands before it (:attr:`_level_word_parts`; the pattern
        opens with a line's start or a lookbehind, which ``re`` tries at every character:
        27 -> 3 ms on the corpus and 100 bulk files)."""
        words, before = self._level_word_parts
        found = list(words.finditer(text))
        if not found:
            return []
        back, n = text[::-1], len(text)
        return [m.group() for m in found if before.match(back, n - m.start())]

    @cached_property
    def speaker_word(self) -> re.Pattern[str]:
        """A level word of the speaker's own (我区, 我县), wherever it stands (推动我区打造…,
        在我区举办), not a word it starts (我市场, 我区域)."""
        words = [w for w in self.levels if w.startswith(_SPEAKER)]
        return self._re("(" + alternation(words) + ")(?![场域级])")

    @cached_property
    def year_flow(self) -> re.Pattern[str]:
        """年 right before a flow word that ends an indicator (机场年旅客吞吐量), not the 年
        of 每年, 全年, 年均 or of a date (2025年)."""
        return self._re(r"(?<![每全当本上今明去前\d〇零一二两三四五六七八九十])年(?="
                        + alternation(self["year_flows"]) + r"$)")

    @cached_property
    def acted_on(self) -> re.Pattern[str]:
        """A verb that acts on an existing set, then the set's items if any, at the end of
        the words before its size (统筹空间、规模、产业|三大结构): ``acted_on_verbs``."""
        return self._re("(?:" + alternation(self["acted_on_verbs"])
                        + r")([^，,。；;：:！!？?\s]{0,24})$")

    @cached_property
    def per_unit_end(self) -> re.Pattern[str]:
        """A per-head or per-unit base written between an indicator and its value, at the
        end of the words before it (标准从每人每月|2375元, 食品抽检量超每千人|6.6批次):
        ``per_units``, each perhaps followed by one of ``per_times`` (每人每月)."""
        return self._re(self._per_unit + "$")

    @cached_property
    def award_before(self) -> re.Pattern[str]:
        """An award verb (``award_verbs``) right before the sum, after at most a granter
        (区财政一次性奖励30万元, …的，奖励20万元): what is awarded, as 给予's noun is (F51a)."""
        return self._re("^(?:" + _GRANTERS + ")?((?:一次性)?(?:"
                        + alternation(self["award_verbs"]) + "))$")

    @cached_property
    def grantee_clause(self) -> re.Pattern[str]:
        """A grantee named by a clause of its own right before the clause that grants, at
        the sentence's start or after a semicolon (银行的一级分支机构，给予500万元的一次性奖励;
        …；创建为省级生态村的，奖励5万元; ：（一）纳入总部企业名录的，可按…标准给予扶持), its
        item number gone: no figure, no 对 (read by ``_BENEFICIARY``), no purpose or basis
        (为, 按, 经, 根据, 依据), no reference to the rules (该, 本); 凡 goes (F51a)."""
        verbs = alternation([*self["grant_verbs"], *self["award_verbs"]])
        return self._re(r"(?:^|[；;：:])(?:" + _ITEM_MARK + r"|第[一二三四五六七八九十百零〇\d]+条)?(?:凡是?)?"
                        r"((?![为按经根依该本])[^，,；;：:。对\d（()）]+?)[，,](?=(?:" + _GRANTERS
                        + r")?(?:可以?)?(?:按照?[^，,；;。]{0,20}?)?(?:一次性)?" + verbs + ")")

    @cached_property
    def imposed_base_end(self) -> re.Pattern[str]:
        """A base a law's sum is imposed per, at the end of the words before it: a
        ``per_unit_end`` base or one of ``imposed_bases``, each perhaps after or before one of
        ``per_times`` (处每日每平方米|五十元…罚款; F40e)."""
        times = "(?:" + alternation(self["per_times"]) + ")?"
        return self._re(times + "(?:" + alternation([*self["per_units"], *self["imposed_bases"]])
                        + ")" + times + "$")

    @cached_property
    def granted_base_end(self) -> re.Pattern[str]:
        """A grant verb and the base a sum is granted per, at the end of the words before
        the sum (给予每家|20万元奖励; F40k): ``grant_verbs``, then an ``imposed_base_end`` base."""
        return self._re("(?:" + alternation(self["grant_verbs"]) + ")("
                        + self.imposed_base_end.pattern.removesuffix("$") + ")$")

    @cached_property
    def _per_unit(self) -> str:
        """The source of a per-unit base: one of ``per_units``, each side perhaps one of
        ``per_times`` (每人每月, 每年每亩)."""
        times = "(?:" + alternation(self["per_times"]) + ")?"
        return times + "(?:" + alternation(self["per_units"]) + ")" + times

    @cached_property
    def extent(self) -> re.Pattern[str]:
        """A law's extent (范围) followed by 为 or 是 and the line it is measured from, named
        by a word of ``extent_words`` (管理范围为|建筑物轮廓线外侧五十米以内的区域; not 统计
        范围为年主营业务收入2000万元及以上: a threshold of what is counted)."""
        return self._re("范围(?=[为是][^为是，,；;。]*?(?:" + alternation(self["extent_words"])
                        + "))")

    @cached_property
    def task_done(self) -> re.Pattern[str]:
        """完成 (or 占) a plan's word (``task_words``) after 分别 or not, a period word
        between them going (完成全年目标任务: 目标任务; 占计划的101%: F43g)."""
        return self._re(r"(分别)?(完成了?|占)(?:全年|年度|今年|当年)?的?("
                        + alternation(self["task_words"]) + ")")

    @cached_property
    def per_unit_lead(self) -> re.Pattern[str]:
        """A base of ``per_units`` (and ``per_times``) an indicator opens with: 每人每月…."""
        return self._re(self._per_unit)

    @cached_property
    def points(self) -> frozenset[str]:
        return frozenset(self["point_units"])

    @cached_property
    def point_ends(self) -> tuple[str, ...]:
        """``points`` as the tuple ``str.endswith`` takes (built once, not per value)."""
        return tuple(self.points)

    @cached_property
    def selected(self) -> re.Pattern[str]:
        """A predicate of selection that the counts of a list share (5个X、4个Y纳入国家试点):
        one of ``selection_predicates``, perhaps after 新 (新获评)."""
        return self._re("新?(?:" + _cue_pattern(self["selection_predicates"], self._re).pattern
                        + ")")

    @cached_property
    def own_item(self) -> re.Pattern[str]:
        """A task list's own item or unit after a count (133项具体任务, 34个牵头单位:
        ``own_items``, perhaps after 具体, 重点, 主要 or 工作; F50m)."""
        return self._re("(?:具体|重点|主要)?(?:工作)?(?:" + alternation(self["own_items"]) + ")")

    @cached_property
    def own_item_verb(self) -> re.Pattern[str]:
        """A verb that sets a list's items out, before their count in its clause
        (``own_item_verbs``: 明确, 细化, 涉及; F50m)."""
        return self._re("(?:" + alternation(self["own_item_verbs"]) + ")")

    @cached_property
    def put_in_place(self) -> re.Pattern[str]:
        """A clause that puts a policy or a campaign in place (深入实施X政策，落实X，开展一系列
        X活动): ``put_in_place_verbs``, perhaps after one of ``put_in_place_adverbs``; the
        group is what it puts in place."""
        return self._re("^(?:" + alternation(self["put_in_place_adverbs"]) + ")?"
                        + alternation(self["put_in_place_verbs"])
                        + r"(?:一?系列|一批)?([^，,；;。：:、]{2,20}?)[，,；;]?$")


#: what each compiled attribute of :class:`FactVocab` is made of: its groups and its form:
#: ``set`` (the words), ``word`` (any of them), ``start`` (one at the start of a string),
#: ``end`` (one at the end of a string), ``run`` (several in a row), ``cue`` (anywhere;
#: ``…`` and ``re:`` allowed, see _cue_pattern), ``scan`` (a cue led by a lookahead at its
#: first characters, runs.first_char_guard: the same matches, tried only there; for cues
#: searched over every clause whose alternatives open with groups: stock 9.4 -> 2.9 ms,
#: inner_drops 6.9 -> 1.9 ms on the readable reports; not for short ones, slower guarded)
_COMPILED: dict[str, tuple[tuple[str, ...], str]] = {
    "tail": (("up_verbs", "down_verbs", "linkers", "comparisons"), "end"),
    "lead": (("leaders",), "word"),
    "up": (("up_verbs",), "set"),
    "up_down": (("up_verbs", "down_verbs"), "word"),
    "down": (("down_verbs",), "set"),
    "linker_set": (("linkers",), "set"),
    "compared": (("compared_before",), "end"),
    "conjunct": (("conjunct_joins",), "end"),
    "points": (("point_units",), "set"),
    "generic": (("generic_nouns",), "set"),
    "generic_word": (("generic_nouns",), "word"),
    "attribute_end": (("attribute_words",), "end"),
    "target": (("target_cues",), "scan"),
    "review_target": (("review_target_cues",), "scan"),
    "estimate": (("estimate_cues",), "cue"),
    "actual": (("actual_cues",), "cue"),
    "year_cue": (("year_cues",), "cue"),
    "clause_target": (("clause_target_cues",), "cue"),
    "target_heading": (("target_headings",), "cue"),
    "share": (("share_cues",), "cue"),
    "stock": (("stock_cues",), "scan"),
    "flow": (("flow_cues",), "scan"),
    "flow_only": (("flow_words",), "cue"),
    "year_end_flow": (("year_end_flows",), "cue"),
    "head": (("heads",), "end"),
    "head_set": (("heads",), "set"),
    "rate": (("rate_words",), "end"),
    "noun_end": (("right_ends_before_value",), "word"),
    "right_stop": (("right_stops",), "cue"),
    "right_end": (("right_ends",), "cue"),
    "facility": (("facilities",), "word"),
    "area_total": (("area_totals",), "word"),
    "achievement": (("achievement_verbs",), "run"),
    "effort": (("effort_verbs",), "word"),
    "manner": (("manner_adverbs",), "word"),
    "within": (("within_spans",), "cue"),
    "aim": (("aim_verbs",), "word"),
    "series_verb": (("series_verbs",), "run"),
    "review": (("review_cues",), "word"),
    "bulletin_self": (("bulletin_self_cues",), "cue"),
    "rules_title": (("rules_titles",), "word"),
    "plan_title": (("plan_titles",), "word"),
    "not_zone_name": (("not_zone_names",), "word"),
    "spent_on": (("spent_on_verbs",), "word"),
    "works_verb": (("works_verbs",), "word"),
    "people_framing": (("people_framing_verbs",), "word"),
    "not_award": (("not_awards",), "set"),
    "beneficiary_scope": (("beneficiary_scopes",), "start"),
    "counted_thing": (("counted_things",), "set"),
    "person_unit": (("person_units",), "set"),
    "own_predicate": (("own_predicates",), "word"),
    "subset_predicate": (("subset_predicates",), "cue"),
    "grant_verb": (("grant_verbs",), "word"),
    "term": (("terms",), "word"),
    "vague": (("vague_times",), "cue"),
    "scope_word": (("scope_words",), "word"),
    "base": (("base_cues",), "cue"),
    "drop": (("inner_drops",), "scan"),
    "framing": (("framing_verbs",), "word"),
    "benefit": (("benefit_verbs",), "word"),
    "work_end": (("work_verbs",), "end"),
    "review_heading": (("review_headings",), "cue"),
    "reach": (("reach_verbs",), "end"),
    "owned": (("owned_quantities",), "set"),
    "supporting": (("supporting_verbs",), "word"),
    "owned_end": (("owned_quantities", "heads"), "end"),
    "owned_tail": (("owned_quantities",), "end"),
    "owned_word": (("owned_quantities",), "word"),
    "goods_quantity": (("goods_quantities",), "word"),
    "owner_verb": (("owner_verbs",), "word"),
    "set_up": (("set_up_verbs",), "word"),
    "set_up_body": (("set_up_bodies",), "end"),
    "set_up_figure": (("set_up_figures",), "start"),
    "series_owner": (("series_owners",), "word"),
    "body_quantity": (("heads", "body_quantities"), "end"),
    "series_rate": (("series_rates",), "end"),
    "total": (("total_cues",), "cue"),
    "rate_flow": (("rate_flow_cues",), "cue"),
    "step": (("step_verbs",), "end"),
    "review_lead": (("review_leads",), "word"),
    "state": (("state_words",), "word"),
    "standing": (("standing_words",), "word"),
    "standing_end": (("standing_words",), "end"),
    "standing_unit": (("standing_units",), "end"),
    "ongoing": (("ongoing_words",), "word"),
    "work_area": (("work_areas",), "word"),
    "list_verb": (("list_verbs", "selected_after", "series_verbs"), "cue"),
    "selected_after": (("selected_after",), "end"),
    "making": (("making_verbs",), "word"),
    "means": (("means_verbs",), "word"),
    "year_opener": (("year_openers",), "cue"),
    "change_first": (("change_first_verbs",), "word"),
    "change_after": (("change_after_verbs",), "word"),
    "finished_review": (("finished_reviews",), "cue"),
    "whole_scope": (("whole_scopes",), "set"),
    "reduced_first": (("reduced_first_verbs",), "word"),
    "imposed": (("imposed_sums",), "word"),
    "duty": (("duty_notes",), "word"),
    "service": (("service_verbs",), "word"),
    "counted_head": (("counted_heads",), "end"),
    "owning_body": (("owning_bodies",), "end"),
    "kind_noun": (("kind_nouns",), "end"),
    "list_owner": (("list_owners",), "word"),
    "pace_adverb": (("pace_adverbs",), "run_end"),  # 持续较快: every adverb of the run
    "modal_adverb": (("modal_adverbs",), "run_end"),  # 已经, 可: before a linker that went
    "bare_verb": (("bare_verbs",), "cue"),
    "count_word": (("count_words",), "set"),
    "body_unit": (("body_units",), "set"),
    "stock_total": (("stock_totals",), "set"),
    "length_total": (("length_totals",), "set"),
    "growth_rate": (("growth_rate_nouns",), "set"),
    "threshold_link": (("threshold_links",), "set"),
    "partner_dealing": (("partner_dealings",), "word"),
    "partner_end": (("partner_ends",), "word"),
    "scoped": (("scoped_by",), "word"),
    "means_noun": (("means_nouns",), "word"),
    "shared_work": (("shared_works",), "end"),
    "means_frame": (("means_frames", "place_frames"), "start"),
    "clause_predicate": (("own_predicates", "clause_predicates"), "word"),
    "run_length": (("run_words",), "end"),
    "verb_led_noun": (("verb_led_nouns",), "start"),
    "plan_end_verb": (("plan_end_verbs",), "start"),
    "scope_note": (("scope_notes",), "cue"),
    "scope_size": (("scope_sizes",), "start"),
}


def _compile(words: Sequence[str], form: str,
             compile: Callable[[str, int], re.Pattern[str]] = re.compile) -> Any:
    """``words`` in ``form`` (see :data:`_COMPILED`), compiled by ``compile``."""
    if form == "set":
        return frozenset(words)
    if form == "cue":
        return _cue_pattern(words, compile)
    if form == "scan":  # a cue searched over a clause: led by its first characters
        return first_char_guard(_cue_pattern(words, compile), compile)
    pattern = alternation(words)
    return compile({"word": pattern, "start": "^" + pattern, "end": pattern + "$",
                    "run": f"(?:{pattern})+", "run_end": f"(?:{pattern})+$"}[form], 0)


def _cue_pattern(words: Sequence[str],
                 compile: Callable[[str, int], re.Pattern[str]] = re.compile
                 ) -> re.Pattern[str]:
    """Words as one pattern; ``…`` inside a word stands for a few characters of a clause,
    and a word ``re:PATTERN`` is a regular expression."""
    plain = [w for w in words if "…" not in w and not w.startswith("re:")]
    alts = [alternation(plain)] + [w[3:] for w in words if w.startswith("re:")]
    for w in (w for w in words if "…" in w):
        alts.append("[^，。；]{0,12}?".join(re.escape(p) for p in w.split("…")))
    return compile("|".join(alts), 0)


def load_fact_vocab(directory: Path | None = None) -> FactVocab:
    """``rules/facts.yaml`` (in ``directory``, default the installed rules)."""
    path = Path(directory or default_rules_dir()) / "facts.yaml"
    data = load_yaml(path)
    words: dict[str, tuple[str, ...]] = {}
    examples: list[FactExample] = []
    for group, entry in data.items():
        if group not in GROUPS:
            raise RuleError(f"{path}: unknown group {group!r}; expected one of "
                            f"{', '.join(GROUPS)}")
        if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
            raise RuleError(f"{path}: {group}: expected `words: [...]` (and `examples`)")
        words[group] = tuple(str(w) for w in entry["words"])
        for n, ex in enumerate(entry.get("examples") or ()):
            if not isinstance(ex, dict) or "text" not in ex or "value" not in ex:
                raise RuleError(f"{path}: {group}: example {n} needs text and value")
            rest = {k: (None if v is None else str(v)) for k, v in ex.items()
                    if k not in ("text", "value", "title", "ref_date")}
            ref = ex.get("ref_date")
            examples.append(FactExample(group, str(ex["text"]), str(ex["value"]), rest,
                                        ex.get("title"), None if ref is None else str(ref)))
    long = [w for g in ("up_verbs", "down_verbs", "linkers", "comparisons")
            for w in words.get(g, ()) if len(w) > _TAIL_CHARS]
    if long:
        raise RuleError(f"{path}: words longer than {_TAIL_CHARS} characters cannot end an "
                        f"indicator: {', '.join(long)}")
    return FactVocab(words, tuple(examples), zone_kinds(path.parent))


def zone_kinds(directory: Path) -> tuple[str, ...]:
    """The kinds of zone a place alone names (常德|经开区): ``zones_alone`` of names.yaml's
    lexicon, the one list the name pass (经开区|管委会: one body) and the facts stage (a
    zone's place; the endings of ``zone_words`` besides them) both read."""
    from .names import lexicon_words  # its lexicon, read once a process (names imports late)

    return lexicon_words(directory, "zones_alone")


# -- the document's own place and period ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocContext:
    place: str | None
    period: str | None
    ref_year: int | None
    is_report: bool
    #: rules, measures or a policy (办法, 细则, 若干政策): every figure is required (target)
    is_rules: bool = False
    #: a statistical review of a finished year (a bulletin): only ``review_target_cues``
    #: make a target (预计, 达到…以上 report what was done)
    is_review: bool = False
    #: a report's tasks handed out to the bodies that carry them (责任分解): every figure
    #: is planned for the year of its title
    is_tasks: bool = False
    #: written in a plan's mood throughout (``plan_mood``), neither a bulletin, rules nor a
    #: task breakdown: every figure is planned (without a task opener and unless a titled
    #: plan names its own years, for the reference year)
    plans: bool = False
    #: its title names a plan, an opinion or an action (``_titled_plan``): its figures
    #: speak of the plan's own years, not of the reference year
    titled_plan: bool = False
    #: its title is a plan for one year (某市2023年国民经济和社会发展计划, F43j): its tasks are
    #: planned for that year, outside its review of the year before (F44j)
    one_year_plan: bool = False


def _zone_without_place(zone: str, vocab: FactVocab) -> str:
    """A zone's name without the division written before it (深圳市|前海深港现代服务业合作区:
    one ORG by ANNOTATION rule 20, but the zone is what the document is about); a zone
    named by its place and its kind alone keeps it (常德|经开区, 长沙|国家高新区: the kinds
    are names.yaml's ``zones_alone``, ``vocab.zone_kinds``)."""
    from .places import place_index  # places reads jionlp's data once, when first asked

    place = place_index().prefix(zone)
    if place is None or len(zone) - len(place) < 2:
        return zone
    rest = zone[len(place):]
    kind = rest.removeprefix("国家级").removeprefix("国家")
    return zone if kind.startswith(vocab.zone_kinds) else rest


def document_context(text: str, mentions: Sequence[Mention], ref_date: str | None,
                     ref_source: str = "", vocab: FactVocab | None = None,
                     doc_place: Any = ...) -> DocContext:
    """The document's place (first GPE of its title, else its issuing body's area) and
    period (a bulletin's year; the year a work report reviews: a title 政府工作报告 or a
    delivery line ——2016年2月19日在…会议上; a plan's span; else none).

    Without a title (an excerpt), the place is the document's own place as
    ``documents.place`` has it (``doc_place``, the pipeline's: :func:`places.find_document_place`
    read once, so the two never disagree: the area the text calls 全省, 全市 …, else the
    division it names most), written as the text writes it; a world region or a foreign
    country (东北亚, 俄罗斯) is none. A statistical review (比上年, ``review_cues``) is about
    the year its DATEs name most."""
    vocab = vocab or _default_vocab()
    title = text[:_TITLE_CHARS]
    head = [m for m in mentions if m.start < _TITLE_CHARS]
    titled = [m for m in head if _in_title_line(text, m)]
    from .places import TITLE_MAX, numbered_heading, place_index

    index = place_index()
    # a section's numbered heading ((三)打造东北亚开放枢纽, （一）在呼伦贝尔市委的领导下) is no
    # title, nor a line longer than a title (a paragraph whose marks a page lost): the
    # title lines places.find_document_place reads, so that a district's excerpt never
    # takes the prefecture its heading names for its facts
    named = [m for m in titled
             if not numbered_heading().match(text, start := text.rfind("\n", 0, m.start) + 1)
             and len(text[start:(text.find("\n", m.end) + 1 or len(text) + 1) - 1].strip())
             <= TITLE_MAX]
    # a zone an organisation's name names (前海深港现代服务业合作区, 常德经开区) is a place; a
    # world region or a foreign country no document's place
    areas = [m for m in named
             if m.label == "GPE" and _own_place(m, index)
             or m.label == "ORG" and vocab.zone_after.match(_clean(m.text))]
    place = None
    if areas:  # 无锡市新吴区…, 深圳市前海…合作区: the last of places written one after the other
        last = areas[0]
        for m in areas[1:]:
            if _clean(text[last.end:m.start]) not in ("", "（", "("):
                break
            last = m
        place = last.text
        if last.label == "ORG":  # 前海合作区管理局: the zone it names
            place = vocab.zone_after.match(_clean(last.text)).group(0)  # type: ignore[union-attr]
            place = _zone_without_place(place, vocab)
        zone = vocab.zone_after.match(text, last.end)  # 前海|深港现代服务业合作区: the zone
        if last.label == "GPE" and zone and not vocab.not_zone_name.search(zone.group(0)):
            place = last.text + zone.group(0)
        elif last.label == "GPE":
            place = _body_inside(named, last, index) or place
    if place is None:
        org = next((m.text for m in named if m.label == "ORG"), None)
        place = _body_area(org) if org is not None else None
    if place is None:  # no title: the document's own place (全省/全市's, the one named most)
        if doc_place is ...:
            from .places import find_document_place

            doc_place = find_document_place(text, mentions, index)[0]
        if doc_place is not None:
            place = _as_written(doc_place, text, mentions, index)
    ref_year = int(ref_date[:4]) if ref_date and ref_date[:4].isdigit() else None
    dates = [m.norm for m in head if m.label == "DATE" and m.norm]
    # 各位代表！… anywhere: an excerpt without its title; a text that looks back on the
    # years before the one it speaks from (dates.infer_ref_date: 五年来，…) or under a
    # heading that reviews a five-year plan (ref_dates.yaml: “十四五”时期工作回顾) reviews them
    is_tasks = bool(_TASKS_TITLE.search(title)) or \
        len(_TASK_UNITS_LINE.findall(text)) >= _TASK_UNITS_MIN
    is_report = not is_tasks and (
        bool(_REPORT_TITLE.search(title)) or ref_source == "document:delivery-line"
        or bool(_REPORT_ADDRESS.search(text))
        or ref_source.endswith(("+review", ":plan-review", ":plan-closed")))
    reviewed = None if is_report or _BULLETIN_TITLE.search(title) \
        else _review_heading(text, vocab)
    if reviewed is not None:  # 一、2025年工作回顾 in an excerpt without the report's title
        is_report = True
        if not ref_source.startswith("document:"):
            ref_year = reviewed + 1  # a report reviews the year before it is delivered
    if is_report and ref_year is not None and ref_source == "document:delivery-line" \
            and _LATE_IN_YEAR.match(ref_date or ""):
        # a report delivered at the year's end (——2018年12月22日在…会议上) reviews that year
        # (即将过去的2018年) and the five years ending in it, as one delivered in the next
        # January does: it speaks for the next year (F42h)
        ref_year += 1
    period: str | None = None
    spanned = False  # a plan's span written at its head: (2019-2022年) after a cover letter
    one_year_plan = False
    if is_tasks:  # the year of the tasks: the first its title lines name, else the plan
        # whose part an untitled text is (_plan_part), else the year the breakdown was
        # issued in (its tasks are that year's: 2021年3月 -> 2021)
        period = next((m.norm[:4] for m in titled if m.label == "DATE" and m.norm), None)
        if period is None:
            period = _plan_part(text, mentions, vocab, ref_year) or (
                None if ref_year is None else str(ref_year))
    elif _BULLETIN_TITLE.search(title):
        # the year the bulletin's title names (ref_dates.yaml: 2022年…统计公报 -> 2022-12), else
        # the first DATE of its head: a page's quoted title (图文解读：《…2022年…统计公报》) and
        # its posting date (2023-07-12) above the text are no title line of their own
        period = str(ref_year) if ref_year is not None \
            and ref_source == "document:bulletin-title" else next((d[:4] for d in dates), None)
    elif is_report and ref_year is not None:
        period = str(ref_year - 1)
    elif vocab.plan_title.search(title):
        period = next((d for d in dates if "/" in d), None)
        spanned = period is not None
        one_year = _ONE_YEAR_PLAN.search(title.lstrip(_SPACES).partition("\n")[0])
        if period is None and one_year and set(dates) == {one_year.group(1)}:
            # 某市2023年国民经济和社会发展计划: a plan for the one year its title names (F43j)
            period, one_year_plan = one_year.group(1), True
    title_lines = "".join(text[m.start:m.end] for m in titled) + _title_lines(text)
    # a law's or rules' articles (第一条 …, 第二条 … at lines' starts) read without the title
    # that names them (条例, 办法) are rules all the same
    is_rules = not is_report and (bool(vocab.rules_title.search(title_lines))
                                  or len(_ARTICLE_LINE.findall(text)) >= 2)
    if period is None and is_rules:
        period = _validity(text, mentions, ref_date)
    is_review = bool(_BULLETIN_TITLE.search(title)) or not (
        is_report or is_rules or vocab.plan_title.search(title)) and _is_review(text, vocab)
    if period is None and is_review:
        period = _review_year(text, mentions)  # an untitled bulletin: the year it reviews
        if period is None and ref_year is not None and ref_source == "inferred:file-name":
            # no year written but a price base (按2020年不变价格计算): the one year the file's
            # name holds, as a bulletin is named by the year it reviews (F48f)
            period = str(ref_year)
    titled_plan = spanned or _titled_plan(text, vocab)
    # a month from the file's name (xwlb_20240211.txt: the day a transcript was broadcast)
    # says when the text was saved, not that it is a report delivered then (F37b)
    season = _in_report_season(ref_date) and not titled_plan \
        and ref_source != "inferred:file-date"
    # a year the file's name alone gives (jiangsu_2026_report.txt: no year written in the
    # text) is the year a report is delivered in, its month unknown: a text told as a
    # report's review is (_told_as_review); the year written most that the name holds too
    # says the same (hailar_2016_report_b.txt writing 2015 and 2016: F37c)
    named = ref_source in ("inferred:file-name", "inferred:written-years+file-name") \
        and not titled_plan
    plans = not (is_review or is_rules or is_tasks) and _in_plan_mood(text, vocab)
    if is_report and not plans and not _REPORT_TITLE.search(title) \
            and ref_source != "document:delivery-line" and not _opens_with_past(text, vocab) \
            and _first_task_opener(text, vocab, ref_year) is None:
        plans = _in_plan_mood(text, vocab, REPORT_PLAN_MOOD)  # a report's tasks cut mid-way
    if is_report and not plans and ref_year is not None and _REPORT_TITLE.search(title) \
            and _tasks_alone(text, vocab, ref_year):
        plans, period = True, str(ref_year)  # a report's page of tasks alone (F49f)
    if not plans and named and not (is_report or is_review or is_rules or is_tasks) \
            and not _opens_with_past(text, vocab) and _in_plan_mood(text, vocab, UNTITLED_PLAN_MOOD):
        plans = True  # a report's tasks cut without title or address (F35f)
    if plans and period is None and ref_year is not None and not is_report \
            and not titled_plan:
        # the tasks of a report delivered in January: that year's; the next plan's aims
        # (推动“十五五”高质量发展，…) where the text names the plan and not its own year
        period = _plan_ahead(text, mentions, vocab, ref_year) or _plan_part(
            text, mentions, vocab, ref_year) or str(ref_year)
    if period is None and ref_year is not None and not (
            is_report or is_review or is_rules or is_tasks or plans or titled_plan) \
            and (season or named and _told_as_review(text, vocab)) \
            and _reviews_year_before(text, vocab):
        is_report = True  # a report's review part without its title: the year before
        period = str(ref_year - 1)
    elif not (is_report or is_review or is_rules or is_tasks or titled_plan) \
            and ref_year is not None and _opens_with_past(_first_paragraph(text), vocab):
        # 五年来，我们…顺利实现“十四五”主要目标 opening an untitled excerpt, whatever plans
        # follow it (“十五五”时期的主要目标): a report cut at its review's start (FACTS.md period:
        # over a multi-year review, flows take the interval, a level reached at its end the
        # end year; a work report reviewing 2025 -> 2025 in its review part)
        is_report = True
        period = str(ref_year - 1)
    vocab.keep_patterns()  # the code of patterns first compiled for this text, if any
    return DocContext(_clean(place) if place else None, period, ref_year, is_report,
                      is_rules, is_review, is_tasks, plans, titled_plan, one_year_plan)


def _plan_ahead(text: str, mentions: Sequence[Mention], vocab: FactVocab, ref_year: int
                ) -> str | None:
    """The years of the one plan from ``ref_year`` on (“十五五” in 2026: ``plan_periods``)
    that an untitled text in a plan's mood names other than as a deadline (“十五五”内:
    ``_PLAN_DEADLINE``) while it names no year of its own (no
    DATE of ``ref_year`` alone: 2026年, 今年): the aims of the next plan cut from a report's
    heading (二、“十五五”时期的主要目标任务), not the year's tasks."""
    # named as what is spoken of (“十五五”时期, 推动“十五五”高质量发展), not only as a deadline
    # (“十五五”内争取尽早消除“断头路”: inside the year's tasks, F35h)
    ahead = {years for name, years in vocab.plan_periods.items()
             if int(years[:4]) >= ref_year
             and any(not _PLAN_DEADLINE.match(text, found.end())
                     for found in re.finditer(re.escape(name), text))}
    if len(ahead) != 1 or any(m.label == "DATE" and m.norm and m.norm[:4] == str(ref_year)
                              and "/" not in m.norm for m in mentions):
        return None
    return ahead.pop()


def _plan_part(text: str, mentions: Sequence[Mention], vocab: FactVocab,
               ref_year: int | None) -> str | None:
    """The years of the plan whose part of a task breakdown an untitled text is (the
    breakdown's ``“十四五”时期重点工作`` cut from its heading): the text sets its targets for
    the last year of one plan (到2025年, 2025年前, 到“十四五”末) or names the plan as its time
    (“十四五”时期, 十四五期间), names no other year of its own (2021年, 今年: the year's
    tasks; a comparison base, 比2020年, and a start, 从2020年的, are none), and the plan
    starts in the reference year or the year after it (a breakdown of 2021 or of late 2020;
    到2025年 in a breakdown of 2023 is a shorter action's end); a later target year is a
    long-range aim (到2035年, 2030年前碳达峰), an earlier one (到2022年) the text's own. Its
    targets are the plan's: a level reached at its end takes the end year, a flow over it
    the span (FACTS.md period, “十四五” 时期). Read up to the heading of a year's part, if one follows
    (…到2025年…。\n政府工作报告2021年重点工作责任分解\n…: _part_scopes opens that part)."""
    text = text[:next((a for a, span in _part_scopes(text, vocab) if "/" not in span),
                      len(text))]
    if _OWN_YEAR_WORDS.search(text):
        return None
    spans = vocab.plan_periods
    ends = {years[5:]: years for years in spans.values()}
    found: set[str] = set()
    aims: list[str] = []  # the years targets are set for
    for m in mentions:
        if m.label != "DATE" or not m.norm or not m.norm[:4].isdigit() or m.end > len(text) \
                or _is_comparison(text, m) or m.qualifier == "since":
            continue
        if m.norm in spans.values():  # 2021—2025年
            found.add(m.norm)
        elif len(m.norm) == 4 and (m.qualifier == "before" or _TARGET_YEAR.search(
                text, max(0, m.start - 1), m.start + 1)):
            aims.append(m.norm)  # 到2025年, 2025年前
        else:
            return None  # a year of its own: 2021年, 2021年底前
    found.update(ends[y] for y in aims if y in ends)
    for name, years in spans.items():
        if any(_PLAN_END_AFTER.match(text, m.end()) or _PLAN_TIME.match(text, m.end())
               for m in re.finditer(re.escape(name), text)):
            found.add(years)  # 到“十四五”末, “十四五”时期, 十四五期间
    if ref_year is not None:
        found = {y for y in found if int(y[:4]) - 1 <= ref_year <= int(y[:4])}
    if not found:
        return None
    years = min(found)
    # a later aim is a long-range one (到2035年, 2030年前碳达峰); an earlier one the text's own
    return years if all(y >= years[5:] for y in aims) else None


def _part_scopes(text: str, vocab: FactVocab, own: str | None = None
                 ) -> list[tuple[int, str]]:
    """The parts of a task breakdown that its heading lines open (政府工作报告“十四五”时期
    重点工作责任分解 … 政府工作报告2021年重点工作责任分解): a line without a sentence's marks that
    names a plan as its time (``_PLAN_PART_HEADING``) opens that plan's part, its figures
    the plan's targets (a level its end year, a flow its span); one that names a year's
    work (``_YEAR_PART_HEADING``) opens that year's. With ``own`` (the text's own year), a
    top heading that names neither (三、重点工作任务) after a part a top heading opened
    (二、“十四五”时期主要目标) closes that part: its figures take ``own`` (FACTS.md period:
    no DATE in the section, the document's own period; gold/facts/NOTES.md F40f). Entries of
    _Doc's scopes."""
    out: list[tuple[int, str]] = []
    start = 0
    top = False  # whether the last part was opened by a top heading (二、…)
    for line in text.split("\n"):
        head = _clean(line)
        if head and len(head) <= _PART_HEADING_CHARS and not _SENTENCE_MARKS.search(head):
            plan = _PLAN_PART_HEADING.search(head)
            year = _YEAR_PART_HEADING.search(head)
            if plan and not year:
                out.append((start, vocab.plan_periods.get(plan.group(1), "")))
            elif year and not plan:
                out.append((start, year.group(1)))
            elif own and top and not plan and _TOP_HEADING.match(head):
                out.append((start, own))
            if plan or year:
                top = bool(_TOP_HEADING.match(head))
        start += len(line) + 1
    return [(a, span) for a, span in out if span]


def _year_part_opened(text: str, parts: list[tuple[int, str]], opener: re.Match[str] | None,
                      ref_year: int | None) -> list[tuple[int, str]]:
    """``parts`` (_part_scopes) with the year's part that the task opener of the reference
    year (今年要重点做好9个方面工作：, ``task_openers``) opens from its line inside the part of a
    plan that holds that year (二、“十五五”时期主要目标和重大举措\n…\n今年要重点做好9个方面工作：\n
    …实施省级重点项目640个: the year's tasks, FACTS.md period: the nearest DATE before them, the
    document's own year; gold dev-d28 2026; gold/facts/NOTES.md F39j)."""
    if opener is None or ref_year is None:
        return parts
    at = text.rfind("\n", 0, opener.start()) + 1
    i = bisect.bisect_right([a for a, _ in parts], at) - 1
    if i < 0 or "/" not in parts[i][1] \
            or not int(parts[i][1][:4]) <= ref_year <= int(parts[i][1][5:]):
        return parts
    return [*parts[:i + 1], (at, str(ref_year)), *parts[i + 1:]]


def _titled_plan(text: str, vocab: FactVocab) -> bool:
    """Whether the text's title (one of its first lines before the first that holds a
    sentence, not a heading: 北京市信息消费行动计划, after a citation code and a link)
    names a plan, an opinion or an action (``plan_titles``)."""
    lines = [x.strip() for x in text[:_TITLE_CHARS].split("\n") if x.strip()][:_TITLE_LINES]
    for line in lines:
        if _SENTENCE_MARKS.search(line):
            return False  # the body has begun (责任单位：…规划分局 after a task is no title)
        if vocab.plan_title.search(line) and not _TOP_HEADING.match(line) \
                and not _SUB_HEADING.match(line):
            return True
    return False


def _in_plan_mood(text: str, vocab: FactVocab, times: int = PLAN_MOOD) -> bool:
    """Whether ``text`` writes what is to be done (力争, 加快, 推进: ``plan_mood``) at least
    ``times`` (``PLAN_MOOD``; ``REPORT_PLAN_MOOD`` for an untitled report) times as often as what was done (比上年, 了, 首次: ``review_mood``) plus
    one: the tasks of a report read without a title or a heading that says so."""
    plan = len(vocab.plan_mood.findall(text))
    return plan >= times * (len(vocab.review_mood.findall(text)) + 1)


def _tasks_alone(text: str, vocab: FactVocab, ref_year: int) -> bool:
    """Whether a work report's ``text`` holds its tasks alone: it writes no word of what was
    done (``review_mood``: 同比, 了, 一年来), no year before the one it speaks from (2017年工作回顾,
    a delivery line of December: a review), no heading of a review (一、2023年工作回顾), no
    word of past years (过去一年, 五年来: ``relative_periods``) and no task opener, and at least
    ``REVIEW_MOOD_MIN`` words of what is to be done (``plan_mood``: 推进, 加快). A page of
    the report's plan part (its review on another page) plans the year it is delivered in
    (FACTS.md period: the plan part's year; status: planned; F49f)."""
    return (vocab.review_mood.search(text) is None  # most reports: found early, stop
            and len(vocab.plan_mood.findall(text)) >= REVIEW_MOOD_MIN
            and all(int(y) >= ref_year for y in _FOUR_DIGIT_YEAR.findall(text))
            and _review_heading(text, vocab) is None
            and not any(all(int(x) < 0 for x in vocab.relative[m.group(0)].split("/"))
                        for m in vocab.relative_word.finditer(text))
            and _first_task_opener(text, vocab, ref_year) is None)


def _in_report_season(ref_date: str | None) -> bool:
    """Whether ``ref_date`` names a month in which work reports are delivered (January to
    March, ``REPORT_MONTHS``; a year alone names none)."""
    month = ref_date[5:7] if ref_date and len(ref_date) >= 7 else ""
    return month.isdigit() and 1 <= int(month) <= REPORT_MONTHS


def _opens_with_past(text: str, vocab: FactVocab) -> bool:
    """Whether a paragraph of ``text`` opens with a span of past years (五年来，我们…,
    各位代表！过去一年，…: ``relative_periods`` all before the reference year)."""
    for found in _PARAGRAPH_OPENING.finditer(text):
        rel = vocab.relative_word.match(found.group(1))
        if rel and all(int(x) < 0 for x in vocab.relative[rel.group(0)].split("/")):
            return True
    return False


def _reviews_year_before(text: str, vocab: FactVocab) -> bool:
    """Whether an untitled text written in a work report's season (``_in_report_season``)
    reports what was done (``review_mood``: at least ``REVIEW_MOOD_MIN`` words, and words of
    a plan's mood at most ``REVIEW_MOOD`` times as many) or has a paragraph open with a span
    of past years (五年来，过去一年，: ``relative_periods``), and holds no law's or rules'
    articles (第一条 …, 第二条 …): the review part of a report cut from its title, which
    looks back on the year before (FACTS.md period: a work report reviewing 2025 -> 2025 in
    its review part)."""
    if len(_ARTICLE_LINE.findall(text)) >= 2:
        return False  # 第一条 …, 第二条 …: a law's or rules' articles, no report
    if _opens_with_past(text, vocab):
        return True
    done = len(vocab.review_mood.findall(text))
    return done >= REVIEW_MOOD_MIN and len(vocab.plan_mood.findall(text)) <= REVIEW_MOOD * done


def _told_as_review(text: str, vocab: FactVocab) -> bool:
    """Whether a text whose month is unknown reads as a work report's review: what was
    done (``review_mood``) at least twice ``REVIEW_MOOD_MIN`` times, told with the verbs of
    the government's work (``plan_mood``: 推进, 持续, at least ``REVIEW_MOOD_MIN``), or a
    paragraph opening with past years (五年来，); a bulletin's figures (同比增长…) have no
    such verbs, and a policy's grants one 首次 or two."""
    if _opens_with_past(text, vocab):
        return True
    return len(vocab.review_mood.findall(text)) >= 2 * REVIEW_MOOD_MIN \
        and len(vocab.plan_mood.findall(text)) >= REVIEW_MOOD_MIN


def _body_area(org: str) -> str | None:
    """The area of an issuing body: the last of the places its name starts with, one
    after another (舟山市普陀区人民政府办公室: 普陀区; 江西省统计局: 江西省), after the
    party's name (中共四川省委: 四川省)."""
    area = None
    org = _PARTY.sub("", org)
    while (found := _PLACE_PREFIX.match(org)) is not None:
        area, org = found.group(1), org[found.end():]
    return area


def _body_inside(named: Sequence[Mention], last: Mention, index: Any) -> str | None:
    """The area of a body the title names after the place ``last`` that lies inside that
    place ((湖北省)2017年黄梅县人民政府工作报告 -> 黄梅县; 廊坊市安次区第八届人民代表大会第四次
    会议 -> 安次区): the body's own area is the document's (FACTS.md place: its title or
    issuing body), not the province or city written before it (F42j). None when no such
    body stands there."""
    outer = index.resolve(last.name)
    if outer is None:
        return None
    for m in named:
        area = _body_area(_clean(m.text)) if m.label == "ORG" and m.start > last.start else None
        inner = index.resolve(area, outer) if area else None
        if inner is not None and inner.code != outer.code and inner.within(outer):
            return area
    return None


def _review_heading(text: str, vocab: FactVocab) -> int | None:
    """The year a top heading of a work report's review names (一、2025年工作回顾, 一、2025年
    和“十四五”时期工作回顾: ``review_headings``): a text without its title that has one is
    that report (FACTS.md period: a work report reviewing 2025 -> 2025 in its review part)."""
    found = vocab.review_heading_line.search(text)
    return int(found.group(1).translate(_YEAR_DIGITS)) if found else None


def _first_paragraph(text: str) -> str:
    """The text's first non-empty line (an excerpt's opening paragraph)."""
    return next((line for line in text[:_FIRST_PARAGRAPH_CHARS].split("\n") if line.strip()), "")


def _title_lines(text: str) -> str:
    """The first two non-empty lines that hold no sentence (a title, its issuing body)."""
    lines = [x.strip() for x in text[:_TITLE_CHARS].split("\n") if x.strip()][:2]
    return "".join(x for x in lines if not _SENTENCE_MARKS.search(x))


def _validity(text: str, mentions: Sequence[Mention], ref_date: str | None) -> str | None:
    """The span rules are valid for, as DATE values: ``本办法自2019年1月1日起施行，有效期
    三年`` -> ``2019-01-01/2021-12-31``; ``有效期至2021年12月31日`` ends the span there;
    a start not written as a date (自印发之日起) is the document's own date when it is a
    day. None when no validity is written."""
    found = _VALIDITY.search(text)
    if not found:
        return None
    sent_start = max(text.rfind(c, 0, found.start()) for c in "。\n") + 1
    sent_end = min((i for i in (text.find(c, found.end()) for c in "。\n") if i >= 0),
                   default=len(text))
    inside = [m for m in mentions if sent_start <= m.start < sent_end]
    dates = [m for m in inside if m.label == "DATE" and m.norm and len(m.norm) == 10]
    start = next((m.norm for m in dates if m.end <= found.start()), None)
    if start is None and ref_date and len(ref_date) == 10:
        start = ref_date
    end = next((m.norm for m in dates if m.start >= found.end()), None)
    if end is None and start is not None:
        years = next((m for m in inside if m.label == "DURATION" and m.start >= found.start()),
                     None)
        n = _YEARS_OF.match(years.text) if years is not None else None
        if n is None:
            return None
        try:
            count = int(parse_numeral(n.group(1)))
        except NumeralError:
            return None
        begin = date.fromisoformat(start)
        end = (begin.replace(year=begin.year + count) - timedelta(days=1)).isoformat()
    return f"{start}/{end}" if start and end else None


@lru_cache(maxsize=1)
def default_fact_vocab() -> FactVocab:
    """The default rules' vocabulary, loaded once a process: what the level and place reads
    take where given none (:func:`speaking_level`, :func:`own_level_signs`)."""
    return load_fact_vocab()


_default_vocab = default_fact_vocab


def shared_fact_vocab(directory: Path) -> FactVocab:
    """``load_fact_vocab(directory)``; for the default rules' folder the one object of
    :func:`default_fact_vocab`, so that its patterns, compiled on first use, are compiled
    once for the pipeline's facts and the place and level reads."""
    if Path(directory).resolve() == Path(default_rules_dir()).resolve():
        return default_fact_vocab()
    return load_fact_vocab(directory)


def _is_review(text: str, vocab: FactVocab) -> bool:
    """A statistical review of one year (a bulletin, with or without its title): its
    figures are compared with the year before (比上年) at least ``_REVIEW_MIN`` times, or
    its notes name it a bulletin (本公报中…数据: ``bulletin_self_cues``, F51f)."""
    return len(vocab.review.findall(text)) >= _REVIEW_MIN or bool(vocab.bulletin_self.search(text))


def _review_year(text: str, mentions: Sequence[Mention]) -> str | None:
    """The year a review speaks of: the year its DATEs name most (not a comparison base,
    比2021年; not a target, 到2025年), the later of equals."""
    years = Counter(m.norm[:4] for m in mentions
                    if m.label == "DATE" and m.norm and m.norm[:4].isdigit()
                    and not _is_comparison(text, m)
                    and not _TARGET_YEAR.search(text, max(0, m.start - 1), m.start + 1)
                    and not PRICE_BASE_AFTER.match(text, m.end))
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def speaking_level(text: str, mentions: Sequence[Mention], vocab: FactVocab | None = None
                   ) -> str | None:
    """The level a text speaks of its own area at: the one its level words name most
    (全省 as a clause's subject, 我区 anywhere: ``level_words``) with its own bodies named by
    their level alone (区经信局, 省委: two at least), the narrower of equals; None when it
    has none."""
    vocab = vocab or _default_vocab()
    levels = Counter(vocab.levels[w] for w in vocab.level_words(text))
    levels.update(vocab.levels[w] for w in vocab.speaker_word.findall(text))
    # the bodies of the text's own government, named by their level alone (责任单位：区经信局、
    # 区发改局; 省委, 市政府): they speak of its area as 全区, 全省 do
    bodies = Counter(level for m in mentions if m.label == "ORG" and _LEVEL_BODY.match(m.text)
                     and (level := vocab.levels.get(f"全{m.text[:1]}")))
    levels.update({level: n for level, n in bodies.items() if n >= _LEVEL_BODIES_MIN})
    if not levels:
        return None
    return max(levels, key=lambda lv: (levels[lv], -LEVEL_ORDER.index(lv)))


def own_level_signs(text: str, mentions: Sequence[Mention], vocab: FactVocab | None = None
                    ) -> frozenset[str]:
    """The levels a text's weaker signs name (``own_level_signs``: 全区 anywhere, not as a
    clause's subject; one body named by its level alone, 区委, 市人民政府), for a text
    :func:`speaking_level` finds none in (places.find_document_place)."""
    vocab = vocab or _default_vocab()
    signs = dict(w.split("=", 1) for w in vocab["own_level_signs"])
    found = {signs[w] for w in _own_level_word(tuple(signs)).findall(text)}
    # one body named by its level alone (区委, 区发改局, 省产业技术研究院: speaking_level
    # wants two)
    found |= {level for m in mentions if m.label == "ORG" and _LEVEL_BODY.match(m.text)
              and (level := vocab.levels.get(f"全{m.text[:1]}"))}
    return frozenset(found)


def own_name_passing() -> tuple[str, ...]:
    """The words before a county's name that write it in passing (与, 赴: ``own_name_passing``,
    read by places.own_county_written)."""
    return _default_vocab()["own_name_passing"]


@lru_cache(maxsize=4)
def _own_level_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` anywhere (全区 of 占全区的一半), not 全区域 nor 全区县 (a city's
    districts and counties), 全县域."""
    return re.compile("(" + alternation(list(words)) + ")(?![域区县市旗级])")


def _own_place(m: Mention, index: Any) -> bool:
    """Whether a GPE of the title can be the document's own place: China, one of its
    divisions or a region the index has not (长三角); not a world region or a foreign
    country (东南亚, 俄罗斯)."""
    from .places import CHINA

    found = index.resolve(m.name)
    return found is None or found.province is not None or found.code == CHINA


def _as_written(area: Any, text: str, mentions: Sequence[Mention], index: Any) -> str:
    """A division's name as the text writes it: its full name, else the longest short name
    it writes (广东), not a one-character abbreviation (粤, 琼: FACTS.md place, with its
    administrative suffix where the text has one), else a name of it longer than the
    index's (中华人民共和国, of 中华人民共和国国务院令 in a state's regulations that never write
    中国) that the text writes inside other names, else its full name."""
    written = [m.text for m in mentions if m.label == "GPE" and len(m.text) > 1
               and index.resolve(m.name) == area]
    if area.name in text:
        return area.name
    if not written:
        inside = [n for n in _longer_names(area, index) if n in text]
        return max(inside, key=len) if inside else area.name
    return max(set(written), key=lambda w: (len(w), written.count(w)))


@lru_cache(maxsize=256)
def _longer_names(area: Any, index: Any) -> tuple[str, ...]:
    """The index's names of ``area`` longer than its full name, in the index's order: read
    once a division (S43c: a walk of the index's names per document, 3 % of the facts stage
    on the corpus and 100 bulk files)."""
    return tuple(n for n, found in index.by_name.items()
                 if len(n) > len(area.name) and area in found)


def _in_title_line(text: str, m: Mention) -> bool:
    """Whether ``m`` sits on the title: one of the first two non-empty lines without
    sentence punctuation, or a delivery line (——2026年1月20日在浙江省…会议上)."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.startswith(("——", "—")):
        return True
    before = [x for x in text[:start].split("\n") if x.strip()]
    return len(before) < 2 and not _SENTENCE_MARKS.search(line)


# -- the stage ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Parent:
    indicator: str
    period: str | None
    place: str | None
    unit: str | None = None
    kind: str = "level"
    label: str | None = None


@dataclass(slots=True)
class _State:
    """What the clauses before a value left for it."""

    last: _Parent | None = None  # the fact before, in this paragraph
    breakdown_of: _Parent | None = None  # the figure a 其中 clause breaks down
    #: the figures of the paragraph before a 其中 clause, the last last: the one with the
    #: unit of an item is what it breaks down (项目42个，总投资额263亿元，其中，亿元以上34个)
    breakdown_pool: list[_Parent] = field(default_factory=list)
    #: the clause is the one that opens the breakdown (其中…), not a later one of its sentence
    opens_breakdown: bool = False
    breakdown_at: int = 0  # where the clause that opened the breakdown starts
    parents: list[_Parent] = field(default_factory=list)  # the paragraph's figures so far
    subject: str | None = None  # the subject place of an earlier clause of the sentence
    recent: list[str] = field(default_factory=list)  # indicators of the sentence so far
    stock: bool = False  # the paragraph speaks of the year's end (年末) until 全年
    #: a clause of the year's flows (全年…) came after the 其中 clause: its figures and those
    #: after it are no items of the stock broken down, and take no year end from it
    flowed: bool = False
    topic: str = ""  # the subject before 实现/完成 (规模以上工业企业实现营业收入)
    topic_part: bool = False  # the topic was written inside a 其中 breakdown (F46i)
    holder: str = ""  # a body before 现有 (县直单位现有在编人员…，大集体人员…): its later items'
    carry: str = ""  # the counted noun the next figure of the clause is about
    counted_noun: str = ""  # the noun the sentence's last count counted (173项X案例: X案例)
    facility: str = ""  # a facility the sentence's figures are about (宁波舟山港)
    #: the openings of the sentence's earlier clauses without figures, in order: what the last
    #: that puts something in place puts there (落实X政策，) is the benefactor of a later 惠及
    #: or 撬动 (``benefit_verbs``), read only there (_benefactor; S51b)
    bare_openings: list[str] = field(default_factory=list)
    #: the clause without figures right before (高新技术企业数量增长1.2倍，达到2万家)
    bare: tuple[int, int] = (-1, -1)
    #: where the run of clauses without figures that ends with ``bare`` starts
    bare_run: int = -1
    #: the sentence without figures right before the sentence read now, in its line
    #: (推进棚户区改造工程。全年投资90亿元: what a bare 投资 is spent on)
    quiet: tuple[int, int] = (-1, -1)
    paragraph: int = -1
    sentence: int = -1  # the sentence read now
    #: the sentence ``last`` is of: a clause with nothing left takes the figure before it
    #: only in its own sentence (``_complete``)
    last_sentence: int = -2
    text: str = ""  # the document's text (a reference, for ``said``)
    #: where the sentence read now starts and the clause read now starts: the words said
    #: before it (a span, not a copy: a copy per clause is quadratic in a long sentence)
    said: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class _Doc:
    text: str
    mentions: Sequence[Mention]
    sentences: Sequence[Sentence]
    ctx: DocContext
    vocab: FactVocab
    tokenizer: Any | None = None
    cue_sentence: int = -1  # the sentence whose first target cue ends at cue_end
    cue_end: int = -1
    #: the last area a clause named as its subject (常德高新区认真贯彻…，), for a later level
    #: word of another level than the document's own place (全区 in a city's text: F50l)
    named_area: str = ""
    #: the level words (全区, 全县) of the sentence read now, where each ends (F50l)
    level_ends: list[tuple[int, str]] = field(default_factory=list)
    #: where the figures (FACT_LABELS) start, in order
    value_starts: list[int] = field(default_factory=list)
    value_ends: list[int] = field(default_factory=list)  # where they end, in the same order
    dates: list[Mention] = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    #: where a multi-year review or plan starts (and ends: span None), see _scopes
    scope_starts: list[int] = field(default_factory=list)
    scope_spans: list[str | None] = field(default_factory=list)
    #: paragraph -> where its announcement of targets ends (-1: none), see announced
    announcements: dict[int, int] = field(default_factory=dict)
    #: where the text's tasks start (the start of its first task opener; -1: none), see in_tasks
    tasks_start: int = -1
    #: where a work report's notes of terms start (``notes_headings``; -1: none), see in_notes
    notes_start: int = -1
    #: paragraph -> where its heading_start is (read once a paragraph)
    heading_starts: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spans = self.vocab.plan_periods
        self.dates = [self._as_period(m) for m in self.mentions
                      if ((m.label == "DATE" and m.norm) or m.text in spans)
                      and not _is_comparison(self.text, m)]
        self.dates = sorted(self.dates + _relative_periods(self.text, self.dates, self.vocab,
                                                           self.ctx.ref_year),
                            key=lambda m: m.start)
        self.date_starts = [m.start for m in self.dates]
        values = sorted((m.start, m.end) for m in self.mentions if m.label in FACT_LABELS)
        self.value_starts = [a for a, _ in values]
        self.value_ends = [b for _, b in values]
        self.breaks = _paragraph_breaks(self.text)
        opener = _first_task_opener(self.text, self.vocab, self.ctx.ref_year)
        # the opener's own count (今年要重点做好9个方面工作：) is planned too; without one, a
        # text in a plan's mood is planned from its start, for the reference year unless a
        # titled plan names its own years (its figures are targets all the same: _status)
        self.tasks_start = opener.start() if opener else 0 if self.ctx.plans and (
            self.ctx.is_report or not self.ctx.titled_plan) else -1
        if self.ctx.is_report:
            notes = self.vocab.notes_heading.search(self.text)
            self.notes_start = notes.start() if notes else -1
            scopes = _scopes(self.text, self.breaks, self.vocab, self.ctx.ref_year,
                             self.value_starts)
            self.scope_starts = [a for a, _ in scopes]
            self.scope_spans = [span for _, span in scopes]
        elif self.ctx.is_tasks or self.ctx.plans and not self.ctx.titled_plan:
            # a breakdown's parts (_part_scopes); the next plan's aims (_plan_ahead) or a
            # plan's part cut from its heading (_plan_part): all its span
            own = self.ctx.period if self.ctx.period and "/" not in self.ctx.period \
                else str(self.ctx.ref_year) if self.ctx.ref_year else None
            parts = _part_scopes(self.text, self.vocab, own)
            if self.ctx.period and "/" in self.ctx.period and not (parts and parts[0][0] == 0):
                parts = [(0, self.ctx.period), *parts]
            parts = _year_part_opened(self.text, parts, opener, self.ctx.ref_year)
            self.scope_starts = [a for a, _ in parts]
            self.scope_spans = [span for _, span in parts]

    def scope_at(self, pos: int) -> str | None:
        """The years of the multi-year review (or plan) the text at ``pos`` is part of."""
        i = bisect.bisect_right(self.scope_starts, pos) - 1
        return self.scope_spans[i] if i >= 0 else None

    def span_at(self, pos: int) -> str | None:
        """The span of years of the review or plan at ``pos`` (none in a part of one year:
        a breakdown's 2021年重点工作, _part_scopes)."""
        span = self.scope_at(pos)
        return span if span is not None and "/" in span else None

    def scope_begin(self, pos: int) -> int:
        """Where the review (or the text between two) that holds ``pos`` starts."""
        i = bisect.bisect_right(self.scope_starts, pos) - 1
        return self.scope_starts[i] if i >= 0 else 0

    def past_review(self, pos: int) -> bool:
        """Whether ``pos`` is in the review of years before the report's own."""
        span = self.scope_at(pos)
        year = self.ctx.ref_year
        return span is not None and year is not None and int(span[-4:]) < year

    def reviews_year(self, pos: int) -> bool:
        """Whether ``pos`` is in a work report's review of the year before its own, read
        without a review heading: before the report's task opener (三、2026年重点工作), or in
        a report with none that is not in a plan's mood (a report's head: its title, the
        address and the year's results), outside a span of years to come. There ``预计``
        is an estimate of the finished year (预计全年接待游客9.6亿人次: actual, NOTES)."""
        year = self.ctx.ref_year
        return self.ctx.is_report and year is not None and self.ctx.period == str(year - 1) \
            and (self.tasks_start < 0 or pos < self.tasks_start) \
            and not self.plans_ahead(pos) and not self.in_notes(pos)

    def plans_ahead(self, pos: int) -> bool:
        """Whether ``pos`` is in a span of years that starts in the report's own year or
        later (“十五五”时期，要努力实现以下目标任务：… in a report of 2026): no figure over
        years still to come is reported, every one is planned (FACTS.md status)."""
        span = self.scope_at(pos)
        year = self.ctx.ref_year
        return span is not None and "/" in span and year is not None \
            and int(span[:4]) >= year

    def _as_period(self, m: Mention) -> Mention:
        """A plan name as its years (followed by 末, its last year: 到“十五五”末 -> 2030; by
        开局之年 or 收官之年, that one year); ``2018年以来`` as 2018 to the reference year (in a work report, to the year it
        reviews: 2021年以来 in a report of 2026 -> 2021/2025)."""
        year = self.ctx.ref_year
        if year and self.ctx.is_report:
            year -= 1  # a work report speaks of the years up to the one it reviews
        if m.label != "DATE":
            years = self.vocab.plan_periods[m.text]
            if _PLAN_END_AFTER.match(self.text, m.end):
                years = years[5:]  # 到“十五五”末: the plan's last year, as 到2030年
            elif (nth := _PLAN_YEAR_AFTER.match(self.text, m.end)) and _YEARS.match(years):
                # 今年是“十五五”开局之年，…: one year of the plan, not its span
                years = str(int(years[:4]) + _PLAN_YEAR_PLACES[nth.group(1)])
            elif _PLAN_SINCE_AFTER.match(self.text, m.end) and year and _YEARS.match(years) \
                    and int(years[:4]) <= year < int(years[5:]):
                # “十三五”以来 in a report of 2019: the plan's years up to the one reviewed,
                # as 2016年以来 (F45e)
                years = f"{years[:4]}/{year}"
            return replace(m, norm=years)
        if m.qualifier == "since" and m.norm and len(m.norm) == 4 and year \
                and int(m.norm) < year:
            return replace(m, norm=f"{m.norm}/{year}")
        return m

    def in_tasks(self, pos: int) -> bool:
        """Whether ``pos`` is in or after the words that open the year's tasks (今年要重点做好
        9个方面工作：, 三、2026年主要工作): a report's task part, or an excerpt of it without its
        title, whose figures are planned for the reference year (FACTS.md status and period)."""
        return 0 <= self.tasks_start <= pos and not self.past_review(pos)

    def in_notes(self, pos: int) -> bool:
        """Whether ``pos`` is in a work report's notes of terms (注释 and what follows): their
        counts define the report's terms, as the report is written (``notes_headings``)."""
        return 0 <= self.notes_start <= pos

    def announced(self, pos: int) -> bool:
        """Whether a sentence before ``pos`` in its paragraph announces targets with a colon
        (今年主要预期目标是：…): the figures of the paragraph after it are those targets."""
        i = self.paragraph_of(pos)
        if i not in self.announcements:
            start = self.paragraph_start(pos)
            stop = self.breaks[i] if i < len(self.breaks) else len(self.text)
            found = self.vocab.announcement.search(self.text, start, stop)
            self.announcements[i] = found.end() if found else -1
        return 0 <= self.announcements[i] <= pos

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_left(self.breaks, pos)

    def paragraph_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        return self.breaks[i - 1] + 1 if i else 0

    def heading_start(self, pos: int) -> int:
        """Where the paragraph at ``pos`` starts, or the line before it when that line is a
        heading without a number (``2026年重点工作``: short, no punctuation of a sentence,
        no table's caption, more than a date),
        whose DATE dates the figures of the paragraph under it (FACTS.md period: the
        nearest DATE before the figure in its paragraph or section heading). Read once a
        paragraph (``heading_starts``: its figures ask again, S47h)."""
        i = bisect.bisect_left(self.breaks, pos)
        found = self.heading_starts.get(i)
        if found is None:
            found = self.heading_starts[i] = self._heading_start(pos)
        return found

    def _heading_start(self, pos: int) -> int:
        start = self.paragraph_start(pos)
        if start < 2 or self.text[start - 1] != "\n":
            return start
        before = self.paragraph_start(start - 1)
        line = self.text[before:start - 1].strip(_SPACES)
        return before if 0 < len(line) <= _BARE_HEADING_CHARS \
            and not _HEADING_MARKS.search(line) and not _CAPTION.match(line) \
            and len(_DATE_ONLY.sub("", line)) >= 2 else start


def _relative_periods(text: str, dates: Sequence[Mention], vocab: FactVocab,
                      ref_year: int | None) -> list[Mention]:
    """The spans a report names from its own year (``relative_periods``: 五年来 in a
    report of 2016 -> 2011/2015, 今后五年 -> 2016/2020), as DATEs where no DATE stands."""
    if ref_year is None or not vocab.relative:
        return []
    taken = {m.start for m in dates}
    out = []
    for found in vocab.relative_word.finditer(text):
        if found.start() in taken:
            continue
        out.append(Mention(found.start(), found.end(), "DATE", found.group(0),
                           norm=_relative_norm(vocab.relative[found.group(0)], ref_year)))
    return out


def _scopes(text: str, breaks: Sequence[int], vocab: FactVocab, ref_year: int | None,
            values: Sequence[int] = ()) -> list[tuple[int, str | None]]:
    """Where a work report's review of several years (or its plan for the next ones)
    starts and ends (FACTS.md period: over a multi-year review, flows take the interval,
    a level reached at its end the end year): a paragraph that opens with a span
    (五年来, 这五年, “十四五”时期: ``relative_periods``, ``plan_periods`` with
    ``scope_words``) starts one, which holds for the paragraphs after it (a review's
    sub-headings and their paragraphs) until a paragraph opens with one year (2025年，,
    过去一年) or another span, or a top heading (一、…) names no span alone. Inside a
    paragraph, a later sentence that opens with one year or a span of past years switches
    the review for the rest of that paragraph alone (_sentence_scopes), or for the
    paragraphs after it too when no figure (``values``: where they start) follows it in its
    paragraph (…。五年来，我们坚定不移推进改革。\n<the five years' figures>)."""
    out = _scope_walk(text, breaks, vocab, ref_year, values, None)
    if out and _cut_from_review(text, breaks, out[0], vocab, ref_year):
        if out[0][0] == 0 or text[out[0][0] - 1] == "\n":
            out[0] = (0, out[0][1])
        else:  # …。五年来，…取得新进步。 closing the excerpt: it reviews that span back to
            # the year's topics before it (_year_topics_end)
            starts = [0, *(b + 1 for b in breaks)]
            begin = _year_topics_end(text, starts, bisect.bisect_right(starts, out[0][0]) - 1,
                                     out[0][1], vocab, values)
            out = [(begin, out[0][1]), *_scope_walk(text, breaks, vocab, ref_year, values,
                                                     out[0][1])]
    else:
        out = _closed_review(text, breaks, out, vocab, ref_year, values)
    first = out[0][0] if out else len(text)
    if first > 0 and (span := _measured_across(text[:first], ref_year)) is not None:
        # the start reviews that span: one scope from the text's start (the first scope
        # joins it when it reviews the same span)
        rest = out[1:] if out and out[0][1] == span else out
        out = [(0, span), *rest]
    return out


#: paragraphs in a row with figures and no span named that end a closed review's reach back
_YEAR_TOPICS = 2


def _closed_review(text: str, breaks: Sequence[int], out: list[tuple[int, str | None]],
                   vocab: FactVocab, ref_year: int | None, values: Sequence[int]
                   ) -> list[tuple[int, str | None]]:
    """The entries of _scopes with the review of past years a later sentence of its last
    paragraph names as it closes it (…保交房7.4万套住房全部交付。五年来，国防动员…取得新进步。
    with no figure after it in its paragraph, and the address 各位代表！, a top heading or the
    text's end next) moved back to where that review starts, when a figure over several
    years stands in what it moves (年均, ``span_totals``: a year's topics hold none): the paragraph after the last
    one that opens the report's parts (各位代表：), a year (2025年，…, 过去一年，… unless
    measured against the span's start: _measured_over) or another review (an entry of
    _scopes), or after a top heading that names the span (一、2025年和“十四五”时期工作回顾).
    Under a heading that names one year alone (一、2025年工作回顾) nothing moves. A titled
    report's _cut_from_review (FACTS.md period: over a multi-year review, flows take the
    interval)."""
    if ref_year is None:
        return out
    starts = [0, *(b + 1 for b in breaks)]
    for at, span in list(out):
        if not _past_span(span, ref_year):
            continue
        k = bisect.bisect_right(starts, at) - 1
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        i = bisect.bisect_left(values, at)
        if not text[starts[k]:at].strip(_SPACES) or i < len(values) and values[i] < stop:
            continue  # it opens its paragraph, or figures follow it: an opener
        after = next((text[s:s + 60].lstrip(_SPACES + "“\"") for s in starts[k + 1:]
                      if text[s:s + 60].strip(_SPACES)), "")
        if after and not _REPORT_ADDRESS.match(after) and not _TOP_HEADING.match(after):
            continue
        begin = _review_begin(text, starts, k, out, at, span, vocab, ref_year, values)
        if begin is not None and begin < at and (
                "年均" in text[begin:at] or vocab.span_total.search(text, begin, at)):
            out = sorted([*out, (begin, span)], key=lambda entry: entry[0])
    return out


def _review_begin(text: str, starts: Sequence[int], k: int, out: list[tuple[int, str | None]],
                  at: int, span: str, vocab: FactVocab, ref_year: int,
                  values: Sequence[int] = ()) -> int | None:
    """Where the review that the sentence at ``at`` (in the ``k``-th paragraph) closes
    starts, for _closed_review (None: under a top heading of one year). Two paragraphs in a
    row, walking back, whose figures name nothing over several years (_names_span) are the
    year's topics before it (（七）…增长6.2%。\n（八）…达到185个。\n我们系统强化生态环境保护…
    \n…年均新增城镇就业30万人。五年来，…取得新进步。): the review starts after them."""
    floor = _year_topics_end(text, starts, k, span, vocab, values)
    for j in range(k, -1, -1):
        para = starts[j]
        if para < floor:
            return floor
        stop = starts[j + 1] if j + 1 < len(starts) else len(text)
        line = text[para:para + 60].lstrip(_SPACES + "“\"")
        heading = _TOP_HEADING.match(line)
        if heading:
            named = _clean(line[heading.end():].split("\n", 1)[0])
            if _span_named(named.replace(f"{int(span[-4:])}年", ""), vocab, ref_year,
                           True) != span:
                return None
            return stop
        if j == k:
            if any(para <= a < at for a, _ in out) or _year_sentence_before(
                    text, para, at, span, vocab):
                return None  # …过去一年，X。五年来，…: what follows that year is its
            continue
        found = _OPENING.match(line)
        opening = _clean(found.group(1)) if found else ""
        if any(para <= a < stop for a, _ in out) or _REPORT_ADDRESS.match(line) or (
                (_YEAR.search(opening) or vocab.year_opener.match(opening))
                and not _measured_over(text, para, span, vocab)) \
                or _year_sentence_before(text, para, stop, span, vocab):
            return stop
    return 0


def _year_topics_end(text: str, starts: Sequence[int], k: int, span: str, vocab: FactVocab,
                     values: Sequence[int]) -> int:
    """Where the paragraphs before the ``k``-th that a review of ``span`` reaches back over
    stop being the year's topics (0: none are): after the first two in a row, walking back,
    that hold figures and name nothing over several years (_names_span), as the topics of the
    year before the five years' do (（七）…增长6.2%。\n（八）…达到185个。\n我们系统强化生态环境
    保护…\n…年均新增城镇就业30万人。五年来，…取得新进步。: FACTS.md period, a flow over a
    multi-year review takes the interval, the year's figures the year)."""
    plain = 0  # paragraphs in a row, walking back, with figures and no span named
    for j in range(k - 1, -1, -1):
        para, stop = starts[j], starts[j + 1]
        i = bisect.bisect_left(values, para)
        if _names_span(text[para:stop], span, vocab):
            plain = 0
        elif i < len(values) and values[i] < stop:
            plain += 1
            if plain == _YEAR_TOPICS:
                return stop
    return 0


def _names_span(para: str, span: str, vocab: FactVocab) -> bool:
    """Whether a paragraph names time over several years, as a review of them does and a
    year's topics do not: an average over years (年均) or a total over a number of them
    (五年累计: ``span_totals``; 累计 alone counts up to the year too: 累计创建国家级绿色工厂198个
    in a review of 2025), a span (五年, 五年来: ``relative_periods`` of several years), a
    plan (“十四五”, “十三五”末: ``plan_periods``) or a year before the span's start (比2020年)."""
    if "年均" in para or vocab.span_total.search(para) \
            or any(name in para for name in vocab.plan_periods):
        return True
    if any("/" in vocab.relative[m.group(0)] for m in vocab.relative_word.finditer(para)):
        return True
    return any(int(y) < int(span[:4]) for y in _FOUR_DIGIT_YEAR.findall(para))


def _scope_walk(text: str, breaks: Sequence[int], vocab: FactVocab, ref_year: int | None,
                values: Sequence[int], current: str | None) -> list[tuple[int, str | None]]:
    """The entries of _scopes, paragraph by paragraph, from the review ``current`` (the
    one the text's start is in) on."""
    out: list[tuple[int, str | None]] = []
    starts = [0, *(b + 1 for b in breaks)]
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        if _past_span(current, ref_year) and _year_inside(_paragraph_opening(text, start),
                                                          current, vocab):
            # 2023年，X成功创建…。新建Y in a review of 2021/2025: that year's paragraph, and
            # the review goes on after it (F46a)
            out += [(start, None), (stop, current)]
            continue
        # whether the paragraph names a span or a plan anywhere (cleaned as each opening is):
        # without one no later sentence of it opens one (_span_after, _sentence_scopes), read
        # once a paragraph where first asked (S51c)
        named: list[bool] = []

        def names_span(start: int = start, stop: int = stop, named: list[bool] = named) -> bool:
            if not named:
                named.append(_names_span_word(_clean(text[start:stop]), vocab))
            return named[0]

        for entry in _opening_scope(text, start, current, vocab, ref_year, names_span):
            out.append(entry)
            current = entry[1]
        local = _sentence_scopes(text, start, stop, current, vocab, ref_year, names_span)
        if local:
            out += local
            last = local[-1][0]
            i = bisect.bisect_left(values, last)
            if i < len(values) and values[i] < stop:
                out.append((stop, current))  # the paragraph's own review again after it
            else:
                current = local[-1][1]  # an opener with no figure after it opens what follows
        ahead = _aims_announced(text, start, stop, vocab, ref_year)
        if ahead is not None:
            out.append((stop, ahead))
            current = ahead
    return out


def _aims_announced(text: str, start: int, stop: int, vocab: FactVocab,
                    ref_year: int | None) -> str | None:
    """The span of years to come whose aims the paragraph at ``start`` announces with a
    colon at its end (…明确了今后五年全省经济社会发展的主要目标…。要重点把握三个方面：): a span
    from the reference year on (今后五年: ``relative_periods``; “十五五”: ``plan_periods``) and
    one of ``target_announcements`` after it in its sentence; the paragraphs after it are
    that plan's aims, cut from the report's heading (二、“十五五”时期主要目标和重大举措), until a
    paragraph opens with a year or a span (FACTS.md period: a plan's span). Not the year's
    targets (今年主要预期目标是：), nor a review (过去五年…主要目标圆满完成：)."""
    para = text[start:stop].rstrip(_SPACES)
    if ref_year is None or not para.endswith(("：", ":")):
        return None
    for sentence in re.split(r"[。！!？?]", para):
        spans = [(m.end(), _relative_norm(vocab.relative[m.group(0)], ref_year))
                 for m in vocab.relative_word.finditer(sentence)]
        spans += [(sentence.index(name) + len(name), years)
                  for name, years in vocab.plan_periods.items() if name in sentence]
        for end, span in spans:
            if "/" in span and int(span[:4]) >= ref_year \
                    and vocab.announced_word.search(sentence, end, end + _ANNOUNCED_REACH):
                return span
    return None


def _measured_across(text: str, ref_year: int | None) -> str | None:
    """The span the start of an untitled excerpt of a report (``text``, up to the first
    paragraph or sentence that opens with a year or a span) reviews when it measures a
    figure across five years that end with the year before the reference year
    (人均地区生产总值从2020年的10.5万元提高到2025年的14万元): it is cut from the review of those years (FACTS.md: flows take the interval, a level
    reached at its end the end year). Not a titled report, whose openers say where each
    review is."""
    if ref_year is None or _REPORT_TITLE.search(text[:_TITLE_CHARS]):
        return None
    for found in _ACROSS_YEARS.finditer(text):
        begin, end = int(found.group(1)), int(found.group(2))
        if end - begin == _PLAN_YEARS and end == ref_year - 1:
            return f"{begin + 1}/{end}"
    # 由2010年的95亿元增加到185亿元, 是2010年的1.9倍, 比2010年增长75% (no end year written,
    # F39h): measured from the base year of the five years before the reference year (a 2016
    # report's “十二五” review)
    for found in _FROM_YEAR.finditer(text):
        begin = int(next(year for year in found.groups() if year))
        if begin + _PLAN_YEARS == ref_year - 1:
            return f"{begin + 1}/{ref_year - 1}"
    return None


def _opening_scope(text: str, start: int, current: str | None, vocab: FactVocab,
                   ref_year: int | None, names_span: Callable[[], bool]
                   ) -> list[tuple[int, str | None]]:
    """The review (or plan) the paragraph at ``start`` opens, as entries of _scopes (none:
    the review before it goes on)."""
    line = text[start:start + 60].lstrip(_SPACES + "“\"")
    heading = _TOP_HEADING.match(line)
    found = _OPENING.match(line[heading.end():] if heading else line)
    opening = _clean(found.group(1)) if found else ""
    this_year = ref_year is not None and opening.startswith(f"{ref_year}年")
    span = None
    first = line.split("\n", 1)[0].strip()
    sub = None if heading else _SUB_HEADING.fullmatch(first)
    inline = None if heading or sub else _SUB_HEADING.fullmatch(_SENTENCE_END.split(first, 1)[0])
    if inline and (_YEAR.search(inline.group(1)) or _span_named(
            _clean(inline.group(1)), vocab, ref_year, True)):
        sub = inline  # （二）2025年主要工作。全省…: the sub-heading as the paragraph's first sentence
    if sub:  # （一）“十四五”发展成就 starts a review; （二）2025年主要工作 ends it
        named = _clean(sub.group(1))
        # （二）过去一年主要工作 ends it too (``year_openers``)
        one_year = bool(_YEAR.search(named) or vocab.year_opener.match(named))
        span = None if one_year else _span_named(named, vocab, ref_year, True)
        if span is None and not one_year:
            return []
    elif this_year or vocab.year_opener.match(opening):
        if current is not None and not this_year and _measured_over(
                text, start, current, vocab):
            return []  # 2025年，地区生产总值…比2020年增长30%: the span's end, in its review
        later = _span_after(text, start, vocab, ref_year) if names_span() else None
        if later is not None and _under_year_heading(text, start, vocab, ref_year):
            return [(start, None), later, (_paragraph_end(text, start), None)]  # F50c
        if later is not None:  # 2025年是…。过去五年，…: the span from that sentence on
            return [(start, None), later] if current is not None else [later]
    else:
        span = _span_named(opening, vocab, ref_year, heading is not None)
        if span is None and not heading:
            span = _since_review(text, start, opening, ref_year)  # 一、…回顾\n2018年以来，… (F50a)
        if span is None and not heading and ref_year is not None and _FIVE_YEARS_OF.match(line):
            # 这是综合实力显著增强的五年。…: a paragraph of the five years' review, as 这五年，…
            # (F43i; FACTS.md period: over a multi-year review, flows take the interval)
            span = _relative_norm(vocab.relative["这五年"], ref_year)
        if span is None and not heading:
            later = _span_after(text, start, vocab, ref_year) if names_span() else None
            if later is not None and _under_year_heading(text, start, vocab, ref_year):
                # 一、2020年工作回顾\n…（一）…。“十三五”以来，累计…: that paragraph's rest alone (F50c)
                return [later, (_paragraph_end(text, start), current)]
            if later is not None:  # （二）…。全省新增就业70万人。五年来，…: from that sentence on
                return [later] if later[1] != current else []
        if span is None and not heading and ref_year is not None:
            span = _next_plan(text, start, text.find("\n", start), vocab, ref_year)
        if span is None and not heading:
            return []
    return [(start, span)] if span != current else []


def _under_year_heading(text: str, start: int, vocab: FactVocab, ref_year: int | None) -> bool:
    """Whether the paragraph at ``start`` is under a top heading (一、…) that names one year
    alone (一、2020年工作回顾; not 一、“十三五”及2020年工作回顾, which names the span first):
    a span a later sentence of the paragraph opens (“十三五”以来，累计…) dates the rest of
    that paragraph, not the year's topics after it (FACTS.md period: the nearest DATE before
    the figure in its paragraph or section heading)."""
    # the last one (a rare call: only for a paragraph whose later sentence opens a span)
    headings = list(_TOP_HEADING_LINE.finditer(text, 0, start))
    if not headings:
        return False
    heading = headings[-1]
    named = _clean(heading.group(1))
    year = _YEAR.search(named)
    return year is not None and _span_named(named, vocab, ref_year, True) is None


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph at ``start`` ends (the next line break, else the text's end)."""
    stop = text.find("\n", start)
    return stop if stop >= 0 else len(text)


def _since_review(text: str, start: int, opening: str, ref_year: int | None) -> str | None:
    """The years a review heading's first paragraph names when it opens with a year and 以来
    (一、本届政府工作回顾\n2018年以来，…; 十二届人民政府工作回顾\n2016年以来，…): from that year
    to the one the report reviews (the year before the reference year), as a review of
    several years (FACTS.md period: over a
    multi-year review, flows take the interval, a level reached at its end the end year;
    ``2018年以来`` is already read so in its own sentence, _Doc._as_period). Only right under a
    top heading (一、…): a paragraph inside a one year's review that opens so (2019年以来，累计…)
    dates its own sentences alone, not the year's topics after it. A heading: a top one
    (一、…) or a short line without a sentence's punctuation that ends with 回顾."""
    since = _SINCE_OPENING.fullmatch(opening)
    if since is None or ref_year is None or int(since.group(1)) >= ref_year - 1 or start < 2:
        return None
    before = text[max(0, start - 1 - _SINCE_LOOK_BACK):start - 1].rstrip(_SPACES)
    line = before[before.rfind("\n") + 1:].lstrip(_SPACES + "“\"")
    heading = _TOP_HEADING.match(line) or _BARE_REVIEW_HEADING.fullmatch(line)
    return f"{since.group(1)}/{ref_year - 1}" if heading \
        and len(line) <= _SINCE_HEADING_CHARS else None


def _sentence_scopes(text: str, start: int, stop: int, current: str | None,
                     vocab: FactVocab, ref_year: int | None, names_span: Callable[[], bool]
                     ) -> list[tuple[int, str | None]]:
    """The switches between a review of past years and one of the year before that later
    sentences of the paragraph at ``start`` (to ``stop``) open with (a review whose
    topics say both: （二）巩固实体经济根基。过去一年，…。五年来，…): a sentence that opens
    with one year (过去一年，, 2025年，) ends the review of a span before the reference
    year, one that opens with such a span (五年来，) starts it, each for the sentences
    after it in the paragraph. A year measured against the span's start (2025年，…比2020年
    增长30%) is the span's end, in its review; spans still to come (今后五年) switch nothing."""
    if ref_year is None or not _past_span(current, ref_year) and not names_span():
        # outside a review only an opening that names a span switches (_span_named): a
        # paragraph that names none, cleaned as each opening is, has none (S47g)
        return []
    out: list[tuple[int, str | None]] = []
    local = current
    own_year = f"{ref_year}年"
    for at, opening in _sentence_openings(text, start, stop):
        past = _past_span(local, ref_year)
        if past and _year_inside(opening, local, vocab):
            continue  # 五年来，…。2019年成功创建X。新建Y: an event of the span, in its review
        if vocab.year_opener.match(opening) or opening.startswith(own_year):
            new = None if past and not _measured_over(text, at, local, vocab) else local
        else:
            span = _span_named(opening, vocab, ref_year, False)
            new = span if span is not None and "/" in span and int(span[-4:]) < ref_year \
                else local
        if new != local:
            out.append((at, new))
            local = new
    return out


def _cut_from_review(text: str, breaks: Sequence[int], first: tuple[int, str | None],
                     vocab: FactVocab, ref_year: int | None) -> bool:
    """Whether an excerpt without a title starts inside the multi-year review its first
    span opens (重点改革全面推进。…累计培育…。\n五年来，我们…; or a later sentence that
    opens with the span: …保交房7.4万套住房全部交付。五年来，…取得新进步。): the span ends
    before the reference year, no paragraph before it is a top heading (一、…), and none
    before it, nor a sentence before it in its own paragraph, opens with one year (2025年，…,
    过去一年) unless it measures that year against the span's start (2025年X较2020年提高…:
    _measured_over); no paragraph up to it opens with the address (各位代表！, which opens a
    part of the report: the year's review stands before 各位代表！\n五年来，… and
    各位代表！2025年目标任务顺利完成。\n五年来，…). A sub-heading (（六）…) opens a topic of
    either review. What stands before it is cut from the same review (FACTS.md: the
    document's own period)."""
    start, span = first
    if not _past_span(span, ref_year) or start == 0 \
            or _REPORT_TITLE.search(text[:_TITLE_CHARS]):
        return False
    paras = [0, *(b + 1 for b in breaks if b + 1 <= start)]
    for k, para in enumerate(paras):
        line = text[para:para + 60].lstrip(_SPACES + "“\"")
        if _REPORT_ADDRESS.match(line):
            return False
        if para == start:
            break
        found = _OPENING.match(line)
        opening = _clean(found.group(1)) if found else ""
        if _TOP_HEADING.match(line):
            return False
        if (_YEAR.search(opening) or vocab.year_opener.match(opening)) \
                and not _measured_over(text, para, span, vocab):
            return False  # 2025年，…比2020年提高14个百分点 is the span's end, in its review
        if k == len(paras) - 1 and _year_sentence_before(text, para, start, span, vocab):
            return False
        if _says_one_year(text[para:min(start, paras[k + 1] if k + 1 < len(paras) else start)],
                          span, vocab):
            return False  # …增长7.6%。全年接待游客…同比增长11%。\n五年来，…: the year's topics
    return True


def _says_one_year(para: str, span: str, vocab: FactVocab) -> bool:
    """Whether a paragraph before a review's opener in an untitled excerpt is the year's
    review, not cut from the multi-year one (a district report reviews its year, then the
    five years: …全年接待游客320万人次，同比增长11%。\n五年来，…): it compares a figure with
    the year before or names the whole year (``year_cues``: 同比, 比上年, 全年) and names
    nothing over several years (_names_span: 年均, 累计, a plan, a year before the span)."""
    return bool(vocab.year_cue.search(para)) and not _names_span(para, span, vocab)


def _year_sentence_before(text: str, para: int, start: int, span: str, vocab: FactVocab
                          ) -> bool:
    """Whether a later sentence of the paragraph at ``para``, before ``start``, opens with one
    year (…。过去一年，…) not measured against the span's start."""
    return any((_YEAR.search(opening) or vocab.year_opener.match(opening))
               and not _measured_over(text, at, span, vocab)
               for at, opening in _sentence_openings(text, para, start))


def _past_span(span: str | None, ref_year: int | None) -> bool:
    """Whether ``span`` is a span of years that ends before the reference year (a review)."""
    return span is not None and "/" in span and ref_year is not None \
        and int(span[-4:]) < ref_year


def _paragraph_opening(text: str, start: int) -> str:
    """The opening clause (_OPENING) of the paragraph at ``start``, cleaned; none after a
    top heading (一、…)."""
    line = text[start:start + 60].lstrip(_SPACES + "“\"")
    if _TOP_HEADING.match(line):
        return ""
    found = _OPENING.match(line)
    return _clean(found.group(1)) if found else ""


def _year_inside(opening: str, span: str | None, vocab: FactVocab) -> bool:
    """Whether ``opening`` (a sentence's or paragraph's opening clause) names first a year of
    a past ``span`` before its last (2023年 in a review of 2021/2025): an event of the span
    that dates its own sentence, not the one year a report reviews after the span's (the
    last year: 2025年，…). FACTS.md period: over a multi-year review, flows take the
    interval (F46a)."""
    year = _FOUR_DIGIT_YEAR.match(opening)
    return year is not None and vocab.year_opener.match(opening) is not None \
        and _inner_year(year.group(0), span)  # not 2021年以来, 2022年至2024年


def _inner_year(period: str | None, span: str | None) -> bool:
    """Whether ``period`` is one year of a ``span`` of years before its last (2023 in
    2021/2025): it dates its own sentence, where the span's last year may head the span's
    figures (五年来…。2025年，…，累计…: F43i, F45a) (F46a)."""
    if not period or len(period) != 4 or not span or "/" not in span:
        return False
    return int(span[:4]) <= int(period) < int(span[-4:])


def _sentence_openings(text: str, start: int, stop: int) -> Iterator[tuple[int, str]]:
    """Where each sentence after the first of the text from ``start`` to ``stop`` starts,
    and its opening clause (_OPENING), for those that have one."""
    for end in _SENTENCE_START.finditer(text, start, stop):
        at = end.end()
        if at >= stop or text[at] in _NO_OPENING:
            continue  # an opening clause of no character (most paragraphs' last sentence)
        found = _OPENING.match(text[at:min(stop, at + 60)])
        opening = _clean(found.group(1)) if found else ""
        if opening:
            yield at, opening


def _measured_over(text: str, start: int, span: str, vocab: FactVocab) -> bool:
    """Whether the first sentence of the paragraph at ``start`` measures its year against
    the start of the review's ``span`` (比2020年, 较“十三五”末: ``base_cues``; 年均): a level
    reached at the span's end, still part of the review of it."""
    end = _SENTENCE_END.search(text, start, start + _SPAN_REACH)
    sentence = text[start:end.start() if end else start + _SPAN_REACH]
    if "/" not in span or "年均" in sentence:
        return "/" in span
    return any(int(y) < int(span[:4]) for y in _FOUR_DIGIT_YEAR.findall(
        " ".join(m.group(0) for m in vocab.base.finditer(sentence)))) \
        or bool(_PLAN_END.search(sentence))


def _span_after(text: str, start: int, vocab: FactVocab, ref_year: int | None
                ) -> tuple[int, str] | None:
    """The span a sentence after a paragraph's first opens with (各位代表！2025年目标任务
    顺利完成，标志着“十四五”圆满收官。五年来，…) and where that sentence starts: the
    paragraph reviews those years (from that sentence on when the first names one year)."""
    stop = text.find("\n", start)
    head = text[start:min(stop if stop >= 0 else len(text), start + _SPAN_REACH)]
    address = _ADDRESS_LEAD.match(head)  # 各位代表！ is no sentence of its own
    ends = [m.end() for m in _SENTENCE_END.finditer(head, address.end() if address else 0)
            ][:_SPAN_SENTENCES - 1]
    for end in ends:
        sentence = head[end:]
        found = _OPENING.match(sentence.lstrip(_SPACES + "“\""))
        span = _span_named(_clean(found.group(1)), vocab, ref_year, False) if found else None
        if span is not None:
            return start + end, span
    return None


def _next_plan(text: str, start: int, stop: int, vocab: FactVocab, ref_year: int
               ) -> str | None:
    """The years of a plan from the report's own year on that a paragraph's first sentence
    names (我们编制了“十五五”规划纲要…): the paragraph speaks of the plan's targets."""
    stop = min(stop if stop >= 0 else len(text), start + 200)
    end = text.find("。", start, stop)
    if text.find("五", start, end if end >= 0 else stop) < 0:
        return None  # every plan's name (十四五, 第十四个五年) holds 五: most sentences none
    sentence = _NTH_PLAN.sub(r"\1五", _clean(text[start:end if end >= 0 else stop]))
    subject = _PLAN_SUBJECT.match(sentence)
    for name, years in vocab.plan_periods.items():
        # the name found first: most sentences hold none (a search per name was compiled)
        if int(years[:4]) >= ref_year and (
                name in sentence and re.search(re.escape(name) + "(?:规划|时期|期间)", sentence)
                or subject is not None and subject.group(1) == name):
            return years  # also as the subject it opens with: 推动“十五五”高质量发展，必须…
    return None


def _span_named(opening: str, vocab: FactVocab, ref_year: int | None, heading: bool
                ) -> str | None:
    """The years a paragraph's opening names as its subject: a relative span (五年来), a
    plan with ``scope_words`` (“十四五”时期), a plan a top heading names (一、“十四五”
    发展成就); a heading that also names one year names what it names first, as the review
    under it goes (“十四五”时期和2025年工作回顾: the span; 2025年和“十四五”时期工作回顾:
    none, the year)."""
    if heading and ref_year is not None:
        since = _SINCE_OPENING.match(opening)
        if since and int(since.group(1)) < ref_year - 1:
            # 一、2016年以来工作回顾: from that year to the one reviewed, not that year (F50d)
            return f"{since.group(1)}/{ref_year - 1}"
        if _FIVE_YEARS_HEADING.search(opening):  # 一、五年政府工作回顾, as 过去五年 (F50d)
            return _relative_norm(vocab.relative["过去五年"], ref_year)
    year = _YEAR.search(opening) if heading else None
    if year:
        opening = opening[:year.start()]
    rel = vocab.relative_word.search(opening) if ref_year is not None else None
    if rel and "/" in vocab.relative[rel.group(0)]:
        return _relative_norm(vocab.relative[rel.group(0)], ref_year)  # type: ignore[arg-type]
    if not vocab.plan_period_word.search(opening):
        return None  # it names no plan (most openings): the look per name finds none
    for name, years in vocab.plan_periods.items():
        i = opening.find(name)
        if i >= 0 and (heading or vocab.scope_word.match(opening, i + len(name))
                       or _reviewed_plan(opening, i, vocab)):
            return years  # a heading names its subject: 一、“十四五”发展成就回顾
    return None


def _names_span_word(cleaned: str, vocab: FactVocab) -> bool:
    """Whether ``cleaned`` holds a relative span or a plan's name anywhere, the words without
    which _span_named names nothing in any of its openings."""
    return bool(vocab.relative_word.search(cleaned) or vocab.plan_period_word.search(cleaned))


def _reviewed_plan(opening: str, i: int, vocab: FactVocab) -> bool:
    """Whether the plan named at ``i`` is what the paragraph looks back on: a verb of
    looking back (``review_leads``) is all that stands before it (回顾“十四五”，…)."""
    lead = vocab.review_lead.match(opening)
    return lead is not None and lead.end() == i


def _relative_norm(offsets: str, ref_year: int) -> str:
    """``-5/-1`` of 2016 -> ``2011/2015``; ``-1`` -> ``2015``."""
    return "/".join(str(ref_year + int(x)) for x in offsets.split("/"))


def find_facts(text: str, mentions: Sequence[Mention], sentences: Sequence[Sentence],
               vocab: FactVocab, *, ref_date: str | None = None,
               ctx: DocContext | None = None, tokenizer: Any | None = None
               ) -> tuple[Fact, ...]:
    """The facts of one document from its mentions and sentences (offsets into ``text``).

    ``tokenizer`` (the pipeline's ``jieba.Tokenizer``) finds the words of 分别 lists;
    without it, list items are composed by length alone."""
    if not any(m.label in FACT_LABELS for m in mentions):
        # no figure, no fact (a fact is made only in a clause with one, _clause_facts):
        # the document's paragraphs, scopes and task opener are not read (23 of the 124
        # texts of the corpus and 100 bulk files, ~1 % of the stage)
        vocab.keep_patterns()
        return ()
    ctx = ctx or document_context(text, mentions, ref_date)
    doc = _Doc(text, mentions, sentences, ctx, vocab, tokenizer)
    by_sentence: dict[int, list[Mention]] = {}
    figured: set[int] = set()  # the sentences with a figure, found in the same pass
    for m in mentions:
        sid = m.sentence_id if m.sentence_id is not None else -1
        by_sentence.setdefault(sid, []).append(m)
        if m.label in FACT_LABELS:
            figured.add(sid)
    facts: list[Fact] = []
    state = _State(text=text)
    # where the text's ； are: whether one stands between two places is a search, not a
    # slice (a slice per clause is quadratic in a sentence of thousands of clauses)
    semicolons = [m.start() for m in _SEMICOLON.finditer(text)]  # one search, not a char loop
    quiet = (-1, -1)  # the last sentence without figures
    # the areas named are read only in a text whose own place has a level F50l tells apart
    # (_other_area): elsewhere the subjects of the sentences without figures are not read
    # (S51a: same facts)
    areas = _own_level(doc)
    for sent in sentences:
        if sent.sentence_id not in figured:
            quiet = (sent.start, sent.end)
            if areas:
                _name_area(doc, _sentence_subject(doc, sent, by_sentence.get(
                    sent.sentence_id if sent.sentence_id is not None else -1, ())))
            continue
        ms = by_sentence[sent.sentence_id]
        paragraph = doc.paragraph_of(sent.start)
        if paragraph != state.paragraph:  # the figure before stays: a 其中 may follow it
            state = _State(paragraph=paragraph, last=state.last, text=text)
        state.subject = None
        doc.level_ends = [(m.end(1), m.group(1)) for m in vocab.level_word.finditer(
            text, sent.start, sent.end)] if _other_area(doc) else []
        state.sentence = sent.sentence_id if sent.sentence_id is not None else -1
        state.topic = state.holder = ""
        state.carry = ""
        # a sentence that opens with 实现 or 完成 says more of the subject of the sentence
        # before in its paragraph (…规模以上工业企业营业收入…。实现利润总额…: F45g)
        state.recent = state.recent[-1:] if state.recent and state.last_sentence >= 0 \
            and _SUBJECTLESS_OPENING.match(text, sent.start) else []
        state.counted_noun = ""
        state.facility = ""
        state.bare_openings = []
        state.bare, state.bare_run = (-1, -1), -1
        state.quiet = quiet if 0 <= quiet[1] <= sent.start \
            and not text[quiet[1]:sent.start].strip(" \t\u3000") else (-1, -1)
        state.breakdown_of = None
        state.flowed = False
        starts = [m.start for m in ms]
        # the sentence's first figure at or after each mention (len(ms): none), read back
        # for each clause instead of a scan of its mentions (S47f)
        next_figure = _next_figures(ms)
        for clause_start, clause_end in _clauses(doc, sent, ms, starts):
            opening = text[clause_start:clause_end].strip(_OPENING_STRIP)
            state.said = (sent.start, clause_start)
            if state.opens_breakdown and text[state.breakdown_at - 1:state.breakdown_at] == "、":
                state.breakdown_of = None  # 、其中X 43万亩，修复治理…: the series goes on
            state.opens_breakdown = False
            # a later 其中 of the sentence breaks down the figure before it (毕业生…，其中高中
            # 7117人；在校学生…，其中高中16565人: the students)
            breakdown = _BREAKDOWN.match(opening)
            if (state.breakdown_of is None or breakdown
                    and bisect.bisect_left(semicolons, state.breakdown_at)
                    < bisect.bisect_left(semicolons, clause_start)) and (
                    breakdown or _BREAKDOWN_CLAUSE.fullmatch(opening.rstrip("，,：:；;"))):
                state.breakdown_of = state.last
                state.breakdown_pool = state.parents[-_POOL:]
                state.opens_breakdown = True
                state.breakdown_at = clause_start
            lo = bisect.bisect_left(starts, clause_start)
            hi = bisect.bisect_left(starts, clause_end)
            inside = ms[lo:hi]
            figure = next_figure[lo] if lo < hi else hi  # the clause's first figure, or hi
            # 年末 of a later item (播种面积1500万亩、年末生猪存栏722万头) dates that item only
            # (the clause's own mentions: a sentence of one long line has thousands)
            lead = text[clause_start:ms[figure].start if figure < hi else clause_end]
            # (both words hold 末: a clause without one is not searched)
            if "末" in lead and _TERM_END.search(_PLAN_END.sub("", lead)) or "年底" in lead:
                state.stock = True
            elif "全年" in opening or doc.vocab.flow_only.search(opening):
                state.stock = False
                state.flowed = state.breakdown_of is not None
            if figure < hi:
                facts += _clause_facts(doc, sent, clause_start, clause_end, inside, state,
                                       len(facts))
                continue
            state.bare_openings.append(opening)
            if state.bare[1] != clause_start:
                state.bare_run = clause_start
            state.bare = (clause_start, clause_end)
            if (subject := _clause_subject(text, clause_start, clause_end, inside,
                                           vocab, doc.tokenizer)) is not None:
                state.subject = subject  # 常德高新区以中联重科为龙头，配套企业已达70多家
                if areas:
                    _name_area(doc, subject)
    vocab.keep_patterns()  # the code of patterns first compiled for this text, if any
    return tuple(facts)


def _name_area(doc: _Doc, subject: str | None) -> None:
    """Keep ``subject`` as the last area named when it is one with its level's suffix (not a
    body, 中联重科, whose figures a later 全区 does not measure: F50l)."""
    if subject and _ADMIN_END.search(subject):
        doc.named_area = subject


def _sentence_subject(doc: _Doc, sent: Sentence, ms: Sequence[Mention]) -> str | None:
    """The area a sentence without figures names as the subject of its first clause or of
    the clause after an opening of time (近年来，常德高新区认真贯彻…，: 常德高新区): a zone or a
    GPE with its level's suffix, as :func:`_clause_subject` reads them, or the area an ORG
    the rules ran on into its verb opens with; None when its first GPE or ORG opens no
    such clause (F50l)."""
    first = next((m for m in ms if m.label in ("GPE", "ORG")), None)
    if first is None:
        return None
    text = doc.text
    line = max(sent.start, text.rfind("\n", sent.start, first.start) + 1)  # after a title
    if first.start - line > _OPENER_REACH:
        return None
    start = max(line, max(text.rfind(c, line, first.start) for c in "，,") + 1)
    if start > line and not _TIME_OPENER.fullmatch(text[line:start - 1].strip(_SPACES)):
        return None  # a subject after a clause that is no opening of time
    comma = _BOUNDARY.search(text, first.end, sent.end)
    if comma is None or comma.group() not in "，," or text[start:first.start].strip(_SPACES):
        return None
    name = _clean(first.text)
    if doc.vocab.zone.search(name) or first.label == "GPE" and _ADMIN_END.search(name):
        return name
    # a name the rules ran on into its verb (常德高新区认真贯彻落实省委): the area it opens with
    opened = _PLACE_PREFIX.match(name)
    return opened.group(1) if opened and len(opened.group(1)) < len(name) else None


#: the suffixes of a document's own place whose level words F50l can tell apart (not a bare
#: 州 of a name written without its level, 贵州, 杭州, whose 全市 may be its own)
_OWN_LEVEL_ENDS = ("市", "县", "区", "旗", "盟", "自治州")


def _own_level(doc: _Doc) -> bool:
    """Whether the document's own place ends with a level word F50l tells apart (_OWN_LEVEL_ENDS,
    not 自治区): only then is an area named read (_other_area)."""
    own = doc.ctx.place or ""
    return own.endswith(_OWN_LEVEL_ENDS) and not own.endswith("自治区")


def _other_area(doc: _Doc) -> bool:
    """Whether an area of another level than the document's own place has been named (the
    level words of a sentence are read only then: F50l)."""
    return bool(doc.named_area) and _own_level(doc) \
        and doc.named_area[-1] != (doc.ctx.place or "")[-1]


def _level_word_area(doc: _Doc, value: Mention) -> str | None:
    """The area a level word of the value's sentence before it names when its level is not
    the document's own place's (全区 in a city's text, 全县 in a province's): the last area
    named as a clause's subject with that level's suffix (近年来，常德高新区认真贯彻…。…2019年，
    全区共引进项目42个 -> 常德高新区; FACTS.md place: the area the figure is about). None
    when the level word is the document's own (全市 in a city's text), when the document
    has no place with a level suffix, or when no area of that level was named (F50l)."""
    own = doc.ctx.place or ""
    if not doc.level_ends:  # none, or no other area named (_other_area)
        return None
    word = ""
    for end, found in doc.level_ends:
        if end > value.start:
            break
        word = found
    level = word[-1:]
    if not level or own.endswith(level) or not doc.named_area.endswith(level):
        return None
    return doc.named_area


def _clause_subject(text: str, start: int, end: int, inside: Sequence[Mention],
                    vocab: FactVocab, tokenizer: Any | None = None) -> str | None:
    """The area a clause without figures opens with (a GPE, or a zone an ORG or an
    INITIATIVE names, or no mention: ``zone_words`` and the kinds of zone), which the
    figures of the rest of its sentence are about. A zone no mention names opens with a
    word of two characters (博鳌|乐|城|…|先行区), not with a verb of the vocabulary nor a word of
    one character (做|专|做|特|做|强|自贸区…: a verb phrase), and holds no rank (省级物流园区)."""
    if text[end - 1:end] not in ("，", ","):  # a title line is no subject
        return None
    first = next((m for m in inside if m.label in ("GPE", "ORG")
                  or m.label == "INITIATIVE" and vocab.zone.search(_clean(m.text))), None)
    opening = text[start:end].lstrip(_SPACES + "“\"，,；;")
    if first is None or text[start:first.start].strip(_SPACES + "“\"，,；;"):
        # 博鳌乐城国际医疗旅游先行区成为…新高地，落地540款…: a zone no mention names
        named = vocab.zone_opening.match(opening)
        if named is None or inside or _GENERIC_ZONE.search(named.group(0)) \
                or vocab.lead.match(opening) or vocab.series_verb.match(opening) \
                or tokenizer is None \
                or len(tokenizer.lcut(named.group(0), HMM=False)[0]) < 2:
            return None  # 加快推进省级物流园区建设, 产业园区管理机构…改革: no zone's name
        return _clean(named.group(0))
    name = _clean(first.text)
    if not (vocab.zone.search(name) or first.label == "GPE" and _ADMIN_END.search(name)):
        return None  # 绍兴黄酒: a name's place word, no subject
    return name


def _next_figures(ms: Sequence[Mention]) -> list[int]:
    """For each index of ``ms``, the index of the first figure (FACT_LABELS) at or after it;
    ``len(ms)`` where none follows."""
    out = [0] * len(ms)
    nxt = len(ms)
    for i in range(len(ms) - 1, -1, -1):
        if ms[i].label in FACT_LABELS:
            nxt = i
        out[i] = nxt
    return out


def _clauses(doc: _Doc, sent: Sentence, ms: Sequence[Mention],
             starts: Sequence[int]) -> list[tuple[int, int]]:
    """A sentence cut at ，；： and at the paragraph breaks inside it (a heading or a table
    caption the sentence splitter left attached), never inside a mention (``starts``: where
    ``ms`` start; mentions are sorted and do not overlap)."""
    cuts = [sent.start]
    for found in _BOUNDARY.finditer(doc.text, sent.start, sent.end):
        pos = found.start()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or ms[i].end <= pos:
            cuts.append(pos + 1)
    i = bisect.bisect_left(doc.breaks, sent.start)
    while i < len(doc.breaks) and doc.breaks[i] < sent.end:
        cuts.append(doc.breaks[i] + 1)
        i += 1
    cuts += _aside_ends(doc.text, sent.start, sent.end, cuts, starts, ms)
    # 新增营造林148万亩、其中南北山绿化工程43万亩: 、其中 opens a breakdown as ，其中 does
    cuts += [found.start() + 1 for found in _LISTED_BREAKDOWN.finditer(doc.text, sent.start,
                                                                      sent.end)]
    cuts = sorted(set(cuts + [sent.end]))
    return _bounded([(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a], ms)


#: the longest clause read as one: a clause's words before each figure are read once per
#: figure, so a text without clause marks (a PDF table run together, '5%' x 50,000) would
#: cost the square of its length; the clauses of reports are a few dozen characters
_MAX_CLAUSE = 1000


def _bounded(clauses: list[tuple[int, int]], ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """``clauses`` with each one longer than :data:`_MAX_CLAUSE` cut at the end of the
    first mention that ends past each :data:`_MAX_CLAUSE` characters (never inside one)."""
    if all(b - a <= _MAX_CLAUSE for a, b in clauses):
        return clauses
    ends = [m.end for m in ms]
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        while b - a > _MAX_CLAUSE:
            i = bisect.bisect_left(ends, a + _MAX_CLAUSE)
            if i >= len(ends) or ends[i] >= b:
                break
            out.append((a, ends[i]))
            a = ends[i]
        out.append((a, b))
    return out


def _aside_ends(text: str, start: int, end: int, cuts: Sequence[int], starts: Sequence[int],
                ms: Sequence[Mention]) -> list[int]:
    """Where a bracketed aside that holds a clause mark ends (``（市农业农村委牵头，年内持续推进）
    建设高标准农田25万亩``, a task division's note of who does it): the words after its closing
    bracket start a clause of their own, not the aside's last clause (FACTS.md indicator: the
    words that name the quantity; ``持续推进）`` names none). Never inside a mention."""
    if text.find("）", start, end) < 0 and text.find(")", start, end) < 0:
        return []  # the usual case, decided without reading the sentence
    out: list[int] = []
    opened: list[int] = []
    for pos in range(start, end):
        c = text[pos]
        if c in "（(":
            opened.append(pos)
        elif c in "）)" and opened:
            o = opened.pop()
            i = bisect.bisect_right(starts, pos) - 1
            if any(o < cut <= pos for cut in cuts) and (i < 0 or ms[i].end <= pos):
                out.append(pos + 1)
    return out


def _is_modifier(text: str, m: Mention, later: Sequence[Mention]) -> bool:
    """``亿元`` in ``亿元以上产业项目531个``, ``万元`` in ``万元地区生产总值能耗``: part of
    the next value's indicator."""
    if not any(n.label in FACT_LABELS for n in later):
        return False
    if m.label in _THRESHOLD_LABELS and _OVER.search(text, max(0, m.start - 2), m.start) \
            and _CJK.match(text, m.end):
        return True  # 引进投资超10亿元重大项目14个: the projects' threshold
    if m.label in _THRESHOLD_LABELS and _MODIFIER_AFTER.match(text, m.end):
        return True  # 500万元以上固定资产投资; not 10000名以上积极参与的开发者, a count
    if (m.label in _THRESHOLD_LABELS or m.label == "PERCENT") and text.startswith("的", m.end) \
            and _OVER.search(text, max(0, m.start - 2), m.start):
        return True  # 其中超10亿元的6户, 46个贫困发生率超过10%的贫困村: the threshold of a count
    threshold = _MODIFIER_AFTER.match(text, m.end) if m.label == "COUNT" else None
    if threshold and later[0].label == "PERCENT" \
            and _COUNTED_RUN.fullmatch(_clean(text[threshold.end() - 1:later[0].start])):
        return True  # 200人以上自然村公路通达率达到100%: the threshold of what the rate is of
    over = _OVER_COUNT.match(text, m.end)
    if m.label in _THRESHOLD_LABELS and over and later[0].label == "COUNT" \
            and later[0].start == over.end():
        return True  # 其中，5亿元以上9个: the threshold of the count right after it
    bare = not any(c in _NUMERALS for c in m.text)
    return bare and bool(_CJK.match(text, m.end))


def _names_places(text: str, m: Mention, vocab: FactVocab) -> bool:
    """A number of places written without a classifier (国考10市, 大湾区内地九市, 兰白两区)
    before a noun: the name of a group of places that modifies what follows (国考10市PM2.5
    浓度, 九市要素市场化配置综合改革试点工作), no figure of its own (FACTS.md: a mention that
    is part of another fact's indicator); a fact when a verb follows, whose subject the places
    are (九市获批…试点, 七地（市）全部创建为…), or nothing (覆盖七地（市）。)."""
    if m.label != "COUNT" or not _PLACE_COUNT.fullmatch(m.text):
        return False
    rest = text[m.end:m.end + 8]
    if not _NOUN_AFTER.match(rest):
        return False  # a mark, a bracket (七地（市）) or the end of the text
    return not any(p.match(rest) for p in (vocab.series_verb, vocab.list_verb, vocab.state,
                                           vocab.achievement, vocab.up_down, vocab.right_end,
                                           vocab.lead))


def _in_counted(text: str, m: Mention, earlier: Sequence[Mention], vocab: FactVocab) -> bool:
    """A threshold (投资额百亿元以上) or a bare magnitude (万亿元台阶) inside the words a count
    before it counts, with no mark between them (23个投资额百亿元以上重大工业项目建成投产,
    连跨两个万亿元台阶): part of that count's indicator, no fact of its own (FACTS.md: a
    mention that is part of another fact's indicator)."""
    if m.label != "PERCENT" and m.label not in _THRESHOLD_LABELS:
        return False  # a count: no rule below reads it (they read a rate or a threshold)
    count = next((n for n in reversed(earlier) if n.label in FACT_LABELS), None)
    if m.label == "PERCENT" and count is not None and count.label == "COUNT" \
            and text.startswith("的", m.end) and _CJK.match(text, m.end + 1) \
            and _OVER.search(text, count.end, m.start) \
            and _COUNTED_RUN.fullmatch(text, count.end, m.start):
        return True  # 46个贫困发生率超过10%的贫困村: the rate over which the count counts
    if m.label not in _THRESHOLD_LABELS:
        return False  # a rate: the rules below read thresholds alone
    if count is not None and count.label == "COUNT" \
            and count.value != 1 and _THRESHOLD_END.match(text, m.end):
        over = _BOUND_BEFORE.search(text, max(0, m.start - 3), m.start)
        run = _clean(text[count.end:over.start()]) if over else ""
        head = vocab.head.search(run)
        if head and head.start() >= 2 and "总" not in run[head.start() - 1:head.end()] \
                and not vocab.total.search(run) \
                and len(run) <= _RUN_CHARS and _COUNTED_RUN.fullmatch(re.sub(r"[（）()]", "", run)):
            # 全县有5个乡镇（街道）一般公共预算收入超过5000万元，: the bound each of those
            # counted is over ends the clause (not 38个项目总投资超过4500亿元, their total,
            # nor 6座电站累计发电量超3万亿千瓦时)
            return True
    bare = not any(c in _NUMERALS for c in m.text) and bool(_CJK.match(text, m.end))
    # 打造2个产值超50亿元的服务业集聚区: a bound after 超 that 的 ties to what is counted,
    # on a measure of each (``heads``) right after the count; not a total of them all
    # (100多条总长超过200公里的内河, 20个出访团带回超180亿元的订单), nor the figure of one
    # (一座投资超36亿元的基地)
    over = _OVER.search(text, max(0, m.start - 2), m.start)
    measure = _clean(text[count.end:over.start()]) \
        if over and count is not None and count.value != 1 else ""
    heads = [h for h in vocab.head.finditer(measure) if h.end() == len(measure)]
    over = over is not None and bool(heads) and len(measure) <= _MEASURE_CHARS \
        and not measure.startswith("总") and text.startswith("的", m.end) \
        and bool(_CJK.match(text, m.end + 1))
    if not (bare or over or _MODIFIER_AFTER.match(text, m.end)):
        return False
    if count is not None and count.label == "MONEY" \
            and vocab.spent_on.fullmatch(text, count.end, m.start):
        return True  # 投资4890万元实施10蒸吨以下燃煤锅炉改造: part of what was invested in
    # 连跨两个万亿元台阶: a bare magnitude right after the count names the steps counted
    return count is not None and count.label == "COUNT" and (
        bool(_COUNTED_RUN.fullmatch(text, count.end, m.start)) or bare and count.end == m.start)


def _is_comparison(text: str, m: Mention) -> bool:
    """A DATE that is a comparison base (比上年, 与2020年相比, 上年同期)."""
    before = text[max(0, m.start - 2):m.start].rstrip(_OPEN_QUOTE_CHARS)[-1:]
    after = text[m.end:m.end + _COMPARE_AFTER_CHARS].lstrip(_CLOSE_QUOTE_CHARS)
    return (before in _COMPARE_BEFORE and before != "") or bool(_COMPARE_AFTER.match(after)) \
        or before == "从" and after.startswith("的") or bool(_RECORD_SINCE.match(after))


def _clause_facts(doc: _Doc, sent: Sentence, start: int, end: int, ms: list[Mention],
                  state: _State, n_before: int) -> list[Fact]:
    text, vocab = doc.text, doc.vocab
    # the last figure's index: after it none is a modifier (_is_modifier reads later figures)
    last = max((i for i, m in enumerate(ms) if m.label in FACT_LABELS), default=-1)
    values = [m for i, m in enumerate(ms) if m.label in FACT_LABELS
              and (i >= last or not _is_modifier(text, m, ms[i + 1:])
                   or _imposed_sum(text, m, vocab))
              and not _in_counted(text, m, ms[:i], vocab)
              and not _names_places(text, m, vocab) and not _in_duty_note(text, m, vocab)]
    if not values:
        return []
    others = [m for m in ms if m.label in ("DATE", "GPE", "ORG", "DURATION")
              or m.text in vocab.plan_periods]
    names = _subject_names(others)  # once a clause: _parse_left reads them for each group
    groups = _list_groups(text, values)
    if len(groups) > 1 and "分别" in text[start:values[0].start]:
        groups = _merge_turns(text, groups, vocab)  # 分别增长159.2%、0.7%和下降46.8%、60.8%
    out: list[Fact] = []
    counted: list[tuple[int, int, str]] = []  # (fact, where its counted noun ends, noun)
    cuts: dict[int, str] = {}  # a cut's fact -> its words with the verb (减少个人垫付)
    # how many of the sentence's indicators came before the clause (a count, not a copy: a
    # copy per clause is quadratic in a sentence of thousands of clauses)
    n_earlier = len(state.recent)
    prev_end = start
    inside_share = -1  # where a share's indicator that holds later figures ends
    set_items: list[str] = []  # the items a set's size follows, for the 分别 values after it
    clause_topic = ""  # the subject before 实现/完成 this clause wrote (_Left.topic)
    list_lead = ""  # the scope written before the clause's first count (_count_first_lead)
    for g, group in enumerate(groups):
        first = group[0]
        if first.start < inside_share:
            continue  # 95%以上的村集体经营性收入超过10万元: 10万元 is in the share's indicator
        qualified = _QUALIFIER_AFTER.match(text, prev_end, first.start) if g else None
        if qualified:  # 50家以上、单项冠军企业5家: 以上 qualifies the value before
            prev_end = qualified.end()
        left = text[prev_end:first.start]
        parsed = _parse_left(left, prev_end, others, vocab, text, after_value=prev_end > start,
                             national_class=doc.ctx.place not in _COUNTRY_NAMES, names=names,
                             counted=first.label == "COUNT"
                             and text[first.end:first.end + 1] in _COUNT_ENDS)
        if parsed.indicator == "前" and first.label == "COUNT":
            parsed.indicator = ""  # 前六批40个重大外资项目: 前 is the batches' (the first six)
        # 逆差641亿日元，约合32.7亿元人民币: the same figure in another currency
        # (or in an aside after it: 63525元（按年平均汇率折算为9847美元）, F49a)
        converted = state.last if _CONVERTED.fullmatch(_clean(left)) else None
        series = prev_end > start and (  # …、2519个典型村和25个典型村片区
            left.lstrip()[:1] in _SERIES_JOINS
            or not left.strip() and text[prev_end - 1:prev_end] in _SERIES_JOINS)
        # 培育3家X平台，20家Y平台: a clause that opens with its figure continues the list,
        # when it names only what it counts (not 累计取消257项X，577项事项实现“最多跑一次”)
        opens_list = g == 0 and not left.strip(_SPACES) and bool(state.recent)
        # 新建道路61条，过街天桥2座: a clause of a short noun and its count only continues it
        # (not after a clause without figures, which ends the list: 改造管网2.5公里；启动建设X
        # 工程，受益人口1.5万人 -> X工程受益人口, F34c); nor after a semicolon, which ends the item and its verb:
        # 新增造林面积0.8万亩；新植苗木0.4万亩 -> 新植苗木, F45k)
        opens_list = opens_list or g == 0 and len(groups) == 1 and bool(state.recent) \
            and (bool(_BARE_ITEM.fullmatch(_clean(left))) and text[start - 1:start] not in "；;"
                 or text[start - 1:start] in _COMMAS
                 and _long_bare_item(_clean(left), first, state, vocab, doc.tokenizer)) \
            and state.bare[1] != start \
            and not _clean(text[group[-1].end:end]).strip("，,；;。！!？?")
        if parsed.subject:
            state.subject = parsed.subject
            _name_area(doc, parsed.subject)
        if state.carry:
            item = _clean(left.rpartition("、")[2])
            if item and parsed.indicator.endswith(item):
                parsed.indicator = item  # X项目落地、总投资: what follows the list mark
            if parsed.indicator and not parsed.indicator.startswith(state.carry):
                parsed.indicator = state.carry + parsed.indicator
            elif not parsed.indicator and (not (link := _clean(left).removeprefix("分别"))
                                           or link in vocab.threshold_link) \
                    and (group[-1].end >= end or _BOUNDARY.match(text, group[-1].end)):
                # 投资4.17亿元实施生态环境类重点项目7个，: the count of what was invested in;
                # 三大主导产业产值分别过500亿元: the words after the set's size, each item's
                parsed.indicator = state.carry
            state.carry = ""
        if g == 0 and not parsed.subject and vocab.benefit.match(parsed.indicator):
            # 落实X政策，惠及154万户家庭: X政策惠及家庭; 改造老旧小区870个、惠及10万余户
            by = _benefactor(state, vocab) or (state.recent[-1] if state.recent else "")
            if by and not parsed.indicator.startswith(by):
                parsed.indicator = by + parsed.indicator
        if parsed.topic:
            state.topic = parsed.topic
            state.topic_part = state.breakdown_of is not None
            # a subject that does the work (省属企业完成…), not a place (福建已拥有…)
            done = _clean(left)
            clause_topic = parsed.topic if (parsed.topic + "完成" in done
                                            or parsed.topic + "实现" in done
                                            or parsed.topic + "现有" in done) \
                and not any(name == parsed.topic for name, _ in names) else ""
            state.holder = clause_topic if parsed.topic + "现有" in done else ""
        elif (parsed.no_subject or clause_topic and not parsed.subject
              and _clean(left).startswith("、") and clause_topic not in parsed.indicator) \
                and state.topic and parsed.indicator \
                and not parsed.indicator.startswith(state.topic) \
                and not (state.topic_part and text[start - 1:start] in "；;"):
            # 省属企业完成产业类投资553.1亿元、研发投入133.5亿元: an item after a value of the
            # clause whose subject 完成 or 实现 follows is that subject's too; not after a ；
            # when that subject was a part a 其中 broke down (…，其中，规模以上工业企业完成产值…；
            # 完成出口总额…: the list of the whole goes on, F46i)
            parsed.indicator = state.topic + parsed.indicator
        elif state.holder and g == 0 and text[start - 1:start] in _COMMAS \
                and _HELD_ITEM.fullmatch(_clean(left)) \
                and not parsed.subject and parsed.indicator == _clean(left) \
                and not parsed.indicator.startswith(state.holder):
            # 县直单位现有在编人员685人，大集体人员27人: a later clause after a comma that only
            # names what it counts counts the staff of the body that has them (FACTS.md lists:
            # the words the items share), as 卫生院现有在编人员449人，大集体65人 -> 卫生院大集体
            parsed.indicator = state.holder + parsed.indicator
        elif state.topic and g == 0 and not parsed.subject and parsed.indicator \
                and not parsed.indicator.startswith(state.topic) and any(
                    len(r) >= len(state.topic) + 2 and r.startswith(state.topic)
                    and parsed.indicator.startswith(r[len(state.topic):])
                    for r in state.recent[-_TOPIC_FIGURES:]):
            # 规模以上工业企业实现营业收入…；营业收入利润率为11.1%: a later clause that opens
            # with a quantity the subject before 实现 had is that subject's too (among the
            # sentence's last figures: a scan of all of them is quadratic in a long sentence)
            parsed.indicator = state.topic + parsed.indicator
        if g == 0 and state.holder and not parsed.topic \
                and not parsed.indicator.startswith(state.holder):
            state.holder = ""  # a clause of other words, or after ；, ends the body's list
        facility = vocab.facility_subject.match(parsed.indicator)
        if facility:  # 宁波舟山港集装箱吞吐量…，保税燃料油加注880万吨: the port's
            state.facility = facility.group(0)
        elif state.facility and g == 0 and parsed.indicator and not parsed.subject \
                and not left.lstrip(_SPACES + "，,；;").startswith(("“", '"')) \
                and not vocab.facility.search(parsed.indicator) \
                and not vocab.series_verb.match(parsed.indicator):
            parsed.indicator = state.facility + parsed.indicator
        parsed.indicator = _without_examples(parsed.indicator, vocab, doc.tokenizer)
        if g == 0 and not parsed.subject and parsed.indicator \
                and left.lstrip(_SPACES + "，,；;").startswith("对") \
                and not vocab.partner_dealing.search(parsed.indicator):  # not 对东盟进出口
            # 旅游业国际影响力大幅提升，对GDP综合贡献率达33.4%: the contribution of 旅游业
            topic = _clause_topic(text, sent.start, start, doc.tokenizer, vocab)
            if topic:
                parsed.indicator = topic + "对" + parsed.indicator.removeprefix("对")
        items = (_owned_items(parsed.indicator, len(group), vocab, doc.tokenizer)
                 if len(group) > 1 else None)
        if items:
            items = _shared_verb(items, vocab)
        if set_items and not items and "、" not in parsed.indicator:
            # …食品四大重点产业工业增加值分别增长159.2%、0.7%和下降46.8%、60.8%: the items
            # listed before the set's size, in order, with the words after it (F34d)
            items, set_items = set_items[:len(group)], set_items[len(group):]
            items += [parsed.indicator] * (len(group) - len(items))
        elif len(group) == 1 and not set_items and g + 1 < len(groups):
            # (read only by a later group of the clause: none after the last, S50a)
            set_items = _listed_before_set(text, first, end, parsed.indicator, vocab)
        own = parsed.indicator.split("分别")[-1]
        if items is None and len(group) > 1 and len(state.recent) >= len(group) and (
                not own or own in vocab.generic or own.startswith("占")):
            # 新开工、新投产…项目分别为87个、69个，投资额分别达215.8亿元、125.7亿元
            items = [item + own for item in state.recent[-len(group):]]
        elif items is None and len(group) > 1 and not own and state.recent:
            # 亩均增加值、亩均税收均增长6%，分别达到144万元、29万元: the items of the list
            # the figure before measured at once
            items = _list_items(state.recent[-1], len(group), vocab, doc.tokenizer)
        following = groups[g + 1][0].start if g + 1 < len(groups) else end
        after_noun = 0
        before_all = _strip_tail_words(parsed.indicator, vocab)
        adjacent = all(a.end == b.start for a, b in itertools.pairwise(group))
        if len(group) > 1 and not items and (not before_all or adjacent):
            # 完成1.8万户、189万平方米棚改任务; 96户177人建档立卡贫困人口: the noun after the last;
            # 累计培育形成21批173项X: both count X, selected by the verb before them
            noun, after_noun = _right_noun(text, group[-1].end, following, vocab,
                                           before_value=g + 1 < len(groups))
            items = [before_all + noun] * len(group) if noun else None
            if noun:  # 21批173项X案例: both count X案例
                state.counted_noun = _counted_noun(noun, state.counted_noun, vocab)
        whole = ""  # what the figure after a count measures, when the count's is shorter
        stepped = False  # the count is of steps its subject crossed: what follows is the subject's
        # a count written before its noun right after 、 (主要街道240栋X、5549块Y): the list's
        # scope before the first count is its too (F39a)
        count_item = g > 0 and series and len(group) == 1 and _clean(left) == "、"
        # an item after a bracketed breakdown of the item before takes that item's verb (F39b)
        after_bracket = _verb_before_bracket(text, start, left, first, out, vocab) if g else ""
        # 温岭市、玉环市分别新建城市书房10家、8家: each place its own value's (F41g)
        listed = _listed_places(text, start, group, others, vocab) \
            if len(group) > 1 and state.subject else None
        for i, value in enumerate(group):
            indicator = items[i] if items else parsed.indicator
            share_of, share_end = (_share_of_after(text, value.end, end, vocab)
                                   if len(group) == 1 and value.label == "PERCENT"
                                   and (not indicator or _conjunct_share(left, text, value))
                                   else ("", -1))
            if share_of:  # 67.5%的初中毕业生就读普通高中: the share of those who do
                indicator, inside_share = share_of, share_end
            elif len(group) == 1:  # 新建800个5G基站: what is counted follows the number
                noun, noun_end = _right_noun(text, value.end, following, vocab,
                                             before_value=g + 1 < len(groups))
                if noun and value.label != "COUNT" and parsed.indicator and (
                        vocab.compared.search(_clean(left)) or value.label == "PERCENT"
                        and (parsed.verbs or vocab.change_first.match(parsed.indicator))):
                    # 亩均税收低于3万元企业整治提升, 降低工商业电价5%政策延长…: an amount compared
                    # with or a change of the words before it counts nothing after it (推进
                    # goes, as before a count's noun); a quantity word after it is the
                    # words' own (产业集群均达到万亿元规模: 产业集群规模)
                    indicator = _without_lead(_without_effort(_without_lead(indicator, vocab),
                                                              vocab), vocab)
                    if vocab.head.fullmatch(noun):
                        indicator += noun
                    noun, noun_end = "", value.end
                if not noun and value.label in ("COUNT", "QUANTITY") \
                        and text.startswith("的", value.end):  # 完成4000户的改造任务
                    noun, noun_end = _right_noun(text, value.end + 1, following, vocab,
                                                 before_value=g + 1 < len(groups))
                if parsed.extent:
                    noun = ""  # 管理范围为…外侧五十米以内的区域: the area is the extent's
                if noun == "共" and g + 1 < len(groups) and noun_end >= following:
                    # 66条共658公里主要河道, 三批共72项联合攻关项目: both count what follows
                    # the second figure
                    later = groups[g + 1][-1].end
                    noun = _right_noun(text, later, groups[g + 2][0].start
                                       if g + 2 < len(groups) else end, vocab,
                                       before_value=g + 2 < len(groups))[0]
                elif len(noun) > 2 and noun.endswith("共"):
                    noun = noun[:-1]  # 16个文化新业态行业共实现营业收入…: 共 is the predicate's
                elif g + 1 < len(groups) and not _clean(text[noun_end:following]):
                    link = _tail_word(noun, vocab)
                    if link and 0 < link.start() < link.end() == len(noun) \
                            and link.group(0) in vocab.threshold_link:
                        # 38个项目总投资超过4500亿元: 超过 links the amount, a figure of its own
                        # (no threshold of each: facts._in_counted), and is no part of the noun
                        noun, noun_end = noun[:link.start()], noun_end - len(link.group(0))
                inner = _NOUN_IN_VALUE.search(value.text) if value.label == "COUNT" else None
                if inner:  # 三甲医院覆盖七地（市）: the classifier with its bracket is what is
                    # counted (gold/facts/NOTES.md, d27); an adverb before a predicate of
                    # selection goes, the predicate stays (七地（市）全部创建为…)
                    adverb = None if noun else vocab.right_end.match(text, value.end, following)
                    if adverb and vocab.selected.match(text, adverb.end(), following):
                        noun = _right_noun(text, adverb.end(), following, vocab,
                                           before_value=g + 1 < len(groups))[0]
                    noun = inner.group(0) + noun
                if noun and _FURTHERED.search(_clean(text[start:value.start])) \
                        and noun.endswith("建设") and len(noun) > 4:
                    noun = noun[:-2]  # 加快6个抽水蓄能电站建设: the stations are counted
                if noun:
                    noun = _ASPECT_LE.sub("", noun)  # 县区通了新的高速公路: 通 (F30f)
                    before = _strip_tail_words(indicator, vocab)
                    if before and prev_end == start and vocab.conjunct.search(_clean(left)):
                        # 保护永久基本农田和810万亩粮食生产功能区: the noun before 和 has no
                        # figure and is no part of what is counted; a selecting verb is shared
                        verb = vocab.series_verb.match(before)
                        before = verb.group(0) if verb and verb.end() < len(before) else ""
                    crossed = vocab.step.search(_clean(left))
                    if crossed and before and not vocab.step.search(before):
                        # 经济总量跨过两个万亿元大关: the steps crossed keep their verb, which
                        # the linkers cut before an amount (跨过3万亿元大关)
                        before += crossed.group(0)
                    elif run := vocab.run_length.search(_clean(left)):
                        # 质量工作考核连续10次获评国家A级: the run's word stays before its
                        # outcome, which the linkers cut (gold dev-d24, d33; F32h)
                        before += run.group(0)
                    before = before.removesuffix("以下")  # 把握好以下五个方面: the following
                    if (_NAMED_SET.fullmatch(value.text) or _TIER_SET.fullmatch(value.text)
                            and _TIERS_BEFORE.search(before)) and not vocab.step.search(before) \
                            and not (_OWN_SET.fullmatch(noun) and "、" not in before
                                     and not _EXAMPLES.search(before)
                                     and before.removesuffix("好").endswith(
                                         tuple(vocab["done_well_verbs"]))):
                        # (not the report's own N个方面 after the verb that frames them:
                        # 要重点把握三个方面 -> 重点把握方面, gold dev-d37, d74, d78; F32c)
                        # 提升西安、榆林两大增长极的带动能力: a set named by its size counts its
                        # noun; the set's items and the verbs acting on it go
                        before = _set_maker(before, vocab)
                        noun = _set_noun(noun)
                    elif value.label == "QUANTITY" and "、" in before \
                            and not _EXAMPLES.search(before):
                        # 浪潮服务器生产线、安意法8英寸碳化硅晶圆: a measure that names a
                        # project is its owner's, the item before is another project
                        before = before.rpartition("、")[2]
                    elif "、" in before and vocab.benefit.fullmatch(before.rpartition("、")[2]) \
                            and _put_in_place(before.rpartition("、")[0], vocab):
                        # 实施X政策、惠及168万名儿童: X政策惠及儿童 (as 落实X政策，惠及…)
                        item, _, verb = before.rpartition("、")
                        before = _put_in_place(item, vocab) + verb
                    elif _EXAMPLES.search(before) or "、" in before:  # 改革等3项工作, 黄酒、火腿3个
                        before = _verb_of_examples(before, vocab)
                    if before.startswith("要") and (vocab.lead.match(before, 1)
                                                   or vocab.effort.match(before, 1)):
                        before = before[1:]  # 要重点把握三个方面: a modal, as 我们要
                    # 带动全市建成17个X: 建成X; 争取新获批1所X: 新获批X; 高质量建好15个X: X
                    before = _without_lead(_without_effort(_without_lead(before, vocab),
                                                           vocab), vocab)
                    if "给予" in before:  # 省级财政…给予1000万元激励: the grant's noun
                        before = ""
                    if vocab.work_area.match(noun):  # 今年要重点做好9个方面工作: 方面工作
                        before = ""
                    elif not before and (_FOR_COUNT.search(_clean(left))
                                         or _FOR_EXAMPLES.search(_clean(left))) \
                            and not vocab.service.match(noun):
                        # 为1万名儿童进行评估, 为超300万名婴幼儿发放育儿补贴: the beneficiaries
                        # (over or about so many), not a link; not 为超过100万人次|提供服务,
                        # where no noun names them
                        before = "为"
                    elif before and (free := _FREE_FOR.search(_clean(left))) \
                            and before.endswith(free.group(1)) and not vocab.service.match(noun):
                        # 免费为10010名困难家庭老年人实施白内障手术: the beneficiaries after an
                        # adverb of how they are served, which stays as after 为 (F38g; gold
                        # dev-d57 为孤独症儿童免费提供…)
                        before += "为"
                    indicator = before + noun
                    if not before and counted and counted[-1][2] == noun and out \
                            and _RAISED_FROM.fullmatch(_clean(text[counted[-1][1]:value.start])):
                        # 从15个县（市）扩大到57个县（市）: the level reached, of the same
                        indicator = out[-1].indicator
                    partner = _PARTNER.search(_clean(left))
                    if partner and (partner.start() > 0 or prev_end == start):
                        # 市政府先后与5家银行签署协议: 与银行签署协议 (not a list's 与)
                        indicator = partner.group(1) + noun
                    spent = vocab.spent_on.match(noun)
                    spent_on = _spent_on(text, value.end, end, ms, vocab) \
                        if before in vocab.generic and spent else ""
                    verb_after = before in vocab.generic and value.label == "MONEY" \
                        and bool(vocab.series_verb.match(noun) or vocab.benefit.match(noun))
                    if spent_on:
                        # 投资1.2亿元完成了机场路护坡改造、X和Y工程: X, Y too; 投资3亿元办好
                        # 10件民生实事: 民生实事投资 (the count after the verb is its own)
                        indicator = spent_on + before
                    elif verb_after:
                        # 投资4890万元淘汰X, 投资5亿元撬动社会资本: a verb after the amount is
                        # no part of the amount's quantity word
                        indicator = before
                    if (spent_on or verb_after) and g + 1 < len(groups):
                        # 投资5600万元完成了西山保护区三家污染企业搬迁, 投资900万元新建3所幼儿园:
                        # the words after the amount are the next count's own (西山保护区污染
                        # 企业搬迁, 新建幼儿园), carried to nothing
                        noun_end = value.end
                    head = vocab.head.search(noun)
                    counted_of = _counted_of_quantity(text, value, noun, noun_end,
                                                      groups[g + 1][0], vocab) \
                        if g + 1 < len(groups) else ""
                    if head and head.start() > 0 and g + 1 < len(groups) \
                            and groups[g + 1][0].label == "PERCENT":
                        # 17个重点传统制造业增加值增长5.3%: the count counts the industries
                        indicator, whole = before + noun[:head.start()], before + noun
                        counted_of = ""
                    elif counted_of:
                        # 38个项目总投资达4523亿元: the count counts the projects, the amount
                        # is their 总投资 (the noun whole, carried to it)
                        indicator, whole = before + counted_of, before + noun
                    step = vocab.step.search(before)
                    if step and step.start() > 0:  # 地区生产总值连跨3个千亿级台阶，达到…
                        whole, stepped = before[:step.start()], True  # …: 地区生产总值
                    after_noun = noun_end
                    counted.append((n_before + len(out), noun_end, noun))
                    state.counted_noun = _counted_noun(noun, state.counted_noun, vocab)
                    if g + 1 < len(groups) and not (spent_on or verb_after) \
                            and not _CARRY_STOP.search(text, noun_end, following):
                        state.carry = noun  # 1596个重大项目完成投资1.5万亿元: 重大项目投资
                        if before == "为":  # 为19家企业发放补贴497.1万元: 为企业发放补贴 (F30d)
                            state.carry = before + noun
                        if counted_of and not any(
                                m.label == "GPE" and prev_end <= m.start < value.start
                                for m in others):
                            # 我国与RCEP其他14个成员国进出口总额: whose total (not a place
                            # the subject is: 全市20个重点商圈的客流总量)
                            state.carry = whole
                    elif g + 1 < len(groups) and _measure_of_counted(text, value, noun_end,
                                                                     groups[g + 1][0], vocab):
                        done = vocab.series_verb.search(noun, 1)  # 煤矿|建成试运转、新增产能
                        state.carry = noun[:done.start()] if done else noun
            subset = (opens_list or series) and bool(state.counted_noun) and not share_of \
                and bool(vocab.subset_predicate.match(indicator))
            if subset:  # 173项X案例，82项获国家层面认可: 82 of the X案例 the count before counted
                indicator = state.counted_noun + indicator
            elif (series or opens_list) and state.recent and not share_of \
                    and vocab.benefit.match(indicator) \
                    and not indicator.startswith(state.recent[-1]):
                # 新增X项目989个、释放产值1500亿元: what the item before counted (X项目释放产值)
                indicator = state.recent[-1] + indicator
            elif (series or opens_list
                  and not vocab.clause_predicate.search(text, value.end, following)) \
                    and state.recent and indicator and not share_of \
                    and indicator not in vocab.generic \
                    and not vocab.own_predicate.match(_clean(left).lstrip("、，,和及与")) \
                    and not vocab.benefit.match(indicator) \
                    and not _owned_by_counted(indicator, state, vocab) \
                    and not _THRESHOLD_ONLY.search(indicator):  # 新增A 6000家、B 1.76万家
                # (not 新增6个A、完成21个B: the item writes its own verb, which goes)
                verb = vocab.series_verb.match(state.recent[-1]) or (
                    _opening_verb(state.recent[-1], indicator, vocab, doc.tokenizer)
                    if series and _clean(left).startswith("、") and len(_clean(left)) > 1
                    and text[value.end:value.end + 1] in _ITEM_ENDS
                    else None)  # (an item written before its value after 、, the value
                # ending it: not 7个X和22个Y, 步兵3个师、骑兵4个团)
                shared = "" if verb else _shared_lead(state.recent[-1], indicator, vocab)
                if verb and series and vocab.standing.fullmatch(indicator):
                    # 建成过江通道4座、在建8座: those under way, of the noun the verb's item has
                    indicator += state.recent[-1][verb.end():]
                elif verb and not vocab.series_verb.match(indicator) \
                        and not _HELD_AT.search(_clean(left)) and not indicator.endswith("率"):
                    # (not 新增就业5200人、农村劳动力转移就业稳定在2.5万人: a level the item
                    # holds, no addition the first item's verb selects; nor a rate named by
                    # its own word, which no verb selects: 新增林地、森林覆盖率达…, F48b)
                    indicator = verb.group(0) + indicator
                elif shared and series:  # 文艺精品获文华奖3项、群星奖4项: 文艺精品获群星奖
                    indicator = shared + indicator
                elif not verb and series and vocab.series_verb.fullmatch(indicator) \
                        and (done := vocab.selected_after.search(state.recent[-1])) \
                        and done.start() >= 2:
                    # 城镇污水处理厂开工4座、续建6座: the noun written before the verbs is each
                    # item's (城镇污水处理厂续建)
                    indicator = state.recent[-1][:done.start()] + indicator
                elif verb and (series or opens_list) and vocab.series_verb.fullmatch(indicator) \
                        and verb.end() < len(state.recent[-1]):
                    # 新增高新技术企业19家、累计44家: 累计高新技术企业; 累计开工X 531个、
                    # 投产358个: the total stays (累计投产X); after a comma too (招引产业项目
                    # 42个，落地30个: 落地产业项目, F40d)
                    total = vocab.total.match(verb.group(0))
                    if total and total.end() < verb.end() and not vocab.total.match(indicator):
                        indicator = total.group(0) + indicator
                    indicator += state.recent[-1][verb.end():]
            turn = vocab.up_down.search(text, group[i - 1].end, value.start) if i else None
            if turn:  # …、0.7%和下降46.8%: this value and the next turn down
                parsed.verbs = [turn.group(0)]
            if indicator.endswith("上") and value.text[:1] in _BARE_MAGNITUDES:
                indicator = indicator[:-1]  # 吸引参赛队伍上万支: 上 is the qualifier (over)
            reduced = ""  # the cut as written (减少个人垫付), for the figures after it
            if not parsed.verbs and not share_of and value.label == "PERCENT":
                parsed.verbs = _change_after(text, value, vocab)  # 年均14.6%的增长 (F45o)
                if parsed.verbs and (pace := _PACE_AFTER.match(text, value.end)):
                    indicator = _paced(indicator, pace)  # 外贸以10.5%的平均增速 (F51i)
            if not parsed.verbs and not share_of and _is_relative(value, vocab):
                indicator = _changed_first(indicator, parsed, vocab)
            elif not parsed.verbs and not share_of:
                cut = _reduced_first(indicator, parsed, vocab)
                reduced, indicator = ("" if cut == indicator else indicator), cut
            kind, direction = _kind(value, parsed, vocab)
            if kind == "growth" and _natural_rate(text, value):
                # 人口自然增长3.1‰: the rate, written without 率 (F44h)
                kind, direction, indicator = "level", None, indicator + "自然增长率"
            if kind == "change" and parsed.verbs and parsed.verbs[0] in vocab["upgrade_verbs"] \
                    and _counts_things(value) and indicator and not after_noun \
                    and _NOTHING_COUNTED_AFTER.match(text, value.end) \
                    and not vocab.owned_end.search(indicator):
                # 农房风貌提升26.4万户: the houses upgraded, counted (gold dev-d61
                # 农村公路等级提升 7公里), no change of a quantity
                kind, direction = "level", None
                indicator = _without_effort(indicator, vocab) + parsed.verbs[0]
            if share_of:
                kind, direction = "share", None
            of_before = indicator in vocab.generic and bool(state.recent)
            total_of = of_before and indicator in vocab.stock_total
            # 社区干部工资标准逐年提高，平均达到2000元: the clause without figures right before
            # names what is reached, before any figure of the sentences before it does
            # (so does one before a change that no figure of the sentence comes before:
            # 国际航空货运规模保持较快增长，同比大幅增长26.3%)
            bare = _bare_subject(text, state.bare, others, vocab) if not indicator and g == 0 \
                and state.bare[1] == start and (
                    kind == "level" or state.last_sentence != state.sentence) else ""
            if i == 0 and g == 0 and state.bare[1] == start:
                bare = _colon_topic(text, state.bare, indicator, others, vocab) or bare
            indicator = bare or _complete(indicator, kind, value.unit, state, vocab, value.label)
            if i == 0 and kind == "level" and not series and not parsed.subject \
                    and indicator.endswith("率"):  # (a series item's rate: series_rates)
                indicator = _rate_of_figure_before(indicator, state, vocab, doc.tokenizer,
                                                   text[sent.start:start]) or indicator
            if i == 0 and g == 0 and not parsed.subject and (
                    indicator in vocab.generic and "投资" in indicator
                    or indicator in vocab["works_rates"]):
                indicator = _works_before(text, state, start, vocab) + indicator
            if i == 0 and not parsed.subject and (g > 0 or state.bare[1] != start):
                indicator = (_owner_before(indicator, state, vocab)
                             or _counted_owner(indicator, state, vocab, text, start,
                                               doc.tokenizer)) \
                    + indicator
            if i == 0 and series and not parsed.subject:
                # 应届高校毕业生就业率95%以上、市场就业率70%以上: the graduates' rate too;
                # 地质灾害避险搬迁3万户、治理排危2000处: the hazard's too (not an item whose
                # words follow its count, 25公里供热管线改造: they name their own things)
                indicator = (_series_owner(indicator, state, vocab)
                             or _benefactor_owner(indicator, state, vocab) or (
                    "" if after_noun else _series_subject(indicator, state, vocab,
                                                          doc.tokenizer))) + indicator
            elif i == 0 and g == 0 and not parsed.subject and not after_noun \
                    and text[start - 1:start] in _COMMAS:
                # 港澳居民在粤参加医保43万人次，参加养老保险35万人次: a clause after a comma that
                # opens with the very verb of the figure right before repeats its predicate for
                # the same subject, as an item after 、 does (F46f; another verb after a comma
                # may have another subject: 文艺作品获得大奖…，年接待游客… is the province's)
                indicator = _series_subject(indicator, state, vocab, doc.tokenizer,
                                            same_verb=True) + indicator
            if direction == "down" and vocab.reduced_first.match(indicator):
                # 削减审批事项62项，削减30.5%: the noun's fall; a rise of the cut itself
                # (减少个人垫付394.1亿元，…增长32.63%) keeps the verb
                indicator = _reduced_first(indicator, parsed, vocab)
            if not indicator and g == 0 and state.bare[1] == start and kind == "level":
                # 高新技术企业数量增长1.2倍，达到2万家: the clause before names what is reached
                indicator = _bare_subject(text, state.bare, others, vocab)
            elif not indicator and g == 0 and kind == "level" and state.recent \
                    and state.last is not None and state.last.kind == "growth":
                # 社会消费品零售总额年均增长10%，到2021年达到260亿元: the level that growth
                # leads to, right after it (no clause without figures between)
                indicator = state.last.indicator
            elif g == 0 and state.bare[1] == start and not parsed.subject \
                    and indicator == parsed.indicator \
                    and (indicator in vocab.owned or indicator in vocab["sector_quantities"]) \
                    and not _names_sector(indicator, vocab):
                # 服务业支撑作用更加明显，增加值跨上3万亿元台阶: 服务业增加值
                indicator = (_sector_of(text, (state.bare_run, state.bare[1]), vocab)
                             or _owner_of_quantity(_clean(text[state.bare[0]:state.bare[1]]),
                                                   vocab)) + indicator
            elif g == 0 and state.bare[1] == start and not parsed.subject \
                    and indicator == parsed.indicator \
                    and (body := _body_of_bare(indicator, text, state.bare, vocab,
                                           doc.tokenizer)):
                # 省属企业创新导向更加突出，研发经费投入增长15.6%: 省属企业研发经费投入 (F39c)
                indicator = body + indicator
            elif g == 0 and state.bare[1] == start and not parsed.subject \
                    and (taken := _taken_back(indicator, text, state.bare, vocab)):
                # 开展涉企历史遗留问题攻坚行动，问题解决率达75%: 涉企历史遗留问题解决率 (F32b)
                indicator = taken
            elif g == 0 and state.bare[1] == start and not parsed.subject \
                    and (body := _set_up_owner(indicator, text, state.bare, vocab)):
                # 率先成立企业续贷中心，累计受理业务37笔: what the body set up did (F34c)
                indicator = body + indicator
            if "、" in indicator and not share_of:
                # 确保粮食播种面积稳步提升、产量在120亿斤以上: 粮食产量
                head, _, tail = indicator.rpartition("、")
                if tail in vocab.owned and (owner := _owner_of_quantity(head, vocab)):
                    indicator = owner + tail
            if _GOODS_CLASS.fullmatch(indicator):
                # 粮油、食品类零售额增长8.7%，饮料类增长3.2%: 饮料类零售额
                indicator += _goods_quantity(text, value.start, vocab)
            if kind == "level" and not parsed.indicator and vocab.share.search(indicator) \
                    and not vocab.rate.search(indicator):
                kind = "share"  # 装机占比从23.3%提高到40.4%: the share reached
            if kind == "level" and len(group) == 1 and not after_noun and parsed.indicator \
                    and not _LINKED.search(text, max(start, value.start - 2), value.start):
                # 首期规模500亿元的浙江社保科创基金签约落地: the fund's 首期规模
                indicator = _owner_after(text, value.end, following, indicator, vocab) \
                    + indicator
            if kind == "level" and value.label in _THRESHOLD_LABELS \
                    and (owned := _attribute_of(text, left if i == 0 else
                                                text[group[i - 1].end:value.start],
                                                group[-1].end, following, vocab,
                                                doc.tokenizer)):
                # 引进总投资20亿元的X项目, 投资50亿元、占地2000亩的X园: X's 总投资, 占地 (F47g)
                indicator = owned
            granted = _granted(text, sent, start, value, parsed.scope, vocab,
                               (i, len(group)), doc.tokenizer)
            if granted:  # 对X按照投资额30%的比例给予奖补，最高300万元
                indicator, kind = granted
            elif not indicator and value.label == "MONEY":  # 对X给予奖补，最高3000万元: X奖补
                indicator = _grant(text, sent.start, value.start, parsed.scope)
            if "给予" in indicator or indicator.startswith("按") \
                    or indicator.startswith("对") and not indicator.startswith("对口") \
                    and not vocab.partner_dealing.search(indicator) \
                    and _preposition_first(indicator, doc.tokenizer):  # 对口帮扶: one word
                indicator = _GRANT_WORDS.sub("", indicator)  # 省级给予一次性奖补: 一次性奖补
            if kind == "level" and value.label == "PERCENT" and _RATE_OF.search(
                    text, max(start, value.start - 40), value.start):
                kind = "share"  # 按照项目设备购置额的10%给予奖补: a share of the base
            status = _status(doc, sent, start, value)
            # an existing set a task acts on (统筹三大结构): its size is reported, dated as
            # the task is (the plan's year or span)
            acted_on = status == "target" and (_acts_on_set(text, start, value, vocab)
                                               or _set_as_subject(text, start, value, values))
            # the level a change starts from (从380元提高至1000元) is reported, dated as the
            # change is (a planned one: the plan's year)
            acted_on = acted_on or _starts_raise(text, start, value)
            period = _period(doc, sent, start, end, value, indicator,
                             kind if status == "actual" else "", state.stock,
                             target=status == "target", first=group[0].start)
            if of_before and not total_of and state.last is not None and state.last.period \
                    and "/" in state.last.period and doc.span_at(value.start):
                # 落地项目2200个、总投资额7200亿元: the investment of what landed over the span
                # (not 数字经济规模年均增长15%、总量突破2万亿元: a total stands at the end)
                period = state.last.period
            elif kind == "share" and _share_of_before(doc, sent, start, value, state.last):
                # 累计化解矛盾纠纷1655万件，90%以上的矛盾纠纷化解在基层: a share of what flowed over
                # the span before it takes the span (F47d)
                period = state.last.period
            parent = state.breakdown_of
            if parent is not None and parent.period and _YEAR_END.fullmatch(parent.period) \
                    and period == parent.period[:4] and not state.flowed:
                period = parent.period  # 经营主体1163.7万户，其中企业410.1万户: the stock's year end
            elif parent is not None and parent.period and period and "/" in period \
                    and "/" not in parent.period and period[-4:] == parent.period[:4] \
                    and parent.kind in ("level", "share") and not state.flowed and not _flow_before(vocab, text[start:value.start]):
                # A级景区达到500家，其中5A级景区12家: a part of the level reached at the review's
                # end takes its period (FACTS.md period: a level reached at the end, the end year)
                period = parent.period
            scope = doc.span_at(value.start)
            if status == "target" and (doc.ctx.is_report or doc.in_tasks(value.start)) \
                    and not _has_date(doc, sent, value) \
                    and doc.ctx.ref_year is not None and (scope is None
                                                          or doc.past_review(value.start)):
                # a stock planned for the year is planned for its end (常住人口城镇化率达到41%,
                # 生猪存栏), not what is done to it (培育经营主体20个, 为经营主体减负2500亿元)
                stock_end = kind in ("level", "share") and _stock_named(indicator, vocab)
                period = str(doc.ctx.ref_year) + ("-12" if stock_end else "")
            elif status == "target" and period == scope and scope and kind in ("level", "share") \
                    and not acted_on and not _PLAN_INDICATORS.match(text, value.end) \
                    and (not vocab.flow.search(text, start, value.start)
                         and not _done_over_plan(indicator, vocab, value)
                         or _rate_reached(doc, start, value, kind)):
                # “十五五”时期…城镇化率达到70%, 研发投入强度达到3% (投入 names the rate, no flow
                # of it): the level at the plan's end
                period = scope[5:]
                if vocab.stock.search(indicator):
                    period += "-12"
            if status == "target" and kind in ("growth", "change") and period \
                    and _YEAR_END.fullmatch(period):
                period = period[:4]  # 城镇化率提升1个百分点 planned: a change over the year
            if acted_on:
                status = "actual"
                ref_year = doc.ctx.ref_year
                if period and _YEARS.match(period) and ref_year and int(period[-4:]) < ref_year \
                        and _SET_SIZE.fullmatch(value.text):
                    # 五年来…激活…三大动力: the size of the set at the review's end, not a flow
                    # over it (gold/facts/NOTES.md F30c, F31e; a plan's span stays, d37)
                    period = period[5:]
            if not after_noun:  # not 23个…项目建成投产, the count before the projects
                indicator = _verb_first(_without_effort(indicator, vocab, alone=False), vocab)
            # 组织开展X活动1200场: a verb that only pushes the framing verb goes with it (F40l)
            led = vocab.achievement.match(indicator) \
                if indicator.startswith(vocab["framing_leads"]) else None
            framing = vocab.framing.match(indicator, led.end() if led else 0)
            if led and framing and indicator.startswith("的", framing.end()):
                framing = None  # 组织开展的X行动: a description of what is named after it
            framing = framing or (
                vocab.people_framing.match(indicator) if _reaches_people(value, vocab) else None)
            # 实施异地搬迁1.35万人: 异地搬迁; 实施20条道路的改造提升: what is counted is done
            # (not the grantee a 的 describes, 对实施X的企业给予50万元)
            if framing and not _PROJECTS.search(indicator) \
                    and ("的" not in indicator or value.label in ("COUNT", "QUANTITY")):
                indicator = indicator[framing.end():].removeprefix("了")
            place = listed[i] if listed else state.subject or _level_word_area(doc, value) \
                or doc.ctx.place
            indicator = _after_means(_without_year_of_flow(_annual_over_span(
                indicator, period, _clean(text[start:value.start])), period, vocab), vocab)
            if converted is not None and converted.indicator and i == 0:
                indicator, kind, period = converted.indicator, converted.kind, converted.period
            indicator = _imposed_sum(text, value, vocab) or indicator
            noted = _scope_threshold(text, value, vocab) if kind == "level" else ""
            if noted:  # 规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业 (F35k)
                indicator = noted  # as written: its 年 is the bound's, no period
            if after_bracket and i == 0 and indicator \
                    and not vocab.series_verb.match(indicator):
                indicator = after_bracket + indicator
            if count_item:
                if list_lead and after_noun > value.end and indicator:
                    indicator = _with_list_lead(list_lead, indicator, doc.tokenizer)
            elif i == 0:  # a list opens (or none does): its first count's scope (read
                # only by a later group's count item: none after the last, S50a)
                list_lead = _count_first_lead(text, prev_end, value, indicator, others,
                                              vocab) \
                    if len(group) == 1 and after_noun > value.end and g + 1 < len(groups) \
                    else ""
            fact = _fact(value, n_before + len(out), indicator, kind, direction, status,
                         period, place, RULE_ID)
            out.append(fact)
            state.last_sentence = state.sentence
            state.last = _Parent(whole or reduced or indicator, period, place,
                                 None if stepped or whole else value.unit, kind, value.label)
            state.parents.append(state.last)
            state.recent.append(reduced or fact.indicator)
            if reduced:
                cuts[len(out) - 1] = reduced
            whole, stepped = "", False
        prev_end = max(group[-1].end, after_noun)
    out = _range_bounds(text, _level_after_flow(text, out, vocab), vocab)
    out, planned = _task_completed(text, start, out, state.recent, n_earlier, vocab)
    if out:  # after a share of the plan its subject goes on (完成计划的80%，完成投资…)
        state.recent[-len(out):] = [planned.get(j, cuts.get(j, f.indicator))
                                    for j, f in enumerate(out)]
        if len(state.parents) > 1 and state.parents[-2].indicator == planned.get(len(out) - 1):
            # 产值120亿元，占计划的101%，同比增长4.5%: a change after the share is the subject's
            # (F43g)
            state.last = state.parents[-2]
    out = _shared_predicate(text, out, counted, n_before, [g[0].start for g in groups], vocab)
    # 了 of aspect goes wherever it stands (成为了中心职员: F30f), and so does 好 of a result
    # (重点把握好方面: F32c)
    # (a copy only of a fact whose indicator changes: a copy of every fact cost 4 % of the stage)
    return [f if (bare := _without_aspect(f.indicator, vocab)) == f.indicator
            else replace(f, indicator=bare) for f in out]


#: the fewest characters of a list's scope before its first count (_count_first_lead)
_LIST_LEAD_MIN = 2
#: the most
_LIST_LEAD_MAX = 8


#: the words of time and area that open a clause before its subject (_count_first_lead)
_CLAUSE_LEAD = re.compile(r"^(?:(?:全年|今年|去年|当年|年内)?(?:全[省市区县州旗盟]|我[省市区县州旗盟])?)")


def _count_first_lead(text: str, start: int, value: Mention, indicator: str,
                      others: Sequence[Mention], vocab: FactVocab) -> str:
    """The words written between the clause's verb and its first count that open that
    count's indicator, its noun after the number (完成了主要街道240栋建筑物的立面修复 -> 主要
    街道; 新建农村牧区6所学校的食堂 -> 新建农村牧区): the scope of the list that count opens
    (F39a, gold dev-d01). The longest end of the written words that opens the indicator; a
    place or body that is the clause's subject is no scope of the items (云南聚焦8个边境州、
    25个边境县: 边境县), so a lead that holds a place or body named (GPE, ORG) is none; nor one
    with a number, examples (等), a frame (在, 对) or a start (从最初的9个人、4件乐器) in it. ``start``: where the words of the
    count begin (the clause's start, or the end of the figure before). Words that open the
    clause (after its lead words: 全年, 全区) are its subject, no scope (总书记三次…、两次…,
    当地1.9万名X、3000台Y): a verb stands before the scope (完成了主要街道) or opens it
    (``series_verbs``: 新建农村牧区)."""
    before = _clean(text[start:value.start])
    opening = _CLAUSE_LEAD.sub("", before)  # 全年, 全区: no part of it
    for k in range(min(len(before), _LIST_LEAD_MAX + 2), _LIST_LEAD_MIN - 1, -1):
        lead = before[-k:]
        if indicator.startswith(lead) and len(indicator) > k:
            if len(opening) <= k and not vocab.series_verb.match(lead) \
                    or not _CJK_ONLY.fullmatch(lead) or "等" in lead or lead[0] in "在对" \
                    or "从" in lead or "由" in lead \
                    or any(m.label in ("GPE", "ORG") and start <= m.start < value.start
                           and m.end > value.start - k for m in others):
                return ""
            return lead
    return ""


#: tags of the words of a list's scope (nouns, distinguishing words, places of a part
#: and position words, numerals without digits: 主要街道, 中心城区, 首批), and nouns that
#: name a place, a person or a body (the clause's subject: 新区共设…)
_SCOPE_TAGS = ("n", "b", "f", "s", "m")
_NOT_SCOPE_TAGS = ("ns", "nr", "nt")

_AFTER_BRACKET = re.compile(r"\s*[）)]\s*[、和及]\s*(?=[\u4e00-\u9fff])")


def _verb_before_bracket(text: str, start: int, left: str, first: Mention, out: Sequence[Fact],
                         vocab: FactVocab) -> str:
    """The selecting verb (``series_verbs``) of the figure a bracket breaks down, for the
    list item after the bracket: 新增高新技术企业19家（其中国家级5家）、科技型中小企业120家 ->
    新增科技型中小企业, as without the bracket (F37g; FACTS.md lists: the words the items
    share; F39b). Nothing when the words before the item are not a bracket's end and a list
    mark (``left``), when no figure of the clause stands before the bracket or when its
    words open with no such verb."""
    if not _AFTER_BRACKET.match(left):
        return ""
    opened = max(text.rfind("（", start, first.start), text.rfind("(", start, first.start))
    before = [f for f in out if f.value_end <= opened]
    if opened < 0 or not before:
        return ""
    verb = vocab.series_verb.match(before[-1].indicator)
    return verb.group(0) if verb else ""


def _with_list_lead(lead: str, indicator: str, tokenizer: Any | None) -> str:
    """An item of a count-first list with the list's scope (F39a): 牌匾的规范设置 ->
    主要街道牌匾的规范设置; an item that took the list's verb already (新建卫生院的病房) takes
    the scope after it (新建农村牧区卫生院的病房). Unchanged when it opens with the scope, when
    the scope is only the verb it has, or when it is a class (省级: the first item's, F32d).
    The words added are a noun phrase (``_SCOPE_TAGS``): a verb the items share is
    ``series_verbs``' business (造成31人死亡、7人受伤, 覆盖41个国家和地区: not carried), a
    subject before its verb (大火造成) no scope; without a tokenizer, nothing is added."""
    common = 0
    while common < min(len(lead), len(indicator)) and lead[common] == indicator[common]:
        common += 1
    if common == len(lead) or len(lead) - common < _LIST_LEAD_MIN or lead.endswith("级") \
            or tokenizer is None or not all(
                tag.startswith(_SCOPE_TAGS) and not tag.startswith(_NOT_SCOPE_TAGS)
                for _, tag in tagged_words(tokenizer, load_word_tags(tokenizer), lead[common:])):
        return indicator  # 省级 before the first item is that item's (F32d)
    return lead + indicator[common:]


def _without_aspect(indicator: str, vocab: FactVocab) -> str:
    """``indicator`` without 了 of aspect (F30f) and 好 of a result after a verb
    (``done_well_verbs``: 把握好, 落实好; gold/facts/NOTES.md F32c): how the task is done,
    no word of what is counted."""
    if "了" in indicator:
        indicator = _ASPECT_LE.sub("", indicator)
    if "好" in indicator:
        indicator = vocab.done_well.sub(r"\1", indicator)
    return indicator


def _figure_right_before(state: _State) -> _Parent | None:
    """The fact of the figure right before in the same sentence (the last one read, its
    indicator the last recent one), which a list item or a bare quantity word may take its
    owner or subject from; ``None`` where there is none."""
    last = state.last
    if last is None or state.last_sentence != state.sentence or not state.recent \
            or state.recent[-1] != last.indicator:
        return None
    return last


def _owner_before(indicator: str, state: _State, vocab: FactVocab) -> str:
    """The owner of a bare quantity word (``owned_quantities`` at its end, no longer than
    ``_BARE_QUANTITY``) whose figure follows a count of the same sentence written as the
    owner and what it does (``owner_verbs``): 农牧民转移就业66万人，实现劳务收入75.4亿元 ->
    农牧民; 高交会促成1023项…签约，成交额超1700亿元 -> 高交会. The clause leaves its
    subject unwritten: the count's. Nothing when the count opens with its verb, when the
    owner is a place (the fact's place: 宜春市促成…), or when a clause without figures comes
    between."""
    last = _figure_right_before(state)
    if last is None or last.kind != "level" \
            or len(indicator) > _BARE_QUANTITY or not vocab.owned_tail.search(indicator):
        return ""
    verb = vocab.owner_verb.search(last.indicator)
    owner = last.indicator[:verb.start()] if verb else ""
    return owner if len(owner) >= 2 and not indicator.startswith(owner) \
        and not _ADMIN_END.search(owner) else ""


#: units of a count of people, who own no attribute counted after them (新增城镇就业5000人，
#: 收入…: the area's)
_PEOPLE_UNITS = frozenset(("人", "名", "户", "位"))
#: a number written in digits; the most characters of the clause before read for its count
_DIGIT_RUN = re.compile(r"[\d０-９]+(?:\.[\d０-９]+)?")
_COUNTED_CLAUSE = 60


def _counted_owner(indicator: str, state: _State, vocab: FactVocab, text: str,
                   start: int, tokenizer: Any | None) -> str:
    """The things the figure right before in the sentence counts, as the owner of a quantity
    word alone after it (an attribute of theirs: one of ``owned_quantities``, with 数 or not,
    or of ``heads``, no rate; 充电电量, 飞行规模 name their own): 全县现有福利院5家，床位300张 ->
    福利院
    (FACTS.md: the words of the text that name the quantity; gold dev-d67: 组建…车队11个，
    车队规模 is the fleets'; gold/facts/NOTES.md F50f). Only when the count ends the clause
    before (its things written before it: their words are the count's indicator, a
    selecting verb with them as 建成农村公路15条，总里程), not after a count its things and
    their predicate follow (五条高速公路实现通车，总里程: what they did is counted) or another
    figure comes before in its clause or its words end with a verb (项目签约), nor after a
    count of people or of times (列次, 人次: what follows is the area's), nor when the
    quantity names them."""
    last = _figure_right_before(state)
    if last is None or last.kind != "level" or last.label != "COUNT" or not last.unit \
            or last.unit in _PEOPLE_UNITS or last.unit.endswith("次") or not indicator \
            or indicator.endswith("率") \
            or not (indicator.removesuffix("数") in vocab.owned or indicator in vocab["heads"]) \
            or text[start - 1:start] not in _COMMAS:
        return ""
    before = text[max(0, start - 1 - _COUNTED_CLAUSE):start - 1]
    clause = re.split(r"[，,；;。：:\n]", before)[-1].rstrip(_SPACES)
    # the count ends its clause, its only figure written in digits (推出5个系列上百款，年产量…:
    # two figures, the last no count of the things before it)
    if len(_DIGIT_RUN.findall(clause)) != 1 or not re.search(
            rf"{_DIGIT_RUN.pattern}[万亿千]*{re.escape(last.unit)}(?:以上|余|多)?$", clause):
        return ""
    owner = last.indicator
    if len(owner) < 2 or _ANY_DIGIT.search(owner) or _ADMIN_END.search(owner) \
            or indicator.startswith(owner) or owner in indicator or tokenizer is None \
            or tagged_words(tokenizer, load_word_tags(tokenizer), owner)[-1][1].startswith("v"):
        return ""  # 促成项目签约309个，成交额: what was done is counted, not things
    return owner


def _series_owner(indicator: str, state: _State, vocab: FactVocab) -> str:
    """The owner of a rate written alone (``series_rates`` at its end, no longer than
    ``_SERIES_QUANTITY``: 市场就业率, 劳动生产率) that a 、 joins to the figure right before
    it in its sentence, when that figure's indicator opens with an owner (``series_owners``
    at the end of its first words: 应届高校毕业生, 规上工业企业) and names only its own
    quantity after it (a word of ``heads`` at its end): 应届高校毕业生就业率95%以上、市场
    就业率70%以上 -> 应届高校毕业生. Nothing when the item names an owner or an area of its
    own (城镇新增就业, 全社会用电量) or opens with its own verb (新发放…)."""
    last = _figure_right_before(state)
    if last is None or not indicator \
            or len(indicator) > _SERIES_QUANTITY or not vocab.series_rate.search(indicator) \
            or vocab.series_owner.search(indicator) or vocab.series_verb.match(indicator) \
            or indicator.startswith("全"):
        return ""
    ends = [m.end() for m in vocab.series_owner.finditer(last.indicator)]
    if not ends:
        return ""
    owner, own = last.indicator[:ends[-1]], last.indicator[ends[-1]:]
    # the figure before is the owner and a quantity of its own (就业率, 人均可支配收入), not
    # what an owner inside its words does (职工医保…改革惠及近亲属)
    return owner if 2 <= len(own) <= _SERIES_QUANTITY + 2 and vocab.owned_end.search(own) \
        and not indicator.startswith(owner) else ""


def _benefactor_owner(indicator: str, state: _State, vocab: FactVocab) -> str:
    """The programme the figure before in the sentence names as the subject of a verb of
    benefit (``benefit_verbs``): it owns a later list item that is a bare quantity (a
    quantity word ends it), the beneficiaries own nothing (家庭共济改革惠及616万名近亲属、
    结算金额69亿元 -> 家庭共济改革结算金额; gold/facts/NOTES.md F31a, d35)."""
    last = _figure_right_before(state)
    if last is None or not vocab.head.search(indicator):
        return ""
    verb = vocab.benefit.search(last.indicator)
    if verb is None or verb.start() < 2 or vocab.benefit.search(indicator):
        return ""
    owner = last.indicator[:verb.start()]
    return "" if indicator.startswith(owner) else owner


#: tags of the words a series' subject is written with (nouns, abbreviations, idioms, a
#: preposition inside: 港澳居民在粤; the first word a noun or an abbreviation), and its
#: fewest characters
_SUBJECT_TAGS = ("n", "j", "l", "p")
_SUBJECT_MIN = 3


def _series_subject(indicator: str, state: _State, vocab: FactVocab,
                    tokenizer: Any | None, same_verb: bool = False) -> str:
    """The subject a 、 joins to an item that opens with its own verb (tagged ``v``, ``vn``),
    when the figure right before it in its sentence was written as that subject, a verb
    and its object: 地质灾害避险搬迁3万余户、治理排危2000处 -> 地质灾害 (FACTS.md lists: the
    words the items share). The subject is the words before the figure's first verb, nouns
    (a preposition inside: 港澳居民在粤), three characters at least, no place first (城镇新增
    就业) and no verb that ends the figure's words (营业收入: 收入 is no verb there); not
    for an item that ends with a quantity word (结算金额: the tagger's verb opens a noun).
    With ``same_verb`` (a clause after a comma, F46f) only when the item opens with the very
    verb the figure before was written with (参加医保…，参加养老保险…), tagged a verb alone
    (not 生活, a ``vn`` that opens 生活配套园)."""
    last = _figure_right_before(state)
    if tokenizer is None or last is None or not indicator or vocab.head.search(indicator) \
            or same_verb and indicator[:2] not in last.indicator:
        return ""  # (the very verb, two characters at least, opens both: no tagging needed)
    tags = load_word_tags(tokenizer)
    first = tagged_words(tokenizer, tags, indicator)[0]
    if first[1] not in ("v", "vn") or len(first[0]) < 2:
        return ""
    words = tagged_words(tokenizer, tags, last.indicator)
    verb = next((k for k, (_, tag) in enumerate(words) if tag.startswith("v")), 0)
    subject = "".join(w for w, _ in words[:verb])
    if not 0 < verb < len(words) - 1 or len(subject) < _SUBJECT_MIN \
            or same_verb and (words[verb][0] != first[0] or first[1] != "v") \
            or not words[0][1].startswith(_SUBJECT_TAGS[:2]) \
            or not all(tag.startswith(_SUBJECT_TAGS) for _, tag in words[:verb]) \
            or words[0][1] == "ns" or indicator.startswith(subject):
        return ""
    return subject


def _opening_verb(first: str, item: str, vocab: FactVocab,
                  tokenizer: Any | None) -> re.Match[str] | None:
    """The verb the item before in a 、 list opens with when no word of ``series_verbs`` does,
    read by the tagger (a verb, ``v`` or ``vn``, of two characters at least, then a noun:
    种植蔬菜300万株、果树5000亩 -> 种植), for an item of nouns alone (果树: no verb of its
    own); not a verb of achievement, which goes (``achievement_verbs``; F46j), nor in a list
    of quantities (``owned_quantities``, ``heads`` at an end: 应届高校毕业生就业率…、市场就业率
    …, where the tagger reads 应届 as a verb)."""
    if tokenizer is None or not item:
        return None
    tags = load_word_tags(tokenizer)
    words = tagged_words(tokenizer, tags, first)
    own = tagged_words(tokenizer, tags, item)
    if len(words) < 2 or words[0][1] not in ("v", "vn") or len(words[0][0]) < 2 \
            or not words[1][1].startswith("n") or vocab.achievement.match(first) \
            or vocab.owned_end.search(first) or vocab.owned_end.search(item) \
            or not own[0][1].startswith("n") or any(tag.startswith("v") for _, tag in own):
        return None
    return re.compile(re.escape(words[0][0])).match(first)


def _preposition_first(indicator: str, tokenizer: Any | None) -> bool:
    """Whether the 对 an indicator opens with is a word of its own (对企业给予奖补: the
    preposition of a grantee, which goes) rather than the first character of a verb the
    tokenizer reads whole (对接推进项目: 对接, which stays; F49d). 对于 is the preposition too
    (对于实缴注册资本1000万元及以上的企业: F51a)."""
    return tokenizer is None or tokenizer.lcut(indicator[:4], HMM=False)[0] in ("对", "对于")


def _owned_by_counted(indicator: str, state: _State, vocab: FactVocab) -> bool:
    """Whether a quantity word alone (``owned_quantities``: 床位, 合同额) follows a count
    of bodies that own it (``owning_bodies``: 建成养老服务机构1596个、床位…; 引进项目30个，
    合同额…): the bodies' quantity (_complete), not a second item of the count's verb."""
    last = state.last
    return indicator in vocab.owned and last is not None and last.label == "COUNT" \
        and last.kind == "level" and last.unit in vocab.body_unit and bool(state.recent) \
        and last.indicator == state.recent[-1] and _counts_bodies(last.indicator, last.unit, vocab)


#: a short bracketed alternative after what a count counts (限额以上企业（单位）)
_ALTERNATIVE_END = re.compile(r"[（(][\u4e00-\u9fff]{1,3}[）)]$")


def _counts_bodies(counted: str, unit: str | None, vocab: FactVocab) -> bool:
    """Whether a count's words name bodies that own quantities (``owning_bodies`` at the
    end, before a short bracketed alternative: 限额以上企业（单位）35户), or a sector counted
    by its units of business (户, 家: 规模以上服务业8户, 限额以上批发和零售业45家: the
    enterprises of the sector; F49b)."""
    words = _ALTERNATIVE_END.sub("", counted)
    return bool(vocab.owning_body.search(words)) \
        or unit in ("户", "家") and len(words) > 2 and words.endswith("业")


def _level_after_flow(text: str, out: list[Fact], vocab: FactVocab) -> list[Fact]:
    """A level reached right after a flow of the same quantity, joined by 、 and a verb of
    reaching (``reach_verbs``): 铁路运营里程新增1700公里、突破7000公里 -> both 铁路运营里程,
    the first a change up (新增 names the change, not what is counted, as the d73 gold);
    资产总额增长116.2%、达到23.2万亿元 -> the level takes the indicator before it. Not
    新增高新技术企业19家、累计44家 (no verb of reaching), nor 各项贷款新增1.91万亿元 alone.
    A count of things added (新增X 2个、达到29个) gives the level reached X alone."""
    for j in range(1, len(out)):
        a, b = out[j - 1], out[j]
        gap = _clean(text[a.value_end:b.value_start])
        if not gap.startswith("、") or not vocab.reach.fullmatch(gap[1:]) \
                or b.kind != "level" or not a.indicator:
            continue
        own = a.indicator.removesuffix("新增")
        if a.kind == "level" and len(own) >= 2 and own != a.indicator \
                and b.indicator in ("", a.indicator):
            out[j - 1] = replace(a, indicator=own, kind="change", direction="up")
            out[j] = replace(b, indicator=own)
        elif not b.indicator:
            out[j] = replace(b, indicator=a.indicator)
        elif b.indicator == a.indicator and len(a.indicator) > 4 \
                and a.indicator.startswith(_ADDED):
            # 新增经济总量超200亿元县2个、达到29个: the level reached counts all of them,
            # not those added (gold/facts/NOTES.md, ruling28; gold dev-d26)
            out[j] = replace(b, indicator=a.indicator.removeprefix(_ADDED))
    return out


def _task_completed(text: str, start: int, out: list[Fact], recent: Sequence[str],
                    n_earlier: int, vocab: FactVocab) -> tuple[list[Fact], dict[int, str]]:
    """A clause that measures the figures before it in its sentence against their plan
    (``task_words``: 新增就业6435人，…，分别完成目标任务的117%; 累计完成2001万美元，完成全年目标
    任务2000万美元的100.05%): the share is of their indicators joined (``分别``: each item's,
    with 、) with 完成 and the plan's word, without the period (全年, 年度); an amount the plan
    names is the same quantity, targeted (gold dev-d01, d32). Also the subject of each
    share, by its place in ``out``: what a later figure of the sentence may take."""
    planned: dict[int, str] = {}
    if not n_earlier or not out:
        return out, planned
    found = vocab.task_done.match(_clean(text[start:out[0].value_start]))
    if found is None:
        return out, planned
    earlier = recent[:n_earlier]  # the indicators of the figures before the clause
    subject = "、".join(dict.fromkeys(i for i in earlier if i)) if found.group(1) \
        else earlier[-1]
    if not subject:
        return out, planned
    for j, f in enumerate(out):
        rest = _clean(text[start:f.value_start])[found.end():]
        if f.label == "PERCENT" and rest.endswith("的"):
            # 完成计划补水量的181.8%: the plan's own quantity word stays (not its amount)
            own = rest[:-1] if not re.search(r"\d", rest) else ""
            verb = found.group(2).removesuffix("了")  # 完成, or 占 as written (占计划)
            out[j] = replace(f, indicator=subject + verb + found.group(3) + own,
                             kind="share", direction=None)
            planned[j] = subject
        elif f.label == "MONEY" and not rest:
            out[j] = replace(f, indicator=earlier[-1], status="target")
    return out, planned


def _range_bounds(text: str, out: list[Fact], vocab: FactVocab) -> list[Fact]:
    """Both bounds of a range measure one quantity: the noun the text writes after the
    range only (``1000万元以上5000万元以下直接经济损失`` -> 直接经济损失 for both), after the
    words written right before the lower bound (``造成3人以上10人以下死亡`` -> 造成死亡)."""
    for j in range(1, len(out)):
        a, b = out[j - 1], out[j]
        if a.label != b.label or not b.indicator or a.indicator == b.indicator \
                or not _RANGE_GAP.fullmatch(text, a.value_end, b.value_start) \
                or not _RANGE_END.match(text, b.value_end):
            continue
        lead = a.indicator if a.indicator and not b.indicator.startswith(a.indicator) \
            and _clean(text[max(0, a.value_start - len(a.indicator) - _LEAD_MAX):a.value_start]
                       ).endswith(a.indicator) else ""
        per = vocab.per_unit_end.search(lead)
        if per and per.end() == len(lead):
            continue  # 劳动者每人1000元以上5000元以下的标准: a rate per head keeps its base
        kind = b.kind
        if lead and vocab.imposed.fullmatch(b.indicator):
            # 处工程造价百分之五以上百分之十以下的罚款: the sum is imposed (处 goes) at a share
            # of its base, as a grant's rate (FACTS.md: X投资额的一次性奖补)
            lead = lead.removeprefix("处").removesuffix("的") + "的"
            kind = "share" if b.label == "PERCENT" else kind
        out[j - 1] = replace(a, indicator=lead + b.indicator, kind=kind, direction=b.direction)
        out[j] = replace(b, indicator=lead + b.indicator, kind=kind)
    return out


def _counted_of_quantity(text: str, count: Mention, noun: str, noun_end: int,
                         value: Mention, vocab: FactVocab) -> str:
    """What a count counts when its noun ends in the quantity a figure right after it
    measures (``heads``, with 总 before: 总投资, 用户总数): 38个项目总投资达4523亿元 -> 项目,
    三家基础电信企业的移动电话用户总数达1.2亿户 -> 基础电信企业 (what stands before 的).
    Nothing when only a linker does not stand between (a verb: 完成投资), when the figure is
    a bare magnitude (8个集群规模超千亿元: the threshold of each), the count a cohort's
    (2025届高校毕业生规模) or what is left is no noun."""
    gap = _clean(text[noun_end:value.start])
    if not _LINK_ONLY.fullmatch(gap) or value.text[:1] in _BARE_MAGNITUDES \
            or count.text.endswith("届"):
        return ""
    rest = noun
    for _ in range(2):  # 进出口|额, 产值|规模: a run of quantity words
        ends = [m for m in vocab.head.finditer(rest) if m.end() == len(rest)]
        head = min(ends, key=lambda m: m.start(), default=None)
        if head is None or head.group(0) in vocab.counted_thing:
            break
        total = rest[:head.start()].endswith("总")
        paired = any(m.end() == head.start() and len(m.group(0)) > 1
                     for m in vocab.head.finditer(rest, 0, head.start()))
        if len(head.group(0)) == 1 and not (total or paired) and rest == noun:
            break  # 蓄水|量, 单机容|量: one character names a quantity after 总 or 进出口 only
        rest = rest[:head.start()].removesuffix("总")
    if rest == noun:
        return ""
    # what stands before 的 or before 共 (数字产业项目共吸引投资) is what is counted
    rest = re.split(r"[的共]", rest, maxsplit=1)[0]
    return rest if len(rest) >= 2 and not vocab.head.fullmatch(rest[-1:]) else ""


def _measure_of_counted(text: str, count: Mention, noun_end: int, value: Mention,
                        vocab: FactVocab) -> bool:
    """Whether the list item before ``value`` (after the 、 that follows a counted noun) is
    a bare quantity of what was counted: an optional selecting verb and a quantity word
    (``heads``), measured in money or a quantity, not counted again (20个X项目落地、总投资
    1370亿元 -> X项目总投资; 11处煤矿建成试运转、新增产能3095万吨/年 -> 煤矿新增产能;
    not 新增亮化楼宇82栋、桥梁4座, where the bridges are counted on their own; not the
    beneficiaries of 惠及616万名近亲属、共济金额69亿元)."""
    stop = _CARRY_STOP.search(text, noun_end, value.start)
    if vocab.benefit.search(_clean(text[max(0, count.start - 3):count.start])) \
            or stop is None or stop.group(0) != "、" or value.label not in ("MONEY", "QUANTITY"):
        return False
    item = _clean(text[stop.end():value.start])
    verb = vocab.series_verb.match(item)
    own = item[verb.end():] if verb else item.removeprefix("总")
    head = vocab.head.search(own)
    return bool(own) and len(own) <= _BARE_QUANTITY and head is not None \
        and head.end() == len(own) and not _CARRY_STOP.search(text, stop.end(), value.start)


def _stock_named(indicator: str, vocab: FactVocab) -> bool:
    """Whether ``indicator`` names a stock (``stock_cues``) it ends with, and no verb of
    what is done (``series_verbs``: 培育新型经营主体) leads it: 生猪存栏, 常住人口城镇化率."""
    ends = [m.end() for m in vocab.stock.finditer(indicator)]
    return bool(ends) and ends[-1] == len(indicator) and not vocab.series_verb.match(indicator)


def _counted_noun(noun: str, last: str, vocab: FactVocab) -> str:
    """What a count's noun counts, for the parts a later count of the sentence takes
    (``subset_predicates``): the noun before a predicate of selection
    (``selection_predicates``: 12项改革获批国家试点 -> 改革), and none after a count whose noun
    is all predicate (82项获批国家试点, 82项获…), where the one before stays ``last``."""
    if vocab.subset_predicate.match(noun):
        return last
    chosen = vocab.selected.search(noun)
    if chosen is None:
        return noun
    return noun[:chosen.start()] or last


def _spent_on(text: str, start: int, end: int, inside: Sequence[Mention],
              vocab: FactVocab) -> str:
    """What an amount invested (投资5600万元完成了…) was spent on: the rest of its clause
    after the verb (``spent_on_verbs``), lists and thresholds included (机场路护坡改造、城市
    出入口和主要街区的景观绿化工程; 10蒸吨以下燃煤锅炉改造), without the counts written in it
    (西山保护区三家污染企业搬迁 -> 西山保护区污染企业搬迁), which are facts of their own."""
    pieces, pos = [], start
    for m in inside:
        if start <= m.start < end and m.label == "COUNT":
            pieces.append(text[pos:m.start])
            pos = m.end
    pieces.append(text[pos:end])
    words = _clean(_PAREN.sub("", "".join(pieces)).rstrip("，,；;。！!？?"))
    verb = vocab.spent_on.match(words)
    return words[verb.end():] if verb else words


#: words that start with a place frame's 在 and are none (在建: under construction)
_UNDER_WAY = ("在建",)

#: the most characters of what a means frame (利用闲置资源) names before its verb
_MEANS_LONGEST = 12


def _without_means(words: str, vocab: FactVocab) -> str:
    """``words`` without a frame of the means or grounds the action is taken by
    (``means_frames``: 利用闲置资源, 根据当地资源禀赋) before the verb that selects what is
    counted (``series_verbs``): 利用闲置资源改造建设100个X -> 改造建设X (gold dev-d55),
    根据当地资源禀赋打造14个X -> 打造X (gold dev-d64); FACTS.md: the words that name the
    quantity. So does a frame of the place the work is done in (``place_frames``:
    在城区公园投放60套X -> 投放X, gold dev-d61). Nothing is cut when no such verb follows
    within a short noun (在校学生, 在药店零售环节抽检: a scope)."""
    frame = vocab.means_frame.match(words)
    if frame is None or words.startswith(_UNDER_WAY):
        return words  # 在建 (under construction) is no place frame: 在建和新开工X (qa34)
    verb = vocab.series_verb.search(words, frame.end() + 2)
    if verb is None or verb.start() - frame.end() > _MEANS_LONGEST \
            or _CLAUSE_PUNCT.search(words, frame.end(), verb.start()):
        return words
    return words[verb.start():]


def _without_effort(words: str, vocab: FactVocab, alone: bool = True) -> str:
    """``words`` without a verb of effort (``effort_verbs``: 争取, 力争) before the verb that
    selects what is counted (争取打造省级首台套产品1项: 打造…) or, where ``alone`` (the
    words before a count), before 新 or nothing (争取新获批1所X: 新获批X; 争取100个以上项目
    纳入…); 争取中央预算内投资 keeps it: what was obtained, and so does a list's later item
    (争取A 237亿元、新型B 889.2亿元: 争取新型B). A span the effort is bounded by goes with
    it (``within_spans``: 争取两年内建成10个X: 建成X), and a verb of aiming goes before a rate's
    name (``aim_verbs``: 争取流转率提高到60%: 流转率; a rate is aimed at, not obtained)."""
    words = _without_means(words, vocab)
    # an adverb of manner or of time (科学应对, 再新培育: ``manner_adverbs``) goes as they do
    effort = vocab.effort.match(words) or vocab.manner.match(words)
    if not effort:
        return words
    end = effort.end()
    within = vocab.within.match(words, end)
    if within and within.end() < len(words):
        end = within.end()
    if (vocab.series_verb.match(words, end) or vocab.achievement.match(words, end)
            or alone and (words.startswith("新", end) or end == len(words))
            or end < len(words) and vocab.rate.search(words)
            and vocab.aim.fullmatch(effort.group(0))):
        return words[end:]
    return words


def _without_lead(before: str, vocab: FactVocab) -> str:
    """The words before a count without the verbs that lead to it and select nothing that
    is counted (``achievement_verbs``: 带动, 推进, 做优做强)."""
    lead = vocab.achievement.match(before)
    return before[lead.end():] if lead else before


def _verb_first(indicator: str, vocab: FactVocab) -> str:
    """Projects written before the verb that selects them (年投资亿元以上项目新开工43个:
    ``selected_after``) as FACTS.md writes them, the verb first (新开工年投资亿元以上项目)."""
    found = vocab.selected_after.search(indicator)
    if found is None or not _PROJECTS.search(indicator, 0, found.start()):
        return indicator
    return found.group(0) + indicator[:found.start()]


def _shared_lead(before: str, indicator: str, vocab: FactVocab) -> str:
    """The subject and verb the item before wrote for the items of its list (FACTS.md lists:
    the words the items share): the words of ``before`` up to a verb inside it
    (``series_verbs``, ``list_verbs``: 文艺精品获文华奖 -> 文艺精品获; 调查发现新物种 ->
    调查发现) when this item has no verb of its own (群星奖) and does not end with what the
    verb's object is (城镇新增就业、农村劳动力转移就业: a whole name of its own); else nothing."""
    if indicator and vocab.list_verb.search(indicator) and not vocab.head.search(before):
        # 年均新增城镇就业X、输转城乡富余劳动力Y: a verb of its own, the span's 年均 or 累计
        # before the first item's verb still every item's (gold dev-d76)
        span = _SPAN_LEAD.match(before)
        return span.group(0) if span and not indicator.startswith(span.group(0)) else ""
    if not indicator or indicator.startswith("新") or vocab.head.search(before):
        return ""  # 新筹建1个X: a verb of its own; 基础设施建设投资: a quantity, no things
    found = vocab.list_verb.search(before)
    if found is None or found.start() > _LEAD_MAX or len(before) - found.end() < 2:
        return ""
    end = found.end()
    while (more := vocab.list_verb.match(before, end)) and more.end() > end:
        end = more.end()  # 评选发布: the whole run of verbs
    if indicator.endswith(before[end:]):
        return ""  # 城镇新增就业X、农村劳动力转移就业Y: the item names its whole quantity again
    return before[:end] if len(before) - end >= 2 else ""


def _shared_predicate(text: str, out: list[Fact], counted: list[tuple[int, int, str]],
                      n_before: int, starts: Sequence[int], vocab: FactVocab) -> list[Fact]:
    """Counts listed one after the other whose last noun ends with a predicate of selection
    (5个X、4个Y纳入国家试点; 10所学校、12个专业群入选…计划; 5个X和5个Y新获评…; 19个X和
    2个Y被命名为…) or with the works done on them (``shared_works``: 1679个X和199个Y治理;
    3000个X、120个Y改造): the earlier ones take it too (X纳入国家试点, X治理), as what they
    count is what was selected or worked on (FACTS.md lists: the words the items share)."""
    if len(counted) < 2:
        return out
    *earlier, (_, _, last) = counted
    found = vocab.selected.search(last, 1) or vocab.shared_work.search(last, 2)
    if not found or last.endswith(_CAMPAIGN, 0, found.start()):
        return out  # 10个专项整治: the campaigns counted, no works done on the others
    predicate = last[found.start():]
    for fact_id, noun_end, noun in earlier:
        following = next((a for a in starts if a >= noun_end), None)
        if following is None or not _NEXT_ITEM.fullmatch(_clean(text[noun_end:following])) \
                or vocab.selected.search(noun) or vocab.shared_work.search(noun):
            continue  # not a list of counts (…，X), or the noun has its own predicate
        i = fact_id - n_before
        out[i] = replace(out[i], indicator=out[i].indicator + predicate)
    return out


def _after_span(s: str, name: str, label: str, vocab: FactVocab) -> str:
    """The words after a span's name that say it is the span (“十二五”期间共完成X, 五年间共
    引进X, “十三五”时期全区累计新增X): 期间, 时期 or 间 go with the span's name, and the
    leading words after them are cut as any (F42c). Only after a plan's period or a
    DURATION: 期间费用 opening a clause stays."""
    if label != "DURATION" and name not in vocab.plan_periods:
        return s
    found = _SPAN_REST.match(s)
    return s[found.end():] if found and _CJK.match(s, found.end()) else s


#: the ends of a topic before a colon that announces what follows, naming no quantity
_TOPIC_NAMES_NONE = ("情况", "如下", "目标", "任务", "指标", "要求", "内容", "措施", "单位", "时限", "备注")


def _colon_topic(text: str, clause: tuple[int, int], indicator: str,
                 others: Sequence[Mention], vocab: FactVocab) -> str:
    """A line's topic before a colon names the quantity of the figure right after it, when
    the figure's own words name none (建筑业总产值：增长9%; 粮食产量：稳定在20万吨;
    专精特新企业数：新增15家): the topic, its item number cut (F42b). Only a topic that
    opens its line and ends with a quantity word (``heads``) and no verb cuts it (not
    主要预期目标是：, 其中：); nothing when the figure's words hold a quantity word of their
    own (a generic one the topic ends with is the topic's: 工业投资：完成投资48亿元). A topic
    without a quantity word names a figure that names nothing at all (城镇新增就业：3200人;
    F43b), unless it announces a list (主要指标：, 完成情况：)."""
    a, b = clause
    generic = indicator in vocab.generic  # 工业投资：完成投资48亿元: the topic's 投资
    if indicator and not generic and (len(indicator) > 4 or vocab.head.search(indicator)):
        return ""
    raw = text[a:b].rstrip(_SPACES)
    if not raw.endswith(("：", ":")) or a > 0 and text[a - 1] not in "\n" + _SPACES:
        return ""
    numbered = _ITEM_NUMBER.match(raw)
    words = _clean(raw[numbered.end() if numbered else 0:-1]).strip("“”\"")
    named = vocab.head.search(words) or not indicator and not words.endswith(_TOPIC_NAMES_NONE)
    if not 2 <= len(words) <= 20 or not _CJK.match(words) or not named \
            or vocab.bare_verb.search(words) or vocab.up_down.search(words.removesuffix(
                _ADDED_VALUE)) or words in vocab["leaders"]:
        return ""
    parsed = _parse_left(words, a, others, vocab, text)
    if not parsed.indicator or parsed.verbs or generic and not parsed.indicator.endswith(indicator):
        return ""
    return parsed.indicator


def _bare_subject(text: str, clause: tuple[int, int], others: Sequence[Mention],
                  vocab: FactVocab) -> str:
    """What a clause without figures says changed, up to its verb (高新技术企业数量增长1.2倍
    -> 高新技术企业数量; 粮食产量保持稳定 -> 粮食产量): the indicator of a level reached
    in the clause after it (，达到2万家); nothing when no such verb cuts it."""
    a, b = clause
    words = _clean(text[a:b].rstrip(_SPACES + "，,；;"))
    verb = vocab.bare_verb.search(words) or vocab.up_down.search(words)
    if verb is None or verb.start() < 2:
        return ""
    parsed = _parse_left(words[:verb.start()], a, others, vocab, text)
    if parsed.share:
        return ""
    subject = vocab.pace_adverb.sub("", parsed.indicator)
    modal = vocab.modal_adverb.search(subject)  # 粮食产量又创历史新高: the time of the verb
    if modal and modal.start() > 0 and not _MODAL_WORD.search(subject, 0, modal.start() + 1):
        subject = subject[:modal.start()]
    return subject


def _works_before(text: str, state: _State, start: int, vocab: FactVocab) -> str:
    """The works a bare investment word (投资, 总投资) of a clause's first figure is spent
    on, or a bare rate of works (``works_rates``: 落地率) is of: the project or works
    (``_PROJECTS``) that the clause without figures right before it, or the sentence
    without figures right before its sentence in its line, ends by furthering
    (``works_verbs``: 推进棚户区改造工程。全年投资90.07亿元 -> 棚户区改造工程投资, gold
    dev-d01; 实施老旧小区改造工程，完成投资3亿元); a verb that selects them stays
    (``works_selecting``: 开工重大项目总投资); nothing else."""
    if state.bare[1] == start:
        a, b = state.bare
    elif state.bare[0] < 0 and state.said[0] == start:
        a, b = state.quiet
    else:
        return ""
    if a < 0:
        return ""
    words = _clean(text[a:b]).rstrip("，,；;。！!？?")
    words = _CLAUSE_PUNCT.split(words)[-1].removesuffix("建设")
    verbs = list(vocab.works_verb.finditer(words))
    if not verbs:
        return ""
    verb = verbs[-1]
    works = _A_NUMBER_OF.sub("", words[verb.end():])
    if verb.group(0) in vocab["works_selecting"]:  # 开工一批重大项目: the projects started
        works = verb.group(0) + works
    return works if len(works) >= 4 and _PROJECTS.search(works) \
        and not _ANY_DIGIT.search(works) else ""


def _long_bare_item(item: str, value: Mention, state: _State, vocab: FactVocab,
                    tokenizer: Any | None) -> bool:
    """Whether a clause of a longer noun and its count after a comma continues the list of
    the figure before (F41a), as a short one does (``_BARE_ITEM``: 新建道路61条，过街天桥2座):
    新建公共停车泊位3200个，新能源汽车充电桩460个 -> 新建新能源汽车充电桩; 累计发放城乡低保金3.2亿元，
    医疗救助资金5600万元 -> 累计发放医疗救助资金 (FACTS.md lists: the words the items share).
    Only five to eight characters whose first and last words are no verb, adverb, place, time
    or numeral (jieba's tags: a clause that writes its own verb, 改造提升农贸市场13个, or a
    level held, 用户达到285万户, is no item; nor one that opens with a verbal noun, 移动互联网用户:
    what the verb before did not make; nor one with a verb of making, 乡村绿化植树), a sum after a
    sum, a count or measure after a count or measure (the items of one verb are counted
    alike; one whose first word is no noun by its tag, an idiom, with the same unit only:
    累计培育…案例100项，登记在册船舶80艘 is no item), and after a comma only (a clause after ； is a
    topic of its own). Not a total or a quantity (电力总装机, 碳市场累计交易, 房屋竣工面积: ``heads``,
    ``total_cues``), which no verb before selects; a sum's own word (资金) is no such quantity."""
    last = state.last
    if tokenizer is None or last is None or (last.label == "MONEY") != (value.label == "MONEY") \
            or state.last_sentence != state.sentence or not _LONG_BARE_ITEM.fullmatch(item) \
            or "总" in item or vocab.total.search(item) \
            or value.label != "MONEY" and vocab.head.search(item):
        return False
    words = tagged_words(tokenizer, load_word_tags(tokenizer), item)
    if words and last.unit != value.unit and not words[0][1].startswith(_NOUN_FIRST):
        return False  # 累计培育X案例100项，登记在册船舶80艘: an idiom (l) of its own verb
    return bool(words) and words[0][1] not in _OWN_VERB_FIRST \
        and not any(_MAKING_WORD.fullmatch(word) for word, _ in words) \
        and words[-1][1] not in _OWN_VERB_LAST


def _rate_of_figure_before(indicator: str, state: _State, vocab: FactVocab,
                           tokenizer: Any | None, said: str) -> str:
    """A rate named by a verb alone (完成率, 办结率, 按期办结率: words jieba tags ``v`` before
    率, after adverbs, ``d``) in a clause after a count or sum of its sentence is the rate of
    what that figure counted: the words of its indicator after its leaders, totals, places,
    times and verbs, the selecting ones too (a rate is of the whole set, not of those added:
    完成固定资产投资42亿元，完成率58% -> 固定资产投资完成率; 受理群众诉求1.36万件，办结率
    98.6% -> 群众诉求办结率; gold dev-d35: 新增长护险参保人数1561万人，参保率达93% -> 长护险
    参保率, the noun cut before the rate's own verb; FACTS.md: the words of the text that name
    the quantity; F40c). Not after a rate or a change, nor when the figure before names only
    verbs (已开工改造937个), nor a rate named by its own word (``rate_words``: 出生率, FACTS.md),
    nor after a list (办理人大代表建议72件、政协委员提案130件，办复率:
    the rate of both; ``said``: the sentence's words before the clause)."""
    last = state.last
    if tokenizer is None or not state.recent or last is None or last.kind != "level" \
            or state.last_sentence != state.sentence or last.label not in _COUNT_OR_SUM \
            or not 2 <= len(indicator) <= _VERB_RATE \
            or "、" in _CLAUSE_END.split(said.rstrip("，,"))[-1] \
            or indicator in vocab["rate_words"]:  # 出生人口4667人，出生率: a rate of its own name
        return ""
    tags = load_word_tags(tokenizer)
    carried = vocab.series_verb.match(state.recent[-1])
    if carried and indicator.startswith(carried.group(0)):
        indicator = indicator[carried.end():]  # 签约项目60个，履约率: not 签约履约率, carried
    words = tagged_words(tokenizer, tags, indicator[:-1])
    if not words or words[-1][1] != "v" or any(t not in ("v", "d") for _, t in words) \
            or vocab.total.match(indicator):  # 累计办结率: a total carried names its own
        return ""
    rest = state.recent[-1]
    while not vocab.term.match(rest) and (found := vocab.series_verb.match(rest)
                                          or vocab.lead.match(rest)
                                          or vocab.total.match(rest)) and found.end():
        rest = rest[found.end():]  # 新增长护险参保人数: not 新/增长 as jieba cuts it
    before = tagged_words(tokenizer, tags, rest)
    lead = 0
    while lead < len(before) and (before[lead][1] in _PLACE_TIME_TAGS
                                  or before[lead][1] in _VERB_TAGS):
        lead += 1
    noun = "".join(w for w, _ in before[lead:])
    verb = words[-1][0]
    if verb in noun[1:]:  # 长护险参保人数, 参保率: 长护险参保率
        noun = noun[:noun.index(verb, 1)]
    if len(noun) < 2 or not _CJK.match(noun) or indicator in noun:
        return ""  # 已开工改造937个，开工率: the figure before names only its verbs
    return noun + indicator


def _names_sector(indicator: str, vocab: FactVocab) -> bool:
    """Whether a quantity word opens with a sector of its own (工业总产值, not 营业收入)."""
    sector = _SECTOR_OPENING.match(indicator)
    return sector is not None and not sector.group(0).endswith(vocab["non_sectors"])


def _counts_things(value: Mention) -> bool:
    """Whether a figure counts things (a COUNT, or a length or area of works: 7公里, 200万亩),
    not the size of a quantity (500元, 0.5岁)."""
    return value.label == "COUNT" and value.unit not in _RANK_UNITS \
        or value.label == "QUANTITY" and value.unit in _WORKS_UNITS


def _owner_of_quantity(clause: str, vocab: FactVocab) -> str:
    """The owner a clause without figures (or a list item before a quantity word alone)
    opens with, before a quantity word it owns (``owned_quantities``) and what is said of
    that quantity (粮食播种面积保持稳定 -> 粮食): a quantity word alone after it measures the
    same owner (，总产量达到15万吨 -> 粮食总产量; FACTS.md lists: the words the items share).
    Nothing when the clause opens with a verb, when the quantity word ends it (a list,
    粮食播种面积、总产量: read as a list) or when a number is in it."""
    words = _DATE_LEAD.sub("", clause.strip(_SPACES + "“”\"：:，,；;"))
    while (lead := vocab.lead.match(words)) and 0 < lead.end() < len(words):
        words = words[lead.end():]  # 全区, 确保: no part of it
    found = vocab.owned_word.search(words)
    if found is None or not 2 <= found.start() <= _OWNER_MAX or found.end() == len(words) \
            or _ANY_DIGIT.search(words) or not _CJK_ONLY.fullmatch(words[:found.start()]) \
            or vocab.series_verb.match(words) or vocab.effort.match(words) \
            or vocab.put_in_place.match(words):
        return ""
    return words[:found.start()]


#: the most characters of a quantity word alone that a body before it owns (_body_of_bare)
_BODY_QUANTITY = 8


def _body_of_bare(indicator: str, text: str, clause: tuple[int, int], vocab: FactVocab,
                  tokenizer: Any | None) -> str:
    """The body a clause without figures right before opens with (its words up to one of
    ``series_owners``: 省属企业, 城镇居民), when other words of it follow (创新导向更加突出) and
    the figure's own words are a quantity word alone (``heads`` or ``body_quantities`` at its end, no
    longer than ``_BODY_QUANTITY``, no sector, no 全): the body's quantity (省属企业创新导向更加
    突出，研发经费投入增长15.6% -> 省属企业研发经费投入; gold dev-d02; FACTS.md: the words of
    the text that name the quantity). Nothing when the clause opens with a verb or holds a
    number, or when the quantity names its own owner."""
    if not indicator or len(indicator) > _BODY_QUANTITY \
            or not vocab.body_quantity.search(indicator) \
            or indicator.startswith("全") or _names_sector(indicator, vocab) \
            or vocab.series_owner.search(indicator):
        return ""
    words = _CLAUSE_LEAD.sub("", _clean(text[clause[0]:clause[1]]).strip(_SPACES + "“”\"：:，,；;"))
    body = vocab.series_owner.search(words, 0, _OWNER_MAX + 2)
    if body is None or not 3 <= body.end() < len(words) or _ANY_DIGIT.search(words) \
            or not _CJK_ONLY.fullmatch(words[:body.end()]) or vocab.series_verb.match(words) \
            or vocab.effort.match(words) or vocab.put_in_place.match(words) \
            or tokenizer is None or not all(
                tag.startswith(_BODY_TAGS) and not tag.startswith(_NOT_SCOPE_TAGS)
                for _, tag in tagged_words(tokenizer, load_word_tags(tokenizer), words[:body.end()])):
        return ""
    return words[:body.end()]


#: tags of the words of a body that opens a clause (nouns, distinguishing words,
#: abbreviations: 省属企业, 城镇居民, 规上工业企业); a verb or a numeral in it makes it none
_BODY_TAGS = ("n", "b", "j")


def _taken_back(indicator: str, text: str, clause: tuple[int, int], vocab: FactVocab) -> str:
    """A short quantity word whose first noun takes back what the clause without figures
    right before puts in place, named there in full (开展涉企历史遗留问题攻坚行动，问题解决率 ->
    涉企历史遗留问题解决率; gold/facts/NOTES.md F32b): the quantity word with that clause's
    words up to the noun; nothing when the noun opens what is put in place (开展机收作业，
    机收率: 机收率 already) or is not written there."""
    if not indicator or len(indicator) > _TAKEN_BACK_MAX or not vocab.head.search(indicator):
        return ""
    put = _put_in_place(text[clause[0]:clause[1]], vocab)
    for k in range(len(indicator) - 1, 1, -1):
        at = put.find(indicator[:k])
        if at >= 2 and _CJK_ONLY.fullmatch(put[:at]):
            return put[:at] + indicator
        if at == 0:
            return ""
    return ""


def _set_up_owner(indicator: str, text: str, clause: tuple[int, int], vocab: FactVocab) -> str:
    """The body or works the clause without figures right before sets up (``set_up_verbs``
    and, at the end of what they set up, one of ``set_up_bodies``: 率先在全省成立企业续贷中心,
    挂牌成立…等特色产业园, 启动建设X工程), when the figure's own words leave their subject
    unwritten and open with a total of what was done (累计受理业务, 累计落户企业) or with those
    who benefit (受益人口): the body does it, FACTS.md's "a facility or programme that is the
    subject stays" (gold seed-000, dev-d61; gold/facts/NOTES.md F34c). Examples before 等 go
    (the set's noun stays, as F31c). Nothing for any other figure (新增公共停车位: the area's),
    nor when what is set up holds a number or is no body."""
    if not vocab.set_up_figure.match(indicator) or len(indicator) <= 2:
        return ""
    words = _clean(text[clause[0]:clause[1]]).rstrip(_SPACES + "，,；;。")
    verb = vocab.set_up.search(words)
    if verb is None:
        return ""
    body = words[verb.end():].strip("“”\"")
    body = body.rpartition("等")[2] if "等" in body else body
    body = body.replace("“", "").replace("”", "").replace('"', "")
    if not 3 <= len(body) <= _SET_UP_MAX or _ANY_DIGIT.search(body) \
            or not vocab.set_up_body.search(body) or indicator.startswith(body):
        return ""
    return body


def _goods_quantity(text: str, start: int, vocab: FactVocab) -> str:
    """The quantity word of goods sold (``goods_quantities``: 零售额, 销售额) a class of goods
    alone (饮料类, 烟酒类) takes: the last one written before it in its paragraph or the one
    before, not across a heading (六、国内贸易); FACTS.md: a breakdown item takes the
    quantity word of the figure it breaks down. Nothing when none is written there."""
    lines = text[max(0, start - _GOODS_BACK):start].split("\n")
    kept: list[str] = []
    for line in reversed(lines):
        if _TOP_HEADING.match(line.strip(_SPACES)) or len(kept) > 2:
            break
        kept.insert(0, line)
    found = list(vocab.goods_quantity.finditer("\n".join(kept)))
    return found[-1].group(0) if found else ""


def _sector_of(text: str, run: tuple[int, int], vocab: FactVocab) -> str:
    """The sector or area one of the clauses without figures in ``run`` opens with, after
    its lead words (全区农牧业稳步发展 -> 农牧业; 成渝地区双城经济圈建设走深走实 -> 成渝地区双城
    经济圈): what a quantity word alone in the next clause measures; nothing when none opens
    so (推进…, 就业形势…), when two do (轻工业…，新动能行业…: which one's is not said) or when
    the clause holds a number (工业硅期货成交量3.32万手: a figure not read as one)."""
    found = set()
    for clause in _CLAUSE_PUNCT.split(_clean(text[run[0]:run[1]])):
        words = _DATE_LEAD.sub("", clause.strip(_SPACES + "“”\"：:")).removeprefix("这个")
        while (lead := vocab.lead.match(words)) and 0 < lead.end() < len(words):
            words = words[lead.end():]  # 全区, 全年: no part of it
        sector = _SECTOR_OPENING.match(words)
        if sector is None or sector.end() == len(words) or _ANY_DIGIT.search(words) \
                or sector.group(0).endswith(vocab["non_sectors"]) \
                or vocab.series_verb.match(words) or vocab.effort.match(words):
            continue
        found.add(sector.group(0))
    return found.pop() if len(found) == 1 else ""


def _share_of_after(text: str, start: int, end: int, vocab: FactVocab) -> tuple[str, int]:
    """After a percentage that opens its clause, the people or things it is a share of and
    what they do (超80%监测对象稳定消除返贫风险, 67.5%的初中毕业生就读普通高中), up to the
    clause's end, and where they end; nothing (``("", -1)``) when a qualifier, a verb or
    punctuation follows (5%以上, 5%，)."""
    stop = _BOUNDARY.search(text, start, end)
    until = stop.start() if stop else end
    raw = _QUALIFIED_OF.sub("", _clean(text[start:until]), count=1)  # 95%以上的村集体…
    rest = raw[1:] if raw.startswith("的") else raw
    if len(rest) < 2 or not _CJK.match(rest) or vocab.right_stop.match(rest) \
            or rest.startswith(("比例", "比重", "水平", "目标")):
        return "", -1
    return rest, until


def _conjunct_share(left: str, text: str, value: Mention) -> bool:
    """Whether the words before a percentage are an item joined to it by a conjunction and
    the percentage is a share of the noun after it (所有设区城市和60%的县（市）建成“无废城市”):
    the share's indicator is what follows it, as with nothing before (F35b)."""
    return text.startswith("的", value.end) and _clean(left).endswith(("和", "及", "与"))


def _benefactor(state: _State, vocab: FactVocab) -> str:
    """What the last of the sentence's earlier clauses without figures that puts something in
    place puts there (_put_in_place), or "" (read where a verb of benefit asks, not for every
    clause: S51b)."""
    return next((put for opening in reversed(state.bare_openings)
                 if (put := _put_in_place(opening, vocab))), "")


def _put_in_place(opening: str, vocab: FactVocab) -> str:
    """What a clause without figures puts in place (深入实施金融惠企政策， -> 金融惠企政策):
    the benefactor of a later clause that opens with a verb of benefit (惠及, 撬动)."""
    opening = _clean(opening)
    while (lead := vocab.lead.match(opening)) and 0 < lead.end() < len(opening):
        opening = opening[lead.end():]  # 全年, 今年, 我们: no part of it
    found = vocab.put_in_place.match(opening)
    return found.group(1).strip("“”\"") if found else ""


def _clause_topic(text: str, sent_start: int, start: int, tokenizer: Any | None,
                  vocab: FactVocab) -> str:
    """The first word of the clause before ``start`` in its sentence: the subject a figure
    that opens with 对 (对GDP综合贡献率) is about; nothing without a tokenizer or clause.
    A clause of leading words alone (``leaders``: 其中，对实体经济发放的人民币贷款) has no
    subject: nothing."""
    before = text[sent_start:start].rstrip(_SPACES + "，,")
    if tokenizer is None or not before or _BOUNDARY.search(before[-1]):
        return ""
    for clause in _last_clauses(before, _TOPIC_CLAUSES):
        clause = clause.strip(_OPENING_STRIP)
        words = tokenizer.lcut(clause, HMM=False) if clause else []
        if all(word in vocab["leaders"] for word in words):
            return ""
        if words[0] in vocab.up or words[0] in vocab.down or words[0] in vocab.head_set:
            # 第一产业增加值37.7亿元，增长3.2%，对GDP增长的贡献率…; 服务业…，增加值跨上3万亿元，
            # 对经济增长贡献率…: a clause that opens with the figure before's verb or quantity
            # word says more of the same subject, written before it (F44d)
            continue
        # a sector the tagger cuts into words (战略性|新兴|产业) is one subject (F45j)
        sector = _SECTOR_OPENING.match(clause)
        first = sector.group(0) if sector and len(sector.group(0)) > len(words[0]) \
            and sector.group(0).startswith(words[0]) else words[0]
        return first if len(first) >= 2 and _CJK.match(first) else ""
    return ""


#: how many clauses before a figure that opens with 对 are read back for its subject (F44d)
_TOPIC_CLAUSES = 3


def _last_clauses(text: str, n: int) -> list[str]:
    """The last ``n`` clauses of ``text`` (split on _CLAUSE_OR_LINE's marks), the last
    first: ``_CLAUSE_OR_LINE.split(text)[:-n - 1:-1]``, read back from the end (a split of
    the whole is quadratic over the figures of a sentence of one long line; S47a)."""
    out: list[str] = []
    end = len(text)
    for i in range(end - 1, -1, -1):
        if text[i] in _CLAUSE_OR_LINE_MARKS:
            out.append(text[i + 1:end])
            if len(out) == n:
                return out
            end = i
    out.append(text[:end])
    return out


def _owner_after(text: str, start: int, end: int, indicator: str, vocab: FactVocab,
                 quantity: bool = True) -> str:
    """What an attribute written before its value belongs to, when the value qualifies it
    with 的 (规模500亿元的X基金签约落地 -> X基金): the words after 的 up to a verb
    (``right_ends_before_value``, ``right_ends``) or the clause's end; nothing when the
    indicator ends with no quantity word (asked only where ``quantity``: F47g's attribute
    words need none) or 的 does not follow."""
    if not text.startswith("的", start) or not indicator \
            or quantity and not vocab.head.search(indicator):
        return ""
    found = _OF_OWNER.match(text, start + 1, end)
    if not found:
        return ""
    noun = _clean(found.group(0))
    cut = [m.start() for m in (vocab.noun_end.search(noun, 2), vocab.right_end.search(noun, 2))
           if m]
    noun = noun[:min(cut)] if cut else noun
    return "" if len(noun) < 2 or noun.startswith(vocab["not_owners"]) else noun


def _attribute_of(text: str, before: str, end: int, following: int, vocab: FactVocab,
                  tokenizer: Any | None = None) -> str:
    """An attribute of a thing written before its value, the value qualifying the thing
    with 的 (``attribute_words``: 引进总投资20亿元的X项目, 占地500亩、总建筑面积4万平方米的X园):
    the thing and the attribute (X项目总投资, X园占地), without the verb acting on the thing
    (引进, 建成: the figure is the thing's, not the act's); nothing when 的 does not follow
    the list's last value, no attribute word ends ``before`` or no thing follows 的."""
    found = vocab.attribute_end.search(_LINK_TAIL.sub("", _clean(before)))
    if found is None:
        return ""
    for _ in range(_ATTRIBUTE_HOPS):  # 投资8亿元、占地300亩的X园: the list's 的 is this one's too
        hop = _NEXT_ATTRIBUTE.match(text, end)
        if hop is None or not vocab.attribute_end.search(_LINK_TAIL.sub("", _clean(hop.group(1)))):
            break
        end, following = hop.end(), len(text)  # the owner after 的 ends where its words do
    if not text.startswith("的", end):
        return ""
    owner = _owner_after(text, end, following, found.group(0), vocab, quantity=False)
    stop = _OWNER_STOP.search(owner, 2)  # X园目前已建成…, X园建设: the thing's words end
    owner = _thing_words(owner[:stop.start()] if stop else owner, tokenizer)
    return owner + found.group(0) if owner else ""


def _thing_words(words: str, tokenizer: Any | None) -> str:
    """The words that name a thing at the start of ``words``, read by the tagger: up to the
    first verb, adverb, preposition, particle, conjunction, time or pronoun after two
    characters (X绿道贯通…, X大桥的改造, X项目目前…: X绿道, X大桥, X项目)."""
    if tokenizer is None:
        return words
    tagged = tagged_words(tokenizer, load_word_tags(tokenizer), words)
    at = 0
    for k, (word, tag) in enumerate(tagged):
        last = k + 1 == len(tagged)
        if at >= 2 and (tag[:1] in "dpucrtf" or (tag in _THING_STOP_TAGS or last and tag == "vn")
                        and (last or tagged[k + 1][1][:1] in "vdpucrtfm")):
            # (a verb before a noun or an adjective is inside the name: 装备制造配套产业园)
            return words[:at]
        at += len(word)
    return words


def _reaches_people(value: Mention, vocab: FactVocab) -> bool:
    """Whether a figure counts the people an action reaches (人, 名, 人次)."""
    unit = value.unit or ""
    return unit in vocab.person_unit or unit.endswith("人次")


def _in_quotes(raw: str, at: int) -> bool:
    """Whether ``raw[at]`` stands inside a quoted name (“两不愁、三保障”): a 、 there joins
    the name's parts, no items or figures."""
    before = raw[:at]
    return before.count("“") > before.count("”")


def _right_noun(text: str, start: int, end: int, vocab: FactVocab,
                before_value: bool = False) -> tuple[str, int]:
    """The words right after a number up to the clause's end or the next number, when
    they name what is counted (``累计取消257项证明类材料`` -> ``证明类材料``), and where
    they end in ``text``; nothing when a punctuation mark, a qualifier (以上, 左右) or a
    verb (增长) follows."""
    raw = text[start:end]
    skip = _QUALIFIED.match(raw) or _CLASS.match(raw)  # 100个以上新型信息消费示范项目
    if skip:  # 30万吨级条帚门航道: the class of what is counted (级) is the value's too
        start += skip.end()
        raw = raw[skip.end():]
    lead = raw.lstrip(_SPACES + "“\"‘「『《")
    # 三个“1小时交通圈”: a quoted name is what is counted, digits first or not
    quoted = bool(_QUOTED_DIGIT.match(raw.lstrip(_SPACES)))
    if not lead or not (_NOUN_START.match(lead) or quoted) or vocab.right_stop.match(lead) \
            and not _MAGNITUDE_NOUN.match(lead):
        return "", start  # the usual case, decided without the work below
    stop = _BOUNDARY.search(raw)
    if stop:
        raw = raw[:stop.start()]
    where = [i for i, c in enumerate(raw) if c not in _STRIP_CHARS]
    kept = "".join(raw[i] for i in where)
    if not kept or not (_NOUN_START.match(kept) or quoted) or vocab.right_stop.match(kept) \
            and not _MAGNITUDE_NOUN.match(kept):
        return "", start
    cut = _right_cut(kept, raw, where, stop is None, vocab)
    if cut and cut.start() > 0 and vocab.selected.match(kept, cut.end()):
        # 5个县全部纳入国家试点, 七地（市）全部创建为…: the adverb goes, the predicate of
        # selection after it stays with what is counted (gold/facts/NOTES.md F31e, d27)
        kept, where = kept[:cut.start()] + kept[cut.end():], where[:cut.start()] + where[cut.end():]
        cut = _right_cut(kept, raw, where, stop is None, vocab)
    other = _places_also_selected(kept, vocab)
    if other:  # 11个市和两当、迭部县被命名为…: the places named besides are not counted
        kept, where = kept[:other[0]] + kept[other[1]:], where[:other[0]] + where[other[1]:]
        cut = _right_cut(kept, raw, where, stop is None, vocab)
    if cut:  # 、 ends the noun before another figure (1.8万户、189万平方米棚改任务) or
        # another example (12英寸生产线、X等项目), not inside one that runs to the clause's
        # end (800个智能工厂、数字化车间，…)
        kept = kept[:cut.start()]
    conj = _PAIR_CONJ.search(kept, 1) if stop is None and _NUMERAL_START.match(text, end) \
        else None
    if conj:  # 2070种进口商品和5年内…的5048种商品: a conjunction before the next figure's words
        kept = kept[:conj.start()]
    noun_end = 0
    # 456个小区完成临时用电治理、60万户居民…: an item that 、 closes before the next figure
    # holds no verb of that figure
    closed = cut is not None and cut.group(0) == "、" and cut.end() == len(
        "".join(raw[i] for i in where))
    if before_value and not closed:  # 3大中心累计引进项目68个: ends where the next verb starts
        verb = vocab.noun_end.search(kept, 1)
        if verb:
            kept = kept[:verb.start()]
    year = _YEAR.search(kept, 1)
    if year:  # 13个重点园区2025年营业收入突破…: a DATE starts what is said of the noun
        kept = kept[:year.start()]
    linker = _tail_word(kept, vocab) if before_value else None
    if linker and 0 < linker.start() < linker.end() and linker.group(0) in vocab.linker_set \
            and linker.group(0) not in vocab.threshold_link \
            and (vocab.head.search(kept[:linker.start()]) or len(linker.group(0)) >= 3):
        # 203个地表水国考断面水质优良率达100%: the next figure's linker (one word) is not
        # counted, and the noun still ends where it did; only after a quantity word or for a
        # linker of a merge (整合优化为), not inside the words of a clause (甚至, 已有, 升至)
        noun_end = start + where[len(kept) - 1] + 1
        kept = kept[:linker.start()]
    if not kept:
        return "", start
    ranked = _RANKED_COUNT.search(kept, 2)
    if ranked:  # 14种农产品产量居全国第1位: the rank selects what is counted, it stays
        kept, rank = kept[:ranked.start()], ranked.group(0)
    noun = vocab.drop.sub("", _PAREN.sub("", kept))  # 首次纳入医保报销: 纳入医保报销
    if ranked:
        noun += rank
    described = _DESCRIBED.match(noun)
    if described:  # 40个吸引力强、带动面广的消费场景: what is counted, not how it is described
        noun = noun[described.end():]
    noun = _ACHIEVED.sub("", noun)  # 8个排污口完成整治: 排污口整治 (FACTS.md: 完成 goes)
    noun = _FRAME_END.sub("", noun)  # 7种主要工业产品中，有3种…: the products
    return _TRAILING_JOIN.sub("", _CONDITION_END.sub("", noun)), \
        noun_end or start + where[len(kept) - 1] + 1


#: the last characters of a level of places (市, 县, 地（市）)
_PLACE_LEVELS = "地市州县区盟旗"
#: a figure's own count among the words after another count (3个县和5个区)
_COUNT_INSIDE = re.compile(r"[\d０-９]|[一二两三四五六七八九十]+个")
#: a count whose classifier is a level of places with another in brackets (七地（市）): the
#: counted noun is inside the value's span
_NOUN_IN_VALUE = re.compile(rf"[{_PLACE_LEVELS}]（[{_PLACE_LEVELS}]{{1,2}}）$")


def _places_also_selected(kept: str, vocab: FactVocab) -> tuple[int, int] | None:
    """Where places named besides the counted ones lie (市|和两当、迭部县|被命名为): a
    conjunction after a level of places up to a predicate of selection, the words before it
    ending in a level of places too; ``None`` elsewhere."""
    conj = _PAIR_CONJ.search(kept, 1)
    if conj is None or kept[conj.start() - 1] not in _PLACE_LEVELS:
        return None
    chosen = vocab.selected.search(kept, conj.end())
    if chosen is None or kept[chosen.start() - 1] not in _PLACE_LEVELS \
            or _COUNT_INSIDE.search(kept, conj.end(), chosen.start()):
        return None  # 3个县和5个区纳入…: another figure's count (两当 is a name)
    return conj.start(), chosen.start()


def _right_cut(kept: str, raw: str, where: Sequence[int], open_end: bool, vocab: FactVocab
               ) -> re.Match[str] | None:
    """Where the noun after a number ends (``right_ends``): 、 only before another figure or
    example, or at the clause's end (``open_end``), and never inside quotes."""
    return next((c for c in vocab.right_end.finditer(kept)
                 if c.group(0) != "、" or (open_end or _NUMERAL_START.match(kept, c.end())
                                           or "等" in kept[c.end():])
                 and not _in_quotes(raw, where[c.start()])), None)


def _set_maker(before: str, vocab: FactVocab) -> str:
    """What stays before the size of a set named by a number (两大增长极, 四件大事): a verb
    that makes the set right before its size (``making_verbs``: 建设五大区域疾控中心 ->
    建设), not its items nor a verb before them (培育A、B两大千亿产业集群: the seed's gold)
    nor the verbs acting on it (提升西安、榆林, 干好, 激活)."""
    made = vocab.making.fullmatch(_without_lead(_without_effort(_without_lead(before, vocab),
                                                                vocab), vocab).removesuffix("了"))
    return made.group(0) if made else ""


def _set_noun(noun: str) -> str:
    """The noun of a set named by its size, without the examples' 等 and what follows
    it (十大赛事、十大演艺等大型活动 -> 演艺): the set is what is counted."""
    examples = _EXAMPLES_BEFORE.search(noun, 1)
    return noun[:examples.start()] if examples else noun


def _granted(text: str, sent: Sentence, clause_start: int, value: Mention, scope: str,
             vocab: FactVocab, place: tuple[int, int] = (0, 1), tokenizer: Any | None = None
             ) -> tuple[str, str] | None:
    """The indicator and kind of an amount or rate a grant sentence awards (``grant_verbs``):
    who gets it (对X, up to the granting body or the clause's end), for a rate the base it
    is of (按照项目投资额30%的比例 -> 项目投资额的; a share), the words before a bound
    (单个企业最高) and what is awarded (the noun after 给予, or after the value:
    0.5%的发行费用支持): 对X省级按照投资额30%的比例给予一次性奖补，最高300万元 ->
    ``X投资额的一次性奖补`` 30%, ``X一次性奖补`` 300万元. None outside such sentences."""
    if value.label not in ("MONEY", "PERCENT"):
        return None
    # a grant is read near its value: a sentence thousands of characters long (a file
    # without full stops) costs no more per value than a short one
    lo, hi = max(sent.start, value.start - _GRANT_REACH), min(sent.end, value.end + _GRANT_REACH)
    verbs = list(vocab.grant_verb.finditer(text, lo, hi))
    awarded = vocab.award_before.match(_clean(text[clause_start:value.start])) \
        if value.label == "MONEY" else None
    if not verbs and not awarded:
        return None
    after = None if awarded else _AWARD_AFTER.match(text, value.end)
    award = awarded.group(1) if awarded else after.group(1) if after else ""
    verb_after = vocab.grant_verb.search(award)
    if verb_after:  # 30%的比例给予一次性奖补: what is awarded follows the verb
        award = award[verb_after.end():]
    if not awarded and (not award or award in vocab.not_award):
        near = [v for v in verbs if v.end() <= value.start] or verbs
        later = _AWARD_OF_VALUE.search(text, near[-1].end(), hi)
        found = later or _AWARD.match(text, near[-1].end())  # 给予其规模0.5%的发行费用支持
        award = found.group(1) if found else ""
        if award in vocab.not_award or not award:
            return None
    award = _AWARD_LEAD.sub("", award)
    if after and not award.startswith("一次性") and _ONE_OFF_BEFORE.search(
            text, max(lo, value.start - 8), value.start):
        award = "一次性" + award  # 给予一次性100万元的奖励: a one-off award (F51k)
    left = _clean(text[lo:value.start])
    # a grantee clause (F51a, F51d) starts no earlier than its line (not in a title above it)
    line_lo = max(lo, text.rfind("\n", lo, value.start) + 1)
    shift = len(left) - len(_clean(text[line_lo:value.start]))
    line, at_start = left[shift:], line_lo > lo or lo == sent.start
    who = ""
    opening = [m for m in _BENEFICIARY.finditer(left)] + \
        [m for m in _GRANTEE.finditer(left) if not m.group(1).startswith("按")] + \
        [_Shifted(m, shift) for m in _CONDITION.finditer(line) if at_start] + \
        [_Shifted(m, shift) for m in vocab.grantee_clause.finditer(line) if m.start() or at_start] + \
        [_Shifted(m, shift) for m in _GRANTEE_DESCRIBED.finditer(line) if m.start() or at_start] + \
        [m for m in vocab.supported.finditer(left) if not _EXAMPLES.search(m.group(1))]
    if opening:  # the grantee nearest the value
        nearest = max(opening, key=lambda m: m.start(1))
        if nearest.end(1) == len(left):  # 对营业收入超过10亿元的企业: a condition, no grant
            return None
        who = _GRANTEE_YEAR.sub("", _PAREN.sub("", vocab.beneficiary_scope.sub("", nearest.group(1))))
        action = _ACTION.search(who)
        if action:  # 支持工业企业开展X工作, 对企业实施X: X
            who = action.group(1)
        if place[1] > 1:  # 对3A、4A、5A级的企业…分别给予50万元、100万元、150万元
            items = _grantee_items(who, place[1], vocab, tokenizer)
            who = items[place[0]] if items else who
    if value.label == "PERCENT":
        clause = _clean(text[clause_start:value.start])
        base = _RATE_BASE.search(clause)
        given = [v for v in vocab.grant_verb.finditer(clause)]
        if base is None and not (after and given):
            return None
        of = _BASE_LEAD.sub("", base.group(1) if base else clause[given[-1].end():])
        of = of if not of or of.endswith("的") else of + "的"
        if who and of.startswith(who):
            who = ""
        return who + of + award, "share"
    if not awarded and not _BOUND.search(_clean(text[clause_start:value.start])) and not after and \
            not any(v.end() <= value.start and v.start() >= clause_start for v in verbs):
        return None
    # 给予每家20万元奖励: the base the sum is granted per stays, after the grantee as
    # written (X每家奖励; F40k), as a law's fine keeps its base (每株罚款)
    per = vocab.granted_base_end.search(_clean(text[max(lo, value.start - _FROM_REACH):value.start]))
    base = per.group(1) if per and per.group(1) not in who else ""
    return who + scope + base + award, "level"


#: a short item of a grantee list written alike with the next (省级、市级; 3A、4A): no verb,
#: no 的
_SHORT_ITEM = re.compile(r"[^的、]{2,3}")
#: what stands right before the first of two short items (认定的|省级, 等级在|3A)
_ITEM_LEAD = frozenset("的在为")


@dataclass(frozen=True)
class _Shifted:
    """A match on the tail of a string, read as one on the whole (offsets moved by ``shift``)."""
    match: re.Match[str]
    shift: int

    def start(self, group: int = 0) -> int:
        return self.match.start(group) + self.shift

    def end(self, group: int = 0) -> int:
        return self.match.end(group) + self.shift

    def group(self, group: int = 0) -> str:
        return self.match.group(group)


def _grantee_items(who: str, n: int, vocab: FactVocab, tokenizer: Any | None
                   ) -> list[str] | None:
    """The grantees of a 分别 list: ``评估等级在3A、4A、5A级的企业`` for 3 values -> each
    item with the words before the first and after the last (short items written alike;
    two such items end with the same character: 省级、市级), else as :func:`_list_items`
    composes them."""
    parts = [p for p in _ITEM_SPLIT.split(who) if p]
    if len(parts) != n:
        return None
    middle = parts[1:-1]
    if len(parts) == 2:  # 首次被认定的省级、市级X, 国家级、省级X: two short items alike (F51b)
        for ka, kb in itertools.product((2, 3), (2, 3)):
            a, b = parts[0][-ka:], parts[1][:kb]
            if len(parts[0]) > ka and len(parts[1]) > kb and a != b and a[-1] == b[-1] \
                    and parts[0][-ka - 1] in _ITEM_LEAD and _SHORT_ITEM.fullmatch(a) \
                    and _SHORT_ITEM.fullmatch(b):
                return [parts[0] + parts[1][kb:], parts[0][:-ka] + parts[1]]
    if middle and len({len(p) for p in middle}) == 1 and len(middle[0]) <= 4 \
            and len(parts[0]) > len(middle[0]) and len(parts[-1]) > len(middle[0]):
        k = len(middle[0])
        prefix, suffix = parts[0][:-k], parts[-1][k:]
        return [prefix + x + suffix for x in [parts[0][-k:], *middle, parts[-1][:k]]]
    return _list_items(who, n, vocab, tokenizer)


def _grant(text: str, start: int, end: int, scope: str) -> str:
    """What an amount with no words of its own grants: the clause of the last 给予 before
    it in the sentence, without the granting body (对X省级给予奖补，最高3000万元 -> X奖补;
    给予一次性奖补，单个企业最高300万元 -> 单个企业一次性奖补)."""
    found = [m for m in _GRANT.finditer(text, start, end)]
    if not found:
        return ""
    m = found[-1]
    clause_start = max(text.rfind(c, start, m.start()) for c in "，,；;。：:") + 1
    clause = _STRIP.sub("", text[max(clause_start, start):m.end()])
    clause = _PAREN.sub("", clause)
    granted = _GRANT_WORDS.sub("", clause)
    return (scope + granted) if scope and not granted.startswith(scope) else granted


def _without_examples(indicator: str, vocab: FactVocab, tokenizer: Any | None = None) -> str:
    """An indicator that names examples before what it counts keeps its selecting verb and
    what it counts: 新建及改造外环道路、旧城道路等城市主次干道 -> 新建及改造城市主次干道;
    without a selecting verb first, a list of examples (A、B等) goes when the words before
    it are short (新开发人工智能、养生保健等老年教育课程 -> 新开发老年教育课程)."""
    if "等" not in indicator:  # (_EXAMPLES_BEFORE's one literal: its lookbehind first lets
        return indicator       # re try it at every character; S47d)
    found = list(_EXAMPLES_BEFORE.finditer(indicator))
    if not found:
        return indicator
    found_verb = vocab.series_verb.match(indicator)
    if found_verb is None:  # 研究出台…等方面: no selecting verb first, nothing is cut
        return _without_listed_examples(indicator, found[-1], tokenizer)
    if "、" not in indicator[:found[-1].start()] \
            and found[-1].start() - found_verb.end() < _ONE_EXAMPLE:
        return indicator  # 建设广西人工智能学院等创新平台 -> 建设创新平台; 建设X等 too short
    verb = _VERB_RUN.match(indicator)
    lead = verb.group(0) if verb and vocab.series_verb.fullmatch(
        _VERB_JOIN.split(verb.group(0))[-1]) else found_verb.group(0)
    return lead + indicator[found[-1].end():]


def _without_listed_examples(indicator: str, examples_end: re.Match[str],
                             tokenizer: Any | None) -> str:
    """Cut a list of two or more examples (A、B等) from an indicator: the first example is
    taken as long as the last, its start put on a word's start (``tokenizer``); what stands
    before it stays when it is a short lead of ``_EXAMPLE_LEAD`` characters (a verb:
    新开发), else nothing is cut (研究出台…等方面)."""
    end = examples_end.start()
    first = indicator.find("、", 0, end)
    if first < 0:
        return indicator  # one example (生活污水等地下管网): it may define what is counted
    last = indicator.rfind("、", 0, end)
    start = first - (end - last - 1)
    if tokenizer is not None and start > 0:
        bounds = [0]
        for word in tokenizer.cut(indicator[:first], HMM=False):
            bounds.append(bounds[-1] + len(word))
        start = min(bounds, key=lambda b: (abs(b - start), b))
    if not _EXAMPLE_LEAD[0] <= start <= _EXAMPLE_LEAD[1]:
        return indicator
    rest = indicator[examples_end.end():]
    return indicator[:start] + rest if len(rest) >= 2 else indicator


def _verb_of_examples(before: str, vocab: FactVocab) -> str:
    """What stays of the words before a counted noun that list examples: the verb after
    the last 、 (成立…指挥部、出台20条举措 -> 出台), else the selecting verb before the
    examples (研究出台…等方面29项政策 -> 出台), else nothing (黄酒、火腿3个产业)."""
    last = before.rsplit("、", 1)[-1]
    if vocab.series_verb.fullmatch(last):
        return last
    if _EXAMPLES.search(before):
        found = vocab.series_verb.search(before)
        return found.group(0) if found else ""
    # 新增炳灵寺、官鹅沟、冶力关3家5A级景区: the names are examples, the verb that opens
    # them selects what is counted (新增5A级景区, the d76 gold)
    # (not a list of verbs: 新建和加密建设、改造提升24个X)
    found = vocab.series_verb.match(before)
    if not found or found.end() >= len(before.split("、", 1)[0]) \
            or vocab.list_verb.search(before, found.end()):
        return ""
    return found.group(0)


def _tail_word(words: str, vocab: FactVocab) -> re.Match[str] | None:
    """The verb of change, linker or comparison that ends ``words`` (``vocab.tail``); none
    when it is the end of a word of its own (``_PASSED``: 通过80多个监测点, 减按20%税率).
    A comparison with a named place's mean (高出绍兴平均: F45i) is one too. Remembered
    per vocabulary: a document asks of the same words ~2.5 times (S47b)."""
    memo = vocab.tail_memo
    if words in memo:
        return memo[words]
    found = _NAMED_MEAN.search(words, max(0, len(words) - _TAIL_CHARS)) \
        if words.endswith(_MEAN_ENDS) else None
    found = found or vocab.tail.search(words, max(0, len(words) - _TAIL_CHARS))
    found = None if found and words[found.start() - 1:found.end()] in _PASSED else found
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[words] = found
    return found


def _strip_tail_words(indicator: str, vocab: FactVocab) -> str:
    """An indicator before a counted noun keeps its verb (新建, 累计取消) but not a
    linking word (为, 达到)."""
    while indicator:
        found = _tail_word(indicator, vocab)
        if not found or found.start() == found.end() or found.group(0) not in vocab.linker_set:
            break
        indicator = indicator[:found.start()]
    return indicator


def _has_date(doc: _Doc, sent: Sentence, value: Mention) -> bool:
    i = bisect.bisect_left(doc.date_starts, sent.start)
    return i < len(doc.dates) and doc.dates[i].start < value.start


def _listed_before_set(text: str, count: Mention, end: int, listed: str, vocab: FactVocab
                       ) -> list[str]:
    """The items of a 、 list written before a set's size (``_NAMED_SET``: 四大, 三个) whose
    number they are, when 分别 follows the set's noun in the clause (A、B、C三大X产业增加值
    分别增长…): each item with the words between the size and 分别, for the values after it
    in order (FACTS.md lists: the item and the words the items share; gold dev-d32); the
    size itself stays a fact of its own. Nothing when the number of items is not the size,
    when no quantity word (``owned_quantities``, ``heads``) ends the words after the size, or
    when an item names a quantity of its own (造船完工量、新接订单量…三大指标)."""
    if not _NAMED_SET.fullmatch(_clean(count.text)) or "、" not in listed \
            or not count.value:
        return []
    items = _split_items(listed, int(count.value))
    shared = _SHARED_BEFORE_EACH.match(_clean(text[count.end:end]))
    if shared is None or len(items) != count.value \
            or not vocab.owned_end.search(shared.group(1)) \
            or any(vocab.owned_end.search(item) for item in items):
        # 完成量、订单量等三项指标分别占…: quantities of their own, no items of a set; 其中，
        # 甲、乙…三类船舶分别增长 (made up): no quantity named after the set (the figure
        # broken down names it)
        return []
    return [item + shared.group(1) for item in items]


#: the words after a set's size up to 分别 (三大重点产业增加值分别增长…)
_SHARED_BEFORE_EACH = re.compile(r"([^，,；;。、：:\d]{1,20}?)分别")


def _merge_turns(text: str, groups: list[list[Mention]], vocab: FactVocab
                 ) -> list[list[Mention]]:
    """One 分别 list whose values turn from up to down (分别增长A、B和下降C、D): the groups
    between which only a list mark and a verb stand are one list."""
    merged = [groups[0]]
    for group in groups[1:]:
        between = text[merged[-1][-1].end:group[0].start]
        turn = _TURN.fullmatch(between)
        if turn and turn.group(1) in vocab.up | vocab.down:
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def _list_groups(text: str, values: list[Mention]) -> list[list[Mention]]:
    """Values separated only by 、 和 及 form one list (``87 个、69 个、132 个``), a qualifier
    of the value before the mark too (``7%左右和8%左右``)."""
    groups: list[list[Mention]] = []
    for m in values:
        between = text[groups[-1][-1].end:m.start] if groups else ""
        qualified = _QUALIFIER_AFTER.match(between)  # 分别增长7%左右和8%左右: one list
        if groups and _LIST_SEP.match(between[qualified.end():] if qualified else between):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


@dataclass(slots=True)
class _Left:
    indicator: str
    verbs: list[str]
    subject: str | None
    share: bool = False
    topic: str = ""  # the words before 实现/完成 inside the indicator
    no_subject: bool = False  # the clause opens with 实现/完成 or 每: its subject is before
    scope: str = ""  # the words before a bound (单个企业 of 单个企业最高)
    extent: bool = False  # a law's extent measured from a line (管理范围为…外侧)


def _listed_places(text: str, start: int, group: Sequence[Mention],
                   others: Sequence[Mention], vocab: FactVocab) -> list[str] | None:
    """The places of a list written right before 分别 and a group of as many values (临泽县、
    高台县农业产值分别增长7%和6.5%; 温岭市、玉环市分别新建城市书房10家、8家): the i-th value
    is the i-th place's (FACTS.md place: the GPE that is the clause's subject; lists and 分别:
    each value its own item's), not every value the last place's. None unless the clause
    before the first value ends with a run of GPEs joined by a word of ``lists`` (、, 和, 及),
    as many as the values, and 分别 after it (F41g); the run is the one the last place ends
    (赣州市的南康区、章贡区分别…: 南康区, 章贡区)."""
    split = text.find("分别", start, group[0].start)
    if split < 0:
        return None
    gpes = [m for m in others if m.label == "GPE" and start <= m.start and m.end <= split]
    run = gpes[-1:]
    for m in reversed(gpes[:-1]):
        if text[m.end:run[0].start] not in vocab["lists"]:
            break  # 南昌市地区生产总值、九江市财政收入: places that make no list
        run.insert(0, m)
    if len(run) != len(group):
        return None
    return [_STRIP.sub("", m.text) for m in run]


def _subject_names(others: Sequence[Mention]) -> list[tuple[str, str]]:
    """The names of ``others`` that may lead the words before a value as its subject, with
    their labels, longest first: a company is no subject whose place the figure is for
    (延长石油|天然气产能倍增工程, 中国能建集团|…: the company stays in the indicator, the
    place is the document's). Built once a clause (_clause_facts), not once a value."""
    return sorted({_STRIP.sub("", m.text): m.label for m in others
                   if m.rule not in _COMPANY_RULES and not _COMPANY_END.search(m.text)}.items(),
                  key=lambda kv: -len(kv[0]))


def _parse_left(left: str, offset: int, others: Sequence[Mention], vocab: FactVocab,
                text: str, after_value: bool = False, national_class: bool = False,
                names: Sequence[tuple[str, str]] | None = None, counted: bool = False) -> _Left:
    """Cut the leading and trailing words off the text before a value; with
    ``national_class`` (a document of a place below the country) 全国 before a noun is
    no leader: it names a national class (全国重点实验室, 全国文明城市), not the area.
    ``names``: :func:`_subject_names` of ``others``, when the caller has it (a clause's)."""
    # the last item number: its line's words (one past the start only after a line break)
    items = list(_ITEM_NUMBER.finditer(left)) if "\n" in left else [
        m for m in (_ITEM_NUMBER.match(left),) if m]
    if items:
        left, offset = left[items[-1].end():], offset + items[-1].end()
    topic = _GLUED_TOPIC.match(left)  # 人口年末全县常住人口: the paragraph's topic goes (F43d)
    if topic and (offset == 0 or text[offset - 1] == "\n"):
        left, offset = left[topic.end():], offset + topic.end()
    if ">" in left:  # <p><strong>全市新开工项目: the words after the last tag (F36i)
        tags = list(_MARKUP.finditer(left))
        if tags:
            left, offset = left[tags[-1].end():], offset + tags[-1].end()
    # comparison bases around a DATE (比上年, 较2020年同期) go wholesale
    pieces: list[str] = []
    pos = 0
    subject = None
    compared_new = False
    for m in others:
        a, b = m.start - offset, m.end - offset
        if a < 0 or b > len(left):
            continue
        while a > 0 and left[a - 1] in _OPEN_QUOTES:
            a -= 1
        if m.label in ("DATE", "INITIATIVE") and a > 0 and left[a - 1] in _COMPARE_BEFORE:
            while b < len(left) and left[b] in _CLOSE_QUOTES:
                b += 1
            tail = _COMPARE_TAIL.match(left, b)
            pieces.append(left[pos:a - 1])
            pos = tail.end() if tail else b
            if left.startswith("新增", pos) and not left[pos + 2:].strip(_SPACES):
                # 比上年新增1500人: the change of the figure before, not a selecting 新增 (F44a)
                compared_new, pos = True, pos + 2
    pieces.append(left[pos:])
    s = _STRIP.sub("", "".join(pieces))
    # (an aside needs its bracket, a start its 从 or 由: most lefts hold neither, S44a)
    if _PAREN_MARKS.intersection(s):
        s = _PAREN.sub("", s)
    s = _STRAY.sub("", s)
    if "从" in s or "由" in s:
        s = _FROM_BEFORE.sub("", _FROM.sub("", s))
    s = vocab.drop.sub("", s)  # 在…的情况下, 全国第四, 五年: no words of the quantity  # （中心卫生院5所: the aside's own bracket goes
    # leading words, DATEs and subject names (no company's: _subject_names)
    names = _subject_names(others) if names is None else names
    s = _BREAKDOWN_LEAD.sub("", _ARTICLE.sub("", s))
    no_subject = bool(_NO_SUBJECT.match(s))
    changed = True
    places = False  # 广州、深圳地铁线网…: after a place and its list mark, the next place too
    while s and changed:
        changed = False
        if s[0] in _SERIES_MARKS or (after_value and s[0] in _LIST_MARKS):
            places = places and s[0] == "、"
            s = s[1:]
            changed = True
            continue
        annual = _ANNUAL.match(s)  # 年实际使用外资: the year is the period, not the quantity
        if annual:
            s = s[annual.end():]
            changed = True
            continue
        found = None if vocab.term.match(s) or national_class and s.startswith(_NATIONAL) \
            and _CJK.match(s, len(_NATIONAL)) else vocab.lead.match(s)  # 基本医疗保险 stays
        if found and found.end() > 0 and found.end() < len(s) + 1 \
                and not _RATE_OF_LEADER.fullmatch(s, found.end()):  # 完成率, 达标率: F40b
            s = s[found.end():]
            changed = True
            continue
        for name, label in names:
            if name and label == "DURATION" and s.startswith("前" + name):
                s = s[1:]  # 前10个月全国…: the months are the period, 前 with them
            if name and s.startswith(name):
                if vocab.facility.match(s, len(name)):  # 九江港: the facility is the subject
                    break
                if label == "DURATION" and _MODIFIER_AFTER.match(s, len(name)):
                    break  # 65岁以上老年人…服务率: an age that says whom the figure counts stays
                if label == "GPE" and not _ADMIN_END.search(name) and _CJK.match(s, len(name)) \
                        and not places and not _short_subject(s, len(name), vocab):
                    break  # the place word of a name (海拉尔东山机场, 绍兴黄酒) stays
                places = label == "GPE" and s.startswith("、", len(name))
                if label == "ORG" and vocab.scoped.match(s, len(name)):
                    break  # 自治区国资委监管企业利润: the body defines whose figure it is
                if label == "ORG" and after_value and not vocab.zone.search(name) \
                        and _CJK.match(s, len(name)):
                    break  # 、政协委员提案1584件: a later item owned by a body, no subject
                if label == "ORG" and after_value and counted and len(s) == len(name):
                    break  # 中心卫生院5所、普通卫生院12所: a kind of body counted, no subject
                    # (the count ends its clause: not 香港大学、香港中文大学2所香港地区高校)
                if label == "GPE" and _EXAMPLE_LIST.match(s, len(name)) \
                        or label == "ORG" and _ORG_EXAMPLE_LIST.match(s, len(name)):
                    pass  # 宜川、平利等5个县区, X示范中心、Y基地等30个项目: examples of what
                    # is counted, no subject (F35r)
                elif label == "GPE" or (label == "ORG" and not _OWN_BODY.match(name)
                                      and not s.startswith("等", len(name))
                                      and (not after_value or vocab.zone.search(name))):
                    # 、比亚迪新能源汽车动力电池: a company in a list of items, no subject
                    subject = name  # 瑞丰公司等4家公司: an example, no subject
                s = s[len(name):]
                if label == "DURATION" and s.startswith("内"):
                    s = s[1:]  # 三年内新增X: the span the work is done within, 内 with it
                s = _after_span(s, name, label, vocab)
                changed = True
                break
    # trailing verbs, linkers and comparisons
    verbs: list[str] = []
    to_level = False  # 提高到63%, 降至13.6%: the value is the level reached
    joined = False
    for m in others:  # 发放2017年义务兵优待金: a DATE inside names no part of it
        if m.label == "DATE" and len(m.text) > 2 and m.text in s[1:]:
            s = s[0] + s[1:].replace(_STRIP.sub("", m.text), "", 1)
        elif m.label == "DATE" and m.text in _YEAR_WORDS and m.text in s[1:-len(m.text)]:
            # 基金今年新增…规模: inside the words only (下达明年|600亿元…: at their end it
            # closes the verb's object, and the verb before it would be cut as a linker)
            s = s[0] + s[1:].replace(m.text, "", 1)
    extent = vocab.extent.search(s)
    if extent and extent.start() > 0:  # 管理范围为建筑物轮廓线外侧|五十米: where it is measured from goes
        s = s[:extent.end()]
    else:
        extent = None
    untailed = s
    per_unit = ""  # 标准从每人每月2375元: the base leads the indicator (每人每月…标准)
    while s:
        per = vocab.per_unit_end.search(s)
        if per and per.start() > 0 and not verbs \
                and vocab.tail.search(s, max(0, per.start() - _TAIL_CHARS), per.start()):
            # only after a linker or a verb (从, 超, 提高到): 受侵害的劳动者每人1000元 stays
            per_unit, s = per.group(0) + per_unit, s[:per.start()]
            continue
        if s[-1] in _LIST_MARKS and not s.endswith(_JI_WORDS) \
                or s[-1] == "的" and ("占" in s or s[-2:-1] in _TO):
            # 占…支出的73.6%; 提高到2025年的14万元: the DATE went, its 的 too; 惠及 keeps its 及
            s = s[:-1]
            continue
        found = _tail_word(s, vocab)
        if not found or found.start() == found.end():
            pace = vocab.pace_adverb.search(s) if verbs else None
            if pace:  # 利润同比大幅增长, 收入持续较快增长8%: every adverb of how it changed
                s = s[:pace.start()]  # goes, and the comparison before them too
                continue
            modal = vocab.modal_adverb.search(s) if s != untailed else None
            if modal and modal.start() > 0 and not _MODAL_WORD.search(s, 0, modal.start() + 1):
                s = s[:modal.start()]  # 森林覆盖率已经超过60%, 粮食总产量可达30万吨: the
                continue  # mood or time of the verb that went (not 行政许可达…: 许可 is a word)
            break
        word = found.group(0)
        if (word in _TO or word[-1:] in _TO and len(word) > 1) and not verbs:
            to_level = True  # 降至13.6%, 提高到90%: the level reached
            if word not in _TO:
                s = s[:found.start()]
                continue
        if word in vocab.up and vocab.work_end.search(s, 0, found.start()):
            break  # 林分优化提升200万亩, 整合提升1000个X: the work's name, no change
        if word == "并":
            joined = True  # 提高并稳定在70%: the level the second verb holds
        elif (word in vocab.up or word in vocab.down) and not joined:
            verbs.append(word)
        s = s[:found.start()]
    if per_unit and s:
        s = per_unit + s
    if compared_new and not verbs:
        verbs.append("新增")
    if s != untailed and vocab.total.fullmatch(s):
        s = ""  # ，累计达到1000亿元: a total before a linker alone names nothing (the figure before)
    inside = _INSIDE.search(s)
    topic = s[:inside.start()] if inside else ""
    if topic and _TOTAL_ONLY.fullmatch(vocab.total.sub("", topic)):
        # 累计完成X 196亿元，完成Y 745亿元: a total (五年累计) is no subject of the next clause
        topic = ""
    s = _INSIDE.sub("", s)
    scope = ""
    bound = _BOUND.search(s)
    if bound:  # 单个企业最高300万元: the scope stays for the grant, the bound goes
        scope, s = s[:bound.start()], ""
    if s.endswith("占"):  # 制造业外资占40.9%: a share of what the sentence names
        s = s[:-1]
        verbs.append("占")
    # 增速达到20%: a rate of growth reached is growth all the same (not 提高到63%, a level)
    kept = [v for v in verbs if v in vocab.growth_rate] if to_level else [v for v in verbs
                                                                      if v != "占"]
    return _Left(s, kept, subject, share="占" in verbs, topic=topic, no_subject=no_subject,
                 scope=scope, extent=extent is not None)


def _short_subject(s: str, at: int, vocab: FactVocab) -> bool:
    """Whether a place written short (no 县, 区, 市) before ``at`` is the subject of the
    figure, not the place word of a name: a leading word follows it (萍乡全年…) or a
    quantity only an area has (``area_totals``: 上虞地区生产总值 -> 地区生产总值; F43c)."""
    found = vocab.lead.match(s, at)
    return bool(found and found.end() > at) or vocab.area_total.match(s, at) is not None


def _split_items(indicator: str, n: int) -> list[str]:
    """The items of a list: at 、 and the conjunction before the last item (A、B和C), so a
    word holding 及 or 与 (普及率, 参与度) stays whole when that gives ``n`` items."""
    parts = [p for p in _ITEM_SPLIT.split(indicator) if p]
    if len(parts) == n or "、" not in indicator:
        return parts
    marked = [p for p in indicator.split("、") if p]
    if len(marked) == n - 1:
        last = list(_LAST_CONJ.finditer(marked[-1]))
        if last:
            cut = last[-1]
            marked[-1:] = [marked[-1][:cut.start()], marked[-1][cut.end():]]
    return marked if len(marked) == n and all(marked) else parts


def _list_items(indicator: str, n: int, vocab: FactVocab, tokenizer: Any | None
                ) -> list[str] | None:
    """``新开工、新投产、新引进亿元以上产业项目`` for 3 values -> each item with the shared
    words; ``None`` when the items are not written out (every value takes the whole).

    The last item holds its own words and the shared ones. The split is the one whose own
    part is nearest the other items' mean length among: as many words as the item before
    it has (新引进 | 亿元以上产业项目), before the quantity word of ``heads`` (工业机器人 |
    产量) and the word boundary nearest that length (农村 | 居民人均可支配收入); on a tie,
    the longer own part (地下水、近岸海域|水质达标比例), then in that order of preference:
    the quantity word, the word count, the boundary. Where the quantity word and the word
    count give the same split, it is taken (原煤、原油、天然气产量: 天然气 | 产量)."""
    lead = None if _PER_HEAD.match(indicator) else vocab.per_unit_lead.match(indicator)
    if lead and lead.end() < len(indicator):
        # 每人每月困难残疾人生活补贴、重度残疾人护理补贴标准: the base leads every item (每千人
        # 托位、养老床位数 is split whole, the base in the first item: _lead_shared)
        items = _list_items(indicator[lead.end():], n, vocab, tokenizer)
        return None if items is None else _lead_shared(
            [lead.group(0) + items[0]] + items[1:], lead)
    parts = _split_items(indicator, n)
    if len(parts) == 1:  # 城乡居民人均可支配收入分别增长4.9%、6.1%: 城镇…, 农村…
        word = next((w for w, items in vocab.compounds.items()
                     if w in indicator and len(items) == n), None)
        return [indicator.replace(word, x, 1) for x in vocab.compounds[word]] if word else None
    if len(parts) != n or n < 2:
        return None
    halves = _one_character_item(parts, vocab, tokenizer)
    if halves:
        return halves
    if vocab.head.fullmatch(parts[-1]) and all(vocab.head.search(p) for p in parts[:-1]):
        return parts  # 营业总收入、利润总额: each item a quantity word, no words shared
    ordinal = _ORDINAL.match(parts[0])
    if ordinal and all(_ORDINAL_REST.match(p) for p in parts[1:]):
        # 第二、三产业 -> 第二产业, 第三产业: ordinals share 第 and what follows the last
        shared = parts[-1][_ORDINAL_REST.match(parts[-1]).end():]  # type: ignore[union-attr]
        return ["第" + _ORDINAL_REST.match(p.lstrip("第")).group(0) + shared  # type: ignore
                for p in parts]
    *others, last = parts
    mean = sum(map(len, others)) / len(others)
    splits: list[int] = []
    head = vocab.head.search(last)
    if head:
        splits.append(head.start())
    agreed = None
    if tokenizer is not None:
        words = tokenizer.lcut(last, HMM=False)
        k = len(tokenizer.lcut(others[-1], HMM=False))
        splits.append(len("".join(words[:k])))
        if head and splits[0] == splits[-1]:
            agreed = splits[0]  # 原煤、原油、天然气|产量: the words and the quantity word agree
        # word ends, and the ends of the shorter words the first word starts with (农村 of 农村居民)
        starts = {0}
        for w in words:
            starts.add(max(starts) + len(w))
        bounds = starts | {e for _, a, e in tokenizer.tokenize(last, mode="search", HMM=False)
                           if a == 0}
        splits.append(min(sorted(bounds), key=lambda i: (abs(i - mean), -i)))
    else:
        splits.append(min(len(others[-1]), len(last)))
    splits = [i for i in splits if 0 < i < len(last)]
    if not splits:
        return parts
    own = min(splits, key=lambda i: (abs(i - mean), -i))  # of equals, the longer own part
    if agreed is not None and 0 < agreed < len(last):
        own = agreed  # not a shorter word inside the item (天然|气产量) nearer the mean length
    owner = vocab.list_owner.search(last, own, head.start() if head else len(last))
    if owner and owner.start() > own:
        own = owner.start()  # 城镇和农村牧区|常住居民人均可支配收入: whom the quantity is of
        # begins the shared words, whatever the items' lengths (F41k)
    if tokenizer is not None and head and others[-1].endswith("业"):
        # 工业和高新技术产业|投资: items that are sectors each end at their 业 (F41k)
        ends = [e for e in itertools.accumulate(map(len, tokenizer.lcut(last[:head.start()],
                                                                       HMM=False)))
                if e > own and last[e - 1] == "业"]
        own = ends[-1] if ends else own
    if head and head.start() < own < head.end():
        own = head.start()  # never inside the quantity word (涉毒|警情, where jieba cuts 警|情)
    if head and head.start() > 0 and any(last[:head.start()] != o and (
            last.startswith(o) or last[:head.start()].endswith(o)) for o in others):
        own = head.start()  # 工业、制造业、工业技改投资: 工业技改 narrows 工业, whole to 投资
    if tokenizer is not None and len(last) - own == 1:
        # a one-character quantity word after items of one kind (ending alike) takes the
        # word before it: 基本养老保险、医疗保险|参保率, not 医疗保险参保|率; not 每千人托位、
        # 养老床位数 (whole items), not 出口、进口额 (the word is the item)
        word = tokenizer.lcut(last[:own], HMM=False)[-1]
        if own - len(word) > 0 and last[own - len(word) - 1] == others[-1][-1]:
            own -= len(word)
    doubled = next((k for k in range(len(last) - own, 1, -1)
                    if all(o.endswith(last[own:own + k]) for o in others)), 0)
    if doubled and own + doubled == len(last):
        return parts  # 货物运输、旅客运输: whole items that end alike (not 货物运输运输)
    if doubled and (head is None or own + doubled <= head.start()):
        own += doubled  # 先进装备产业、绿色低碳核心产业|营业收入: the word the first item ends
        # with is the item's own, not shared (not 先进装备产业产业营业收入)
    kind = vocab.kind_noun.search(last[:own])
    if kind and kind.start() > 0 and not any(vocab.kind_noun.search(p) for p in others):
        own = kind.start()  # 基本养老、失业、工伤|保险参保人数: kinds of what the noun names
    shared = last[own:]
    first = others[0]
    if shared in vocab.count_word and all(vocab.counted_head.search(p) for p in others):
        # 刑事案件、治安案件、命案数: the count written once after the last of things counted
        # (``counted_heads``) is every item's (刑事案件数)
        return [p + shared for p in others] + [last]
    if vocab.head.search(first) or len(shared) < 2 <= len(first) and shared != "数":
        # 全域旅游人数、旅游综合收入; 接待游客、旅游总花费: each item is whole
        return _owner_shared(parts, vocab, tokenizer)
    prefix = first[:len(first) - own] if n == 2 and len(first) >= own + 3 else ""
    if prefix and tokenizer is not None:  # whole words: 规上|高技术制造业, not 规上高|技术
        ends = list(itertools.accumulate(map(len, tokenizer.lcut(first, HMM=False))))
        prefix = prefix[:max((e for e in ends if e <= len(prefix)), default=0)]
    scope = _SCOPE_LEAD.match(first)
    if scope and len(prefix) < scope.end():
        prefix = ""  # 规模以上工业和建筑业: the scope whole (_lead_shared), not 规模|以上
    # 国际航空旅客和货邮吞吐量 -> 国际航空旅客吞吐量, 国际航空货邮吞吐量
    items = [first + shared] + [prefix + p + shared for p in others[1:]] + [prefix + last]
    # 限额以上通讯器材、家用电器零售额 -> 限额以上家用电器零售额; 每千人托位、养老床位数
    return _lead_shared(items, _PER_HEAD.match(first) or _SCOPE_LEAD.match(first))


def _owned_items(indicator: str, n: int, vocab: FactVocab, tokenizer: Any | None
                 ) -> list[str] | None:
    """The items of a list that opens with a facility named with its place (九江港煤炭、
    铁矿石、集装箱吞吐量): the facility owns every item (FACTS.md lists: the words the items
    share; 九江港铁矿石吞吐量), and the items are split without it, so its length does not
    lengthen the first item's own words."""
    partner = _PARTNER_WITH.match(indicator)
    if partner:
        return _partner_items(indicator[partner.end():], n, vocab, tokenizer)
    owner = vocab.facility_subject.match(indicator) if n > 2 else None
    if owner is None:  # (two items: _list_items' shared prefix, 国际航空旅客和货邮吞吐量)
        return _list_items(indicator, n, vocab, tokenizer)
    items = _list_items(indicator[owner.end():], n, vocab, tokenizer)
    return None if items is None else [owner.group(0) + x for x in items]


def _partner_items(rest: str, n: int, vocab: FactVocab, tokenizer: Any | None
                   ) -> list[str] | None:
    """The items of a list after the 与 of a partner (F38f): the partner is every item's, with
    its 与, as a 对 before a list is (FACTS.md lists: the words the items share; 与其他RCEP国家
    货物贸易、对外投资和实际利用外资分别占比 -> 与其他RCEP国家对外投资占比). The partner ends the
    first item's words before its dealing (``partner_ends``, then ``partner_dealings`` after
    it); an item that names its own partner (与东盟、欧盟贸易额: 欧盟贸易额) and every item after
    a first that names none takes 与 alone. Without a dealing in any item the 与 is no
    partner's (与会代表): the items as they were split."""
    items = _owned_items(rest, n, vocab, tokenizer)
    if items is None or not any(vocab.partner_dealing.search(x) for x in items):
        return items
    partner = _partner_of(items[0], vocab)
    if not partner:
        return ["与" + x for x in items]
    return ["与" + items[0]] + ["与" + (x if _partner_of(x, vocab) else partner + x)
                                for x in items[1:]]


def _partner_of(item: str, vocab: FactVocab) -> str:
    """The partner an item of ``_partner_items`` names before its dealing (其他RCEP国家 of
    其他RCEP国家货物贸易; 欧盟 of 欧盟贸易额), or nothing (对外投资, 服务贸易)."""
    dealing = vocab.partner_dealing.search(item)
    ends = [m.end() for m in vocab.partner_end.finditer(item, 0, dealing.start())] \
        if dealing else []
    return item[:ends[-1]] if ends else ""


def _lead_shared(items: list[str], lead: re.Match[str] | None) -> list[str]:
    """The items of a list, the later ones led by what ``lead`` found the first opens with."""
    if lead is None:
        return items
    return [items[0]] + [x if x.startswith(lead.group(0)) else lead.group(0) + x
                         for x in items[1:]]


def _subject_of_alike(first: str, rest: list[str], tokenizer: Any | None) -> str:
    """The subject of a list's first item whose later items end in its own last character,
    a one-character quantity word (数, 额, 量): the first without as many characters as the
    later item has, cut at a word's end (电信网络诈骗案件受理数、案损数 -> 电信网络诈骗案件;
    货物进口额、出口额 -> 货物; not 森林覆|盖率, a cut inside a word)."""
    if tokenizer is None or len(rest) != 1 or len(rest[0]) >= len(first) \
            or rest[0][-1] != first[-1] or first[-1] not in _ONE_CHARACTER_QUANTITY:
        return ""
    cut = len(first) - len(rest[0])
    ends = set(itertools.accumulate(map(len, tokenizer.lcut(first, HMM=False))))
    return first[:cut] if cut in ends else ""


def _owner_shared(parts: list[str], vocab: FactVocab, tokenizer: Any | None = None
                  ) -> list[str]:
    """The whole items of a list, each its own quantity, where the later ones are a bare
    quantity word (``_BARE_QUANTITY`` characters at most, no character of the first's
    subject) after a first item that counts its subject (``_COUNT_HEAD``): they measure
    the same subject (FACTS.md lists: the words the items share; 生产安全事故起数、死亡人数
    -> 生产安全事故死亡人数; 国内游客人次、总花费 -> 国内游客总花费; not 基础设施投资、工业
    投资), and a per-head base the first opens with is shared too (每千人床位数、执业医师数
    -> 每千人执业医师数), and so is the subject before a base every item writes (规上工业亩均
    增加值、亩均税收 -> 规上工业亩均税收)."""
    first, rest = parts[0], parts[1:]
    if per := _PER_HEAD.match(first):
        return _lead_shared(parts, per)
    base = _PER_BASE.match(rest[0]) if rest else None
    at = first.find(base.group(0)) if base else -1
    if base and at >= 2 and all(x.startswith(base.group(0)) for x in rest):
        # 规上工业亩均增加值、亩均税收 -> 规上工业亩均税收: the subject before the base the
        # items share is theirs too
        return [first] + [first[:at] + x for x in rest]
    count = _COUNT_HEAD.search(first)
    subject = first[:count.start()] if count else _subject_of_alike(first, rest, tokenizer)
    # (items that end alike may share a character with the subject: 案件受理数、案损数)
    # a first item that counts its subject (事故起数) allows a longer later quantity
    # (生产安全事故起数、死亡人数、受伤人数、直接经济损失: 生产安全事故直接经济损失, d76)
    bare = _BARE_QUANTITY + 2 if count else _BARE_QUANTITY
    if len(subject) < 2 or not all(len(x) <= bare and vocab.head.search(x)
                                    and not (count and set(x) & set(subject)) for x in rest):
        return parts
    return [first] + [subject + x for x in rest]


def _shared_verb(items: list[str], vocab: FactVocab) -> list[str]:
    """The items of a list whose first item opens with a selecting verb (``series_verbs``)
    or the 对 of a partner and the others with none: they share it (争取中央预算内投资、
    超长期特别国债分别增长… -> 争取超长期特别国债; 对东盟、中亚进出口 -> 对中亚进出口)."""
    partner = _PARTNER_LEAD.match(items[0])
    if partner:  # 对中亚五国、东盟: the words of the first partner are not the second's
        items = [items[0]] + [item[len(os.path.commonprefix([items[0], item])):]
                              for item in items[1:]]
    verb = vocab.series_verb.match(items[0]) or partner
    if verb is None or verb.end() == len(items[0]) \
            or any(vocab.series_verb.match(item) or vocab.list_verb.match(item)
                   for item in items[1:]):
        return items
    return [items[0]] + [verb.group(0) + item for item in items[1:]]


def _one_character_item(parts: list[str], vocab: FactVocab, tokenizer: Any | None
                        ) -> list[str] | None:
    """Two items of which the first is written with one character of a word the second
    item's own part ends alike (金融机构本外币存、贷款余额 -> 存款余额, 贷款余额; 进、出口总额):
    the word is in jieba's dictionary, the words before that character are shared, and
    that character is a word of its own there (not the 通 of 交通、水利投资)."""
    if len(parts) != 2 or tokenizer is None:
        return None
    first, last = parts
    head = vocab.head.search(last)
    own = last[:head.start()] if head else ""
    word = first[-1] + own[-1:]
    if len(own) != 2 or not _CJK.match(first[-1]) or word == own \
            or not tokenizer.FREQ.get(word) or len(tokenizer.lcut(first, HMM=False)[-1]) > 1:
        return None  # 交通、水利投资: 交通 is a word, not 交 of 交利
    return [first + own[-1] + last[head.start():], first[:-1] + last]  # type: ignore[union-attr]


def _natural_rate(text: str, value: Mention) -> bool:
    """Whether ``value`` is a rate in ‰ right after 自然增长 (人口自然增长3.1‰): the natural
    growth rate named without its 率 (FACTS.md kind: a rate named by its own word is a level;
    a change in % or 倍 is a growth, one in ‰ after 自然增长 is no change of the 人口 before)."""
    return value.text.endswith("‰") and \
        text[max(0, value.start - 8):value.start].rstrip(_SPACES + "为达").endswith("自然增长")


def _kind(value: Mention, parsed: _Left, vocab: FactVocab) -> tuple[str, str | None]:
    verb = parsed.verbs[0] if parsed.verbs else None
    direction = None
    if verb is not None:
        direction = "down" if verb in vocab.down else "up"
    unit = value.unit or ""
    is_share = parsed.share or (bool(vocab.share.search(parsed.indicator))
                                and not vocab.rate.search(parsed.indicator))
    if _in_points(value, vocab):
        return "change", direction or "up"
    if direction is not None:
        if unit in _GROWTH_UNITS or value.label == "PERCENT":
            return "growth", direction
        return "change", direction
    if is_share:
        return "share", None
    return "level", None


def _counterpart(indicator: str, kind: str, unit: str | None, state: _State,
                 vocab: FactVocab) -> str:
    """The quantity of a figure before in the sentence for the owner that stands in its
    owner's place (城镇居民人均可支配收入35512元，增长7%；农村居民25689元 -> 农村居民人均可支配
    收入; FACTS.md lists: the words the items share): ``indicator`` names no quantity
    (``heads``), its last two characters end the owner of an earlier figure of the same kind
    and unit, after other words (城镇|居民), and a quantity word ends the words after them
    there. Not a 其中 item (外出农民工: people named by their noun) nor a count."""
    if not 2 < len(indicator) <= 6 or vocab.head.search(indicator) \
            or state.last_sentence != state.sentence:
        return ""
    end = indicator[-2:]
    before = _same_measure_before(kind, unit, state)
    if before is None:
        return ""
    at = before.indicator.find(end, 1, len(indicator) + 1)
    rest = before.indicator[at + 2:] if at > 0 else ""
    head = vocab.head.search(rest) if rest else None
    if head and head.end() == len(rest) and before.indicator[:at] != indicator[:-2] \
            and _CJK.match(end) and _CJK.match(end, 1):
        return indicator + rest
    return ""


def _same_measure_before(kind: str, unit: str | None, state: _State) -> _Parent | None:
    """The last of the paragraph's last four figures of this kind and unit, if any."""
    return next((before for before in reversed(state.parents[-4:])
                 if before.kind == kind and before.unit == unit), None)


#: the most characters of an owner written alone in the place of another (_other_owner)
_OTHER_OWNER_MAX = 4


def _other_owner(indicator: str, kind: str, unit: str | None, state: _State,
                 vocab: FactVocab) -> str:
    """A level whose words are another owner alone, in the place of the short owner of a
    level before it in the sentence of the same unit and a quantity word it owns
    (``owned_quantities``): the owner's quantity (油菜播种面积300公顷，产量900吨；花生120公顷
    -> 花生播种面积; FACTS.md lists: the words the items share; F48a). Nothing for a growth
    (it takes the level's indicator), for words that name a quantity or open with a verb,
    nor when the owner before is long (规模以上工业企业营业收入: a scope, not an owner)."""
    if kind != "level" or len(indicator) > _OTHER_OWNER_MAX or vocab.head.search(indicator) \
            or not _CJK_ONLY.fullmatch(indicator) or vocab.series_verb.match(indicator) \
            or state.last_sentence != state.sentence:
        return ""
    before = _same_measure_before(kind, unit, state)
    if before is None or before.indicator not in state.recent:
        return ""
    found = vocab.owned_tail.search(before.indicator)
    owner = before.indicator[:found.start()] if found else ""
    return indicator + found.group(0) if found and 2 <= len(owner) <= _OTHER_OWNER_MAX \
        and _CJK_ONLY.fullmatch(owner) and owner != indicator else ""


#: what is carried, written right before a transport quantity word, is part of it (货物 and
#: 旅客 周转量 are two quantities): a 其中 item by mode takes it (铁路货物周转量, F48d)
_CARRIED = re.compile(r"(?:货物|旅客|货邮|集装箱)(?=周转量|吞吐量)")


#: the sector an owned quantity written as one word opens with (工业总产值): a later quantity
#: of the same owner is the sector's too (F44c)
_SECTOR_OWNED = re.compile(r"工业(?=总产值$)")


def _sum_owner(recent: Sequence[str], vocab: FactVocab) -> str:
    """What a bare sum word (``generic_nouns``: 投资, 资金) after figures of the sentence is
    of: the indicator right before it, unless that names a sum of its own (重点项目50个，
    总投资178亿元，完成投资4亿元: not 重点项目总投资投资); then the nearest one before it
    that names none (重点项目), or the words before the first sum word (F47f)."""
    bare = next((what for what in reversed(recent) if not vocab.generic_word.search(what)), None)
    if bare is not None:
        return bare
    found = vocab.generic_word.search(recent[-1])
    return recent[-1][:found.start()] if found and found.start() >= 2 else ""


def _complete(indicator: str, kind: str, unit: str | None, state: _State,
              vocab: FactVocab, label: str | None = None) -> str:
    """Fill an indicator from the figure before it: nothing left (``比上年增长4.7%``:
    when the figure before measures the same thing: a rate or change of it, or the same
    unit), a share of the subject (``占总人口的比重``), a 其中 item (``国有控股企业``), a
    bare ``投资`` after what is invested in."""
    parent = _breakdown_parent(state, kind, unit, label)
    last = state.last
    if not indicator:
        if last is None or state.last_sentence != state.sentence \
                and not _carries_on(_clean(state.text[slice(*state.said)]), last.indicator):
            return ""
        same = (kind != "level" or unit == last.unit or last.unit is None or last.kind != "level"
                and unit in _GROWTH_UNITS)
        return last.indicator if same else ""
    what, _, tail = indicator.rpartition("、")
    if what and tail in vocab.generic:  # 实施城市更新行动、完成投资220亿元: 城市更新行动投资
        verb = vocab.framing.match(what)
        return (what[verb.end():] if verb and verb.end() < len(what) else what) + tail
    if indicator in vocab.generic and state.recent and state.recent[-1] != indicator and (
            indicator not in vocab.length_total or vocab.series_verb.match(state.recent[-1])):
        what = _sum_owner(state.recent, vocab)  # 实施重点项目47个，投资46.9亿元: 重点项目投资
        verb = vocab.framing.match(what) or (
            vocab.series_verb.match(what) if indicator in vocab.stock_total else None)
        return (what[verb.end():] if verb and verb.end() < len(what) else what) + indicator
    if indicator in vocab.owned and state.recent:
        # 粮食播种面积1584.6万亩、总产量132.4亿斤: the subject of the figure before
        found = None if _OUTPUT_TOTAL.search(state.recent[-1]) \
            else vocab.owned_end.search(state.recent[-1])
        body = vocab.owning_body.search(state.recent[-1])
        if found and body and body.span() == found.span():
            found = None  # 引进共建项目33个，引资额…: the projects counted own it (not 引进共建)
        if found and 0 < found.start() and found.group(0) != indicator \
                and indicator not in state.recent[-1][:found.start()] \
                and not indicator.endswith(found.group(0)) \
                and not (_names_sector(indicator, vocab)  # not 进出口总额…出口
                         and not vocab.series_owner.search(state.recent[-1], 0, found.start())):
            # (nor an item that names its own owner before the same quantity word: 农业
            # 总产值…，工业总产值 -> 工业总产值, not 农业工业总产值; F45k; nor before another
            # one: 固定资产投资…；实现工业总产值 -> 工业总产值, not 固定资产工业总产值, F46h;
            # a body still owns it: 省属企业资产总额…，工业总产值… -> 省属企业工业总产值)
            # 规模以上工业总产值…，增加值增长23.3%: the sector a whole word opens with
            # (``_SECTOR_OWNED``) is the later quantity's too (规模以上工业增加值; F44c)
            sector = _SECTOR_OWNED.match(found.group(0))
            return state.recent[-1][:found.start()] + (
                sector.group(0) if sector and not indicator.startswith(sector.group(0)) else ""
            ) + indicator
        if not found and last is not None and _owned_by_counted(indicator, state, vocab):
            # 规模以上工业企业达7.6万家、增加值增长3%: the quantity of the bodies counted
            # (``owning_bodies``); a verb that selects them stays (引进项目30个，合同额… ->
            # 引进项目合同额: FACTS.md selecting verbs; gold/facts/NOTES.md), a framing one goes
            verb = vocab.framing.match(last.indicator)
            return (last.indicator[verb.end():] if verb and verb.end() < len(last.indicator)
                    else last.indicator) + indicator
    shared = _shared_head(indicator, state.recent[-1] if state.recent else "", vocab)
    if shared:  # 重大项目完成投资1.5万亿元，投资完成率125.5%: 重大项目投资完成率
        return shared + indicator
    if indicator.startswith("占") and state.last is not None:
        return _strip_share_parent(state.last.indicator) + indicator
    twin = (_counterpart(indicator, kind, unit, state, vocab)
            or _other_owner(indicator, kind, unit, state, vocab)) if parent is None \
        and label != "COUNT" else ""
    if twin:  # 城镇居民人均可支配收入35512元…；农村居民25689元
        return twin
    over = _OVER_ITEM.fullmatch(indicator)
    if parent is not None and over and _OVER_ITEM.search(parent.indicator):
        # 营业收入超亿元的工业企业58户，其中超10亿元的6户: 营业收入超10亿元的工业企业
        return _OVER_ITEM.sub(indicator, parent.indicator, count=1)
    bound = _over_bound_item(indicator, parent.indicator) if parent is not None else ""
    if bound:
        return bound
    if parent is not None and indicator.endswith("本级"):  # 其中，市本级1.07亿元
        return indicator + parent.indicator
    leveled = _level_item(indicator, parent, kind, unit, vocab) if parent is not None else ""
    if leveled:  # 龙头企业42家，其中国家级2家: 国家级龙头企业 (F41d)
        return leveled
    if parent is not None and kind == "level" and _THRESHOLD_ONLY.search(indicator):
        return _threshold_item(indicator, parent, vocab)
    if parent is not None and kind != "share" and not vocab.share.search(indicator) \
            and not vocab.head.search(indicator) and parent.indicator not in indicator \
            and (label != "COUNT" or unit == parent.unit) \
            and not _no_part_of(parent, kind, state, vocab):  # not 项目42个…上市企业3家
        # (nor an item that names the figure itself: 从结构看，工业品对社会物流总额增长的贡献)
        head = vocab.head.search(parent.indicator)
        if head and not (head.group(0) == "总量" and unit in vocab.person_unit
                         and _PERSON_END.search(indicator)):
            # not 农民工总量…，其中，外出农民工: people named by their noun are no total
            carried = _CARRIED.search(parent.indicator)
            return indicator + (carried.group(0) if carried and carried.end() == head.start()
                                else "") + head.group(0)
    counted = _counted_item(indicator, parent, kind, unit, label, vocab) \
        if parent is not None else ""
    if counted:
        return counted
    if parent is not None and kind == "level" and vocab.series_verb.fullmatch(indicator):
        # 建设城际铁路500公里，其中建成100公里: what the item's verb selects is the parent's
        verb = vocab.series_verb.match(parent.indicator)
        noun = parent.indicator[verb.end():] if verb else parent.indicator
        if noun:
            return indicator + noun
    item = _item_of(indicator, parent, kind, unit, label, vocab) \
        if parent is not None and state.opens_breakdown else ""
    if item:
        return item
    verb = vocab.series_verb.match(parent.indicator) if parent is not None else None
    if kind == "level" and verb and not vocab.series_verb.match(indicator) and not (
            label in _THRESHOLD_LABELS and vocab.head.search(indicator)) and not (
            unit in _GROWTH_UNITS and parent is not None
            and (parent.kind != "level" or parent.unit not in _GROWTH_UNITS)):
        # 净增经营主体242.8万户，其中企业57.5万户: 净增企业; 引进项目47个，其中亿元以上项目14个;
        # not an amount whose item names its own quantity (新建农村公路2500公里，其中县道
        # 提档升级建设里程600公里); nor a rate in % under a count or a growth (新增市场主体
        # 1947户，增长12.6%。规模工业中，…对规模以上工业贡献率为58.3%: F45j)
        return verb.group(0) + indicator
    return indicator


def _no_part_of(parent: _Parent, kind: str, state: _State, vocab: FactVocab) -> bool:
    """Whether a figure after a 其中 is no part of the one broken down, so takes none of its
    quantity word (gold/facts/NOTES.md F42n): a level beside a growth (一般公共预算收入增长
    15%，其中税收收入增长16%，税比72%: a rate of its own, not a part of the growth), or a
    figure after a semicolon that follows a figure of another quantity word (一般公共预算总收入
    9亿元，其中地方收入6亿元；出口总值40亿元；实际利用外资1亿元: the list went on past the
    breakdown)."""
    if parent.kind == "growth" and kind == "level":
        return True
    last = state.last
    if last is None or last is parent or last.kind != "level" \
            or _char_before(state.text, state.said[1]) not in ("；", ";"):
        return False
    own, whole = vocab.head.search(last.indicator), vocab.head.search(parent.indicator)
    return own is not None and whole is not None and own.group(0) != whole.group(0)


def _char_before(text: str, end: int) -> str:
    """The last character before ``end`` that is no space ('' if none): read backwards, so a
    figure of a long text costs no copy of the text before it (a 3 MB single line)."""
    i = end
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    return text[i - 1] if i > 0 else ""


#: the last character of a noun that names people (学生, 人员, 人口, 农民工, 教师, 儿童…):
#: a 其中 item of a count of people ending with one names its own noun
_PERSON_END = re.compile(r"[人员生者工民师口才童兵士属户]$")
_BARE_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _counted_item(indicator: str, parent: _Parent, kind: str, unit: str | None,
                  label: str | None, vocab: FactVocab) -> str:
    """A 其中 item of a count that names only a part of what the parent counts takes the
    parent's noun (FACTS.md: a breakdown item takes the quantity word of what it breaks
    down): a selecting verb before the last word of the parent's noun (共推进亿元以上产业项目
    48个，其中新开工项目15个 -> 新开工亿元以上产业项目), or, in a count of people, a part
    that names no people (在校学生…，其中高中16565人 -> 高中在校学生; not 其中城镇人口,
    其中企业, 其中高技能人才). Else nothing."""
    if kind != "level" or label != "COUNT" or unit != parent.unit or parent.kind != "level":
        return ""
    verb = vocab.series_verb.match(parent.indicator)
    noun = _listed_noun(parent.indicator[verb.end():] if verb else parent.indicator, indicator)
    if not _BARE_NOUN.fullmatch(noun) or noun in indicator:
        return ""
    own = vocab.series_verb.match(indicator)
    if own and own.end() < len(indicator):
        rest = indicator[own.end():]
        if len(rest) >= 2 and noun.endswith(rest) and len(noun) > len(rest) \
                and own.group(0) not in noun:  # not 日均开行旅客列车…，其中…开行旅客列车
            return own.group(0) + noun
        return ""
    if unit in vocab.person_unit and _PERSON_END.search(noun) \
            and _BARE_ITEM.fullmatch(indicator) and not _PERSON_END.search(indicator) \
            and indicator not in ("包括", "包含") \
            and not vocab.head.search(indicator):
        return indicator + noun
    return ""


def _listed_noun(noun: str, item: str) -> str:
    """The noun a 、 list of its kinds shares (普通和职业高、初中毕业生: 毕业生) when the item is
    a kind of the same shape as the last one listed (其中高中 as 初中: the same length and
    last character) or one listed before it (小学、初中专任教师，其中小学: 专任教师; F35l), else
    the noun as it is."""
    listed, _, last = noun.rpartition("、")
    k = len(item)
    if not listed or k < 2 or len(last) < k + 2 or not _BARE_NOUN.fullmatch(last) \
            or last[k - 1] != item[-1] and item not in listed.split("、"):
        return noun
    return last[k:]


#: a bound in money after 超 that selects what a count counts (超亿元, 超过10亿元的)
_OVER_BOUND = re.compile(r"超过?[\d.]*[十百千万亿]*元(?:以上)?的?")


def _over_bound_item(indicator: str, parent: str) -> str:
    """A 其中 item of a count over a bound in money (``_OVER_BOUND``) that writes a higher
    bound without the measure or without the noun of the count it breaks down takes them
    from it (FACTS.md: a breakdown item takes the quantity word of what it breaks down):
    营业收入超亿元的服务业企业达到25家，其中营业收入超5亿元的8家 -> 营业收入超5亿元的服务业企业;
    营业收入超亿元企业15家，其中超10亿元企业3家 -> 营业收入超10亿元企业. Nothing when the
    item writes both (其中年纳税超千万元的软件企业) or either has no such bound."""
    item, own = _OVER_BOUND.search(indicator), _OVER_BOUND.search(parent)
    if item is None or own is None or item.group(0) == own.group(0):
        return ""
    measure, noun = indicator[:item.start()], indicator[item.end():]
    if measure and noun or not parent[own.end():]:
        return ""
    if not measure or parent[:own.start()].endswith(measure):
        measure = parent[:own.start()]
    return measure + item.group(0) + (noun or parent[own.end():])


def _threshold_item(indicator: str, parent: _Parent, vocab: FactVocab) -> str:
    """A 其中 item that is only a threshold (签约引进项目42个，其中，亿元以上34个) counts the
    parent's noun above it, after the parent's selecting verb: 签约引进亿元以上项目."""
    if not indicator.endswith(("以上", "以下")):
        indicator += "以上"  # the qualifier the mention took (亿元以上 -> 亿元, over)
    verb = vocab.series_verb.match(parent.indicator)
    cut = verb.end() if verb and verb.end() < len(parent.indicator) else 0
    return parent.indicator[:cut] + indicator + parent.indicator[cut:]


#: a 其中 item that is a class of level or grade alone (国家级, 自治区级, 4A级, 五星级): the
#: class of the things counted, not a thing (F41d); and such a class opening the noun it
#: breaks down (国家A级旅游景区, 省级以上…企业), which the item's own class replaces, or 各类
#: (各类文物保护单位: all of them, not the class of the item)
_LEVELS = "国家|省|自治区|市|州|盟|县|区|旗"  # the levels of government a class is named by
_LEVEL_ITEM = re.compile(rf"(?:{_LEVELS}|乡镇?)级|(?:国家)?[1-5１-５]?[AＡ]{{1,5}}级|[一二三四五]星级")
_LEVEL_OPENING = re.compile(rf"(?:各级)?各类|(?:(?:{_LEVELS})级|(?:国家)?[AＡ]{{1,5}}级"
                            r"|[一二三四五]?星级)(?:及?以上)?")


def _level_item(indicator: str, parent: _Parent, kind: str, unit: str | None,
                vocab: FactVocab) -> str:
    """A 其中 item that names a class of level alone takes the noun of the count it breaks
    down, after its selecting verb (FACTS.md: a breakdown item takes the words of the figure
    it breaks down; F41d): 农业产业化龙头企业42家，其中国家级2家 -> 国家级农业产业化龙头企业;
    新增A级旅游景区6家，其中4A级2家 -> 新增4A级旅游景区 (the class the noun opens with is
    replaced). Only a level of the same unit as the count broken down."""
    verb = vocab.series_verb.match(parent.indicator)
    if verb and indicator.startswith(verb.group(0)):
        indicator = indicator[verb.end():]  # 新增…，其中国家级: the verb carried already
    if kind != "level" or parent.kind != "level" or unit is None or unit != parent.unit \
            or not _LEVEL_ITEM.fullmatch(indicator):
        return ""
    noun = parent.indicator[verb.end():] if verb else parent.indicator
    opening = _LEVEL_OPENING.match(noun)
    if opening:
        noun = noun[opening.end():]
    if len(noun) < 2 or not _CJK.match(noun):
        return ""
    return (verb.group(0) if verb else "") + indicator + noun


def _item_of(indicator: str, parent: _Parent, kind: str, unit: str | None,
             label: str | None, vocab: FactVocab) -> str:
    """The 其中 item of an amount or a quantity (in the clause 其中 opens; the clauses after
    it may be no items: 其中X 43万亩，修复治理退化草原517万亩) whose parent's quantity word is no word of
    ``heads``: the item names a part, and takes the noun of the figure it breaks down
    without the verb that selects it (FACTS.md: a breakdown item takes the quantity word of
    the figure it breaks down), after the verb that selects the parent's set: the item counts
    part of that set (gold/facts/NOTES.md, ruling29: 新增营造林148万亩、其中南北山绿化工程43万亩
    -> 新增南北山绿化工程营造林); a framing verb (实施, 开展) is not carried. Not a count, whose
    item may be a kind of what is counted (净增经营主体…，其中企业 -> 净增企业), nor an item
    that ends as the noun does, a kind of it (税收收入 of 一般公共预算收入)."""
    if label not in _THRESHOLD_LABELS or kind != "level" or parent.kind != "level" \
            or unit != parent.unit or not indicator or vocab.head.search(parent.indicator) \
            or vocab.head.search(indicator) or vocab.series_verb.match(indicator):
        return ""
    verb = vocab.series_verb.match(parent.indicator)
    noun = parent.indicator[verb.end():] if verb else parent.indicator
    if len(noun) < 2 or indicator[-1] == noun[-1]:
        return ""
    # 其中20年一遇标准海塘 of 海塘加固: the words the item ends with and the noun starts
    # with are written once (20年一遇标准海塘加固, gold dev-d61)
    shared = next((k for k in range(len(noun) - 1, 1, -1) if indicator.endswith(noun[:k])), 0)
    selecting = verb.group(0) if verb and not vocab.framing.fullmatch(verb.group(0)) else ""
    return selecting + indicator + noun[shared:]


#: the units a bulletin's scope note bounds, after the bound (及以上的工业企业, 及以上项目和…):
#: up to a unit noun (企业, 项目, 单位) before 和 or the clause's end; else a list of sectors
#: over commas up to the unit noun that closes it before ； (交通运输、仓储和邮政业，…，卫生行业
#: 法人单位); else a sector (…业); else the whole clause
_SCOPE_UNITS = re.compile(r"(?:及|或)?以上的?(?P<noun>[^，,；;。\n]*?(?:企业|项目|单位)(?=和|[，,；;。\n]|$)"
                          r"|[^；;。\n\d]*?(?:企业|单位)(?=[；;。\n]|$)"
                          r"|[^，,；;。\n]*?业(?=和|[，,；;。\n]|$)|[^，,；;。\n]+)")
#: the most characters read before and after a bound for its scope note (a note is a line
#: of a bulletin's notes, far shorter; tests/test_hostile.py's one-line file was quadratic)
_SCOPE_WINDOW = 300
#: what a scope note's bound is on: the words after the note's verb or the last mark
_SCOPE_MEASURE = re.compile(r"(?:^|[，,；;：:])(?:以及|及|和)?(?P<measure>[^，,；;：:\d]{2,12})$")


def _scope_threshold(text: str, value: Mention, vocab: FactVocab) -> str:
    """The bound of a bulletin's note on a statistical scope (gold/facts/NOTES.md F35k; the
    twenty-second session's call: such thresholds are facts, d79): what the bound is on, of
    the units the scope counts, the note's scope word first (规模以上工业统计范围为年主营业务收入
    2000万元及以上的工业企业 -> 规模以上工业企业年主营业务收入; 固定资产投资（不含农户）统计范围为
    计划总投资500万元及以上项目 -> 固定资产投资（不含农户）项目计划总投资). Nothing outside such a
    note or without a unit after the bound."""
    if not _occurs(vocab.scope_note, text):
        return ""  # most texts hold no note at all (S47c)
    # a note is a short line: read in a window, so that a text of one long line stays linear
    lo = max(0, value.start - _SCOPE_WINDOW)
    line_start = max(text.rfind("\n", lo, value.start), text.rfind("。", lo, value.start),
                     lo - 1) + 1
    before = text[line_start:value.start]
    notes = list(vocab.scope_note.finditer(before))
    if not notes:
        return ""
    note = notes[-1]  # the note nearest the bound
    measure = _SCOPE_MEASURE.search(before[note.end():])
    units = _SCOPE_UNITS.match(text[value.end:value.end + _SCOPE_WINDOW])
    if measure is None or units is None or not units.group("noun"):
        return ""
    scope = re.sub(r"^\s*\d+[.．、]\s*", "", before[:note.start()]).strip()
    word = vocab.scope_size.match(scope)
    scope = word.group(0) if word else scope
    return _clean(scope + units.group("noun") + measure.group("measure"))


#: a clause that frames what follows it (从今年1—11月平均看，从结构来看): it names nothing
_FRAME_CLAUSE = re.compile(r"[^，,；;：:]*看|")
_CLAUSE_MARKS = re.compile(r"[，,；;：:]")


def _carries_on(said: str, last: str) -> bool:
    """Whether a clause with nothing left (同比上涨2.0%) takes the figure of an earlier
    sentence: FACTS.md's ``比上年增长4.7%`` takes the figure of its own; in a sentence of
    its own it does when the sentence names that figure again (处以罚款，最高不得超过二万元)
    or says nothing before it but frames (从今年1—11月平均看，); not after clauses that
    name something else (工业生产者出厂价格指数，也就是PPI，同比上涨0.9%: the PPI)."""
    return _clean(last) in said or all(
        _FRAME_CLAUSE.fullmatch(part) for part in _CLAUSE_MARKS.split(said))


def _breakdown_parent(state: _State, kind: str, unit: str | None,
                      label: str | None) -> _Parent | None:
    """The figure a 其中 item breaks down: the last before the 其中 clause, unless it has
    another unit than the item's level and an earlier level of the paragraph has it, else
    its label (签约引进项目42个，总投资额263亿元，其中，亿元以上34个、上市企业3家: the 42
    projects)."""
    parent = state.breakdown_of
    if parent is None or kind != "level" or unit is None or parent.unit == unit:
        return parent
    levels = [p for p in reversed(state.breakdown_pool) if p.kind == "level"]
    return next((p for p in levels if p.unit == unit), None) or next(
        (p for p in levels if label is not None and p.label == label), parent)


def _shared_head(indicator: str, before: str, vocab: FactVocab) -> str:
    """The subject of the figure before in the sentence when this indicator starts with the
    quantity word that one ends with (a `generic_nouns` word of ``heads``): 重大项目投资 and
    投资完成率 -> 重大项目; else nothing."""
    head = vocab.head.search(before)
    if head is None or head.group(0) not in vocab.generic or head.start() == 0:
        return ""
    word = head.group(0)
    # 年度投资完成率 after 市重点项目完成投资: the year's rate of the same quantity (F49e)
    own = indicator.removeprefix("年度")
    if not own.startswith(word) or own == word:
        return ""
    subject = before[:head.start()]
    verb = vocab.framing.match(subject)
    return subject[verb.end():] if verb else subject


def _strip_share_parent(indicator: str) -> str:
    """The whole a share after a figure is of: that figure's indicator before its own 占,
    without a total written after the noun (养老机构累计达3万家，占比71.9%: 养老机构占比)."""
    i = indicator.find("占")
    return (indicator[:i] if i > 0 else indicator).removesuffix("累计")


def _period(doc: _Doc, sent: Sentence, clause_start: int, clause_end: int, value: Mention,
            indicator: str, kind: str, stock: bool = False, target: bool = False,
            first: int | None = None) -> str | None:
    """The nearest DATE before the value in its sentence, paragraph or heading, else the
    document's; a stock (年末, 余额, 常住人口) at the end of a year takes ``YYYY-12``; over
    several years (十四五, 2021—2025年) a level without a flow word (累计, 年均) takes the
    last year. ``first`` is where the list the value is an item of starts."""
    vague = doc.vocab.vague.search(doc.text, clause_start, value.start)
    if vague and doc.ctx.is_tasks and vague.group(0) == "年内":
        vague = None  # a breakdown's 年内新建幼儿园15所: the year its tasks are for (F40i)
    if vague and not _dated_before(doc, clause_start, vague.start()):
        within = _WITHIN_YEARS.fullmatch(vague.group(0))
        if within is None:
            return None  # 未来三年将新增融资规模760亿元: no period the text gives
        # 今后五年，…到2020年…。五年内新建改造棚户区1.5万户: the span of that many years the
        # text already reads there, else none (三年内 with no span before it: F40g)
        period = _period_read(doc, sent, clause_start, clause_end, value, indicator, kind,
                              stock, target, first)
        try:
            years = int(parse_numeral(within.group(1)))
        except NumeralError:
            return None
        return period if period and _YEARS.match(period) \
            and int(period[5:]) - int(period[:4]) + 1 == years else None
    return _period_read(doc, sent, clause_start, clause_end, value, indicator, kind, stock,
                        target, first)


def _period_read(doc: _Doc, sent: Sentence, clause_start: int, clause_end: int,
                 value: Mention, indicator: str, kind: str, stock: bool = False,
                 target: bool = False, first: int | None = None) -> str | None:
    """_period's reading once no vague time word (未来三年, 年内) leaves the value undated."""
    text = doc.text
    # the clause's words before the value, as written and cleaned: sliced and cleaned once,
    # not at each rule below that reads them
    lead = text[clause_start:value.start]
    lead_clean = _clean(lead)
    i = bisect.bisect_left(doc.date_starts, value.start) - 1
    period, dated = None, None  # dated: the DATE the period is read from
    floor = doc.heading_start(value.start)
    # a DATE in the paragraph; a plan name (十四五) only in the sentence itself; for a
    # target also the section's (到2022年 above a plan's list of goals)
    scope, begin = doc.scope_at(value.start), doc.scope_begin(value.start)
    # whether the value flows over the review's span: read where its answer is used (a
    # DATE before the clause, a level or share dated by the span), once (None: not yet; S50b)
    own_flow: bool | None = None if scope is not None and "/" in scope and not target \
        else False
    while i >= 0 and (doc.dates[i].start >= floor or target and doc.dates[i].section
                      and doc.dates[i].section == value.section):
        if scope and "/" in scope and doc.dates[i].start < sent.start \
                and "/" not in (doc.dates[i].norm or "/"):
            break  # 五年来…。2025年人均生产总值…。新增X: the year dated its own sentence
        if scope and "/" in scope and doc.dates[i].start < sent.start \
                and doc.dates[i].label == "DATE" and doc.dates[i].norm not in (None, scope):
            break  # 五年来…，2019年至2021年连续3年入围X。新增Y: those years dated their own
            # sentence, as one year does (F46b)
        if own_flow is not False and doc.dates[i].start < clause_start and "/" not in (
                doc.dates[i].norm or "/") and (own_flow or (own_flow := _own_flow(
                    doc, clause_start, clause_end, value, kind, first))) \
                and not _heads_clause(doc, sent, doc.dates[i], clause_start) \
                and not _inner_year(doc.dates[i].norm, scope):
            topic = _plan_end_topic(doc, sent, i, clause_start, value, indicator)
            if topic is not None and topic < i:
                i = topic  # “十二五”期末，…是“十一五”期末的1.8倍；完成X: the sentence's topic
                continue
            if topic is None:
                break  # 2025年医疗旅游收入83.9亿元，累计22种药械…: the year dated its own clause
        if doc.dates[i].start < begin:
            break  # the review before the plan's paragraph dates none of its figures
        if _span_of_clause_before(doc, sent, clause_start, clause_end, doc.dates[i], i):
            i -= 1  # 2025年，X增长5.5%，“十四五”期间年均增长5.8%；Y增长7%: the year dates Y
            continue
        if _dates_start_level(doc, doc.dates[i], value):
            i -= 1  # 从上半年5.5%降到5.3%: the half year dates the 5.5% it starts from alone
            continue
        if PRICE_BASE_AFTER.match(text, doc.dates[i].end):
            i -= 1  # 按2020年不变价格计算: when prices are counted, no figure's period (F51g)
            continue
        if not target and doc.dates[i].start < sent.start and _TARGET_YEAR.search(
                text, max(0, doc.dates[i].start - 1), doc.dates[i].start + 1):
            i -= 1  # 到2027年，…力争…。全省已建成X: a target's year dates no figure done
            continue
        if (doc.dates[i].label == "DATE" or doc.dates[i].start >= sent.start) \
                and not _in_closed_paren(text, doc.dates[i].end, value.start):
            period, dated = doc.dates[i].norm, doc.dates[i]
            if period and _YEAR_END.fullmatch(period) and "末" in doc.dates[i].text \
                    and _is_flow(doc, text[clause_start:clause_end]):
                period = period[:4]  # 2022年末…。全年出生人口4667人: the year's flow
            elif period and _YEAR_END.fullmatch(period) and _year_end_flow(doc, dated, indicator):
                period = period[:4]  # 预计到年末，地区生产总值完成115亿元: the year's (F42g)
            elif period and len(period) > 4 and ("/" not in period
                                                  or _PART_OF_YEAR.fullmatch(period)) \
                    and (doc.dates[i].start < sent.start and "全年" in text[sent.start:value.start]
                         or doc.dates[i].end <= clause_start
                         and _clean(text[clause_start:value.start]).startswith("全年")):
                # 2025年6月，X投入使用。全年新增航线12条; 2019年底前完成X，全年新增Y: the year;
                # 2019年前三季度，…。全年实现财政收入31亿元: the whole of that year (F42pb)
                period = period[:4]
            elif period and len(period) > 4 and "/" not in period \
                    and doc.dates[i].start < sent.start and _is_deadline(doc, doc.dates[i]):
                # 2022年10月1日前，建成X 12个。新增Y 300个: the deadline bounds its own
                # sentence's task; the next sentence's is the year's (F40h)
                period = period[:4]
            elif period and len(period) > 4 and "/" not in period \
                    and doc.dates[i].start < clause_start \
                    and _YEAR_END_WORD.search(text, clause_start, value.start):
                period = f"{period[:4]}-12"  # 6月底前完成50个，年底前完成200个: the year's end
            break
        i -= 1
    if period is not None and not target and i >= 0:
        # 五年来…。2025年，X增长5%。累计建成5G基站9万个: the review's total, not the year's
        period = _review_total(doc, sent, clause_start, value, doc.dates[i]) or period
    if period is None and doc.in_notes(value.start) and doc.ctx.ref_year is not None:
        return str(doc.ctx.ref_year)  # a note of terms: the year the report speaks from
    if period is None:  # 五年来，… and the paragraphs of its review after it
        period = scope
        if doc.past_review(value.start) and _says_its_year(doc, sent, clause_start, clause_end):
            period = scope[5:]  # 五年来…。全年地区生产总值增长5.4%: the year reviewed
    if (period is None or "/" not in period) and doc.ctx.is_report and doc.ctx.ref_year \
            and kind and "年均" in lead:
        # 年均增长 in a work report's review: the five years it reviews
        period = f"{doc.ctx.ref_year - 5}/{doc.ctx.ref_year - 1}"
    if period is None and value.section:
        # a heading's year, not a price base's (a note line 5.万元GDP能耗按2020年不变价格计算
        # read as a heading dates no figure under it: F51g)
        year = next((y for y in _YEAR.finditer(value.section)
                     if not PRICE_BASE_AFTER.match(value.section, y.end() - 1)), None)
        period = year.group(1) if year else None
        span = doc.vocab.relative_word.search(value.section) if doc.ctx.ref_year else None
        if period is None and span:  # 一、过去五年工作回顾
            period = _relative_norm(doc.vocab.relative[span.group(0)], doc.ctx.ref_year)
        if period is None:  # 一、“十二五”时期经济社会发展回顾 (the plans read only then)
            period = _plan_named(doc.vocab, value.section)
            if period is not None:  # …“十三五”时期的奋斗目标\n…\n2016年是开局之年。…\n（一）…
                period = _year_opened(doc, value.start, period) or period
    if period is None and _PLAN_INDICATORS.match(text, value.end):
        # “十四五”规划共设置26项指标: the plan the sentence names, its years (F35i)
        period = _plan_named(doc.vocab, text[sent.start:value.start])
    if period is None and target and doc.ctx.is_report and doc.reviews_year(doc.tasks_start - 1) \
            and 0 < doc.tasks_start <= value.start:
        # 某市2023年政府工作报告\n主要预期目标\n地区生产总值增长6%: the report's tasks are its
        # own year's, not the year it reviews (FACTS.md period: the document's own period; F43j)
        period = str(doc.ctx.ref_year)
    if period is None:
        period = doc.ctx.period
    if period is None and "全年" in text[sent.start:value.start]:
        period = _whole_year_before(doc, sent.start)  # 2021年，…。\n全年新建村道12公里 (F48g)
    if period is None:
        period = _list_lead_year(doc, value.start)  # 2022年主要工作：\n1.…\n2.X (F48h)
    if target and dated is not None and period == dated.norm and len(period) == 4 \
            and (dated.start < sent.start or _dates_own_clause(doc, dated, clause_start)) \
            and ("年均" in lead
                 or _flow_before(doc.vocab, lead)
                 or _done_over_plan(indicator, doc.vocab, value)) \
            and _TARGET_YEAR.search(text, max(0, dated.start - 1), dated.start + 1):
        # …到2030年研发投入强度达到3.2％。力争工业增加值年均增长6.5％: the plan's years (F36d);
        # …年均增长7.5%，到2020年达到170亿元；一般公共预算收入年均增长8%: the same (F37d); a
        # flow after it (新增城镇就业2.5万人, 五年新建改造棚户区2万户) too, a level reached the
        # end year as before (F39i)
        period = _plan_ending(doc, value, period) or period
    period = _over_counted_years(doc, clause_start, value, period, target)
    start_level = _FROM.search(lead_clean if not first or first == value.start
                               else _clean(text[clause_start:first]))
    if start_level and start_level.group(1):  # 从2021年的46503元: the year written
        return start_level.group(1)
    if period and _YEARS.match(period):
        if start_level:  # 五年来…从12亿件增加到30亿件: the level before the span (a
            period = str(int(period[:4]) - 1)  # stock's at that year's end, below)
        elif kind in ("level", "share") and not _flows_over_span(
                doc, clause_start, value, kind, indicator, lead, lead_clean, scope,
                own_flow if own_flow is not None
                else _own_flow(doc, clause_start, clause_end, value, kind, first)) \
                and not _PLAN_INDICATORS.match(text, value.end):
            period = period[5:]  # a level reached; a change since the span's start (较“十三五”
            # 末增加, 比2020年增长) stays a flow over the span (gold/facts/NOTES.md audit31, d37)
    period = _over_running_years(doc, clause_start, value, period, target)
    if period and (len(period) == 4 or _MONTHS.match(period)):
        # 较“十三五”末: its last year; a stock word after the value is a later item's
        # (播种面积稳定在1500万亩、年末生猪存栏达到722万头: the sown area is the year's)
        clause = _PLAN_END.sub("", text[clause_start:value.end])
        # 比上年新增1500人 after a year-end stock: the stock's change at that end, its 新增 no
        # flow of its own (FACTS.md: 比上年末增加10.58万人 -> 2022-12; F44a, F44g)
        flow = _is_flow(doc, clause) if kind != "change" else \
            _is_flow(doc, _COMPARED_NEW.sub(r"\1", clause)) or _is_flow(doc, indicator)
        if flow and kind == "level" and _stock_named(indicator, doc.vocab) \
                and not _is_flow(doc, clause.rpartition("、")[2]):
            # 新增境内外上市公司45家、总量达1224家: the total item names a stock of its own,
            # the flow is the item before's (gold/facts/NOTES.md F30a)
            flow = False
        if not flow and (len(period) == 4 and (stock or doc.vocab.stock.search(clause)
                                               or doc.vocab.stock.search(indicator))
                         or indicator.endswith(_MONTHS_STOCKS) and kind != "change") \
                and not _year_end_flow(doc, None, indicator):
            # a stock over months (上半年，存款余额…) stands at their last month (F44k): one its
            # own words end with (_MONTHS_STOCKS; 年末 in the clause may be another figure's:
            # 从上半年4.8%降到…; 总数, 市场主体 name flows too: 专利申请总数, 前两个月…增加了)
            period = f"{period}-12" if len(period) == 4 else period[-7:]
    return period


def _own_flow(doc: _Doc, clause_start: int, clause_end: int, value: Mention, kind: str,
              first: int | None) -> bool:
    """Whether a value of a multi-year review (its scope a span, no target) flows over the
    span by its own clause (_review_flow) and is no rate reached (_rate_reached): read by
    _period_read only where its answer is used (S50b)."""
    return _review_flow(doc, clause_start, clause_end, value, kind, first) \
        and not _rate_reached(doc, clause_start, value, kind)


def _flows_over_span(doc: _Doc, clause_start: int, value: Mention, kind: str, indicator: str,
                     lead: str, lead_clean: str, scope: str | None, own_flow: bool) -> bool:
    """Whether a value over a span of years (五年来…建成X 1733个) is a flow over it, not a
    level it stands at the span's end (、在建8座, 新增1700公里、突破7000公里 and 连续10次获评:
    F32h): read only for a level or share whose period is that span (_period_read: 401 of
    4,220 figures of the corpus copy and 100 bulk files; read for every one before: S49b).
    ``lead``: the clause's words before the value, ``lead_clean`` cleaned."""
    return (own_flow or _flow_before(doc.vocab, lead) or (
        scope is not None and _done_named(indicator, doc.vocab))) and not _rate_reached(
        doc, clause_start, value, kind) \
        and not doc.vocab.standing_end.search(lead_clean) \
        and not doc.vocab.run_length.search(lead_clean) \
        and not _reached_item(doc.text, clause_start, value, doc.vocab)


def _whole_year_before(doc: _Doc, pos: int) -> str | None:
    """The year of the nearest DATE before ``pos``, in its paragraph or the one before, that
    writes one year (not a span, not a deadline or a target's 到2025年, not a word relative
    to the text's day: 明年): the year 全年 speaks of where the text gives no period of its
    own (a page without a report's title: ``2021年，全镇…。\n全年新建村道12公里``;
    FACTS.md period: the nearest DATE before it; F48g)."""
    i = bisect.bisect_left(doc.date_starts, pos) - 1
    start = doc.paragraph_start(pos)
    floor = doc.paragraph_start(start - 1) if start else 0  # its paragraph or the one before
    while i >= 0 and doc.dates[i].start >= floor:
        date = doc.dates[i]
        norm = date.norm or ""
        if date.label == "DATE" and norm[:4].isdigit() and "/" not in norm \
                and norm[:4] in date.text and not _is_deadline(doc, date) \
                and not _TARGET_YEAR.search(doc.text, max(0, date.start - 1), date.start + 1):
            # a year after the one the text speaks from is to come (2035年建成…)
            return None if doc.ctx.ref_year and int(norm[:4]) > doc.ctx.ref_year else norm[:4]
        i -= 1
    return None


def _list_lead_year(doc: _Doc, pos: int) -> str | None:
    """The year of a numbered list's lead (the paragraph ending with a colon above items 1.,
    2., …, （一）…) for an item at ``pos`` that no DATE dates: the lead heads the list as a
    section heading does (FACTS.md period: the nearest DATE before it in the paragraph or
    section heading; ``以下是2022年主要工作：\n1.…\n2.改造危房30户`` -> 2022; F48h)."""
    start = doc.paragraph_start(pos)
    for _ in range(_LIST_ITEMS_MAX):
        if start == 0 or not _ITEM_NUMBER.match(doc.text, start - 1):
            return None  # not an item, or a list at the text's start: no lead
        lead = doc.paragraph_start(start - 1)
        line = doc.text[lead:start].rstrip(_SPACES + "\n")
        if _ITEM_NUMBER.match(doc.text, lead - 1 if lead else 0):
            start = lead  # the item before: the lead is further up
            continue
        i = bisect.bisect_left(doc.date_starts, lead + len(line)) - 1
        dated_lead = i >= 0 and doc.dates[i].start >= lead  # a DATE in the lead itself
        return _whole_year_before(doc, lead + len(line)) \
            if dated_lead and line.endswith(("：", ":")) else None
    return None


def _year_end_flow(doc: _Doc, dated: Mention | None, indicator: str) -> bool:
    """Whether ``indicator`` ends with a flow over the year (``year_end_flows``: 地区生产总值,
    固定资产投资, 社会消费品零售总额) and names no stock (``stock_cues``), so that a year's end
    (到2020年底, 预计到年末) before it dates the year, not its last month (FACTS.md period:
    a flow the year, a stock at its end ``YYYY-12``); not after a deadline (年底前完成X: F40h
    keeps the deadline's month), ``dated`` being the DATE read, if any."""
    if dated is not None and (doc.text.startswith("前", dated.end)
                              or not _YEAR_END_TEXT.search(dated.text)):
        return False  # 年底前完成X; 2024年12月份利润增长11%: the month's own figure
    ends = [m.end() for m in doc.vocab.year_end_flow.finditer(indicator)]
    return bool(ends) and ends[-1] == len(indicator) and not _stock_named(indicator, doc.vocab)


def _plan_named(vocab: FactVocab, words: str) -> str | None:
    """The years of the first plan of ``vocab.plan_periods`` whose name ``words`` hold
    (一、“十二五”时期经济社会发展回顾 -> 2011/2015), else None."""
    return next((years for name, years in vocab.plan_periods.items() if name in words), None)


#: a paragraph that opens the year's part under a plan's heading (2016年是“十三五”开局之年。,
#: 今年政府工作的主要预期目标是：, 2016年工作安排): the year, and the part's name after it
_YEAR_PART_OPENING = re.compile(r"(?:((?:19|20)\d\d)年|今年)(?:是|[，,]|政府工作|经济社会发展|的?(?:主要|重点)?"
                                r"(?:工作|目标|任务|预期目标))")


#: how many paragraphs before a figure _year_opened reads back for the year's part
_YEAR_PART_PARAGRAPHS = 40


def _year_opened(doc: _Doc, pos: int, plan: str) -> str | None:
    """The year whose part a paragraph opens between the heading of the plan ``plan`` (the
    section of the figure at ``pos``: 二、“十三五”时期的奋斗目标) and the figure's paragraph
    (2016年是“十三五”规划的开局之年。全年…主要预期目标是：…\n（一）…), a year of the plan from
    the reference year on (F36c): the year's tasks follow the plan's aims under one
    heading, and FACTS.md dates them by the nearest DATE before them, not the heading's plan.
    None when no such paragraph stands there, or the plan is one reviewed."""
    ref_year = doc.ctx.ref_year
    if ref_year is None or "/" not in plan or int(plan[5:]) < ref_year:
        return None
    at = doc.paragraph_start(pos)
    for _ in range(_YEAR_PART_PARAGRAPHS):  # bounded: a figure's walk back is no scan of the text
        if at <= 0:
            return None
        at = doc.paragraph_start(at - 1)
        line = doc.text[at:at + _SPAN_REACH].lstrip(_SPACES + "“\"")
        if _TOP_HEADING.match(line):
            return None
        found = _YEAR_PART_OPENING.match(line)
        if found:
            year = int(found.group(1) or ref_year)
            return str(year) if int(plan[:4]) <= year <= int(plan[5:]) else None
    return None


def _is_deadline(doc: _Doc, date: Mention) -> bool:
    """Whether ``date`` is a deadline: followed by 前 (its qualifier ``before``: 2022年10月1日前,
    6月底前) or led by 到 (到2022年9月底, 确保到今年9月1日)."""
    return date.qualifier == "before" or bool(_DEADLINE_LEAD.search(
        doc.text, max(0, date.start - 1), date.start))


def _dates_own_clause(doc: _Doc, date: Mention, clause_start: int) -> bool:
    """Whether a deadline before the clause at ``clause_start`` in its sentence leads a verb
    of reaching of an earlier clause (…年均增长7.5%，到2020年达到170亿元；…: ``reach_verbs``
    right after it): it dates that clause's level alone, not the clauses after it, as one
    that heads them does (到2020年，…年均增长6.5%; 到2020年地区生产总值年均增长7%，…: FACTS.md,
    a DATE in the same clause or sentence; F37d)."""
    return date.end <= clause_start and any(  # reach_verbs is anchored at its end ($)
        doc.vocab.reach.fullmatch(doc.text, date.end, date.end + n) for n in range(1, 5))


def _plan_ending(doc: _Doc, value: Mention, year: str) -> str | None:
    """The span of the plan whose aims the target at ``value`` is among and that ends in
    ``year`` (the scope's span, else the plan its section heading names: 二、“十五五”时期主要
    目标): an average over years (年均增长) after a sentence that sets an end year (到2030年)
    averages over the plan's years (FACTS.md period: a flow over several years takes the
    interval; a DATE in its own sentence, 到2025年…年均增长6.5%, stays)."""
    span = doc.span_at(value.start)
    if span is None and value.section:
        span = _plan_named(doc.vocab, value.section)
    return span if span is not None and "/" in span and span[5:] == year else None


def _review_total(doc: _Doc, sent: Sentence, clause_start: int, value: Mention,
                  date: Mention) -> str | None:
    """The span of the multi-year review a paragraph opened in, for a total (累计, 共计:
    ``total_cues``) whose clause a one-year sentence before it in that paragraph would date
    (五年来，…。2025年，全省一般公共预算收入增长5%。累计建成5G基站9万个 -> 2021/2025; FACTS.md
    period: over a multi-year review, flows take the interval): the review ends in that
    year and the total's own sentence names none but the year that heads its clause alone
    (五年来，…。2025年，累计建成5G基站9万个，年均增长9%: F43i; not 截至2025年累计…, a stock at that
    year, nor 2025年，城镇居民收入增长8%，累计新增就业4000人: the year's running total)."""
    if date.start >= sent.start and not _heads_clause(doc, sent, date, clause_start) \
            or "/" in (date.norm or "/") \
            or not doc.vocab.total.search(doc.text, clause_start, value.start):
        return None
    k = bisect.bisect_left(doc.breaks, value.start)
    para = doc.breaks[k - 1] + 1 if k > 0 else 0
    opened = doc.span_at(para)
    if date.start < para or opened is None or opened[-4:] != (date.norm or "")[:4]:
        return None
    return opened


@cache
def _not_blank(extra: str) -> re.Pattern[str]:
    """A character other than a space or one of ``extra``."""
    return re.compile(f"[^{re.escape(_SPACES + extra)}]")


def _blank(text: str, start: int, end: int, extra: str) -> bool:
    """Whether ``text[start:end]`` holds only spaces and characters of ``extra`` (as
    ``not text[start:end].strip(_SPACES + extra)``), read up to its first other character
    only: a slice of a long sentence cut for each of its figures made the facts stage
    quadratic on a report written as one line (tests/test_hostile.py's big single line)."""
    return _not_blank(extra).search(text, start, max(start, end)) is None


def _heads_clause(doc: _Doc, sent: Sentence, date: Mention, clause_start: int) -> bool:
    """Whether ``date`` opens its sentence and stands alone before the clause (2015年，全区地区
    生产总值完成150亿元: the year is the topic of the clause after it, which it dates; FACTS.md
    period: a DATE in the same clause or sentence), not the DATE of an earlier clause with a
    figure of its own (2025年医疗旅游收入83.9亿元，累计…). A plan's end (“十一五”期末，全区完成
    生产总值249.1亿元: F42i) heads its clause as its year does."""
    end = date.end
    if date.label != "DATE" and (closed := _PLAN_END_AFTER.match(doc.text, end)):
        end = closed.end()
    return date.start >= sent.start and _blank(doc.text, sent.start, date.start, "“\"") \
        and _blank(doc.text, end, clause_start, "，,")


def _plan_end_topic(doc: _Doc, sent: Sentence, i: int, clause_start: int,
                    value: Mention, indicator: str) -> int | None:
    """The index of the plan's end or the one year that opens the sentence alone, at or
    before the DATE at ``i`` (“十二五”期末，全区完成生产总值300亿元，是“十一五”期末的1.8倍；
    完成社会消费品零售总额120亿元): the topic of every clause of the sentence, which it dates as it dates the
    first (F42pd; FACTS.md period: a DATE in the same sentence), but for a total of the
    clause's own (累计, 共计: ``total_cues``); else None."""
    j = bisect.bisect_left(doc.date_starts, sent.start)
    if j > i:
        return None
    date = doc.dates[j]
    if doc.text[sent.start:date.start].strip(_SPACES + "“\""):
        return None
    if date.label == "DATE":
        # a year alone before a comma (2023年，实现地区生产总值300亿元，…；完成一般公共预算收入
        # 20亿元) is the topic of its sentence's flows of a year (``year_end_flows``: what a
        # total over the years would say so, 累计) as a plan's end is (F45a); not of a count
        # of what was done (2025年，…比2020年增长30%，新建5G基站10万个: over the span), nor
        # of a clause that names a span of its own (五年, “十四五”, 五年来)
        clause = doc.text[clause_start:value.start]
        if not _year_end_flow(doc, None, indicator) or _SPAN_CLAUSE.search(clause) \
                or doc.vocab.relative_word.search(clause):
            return None
        after = date.end if _YEAR_NORM.fullmatch(date.norm or "") else None
    else:
        closed = _PLAN_END_AFTER.match(doc.text, date.end)
        after = closed.end() if closed else None
    if after is None or not doc.text.startswith(_COMMAS, after) \
            or doc.vocab.total.search(doc.text, clause_start, value.start):
        return None
    return j


def _dated_before(doc: _Doc, clause_start: int, pos: int) -> bool:
    """Whether a DATE of one year or a part of one stands in the clause before ``pos``
    (今年新项目年内开工率达到60%: the clause names the year its 年内 falls in; FACTS.md
    period: a DATE in the same clause)."""
    i = bisect.bisect_left(doc.date_starts, clause_start)
    return i < len(doc.dates) and doc.dates[i].start < pos and doc.dates[i].label == "DATE" \
        and "/" not in (doc.dates[i].norm or "/")


def _over_counted_years(doc: _Doc, clause_start: int, value: Mention, period: str | None,
                        target: bool) -> str | None:
    """A figure its own clause counts over several years (五年累计, 三年累计: ``span_totals``)
    takes the span of that many years that ends in the one year it would otherwise take,
    when no DATE of its clause dates it (2025年，…。五年累计新增城镇就业250万人 -> 2021/2025;
    FACTS.md period: over a multi-year review, flows take the interval). Not a target's."""
    if target or not period or not _FOUR_DIGIT_YEAR.fullmatch(period):
        return period
    total = doc.vocab.span_total.search(doc.text, clause_start, value.start)
    i = bisect.bisect_left(doc.date_starts, clause_start)
    if total is None or i < len(doc.dates) and doc.dates[i].start < value.start:
        return period
    years = doc.vocab.span_totals[total.group(0)]
    return f"{int(period) - years + 1}/{period}"


def _over_running_years(doc: _Doc, clause_start: int, value: Mention, period: str | None,
                        target: bool) -> str | None:
    """A figure its clause holds in each of several years running (连续两年过万亿元:
    ``running_years``) takes the span of that many years that ends in the last year of the
    period it would otherwise take (the review's 2021/2025 -> 2024/2025; FACTS.md period: a
    span where the text frames the figure so), when no DATE of its clause stands between
    the word and the value. Not a target's."""
    if target or not period or not _YEAR_OR_SPAN.fullmatch(period):
        return period
    running = doc.vocab.running_year.search(doc.text, clause_start, value.start)
    if running is None:
        return period
    i = bisect.bisect_left(doc.date_starts, running.end())
    if i < len(doc.dates) and doc.dates[i].start < value.start:
        return period
    end = int(period[-4:])
    return f"{end - doc.vocab.running_years[running.group(0)] + 1}/{end}"


def _span_of_clause_before(doc: _Doc, sent: Sentence, clause_start: int, clause_end: int,
                           date: Mention, i: int) -> bool:
    """Whether ``date`` (the ``i``-th of the text's) is a span of years (“十四五”期间, 五年来)
    that an earlier clause of the sentence names after the one year the sentence opens with
    (2025年，全省地区生产总值增长5.5%，“十四五”期间年均增长5.8%；规上工业增加值增长7%): it dates
    its own clause's flow, and the clauses after it that name no span of their own (年均,
    累计, 五年) are the sentence's year again (FACTS.md period: a DATE in the same clause or
    sentence; the span's figures are the flows it names)."""
    if not _YEARS.match(date.norm or "") or not sent.start <= date.start < clause_start:
        return False
    # the date right before it in the sentence (doc.dates run by start: an earlier one is
    # in the sentence only if this one is)
    year = doc.dates[i - 1] if i > 0 and doc.dates[i - 1].start >= sent.start else None
    if year is None or not _YEAR_NORM.fullmatch(year.norm or "") \
            or doc.text[sent.start:year.start].strip(_SPACES + "“\""):
        return False  # the year opens the sentence (not 我国2022年启动X，三年来，…)
    k = bisect.bisect_left(doc.value_starts, year.end)
    if k >= len(doc.value_starts) or doc.value_starts[k] >= date.start:
        return False  # the year dates no figure before the span (2020年，X升级，三年来…)
    j = bisect.bisect_left(doc.value_starts, date.end)
    if j >= len(doc.value_starts) or doc.value_starts[j] >= clause_start \
            or _CLAUSE_BREAK.search(doc.text, date.end, doc.value_starts[j]):
        return False  # the span opens the clauses after it (…，“十四五”期间，…): not its own
    clause = doc.text[clause_start:clause_end]
    return not _SPAN_CLAUSE.search(clause) and not doc.vocab.total.search(clause) \
        and not doc.vocab.relative_word.search(clause)


def _says_its_year(doc: _Doc, sent: Sentence, clause_start: int, clause_end: int) -> bool:
    """Whether a figure of a multi-year review is the last year's (FACTS.md period: a DATE
    in the same clause or sentence): its sentence says one year (全年, 比上年, 同比:
    ``year_cues``) before its clause ends, and its own clause names no span (年均, 累计, 五年:
    a flow over the review's years)."""
    clause = doc.text[clause_start:clause_end]
    return bool(doc.vocab.year_cue.search(doc.text, sent.start, clause_end)) \
        and not _SPAN_CLAUSE.search(clause) and not doc.vocab.total.search(clause) \
        and not doc.vocab.relative_word.search(clause)


def _rate_reached(doc: _Doc, clause_start: int, value: Mention, kind: str) -> bool:
    """Whether a reported rate (a PERCENT level: 研发投入强度2.61%) is the level it stands
    at, not a flow over a review's span: no word of holding it over the span (保持在,
    控制在, 连续: ``rate_flow_cues``) before it in its clause, whatever flow word its name
    holds (投入 in 研发投入强度; FACTS.md period: a level reached at the end, the end year)."""
    return value.label == "PERCENT" and kind == "level" \
        and not doc.vocab.rate_flow.search(doc.text, clause_start, value.start)


def _dates_start_level(doc: _Doc, date: Mention, value: Mention) -> bool:
    """Whether ``date`` follows 从 or 由 and a figure stands between it and ``value``
    (``从上半年5.5%降到5.3%``): it dates the level a change starts from, as a comparison base
    does (比上年), and neither the level reached nor the figures after it."""
    if doc.text[max(0, date.start - 1):date.start] not in ("从", "由"):
        return False
    i = bisect.bisect_left(doc.value_starts, date.end)
    return i < len(doc.value_starts) and doc.value_starts[i] < value.start


def _review_flow(doc: _Doc, clause_start: int, clause_end: int, value: Mention, kind: str,
                 first: int | None = None) -> bool:
    """Whether a figure of a multi-year review is a flow over its span (FACTS.md: flows take
    the interval, a level reached at its end the end year): a flow word (累计, 新增) in
    its clause, or a count of what was done (落地540款特许药械, 17条产业链建设开局) that no
    verb of reaching (达, 突破: ``reach_verbs``) leads to (before the list it is an item
    of: ``first``), with no stock word, no per-head base (每千人, 人均: a ratio), no word
    of a state (参加, 就业: ``state_words``), no set a task acts on (_acts_on_set) and no
    DATE of its own clause."""
    text, vocab = doc.text, doc.vocab
    before = text[clause_start:value.start]
    if vocab.run_length.search(_clean(before)):
        return False  # 连续10次获评国家A级: the length of a run, a record at the end (F32h)
    if vocab.standing_end.search(_clean(before)):
        return False  # 建成过江通道4座、在建8座: the item of what stands at the end
    if _flow_before(vocab, before):
        return True
    if value.label != "COUNT" or kind != "level":
        return False
    clause = text[clause_start:clause_end]
    lead = _clean(text[clause_start:first if first is not None else value.start])
    if vocab.reach.search(lead) or vocab.reached.search(lead) or vocab.stock.search(clause):
        # …增至7.83张、3.57个; 种群恢复至7群42只
        return False
    if _PER_HEAD.search(lead):
        return False  # 每千人拥有托位数4.59个: a ratio that stands at the span's end
    later = bisect.bisect_left(doc.value_starts, value.end)
    if (len(lead) <= 4 or lead.endswith("等")) and later < len(doc.value_starts) \
            and doc.value_starts[later] < clause_end \
            and not _MODIFIER_AFTER.match(text, doc.value_ends[later]) \
            and (lead or "、" not in text[value.end:doc.value_starts[later]]) \
            and not _selected_with(text, value, doc.value_starts[later], doc.value_ends[later],
                                   clause_end, vocab):
        # 62个支持组团实施重点项目1000多个: the subject's count, the later one flows (not a
        # threshold inside what it counts: 23个投资额百亿元以上重大工业项目建成投产; not a count
        # that opens its item before the next item's: 25项改革经验获推广、83项案例入选…, each
        # what happened over the span, F30b; 推进50个重点帮扶县…、39个欠发达县域… stay sets)
        return False
    if vocab.state.search(clause):
        return False  # 港澳居民在粤参加医保43万人次: a count of those in a state at the end
    if _bare_standing(text, _clean(before), value, clause_end, vocab, doc.tokenizer):
        return False  # 国家级专精特新“小巨人”企业450家: the units the place has at the end
    if _standing(text, clause_end, value, vocab):
        return False  # 28个全国重点实验室在川布局, 在建8座: what stands at the span's end
    if _ongoing_after(text, value.end, clause_end, vocab):
        return False  # 三大生态安全屏障持续筑牢: what stands at the span's end, still worked on
    if _acts_on_set(text, clause_start, value, vocab):
        return False  # 激活…三大动力, 干好四件大事: the set's size at the end (F31e, F30c)
    i = bisect.bisect_left(doc.date_starts, clause_start)
    return not (i < len(doc.dates) and doc.dates[i].start < clause_end)


def _share_of_before(doc: _Doc, sent: Sentence, clause_start: int, value: Mention,
                     last: _Parent | None) -> bool:
    """Whether a share that opens its clause (no words before the value: 90%以上的矛盾纠纷…) is a
    part of the figure before it in its sentence, a flow over a multi-year review's span
    (累计化解矛盾纠纷1655万件): FACTS.md period, over a multi-year review flows take the interval,
    and the part of a flow is one (gold dev-d35; F47d). Not a share with a subject of its own
    (税收占一般公共预算收入比重超70%), which stands at the span's end."""
    if last is None or not last.period or "/" not in last.period or last.kind != "level" \
            or _clean(doc.text[clause_start:value.start]) or not doc.span_at(value.start):
        return False
    i = bisect.bisect_left(doc.value_starts, sent.start)
    return i < len(doc.value_starts) and doc.value_starts[i] < clause_start


def _selected_with(text: str, value: Mention, later_start: int, later_end: int, clause_end: int,
                   vocab: FactVocab) -> bool:
    """Whether the count after ``value`` counts parts of what ``value`` counts (a noun alone
    between them: 8所高校14个学科) and a predicate of selection ends their clause (入选, 获评:
    ``selection_predicates``): the owners were selected with their parts, an event of the span
    as the parts' (FACTS.md period: over a multi-year review flows take the interval; gold
    dev-d73; F47a), not the size of a set that acts (62个组团实施重点项目1000多个)."""
    between = text[value.end:later_start]
    return bool(_NOUN_ONLY.fullmatch(between)) \
        and vocab.selected.search(text, later_end, clause_end) is not None


def _reached_item(text: str, clause_start: int, value: Mention, vocab: FactVocab) -> bool:
    """Whether the value's list item is a verb of reaching alone (铁路运营里程新增1700公里、
    突破7000公里): the level the flow before it brought the quantity to (FACTS.md period: a
    level reached at the span's end takes the end year); not a total over the span reached
    (累计新增就业300万人、达到500万人)."""
    before = _clean(text[clause_start:value.start])
    head, mark, item = before.rpartition("、")
    if not (mark and head and _NUMERAL_START.search(head[-6:])):
        return False
    if vocab.reach.fullmatch(item):
        return not vocab.total.search(head)
    # 数字经济规模年均增长15%、总量突破2万亿元: an item naming its own quantity before the
    # verb of reaching is the level it stands at, whatever flow the item before it names
    verb = vocab.reach.search(item)
    return verb is not None and verb.start() > 0 and not vocab.flow.search(item)


def _standing(text: str, clause_end: int, value: Mention,
              vocab: FactVocab) -> bool:
    """Whether a word of where or how the counted things stand (``standing_words``) stands
    in the predicate after the value, not right before another figure (建成过江通道4座、|在建8座
    opens the next item, not this one's; _review_flow reads the item's own lead)."""
    return any(not _NUMERAL_START.match(text, m.end())
               for m in vocab.standing.finditer(text, value.end, clause_end))


def _ongoing_after(text: str, start: int, end: int, vocab: FactVocab) -> bool:
    """Whether the predicate after a count opens with a word of what goes on (加快, 持续,
    基本: ``ongoing_words``) before any verb of doing or flow word (``series_verbs``,
    ``flow_cues``): 7个产业集聚区加快打造, 三个交通圈基本建成 count what stands at the end of
    the span reviewed; 9个水利工程投入使用或加快建设 counts what was done over it."""
    ongoing = vocab.ongoing.search(text, start, end)
    if ongoing is None:
        return False
    done = [m.start() for m in (vocab.series_verb.search(text, start, end),
                                vocab.flow.search(text, start, end)) if m]
    return all(ongoing.start() < i for i in done)


def _done_named(indicator: str, vocab: FactVocab) -> bool:
    """Whether an indicator opens with a verb of doing that selects what it counts
    (``series_verbs``: 建成5G基站, 开行班列), not with a verb that 量 makes the noun of a
    quantity (开行量, 投产量: 年开行量突破4000列 is the level reached, FACTS.md period), nor
    with a noun that opens with such a verb (``verb_led_nouns``: 建成区面积扩大到42平方公里 is
    the area the place has at the span's end, gold/facts/NOTES.md F39f)."""
    verb = vocab.series_verb.match(indicator)
    return verb is not None and not indicator.startswith(_QUANTITY_OF_VERB, verb.end()) \
        and not vocab.verb_led_noun.match(indicator)


def _done_over_plan(indicator: str, vocab: FactVocab, value: Mention) -> bool:
    """Whether a planned count is of what is to be done over the plan's years (“十四五”期间，
    新建改造城镇老旧小区500个, 培育独角兽企业10家: ``series_verbs``, _done_named): a flow
    over the span (FACTS.md period; gold dev-d05), not a set made to stand at its end
    (``plan_end_verbs``: 打造4个国家先进制造业集群, gold dev-d48; a set named by its size,
    培育五个万亿级产业集群: the end year; gold/facts/NOTES.md F39g)."""
    return _done_named(indicator, vocab) and not vocab.plan_end_verb.match(indicator) \
        and not _SET_SIZE.fullmatch(value.text)


def _bare_standing(text: str, lead: str, value: Mention, clause_end: int,
                   vocab: FactVocab, tokenizer: Any | None) -> bool:
    """Whether a count is a bare one of standing units (国家级专精特新“小巨人”企业450家, 两院院士
    30人: ``standing_units`` end the words before it, no verb of doing among them: none of
    ``series_verbs`` or ``flow_cues``, no word the tagger calls a verb, 关停化工企业; nothing but
    punctuation after it in its clause): what the place has at the span's end, not what
    was done over it (乡村绿化植树3900万株: no standing unit; FACTS.md period)."""
    item = lead.rpartition("、")[2]  # 全省国家级高新区12个、两院院士30人: each item's own words
    if tokenizer is None or not vocab.standing_unit.search(item) \
            or vocab.series_verb.search(lead) or vocab.flow.search(lead) \
            or not _BARE_AFTER.fullmatch(_clean(text[value.end:clause_end]).partition("、")[0]):
        return False
    return all(tag != "v" for _, tag in tagged_words(tokenizer, load_word_tags(tokenizer), lead))


def _annual_over_span(indicator: str, period: str | None, lead: str) -> str:
    """年 opening the words before an indicator over a span (年实际使用外资保持在千亿元以上,
    2021/2025) says 'per year' and stays, as 年均 does (gold/facts/NOTES.md sixteenth session
    (c)); _parse_left cut it (_ANNUAL), right for one year's flow."""
    if not period or "/" not in period:
        return indicator
    lead = lead.lstrip(_SPACES + "，,；;、")
    return "年" + indicator if _ANNUAL.match(lead) and lead.startswith(indicator, 1) \
        and indicator else indicator


def _flow_before(vocab: FactVocab, before: str) -> bool:
    """Whether a flow word (累计, 新增, 处置: ``flow_cues``) stands in the clause before a
    value, unless a verb of reaching a level (提高到, 增至: ``reach_verbs`` ending in 到 or
    至) leads to the value without a total over the span (累计, 年均: ``total_cues``):
    危险废物利用处置能力提高到1459万吨/年 is the level reached (FACTS.md period). 完成 right
    after the name of a year's total (地区生产总值完成150亿元) links it to its value, as 实现
    does (FACTS.md indicator: 完成 a linking verb): no flow of its own."""
    cleaned = _clean(before)  # once: a cut of it is clean already (_clean is idempotent)
    linked = _LINKED_DONE.search(cleaned)
    if linked:
        before = cleaned = cleaned[:linked.start(1)]
    if not vocab.flow.search(before):
        return False
    return not vocab.reached.search(cleaned) or bool(vocab.total.search(before))


def _is_flow(doc: _Doc, clause: str) -> bool:
    """A clause about a flow over the year (全年, 出栏, 新增: ``flow_words``)."""
    return "全年" in clause or bool(doc.vocab.flow_only.search(clause))


def _in_duty_note(text: str, m: Mention, vocab: FactVocab) -> bool:
    """Whether ``m`` is inside a bracketed note of the units in charge (``duty_notes``:
    （省十大新兴产业推进组工作专班牵头单位牵头，…配合）): the note names bodies, no figure."""
    opened = max(text.rfind("（", max(0, m.start - _ASIDE_REACH), m.start),
                 text.rfind("(", max(0, m.start - _ASIDE_REACH), m.start))
    if opened < 0 or _in_closed_paren(text, opened + 1, m.start):
        return False
    close = min((i for i in (text.find("）", m.end, m.end + _ASIDE_REACH),
                             text.find(")", m.end, m.end + _ASIDE_REACH)) if i >= 0), default=-1)
    return close > 0 and bool(vocab.duty.search(text, opened, close))


def _in_closed_paren(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened before ``start`` closes before ``end``: a DATE in an aside
    (剔除3月份高职单招录取的930人) is no period of the figures after the aside."""
    end = min(end, start + _ASIDE_REACH)  # an aside is short: read no further
    if text.find("）", start, end) < 0 and text.find(")", start, end) < 0:
        return False  # the usual case, decided without reading the span
    depth = 0
    for c in text[start:end]:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


def _starts_raise(text: str, clause_start: int, value: Mention) -> bool:
    """Whether ``value`` is the level a change starts from: 从 (or 由) a few characters before
    it in its clause, with no verb of change between, and a verb of change to a level
    (提高到, 扩大到: ``_RAISED_FROM``) a few characters after it (从380元提高至1000元;
    分别从每人每月209元、280元提高到…; 从15个县（市）扩大到57个县（市）)."""
    lo = max(clause_start, value.start - _FROM_REACH)  # read no further back than it may stand
    i = max(text.rfind("从", lo, value.start), text.rfind("由", lo, value.start))
    if i < 0 or _RAISED_FROM.search(text, i, value.start) \
            or _BOUNDARY.search(text, i, value.start):
        return False
    after = _RAISED_FROM.search(text, value.end, value.end + _FROM_REACH)
    return after is not None and not _BOUNDARY.search(text, value.end, after.start())


#: (text, vocabulary, reference year, its first task opener): the last text asked about,
#: one tuple read and written whole (document_context and _Doc ask of the same text)
_OPENER_MEMO: tuple[str, FactVocab, int | None, re.Match[str] | None] | None = None


def _first_task_opener(text: str, vocab: FactVocab, ref_year: int | None
                       ) -> re.Match[str] | None:
    """The first ``task_openers`` match of ``text`` that names no year before ``ref_year``
    (_of_past_year), or None: a scan of the whole text (~13 ms over the corpus and 100 bulk
    files), made once for document_context and _Doc both (S44a)."""
    global _OPENER_MEMO
    memo = _OPENER_MEMO
    if memo is not None and memo[0] is text and memo[1] is vocab and memo[2] == ref_year:
        return memo[3]
    found = next((m for m in vocab.task_opener.finditer(text)
                  if not _of_past_year(m.group(), ref_year)), None)
    _OPENER_MEMO = (text, vocab, ref_year, found)
    return found


#: (text, {pattern: whether it occurs in text}): of the last text asked about (_occurs)
_OCCURS_MEMO: tuple[str, dict[re.Pattern[str], bool]] = ("", {})


def _occurs(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text``, searched once a text: where it does
    not, no slice of ``text`` holds a match either, for a pattern without anchors, word
    boundaries or negative lookarounds (its caller's pattern: ``scope_notes``, a literal lead
    that re finds fast; ~0.6 ms over the corpus and 100 bulk files), and a search per figure
    of the slice before it is skipped (S47c). Not for a pattern most texts hold nowhere but
    that re scans slowly (``actual``: ~11 ms a pass, more than its searches per figure)."""
    global _OCCURS_MEMO
    memo_text, memo = _OCCURS_MEMO
    if memo_text is not text:
        memo = {}
        _OCCURS_MEMO = (text, memo)
    found = memo.get(pattern)
    if found is None:
        found = memo[pattern] = pattern.search(text) is not None
    return found


def _of_past_year(words: str, ref_year: int | None) -> bool:
    """Whether ``words`` (a task opener) name a year before the reference year: the
    heading of a review (一、2025年主要工作和“十四五”发展成就 in a report of 2026)."""
    return ref_year is not None and any(int(y) < ref_year
                                        for y in _FOUR_DIGIT_YEAR.findall(words))


def _reviews_past_year(section: str | None, vocab: FactVocab, ref_year: int | None) -> bool:
    """Whether ``section`` is a heading that reviews a year before the reference year (一、2023年
    计划执行情况 in a plan for 2024): there ``预计`` estimates the finished year (F44f)."""
    return bool(section and vocab.review_heading.search(section)
                and _of_past_year(section, ref_year))


#: a bound after a count that makes it a threshold to reach (全省30万以上参保孕产妇)
_COUNT_BOUND = re.compile(r"\s*(?:以上|以下|以内|左右|余|多)")
#: a list item's number before its words (12. / 12、 / （3）)
_LIST_NUMBER = re.compile(r"^(?:\d+[.．、]|[（(]\d+[）)])")


def _whole_population(text: str, clause_start: int, value: Mention, vocab: FactVocab) -> bool:
    """Whether ``value`` counts all of an area's things, right after the area's whole
    (``whole_scopes``: 全省320家中小学食堂…实现全覆盖, 实现全省286家检测站…提升) at its clause's
    start: the things exist before any task acts on them, their number is reported, not
    planned (FACTS.md status; gold d61, d64, d67; F45m). Not a bound (以上) nor a count after
    another verb (完成全省1000所学校周边道路治理: the task's size)."""
    if value.label != "COUNT" or _COUNT_BOUND.match(text, value.end):
        return False
    lead = _LIST_NUMBER.sub("", _clean(text[clause_start:value.start]), count=1).removeprefix("实现")
    return lead in vocab.whole_scope


def _targets_heading(section: str | None, vocab: FactVocab) -> bool:
    """Whether ``section`` is a heading of targets or tasks (二、发展目标, 三、2026年重点工作)
    that reviews none: a heading that also says how they were met (（一）主要目标完成情况,
    ``review_headings``) reports what was done (FACTS.md status: actual, reported; F45n)."""
    return bool(section and vocab.target_heading.search(section)
                and not vocab.review_heading.search(section))


def _status(doc: _Doc, sent: Sentence, clause_start: int, value: Mention) -> str:
    vocab, text = doc.vocab, doc.text
    clause = text[clause_start:value.end + 3]
    if vocab.actual.search(clause) or _whole_population(text, clause_start, value, vocab):
        return "actual"
    if vocab.clause_target.search(text, clause_start, value.start):
        return "target"  # 力争全年实现…增长6%, 计划全年新增就业2000人: 全年 reports nothing (F50k)
    if value.label == "COUNT" and _counts_own_items(text, clause_start, value, vocab):
        return "actual"  # 任务分解明确133项具体任务，涉及34个牵头单位: the breakdown's own (F50m)
    # a report's review of 五年来 or of the year before (一、2025年工作回顾): what was done
    past = doc.past_review(value.start) or doc.ctx.is_report and bool(
        value.section and vocab.review_heading.search(value.section))
    notes = doc.in_notes(value.start)  # a definition of the report's terms plans nothing
    planned = (_targets_heading(value.section, vocab)
               or doc.in_tasks(value.start) or doc.plans_ahead(value.start)) and not past and not notes
    if not planned and not (doc.ctx.is_tasks and not past and not notes) \
            and vocab.year_cue.search(clause):
        return "actual"  # 全年, 比上年: a year reported, unless a heading of targets or tasks
        # or a task breakdown (全年送戏下乡85场次 is assigned)
    # the words after the value up to the clause's end (no clause is read past _MAX_CLAUSE)
    reach = min(sent.end, value.end + _MAX_CLAUSE)
    rest = _BOUNDARY.search(text, value.end, reach)
    if vocab.grant_verb.search(text, value.end, rest.start() if rest else reach):
        return "target"  # 按投资额30%的比例给予奖补: what a grant will give
    # the first target cue of the sentence, found once per sentence
    if doc.cue_sentence != sent.sentence_id:
        cues = vocab.review_target if doc.ctx.is_review or past else vocab.target
        found = cues.search(text, sent.start, sent.end + 3)
        # the targets named as reached, read once a cue is found (most sentences none: S47e)
        reached = [m.span() for m in vocab.actual.finditer(text, sent.start, sent.end)] \
            if found else []
        while found and (vocab.estimate.fullmatch(found.group())
                         and (doc.reviews_year(found.start())  # 预计全年…: the year's estimate
                              or _reviews_past_year(value.section, vocab, doc.ctx.ref_year)
                              or bool(value.section
                                      and vocab.finished_review.search(value.section)))
                         or any(a <= found.start() < b for a, b in reached)):
            # 完成年目标任务117.4%，其中现汇进资…: the target named as reached plans nothing
            # after it (F42f)
            found = cues.search(text, found.end(), sent.end + 3)
        doc.cue_sentence, doc.cue_end = sent.sentence_id, found.end() if found else -1
    if 0 <= doc.cue_end <= value.end + 3:
        return "target"
    if not past and doc.announced(value.start):
        return "target"  # 主要预期目标是：A增长5%左右。B增长3%。: the list it announces
    if planned:
        return "target"
    # a work report's plan mood is no plan before its task opener (三、2026年工作安排): the
    # review it opens with reports what was done
    moody = doc.ctx.plans and not (doc.ctx.is_report and doc.tasks_start > 0) \
        or doc.ctx.one_year_plan and not past \
        and not _reviews_past_year(value.section, vocab, doc.ctx.ref_year)  # F44j
    if (doc.ctx.is_rules or doc.ctx.is_tasks or moody) and not notes:  # rules, tasks
        return "target"  # require or plan what they say (FACTS.md status)
    return "actual"


#: a bracket a heading's count of its items closes, opened right before it or by a word of
#: the items (（8项）, （分解任务15项）: F50m)
_OWN_COUNT_BRACKET = re.compile(r"[（(](?:[^（()）\n\d]{0,6}任务)?$")
_OWN_COUNT_CLOSE = re.compile(r"[）)][。.]?[ \t]*(?:\n|$)")


def _counts_own_items(text: str, clause_start: int, value: Mention, vocab: FactVocab) -> bool:
    """A count of a task list's own items or units (``own_items``: 任务, 事项, 牵头单位) after
    a verb of its clause that sets them out (``own_item_verbs``: 明确, 细化, 涉及, 分解为), or a
    heading's count of the items under it in brackets at its line's end (牵头工作（8项）,
    …方面（分解任务15项）。): the size of the list, reported (FACTS.md status), not a figure it
    plans (F50m)."""
    if _OWN_COUNT_CLOSE.match(text, value.end) \
            and _OWN_COUNT_BRACKET.search(text, max(0, value.start - 8), value.start):
        return True  # 牵头工作（8项）, …方面（分解任务15项）。: the items under a heading
    return bool(vocab.own_item.match(text, value.end)) \
        and bool(vocab.own_item_verb.search(text, clause_start, value.start))


def _acts_on_set(text: str, clause_start: int, value: Mention, vocab: FactVocab) -> bool:
    """A set of N things named by its size (十大, 两个, 三支) that a task acts on after a
    verb of ``acted_on_verbs`` (统筹, 抓好, 完善, 围绕): the set exists before the plan, its
    size is no target (FACTS.md status: planned, expected, required). The plan's own N个
    方面工作 and a set the task makes (加快建设五大…: ``making_verbs`` in between) are not."""
    aspects = bool(_OWN_SET.match(text, value.end))
    if aspects and vocab.work_area.match(text, value.end):
        return False  # 重点抓好八个方面工作: the plan's own tasks
    if not (_SET_SIZE.fullmatch(value.text) or aspects and _ASPECTS_SIZE.fullmatch(value.text)):
        return False  # 要重点把握好5个方面: the aspects of what exists, as 三个方面
    acted = vocab.acted_on.search(text, clause_start, value.start)
    if acted is None:
        return False
    made = [m for m in vocab.making.finditer(acted.group(1))]  # 规划、建设、管理: an item
    return not any(m.start() == 0 or m.end() == len(acted.group(1)) for m in made)


def _set_as_subject(text: str, clause_start: int, value: Mention,
                    values: Sequence[Mention]) -> bool:
    """A set named by its size with 大 (四大, 五大) that opens its clause as the subject of
    a later figure of the clause (四大主导产业占地区生产总值比重达73%左右): the set exists
    before the plan and its size is no target, as a set a task acts on (gold d75); not
    a set listed with no figure of its own clause (三大主导产业和两大特色产业集群。)."""
    if not _BIG_SET.fullmatch(value.text) or _clean(text[clause_start:value.start]):
        return False
    return any(v.start > value.end and not _SET_SIZE.fullmatch(v.text) for v in values)


def _without_year_of_flow(indicator: str, period: str | None, vocab: FactVocab) -> str:
    """年 before a flow over one year says what 全年 says and goes (机场年旅客吞吐量 ->
    机场旅客吞吐量); over a span (period with /) it says 'per year' and stays."""
    if period and "/" in period:
        return indicator
    return vocab.year_flow.sub("", indicator, count=1)


def _is_relative(value: Mention, vocab: FactVocab) -> bool:
    """A percentage or a difference in points (个百分点): a figure a verb of change may
    make a growth or a change."""
    return value.label == "PERCENT" or _in_points(value, vocab)


def _in_points(value: Mention, vocab: FactVocab) -> bool:
    """A difference in points (个百分点, ``points``), by its unit or its text's end."""
    return (value.unit or "") in vocab.points or value.text.endswith(vocab.point_ends)


#: what may stand between a percentage and the verb of change written after it (5%左右的增长)
_BEFORE_CHANGE_AFTER = re.compile(r"(?:左右|以上)?的?")


def _change_after(text: str, value: Mention, vocab: FactVocab) -> list[str]:
    """The verb of change written right after a percentage (``change_after_verbs``: 保持年均
    14.6%增长, 实现8%左右的增长): the figure is a growth of what the clause names (FACTS.md
    kind: a relative change), not its level; [] for any other figure and for a rate named
    after it (8%的增长率: 率, 点, 极 go on the word)."""
    at = _BEFORE_CHANGE_AFTER.match(text, value.end).end()
    found = vocab.change_after.match(text, at)
    if not found or text[found.end():found.end() + 1] in _NAMED_AFTER_CHANGE:
        pace = _PACE_AFTER.match(text, value.end)
        if pace is None:
            return []
        # 以10.5%的平均增速快速增长, 以年均3%的用能增速支撑, 以每年8%的速度递减: the
        # pace of a change, a growth whose way the verb after it gives, up unless down (F51i)
        down = vocab.up_down.search(text, pace.end(), pace.end() + _PACE_VERB_REACH)
        return [down.group(0) if down and down.group(0) in vocab.down else "增长"]
    return [found.group(0)]


#: the pace of a change named after a percentage (…%的平均增速, …%的能源消费增速, …%的速度,
#: …%的增幅: F51i); not a rate that names a level (…%的增长率, …%的利率, …%的得票率)
_PACE_AFTER = re.compile(r"(?:左右|以上)?的(?:年均|平均)?(?P<noun>[^，,。；;、\d%的]{0,6}?)(?:增长速度|增速|增幅|速度)"
                         r"(?![排居位为是])")
#: how far after the pace its verb may stand (以8%的速度快速增长, 以5%的速度逐年递减)
_PACE_VERB_REACH = 6
#: the words of a pace's lead before the value (外贸以, 以年均, 新能源以每年超过)
_PACE_LEAD = re.compile(r"以(?:年均|平均|每年)?(?:超过|不低于|约|近)?$")


def _paced(indicator: str, pace: re.Match[str]) -> str:
    """The quantity of a pace (F51i): the noun it names (以年均3%的能源消费增速 -> 能源消费), else
    the clause's subject without the 以 that leads the pace (外贸以10.5%的平均增速 -> 外贸)."""
    named = pace.group("noun")
    return named if len(named) >= 2 else _PACE_LEAD.sub("", indicator)


#: a character after 增长 or 下降 that makes a noun of it (增长率, 增长点, 增长极)
_NAMED_AFTER_CHANGE = frozenset("率点极面速幅")


def _changed_first(indicator: str, parsed: _Left, vocab: FactVocab) -> str:
    """A verb of change written before what it changes (``change_first_verbs``: 降低学生近视率
    1个百分点, 降低工商业电价5%): the indicator is what follows it and the verb gives the kind
    and direction (FACTS.md: the indicator without the verb; 减少…: a change down); the words
    before it say by what means. Not a verb whose ratio follows (压减比例超5%: two characters)."""
    found = [m for m in vocab.change_first.finditer(indicator)
             if len(indicator) - m.end() >= 3 and _CJK.match(indicator, m.end())]
    if not found:
        return indicator
    parsed.verbs = [found[-1].group(0)]
    return indicator[found[-1].end():]


def _reduced_first(indicator: str, parsed: _Left, vocab: FactVocab) -> str:
    """A verb of cutting that opens what a count or amount measures (``reduced_first_verbs``:
    削减审批事项62项, 减少区直部门5个): the figure is the change down of the noun after it (FACTS.md:
    减少 makes a change; the verb goes), not a selected count (新增, 关停 stay)."""
    found = vocab.reduced_first.match(indicator)
    if not found or len(indicator) - found.end() < 2 or not _CJK.match(indicator, found.end()) \
            or indicator.startswith(("到", "至", "为"), found.end()) \
            or "的" in indicator:  # 减少到现在的27项: reached; 削减航班数最多的4家航司: described
        return indicator
    parsed.verbs = [found.group(0)]
    return indicator[found.end():].removeprefix("了")


_LOWER_BOUND = re.compile(r"[\d.一二两三四五六七八九十百千万亿]+元以上$")
_IMPOSED_RANGE = re.compile(r"(?:以上[^，,。；;：:、]{1,12}?(?=以下|以内))?(?:以下|以内)?的?")


def _imposed_sum(text: str, value: Mention, vocab: FactVocab) -> str:
    """The noun of a sum a law imposes right after its figure or its range (``imposed_sums``:
    处二千元以上二万元以下的罚款 -> 罚款 for both bounds, 并处以二百元罚款 -> 罚款); empty for
    any other figure. Only MONEY: 五倍以下的罚款 is a multiple of another sum."""
    if value.label != "MONEY":
        return ""
    found = vocab.imposed.match(text, _IMPOSED_RANGE.match(text, value.end).end())
    if not found:
        return ""
    # 每株十万元以上五十万元以下罚款 -> 每株罚款 for both bounds: the base leads the sum
    before = _LOWER_BOUND.sub("", text[max(0, value.start - _FROM_REACH):value.start])
    per = vocab.imposed_base_end.search(before)
    return (per.group(0) if per else "") + found.group(0)


def _after_means(indicator: str, vocab: FactVocab) -> str:
    """The indicator after a verb of effort inside it (``means_verbs``: 以勇于担当的精神推动
    解决居民…问题 -> 解决居民…问题): the words before it say by what means, the effort verb
    goes (FACTS.md: effort verbs go; gold/facts/NOTES.md, sixteenth session, (a))."""
    found = vocab.means.search(indicator, 2)
    if found is None or len(indicator) - found.end() < 2 \
            or vocab.means_noun.match(indicator, found.end()):
        return indicator
    return indicator[found.end():]


def _fact(m: Mention, fact_id: int, indicator: str, kind: str, direction: str | None,
          status: str, period: str | None, place: str | None, rule: str) -> Fact:
    return Fact(
        doc_id=m.doc_id, fact_id=fact_id, value_start=m.start, value_end=m.end,
        value_text=m.text, label=m.label, value=m.value, unit=m.unit,
        qualifier=m.qualifier, indicator=_clean(indicator.replace(_RESPECTIVELY, "")), kind=kind,
        direction=direction if kind in ("growth", "change") else None, status=status,
        period=period, place=place, sentence_id=m.sentence_id, rule=rule)


#: ``s`` without spaces, quotes and title marks (_STRIP): the pattern's own ``sub``, with
#: no frame of Python around it (tens of thousands of calls a run)
_clean: Callable[[str], str] = partial(_STRIP.sub, "")


# -- the baseline ---------------------------------------------------------------------------

_NOUN_FLAGS = ("n", "vn", "an", "j", "l", "eng", "nz", "ns", "nt")


def baseline_facts(text: str, mentions: Sequence[Mention], sentences: Sequence[Sentence],
                   vocab: FactVocab, *, ref_date: str | None = None,
                   ctx: DocContext | None = None) -> tuple[Fact, ...]:
    """The baseline: each numeric mention's indicator is the nearest noun phrase before it
    in its sentence (jieba's parts of speech), its kind and direction come from the
    nearest verb of ``rules/facts.yaml`` before it, its period is the nearest DATE before
    it in the sentence (else the document's), its place the document's; all actual."""
    import jieba.posseg as pseg

    ctx = ctx or document_context(text, mentions, ref_date)
    verbs = alternation(vocab["up_verbs"] + vocab["down_verbs"])
    verb_re = re.compile(verbs)
    starts = [s.start for s in sentences]
    facts: list[Fact] = []
    for m in mentions:
        if m.label not in FACT_LABELS:
            continue
        sid = max(bisect.bisect_right(starts, m.start) - 1, 0) if sentences else None
        s_start = sentences[sid].start if sid is not None else 0
        left = text[s_start:m.start]
        words = list(pseg.cut(_STRIP.sub("", left)))
        phrase: list[str] = []
        for w in reversed(words):
            if w.flag.startswith(_NOUN_FLAGS) and w.word not in ("比", "上年"):
                phrase.append(w.word)
            elif phrase:
                break
        indicator = "".join(reversed(phrase))
        found = list(verb_re.finditer(left))
        kind, direction = "level", None
        if found:
            verb = found[-1].group(0)
            direction = "down" if verb in vocab.down else "up"
            kind = "growth" if (m.unit or "") in _GROWTH_UNITS else "change"
        dates = [d for d in mentions if d.label == "DATE" and d.norm
                 and s_start <= d.start < m.start]
        period = dates[-1].norm if dates else ctx.period
        facts.append(_fact(m, len(facts), indicator, kind, direction, "actual", period,
                           ctx.place, BASELINE_ID))
    return tuple(facts)

"""DATE rule pass and resolution against a reference date.

Rules in ``rules/dates.yaml`` find the dates; each names a resolver here that
turns the year, month, day, quarter or half into ISO 8601. A date with no
year written takes its year from context (ANNOTATION.md rule 5): the year
written in the same sentence, else the nearest year before it in the same
paragraph or in its section headings, else the reference year. 上年/去年 count
back from a year written in the same sentence, else from the reference year.

:func:`infer_ref_date` is the documented heuristic used when no reference date
is given (see README, "Reference dates").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from .model import Candidate
from .numbers import NumeralError, parse_numeral
from .numeric import (
    iter_matches,
    recorded_warnings,
    share_after_list,
    warn,
    word_after,
    word_before,
)
from .rules import NotPresent, RefSource, Rule, RuleSet, file_name
from .textview import TextView

_REL_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2}
_COUNT_BACK = frozenset({"去年", "上年"})
_TARGET_BEFORE = ("到", "至", "力争到", "争取到", "预计到")
#: a deadline (2030年前碳达峰, 2027年底前建成): a target's year too, no year written of;
#: not the first months of a year (2019年前三季度) nor 前后
_DEADLINE_AFTER = regex.compile(r"(?:年)?(?:底|末)?(?:以)?前(?![一二两三四五六七八九十0-9后])")
#: an event's edition (2022年第19届亚运会, 2025年第十五届全运会): the year names the event
#: (and the bodies named after it: 2022年第19届亚运会组委会办公室), no year written of
#: a weekday in brackets after a date (于4月20日（星期五）前报送: a notice's deadline): its 前 or
#: 以来 is read after it (C42u)
_WEEKDAY_NOTE = regex.compile(r"[（(](?:星期|周)[一二三四五六日天][）)]")
_EDITION_AFTER = regex.compile(r"(?:年)?(?:度)?第[一二三四五六七八九十百零〇\d]+届")
#: a price base (按2020年不变价格计算, 2020年可比价): the year prices are counted in, not one the
#: text speaks from (a bulletin's notes after its sections; F48f)
PRICE_BASE_AFTER = regex.compile(r"(?:年)?(?:的)?(?:不变价|可比价)")
#: a paragraph or sentence that looks back on years from the speaker's present (五年来，我们…,
#: …圆满收官。五年来，…; 过去一年，…): the latest year written is reviewed, and the text
#: speaks from the year after it
_REVIEW_OPENING = regex.compile(
    r"(?m)(?:^|[。！？!?])[\s“]*(?:五年来|过去五年|这五年|一年来|(?:刚刚|刚)?过去的?一年|这一年)[，,]")
#: a paragraph or sentence that opens with a five-year plan's years (“十二五”期间，…; “十四五”时期，…):
#: when the plan ends in the latest year written, the text reviews that plan (a 2016 report's
#: “十二五” review, cut without its title), as 五年来 says; a plan still to come (“十五五”时期，
#: in a text of 2026) ends later and says nothing of the kind
_PLAN_SPAN_OPENING = regex.compile(
    r"(?m)(?:^|[。！？!?])[\s“]*(?:各位代表[！!，,]\s*)?“?(十[一二三四五六七八九])五”?(?:规划)?(?:期间|时期)[，,]")
#: a top heading of a work report's review naming the one year it reviews (一、2023年工作回顾,
#: 一、2023年政府工作回顾, 一、2023年工作的简要回顾): the report speaks from the year after
#: (F49f-j; facts.FactVocab.review_heading_line reads such headings for a text's period, by
#: facts.yaml's words, which this module, imported by facts, does not load)
_REVIEW_HEADING = regex.compile(
    r"(?m)^[^\S\n]*[一二三四五六七八九十]+[、.．][^\S\n]*(?P<y>(?:19|20)\d\d)[^\S\n]*年"
    r"(?:政府)?工作(?:的简要|的)?回顾[^\S\n]*$")
#: words of the present year's plans: a text holding them speaks of its own year too;
#: not a target a review measures the year's results against (增速高于预期目标)
_PLAN_WORDS = regex.compile(r"今年|明年|(?<!(?:高于|超过|超出|好于|低于|完成|实现|达到)了?)预期目标")
#: the plans of a year written (2026年主要目标, 2026年重点工作): that year is the present;
#: not their completion, which a review tells (2025年主要目标的完成，标志着…;
#: 2025年主要目标任务圆满完成)
_PLANS_OF_YEAR = (r"{}年(?:的)?(?:主要目标|重点工作|主要任务|工作安排|经济社会发展)"
                  r"(?!(?:任务)?的?(?:顺利|圆满|全面|胜利|如期)?(?:完成|实现))")
#: a comparison base (比2020年, 较2020年; 从2020年的10.5万元提高到…): the year a figure is
#: measured from, no year the text is written in
_BASE_BEFORE = ("比", "较")
_FROM_BEFORE = ("从", "由")
_FROM_AFTER = regex.compile(r"(?:年)?(?:末|底)?的")
#: a ratio's base (是2007年的2.1倍, 相当于2010年的3倍) and a base compared with (与2019年相比,
#: 同2015年相比): the year a figure is measured against, no year the text speaks of (F50b)
_RATIO_BEFORE = ("是", "为", "相当于")
_RATIO_AFTER = regex.compile(r"(?:年)?(?:末|底)?的[\d.０-９一二两三四五六七八九十百千近约]{1,6}倍")
_WITH_BEFORE = ("与", "同", "和")
_WITH_AFTER = regex.compile(r"(?:年)?(?:末|底)?(?:相比|比较)")
#: the end of a plan's span in its title (《…规划（2021—2035年）》): the plan's last year, a
#: target; the present when it is the plan's last (《方案（2023-2025年）》 read in 2025)
_SPAN_END_BEFORE = regex.compile(r"[（(](?:19|20)\d{2}\s*年?\s*[-—–－─~至到]\s*$")
_SPAN_END_AFTER = regex.compile(r"年?[)）]")
#: a year's end after 到 (到2023年底，新疆累计外送…): as often the date results are counted
#: to as a target
_YEAR_END_AFTER = regex.compile(r"年?(?:底|末)")
#: what opens a target's clause before its 到/至 (到2030年，…; 力争到2030年): not a figure's
#: change (提高到2025年的) nor a span's start (2021年至2025年)
_TARGET_OPENS = regex.compile(r"(?:^|[。，；：！？、\s“（]|力争|争取|预计|确保|计划)$")
# a year in a file's name, standing apart from other letters and digits
# (shaanxi_2026_report.txt, 陕西省2026年政府工作报告.txt; not the hex of 5f0466c205263669.txt)
_NAME_YEAR = regex.compile(r"(?<![0-9A-Za-z])(?:19|20)[0-9]{2}(?![0-9A-Za-z])")
#: a full date in a file's name (xwlb_20220924.txt, notice_2021-03-05.txt): the day the text
#: was published or broadcast
_NAME_DATE = regex.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2"
                           r"(0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])")


@dataclass(frozen=True, slots=True)
class _Found:
    rule: Rule
    start: int
    end: int
    groups: dict[str, str | None]
    year: int | None  # the year written in the match itself


@dataclass(frozen=True, slots=True)
class _Context:
    view: TextView
    sentence_starts: list[int]
    year_positions: list[int]  # clean offsets of written years, sorted
    years: list[int]
    ref_year: int | None
    ref_month: int | None


def ref_year_of(ref_date: str | None) -> int | None:
    return int(ref_date[:4]) if ref_date else None


def find_dates(view: TextView, rules: RuleSet, ref_date: str | None) -> list[Candidate]:
    found = _all_matches(view.clean, rules)
    written = sorted({(f.start, f.year) for f in found if f.year is not None}
                     | _relative_years(found, ref_year_of(ref_date)))
    ctx = _Context(
        view=view,
        sentence_starts=[s.start for s in view.sentences],
        year_positions=[p for p, _ in written],
        years=[y for _, y in written],
        ref_year=ref_year_of(ref_date),
        ref_month=int(ref_date[5:7]) if ref_date and len(ref_date) >= 7 else None,
    )
    out = []
    for f in found:
        norm = _resolve(f, ctx)
        note = _WEEKDAY_NOTE.match(view.clean, f.end)
        qualifier = (word_after(view.clean, note.end() if note else f.end,
                                rules.qualifiers["date"].get("after", {}))
                     or word_before(view.clean, f.start, rules.qualifiers["date"].get("before", {}))
                     or "exact")
        out.append(Candidate(start=f.start, end=f.end, label="DATE", norm=norm,
                             qualifier=qualifier, rule=f.rule.id, priority=f.rule.priority))
    return share_after_list(out, view.clean, rules.qualifiers["date"].get("after", {}))


#: relative years that name a year by the reference date alone; a month after one takes
#: its year like a written one (rule 5: 2021年3月底 … 今年新增… 12月底前完成 -> 2020-12)
_ABSOLUTE_REL = frozenset({"今年", "本年", "明年", "前年"})


def _relative_years(found: list[_Found], ref_year: int | None) -> set[tuple[int, int]]:
    if ref_year is None:
        return set()
    return {(f.start, ref_year + _REL_OFFSET[rel]) for f in found
            if f.year is None and (rel := f.groups.get("rel")) in _ABSOLUTE_REL}


#: the date rules' matches of the last clean text scanned (its string and rule set, held
#: and compared by identity) and the warnings the scan gave: a text whose reference date is
#: guessed from the years it writes (infer_ref_date) has its dates read next (find_dates),
#: from the same matches, scanned once
_LAST_SCAN: tuple[str, RuleSet, list[_Found], tuple[str, ...]] | None = None


def _all_matches(clean: str, rules: RuleSet) -> list[_Found]:
    """Every date rule's matches on ``clean``, rule by rule; read again for the same text
    and rules from the last scan, whose warnings (a rule that timed out) are given again,
    as a second scan would give them."""
    global _LAST_SCAN
    last = _LAST_SCAN
    if last is not None and last[0] is clean and last[1] is rules:
        for message in last[3]:
            warn(message)
        return last[2]
    with recorded_warnings() as given:
        found = [f for rule in rules.dates for f in _matches(rule, clean)]
    _LAST_SCAN = (clean, rules, found, tuple(given))
    return found


def _matches(rule: Rule, clean: str) -> list[_Found]:
    out = []
    for m in iter_matches(rule.pattern, clean, rule.id, rule.needs, rule.needs_pattern):
        groups = m.groupdict()
        year = None
        if groups.get("y"):
            try:
                year = int(parse_numeral(groups["y"] or ""))
            except NumeralError:
                continue
        out.append(_Found(rule, m.start(), m.end(), groups, year))
    return out


def _resolve(f: _Found, ctx: _Context) -> str | None:
    year = f.year if f.year is not None else _year_for(f, ctx)
    if year is None:
        return None
    resolver = RESOLVERS.get(f.rule.resolve or "year")
    if resolver is None:
        return None
    try:
        return resolver(year, f.groups)
    except (NumeralError, ValueError):
        return None


def _year_for(f: _Found, ctx: _Context) -> int | None:
    if f.rule.resolve == "this_year":  # the year under review: its heading's, else below
        return _heading_year(f.start, ctx) or _review_year(ctx)
    if f.rule.resolve in ("past_year", "past_years"):  # the (last) year a review looks back on
        return _review_year(ctx)
    rel = f.groups.get("rel")
    if rel:
        base = ctx.ref_year
        if rel in _COUNT_BACK:  # rule 5: the sentence's year, else the reference year's;
            # 上年 (the year before the one in view) under a review heading (一、2025年工作
            # 回顾) counts from that heading's year, the year reviewed (d21: 高于上年同期);
            # 去年 is the speaker's last year wherever it stands
            heading = _heading_year(f.start, ctx) if rel == "上年" else None
            base = _sentence_year(f.start, ctx) or heading or base
        return None if base is None else base + _REL_OFFSET[rel]
    return (_sentence_year(f.start, ctx) or _paragraph_year(f.start, ctx)
            or _heading_year(f.start, ctx) or ctx.ref_year)


def _review_year(ctx: _Context) -> int | None:
    """The year a review looks back on: the year before the reference date's (a work
    report delivered in January; a reference year without its month, inferred from the
    years a text writes, is the year it speaks from), but the reference year itself when
    the text speaks from its second half (a bulletin on 2022 speaks from 2022-12)."""
    if ctx.ref_year is None:
        return None
    return ctx.ref_year - (0 if ctx.ref_month is not None and ctx.ref_month > 6 else 1)


#: what joins the items of a list of dates
_LIST_JOIN = regex.compile("[、和及与]")


def _sentence_bounds(pos: int, ctx: _Context) -> tuple[int, int, int]:
    i = max(bisect.bisect_right(ctx.sentence_starts, pos) - 1, 0)
    s = ctx.view.sentences[i]
    return s.start, s.end, s.paragraph


def _years_in(lo: int, hi: int, ctx: _Context) -> list[tuple[int, int]]:
    a = bisect.bisect_left(ctx.year_positions, lo)
    b = bisect.bisect_left(ctx.year_positions, hi)
    return list(zip(ctx.year_positions[a:b], ctx.years[a:b], strict=True))


def _sentence_year(pos: int, ctx: _Context) -> int | None:
    if not ctx.view.sentences:
        return None
    start, end, _ = _sentence_bounds(pos, ctx)
    before = _years_in(start, pos, ctx)
    if before:
        return before[-1][1]
    # a year written later in the sentence (rule 5), unless a list join stands between:
    # then it is a later item's own (4月10日、7月10日和2020年1月10日前: 4月10日 is the
    # reference year's)
    after = _years_in(pos + 1, end, ctx)
    if after and not _LIST_JOIN.search(ctx.view.clean, pos, after[0][0]):
        return after[0][1]
    return None


def _paragraph_year(pos: int, ctx: _Context) -> int | None:
    if not ctx.view.sentences:
        return None
    _, _, p_no = _sentence_bounds(pos, ctx)
    before = _years_in(ctx.view.paragraphs[p_no].start, pos, ctx)
    return before[-1][1] if before else None


def _heading_year(pos: int, ctx: _Context) -> int | None:
    if not ctx.view.sentences:
        return None
    _, _, p_no = _sentence_bounds(pos, ctx)
    for span in reversed(ctx.view.headings[p_no]):
        inside = _years_in(span.start, span.end, ctx)
        if inside:
            return inside[-1][1]
    return None


def _month(groups: dict[str, str | None], key: str) -> int:
    value = int(parse_numeral(groups.get(key) or ""))
    if not 1 <= value <= 12:
        raise ValueError(f"month {value}")
    return value


def _year_range(year: int, groups: dict[str, str | None]) -> str:
    last = int(parse_numeral(groups.get("y2") or ""))
    if last <= year:
        raise ValueError(f"year range {year}-{last}")
    return f"{year:04d}/{last:04d}"


def _quarter_span(year: int, groups: dict[str, str | None]) -> str:
    first, last = _quarter_months(groups.get("q"))[0], _quarter_months(groups.get("q2"))[1]
    if last <= first:
        raise ValueError("quarter list not in order")
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def _year(year: int, groups: dict[str, str | None]) -> str:
    if groups.get("end"):  # 2019年底, 上年末: the year's last month (guideline v3, rule 16)
        return f"{year:04d}-12"
    return f"{year:04d}"


def _past_years(year: int, groups: dict[str, str | None]) -> str:
    """过去五年 in a review whose last year is ``year``: the five years up to it."""
    n = int(parse_numeral(groups.get("n") or ""))
    return f"{year - n + 1:04d}/{year:04d}"


def _ym(year: int, groups: dict[str, str | None]) -> str:
    return f"{year:04d}-{_month(groups, 'm'):02d}"


def _ymd(year: int, groups: dict[str, str | None]) -> str:
    day = int(parse_numeral(groups.get("d") or ""))
    month = _month(groups, "m")
    if not 1 <= day <= 31:
        raise ValueError(f"day {day}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_range(year: int, groups: dict[str, str | None]) -> str:
    """3月5日至9日: the days of one month, an interval (rule 3: a range is one span)."""
    first = _ymd(year, groups)
    last = _ymd(year, {"m": groups.get("m"), "d": groups.get("d2")})
    if last <= first:
        raise ValueError("day range runs backwards")
    return f"{first}/{last}"


def _full_range(year: int, groups: dict[str, str | None]) -> str:
    """2026年2月1日至2029年1月31日, 11月6日至12月10日: two full dates, one interval (rule
    3); the second takes the first's year unless it writes its own."""
    first = _ymd(year, groups)
    last_year = int(parse_numeral(groups["y2"])) if groups.get("y2") else year
    last = _ymd(last_year, {"m": groups.get("m2"), "d": groups.get("d2")})
    if last <= first:
        raise ValueError("date range runs backwards")
    return f"{first}/{last}"


def _month_range(year: int, groups: dict[str, str | None]) -> str:
    m1, m2 = _month(groups, "m"), _month(groups, "m2")
    if m2 <= m1:
        raise ValueError("month range runs backwards")
    return f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}"


def _half(year: int, groups: dict[str, str | None]) -> str:
    first = groups.get("half") == "上半年"
    return f"{year:04d}-01/{year:04d}-06" if first else f"{year:04d}-07/{year:04d}-12"


def _quarter_months(numeral: str | None) -> tuple[int, int]:
    """The first and last month of the quarter ``numeral`` names (三 -> 7, 9)."""
    q = int(parse_numeral(numeral or ""))
    if not 1 <= q <= 4:
        raise ValueError(f"quarter {q}")
    return 3 * q - 2, 3 * q


def _quarter(year: int, groups: dict[str, str | None]) -> str:
    first, last = _quarter_months(groups.get("q"))
    if groups.get("qend"):  # 一季度末: the quarter's last month, as 2019年底 is the year's
        return f"{year:04d}-{last:02d}"
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def _first_quarters(year: int, groups: dict[str, str | None]) -> str:
    """前三季度: from the year's first month to the end of quarter N."""
    return f"{year:04d}-01/{year:04d}-{_quarter_months(groups.get('q'))[1]:02d}"


def _first_months(year: int, groups: dict[str, str | None]) -> str:
    """前4个月: from the year's first month to the end of month N (2 to 12)."""
    months = int(parse_numeral(groups.get("m") or ""))
    if not 2 <= months <= 12:
        raise ValueError(f"first {months} months")
    return f"{year:04d}-01/{year:04d}-{months:02d}"


def stated_ref_date(raw: str, source: RefSource) -> str | None:
    """The date ``source`` finds in ``raw`` (ISO year or year-month), else ``None``."""
    found = []
    for m, at in _windowed_matches(raw, source):
        at_head = at < source.head
        at_tail = bool(source.tail) and at >= len(raw) - source.tail
        if not (at_head or at_tail):
            if at >= source.head and not source.tail:
                break
            continue
        iso = (_plan_year_of(m.groupdict(), dict(source.plan_years)) if source.plan_years
               else _iso_of(m.groupdict(), source.end_of_year))
        if iso:
            found.append(iso)
            if not source.latest:
                break
    return max(found) if found else None


#: how far past a source's ``head`` (and before its ``tail``) its pattern is read, to the
#: line break after: a match starts in the head or the tail, and the text between is not
#: scanned (every source scanned each text whole, ~50 ms on the corpus and 100 bulk
#: files, most of it for the matches past the head no source takes: S44b)
_REF_REACH = 400


def _windowed_matches(raw: str, source: RefSource) -> Iterator[tuple[regex.Match[str], int]]:
    """The matches of ``source`` in the lines of ``raw`` that start before its head plus
    _REF_REACH (and, with a tail, in those from _REF_REACH before its tail on), in order,
    each with where it starts in ``raw``. The windows are cut at line breaks, so ``^``,
    ``$`` and the words around a match read as in the whole text."""
    head_end = raw.find("\n", source.head + _REF_REACH)
    head_end = len(raw) if head_end < 0 else head_end
    tail_start = raw.rfind("\n", 0, max(0, len(raw) - source.tail - _REF_REACH)) + 1 \
        if source.tail else len(raw)
    if tail_start <= head_end:
        windows = [(0, head_end if not source.tail else len(raw))]
    else:
        windows = [(0, head_end), (tail_start, len(raw))]
    for a, b in windows:
        for m in iter_matches(source.pattern, raw[a:b], source.id, source.needs):
            yield m, a + m.start()


#: a five-year plan's name (“十五五”, 十四五规划; not 十五年, 十五五年): its order N
_PLAN_NAME = regex.compile(r"(?<![一二三四五六七八九十])(十[一二三四五六七八九])五(?![年一二三四五六七八九十])")


def _latest_plan_end(clean: str) -> int | None:
    """The last year of the latest five-year plan ``clean`` names (“十五五” -> 2030; the
    Nth plan runs from 1966 + 5 (N - 3) for five years), or None when it names none."""
    orders = [int(parse_numeral(m.group(1))) for m in _PLAN_NAME.finditer(clean)]
    return 1966 + 5 * (max(orders) - 3) + 4 if orders else None


def _plan_year_of(groups: dict[str, str | None], places: dict[str, int]) -> str | None:
    """The year of a five-year plan's year: the Nth plan (N from 3 on) starts in
    1966 + 5 (N - 3), so “十五五” (the 15th) starts in 2026; its 开局之年 is 2026."""
    try:
        n = int(parse_numeral(groups.get("y") or ""))
    except NumeralError:
        return None
    place = places.get(groups.get("nth") or "")
    if n < 3 or place is None:
        return None
    return f"{1966 + 5 * (n - 3) + place:04d}"


def _iso_of(groups: dict[str, str | None], end_of_year: bool) -> str | None:
    try:
        year = int(parse_numeral(groups.get("y") or ""))
        month = int(parse_numeral(groups["m"])) if groups.get("m") else None
    except NumeralError:
        return None
    if not 1900 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
        return None
    if end_of_year:
        return f"{year:04d}-12"
    return f"{year:04d}" if month is None else f"{year:04d}-{month:02d}"


RESOLVERS: dict[str, Callable[[int, dict[str, str | None]], str]] = {
    "year": _year, "ym": _ym, "ymd": _ymd, "day_range": _day_range, "full_range": _full_range,
    "month_range": _month_range, "half": _half, "quarter": _quarter,
    "year_range": _year_range, "quarter_span": _quarter_span,
    "first_quarters": _first_quarters, "first_months": _first_months, "past_year": _year, "past_years": _past_years,
    "this_year": _year,
}


def _year_of_name(name: str) -> tuple[str | None, str]:
    """The year a file's name holds, when it holds one (the folders are not read)."""
    found = set(_NAME_YEAR.findall(file_name(name)))
    return (found.pop(), "inferred:file-name") if len(found) == 1 else (None, "none")


def _date_of_name(name: str) -> str | None:
    """The month of the one full date a file's name holds (xwlb_20220924.txt -> 2022-09),
    else None (the folders are not read; two dates, or a year alone, are no such date)."""
    found = {(m.group(1), m.group(3)) for m in
             _NAME_DATE.finditer(file_name(name))}
    return "-".join(found.pop()) if len(found) == 1 else None


def _not_present(clean: str, f: _Found, rules: RuleSet) -> list[NotPresent]:
    """The entries of ``rules/ref_dates.yaml``'s ``not_present`` whose words around the
    year ``f`` writes make it no year the text speaks from (2035年远景目标, 2022年以来)."""
    return [n for n in rules.not_present
            if (n.before is None or n.before.search(clean, max(0, f.start - 8), f.start))
            and (n.after is None or n.after.match(clean, f.end))]


def _aimed_at(clean: str, f: _Found) -> bool:
    """Whether the text aims at the year ``f`` writes: a deadline (2030年前), a plan's last
    year in its title (（2021—2035年）) or a target that opens a clause (到2030年，…; 力争到
    2030年), not the end a figure reached (从2020年的10.5万元提高到2025年的14万元) nor the end
    of a span of years (2021年至2025年)."""
    if _DEADLINE_AFTER.match(clean, f.end):
        return True
    if _SPAN_END_BEFORE.search(clean, max(0, f.start - 10), f.start):
        return bool(_SPAN_END_AFTER.match(clean, f.end))
    word = next((w for w in _TARGET_BEFORE if clean.endswith(w, 0, f.start)), None)
    return word is not None and not _YEAR_END_AFTER.match(clean, f.end) \
        and not clean.endswith(("底", "末"), f.start, f.end) and bool(
        _TARGET_OPENS.search(clean, max(0, f.start - len(word) - 4), f.start - len(word)))


def _opens_plan_ending(clean: str, year: int) -> bool:
    """Whether a paragraph or sentence of ``clean`` opens with the years of the five-year
    plan that ends in ``year`` (“十二五”期间， in a text whose latest year is 2015)."""
    for m in _PLAN_SPAN_OPENING.finditer(clean):
        try:
            n = int(parse_numeral(m.group(1)))
        except NumeralError:
            continue
        if 1966 + 5 * (n - 3) + 4 == year:  # the Nth plan's last year (_latest_plan_end)
            return True
    return False


def infer_ref_date(view: TextView, rules: RuleSet, name: str = "") -> tuple[str | None, str]:
    """The date a document speaks from; returns ``(ref_date, how)``.

    1. What the document says of itself, by the sources of
       ``rules/ref_dates.yaml`` in order (a bulletin's title, a delivery line,
       a dated signature, a law's header, a document number, a publication
       line): ``how`` is ``document:<kind>``.
    1a. Otherwise a full date the file's ``name`` holds (``xwlb_20220924.txt``, a news
       transcript saved under the day it was broadcast): its month, ``inferred:file-date``,
       before any guess from the years written (a transcript that names 2021 more than 2022
       still speaks from 2022).
    1b. Otherwise, again before any guess from the years written, a top heading of a
       report's review naming one year Y (一、2023年工作回顾): Y + 1,
       ``inferred:review-heading`` (a report titled with the year it is delivered in names
       that year as often as the one it reviews).
    2. Otherwise a guess from the years written in the text, leaving out
       targets (``到2025年``) and comparison bases (``比2020年``, ``从2020年的``, a ratio's
       ``是2007年的2.1倍``, ``与2019年相比``: F50b): M, the
       most frequent, and the answer is the latest year not after M + 1, leaving out deadlines too (2030年前) (a 2026 report
       reviews 2025 and plans 2026;
       a 2020 article reviews 2019 and speaks in 2020): ``inferred:written-years``.
       A year the text aims at (到2030年，…; 2030年前; a plan's last year in its title,
       （2021—2035年）; a vision, 2035年远景目标) is left out wherever written when after the
       latest other year plus one: it is to come, never the present.
       A text whose paragraphs open by looking back (五年来，…), that writes no
       year after M but a vision's, no target of M and no plans of its own year (今年, 预期目标,
       M年主要目标) reviews M and speaks from M + 1 (the review part of a 2026 report, without
       its title): ``inferred:written-years+review``.
       When the file's ``name`` holds the one year guessed (not a review's M + 1),
       ``inferred:written-years+file-name``.
    3. No year written: the one year the file's ``name`` holds (a report's task
       section saved as ``shaanxi_2026_tasks.txt``), ``inferred:file-name``.
    4. Otherwise ``None`` (relative dates stay unresolved), ``none``.
    """
    for source in rules.ref_sources:
        found = stated_ref_date(view.raw, source)
        if found:
            return found, f"document:{source.kind}"
    dated = _date_of_name(name)
    if dated is not None:  # a transcript saved under its day (xwlb_20220924.txt): that day's
        return dated, "inferred:file-date"
    reviewed = _REVIEW_HEADING.search(view.clean)
    if reviewed is not None:  # 一、2023年工作回顾: the review of 2023 in a report of 2024, over
        # the years written (a page titled 2024年某县政府工作报告 names 2024 as often: F49f-j)
        return f"{int(reviewed.group('y')) + 1:04d}", "inferred:review-heading"
    years, aimed, vision = [], set(), set()
    for f in _all_matches(view.clean, rules):
        if f.year is None or not 1900 <= f.year <= 2100:
            continue
        marks = _not_present(view.clean, f, rules)
        if _aimed_at(view.clean, f):
            aimed.add(f.year)
        if any(n.to_come for n in marks):
            vision.add(f.year)
        if view.clean.endswith(_TARGET_BEFORE + _BASE_BEFORE, 0, f.start) \
                or (view.clean.endswith(_FROM_BEFORE, 0, f.start)
                    and _FROM_AFTER.match(view.clean, f.end)) \
                or (view.clean.endswith(_RATIO_BEFORE, 0, f.start)
                    and _RATIO_AFTER.match(view.clean, f.end)) \
                or (view.clean.endswith(_WITH_BEFORE, 0, f.start)
                    and _WITH_AFTER.match(view.clean, f.end)) \
                or _DEADLINE_AFTER.match(view.clean, f.end) \
                or _EDITION_AFTER.match(view.clean, f.end) \
                or PRICE_BASE_AFTER.match(view.clean, f.end) or marks:
            continue
        years.append(f.year)
    # a year the text aims at (到2030年，…; 2035年远景目标) beyond the latest other year it
    # writes plus one is one to come, wherever written (2030年，全省生产总值达到…): never the
    # present. A target's year still tells that the text is not only a review (力争到2027年);
    # a vision's does not (every report since 2017 names 2035年)
    # the latest five-year plan a text names (“十五五”) is in force or next: a year after
    # its last year plus one (2035 beside “十五五”, 2026-2030) is one to come too, wherever
    # written (2035年，人均生产总值…): a 2026 report's aims and tasks cut without their
    # title speak from 2026, never 2036 (a text of 2032 names “十六五”)
    plan_end = _latest_plan_end(view.clean)
    beyond = {y for y in years if plan_end is not None and y > plan_end + 1}
    vision |= beyond
    written = max((y for y in years if y not in vision), default=None)
    aimed |= vision
    others = [y for y in years if y not in aimed]
    years = [y for y in years if y not in aimed or not others and y not in beyond
             or others and y <= max(others) + 1]
    if not years:
        return _year_of_name(name)
    counts = Counter(years)
    mode = max(counts, key=lambda y: (counts[y], y))
    latest = max(y for y in counts if y <= mode + 1)
    if latest == mode == written and mode not in aimed \
            and (_REVIEW_OPENING.search(view.clean) or _opens_plan_ending(view.clean, mode)) \
            and not _PLAN_WORDS.search(view.clean) \
            and not regex.search(_PLANS_OF_YEAR.format(mode), view.clean):
        return f"{mode + 1:04d}", "inferred:written-years+review"
    if _year_of_name(name)[0] == f"{latest:04d}":
        # the file's name holds the year guessed (hailar_2016_report_b.txt, the text writing
        # 2015 and 2016): the year a report's excerpt is delivered in, as a name's year alone
        # says (facts.document_context reads both alike: F37c)
        return f"{latest:04d}", "inferred:written-years+file-name"
    return f"{latest:04d}", "inferred:written-years"

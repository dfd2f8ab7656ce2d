"""Conformance against peer test suites: Recognizers-Text (Chinese) and JioNLP.

The peers' own cases (copied unchanged into a ``conformance/`` folder, see
its README) are mapped onto our labels and scored per file or group:

=============================================  ==============================================
peer file / group                              what is compared
=============================================  ==============================================
``Specs/Number/Chinese/NumberModel.json``      each expected result's ``Text`` through
                                               :func:`~policy_extract.numbers.parse_numeral`
                                               against ``Resolution.value`` (unit: result)
``Specs/Number/Chinese/PercentModel.json``     our PERCENT mentions of ``Input`` against the
                                               expected percentages, text and value (unit: case)
``Specs/NumberWithUnit/Chinese/CurrencyModel`` our MONEY mentions against the expected
                                               currency results: text, value, unit (unit: case)
jionlp ``parse_money``                         one MONEY mention of the input with the expected
                                               value, unit and qualifier (unit: case)
jionlp ``extract_money``                       our MONEY spans against the expected spans
                                               (unit: case)
=============================================  ==============================================

Out-of-scope cases (colloquial forms a government report does not write, or
forms our annotation guideline does not label) are *skipped with a reason*,
never counted as passed; the rate is ``passed / (total - skipped)``. The
scope rules are data (``*_SCOPE`` tables below), each with its reason. Where
a peer's span convention differs from ours (a trailing 人民币, a leading
sign) the strict rate counts it as a failure and a ``loose`` rate, value only,
is reported beside it.

Nothing here reads the conformance folder at import time; the caller passes
its path. ``python -m policy_extract.conformance PATH`` prints the table.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .model import Mention, PolicyExtractError
from .numbers import parse_numeral

#: The "now" handed to the extractor; the money and percent cases carry no dates.
REF_DATE = "2020-07"

NUMBER_MODEL = "recognizers-text/Specs/Number/Chinese/NumberModel.json"
PERCENT_MODEL = "recognizers-text/Specs/Number/Chinese/PercentModel.json"
CURRENCY_MODEL = "recognizers-text/Specs/NumberWithUnit/Chinese/CurrencyModel.json"
JIONLP_CASES = "jionlp_cases.json"

ExtractFn = Callable[[str], Sequence[Mention]]
ParseFn = Callable[[str], Decimal]

# --------------------------------------------------------------------------------------
# Scope: (pattern, reason). The first pattern that matches puts a case out of scope.
# --------------------------------------------------------------------------------------

#: NumberModel results (matched on the result's Text) the numeral normaliser is not meant
#: to handle. Chinese numerals with 点 decimals, financial and traditional forms, spaces
#: inside numerals, commas, Arabic numeral + magnitude (4.78万亿), mixed groups
#: (5万4千6百) and colloquial elision (两千四百五) stay in scope.
NUMBER_SCOPE: tuple[tuple[str, str], ...] = (
    (r"分\s*之|/|／|又", "fraction (分之, a/b, 又): not a numeral of a report amount"),
    (r"^[负負\-－]", "sign (负, -): the rules read direction from words (下降); "
                    "the normaliser takes unsigned numerals"),
    (r"\^|\d[eE]", "power or exponent notation (2^5, 2e5)"),
    (r"打", "dozen (一打 = 12): a classifier, not a numeral"),
    (r"半", "half (半百): colloquial"),
    (r"兆", "兆: 10^12 in the peer, 10^6 in mainland technical usage; ambiguous"),
    (r"[万萬]\s*[万萬]", "万万 (10^8): archaic"),
    (r"[多余几幾]", "inner approximator (多, 余, 几): the rules split it out before "
                   "the normaliser (2000|多|万元)"),
    (r"\d\s*[kKmM]\b|\d\s*[kKmM]$", "Latin magnitude suffix (40k, 2.5 M): not report prose"),
    (r"^\.", "leading decimal point (.5): not report prose"),
    (r"(?:^|[^一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩])零十",
     "零十 without a digit (standard form is 零一十)"),
)

#: PercentModel: expected results and negative inputs out of scope for a report extractor.
PERCENT_SCOPE: tuple[tuple[str, str], ...] = (
    (r"折", "discount (打对折, 75折): colloquial, not a percentage in reports"),
    (r"成", "tenths (五成, 三成半): colloquial, not a percentage in reports"),
    (r"[万萬]\s*分\s*之", "万分之/百万分之: no unit of their own in ANNOTATION.md (%, ‰, "
                         "个百分点); the rules read 万分之N as N/100 %, as gold/dev/NOTES.md settles"),
    (r"\d\s*[kK]", "Latin magnitude suffix (百分之15k): not report prose"),
)

#: CurrencyModel results out of scope.
CURRENCY_SCOPE: tuple[tuple[str, str], ...] = (
    (r"[块塊毛]|美分|銭", "colloquial money (三块, 五元三毛, 美分): not report prose"),
    (r"兆", "兆: ambiguous magnitude (10^12 or 10^6)"),
    (r"比特币", "crypto-asset, not a currency in ANNOTATION.md"),
)

#: jionlp parse_money / extract_money inputs (or expected spans) out of scope.
JIONLP_MONEY_SCOPE: tuple[tuple[str, str], ...] = (
    (r"[块塊毛]", "colloquial money (块, 毛, 块钱): not report prose"),
    (r"\d\s*[kKwW]", "Latin magnitude (15k, 30w): not report prose"),
    (r"个亿", "colloquial 两个亿: not report prose"),
    (r"^八到九百亿泰铢$", "upstream expected value is wrong (8e8 for 八[百亿]); not scored"),
)

#: Currency words whose absence makes an amount not MONEY (ANNOTATION.md, span rule 2).
_CURRENCY_WORD = re.compile(
    r"元|圆|人民币|美元|美金|欧元|日元|日币|港元|港币|英镑|韩元|卢布|澳元|台币|泰铢|"
    r"瑞士法郎|法郎|奈拉|比特币|[￥¥$€£]"
)
_NO_CURRENCY = "no currency written: a bare amount is not MONEY (ANNOTATION.md rule 2)"

#: ISO code (or the peer's unit name when it gives no code) → our unit.
ISO_TO_UNIT: dict[str, str] = {
    "CNY": "元", "USD": "美元", "EUR": "欧元", "JPY": "日元", "HKD": "港元",
    "TWD": "新台币", "GBP": "英镑", "KRW": "韩元", "RUB": "卢布", "AUD": "澳元",
    "CHF": "瑞士法郎", "NGN": "奈拉", "THB": "泰铢", "Dollar": "美元", "Bitcoin": "比特币",
}

#: jionlp currency names → our unit.
JIONLP_UNIT: dict[str, str] = {"港币": "港元", "台币": "新台币", "日币": "日元", "人民币": "元"}

#: jionlp ``definition`` → our qualifier (single value).
JIONLP_QUALIFIER: dict[str, str] = {
    "accurate": "exact", "blur+": "over", "blur-": "under", "blur": "approx",
}
#: Where ANNOTATION.md and jionlp disagree, the guideline wins: 近 is approx for us.
_GUIDELINE_QUALIFIER: tuple[tuple[str, str, str], ...] = (("近", "blur-", "approx"),)
_RANGE_SEPARATOR = re.compile(r"至|到|-|—|－|~|～")

_REL_TOL = Decimal("1e-9")


# --------------------------------------------------------------------------------------
# Results as data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored unit (a case, or for NumberModel one expected result)."""

    input: str
    expected: Any
    got: Any
    status: str  # "pass" | "fail" | "skip"
    reason: str | None = None
    loose: bool | None = None  # value-only verdict, where the group has one


@dataclass(frozen=True, slots=True)
class GroupResult:
    """Pass rates of one peer file or group."""

    name: str
    source: str
    unit: str
    compares: str
    outcomes: tuple[Outcome, ...]
    has_loose: bool = False

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def passed(self) -> int:
        return sum(o.status == "pass" for o in self.outcomes)

    @property
    def skipped(self) -> int:
        return sum(o.status == "skip" for o in self.outcomes)

    @property
    def failed(self) -> int:
        return sum(o.status == "fail" for o in self.outcomes)

    @property
    def in_scope(self) -> int:
        return self.total - self.skipped

    @property
    def rate(self) -> float:
        """Passed over in-scope cases (skipped cases are never counted as passed)."""
        return self.passed / self.in_scope if self.in_scope else 0.0

    @property
    def loose_passed(self) -> int | None:
        if not self.has_loose:
            return None
        return sum(o.status != "skip" and bool(o.loose) for o in self.outcomes)

    @property
    def loose_rate(self) -> float | None:
        lp = self.loose_passed
        if lp is None:
            return None
        return lp / self.in_scope if self.in_scope else 0.0

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "fail")

    @property
    def skips(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "skip")

    def skip_reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for o in self.skips:
            key = o.reason or "?"
            counts[key] = counts.get(key, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name, "source": self.source, "unit": self.unit,
            "total": self.total, "skipped": self.skipped, "in_scope": self.in_scope,
            "passed": self.passed, "failed": self.failed, "rate": round(self.rate, 4),
            "loose_passed": self.loose_passed,
            "loose_rate": None if self.loose_rate is None else round(self.loose_rate, 4),
        }


@dataclass(frozen=True, slots=True)
class Report:
    groups: tuple[GroupResult, ...] = field(default=())

    def group(self, name: str) -> GroupResult:
        for g in self.groups:
            if g.name == name:
                return g
        raise KeyError(name)

    def rates(self) -> dict[str, float]:
        return {g.name: g.rate for g in self.groups}


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyExtractError(f"{path}: conformance file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PolicyExtractError(f"{path}: cannot read conformance cases: {exc}") from exc


def load_recognizers(path: Path) -> list[dict[str, Any]]:
    data = load_json(path)
    if not isinstance(data, list) or not all(
            isinstance(c, dict) and "Input" in c and "Results" in c for c in data):
        raise PolicyExtractError(f"{path}: expected a list of cases with Input and Results")
    return data


def load_jionlp(path: Path) -> dict[str, list[dict[str, Any]]]:
    data = load_json(path)
    try:
        return {g["name"]: list(g["cases"]) for g in data["groups"]}
    except (KeyError, TypeError) as exc:
        raise PolicyExtractError(f"{path}: expected groups[] with name and cases") from exc


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def out_of_scope(text: str, scope: Iterable[tuple[str, str]]) -> str | None:
    """The reason ``text`` is out of scope, or None."""
    for pattern, reason in scope:
        if re.search(pattern, text):
            return reason
    return None


def same_number(a: Decimal | None, b: Decimal | None) -> bool:
    """Equal within a relative 1e-9, as the gold scorer compares values."""
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= _REL_TOL * max(abs(a), abs(b))


def norm_text(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def to_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value).strip().rstrip("%"))
    except InvalidOperation:
        return None


def default_extract(text: str) -> Sequence[Mention]:
    from .pipeline import extract  # the pipeline loads rules and jieba: only when used

    return extract(text, ref_date=REF_DATE).mentions


def _mention_view(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"text": m.text, "start": m.start, "end": m.end,
                           "value": None if m.value is None else str(m.value)}
    if m.value_max is not None:
        out["value_max"] = str(m.value_max)
    if m.unit is not None:
        out["unit"] = m.unit
    if m.qualifier is not None:
        out["qualifier"] = m.qualifier
    return out


def _run_extract(extract_fn: ExtractFn, text: str, label: str) -> list[Mention] | str:
    try:
        return [m for m in extract_fn(text) if m.label == label]
    except Exception as exc:  # a crash is a failed case, with its message kept
        return f"error: {type(exc).__name__}: {exc}"


def _overlaps(m: Mention, spans: Iterable[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in spans)


# --------------------------------------------------------------------------------------
# Recognizers-Text
# --------------------------------------------------------------------------------------


def run_number_model(cases: Sequence[dict[str, Any]], parse: ParseFn = parse_numeral,
                     source: str = NUMBER_MODEL) -> GroupResult:
    """One outcome per expected number: ``parse(Text) == Resolution.value``."""
    outcomes: list[Outcome] = []
    for case in cases:
        for res in case["Results"]:
            text = res["Text"]
            want = to_decimal(res.get("Resolution", {}).get("value"))
            reason = out_of_scope(text, NUMBER_SCOPE)
            if reason:
                outcomes.append(Outcome(text, str(want), None, "skip", reason))
                continue
            try:
                got: Decimal | str = parse(text)
            except Exception as exc:
                got = f"error: {type(exc).__name__}: {exc}"
            ok = isinstance(got, Decimal) and same_number(got, want)
            outcomes.append(Outcome(text, str(want), str(got), "pass" if ok else "fail"))
    return GroupResult("rt.number", source, "result",
                       "parse_numeral(Text) == value", tuple(outcomes))


def _scoped_results(case: dict[str, Any], scope: Sequence[tuple[str, str]],
                    ) -> tuple[list[dict[str, Any]], list[tuple[int, int]], list[str]]:
    """In-scope expected results, spans of the dropped ones, reasons for dropping."""
    kept: list[dict[str, Any]] = []
    dropped: list[tuple[int, int]] = []
    reasons: list[str] = []
    for res in case["Results"]:
        reason = out_of_scope(res["Text"], scope)
        if reason:
            dropped.append((res["Start"], res["End"] + 1))  # the peers' End is inclusive
            reasons.append(reason)
        else:
            kept.append(res)
    return kept, dropped, reasons


def _run_span_model(cases: Sequence[dict[str, Any]], extract_fn: ExtractFn, *, name: str,
                    source: str, label: str, type_name: str,
                    scope: Sequence[tuple[str, str]],
                    expect: Callable[[dict[str, Any]], tuple[str, Decimal | None, str | None]],
                    ours: Callable[[Mention], tuple[str, Decimal | None, str | None]],
                    extra_skip: Callable[[dict[str, Any]], str | None] | None = None,
                    ) -> GroupResult:
    outcomes: list[Outcome] = []
    for case in cases:
        text = case["Input"]
        case = {**case, "Results": [r for r in case["Results"] if r["TypeName"] == type_name]}
        kept, dropped, reasons = _scoped_results(case, scope)
        if extra_skip is not None:
            more = [(r, extra_skip(r)) for r in kept]
            for r, why in more:
                if why:
                    dropped.append((r["Start"], r["End"] + 1))
                    reasons.append(why)
            kept = [r for r, why in more if not why]
        want = [expect(r) for r in kept]
        shown = [{"text": t, "value": None if v is None else str(v), "unit": u}
                 for t, v, u in want]
        if not kept and reasons:
            outcomes.append(Outcome(text, case["Results"], None, "skip", reasons[0]))
            continue
        if not case["Results"]:
            reason = out_of_scope(text, scope)
            if reason:
                outcomes.append(Outcome(text, [], None, "skip", reason))
                continue
        found = _run_extract(extract_fn, text, label)
        if isinstance(found, str):
            outcomes.append(Outcome(text, shown, found, "fail", loose=False))
            continue
        found = [m for m in found if not _overlaps(m, dropped)]
        got = [ours(m) for m in found]
        strict = len(got) == len(want) and all(
            norm_text(gt) == norm_text(wt) and same_number(gv, wv) and gu == wu
            for (gt, gv, gu), (wt, wv, wu) in zip(got, want, strict=True))
        loose = len(got) == len(want) and all(
            same_number(gv, wv) for (_, gv, _), (_, wv, _) in zip(
                sorted(got, key=lambda g: g[1] or 0), sorted(want, key=lambda w: w[1] or 0),
                strict=True))
        note = f"partly out of scope: {reasons[0]}" if reasons else None
        outcomes.append(Outcome(text, shown, [_mention_view(m) for m in found],
                                "pass" if strict else "fail", note, loose=loose))
    return GroupResult(name, source, "case", f"{label} mentions: text, value, unit",
                       tuple(outcomes), has_loose=True)


def percent_value(m: Mention) -> Decimal | None:
    """Our PERCENT value in percent: ‰ is a tenth of a percent; 个百分点 counts as %."""
    if m.value is None:
        return None
    return m.value / 10 if m.unit == "‰" else m.value


def run_percent_model(cases: Sequence[dict[str, Any]], extract_fn: ExtractFn = default_extract,
                      source: str = PERCENT_MODEL) -> GroupResult:
    return _run_span_model(
        cases, extract_fn, name="rt.percent", source=source, label="PERCENT",
        type_name="percentage", scope=PERCENT_SCOPE,
        expect=lambda r: (r["Text"], to_decimal(r["Resolution"]["value"]), None),
        ours=lambda m: (m.text, percent_value(m), None),
    )


def _currency_skip(res: dict[str, Any]) -> str | None:
    if res["Resolution"].get("value") is None:
        return "currency name without an amount (人民币, 美元): not MONEY in ANNOTATION.md"
    return None


def run_currency_model(cases: Sequence[dict[str, Any]],
                       extract_fn: ExtractFn = default_extract,
                       source: str = CURRENCY_MODEL) -> GroupResult:
    def expect(r: dict[str, Any]) -> tuple[str, Decimal | None, str | None]:
        res = r["Resolution"]
        code = res.get("isoCurrency") or res.get("unit")
        return r["Text"], to_decimal(res.get("value")), ISO_TO_UNIT.get(code, code)

    return _run_span_model(
        cases, extract_fn, name="rt.currency", source=source, label="MONEY",
        type_name="currency", scope=CURRENCY_SCOPE, expect=expect,
        ours=lambda m: (m.text, m.value, m.unit), extra_skip=_currency_skip,
    )


# --------------------------------------------------------------------------------------
# JioNLP
# --------------------------------------------------------------------------------------


def _jionlp_skip(text: str) -> str | None:
    reason = out_of_scope(text, JIONLP_MONEY_SCOPE)
    if reason:
        return reason
    if not _CURRENCY_WORD.search(text):
        return _NO_CURRENCY
    return None


def _expected_qualifiers(text: str, definition: str) -> set[str]:
    quals = {JIONLP_QUALIFIER[definition]}
    for word, peer, ours in _GUIDELINE_QUALIFIER:
        if peer == definition and word in text:
            quals.add(ours)
    return quals


def judge_parse_money(text: str, expected: dict[str, Any], found: list[Mention],
                      ) -> tuple[bool, bool]:
    """(strict, loose) verdict for one jionlp ``parse_money`` case.

    strict: exactly one MONEY mention, with the expected value, unit and qualifier.
    A single num maps to ``value``; a pair [low, high] maps to ``value``/``value_max``
    when the input writes a range (至, 到, -, ~), and otherwise (3000多, 数十亿, 八九亿)
    may also be written our way: ``value`` = low, no ``value_max``, qualifier over or
    approx (ANNOTATION.md: ``2000 多万元`` → 20000000, over). Qualifiers are not
    checked for ranges. loose: some MONEY mention has the expected value(s).
    """
    unit = JIONLP_UNIT.get(expected["case"], expected["case"])
    num = expected["num"]
    if isinstance(num, list):
        low, high = Decimal(num[0]), Decimal(num[1])
        written_range = bool(_RANGE_SEPARATOR.search(text))

        def value_ok(m: Mention) -> bool:
            if same_number(m.value, low) and same_number(m.value_max, high):
                return True
            return (not written_range and same_number(m.value, low) and m.value_max is None
                    and m.qualifier in {"over", "approx"})

        def qual_ok(m: Mention) -> bool:
            return True
    else:
        want = Decimal(num)
        quals = _expected_qualifiers(text, expected["definition"])

        def value_ok(m: Mention) -> bool:
            return same_number(m.value, want) and m.value_max is None

        def qual_ok(m: Mention) -> bool:
            return m.qualifier in quals

    strict = len(found) == 1 and value_ok(found[0]) and qual_ok(found[0]) \
        and found[0].unit == unit
    loose = any(value_ok(m) for m in found)
    return strict, loose


def run_jionlp_parse_money(cases: Sequence[dict[str, Any]],
                           extract_fn: ExtractFn = default_extract,
                           source: str = JIONLP_CASES) -> GroupResult:
    outcomes: list[Outcome] = []
    for case in cases:
        text, expected = case["input"], case["expected"]
        reason = _jionlp_skip(text)
        if reason:
            outcomes.append(Outcome(text, expected, None, "skip", reason))
            continue
        found = _run_extract(extract_fn, text, "MONEY")
        if isinstance(found, str):
            outcomes.append(Outcome(text, expected, found, "fail", loose=False))
            continue
        strict, loose = judge_parse_money(text, expected, found)
        outcomes.append(Outcome(text, expected, [_mention_view(m) for m in found],
                                "pass" if strict else "fail", loose=loose))
    return GroupResult("jionlp.parse_money", source, "case",
                       "one MONEY mention: value, value_max, unit, qualifier",
                       tuple(outcomes), has_loose=True)


def run_jionlp_extract_money(cases: Sequence[dict[str, Any]],
                             extract_fn: ExtractFn = default_extract,
                             source: str = JIONLP_CASES) -> GroupResult:
    """Our MONEY spans equal the expected spans (jionlp offsets are end-exclusive)."""
    outcomes: list[Outcome] = []
    for case in cases:
        text, expected = case["input"], case["expected"]
        kept, dropped, reasons = [], [], []
        for item in expected:
            reason = _jionlp_skip(item["text"])
            if reason:
                dropped.append(tuple(item["offset"]))
                reasons.append(reason)
            else:
                kept.append(item)
        if expected and not kept:
            outcomes.append(Outcome(text, expected, None, "skip", reasons[0]))
            continue
        found = _run_extract(extract_fn, text, "MONEY")
        if isinstance(found, str):
            outcomes.append(Outcome(text, expected, found, "fail", loose=False))
            continue
        found = [m for m in found if not _overlaps(m, dropped)]
        want = [(i["offset"][0], i["offset"][1]) for i in kept]
        got = [(m.start, m.end) for m in found]
        strict = got == want
        loose = len(got) == len(want) and all(_overlaps(m, [w]) for m, w in
                                              zip(found, want, strict=True))
        note = f"partly out of scope: {reasons[0]}" if reasons else None
        outcomes.append(Outcome(text, [{"text": i["text"], "offset": i["offset"]} for i in kept],
                                [_mention_view(m) for m in found],
                                "pass" if strict else "fail", note, loose=loose))
    return GroupResult("jionlp.extract_money", source, "case", "MONEY spans (offsets)",
                       tuple(outcomes), has_loose=True)


# --------------------------------------------------------------------------------------
# All of it
# --------------------------------------------------------------------------------------


def run_all(root: Path, extract_fn: ExtractFn | None = None,
            parse: ParseFn = parse_numeral) -> Report:
    """Score every supported peer file under ``root`` (a ``conformance/`` folder)."""
    root = Path(root)
    if not root.is_dir():
        raise PolicyExtractError(f"{root}: conformance folder not found")
    fn = extract_fn or default_extract
    jio = load_jionlp(root / JIONLP_CASES)
    for group in ("parse_money", "extract_money"):
        if group not in jio:
            raise PolicyExtractError(f"{root / JIONLP_CASES}: no group {group!r}")
    return Report((
        run_number_model(load_recognizers(root / NUMBER_MODEL), parse),
        run_percent_model(load_recognizers(root / PERCENT_MODEL), fn),
        run_currency_model(load_recognizers(root / CURRENCY_MODEL), fn),
        run_jionlp_parse_money(jio["parse_money"], fn),
        run_jionlp_extract_money(jio["extract_money"], fn),
    ))


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def format_table(report: Report) -> str:
    """The pass-rate table as Markdown."""
    lines = [
        "| group | peer file | unit | total | skipped | in scope | passed | failed "
        "| pass rate | loose (value only) |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for g in report.groups:
        lines.append(
            f"| {g.name} | `{g.source}` | {g.unit} | {g.total} | {g.skipped} | {g.in_scope} "
            f"| {g.passed} | {g.failed} | {_pct(g.rate)} | {_pct(g.loose_rate)} |")
    return "\n".join(lines)


def format_details(report: Report, *, max_failures: int = 1000) -> str:
    """Skip reasons and failing cases, for error analysis."""
    out: list[str] = []
    for g in report.groups:
        out.append(f"\n## {g.name} ({g.compares})\n")
        if g.skips:
            out.append("skipped:")
            out.extend(f"  {n:4d}  {reason}" for reason, n in g.skip_reasons().items())
        out.append(f"failed ({g.failed}):")
        for o in g.failures[:max_failures]:
            out.append(f"  - input:    {o.input!r}")
            out.append(f"    expected: {json.dumps(o.expected, ensure_ascii=False)}")
            out.append(f"    got:      {json.dumps(o.got, ensure_ascii=False)}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m policy_extract.conformance PATH [--details]``: print the rate table."""
    args = list(sys.argv[1:] if argv is None else argv)
    details = "--details" in args
    paths = [a for a in args if not a.startswith("--")]
    if len(paths) != 1:
        print("usage: python -m policy_extract.conformance PATH_TO_SHARED_CONFORMANCE "
              "[--details]", file=sys.stderr)
        return 2
    try:
        report = run_all(Path(paths[0]))
    except PolicyExtractError as exc:
        print(f"conformance: error: {exc}", file=sys.stderr)
        return 2
    print(format_table(report))
    if details:
        print(format_details(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

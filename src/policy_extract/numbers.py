"""Numerals to exact :class:`~decimal.Decimal` values.

cn2an converts the numeral *inside* a match only (never whole text: on its own
it turns 一带一路 into 1带1路). Arabic numerals are parsed directly so that
``215.8`` × 亿 is exactly ``21580000000``. So is a Chinese numeral in its plain
written form (:func:`_plain_numeral`: 二十五, 一千五百, 一万五千, 二点五), to the value
cn2an gives it, so that a process whose numerals are all plain never imports cn2an
(0.15-0.2 CPU-s of its patterns and of proces's, a fresh ``run``'s).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .model import PolicyExtractError

MAGNITUDES: dict[str, Decimal] = {
    "十": Decimal(10),
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "十亿": Decimal(10) ** 9,
    "百亿": Decimal(10) ** 10,
    "千亿": Decimal(10) ** 11,
    "万亿": Decimal(10) ** 12,
    "千万亿": Decimal(10) ** 15,
    "萬": Decimal(10) ** 4,
    "k": Decimal(1000),
    "K": Decimal(1000),
    "w": Decimal(10) ** 4,
    "W": Decimal(10) ** 4,
}

_CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_FINANCIAL = str.maketrans({
    "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六",
    "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
    "萬": "万", "億": "亿", "貳": "二", "參": "三", "陸": "六", "兩": "两",
})


class NumeralError(PolicyExtractError):
    pass


@lru_cache(maxsize=8192)  # reports repeat their numerals (5,519 parsed, 247 distinct, bulk)
def parse_numeral(text: str) -> Decimal:
    """Value of one numeral: ``"215.8"``, ``"1,234"``, ``"三千五百万"``, ``"二〇一九"``, ``"百"``."""
    s = text.replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        raise NumeralError("empty numeral")
    if s[0].isdigit():
        return _parse_arabic(s)
    s = s.translate(_FINANCIAL)
    if s in MAGNITUDES:  # a bare magnitude means one of it: 百强, 亿元
        return MAGNITUDES[s]
    if all(ch in _CN_DIGITS for ch in s):  # digit by digit: 二〇一九, 五〇〇
        return Decimal("".join(str(_CN_DIGITS[ch]) for ch in s))
    try:
        plain = _plain_numeral(s)
        return Decimal(str(_cn2an(s) if plain is None else plain))
    except (ValueError, KeyError, InvalidOperation) as exc:
        raise NumeralError(f"not a numeral: {text!r}") from exc


_D = "[一二两三四五六七八九]"
#: a group of thousands written with every unit from its first down (五千五百五十五, 两千):
#: no 零 and none of the spoken forms that leave the last unit out (一千五 is 1500 to
#: cn2an, 一千五十 1050)
_THOUSANDS = f"{_D}千(?:{_D}百(?:{_D}十{_D}?)?)?"
#: the same below 10,000 (五百五十, 十五, 二十)
_GROUP = f"(?:{_THOUSANDS}|{_D}百(?:{_D}十{_D}?)?|{_D}?十{_D}?)"
#: a plain numeral: a group or one digit, of 万 and with a group of thousands after it or
#: not (一万五千, 二十万), or 零; a decimal part of plain digits after any (二点五, 零点二)
_PLAIN = re.compile(f"(?P<int>(?:{_GROUP}|{_D})(?:万(?:{_THOUSANDS})?)?|零)"
                    "(?:点(?P<dec>[零一二三四五六七八九]{1,15}))?")
_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}


def _plain_numeral(s: str) -> int | float | None:
    """The value cn2an's ``smart`` mode gives a plain numeral (:data:`_PLAIN`): an int, or
    with a decimal part the float cn2an's own steps make; None for any other string (cn2an
    reads it). tests/test_numbers.py holds this to cn2an on every plain numeral below
    10,000, each with 万 and with a decimal part, and on a sample of the rest."""
    m = _PLAIN.fullmatch(s)
    if m is None:
        return None
    total = section = 0
    digit: int | None = None
    for ch in m["int"]:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch == "万":
            total, section, digit = (section + (digit or 0)) * 10000, 0, None
        else:  # a unit: of the digit before it, or of one (十五)
            section += (1 if digit is None else digit) * _UNIT[ch]
            digit = None
    integer = total + section + (digit or 0)
    digits = m["dec"]
    if digits is None:
        return integer
    # cn2an's decimal part: its digits times powers of ten summed from the last, rounded
    # to the digits written, added to the integer and rounded again (the float it returns)
    fraction = 0.0
    for index in range(len(digits) - 1, -1, -1):
        fraction += _DIGIT[digits[index]] * 10 ** -(index + 1)
    return round(integer + round(fraction, len(digits)), len(digits))


def _cn2an(s: str) -> object:
    """cn2an's value of a Chinese numeral (:func:`load_converter` at the first)."""
    return load_converter()(s, "smart")


@lru_cache(maxsize=1)
def load_converter() -> Callable[[str, str], object]:
    """cn2an's converter, imported at the first Chinese numeral parsed that is not plain
    (:func:`_plain_numeral`), not when this module is nor at a pipeline's build: its
    import builds its converters and proces's patterns (0.15-0.3 CPU-s), which a process
    whose numerals are all plain, or that extracts nothing (``show``, ``report``,
    ``--version``), need not pay."""
    import cn2an

    return cn2an.cn2an  # type: ignore[no-any-return]


def _parse_arabic(s: str) -> Decimal:
    # mixed forms such as 3千 or 1.2万 are split by the rules into numeral + magnitude
    try:
        return Decimal(s)
    except InvalidOperation:
        pass
    head = s.rstrip("十百千万亿")
    tail = s[len(head):]
    if head and tail in MAGNITUDES:
        try:
            return Decimal(head) * MAGNITUDES[tail]
        except InvalidOperation:
            pass
    raise NumeralError(f"not a numeral: {s!r}")


#: fractions of the yuan, a rule's magnitude only (money.cents_per_unit: 5分/千瓦时 = 0.05 元),
#: never a numeral of their own
FRACTIONS: dict[str, Decimal] = {"分": Decimal("0.01"), "角": Decimal("0.1")}


def magnitude(text: str | None) -> Decimal:
    """Multiplier of a magnitude word (``万``, ``千万``, ``亿``; ``分`` of a yuan); 1 for none."""
    if not text:
        return Decimal(1)
    try:
        return MAGNITUDES.get(text) or FRACTIONS[text]
    except KeyError:
        raise NumeralError(f"unknown magnitude: {text!r}") from None


def to_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def plain(value: Decimal) -> Decimal:
    """Drop a needless exponent or trailing zeros: 2.158E+10 -> 21580000000."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal

"""Chinese numerals: the plain forms numbers.py reads itself give cn2an's value, and any
other goes to cn2an (numbers._plain_numeral; the thirty-fifth session's speedb35)."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
from decimal import Decimal

import pytest

from policy_extract.numbers import NumeralError, _plain_numeral, load_converter, parse_numeral

DIGITS = "一二两三四五六七八九"


def groups() -> list[str]:
    """Every plain group below 10,000 (numbers._GROUP)."""
    tens = [f"{t}十{u}" for t in ["", *DIGITS] for u in ["", *DIGITS]]
    hundreds = [f"{h}百" for h in DIGITS] + [f"{h}百{t}十{u}" for h in DIGITS
                                            for t in DIGITS for u in ["", *DIGITS]]
    thousands = [f"{k}千" for k in DIGITS] + [f"{k}千{h}" for k in DIGITS for h in hundreds]
    return tens + hundreds + thousands


def cn2an_value(s: str) -> object:
    """What parse_numeral made of cn2an's answer before: its value, or the error."""
    try:
        return Decimal(str(load_converter()(s, "smart")))
    except (ValueError, KeyError):
        return NumeralError


def own_value(s: str) -> object:
    value = _plain_numeral(s)
    assert value is not None, s
    return Decimal(str(value))


@pytest.mark.parametrize(("text", "value"), [
    ("十", 10), ("十五", 15), ("二十", 20), ("两千", 2000), ("五百", 500), ("一百五十", 150),
    ("一千五百", 1500), ("三千五百", 3500), ("四百四十一", 441), ("一万五千", 15000),
    ("二十万", 200000), ("十两", 12),
    ("五点二", Decimal("5.2")), ("零点二", Decimal("0.2")), ("一点二三四", Decimal("1.234")),
    ("十点五", Decimal("10.5")),
])
def test_plain_numerals(text: str, value: int | Decimal) -> None:
    assert own_value(text) == value
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", [
    # spoken forms that leave the last unit out, or cn2an's mended ones: cn2an's to read
    "一千五", "一万五", "一百十", "一千五十", "一千零一", "一万零五百", "三百万零一",
    # cn2an refuses these (parse_numeral: NumeralError), or reads them its own way
    "十千", "四百四十一千", "百", "千五", "二十二十", "万", "一万万", "三亿", "点五", "五点",
    "负五", "五元", "廿五", "五点两",
])
def test_other_forms_go_to_cn2an(text: str) -> None:
    assert _plain_numeral(text) is None


def test_plain_numerals_are_read_as_cn2an_reads_them() -> None:
    """Every plain group below 10,000 and digit, each with 万 after it, and with a decimal
    part (the groups' first two digits, each with 20 of them); a
    sample of groups of 万 followed by a group of thousands and of longer decimals: the
    value cn2an gives each (what parse_numeral gave before it read them itself)."""
    rng = random.Random(35)
    below = groups() + list(DIGITS)
    thousands = [g for g in below if "千" in g]
    decimals = ["".join(p) for n in (1, 2) for p in itertools.product("零一二三四五六七八九",
                                                                     repeat=n)]
    cases = [*below, *(f"{g}万" for g in below),
             *(f"{g}万{rng.choice(thousands)}" for g in rng.sample(below, 2000)),
             *(f"{rng.choice([*below, '零'])}点{d}" for d in decimals for _ in range(20)),
             *(f"{rng.choice(below)}点{''.join(rng.choices('零一二三四五六七八九', k=k))}"
               for k in range(3, 16) for _ in range(100))]
    wrong = [(s, own_value(s), cn2an_value(s)) for s in cases if own_value(s) != cn2an_value(s)]
    assert not wrong, wrong[:10]


def test_cn2an_is_imported_only_for_a_numeral_not_plain() -> None:
    """A process whose numerals are all plain never imports cn2an (nor proces, whose
    patterns its import builds)."""
    code = ("import sys\n"
            "from policy_extract.numbers import parse_numeral\n"
            "assert parse_numeral('一千五百') == 1500 and parse_numeral('二点五') == 2.5\n"
            "assert 'cn2an' not in sys.modules\n"
            "assert parse_numeral('一千五') == 1500\n"
            "assert 'cn2an' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)

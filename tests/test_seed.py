"""The seed's must-show values (issue 2), checked on the bundled seed text."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from policy_extract import Extraction

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_5f0466c205263669.txt"


@pytest.fixture(scope="module")
def seed(pipeline) -> tuple[str, Extraction]:
    text = SEED.read_text(encoding="utf-8")
    return text, pipeline.extract(text, ref_date="2020-07")


MONEY = [
    ("2000 多万元", Decimal(20_000_000), "over"),
    ("亿元", Decimal(100_000_000), "over"),  # 亿元以上 → 1e8 over
    ("4 亿元", Decimal(400_000_000), "over"),  # 超过 4 亿元
    ("13.84亿元", Decimal(1_384_000_000), "exact"),
    ("215.8 亿元", Decimal(21_580_000_000), "exact"),
]


@pytest.mark.parametrize(("span", "value", "qualifier"), MONEY, ids=[m[0] for m in MONEY])
def test_money(seed, span: str, value: Decimal, qualifier: str) -> None:
    _, ex = seed
    found = [(m.value, m.qualifier) for m in ex.mentions if m.label == "MONEY" and m.text == span]
    assert (value, qualifier) in found


NOT_DATES = ["1515", "1820人", "2000亩", "五个100", "2号公章", "一号工程", "4.0时代"]


@pytest.mark.parametrize("surface", NOT_DATES)
def test_no_date_inside(seed, surface: str) -> None:
    text, ex = seed
    pattern = r"\s*".join(re.escape(ch) for ch in surface)  # the seed breaks lines inside names
    at = [m.span() for m in re.finditer(pattern, text)]
    assert at, f"{surface} not in the seed"
    for s, e in at:
        assert not [m for m in ex.mentions if m.label == "DATE" and m.start < e and m.end > s]


def test_first_half_of_this_year(seed) -> None:
    _, ex = seed
    dates = [m for m in ex.mentions if m.label == "DATE" and m.text == "今年 1 至 6 月"]
    assert [m.norm for m in dates] == ["2020-01/2020-06"]


def test_every_mention_is_its_raw_slice(seed) -> None:
    text, ex = seed
    assert all(text[m.start:m.end] == m.text for m in ex.mentions)

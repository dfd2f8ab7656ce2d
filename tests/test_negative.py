"""A negative corpus: inputs from which nothing numeric or date-like may be extracted."""

from __future__ import annotations

import pytest

NUMERIC_OR_DATE = {"MONEY", "COUNT", "PERCENT", "DATE", "QUANTITY", "DURATION", "RANK"}

NEGATIVE = [
    "纳入市“1515”工程扶持范围",
    "全面启用“2号公章”",
    "共建“一带一路”",
    "加快推动常德工业向“4.0时代”迈进",
    "坚持把招商引资作为“一号工程”",
    "狠抓省“五个100”重大产业项目",
    "培育千亿产业集群",
    "新增百亿企业",
    "打造千亿园区",
    "近年来，目前，年内，疫情期间，新时代",
    "全年、年度、年内",
    "全省第一批产业园区体制机制创新试点",
    "第二届高新技术交流会",
    "三一机械、一体化平台、统一部署",
    "",
    "\n\n\r\n   ",
]

NO_DATE = [
    "纳入市“1515”工程扶持范围",
    "帮助解决用工1820人",
    "占地2000亩",
    "省“五个100”重大产业项目",
    "全面启用“2号公章”",
    "作为“一号工程”",
    "向“4.0时代”迈进",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_nothing_numeric(pipeline, text: str) -> None:
    found = [(m.label, m.text) for m in pipeline.extract(text, ref_date="2020-07").mentions
             if m.label in NUMERIC_OR_DATE]
    assert found == []


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date(pipeline, text: str) -> None:
    found = [m.text for m in pipeline.extract(text, ref_date="2020-07").mentions
             if m.label == "DATE"]
    assert found == []

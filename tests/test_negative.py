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
    # rules/blockers.yaml: sayings, schemes, school systems, slogans, plans, frequencies
    "咬定目标不放松，一年接着一年干",
    "这是“十三五”规划承上启下的关键一年。",
    "建设15分钟便民生活圈，打造1小时通勤圈",
    "启动建设九年一贯制学校，巩固九年义务教育成果",
    "深刻领悟两个确立的决定性意义，坚决做到两个维护",
    "贯彻落实国民经济和社会发展第十五个五年规划",
    "实行一月一调度、一季一通报、一年一考核",
    # a task list's recurring deadline: the last month of each quarter and its day (C42v)
    "项目单位须于每季度最后一个月的20日前上报工作材料",
    "牵头单位于每个季度第2个月的15日前汇总报送",
    # a squashed date (6月20日 written 620日, 2024年1月15日 written 2024115): no reading is
    # sure (1220日 may be 12-20 or 1-220), so nothing is labelled (C42u)
    "分别于620日、1220日前报送半年和全年进展",
    "发文日期：2024115",
    # a document's index number: a code, no count or range (C42w)
    "索引号：MB0000001/2024-00318 发文日期",
    # count.classifier: a law's second cross-referenced article, 零件
    "依照本条例第三十一条、三十二条第一款规定的",
    "从该物品中回收的零件或者材料",
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


# what the blockers above leave: one case a row (text, label, span)
KEPT = [
    ("今年一月一般公共预算收入增长", "DATE", "今年一月"),      # 一月|一般, no 一月一调度
    ("规定自一九九四年一月一日起施行", "DATE", "一九九四年一月一日"),
    ("主要城市间基本实现1小时通达", "DURATION", "1小时"),      # no 圈: a length of time
    ("提前一年完成任务", "DURATION", "一年"),
    ("这是发展关键五年。", "DURATION", "五年"),               # the five years (d18, d37 gold)
    ("未来五年规划建设100个项目", "DURATION", "五年"),
    ("在十五个工作日内办结", "DURATION", "十五个工作日"),
    ("向两个国家级园区下放管理权限", "COUNT", "两个"),         # no slogan
]


@pytest.mark.parametrize(("text", "label", "span"), KEPT, ids=[k[0] for k in KEPT])
def test_kept(pipeline, text: str, label: str, span: str) -> None:
    found = [(m.label, m.text) for m in pipeline.extract(text, ref_date="2020-07").mentions]
    assert (label, span) in found, found

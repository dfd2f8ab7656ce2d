"""Qualifiers set by words outside a number's span (ANNOTATION.md "Qualifiers", rule 1,
rule 19; rules/qualifiers.yaml): before, after, inner, and `reach` words that govern
a number across the noun in between. One case per row: text, span, qualifier."""

from __future__ import annotations

import pytest

CASES = [
    # before the span
    ("超过4亿元", "4亿元", "over"),
    # 破 passes a bound, 跌破 falls below one, 打破 breaks a record (numbers36; d13 gold: 均破亿度)
    ("原子核和电子温度均破亿度", "亿度", "over"),
    ("电池出口首破1000亿元", "1000亿元", "over"),
    ("汇率跌破7.3元", "7.3元", "under"),
    ("打破3项世界纪录", "3项", "exact"),
    ("约占20%", "20%", "approx"),
    ("推动每个区建设不少于1个信息消费体验中心", "1个", "over"),   # 不少于 is not 少于
    ("带动全市建成不少于17个新型信息消费体验中心", "17个", "over"),
    ("绿地率不低于35%", "35%", "over"),
    ("单个企业最高300万元", "300万元", "under"),
    ("贴息期不超过3年", "3年", "under"),
    ("出口水压大于或者等于0.1MPa", "0.1MPa", "over"),        # laws and standards
    ("推力大于90千牛顿的推进装置", "90千牛顿", "over"),
    ("住宅物业建筑面积小于三万平方米的", "三万平方米", "under"),
    ("合计达到一吨以上不满五吨的", "五吨", "under"),
    ("双耳听力障碍(≥91dB HL)", "91dB", "over"),
    ("网格面积不得大于400亩", "400亩", "under"),           # 不得 turns 大于 round
    # laws: not yet reached (未满, 未逾: not 满's exact, nor 逾's over)
    ("企业不得招用未满16周岁的童工", "16周岁", "under"),
    ("自该企业破产清算完结之日起未逾3年的", "3年", "under"),
    ("被判处刑罚，执行期满未逾五年的", "五年", "under"),
    ("对从事特殊教育满十年的", "十年", "exact"),
    ("物体下沿距地面不得小于五点二米", "五点二米", "over"),
    ("服务半径不宜大于五百米", "五百米", "under"),
    # after the span
    ("完成投资1000万元及以上的", "1000万元", "over"),
    ("资助100万元以下", "100万元", "under"),
    ("2000多万元", "2000多万元", "over"),
    ("经过20多年发展", "20多年", "over"),       # 经过 is exact, 多 inside still counts
    ("经过三年努力", "三年", "exact"),
    # a threshold crossed: the amount over, a count of thresholds exact (d09, d27, d37, d73)
    ("服务业增加值跨上3万亿元台阶", "3万亿元", "over"),
    ("经济总量迈上万亿元台阶", "万亿元", "over"),
    ("经济总量跨过两个万亿元大关", "两个", "exact"),
    ("经济总量跨过两个万亿元大关", "万亿元", "exact"),
    ("连续迈上4个万亿元台阶", "4个", "exact"),
    # reach: across the noun, within the clause
    ("省级按照不超过项目投资额30%的比例给予奖补", "30%", "under"),
    ("最高奖励500万元", "500万元", "under"),
    ("不少于建设用地面积的15%", "15%", "over"),
    # along a list (rule 19): a qualifier after the list, or governing it from before
    ("投资50亿元或5亿美元以上的项目", "50亿元", "over"),
    ("存贷款余额分别突破1.5万亿元、1.4万亿元", "1.4万亿元", "over"),
    ("不低于60%、40%和30%", "30%", "over"),
    ("分别超过5亿元、3亿元左右", "3亿元", "approx"),   # an item's own qualifier wins
    ("贷款余额突破1.5万亿元，存款1.4万亿元", "1.4万亿元", "exact"),  # no list
    # counterexamples: the word does not reach
    ("全省最高的增长率为12%", "12%", "exact"),              # 最高的 describes
    ("单日最高客运量分别达1409万、1305万人次", "1409万", "exact"),  # a peak reported (d22)
    ("单日最高客运量达1409万人次", "1409万人次", "exact"),
    ("补助资金最高可达500万元", "500万元", "under"),         # a modal keeps the bound
    ("食糖产量创近10年新高", "10年", "exact"),               # the last ten years (d21)
    ("用近3年时间完成改造", "3年", "approx"),                  # nearly three years
    ("不超过规定标准，全年完成投资30亿元", "30亿元", "exact"),  # a clause break between
    ("最高人民法院等单位参与的项目共投资一百二十亿元整", "一百二十亿元", "exact"),  # too far
]


@pytest.mark.parametrize(("text", "span", "qualifier"), CASES, ids=[c[0] for c in CASES])
def test_qualifier(pipeline, text: str, span: str, qualifier: str) -> None:
    found = [m for m in pipeline.extract(text, ref_date="2020-07").mentions if m.text == span]
    assert found, [(m.label, m.text) for m in pipeline.extract(text).mentions]
    assert found[0].qualifier == qualifier


DATE_CASES = [
    ("本政策自2021年开始执行", "2021年", "since"),
    ("2018 年以来", "2018 年", "since"),
    ("2020年前完成", "2020年", "before"),
    ("2020年完成", "2020年", "exact"),
    # a word that starts with 前, 来 or 起 is no qualifier word (qualifiers.yaml, none)
    ("2021年起草了条例", "2021年", "exact"),
    ("2019年来源于统计局的数据", "2019年", "exact"),
    ("代表团2019年前往北京", "2019年", "exact"),
    ("2019年起施行", "2019年", "since"),
    ("2020年前提交", "2020年", "before"),
]


@pytest.mark.parametrize(("text", "span", "qualifier"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_date_qualifier(pipeline, text: str, span: str, qualifier: str) -> None:
    found = [m for m in pipeline.extract(text, ref_date="2020-07").mentions
             if m.label == "DATE" and m.text == span]
    assert found and found[0].qualifier == qualifier, found

"""A space between two Chinese phrases (C41sa): the clean view keeps one space where a
plain or full-width space parts two runs of four Han characters or more, so a name ends
there (深化集体林权制度改革 书写…); spaces inside numbers, text set one character at a time,
names padded to width, a name after its title and a space inside quotes or 《》 are joined
as before. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from policy_extract.names import NameRulePass
from policy_extract.textview import TextView

# (id, raw, clean)
CLEAN = [
    ("headline-two-parts", "深化农村宅基地制度改革 描绘田园村落新图景", "深化农村宅基地制度改革 描绘田园村落新图景"),
    ("fullwidth-space-run", "推进户籍制度改革\u3000\u3000促进人口市民化", "推进户籍制度改革 促进人口市民化"),
    ("unit-after-task", "加快建设现代化产业体系 市发展改革委", "加快建设现代化产业体系 市发展改革委"),
    ("two-bodies", "中共安徽省委 安徽省人民政府", "中共安徽省委 安徽省人民政府"),
    # counterexamples: joined as before
    ("title-then-name", "河南省省长 王建国", "河南省省长王建国"),
    ("name-padded", "陈\u3000刚 省发展改革委主任", "陈刚省发展改革委主任"),
    ("chars-one-by-one", "第 二 章 规 划 与 建 设", "第二章规划与建设"),
    ("heading-spaced", "第一章 总 则", "第一章总则"),
    ("digits-one-by-one", "地区生产总值2 9 0 0 亿元", "地区生产总值2900亿元"),
    ("number-then-unit", "达 215.8 亿元", "达215.8亿元"),
    ("inside-quotes", "推出“山海相依 田园牧歌”文旅品牌", "推出“山海相依田园牧歌”文旅品牌"),
    ("inside-title", "《关于优化营商环境 激发市场活力的若干措施》", "《关于优化营商环境激发市场活力的若干措施》"),
    ("no-break-space", "国家发展\u00a0改革委员会办公厅", "国家发展改革委员会办公厅"),
    ("short-run-right", "推进城乡融合发展 市委", "推进城乡融合发展市委"),
    ("ascii-side", "实施RCEP 贸易便利化行动", "实施RCEP贸易便利化行动"),
    ("article-number", "第十五条 市人民政府应当加强监督", "第十五条市人民政府应当加强监督"),
    ("chapter-number", "第三章\u3000规划建设管理", "第三章规划建设管理"),
]


@pytest.mark.parametrize(("raw", "clean"), [pytest.param(r, c, id=i) for i, r, c in CLEAN])
def test_clean_view(raw: str, clean: str) -> None:
    view = TextView(raw)
    assert view.clean == clean
    for i, ch in enumerate(view.clean):  # offsets still index the raw text
        s, e = view.to_raw(i, i + 1)
        assert view.raw[s:e] == ch or ch == " " and view.raw[s:e].isspace(), (i, ch)


@pytest.fixture(scope="module")
def names() -> NameRulePass:
    return NameRulePass()


# (id, raw, names (raw text, label) the rule pass finds)
NAMES = [
    ("programme-ends-at-space", "深化集体林权制度改革 书写绿水青山新答卷",
     [("集体林权制度改革", "INITIATIVE")]),
    ("works-ends-at-space", "推进营商环境优化提升工程 激发市场主体活力",
     [("营商环境优化提升工程", "INITIATIVE")]),
    ("action-ends-at-space", "开展安全生产治本攻坚行动 守牢安全底线", [("安全生产治本攻坚行动", "INITIATIVE")]),
    ("strategy-ends-at-space", "实施人才强市战略 夯实县域产业人才底座", [("人才强市战略", "INITIATIVE")]),
    ("units-after-task", "8.深化校地合作机制 区教育局 区科技局", [("区教育局", "ORG"), ("区科技局", "ORG")]),
    # counterexamples: a name across a space the view joins is still read whole
    ("title-then-name", "江苏省人民政府省长 李明华", [("江苏省人民政府", "ORG"), ("李明华", "PERSON")]),
    ("padded-name", "副组长：刘　伟 省财政厅厅长", [("刘　伟", "PERSON"), ("省财政厅", "ORG")]),
    ("quoted-slogan", "推出“山海相依 田园牧歌”文旅品牌，吸引游客。", [("山海相依 田园牧歌", "INITIATIVE")]),
    ("doc-title", "印发《关于优化营商环境 激发市场活力的若干措施》的通知",
     [("关于优化营商环境 激发市场活力的若干措施", "DOC")]),
]


@pytest.mark.parametrize(("raw", "expected"), [pytest.param(r, e, id=i) for i, r, e in NAMES])
def test_names_at_a_space(names: NameRulePass, raw: str, expected) -> None:
    view = TextView(raw)
    found = sorted((view.raw_slice(c.start, c.end), c.label) for c in names.find(view))
    assert found == sorted(expected)

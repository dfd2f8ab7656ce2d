from __future__ import annotations

import pytest

from policy_extract.textview import TextView

# (raw, clean) pairs: what the clean view must be
CLEAN = [
    ("spaces-in-number", "达 215.8 亿元", "达215.8亿元"),
    ("spaces-in-year", "2018 年以来", "2018年以来"),
    ("soft-break", "认真贯彻党中央、国务院“六\n稳”", "认真贯彻党中央、国务院“六稳”"),
    ("crlf-soft-break", "全市新开工亿元以上产业项目分别\r\n为 87 个", "全市新开工亿元以上产业项目分别为87个"),
    ("hard-break-after-period", "推动经济高质量发展。\n2019年", "推动经济高质量发展。\n2019年"),
    ("heading", "一、久久为功谋战略\n市委、市政府", "一、久久为功谋战略\n市委、市政府"),
    ("fullwidth", "增长５．２％", "增长5.2%"),
    ("year-circle-zero", "二○一九年十二月", "二〇一九年十二月"),
    ("year-letter-zero", "一九八O年", "一九八〇年"),
    ("year-fullwidth-o", "二Ｏ二Ｏ年", "二〇二〇年"),
    ("circle-bullet-kept", "○加强监管", "○加强监管"),
    ("circles-alone-kept", "○○○○年", "○○○○年"),
    ("latin-space-kept", "Recognizers Text", "Recognizers Text"),
    ("digits-space-kept", "2019 2020", "2019 2020"),
    ("table-cells-not-glued", "2019\n2020", "2019\n2020"),
    # a title standing alone, much narrower than the paragraphs after it, keeps its break
    # (区发改局 was read as 要点区发改局); a wrapped line and a delivery line over two
    # lines do not
    ("title-line", "2018年政府工作要点\n区发改局负责推进项目建设，加快实施一批重大项目，确保完成"
     "年度目标任务。", "2018年政府工作要点\n区发改局负责推进项目建设，加快实施一批重大项目，"
     "确保完成年度目标任务。"),
    ("table-title-line", "表5  2022年旅客运输量\n年末公路通车里程210711公里，其中高速公路通车"
     "里程6731公里，铁路营业里程4822公里。", "表5 2022年旅客运输量\n年末公路通车里程210711公里，"
     "其中高速公路通车里程6731公里，铁路营业里程4822公里。"),
    ("delivery-line-over-two", "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上",
     "政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上"),
    # a delivery line ends at its line, over two lines or on one: the speaker's line and
    # 各位代表 after it are not glued to it (会议上|海南省省长 read 上海)
    ("delivery-line-over-two-ends", "——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n"
     "广东省省长 孟凡利\n各位代表：", "——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n"
     "广东省省长孟凡利\n各位代表："),
    ("delivery-line-ends", "2026年1月14日在浙江省第十四届人民代表大会第四次会议上\n来源：浙江日报\n"
     "时间：2026-01-22\n浙江省省长 刘捷\n各位代表：", "2026年1月14日在浙江省第十四届人民代表大会"
     "第四次会议上\n来源：浙江日报\n时间：2026-01-22\n浙江省省长刘捷\n各位代表："),
    ("delivery-line-crlf", "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\r\n"
     "甘肃省省长 任振鹤\r\n各位代表：", "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次"
     "会议上\n甘肃省省长任振鹤\n各位代表："),
    # a line that ends in a link keeps its break (html|安徽省人民政府办公厅 was one ORG); an
    # address the line breaks inside goes on, and so does a wrapped 5G
    ("link-line", "原文链接：https://www.pkulaw.com/lar/e069c.html\r\n安徽省人民政府办公厅关于印发",
     "原文链接：https://www.pkulaw.com/lar/e069c.html\n安徽省人民政府办公厅关于印发"),
    ("link-broken", "原文链接：https://www.pkulaw.com/lar/a28b\ncd04d.html", "原文链接："
     "https://www.pkulaw.com/lar/a28bcd04d.html"),
    ("ascii-line-end-wraps", "加快推进5G\n基站建设", "加快推进5G基站建设"),
    # a sentence's 会议上 that a line wraps at is no delivery line
    ("meeting-in-a-sentence-wraps", "2025年3月5日在市委全会会议上\n提出的目标任务，全面完成年度各项指标，",
     "2025年3月5日在市委全会会议上提出的目标任务，全面完成年度各项指标，"),
]


@pytest.mark.parametrize(("raw", "clean"), [pytest.param(r, c, id=i) for i, r, c in CLEAN])
def test_clean_view(raw: str, clean: str) -> None:
    assert TextView(raw).clean == clean


@pytest.mark.parametrize("raw", [r for _, r, _ in CLEAN])
def test_every_clean_char_maps_to_the_same_raw_char(raw: str) -> None:
    view = TextView(raw)
    for i, ch in enumerate(view.clean):
        s, e = view.to_raw(i, i + 1)
        got = view.raw[s:e]
        assert got == ch or (ch == "\n" and got in "\r\n") or got.isspace() or (
            ord(got) - 0xFEE0 == ord(ch)) or (ch == "〇" and got in "○◯OＯ"), (i, ch, got)


def test_span_across_a_line_break_includes_it() -> None:
    view = TextView("国务院“六\n稳”“六保”")
    start = view.clean.index("六稳")
    s, e = view.to_raw(start, start + 2)
    assert view.raw[s:e] == "六\n稳"


SECTIONS = [
    ("一、久久为功谋战略\n一是高站位。2017年9月，市委提出", "一、久久为功谋战略"),
    ("一、突出项目为王\n1.强化项目招引。坚持把招商引资", "一、突出项目为王 > 1.强化项目招引"),
    ("（一）稳增长\n全年增长5%。", "（一）稳增长"),
]


@pytest.mark.parametrize(("raw", "section"), SECTIONS)
def test_section_of_last_sentence(raw: str, section: str) -> None:
    assert TextView(raw).sentences[-1].section == section


def test_offsets_copied_as_a_range_gives_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """textview._extend_offsets appends what ``extend(range(lo, hi))`` does: from the held
    offsets, past them (a text longer than they may grow) and across their end."""
    from array import array

    from policy_extract import textview

    monkeypatch.setattr(textview, "_OFFSETS", array("q"))
    monkeypatch.setattr(textview, "_OFFSETS_HELD", 64)
    for lo, hi in [(0, 0), (0, 5), (3, 40), (40, 40), (10, 64), (50, 90), (70, 200), (5, 64)]:
        got, want = array("q"), array("q")
        textview._extend_offsets(got, lo, hi)
        want.extend(range(lo, hi))
        assert got == want, (lo, hi)
    assert len(textview._OFFSETS) == 64


def test_long_text_maps_every_offset() -> None:
    raw = ("一二 三\n" * 30_000) + "末"
    view = TextView(raw)
    assert all(raw[view.index[i]] == ch for i, ch in enumerate(view.clean) if ch != "\n")


# (C44w) straight double quotes on both sides of a phrase read as curly ones, one character for
# one; not an attribute, a phrase of letters, nor a straight quote that closes a curly one
STRAIGHT_QUOTES = [
    ('开展"三访三评"活动', "开展“三访三评”活动"),
    ('实施"135"工程', "实施“135”工程"),
    ('坚持“政府引导"。推进"一网通办"', '坚持“政府引导"。推进"一网通办"'),
    ('推动"进博样板"向"XX全域"延伸，建设"美丽街区"3个', "推动“进博样板”向“XX全域”延伸，建设“美丽街区”3个"),
    ('<a href="a.html">链接</a>', '<a href="a.html">链接</a>'),
    ('他说"abc"好', '他说"abc"好'),
]


@pytest.mark.parametrize(("raw", "clean"), STRAIGHT_QUOTES)
def test_straight_quote_pairs_read_as_curly(raw: str, clean: str) -> None:
    view = TextView(raw)
    assert view.clean == clean
    assert view.raw_slice(0, len(view.clean)) == raw

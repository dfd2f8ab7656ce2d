"""Numbers and dates as a PDF's text layer writes them (issue 9): digits, points and
units set one by one, numbers broken across lines, full-width spaces inside numbers,
thousands separators. The clean view reads them whole; offsets index the raw text."""

from __future__ import annotations

import pytest

from policy_extract.textview import TextView

CASES = [
    # text, label, span as written, value or norm
    ("规划到2025年达到2 9 0 0 亿元", "MONEY", "2 9 0 0 亿元", "290000000000"),
    ("同比增长1 2 %，", "PERCENT", "1 2 %", "12"),
    ("比2 0 0 5年提高", "DATE", "2 0 0 5年", "2005"),
    ("规模达到1 2 3 4 .5亿元", "MONEY", "1 2 3 4 .5亿元", "123450000000"),
    ("增长1 2 . 5 %", "PERCENT", "1 2 . 5 %", "12.5"),
    ("完成投资351,740万元", "MONEY", "351,740万元", "3517400000"),
    ("投资额达215.8\u3000亿元", "MONEY", "215.8\u3000亿元", "21580000000"),
    ("投资额达21\u30005.8亿元", "MONEY", "21\u30005.8亿元", "21580000000"),
    ("全年完成投资215.8\n亿元，", "MONEY", "215.8\n亿元", "21580000000"),
    ("收入为－12,378万元", "MONEY", "－12,378万元", "-123780000"),
    ("2 0 1 9 年 底，全市", "DATE", "2 0 1 9 年 底", "2019-12"),
    # counterexample: a table number before a year is not one spaced number
    ("表1  2022年年末常住人口数及其构成", "DATE", "2022年年末", "2022-12"),
    # the two gaps issue 9 named (numbers11), and their neighbours that must stay apart
    # a lone digit ending a full line, the number going on spaced on the next line
    ("全年城镇新增就业人数达到了2\n1 5 8 人，比上年增加。", "COUNT", "2\n1 5 8 人", "2158"),
    # a full-width comma as a thousands separator between full-width digits
    ("完成投资３５１，７４０万元", "MONEY", "３５１，７４０万元", "3517400000"),
    ("累计完成投资１２，３４５，６７８元，", "MONEY", "１２，３４５，６７８元", "12345678"),
    # counterexamples: a number after 第 or 表 ends its line; an indented line starts a
    # paragraph; a short line is not wrapped; a digit run not spaced is another cell
    ("全年城镇新增就业人数达到了第2\n1 5 8 人，比上年增加。", "COUNT", "1 5 8 人", "158"),
    ("全年城镇新增就业人数见表2\n1 5 8 人，比上年增加。", "COUNT", "1 5 8 人", "158"),
    ("全年城镇新增就业人数达到了2\n\u30001 5 8 人，比上年增加。", "COUNT", "1 5 8 人", "158"),
    ("重点指标2\n1 5 8 人在全年城镇新增就业人数的统计中", "COUNT", "1 5 8 人", "158"),
    ("全年城镇新增就业人数达到了2\n158人，比上年增加。", "COUNT", "158人", "158"),
    # a full-width comma in a list: years, or groups not of three
    ("２０１９，２０２０年", "DATE", "２０２０年", "2020"),
    ("完成投资１２，３４万元", "MONEY", "３４万元", "340000"),
]


@pytest.mark.parametrize(("text", "label", "span", "value"), CASES,
                         ids=[c[2].replace("\n", "⏎") for c in CASES])
def test_pdf_spaced(pipeline, text: str, label: str, span: str, value: str | None) -> None:
    mentions = pipeline.extract(text, ref_date="2020-07").mentions
    found = [m for m in mentions if m.label == label]
    assert [m.text for m in found] == [span], [(m.label, m.text) for m in mentions]
    m = found[0]
    assert text[m.start:m.end] == span
    if value is not None:
        got = m.norm if label == "DATE" else format(m.value.normalize(), "f")
        assert got == value


@pytest.mark.parametrize(("raw", "clean"), [
    ("2019 2020", "2019 2020"),
    ("Recognizers Text", "Recognizers Text"),
    ("2 9 0 0 亿元", "2900亿元"),
    ("G 2 0 7", "G 207"),
    ("表1  2022年", "表1 2022年"),
    ("完成投资３５１，７４０万元", "完成投资351,740万元"),
    ("２０１９，２０２０年", "2019，2020年"),
    ("１，２，３", "1，2，3"),
])
def test_clean_view_spacing(raw: str, clean: str) -> None:
    assert TextView(raw).clean == clean

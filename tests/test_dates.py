"""Date resolution against the reference date and context (ANNOTATION.md rule 5)."""

from __future__ import annotations

import pytest

CASES = [
    # (text, ref_date, span, norm, qualifier)
    ("今年 1 至 6 月，全市新开工", "2020-07", "今年 1 至 6 月", "2020-01/2020-06", "exact"),
    ("2018 年以来，全市累计开工", "2020-07", "2018 年", "2018", "since"),
    ("今年以来，市政府先后", "2020-07", "今年", "2020", "since"),
    ("去年全市生产总值增长", "2020-07", "去年", "2019", "exact"),
    ("2019年，规模工业增加值比上年增长8%", "2020-07", "上年", "2018", "exact"),
    ("2025年经济运行稳中有进。三季度增长5%。", "2026", "三季度", "2025-07/2025-09", "exact"),
    ("一季度，全市GDP增长", "2026", "一季度", "2026-01/2026-03", "exact"),
    ("上半年，全区共引进项目", "2020-07", "上半年", "2020-01/2020-06", "exact"),
    ("2020 年 2 月，率先在全省成立", "2020-07", "2020 年 2 月", "2020-02", "exact"),
    ("2020年2月15日起施行", None, "2020年2月15日", "2020-02-15", "since"),
    ("2019年，全区在9月举办活动", "2020-07", "9月", "2019-09", "exact"),
    ("二〇二〇年", "2020", "二〇二〇年", "2020", "exact"),
    # a reference year without its month is the year the text speaks from: 过去的一年 is the
    # one before it (a bulletin speaking from 2022-12 reviews 2022 itself)
    ("过去的一年，我们攻坚克难。今年要稳中求进。", "2018", "过去的一年", "2017", "exact"),
    ("过去一年，全省经济稳中有进。", "2022-12", "过去一年", "2022", "exact"),
    # a circle or a letter O for the zero (textview folds it; the span keeps the raw text)
    ("根据一九八○年四月十四日的决定", None, "一九八○年四月十四日", "1980-04-14", "exact"),
    ("二O一九年十二月", None, "二O一九年十二月", "2019-12", "exact"),
    ("到2025年前完成", "2020", "2025年", "2025", "before"),
    # a year written later in the sentence is another item's, not this date's; 前 after
    # the list is each item's (rule 19)
    ("应分别于4月10日、7月10日和2020年1月10日前报告", "2019-02", "4月10日", "2019-04-10",
     "before"),
    ("应分别于4月10日、7月10日和2020年1月10日前报告", "2019-02", "7月10日", "2019-07-10",
     "before"),
    ("9月，全区2019年举办活动", "2020-07", "9月", "2019-09", "exact"),  # rule 5: the sentence's year
    # 这一年 opening a paragraph of a review: the year its heading names
    ("一、2025年工作回顾\n这一年，我们埋头苦干。", "2026-01", "这一年", "2025", "exact"),
    # a relative year is a year written for a month after it in the paragraph (rule 5;
    # d23: the nearest year before 12月底 is 今年, not the 2021年 earlier on)
    ("政策延长至2021年3月底。基金今年新增业务15亿元。（12月底前完成）", "2020-08", "12月底",
     "2020-12", "before"),
    ("政策延长至2021年3月底。（12月底前完成）", "2020-08", "12月底", "2021-12", "before"),
    ("执行期限全部延长到今年年底。", "2020-08", "今年年底", "2020-12", "exact"),
    ("确保到今年9月1日，就业率超过70%。", "2020-08", "今年9月1日", "2020-09-01", "exact"),
    # numbers41 (made-up task lists and fund rules): two full dates are one interval (C41w),
    # the second in the first's year unless it writes its own
    ("申报时间为2026年5月1日至5月31日，逾期不予受理。", "2026", "2026年5月1日至5月31日",
     "2026-05-01/2026-05-31", "exact"),
    ("本办法有效期自2026年2月1日至2029年1月31日。", "2026", "2026年2月1日至2029年1月31日",
     "2026-02-01/2029-01-31", "exact"),
    ("2025年专项资金支持在11月6日至12月10日入驻的企业。", "2026", "11月6日至12月10日",
     "2025-11-06/2025-12-10", "exact"),
    # a relative year's 度 in the span (rule 16 as 2021年度; d57's 上年度)
    ("本年度资金规模为5000万元，不低于上年度。", "2026", "本年度", "2026", "exact"),
    ("本年度资金规模为5000万元，不低于上年度。", "2026", "上年度", "2025", "exact"),
    # a quarter's end is its last month (C41u)
    ("2026年完成改造。一季度末前完成摸底，二季度末前完成整改。", "2026", "二季度末", "2026-06",
     "before"),
    # a month's start or ten days in the span (C41v)
    ("2026年6月中旬前完成招标，9月初开工建设。", "2026", "2026年6月中旬", "2026-06", "before"),
    ("2026年6月中旬前完成招标，9月初开工建设。", "2026", "9月初", "2026-09", "exact"),
    ("今年10月中下旬组织验收。", "2026", "今年10月中下旬", "2026-10", "exact"),
    # a task list's deadline column (C42u: the written date, not a squashed one)
    ("完成时限：2026年6月底前", "2026", "2026年6月底", "2026-06", "before"),
    # a weekday in brackets between the date and its 前 (C42u)
    ("于4月20日（星期五）前报送区督查室", "2026", "4月20日", "2026-04-20", "before"),
    ("自3月2日(周一)起施行", "2026", "3月2日", "2026-03-02", "since"),
]

#: (text, a span that is no DATE): a recurring span, 以前 + 年度, a lunar day, a word's 初
NOT_DATES = [
    ("申报时间为每年3月1日至3月31日", "3月1日至3月31日"),
    ("纳税人以前年度已经提供前款所列资料的", "前年度"),
    ("每年农历三月初三所在周为茶文化周", "三月初"),
    ("今年3月初步建成示范区", "今年3月初"),
]


@pytest.mark.parametrize(("text", "span"), NOT_DATES, ids=[t[1] for t in NOT_DATES])
def test_not_date(pipeline, text: str, span: str) -> None:
    dates = [m.text for m in pipeline.extract(text, ref_date="2026").mentions if m.label == "DATE"]
    assert span not in dates, dates


@pytest.mark.parametrize(("text", "ref", "span", "norm", "qualifier"), CASES,
                         ids=[c[0] for c in CASES])
def test_date(pipeline, text: str, ref: str | None, span: str, norm: str, qualifier: str) -> None:
    dates = {m.text: m for m in pipeline.extract(text, ref_date=ref).mentions if m.label == "DATE"}
    assert span in dates, list(dates)
    assert (dates[span].norm, dates[span].qualifier) == (norm, qualifier)


REF_DATES = [
    ("2019年，全市工业稳增长。2019年新增。2020 年 2 月，成立中心。今年1至6月，增长。", "2020"),
    ("江西省2022年国民经济和社会发展统计公报\n2022年全省生产总值增长。2021年", "2022-12"),
    ("2025年，全省生产总值增长5%。2025年…2026年主要预期目标。到2030年基本实现。", "2026"),
    ("没有年份的文本。", None),
]


@pytest.mark.parametrize(("text", "expected"), REF_DATES, ids=[r[1] or "none" for r in REF_DATES])
def test_inferred_ref_date(pipeline, text: str, expected: str | None) -> None:
    assert pipeline.extract(text).ref_date == expected


#: texts whose reference date is guessed from the years they write, whose dates are then
#: read from the same scan of the date rules (dates._all_matches), and one that states its
#: date (its dates scanned once, by find_dates alone)
ONE_SCAN = [
    ("2019年，全市工业稳增长。今年1至6月，增长。9月，成立中心。", None),
    ("2025年，全省生产总值增长5%。上半年增长。到2030年基本实现。", None),
    ("江西省2022年国民经济和社会发展统计公报\n2022年全省生产总值增长。一季度增长", None),
    ("今年1至6月，全市新开工。", "2020-07"),
]


@pytest.mark.parametrize(("text", "ref"), ONE_SCAN, ids=[t[0][:12] for t in ONE_SCAN])
def test_date_rules_scanned_once(pipeline, monkeypatch, text: str, ref: str | None) -> None:
    """The date rules run once per rule and text in an extraction; the guess and the dates
    read from one scan are those of scans of their own (a copy of the text, another
    string: scanned anew)."""
    import policy_extract.dates as dates
    from policy_extract.textview import TextView

    scanned: list[str] = []
    real = dates._matches

    def counted(rule, clean):
        scanned.append(rule.id)
        return real(rule, clean)

    monkeypatch.setattr(dates, "_matches", counted)
    pipeline.extract(text, ref_date=ref)
    assert sorted(scanned) == sorted(r.id for r in pipeline.rules.dates)
    rules = pipeline.rules
    view, other = TextView(text), TextView("".join(list(text)))
    guess = dates.infer_ref_date(view, rules) if ref is None else (ref, "given")
    shared = dates.find_dates(view, rules, guess[0])
    n = len(scanned)
    own_guess = dates.infer_ref_date(other, rules) if ref is None else (ref, "given")
    dates._LAST_SCAN = None
    own = dates.find_dates(other, rules, own_guess[0])
    assert len(scanned) == n + len(rules.dates) * (2 if ref is None and
                                                   own_guess[1].startswith("inferred") else 1)
    assert guess == own_guess
    assert shared == own


def test_date_scan_warnings_given_twice(pipeline, monkeypatch) -> None:
    """A date rule's warning (a timeout) is given by the guess and again by the dates, as
    when each scanned the text itself."""
    import policy_extract.dates as dates
    from policy_extract.numeric import warn

    real = dates._matches

    def warning(rule, clean):
        if rule is pipeline.rules.dates[0]:
            warn(f"{rule.id}: timed out")
        return real(rule, clean)

    monkeypatch.setattr(dates, "_matches", warning)
    got = pipeline.extract("2019年，全市工业稳增长。今年1至6月，增长。")
    assert got.ref_date_source.startswith("inferred")
    assert list(got.warnings) == [f"{pipeline.rules.dates[0].id}: timed out"] * 2

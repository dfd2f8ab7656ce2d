"""The facts stage's machinery (how it works, not what it finds): a text without a figure
is not read for paragraphs, scopes or task openers, one with a figure is; the paragraph
breaks found line by line are those of _HARD_BREAK's scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_extract import facts
from policy_extract.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


class _Read(Exception):
    pass


# (text, whether the facts stage reads the document: builds its _Doc)
CASES = {
    "law-article-no-figure": ("第三条　县级以上人民政府应当加强对本行政区域内档案工作的领导。", False),
    "date-and-place-only": ("2023年，本市深入实施乡村振兴战略，各项工作取得新进展。", False),
    "empty": ("", False),
    "money": ("全年地区生产总值32074.7亿元，比上年增长4.7%。", True),
    "count": ("新建道路61条，过街天桥2座。", True),
    "fine-in-a-law": ("违反本条例规定的，处五千元以上五万元以下的罚款。", True),
}


@pytest.mark.parametrize(("text", "reads"), list(CASES.values()), ids=list(CASES))
def test_doc_read_only_with_a_figure(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch,
                                     text: str, reads: bool) -> None:
    expected = pipeline.extract(text)
    has_figure = any(m.label in facts.FACT_LABELS for m in expected.mentions)
    assert has_figure == reads  # the case's premise: the mention rules find a figure or none

    def refuse(*args: object, **kwargs: object) -> None:
        raise _Read

    monkeypatch.setattr(facts, "_Doc", refuse)
    monkeypatch.setattr(facts, "document_context", refuse)
    if reads:
        with pytest.raises(_Read):
            facts.find_facts(text, expected.mentions, expected.sentences, pipeline.fact_vocab)
    else:
        assert facts.find_facts(text, expected.mentions, expected.sentences,
                                pipeline.fact_vocab) == ()
        assert expected.facts == ()


def _scanned(text: str) -> list[int]:
    """The paragraph breaks as _HARD_BREAK's scan finds them (the definition)."""
    return [m.end() - 1 if m.group(0).endswith("\n") else m.start()
            for m in facts._HARD_BREAK.finditer(text)]


# text -> where its paragraphs end (the \n of each hard break)
BREAKS = {
    "sentence-end-then-soft-wraps": ("全市新建道路61条。\n过街天桥2座，\n绿地3处", [10]),
    "heading-then-blank-lines": ("一、总则\n\n\n第一条 为了规范管理，制定本条例。\n", [4, 6, 24]),
    "long-line-then-blank": ("这是一个很长的没有标点的行这是一个很长的没有标点的行\n  \n下一段。", [29]),
    "passed-over-then-empty-lines": ("第一行，内容很长很长很长很长很长很长\n\n\n第二段", [19, 20]),
    "quote-after-a-word-short-line": ("他说“好”\n下文", [5]),
    "quote-after-a-word-long-line": ("各地认真落实，全面推进“放管服”改革取得实效，群众满意度“高”\n下文", []),
    "quote-after-a-sentence-end": ("各地认真落实，全面推进改革取得实效，群众满意度持续提高。”\n下文", [29]),
    "spaces-before-the-break": ("各地认真落实，全面推进改革取得实效，群众满意度持续提高。 \u3000\r\n下", [31]),
    "table-caption": ("12 主要经济指标（单位：万元）各项指标均有增长\n下文", [24]),
    "caption-with-a-comma-no-heading": ("12 主要经济指标（单位：万元），各项指标均有增长\n下文", []),
    # 表\s*\d+ reads on over the line breaks: one break, at the number's line
    "table-number-on-a-later-line": ("表" + " " * 20 + "\n\n 3 主要指标\n", [30]),
    "numbered-heading-too-long": ("三、" + "加" * 41 + "\n下", []),
    "empty-lines-only": ("\n\n", [1]),
    "blank-line-of-spaces": ("\n  \n", [3]),
    "no-final-break": ("一、总则", []),
}


@pytest.mark.parametrize(("text", "expected"), list(BREAKS.values()), ids=list(BREAKS))
def test_paragraph_breaks_as_the_scan(text: str, expected: list[int]) -> None:
    assert facts._paragraph_breaks(text) == expected
    assert _scanned(text) == expected


_PIECES = ["表", "图", " " * 17, "\u3000", "\t", "\n", "\r\n", "\n  \n", "12", "3", "一、", "十、",
           "（一）", "中文字", "中文" * 12, "。", "；", "：", "）", "」", "”", "。”", "a”", "_」",
           "\u00a0", "，", ",", "表 \n 3", "图\n\n12项", "１２"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_paragraph_breaks_same_as_the_scan_on_any_text(text: str) -> None:
    assert facts._paragraph_breaks(text) == _scanned(text)


def _openings_read(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """The sentence openings as read character by character (the definition): after each
    _SENTENCE_END, past _SPACES and opening quotes, the _OPENING clause if it has one."""
    out = []
    for end in facts._SENTENCE_END.finditer(text, start, stop):
        at = end.end()
        while at < stop and text[at] in facts._SPACES + "“\"":
            at += 1
        found = facts._OPENING.match(text[at:min(stop, at + 60)])
        opening = facts._clean(found.group(1)) if found else ""
        if opening:
            out.append((at, opening))
    return out


# text -> the sentence openings after its first sentence (where, what)
OPENINGS = {
    "year-then-span": ("全年新增就业7万人。过去一年，我们…。五年来，全市…", [(10, "过去一年"), (19, "五年来")]),
    "last-sentence-empty": ("全年新增就业7万人。", []),
    "quote-and-spaces-lead": ("完成目标。 \u3000“十四五”时期，全市…", [(8, "十四五时期")]),
    # the address leads the clause after it (_OPENING), and its ！ ends a sentence too
    "two-ends-in-a-row": ("真好！！各位代表！五年来，…", [(4, "五年来"), (9, "五年来")]),
    "end-then-comma": ("好。，下文", []),
    "address-then-span": ("真好。各位代表！五年来，…", [(3, "五年来"), (8, "五年来")]),
}


@pytest.mark.parametrize(("text", "expected"), list(OPENINGS.values()), ids=list(OPENINGS))
def test_sentence_openings_as_read(text: str, expected: list[tuple[int, str]]) -> None:
    assert list(facts._sentence_openings(text, 0, len(text))) == expected
    assert _openings_read(text, 0, len(text)) == expected


_SENTENCE_PIECES = ["。", "！", "!", "？", "?", " ", "\u3000", "\n", "“", "\"", "”", "，", "：",
                    "各位代表！", "各位代表，", "五年来", "过去一年", "2025年", "十四五", "中文" * 25, "字"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join),
       st.integers(0, 8), st.integers(0, 8))
def test_sentence_openings_same_as_read_on_any_text(text: str, cut_start: int,
                                                     cut_stop: int) -> None:
    start, stop = min(cut_start, len(text)), max(0, len(text) - cut_stop)
    assert list(facts._sentence_openings(text, start, stop)) == _openings_read(text, start, stop)


def _plan_named(opening: str, vocab: facts.FactVocab, heading: bool) -> str | None:
    """_span_named's plan look name by name (the definition the plan_period_word check
    spares): an opening without a relative span."""
    for name, years in vocab.plan_periods.items():
        i = opening.find(name)
        if i >= 0 and (heading or vocab.scope_word.match(opening, i + len(name))
                       or facts._reviewed_plan(opening, i, vocab)):
            return years
    return None


@pytest.mark.parametrize("opening", ["十四五时期", "回顾十三五", "全市十四五", "推进改革",
                                     "十四五发展成就", "", "第十四个五年"])
@pytest.mark.parametrize("heading", [False, True])
def test_span_named_plan_as_looked_up_name_by_name(pipeline: Pipeline, opening: str,
                                                    heading: bool) -> None:
    vocab = pipeline.fact_vocab
    assert facts._span_named(opening, vocab, None, heading) == _plan_named(opening, vocab,
                                                                            heading)


def test_task_opener_read_once_a_text(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
                                      ) -> None:
    """S44a: the first task opener of a text that names no past year is scanned for once
    (document_context and _Doc both ask), again for another text or reference year."""
    vocab = pipeline.fact_vocab
    assert vocab is not None
    real = vocab.task_opener
    scans: list[str] = []

    class Counting:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            scans.append(text)
            return real.finditer(text)

    monkeypatch.setitem(vocab.__dict__, "task_opener", Counting())
    monkeypatch.setattr(facts, "_OPENER_MEMO", None)
    text = "一、2025年主要工作回顾\n全县生产总值增长6%。\n二、2026年主要工作\n新建农村公路80公里。\n"
    first = facts._first_task_opener(text, vocab, 2026)
    assert first is not None and first.group().startswith("二、2026年")  # 一、 is a past year's
    assert facts._first_task_opener(text, vocab, 2026) is first
    assert len(scans) == 1
    other = text.replace("2026", "2027")
    again = facts._first_task_opener(other, vocab, 2026)  # another text: read again
    assert again is not None and again.group().startswith("二、2027年")
    assert facts._first_task_opener(text, vocab, 2027) is None  # both years before 2027
    assert len(scans) == 3

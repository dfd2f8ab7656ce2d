"""The facts stage's machinery (how it works, not what it finds): a text without a figure
is not read for paragraphs, scopes or task openers; one with a figure is."""

from __future__ import annotations

import pytest

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

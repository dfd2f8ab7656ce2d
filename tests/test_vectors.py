"""Static character vectors (src/policy_extract/vectors.py): the text floret reads, the
deterministic sample, and a tiny floret model loaded by spaCy in floret mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_extract.vectors import (
    VectorSettings,
    char_tokens,
    init_spacy_vectors,
    sample_files,
    tokens,
    train_floret,
    write_sample,
)

CHAR_CASES = {
    # name: (line, what floret reads)
    "one character a token": ("省政府", "省 政 府"),
    "spaces dropped": ("省 政府\u3000工作", "省 政 府 工 作"),
    "html tags removed": ("<p>新闻<b>联播</b></p>", "新 闻 联 播"),
    "digits are characters too": ("2.5亿元", "2 . 5 亿 元"),
    "a lone angle bracket is text": ("a<b", "a < b"),
    "empty": ("  ", ""),
}


@pytest.mark.parametrize("name", list(CHAR_CASES))
def test_char_tokens(name: str) -> None:
    line, want = CHAR_CASES[name]
    assert char_tokens(line) == want


WORD_CASES = {
    # name: (line, segmenter, what floret reads)
    "jieba words": ("国务院关于印发通知", "jieba", "国务院 关于 印发 通知"),
    "jieba without tags and spaces": ("<p>国务院 关于</p>", "jieba", "国务院 关于"),
    "characters": ("国务院", "char", "国 务 院"),
}


@pytest.mark.parametrize("name", list(WORD_CASES))
def test_tokens_follow_the_model_segmenter(name: str) -> None:
    line, segmenter, want = WORD_CASES[name]
    assert tokens(line, segmenter) == want


def test_unknown_segmenter() -> None:
    with pytest.raises(ValueError, match="unknown segmenter"):
        tokens("国务院", "pkuseg")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "bulk"
    d.mkdir()
    for i in range(6):
        (d / f"law_{i}.txt").write_text("国务院关于印发通知。\n" * 40 + f"第{i}条\n",
                                        encoding="utf-8")
    (d / "README.md").write_text("not sampled", encoding="utf-8")
    return d


def test_sample_is_every_nth_text_file_in_order(folder: Path) -> None:
    assert [p.name for p in sample_files([folder], 2)] == ["law_0.txt", "law_2.txt",
                                                            "law_4.txt"]


def test_sample_cuts_each_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample.txt"
    n = write_sample([folder], out, step=3, max_chars=25)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == sum(len(line.replace(" ", "")) for line in lines)
    assert n <= 2 * 25 and lines[0] == "国 务 院 关 于 印 发 通 知 。"


def test_floret_vectors_load_in_spacy(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("floret")
    import spacy
    sample = tmp_path / "sample.txt"
    write_sample([folder], sample, step=1, max_chars=10_000)
    small = VectorSettings(dim=8, bucket=500, epoch=1, min_count=1)
    floret_path = train_floret(sample, tmp_path / "chars", small)
    init_spacy_vectors(floret_path, tmp_path / "vectors")
    nlp = spacy.load(tmp_path / "vectors")
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (500, 8)
    assert nlp.vocab["国"].has_vector and nlp.vocab["从未见过的字"].has_vector

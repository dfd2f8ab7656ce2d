"""The segmentation stage's own route and word boundaries against jieba's ``get_DAG`` +
``calc`` and ``tokenize(HMM=False)``."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg

from policy_extract import segment
from policy_extract.pipeline import Pipeline
from policy_extract.rules import RuleError, default_rules_dir, segmenter_entries
from policy_extract.segment import best_route, on_word_boundaries, word_boundaries

from .conftest import REPO


def jieba_route(tokenizer: jieba.Tokenizer, block: str) -> list[int]:
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(block, tokenizer.get_DAG(block), route)
    return [route[i][1] for i in range(len(block) + 1)]


def test_same_route_as_jieba_on_the_seed(pipeline: Pipeline) -> None:
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.replace("，", "。").split("。") if b]
    assert len(blocks) > 100
    for block in blocks:
        assert best_route(pipeline.tokenizer, block) == jieba_route(pipeline.tokenizer, block)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("市委政府发展改革高新区工程一二三中联重科1a")), max_size=30))
def test_same_route_as_jieba_on_any_block(pipeline: Pipeline, block: str) -> None:
    assert best_route(pipeline.tokenizer, block) == jieba_route(pipeline.tokenizer, block)


@pytest.mark.parametrize("memo_size", [5, 200_000])
def test_remembered_log_probabilities_route_as_jieba(pipeline: Pipeline,
                                                     memo_size: int) -> None:
    """best_route remembers each tokenizer's log probabilities (cleared when full): asked
    twice, and by a second tokenizer (jieba's own, without the gazetteer), each route is
    that tokenizer's."""
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.replace("，", "。").split("。") if b][:60]
    jieba.initialize()
    with mock.patch.object(segment, "_LOG_P_SIZE", memo_size):
        for tokenizer in (pipeline.tokenizer, pipeline.tokenizer, jieba.dt):
            for block in blocks:
                assert best_route(tokenizer, block) == jieba_route(tokenizer, block)


def jieba_boundaries(tokenizer: jieba.Tokenizer, text: str) -> set[int]:
    return {b for _, s, e in tokenizer.tokenize(text, HMM=False) for b in (s, e)} | {0}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("市委政府发展改革一二三统元化1a2B.%-+ \r\n，。“”")),
               max_size=30))
def test_same_word_boundaries_as_jieba(pipeline: Pipeline, text: str) -> None:
    assert word_boundaries(pipeline.tokenizer, text) == jieba_boundaries(pipeline.tokenizer, text)


def test_same_word_boundaries_as_jieba_on_the_seed(pipeline: Pipeline) -> None:
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    for lo in range(0, len(text) - 40, 97):
        window = text[lo:lo + 40]
        assert word_boundaries(pipeline.tokenizer, window) == \
            jieba_boundaries(pipeline.tokenizer, window), window


def test_remembered_windows_answer_as_jieba(pipeline: Pipeline) -> None:
    """on_word_boundaries remembers each tokenizer's windows: asked twice (the second time
    from the memo) and by a second tokenizer (jieba's own, without the gazetteer), each
    answer is that tokenizer's."""
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    jieba.initialize()
    for tokenizer in (pipeline.tokenizer, pipeline.tokenizer, jieba.dt):
        for at in range(6, len(text) - 40, 211):
            in_window = 6 in jieba_boundaries(tokenizer, text[at - 6:at + 6])
            assert on_word_boundaries(tokenizer, text, at, at) == in_window


@pytest.mark.parametrize("memo_size", [5, 50_000])
def test_remembered_tagged_words_as_computed(pipeline: Pipeline, memo_size: int) -> None:
    """tagged_words remembers each tokenizer's texts with the tags table they were tagged
    with (cleared when full): asked twice, with a second table (other tags for the same
    words) and by a second tokenizer, each answer is computed afresh's; a caller that
    changes the list it was given changes no later answer."""
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    pieces = [text[lo:lo + n] for lo in range(0, len(text) - 30, 131) for n in (3, 8, 20)]
    tags = segment.load_word_tags(pipeline.tokenizer)
    other_tags = {word: "x" for word in tags}
    jieba.initialize()
    with mock.patch.object(segment, "_MEMO_SIZE", memo_size):
        for tokenizer, table in ((pipeline.tokenizer, tags), (pipeline.tokenizer, tags),
                                 (pipeline.tokenizer, other_tags), (jieba.dt, tags)):
            for piece in pieces:
                words = segment.tagged_words(tokenizer, table, piece)
                assert words == segment._tagged_words(tokenizer, table, piece), piece
                words.append(("changed", "x"))
    assert any(tag != "x" for piece in pieces
               for _, tag in segment.tagged_words(pipeline.tokenizer, tags, piece))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("市委政府发展改革一二三统元化1a2B.%-+#_& \r\n\t，。“”（）")),
               max_size=40))
def test_tagged_text_as_the_whole_text(pipeline: Pipeline, text: str) -> None:
    """tagged_text asks block by block (the rule pass's blocks) and gives the words and
    tags of the whole text: none crosses a block's edge, and between blocks each character
    (``\\r\\n`` both) is a word tagged x; ``%``, ``-`` and digits inside a block too."""
    tags = segment.load_word_tags(pipeline.tokenizer)
    assert segment.tagged_text(pipeline.tokenizer, tags, text) == \
        segment._tagged_words(pipeline.tokenizer, tags, text)


def test_tagged_text_as_the_whole_seed(pipeline: Pipeline) -> None:
    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")
    tags = segment.load_word_tags(pipeline.tokenizer)
    assert segment.tagged_text(pipeline.tokenizer, tags, text) == \
        segment._tagged_words(pipeline.tokenizer, tags, text)


# rules/segmenter.yaml: each removed word with the number it used to cut, one case each
_REMOVED = segmenter_entries(REPO / "rules" / "segmenter.yaml")


@pytest.mark.parametrize("entry", _REMOVED, ids=[e["word"] for e in _REMOVED])
def test_removed_word_no_longer_cuts_the_number(pipeline: Pipeline, entry: dict) -> None:
    text, span = entry["example"]["text"], entry["example"]["span"]
    assert pipeline.tokenizer.FREQ.get(entry["word"]) == 0
    assert span in [m.text for m in pipeline.extract(text, ref_date="2020").mentions]


def test_removed_words_stay_in_the_global_jieba(pipeline: Pipeline) -> None:
    jieba.initialize()
    assert jieba.dt.FREQ.get("万元以上", 0) > 0


@pytest.mark.parametrize("bad", [
    "remove: 万元以上\n",
    "remove:\n  - word: 万元以上\n",
    "remove:\n  - word: 万元以上\n    example: {text: 处二万元以上, span: 三万元}\n",
], ids=["not-a-list", "no-example", "span-not-in-text"])
def test_segmenter_file_errors_name_the_file(tmp_path, bad: str) -> None:
    path = tmp_path / "segmenter.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(RuleError, match="segmenter.yaml"):
        segmenter_entries(path)


def test_dictionary_read_once_and_as_written() -> None:
    """places.jieba_dictionary reads jieba's main dictionary once a process for the word
    tags, the place index and the county filters: the same dicts whichever way it is asked
    (so one read), each line's tag and count as the file writes them (the last line of a
    word wins, as before), and the name pass's tags are a copy with the user words' tags
    added, which leaves the shared read unchanged."""
    from policy_extract.places import jieba_dictionary
    tags, counts = jieba_dictionary()
    assert jieba_dictionary(None) == (tags, counts) and jieba_dictionary(None)[0] is tags
    expected_tags: dict[str, str] = {}
    expected_counts: dict[str, int] = {}
    with jieba.Tokenizer().get_dict_file() as fh:
        for line in fh.read().decode("utf-8").splitlines():
            if line.strip():
                word, count, tag = line.split()
                expected_tags[word], expected_counts[word] = tag, int(count)
    assert tags == expected_tags and counts == expected_counts
    assert counts["迭部"] <= 150 < counts["港口"]
    # a tokenizer with words added with tags of their own (the two attributes read)
    added = {"港口": "ns", "某某新区": "ns"}
    tokenizer = SimpleNamespace(dictionary=None, user_word_tag_tab=added)
    name_pass_tags = segment.load_word_tags(tokenizer)  # type: ignore[arg-type]
    assert name_pass_tags == {**expected_tags, **added}
    assert tags == expected_tags and "某某新区" not in tags


def test_word_tags_made_once_per_tokenizer(pipeline: Pipeline) -> None:
    """load_word_tags gives every caller of one tokenizer the same table (the name pass's;
    the facts stage calls it directly), so tagged_words' memo serves them all; the table is
    the one made anew (the main dictionary's tags with the added words'); another tokenizer,
    another table; one that cannot be remembered gets a table made anew each time."""
    tokenizer = pipeline.tokenizer
    tags = segment.load_word_tags(tokenizer)
    assert segment.load_word_tags(tokenizer) is tags
    assert tags == segment._word_tags(tokenizer) and tags is not segment._word_tags(tokenizer)
    names = [p for p in pipeline.name_passes if hasattr(p, "tags")]
    assert names and all(p.tags is tags for p in names if p.tokenizer is tokenizer)
    other = jieba.Tokenizer()
    assert segment.load_word_tags(other) is not tags
    loose = SimpleNamespace(dictionary=None, user_word_tag_tab={"某某新区": "ns"})
    first = segment.load_word_tags(loose)  # type: ignore[arg-type]
    assert first["某某新区"] == "ns" and segment.load_word_tags(loose) is not first  # type: ignore[arg-type]


def test_the_kept_dictionary_is_the_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build_tokenizer keeps its finished dictionary in the cache folder and reads it back:
    the same words, frequencies (in the same order) and total as built from jieba's, and
    the removed words still forced apart; an unreadable file is built anew; other words,
    another file."""
    gazetteer = default_rules_dir() / "gazetteer.tsv"
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off")
    built = segment.build_tokenizer(gazetteer)
    monkeypatch.delenv("POLICY_EXTRACT_CACHE")
    segment.build_tokenizer(gazetteer, tmp_path)  # writes the file
    kept = list(tmp_path.glob("jieba-*.marshal"))
    assert len(kept) == 1
    with mock.patch.object(jieba.Tokenizer, "initialize", side_effect=AssertionError):
        read = segment.build_tokenizer(gazetteer, tmp_path)  # jieba's dictionary not loaded
    assert list(read.FREQ.items()) == list(built.FREQ.items()) and read.total == built.total
    removed = segment.removed_words(default_rules_dir())
    assert removed and all(read.FREQ[w] == 0 and w in finalseg.Force_Split_Words for w in removed)
    kept[0].write_bytes(b"not marshal")
    again = segment.build_tokenizer(gazetteer, tmp_path)
    assert again.FREQ == built.FREQ and marshal.loads(kept[0].read_bytes())[1] == built.total
    other = tmp_path / "other" / "gazetteer.tsv"
    other.parent.mkdir()
    other.write_text("surface\tcanonical\tlabel\n某某新区\t某某新区\tGPE\n", encoding="utf-8")
    segment.build_tokenizer(other, tmp_path)
    assert len(list(tmp_path.glob("jieba-*.marshal"))) == 2


def test_jieba_is_imported_without_pkg_resources() -> None:
    """policy_extract imports jieba with pkg_resources blocked (jieba then opens its data
    files from its folder), and leaves pkg_resources importable afterwards."""
    code = ("import os, sys, policy_extract, jieba._compat as c\n"
            "assert 'pkg_resources' not in sys.modules\n"
            "own = os.path.join(os.path.dirname(c.__file__), 'dict.txt')\n"
            "assert c.get_module_res('dict.txt').read(99) == open(own, 'rb').read(99)\n"
            "import pkg_resources\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_memo_per_tokenizer_kept_apart_and_dropped_with_it() -> None:
    """segment._PerTokenizer: each tokenizer its own memo, the same one each time asked for
    (the last one asked for read without a weak reference made), alternated or not; a
    tokenizer dropped drops its memo unless it was the last asked for."""
    import gc

    memos: segment._PerTokenizer[int] = segment._PerTokenizer()
    a, b = jieba.Tokenizer(), jieba.Tokenizer()
    memos.of(a)["x"] = 1
    assert memos.of(a) == {"x": 1} and memos.of(b) == {}
    memos.of(b)["y"] = 2
    for tok, want in ((a, {"x": 1}), (a, {"x": 1}), (b, {"y": 2}), (a, {"x": 1})):
        assert memos.of(tok) == want and memos.of(tok) is memos.of(tok)
    del b  # not the last asked for: its memo goes
    gc.collect()
    assert len(memos._memos) == 1
    c = jieba.Tokenizer()
    assert memos.of(c) == {} and memos.of(a) == {"x": 1}

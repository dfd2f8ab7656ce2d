"""The spaCy pass: segmenter as configuration (jieba, pkuseg with a model path),
the gazetteer entity ruler, and the pipeline running with segmenter=pkuseg."""

from __future__ import annotations

import pytest

from policy_extract.model import PolicyExtractError
from policy_extract.ner import SpacyNamePass, blank_zh, build_nlp
from policy_extract.pipeline import Pipeline

spacy_pkuseg = pytest.importorskip("spacy_pkuseg")

_LINES = ["市委  市政府  实施  工程", "常德  高新区  推进  项目  建设", "省  发展  改革委  牵头"]


@pytest.fixture(scope="module")
def pkuseg_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A tiny pkuseg model trained on three segmented lines."""
    d = tmp_path_factory.mktemp("pkuseg")
    train = d / "train.txt"
    train.write_text("\n".join(_LINES * 5) + "\n", encoding="utf-8")
    model = d / "model"
    spacy_pkuseg.train(str(train), str(train), str(model), train_iter=2)
    return str(model)


def test_jieba_is_default() -> None:
    nlp = blank_zh()
    assert nlp.tokenizer.segmenter == "jieba"


def test_pkuseg_needs_model() -> None:
    with pytest.raises(PolicyExtractError, match="pkuseg model path"):
        blank_zh("pkuseg")


def test_unknown_segmenter() -> None:
    with pytest.raises(PolicyExtractError, match="unknown segmenter"):
        blank_zh("thulac")


def test_pkuseg_tokenizer_loads(pkuseg_model: str) -> None:
    nlp = blank_zh("pkuseg", pkuseg_model)
    assert nlp.tokenizer.segmenter == "pkuseg"
    assert "".join(t.text for t in nlp("市委市政府实施工程")) == "市委市政府实施工程"


def test_pipeline_with_pkuseg_segmenter(pkuseg_model: str, pipeline: Pipeline) -> None:
    ner = SpacyNamePass(build_nlp(segmenter="pkuseg", pkuseg_model=pkuseg_model))
    pipe = Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, name_passes=(ner,))
    got = [(m.text, m.label, m.norm, m.source) for m in
           pipe.extract("市委、市政府推进中联重科项目。", ref_date="2020-07").mentions]
    assert got and all(source == "ner" for *_, source in got)  # the tiny model cuts 市委、 its own way
    # which of the two the tiny model's cuts let the ruler see is the model's business
    assert {("市委", "ORG"), ("市政府", "ORG")} & {(text, label) for text, label, *_ in got}


def test_entity_ruler_from_gazetteer() -> None:
    doc = build_nlp()("深入实施长江经济带战略，市发改委牵头")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("长江经济带", "INITIATIVE", "长江经济带"), ("市发改委", "ORG", "市发展改革委")]

"""``policy-extract train``: a model trained on gold (a short run), saved, and used by
``run --ner-model``; training is reproducible; leave-one-document-out (``--lodo``) on two
small documents; the tokenizer's alignment with gold names; the model that ships."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pyarrow.dataset as ds
import pytest
import spacy

from policy_extract.merge import PLACE_LED_HEAD_WORDS, PLACE_LED_HEADS, POLICIES
from policy_extract.model import NAME_LABELS, Candidate
from policy_extract.names import NameRulePass
from policy_extract.ner import SpacyNamePass, cue_pattern, head_ends, head_labels, packaged_model
from policy_extract.pipeline import MODEL_GATED, MODEL_MERGE, Pipeline, with_model
from policy_extract.textview import TextView
from policy_extract.train import (
    MODEL_ONLY,
    RULES_ONLY,
    VARIANTS,
    Annotated,
    fold_model,
    format_lodo,
    lodo,
    misaligned,
    read_gold_files,
    split_articles,
    train_ner,
)

from .conftest import REPO, run_cli
from .test_merge import cand

SEED_GOLD = REPO / "gold" / "seed.jsonl"


@pytest.fixture(scope="module")
def articles() -> list[Annotated]:
    (doc,) = read_gold_files([SEED_GOLD])
    return split_articles(doc)


def test_seed_gold_splits_into_its_three_articles(articles: list[Annotated]) -> None:
    assert len(articles) == 3
    for a in articles:
        assert a.spans
        assert all(0 <= s < e <= len(a.text) for s, e, _ in a.spans)


def test_training_is_reproducible(articles: list[Annotated]) -> None:
    small = articles[:1]
    one = train_ner(small, epochs=1)
    two = train_ner(small, epochs=1)
    assert one.get_pipe("ner").to_bytes() == two.get_pipe("ner").to_bytes()


def test_a_kept_fold_model_is_reused_under_the_same_stamp(articles: list[Annotated],
                                                          tmp_path: Path) -> None:
    """``--lodo-models``: a fold's model is kept with what it was trained from; the same
    documents, config, epochs and vectors load it (with its training time), other
    settings train again."""
    small = [Annotated(articles[0].text, articles[0].spans, "article-0")]
    one, cpu = fold_model(small, epochs=1, keep=tmp_path / "lodo" / "fold")
    again, cpu_again = fold_model(small, epochs=1, keep=tmp_path / "lodo" / "fold")
    assert cpu_again == cpu and again.get_pipe("ner").to_bytes() == one.get_pipe("ner").to_bytes()
    fold_model(small, epochs=2, keep=tmp_path / "lodo" / "fold")
    kept = json.loads((tmp_path / "lodo" / "fold" / "fold.json").read_text(encoding="utf-8"))
    assert kept["stamp"]["epochs"] == 2 and kept["stamp"]["train"] == ["article-0"]


def test_train_then_run_with_the_model(tmp_path: Path, pipeline: Pipeline) -> None:
    model = tmp_path / "model"
    res = run_cli("train", str(SEED_GOLD), "-o", str(model), "--epochs", "1")
    assert res.returncode == 0, res.stderr
    assert (model / "config.cfg").is_file() and "model written to" in res.stdout
    out = tmp_path / "out"
    res = run_cli("run", str(REPO / "seeds"), "-o", str(out), "--ner-model", str(model),
                  "-w", "1", "-q", "--ref-date", "2020-07")
    assert res.returncode == 0, res.stderr
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert docs[0]["status"] == "ok" and docs[0]["pipeline_version"].endswith("+ner")
    mentions = ds.dataset(out / "mentions").to_table().to_pylist()
    assert {"MONEY", "COUNT", "DATE"} <= {m["label"] for m in mentions}


@pytest.mark.parametrize("args, words", [
    (["train", str(SEED_GOLD)], "--out"),
    (["run", "--ner-model", "/nonexistent/model"], "not a model folder"),
    (["train", str(SEED_GOLD), "-o", "/tmp/unused-model", "--vectors", "/nonexistent/vectors"],
     "not a spaCy vectors folder"),
    (["train", str(SEED_GOLD), "--lodo", "/tmp/unused-lodo.json", "--silver",
      str(REPO / "seeds")], "drop --silver"),
], ids=["no-out", "bad-model", "bad-vectors", "lodo-with-silver"])
def test_train_and_ner_usage_errors(args: list[str], words: str) -> None:
    res = run_cli(*args)
    assert res.returncode == 2 and words in res.stderr


class RecordingNLP:
    """Stands in for a spaCy pipeline: records the texts the pass gives it."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def pipe(self, texts):  # noqa: ANN001, ANN201
        for text in texts:
            self.seen.append(text)
            yield SimpleNamespace(ents=())


GATE_CASES = {
    # name: (text, spans the earlier passes found, sentences the model is given)
    "cue left unexplained": ("中联重科有限公司投产。今天天气很好。", [], ["中联重科有限公司投产。"]),
    "cue inside a rule name": ("市委召开会议。", [(0, 2)], []),
    "no cue": ("今天天气很好。", [], []),
    "quote opens a programme": ("实施“五个一”行动。", [], ["实施“五个一”行动。"]),
    "one of two cues explained": ("市委和某某公司签约。", [(0, 2)], ["市委和某某公司签约。"]),
    "部门 is no cue (head_breakers)": ("有关部门要加强监管。", [], []),
    "人民法院 is no cue (ner_not_cues)": ("可以向人民法院起诉。", [], []),
    "a cue after a not-cue word": ("向人民法院和某某公司起诉。", [], ["向人民法院和某某公司起诉。"]),
}


@pytest.mark.parametrize("name", list(GATE_CASES))
def test_gated_ner_runs_only_where_rules_left_a_cue(name: str, pipeline: Pipeline) -> None:
    text, prior, want = GATE_CASES[name]
    (names,) = pipeline.name_passes
    assert isinstance(names, NameRulePass)
    nlp = RecordingNLP()
    ner = SpacyNamePass(nlp, cues=cue_pattern(names.data))  # type: ignore[arg-type]
    ner.find(TextView(text), [cand(s, e, "names.x") for s, e in prior])
    assert nlp.seen == want


def test_ungated_ner_runs_on_every_paragraph() -> None:
    nlp = RecordingNLP()
    SpacyNamePass(nlp).find(TextView("今天天气很好。\n\n市委召开会议。"))  # type: ignore[arg-type]
    assert nlp.seen == ["今天天气很好。", "市委召开会议。"]


def test_ner_pass_leaves_the_numbers_alone(pipeline: Pipeline) -> None:
    """Issue 4: numbers inside names stay out, and the NER pass changes no numeric mention
    (its names block no numbers; rules win every overlap)."""
    from policy_extract.model import NAME_LABELS
    from policy_extract.pipeline import default_pipeline

    text = (REPO / "seeds" / "000_5f0466c205263669.txt").read_text(encoding="utf-8")

    def numbers(p: Pipeline) -> list[tuple]:
        return [(m.start, m.end, m.label, m.value, m.qualifier, m.norm)
                for m in p.extract(text, ref_date="2020-07").mentions
                if m.label not in NAME_LABELS]

    with_ner = default_pipeline(ner=True)
    assert [p.name for p in with_ner.name_passes] == ["names", "ner"]
    assert numbers(with_ner) == numbers(pipeline)


ALIGNMENT_CASES = {
    # name: (segmenter, text, name span, whether the span is lost to the tokenizer)
    "jieba: a place inside one word": ("jieba", "苏州工业园区", (0, 2, "GPE"), True),
    "jieba: on word boundaries": ("jieba", "杭州市人民政府", (0, 7, "ORG"), False),
    "char: a place inside one word": ("char", "苏州工业园区", (0, 2, "GPE"), False),
    "char: a person beside a title": ("char", "区长杨国宏", (2, 5, "PERSON"), False),
}


@pytest.mark.parametrize("name", list(ALIGNMENT_CASES))
def test_names_the_tokenizer_cuts(name: str) -> None:
    segmenter, text, span, lost = ALIGNMENT_CASES[name]
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    assert bool(misaligned(nlp, [Annotated(text, (span,), "d")])) == lost


@pytest.fixture(scope="module")
def lodo_result(articles: list[Annotated], pipeline: Pipeline) -> dict:
    docs = [Annotated(a.text, a.spans, f"article-{i}") for i, a in enumerate(articles[:2])]
    return lodo(docs, [], Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, facts=None),
                epochs=1)


def test_lodo_scores_every_row_on_each_left_out_document(lodo_result: dict) -> None:
    rows = [RULES_ONLY, MODEL_ONLY] + [v.name for v in VARIANTS]
    assert list(lodo_result["scores"]) == rows
    assert list(lodo_result["per_document"]) == ["article-0", "article-1"]
    assert lodo_result["folds"] == 2 and len(lodo_result["train_cpu_seconds"]) == 2
    for scores in lodo_result["scores"].values():
        assert set(scores) == NAME_LABELS | {"ALL"}
        assert scores["ALL"]["gold"] == sum(scores[lab]["gold"] for lab in NAME_LABELS)


def test_lodo_rules_row_is_the_rule_pipeline(articles: list[Annotated], pipeline: Pipeline,
                                            lodo_result: dict) -> None:
    tp = gold = 0
    for a in articles[:2]:
        found = {(m.start, m.end, m.label) for m in pipeline.extract(a.text).mentions
                 if m.label in NAME_LABELS}
        tp += len(found & set(a.spans))
        gold += len(a.spans)
    assert lodo_result["scores"][RULES_ONLY]["ALL"]["tp"] == tp
    assert lodo_result["scores"][RULES_ONLY]["ALL"]["gold"] == gold


def test_format_lodo_table(lodo_result: dict) -> None:
    table = format_lodo(lodo_result)
    assert "| rules only | " in table and "| article-1 | " in table
    assert "2 folds (leave one document out)" in table


@pytest.mark.parametrize("gated", [True, False], ids=["gated", "every-sentence"])
@pytest.mark.parametrize("merge", list(POLICIES))
def test_with_model_builds_the_variant(gated: bool, merge: str, pipeline: Pipeline) -> None:
    built = with_model(pipeline, RecordingNLP(), gated=gated, merge=merge)
    names, ner = built.name_passes
    assert names is pipeline.name_passes[0] and isinstance(ner, SpacyNamePass)
    assert (ner.cues is not None) == gated and built.merge is POLICIES[merge]


def test_with_model_builds_the_place_led_judge_from_the_name_heads(pipeline: Pipeline
                                                                   ) -> None:
    """``place-led-heads``: the judge reads only model names ending in a head's last
    character (示范区 → 区), taken from the rules the model runs beside."""
    built = with_model(pipeline, RecordingNLP(), gated=False, merge=PLACE_LED_HEADS)
    ends = head_ends(pipeline.name_passes[0].data)
    assert {"区", "会", "局"} <= ends and "发" not in ends
    place = cand(0, 2, "names.p", "GPE")
    kept = [(c.start, c.end, c.label) for c in built.merge([
        place, Candidate(0, 6, "FAC", norm="梅州保税区", rule="ner:ner", origin="ner")])]
    assert kept == [(0, 6, "FAC")]
    kept = [(c.start, c.end, c.label) for c in built.merge([
        place, Candidate(0, 6, "FAC", norm="梅州发展发", rule="ner:ner", origin="ner")])]
    assert kept == [(0, 2, "GPE")]


def test_with_model_builds_the_judge_that_labels_by_head_words(pipeline: Pipeline) -> None:
    """``place-led-head-words``: the rules' heads table and programme/designation lists say
    the label of a place-led name the model found (资源池: INITIATIVE, rule 11)."""
    built = with_model(pipeline, RecordingNLP(), gated=False, merge=PLACE_LED_HEAD_WORDS)
    labels = head_labels(pipeline.name_passes[0].data)
    assert (labels["管委会"], labels["资源池"], labels["示范区"]) == ("ORG", "INITIATIVE",
                                                                 "INITIATIVE")
    kept = [(c.start, c.end, c.label) for c in built.merge([
        cand(0, 3, "names.p", "GPE"),
        Candidate(0, 9, "ORG", norm="安徽省服务商资源池", rule="ner:ner", origin="ner")])]
    assert kept == [(0, 9, "INITIATIVE")]


def test_the_default_pipeline_runs_the_rules_alone() -> None:
    """README, "The spaCy NER pass": the model did not beat the rules leaving one document
    out, so it is off by default; ``ner=True`` runs it gated and rules first, the best
    row of that table."""
    from policy_extract.pipeline import DEFAULT_NER, build_pipeline
    assert not DEFAULT_NER
    assert [p.name for p in build_pipeline(facts=None).name_passes] == ["names"]
    assert (MODEL_GATED, MODEL_MERGE) == (True, "rules-first")


def test_shipped_model_reads_jieba_words_with_vectors() -> None:
    model = packaged_model()
    assert model is not None
    nlp = spacy.load(model)
    assert nlp.tokenizer.segmenter == "jieba"
    assert set(nlp.get_pipe("ner").labels) == NAME_LABELS  # no numeric label in the model
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape[1] == 64
    size = sum(p.stat().st_size for p in model.rglob("*") if p.is_file())
    assert size < 30 * 2**20

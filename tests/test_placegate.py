"""The learned gate over the rule pass's GPE candidates (policy_extract.placegate):
a table of invented sentences with and without the gate, the weights file, the
features and the trainer's pieces."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policy_extract.model import Candidate
from policy_extract.names import NameRulePass
from policy_extract.placegate import (
    GATE_FILE,
    SETTING,
    Example,
    PlaceGate,
    Setting,
    char_class,
    choose_threshold,
    features,
    fit,
    load_gate,
    lodo_probabilities,
    source_groups,
    train_weights,
    word_kind,
)
from policy_extract.rules import default_rules_dir


@pytest.fixture(scope="module")
def names() -> NameRulePass:
    return NameRulePass()


@pytest.fixture(scope="module")
def ungated(names: NameRulePass) -> NameRulePass:
    return NameRulePass(tokenizer=names.tokenizer, gate=False)


def _places(p: NameRulePass, text: str) -> list[str]:
    return [text[c.start:c.end] for c in p.find_text(text) if c.label == "GPE"]


# (case, text, the place the rules alone find, whether the gate keeps it)
_CASES = [
    # a place inside a name, before its head (rule 20); the rules alone now take
    # 国家超算杭州中心 whole as a FAC (names.py), so these are names they leave open
    ("before_centre_head", "建设杭州中心。", "杭州", False),
    # a place before a verb acts: a GPE
    ("before_verb", "支持成都打造国际消费中心。", "成都", True),
    ("before_verb_in_place", "在西洞庭设立分支机构", "西洞庭", True),
    # a place in a list of places before what they do together
    ("list_of_places", "推动长沙、株洲、湘潭一体化发展。", "株洲", True),
    # a count right after the place: what is counted is no name of it (no gate there)
    ("count_after", "做强绵阳、德阳两个区域中心城市。", "德阳", True),
    ("count_before_head", "德国两大汽车公司宣布扩产", "德国", True),
    # a division's other name in brackets after it (no gate there); after another word
    # the bracketed place is inside a name (places.inside_name)
    ("alias_in_brackets", "长沙高新区（岳麓区）发展规划", "岳麓区", True),
]


# a gap the gate left until the twenty-first session: retrained on d01-d72 (nineteenth
# session) LODO chose 0.25, in the twentieth 0.30 and this place, inside a zone's name (rule
# 20), still scored above it; retrained on the twenty-first session's rules (0.30 again) it
# is dropped
_GAPS = [
    # the thirty-second session's retrain put it back just over the threshold (0.2496 ->
    # 0.270): a case on the edge, which the weights move across from one retrain to another
    pytest.param("建成济南新旧动能转换起步区。", "济南", False, id="before_zone_name",
                 marks=pytest.mark.xfail(strict=True, reason="retrained on the thirty-second "
                                         "session's rules the gate keeps a place before a "
                                         "zone's name no head word ends (0.270 against 0.25)")),
    # a section of a belt or a park named by its province (rule 20; train d41, d49, d51,
    # d57, d73 keep the section inside the name): 国家文化公园（河南段） is read whole by the
    # rules since init27 (names.cultural_park), so this case moved to a belt the rules leave
    # to the gate, which keeps the place (0.39 against 0.25 after the twenty-seventh
    # session's retraining; it dropped 国家文化公园's 河南 before)
    pytest.param("推进大运河文化带（河南段）建设。", "河南", False, id="bracketed_section",
                 marks=pytest.mark.xfail(strict=True, reason="the gate keeps a province in a "
                                         "bracketed section after a belt's name")),
    # (the in_vision case, 全面开展绿美江西生态建设, left this table in the thirty-seventh
    # session: names.greening_vision builds 绿美 + place + 生态建设 whole, so no GPE reaches
    # the gate there; tests/test_names.py, greening_other_province)
]


@pytest.mark.parametrize(("text", "place", "kept"),
                         [pytest.param(t, p, k, id=c) for c, t, p, k in _CASES] + _GAPS)
def test_gate_table(names: NameRulePass, ungated: NameRulePass, text: str, place: str,
                    kept: bool) -> None:
    assert place in _places(ungated, text)
    assert (place in _places(names, text)) is kept


def test_shipped_gate_is_on(names: NameRulePass) -> None:
    gate = names.place_gate
    assert gate is not None and 0 < gate.threshold < 1
    header = (default_rules_dir() / GATE_FILE).read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# Place gate")


def test_weights_are_features(names: NameRulePass) -> None:
    """Every weight names a feature the features function writes (a file trained on
    another version of the features would weigh nothing)."""
    gate = names.place_gate
    assert gate is not None
    kinds = {f.split("=", 1)[0] for f in gate.weights}
    text = "加快建设国家超算杭州中心、南京中心。"
    written = {f.split("=", 1)[0] for f in features(names.gate_context, text, 6, 8,
                                                  "names.gazetteer.prefecture")}
    assert kinds <= written


def test_gate_off(names: NameRulePass, ungated: NameRulePass) -> None:
    assert ungated.place_gate is None
    cand = Candidate(6, 8, "GPE", rule="names.gazetteer.prefecture")
    assert ungated.keeps_place("加快建设国家超算杭州中心。", cand)
    assert PlaceGate({"bias": -10.0}, 0.0).keeps(names.gate_context, "杭州中心", cand)
    assert not PlaceGate({"bias": -10.0}, 0.5).keeps(names.gate_context, "杭州中心",
                                                     Candidate(0, 2, "GPE"))


@pytest.mark.parametrize(("ch", "kind"), [
    ("", "none"), ("“", "quote"), ("（", "open"), ("）", "close"), ("《", "title"),
    ("、", "list"), ("—", "dash"), ("，", "punct"), ("\n", "punct"), ("3", "digit"),
    ("的", "function"), ("港", "han"), ("A", "other"),
])
def test_char_class(ch: str, kind: str) -> None:
    assert char_class(ch) == kind


@pytest.mark.parametrize(("tag", "kind"), [
    ("ns", "place"), ("n", "noun"), ("vn", "noun"), ("nz", "noun"), ("v", "verb"),
    ("vd", "verb"), ("m", "number"), ("p", "function"), ("uj", "function"), ("x", "other"),
])
def test_word_kind(tag: str, kind: str) -> None:
    assert word_kind(tag) == kind


def test_load_gate(tmp_path: Path) -> None:
    path = tmp_path / GATE_FILE
    assert load_gate(path) is None
    path.write_text("# comment\nthreshold\t0.3\nbias\t-0.5\nnext_char=港\t-1.25\n",
                    encoding="utf-8")
    gate = load_gate(path)
    assert gate == PlaceGate({"bias": -0.5, "next_char=港": -1.25}, 0.3)
    assert gate.probability(["bias", "next_char=港"]) == pytest.approx(0.1480, abs=1e-4)
    path.write_text("threshold 0.3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="feature<TAB>weight"):
        load_gate(path)


def test_fit_learns_and_is_deterministic() -> None:
    rows = [["bias", "head=yes"]] * 6 + [["bias", "head=no"]] * 6 + [["bias", "rare"]]
    y = [0] * 5 + [1] + [1] * 5 + [0] + [1]
    weights = fit(rows, y)
    assert "rare" not in weights  # seen once: no weight
    assert weights["head=yes"] < 0 < weights["head=no"]
    assert fit(rows, y) == weights


def _example(doc: str, gold: bool, sets: set[str]) -> Example:
    return Example(doc, (0, 2), gold, sets, ["bias"])


def test_choose_threshold_keeps_true_places() -> None:
    """A threshold that would drop a true GPE of today's rules is not chosen, however
    many wrong places of before it drops."""
    examples = [_example("a", True, {"now"}), _example("a", False, {"before"}),
                _example("b", True, {"now", "before"}), _example("b", False, {"before"})]
    gold = {"a": 1, "b": 1}
    assert choose_threshold(examples, [0.9, 0.1, 0.9, 0.1], gold) > 0.1
    assert choose_threshold(examples, [0.12, 0.1, 0.9, 0.1], gold) <= 0.1


@pytest.mark.parametrize(("wrong", "lowest"), [(1, True), (20, False)],
                         ids=["noise_keeps_lowest", "real_gain_raises"])
def test_choose_threshold_ignores_noise(wrong: int, lowest: bool) -> None:
    """A threshold that gains less than _F1_TIE of LODO F1 over a lower one is not
    chosen (one wrong place among 600 right ones), a real gain is (20 wrong ones)."""
    examples = ([_example("a", True, {"now"}) for _ in range(600)]
                + [_example("a", False, {"now"}) for _ in range(wrong)])
    probs = [0.9] * 600 + [0.12] * wrong
    threshold = choose_threshold(examples, probs, {"a": 600})
    assert (threshold == 0.0) is lowest


def test_fit_row_weight_is_copies() -> None:
    """A row of weight 2 weighs as two copies of it (Setting.before_weight)."""
    rows = [["bias", "a"], ["bias", "a"], ["bias", "b"], ["bias", "b"]]
    y = [1, 0, 0, 1]
    doubled = fit(rows + rows[:1], y + y[:1])
    assert fit(rows, y, weight=[2, 1, 1, 1]) == pytest.approx(doubled, abs=1e-3)
    assert Setting.parse("ungated=country,bw=2") == Setting(ungated=("country",),
                                                              before_weight=2.0)


def test_source_groups() -> None:
    """The excerpts of one report are one source (gold/dev/EXCERPTS.tsv); a document
    not listed there (the seed) is its own."""
    from .conftest import REPO
    groups = source_groups(REPO, ["dev-d13-sichuan-2026-report", "dev-d80-sichuan-2026-middle",
                                  "dev-d17-sichuan-2020-service-opinion", "seed-000"])
    assert groups["dev-d13-sichuan-2026-report"] == groups["dev-d80-sichuan-2026-middle"]
    assert groups["dev-d13-sichuan-2026-report"] != groups["dev-d17-sichuan-2020-service-opinion"]
    assert groups["seed-000"] == "seed-000"


def test_held_out_by_group() -> None:
    """Left out by source, a document's places are scored by a gate that saw no excerpt
    of its report: a signal only its sibling holds is not learned (by document it is)."""
    def ex(doc: str, feat: str, gold: bool) -> Example:
        return Example(doc, (0, 2), gold, {"now"}, ["bias", feat])
    examples = ([ex("a", "shared", False)] * 3 + [ex("b", "shared", False)] * 3
                + [ex("c", "other", True)] * 3 + [ex("d", "other", True)] * 3)
    by_doc = lodo_probabilities(examples, Setting())
    by_source = lodo_probabilities(examples, Setting(),
                                   groups={"a": "r1", "b": "r1", "c": "r2", "d": "r2"})
    assert by_doc[0] < 0.5 < by_source[0]  # by source: trained on c and d, all true


@pytest.fixture(scope="module")
def trained():  # noqa: ANN201 - (examples, gold) of placegate.training_examples
    from policy_extract.placegate import training_examples

    from .conftest import REPO
    return training_examples(REPO)


def test_shipped_weights_are_todays(trained) -> None:  # noqa: ANN001
    from .conftest import REPO
    """The weights file is what the trainer gives on today's rules and gold: a change to
    the name rules or the gazetteer changes the candidates, so it fails here until
    `python -m policy_extract.placegate train` is run again (about 8 s)."""
    examples, gold = trained
    weights = train_weights([e for e in examples if SETTING.trains(e)])
    shipped = load_gate(default_rules_dir() / GATE_FILE)
    assert shipped is not None
    groups = source_groups(REPO, gold)
    threshold = choose_threshold(examples, lodo_probabilities(examples, groups=groups), gold)
    assert threshold == pytest.approx(shipped.threshold)
    assert shipped.ungated == SETTING.ungated
    assert set(weights) == set(shipped.weights)
    assert max(abs(weights[f] - shipped.weights[f]) for f in weights) < 1e-3


# (text, place, whether the shipped gate keeps it): decisions that must not depend on one
# training document (benchmarks/gate_stability.py: with countries ungated, 0.8 decisions
# of 1,000 unlabelled candidates flip when one document is left out, 1.8 before)
_STABLE = [
    ("据美国媒体报道，美国政府宣布", "美国", True),  # a country: no gate
    ("英国铁路工人举行罢工", "英国", True),
    ("加强与俄罗斯、哈萨克斯坦合作", "哈萨克斯坦", True),
    ("推动长沙、株洲、湘潭一体化发展。", "株洲", True),
    ("建设杭州中心。", "杭州", False),
]


def test_decisions_stable_without_one_document(trained, names: NameRulePass,  # noqa: ANN001
                                               ungated: NameRulePass) -> None:
    """The table's decisions are those of the gate trained without any one of the four
    documents with most candidates the gate reads (fixed: no random draw)."""
    examples, _ = trained
    read = [e for e in examples if SETTING.trains(e)]
    shipped = names.place_gate
    assert shipped is not None
    docs = [d for d, _ in Counter(e.doc for e in read).most_common(4)]
    gates = [PlaceGate(train_weights([e for e in read if e.doc != d]), shipped.threshold,
                       shipped.ungated) for d in docs]
    for text, place, kept in _STABLE:
        assert (place in _places(names, text)) is kept, text
        cands = [c for c in ungated.find_text(text) if text[c.start:c.end] == place]
        assert cands, text
        assert all(g.keeps(names.gate_context, text, cands[0]) is kept for g in gates), text


def test_facility_name_keeps_its_place_inside(ungated: NameRulePass) -> None:
    """The cases the gate table used to hold: a place before a centre's head inside a
    facility's name is no GPE of the rules alone, the facility is one FAC (rule 20)."""
    for text, name in [("加快建设国家超算杭州中心。", "国家超算杭州中心"),
                       ("运行国家超级计算南京中心。", "国家超级计算南京中心")]:
        found = [(text[c.start:c.end], c.label) for c in ungated.find_text(text)]
        assert found == [(name, "FAC")]

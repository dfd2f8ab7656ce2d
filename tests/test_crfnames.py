"""The CRF over the names (policy_extract.crfnames): invented sentences with and without
it, its merge with the rules' names, its decoding, and the shipped model's freshness."""

from __future__ import annotations

import pytest

from policy_extract.crfnames import (
    _ORG_FAC_HEADS,
    _SPACE,
    DIGEST_FILE,
    LEVEL_ORGAN,
    MODEL_FILE,
    POLICY,
    LabelMerge,
    Lexicon,
    TrainingDoc,
    _heads_ahead,
    _neighbour_tags,
    _past_marks,
    _shown,
    bio,
    decode,
    digest,
    merge,
    plausible,
    read_digest,
    sequences,
    training_data,
    training_docs,
    widen_and_fill,
)
from policy_extract.pipeline import Pipeline, build_pipeline, default_pipeline
from policy_extract.rules import default_rules_dir

pytest.importorskip("pycrfsuite")

NAMES = ("ORG", "GPE", "FAC", "INITIATIVE", "PERSON", "DOC")


@pytest.fixture(scope="module")
def with_crf() -> Pipeline:
    return build_pipeline(facts=None, crf=True)


def _names(p: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in p.extract(text).mentions if m.label in NAMES]


# what the rules alone find on invented sentences; the CRF keeps every one of them (what it
# adds is the model's and changes with each retraining: test_crf_learned_its_gold measures it)
SENTENCES = [
    ("依托钦州港、北海港，建设北部湾国际门户港。", [("钦州港", "FAC"), ("北海港", "FAC")]),
    # a policy-defined region after a verb of building it: the rules find it too since
    # names.built_zone (rule 11)
    ("实施“数字赣州”行动，加快建设赣南苏区振兴发展示范区。",
     [("数字赣州”行动", "INITIATIVE"), ("赣南苏区振兴发展示范区", "INITIATIVE")]),
    # ... and no rule without that verb
    ("赣南苏区振兴发展示范区成效明显。", []),
    ("省交通运输厅会同长沙市人民政府推进乡村振兴战略。",
     [("省交通运输厅", "ORG"), ("长沙市人民政府", "ORG"), ("乡村振兴战略", "INITIATIVE")]),
    ("2025年全市地区生产总值增长6.5%。", []),
]


@pytest.mark.parametrize(("text", "rules"), SENTENCES)
def test_sentences(pipeline: Pipeline, with_crf: Pipeline, text: str,
                   rules: list[tuple[str, str]]) -> None:
    assert _names(pipeline, text) == rules
    assert set(rules) <= set(_names(with_crf, text))


# small train documents the CRF was trained on (development text, by design)
LEARNED = ("dev-d08-ship-pollution-law", "dev-d19-beijing-2022-data-zone", "dev-d36-hailar-2018-tasks")


def _strict(p: Pipeline, docs: list) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for d in docs:
        gold = {(s.start, s.end, s.label) for s in d.spans if s.label in NAMES}
        pred = {(m.start, m.end, str(m.label)) for m in p.extract(
            d.text, ref_date=d.ref_date, doc_id=d.doc_id).mentions if m.label in NAMES}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
    return tp, n_pred, n_gold


def test_crf_learned_its_gold(pipeline: Pipeline, with_crf: Pipeline) -> None:
    """On documents of its own training gold the CRF must find clearly more of the names
    than the rules alone (recall up by at least 0.05) without losing precision (at most
    0.02 down): a model that is missing, stale in another way, or merged wrongly fails."""
    from policy_extract.goldfile import training_gold

    from .conftest import REPO
    docs = [d for d in training_gold(REPO) if d.doc_id in LEARNED]
    assert len(docs) == len(LEARNED)
    tp_r, pred_r, gold = _strict(pipeline, docs)
    tp_c, pred_c, _ = _strict(with_crf, docs)
    assert tp_c / gold >= tp_r / gold + 0.05
    assert tp_c / pred_c >= tp_r / pred_r - 0.02


def test_numbers_stay(pipeline: Pipeline, with_crf: Pipeline) -> None:
    """The CRF touches names only: numbers and dates are the rules' own."""
    text = "2025年完成投资3亿元，新增企业120家，增长6.5%。"
    def others(p: Pipeline) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.label) for m in p.extract(text).mentions
                if m.label not in NAMES]

    assert others(with_crf) == others(pipeline) != []
    assert _names(with_crf, text) == []  # and finds no name among them


def test_version_says_crf(with_crf: Pipeline) -> None:
    assert with_crf.version.endswith(":names+crf:facts-none")
    assert "crf" not in default_pipeline(ner=False).version


GPE, ORG, FAC, INIT, PER = "GPE", "ORG", "FAC", "INITIATIVE", "PERSON"
# (rules' names, CRF names with confidence, min_fill, merged names)
MERGES = [
    # a CRF name of another label holding a rule GPE replaces it (九江|港)
    ([(0, 2, GPE)], [((0, 3, FAC), 0.9)], 0.0, [(0, 3, FAC)]),
    # ... and the rule names inside it with it (遵义 + 新蒲经济开发区)
    ([(0, 2, GPE), (2, 9, ORG)], [((0, 9, ORG), 0.6)], 0.0, [(0, 9, ORG)]),
    # whatever the confidence: widening is not filling
    ([(0, 2, GPE)], [((0, 3, FAC), 0.1)], 0.5, [(0, 3, FAC)]),
    # a longer CRF GPE does not replace the rules' GPE
    ([(0, 2, GPE)], [((0, 3, GPE), 0.9)], 0.0, [(0, 2, GPE)]),
    # nor a CRF name without a rule GPE inside
    ([(0, 2, ORG)], [((0, 3, FAC), 0.9)], 0.0, [(0, 2, ORG)]),
    # nor one that cuts another rule name
    ([(0, 2, GPE), (3, 6, ORG)], [((0, 4, FAC), 0.9)], 0.0, [(0, 2, GPE), (3, 6, ORG)]),
    # a CRF name where the rules have none fills the gap, if confident enough
    ([(0, 2, GPE)], [((5, 9, INIT), 0.8)], 0.0, [(0, 2, GPE), (5, 9, INIT)]),
    ([(0, 2, GPE)], [((5, 9, INIT), 0.8)], 0.9, [(0, 2, GPE)]),
    # one overlapping a rule name does not
    ([(0, 4, ORG)], [((2, 6, FAC), 0.99)], 0.0, [(0, 4, ORG)]),
]


@pytest.mark.parametrize(("rules", "crf", "min_fill", "merged"), MERGES)
def test_widen_and_fill(rules: list, crf: list, min_fill: float, merged: list) -> None:
    assert widen_and_fill(rules, crf, min_fill) == merged


@pytest.mark.parametrize(("rules", "crf", "min_fill", "merged"), MERGES)
def test_merge_defaults_are_widen_and_fill(rules: list, crf: list, min_fill: float,
                                           merged: list) -> None:
    """merge with every label at LabelMerge's defaults but the fill is widen_and_fill."""
    policy = {lab: LabelMerge(fill=min_fill) for lab in NAMES}
    assert merge(rules, crf, policy) == merged


# (rules' names, CRF names with confidence, policy, merged names)
POLICY_MERGES = [
    # a CRF name of a label that wins replaces the rule name it overlaps ...
    ([(0, 4, ORG)], [((2, 6, FAC), 0.9)], {FAC: LabelMerge(win=0.5)}, [(2, 6, FAC)]),
    # ... and every one it overlaps
    ([(0, 3, GPE), (3, 6, ORG)], [((1, 5, FAC), 0.9)], {FAC: LabelMerge(win=0.5)},
     [(1, 5, FAC)]),
    # ... not below its confidence
    ([(0, 4, ORG)], [((2, 6, FAC), 0.4)], {FAC: LabelMerge(win=0.5)}, [(0, 4, ORG)]),
    # ... nor when it is another label that wins
    ([(0, 4, ORG)], [((2, 6, FAC), 0.9)], {ORG: LabelMerge(win=0.0)}, [(0, 4, ORG)]),
    # two winning CRF names over one rule name both stand
    ([(0, 6, ORG)], [((0, 3, FAC), 0.7), ((3, 6, FAC), 0.9)], {FAC: LabelMerge(win=0.5)},
     [(0, 3, FAC), (3, 6, FAC)]),
    # a CRF name that wins does not replace one that won before it (widened, here)
    ([(0, 2, GPE)], [((0, 3, FAC), 0.1), ((2, 5, ORG), 0.9)], {ORG: LabelMerge(win=0.5)},
     [(0, 3, FAC)]),
    # a rule name of an agreed label stays only where the CRF tags it alike
    ([(0, 2, GPE), (4, 6, GPE)], [((0, 2, GPE), 0.2)], {GPE: LabelMerge(agreed=True)},
     [(0, 2, GPE)]),
    ([(0, 2, GPE)], [((0, 2, ORG), 0.9)], {GPE: LabelMerge(agreed=True)}, [(0, 2, ORG)]),
    ([(0, 2, GPE)], [((0, 2, ORG), 0.9)], {GPE: LabelMerge(agreed=True),
                                          ORG: LabelMerge(fill=None)}, []),
    # ... the others stay
    ([(0, 2, GPE), (4, 6, ORG)], [], {GPE: LabelMerge(agreed=True)}, [(4, 6, ORG)]),
    # a dropped rule name leaves a gap a CRF name fills
    ([(0, 2, GPE)], [((0, 3, GPE), 0.9)], {GPE: LabelMerge(agreed=True)}, [(0, 3, GPE)]),
    # fills by label: none for one, any confidence for another
    ([], [((0, 2, PER), 0.9), ((3, 5, ORG), 0.1)],
     {PER: LabelMerge(fill=None), ORG: LabelMerge(fill=0.0)}, [(3, 5, ORG)]),
    # widening comes first and is not undone by a rule name that no more overlaps
    ([(0, 2, GPE)], [((0, 3, FAC), 0.1)], {FAC: LabelMerge(fill=None)}, [(0, 3, FAC)]),
    # widening by label: from a confidence ...
    ([(0, 2, GPE)], [((0, 3, FAC), 0.4)], {FAC: LabelMerge(widen=0.5)}, [(0, 2, GPE)]),
    ([(0, 2, GPE)], [((0, 3, FAC), 0.6)], {FAC: LabelMerge(widen=0.5)}, [(0, 3, FAC)]),
    # ... or never (the name that no more widens neither fills: it overlaps the rule GPE)
    ([(0, 2, GPE)], [((0, 3, ORG), 0.99)], {ORG: LabelMerge(widen=None)}, [(0, 2, GPE)]),
    # ... one label's threshold does not hold another's
    ([(0, 2, GPE)], [((0, 3, FAC), 0.1)], {ORG: LabelMerge(widen=None)}, [(0, 3, FAC)]),
    # a rule name of a label that does not yield stays against a winning CRF name of
    # another label ...
    ([(0, 4, GPE)], [((2, 6, FAC), 0.9)], {FAC: LabelMerge(win=0.5),
                                          GPE: LabelMerge(yields=False)}, [(0, 4, GPE)]),
    # ... and holds the rule names of other labels it overlaps with it
    ([(0, 4, GPE), (4, 6, ORG)], [((2, 6, FAC), 0.9)],
     {FAC: LabelMerge(win=0.5), GPE: LabelMerge(yields=False)}, [(0, 4, GPE), (4, 6, ORG)]),
    # ... but a CRF name of its own label still wins over it
    ([(0, 4, GPE)], [((0, 5, GPE), 0.9)], {GPE: LabelMerge(win=0.5, yields=False)},
     [(0, 5, GPE)]),
    # ... and widening, which takes only rule GPEs, is not held by it
    ([(0, 2, GPE)], [((0, 3, FAC), 0.1)], {GPE: LabelMerge(yields=False)}, [(0, 3, FAC)]),
    # C45m (a knob, not in POLICY): a CRF name that opens with the rule GPE it holds
    # swallows it from ``led`` ...
    ([(0, 2, GPE)], [((0, 5, FAC), 0.6)], {FAC: LabelMerge(widen=0.9, led=0.5)},
     [(0, 5, FAC)]),
    # ... with the rule names after the GPE inside it ...
    ([(0, 2, GPE), (2, 4, ORG)], [((0, 5, INIT), 0.6)],
     {INIT: LabelMerge(widen=0.9, led=0.5)}, [(0, 5, INIT)]),
    # ... not below ``led`` ...
    ([(0, 2, GPE)], [((0, 5, FAC), 0.4)], {FAC: LabelMerge(widen=0.9, led=0.5)},
     [(0, 2, GPE)]),
    # ... nor a GPE that does not open the name (the name neither fills: it overlaps) ...
    ([(2, 4, GPE)], [((0, 5, FAC), 0.6)], {FAC: LabelMerge(widen=0.9, led=0.5)},
     [(2, 4, GPE)]),
    # ... nor a name that opens with another rule name before the GPE ...
    ([(0, 2, ORG), (2, 4, GPE)], [((0, 5, FAC), 0.6)], {FAC: LabelMerge(widen=0.9, led=0.5)},
     [(0, 2, ORG), (2, 4, GPE)]),
    # ... nor one a rule name crosses the end of
    ([(0, 2, GPE), (4, 7, ORG)], [((0, 5, FAC), 0.6)], {FAC: LabelMerge(widen=0.9, led=0.5)},
     [(0, 2, GPE), (4, 7, ORG)]),
    # ``led`` alone (``widen`` None) widens only names the GPE opens
    ([(0, 2, GPE)], [((0, 5, FAC), 0.99)], {FAC: LabelMerge(widen=None, led=0.5)},
     [(0, 5, FAC)]),
    ([(2, 4, GPE)], [((0, 5, FAC), 0.99)], {FAC: LabelMerge(widen=None, led=0.5)},
     [(2, 4, GPE)]),
]


@pytest.mark.parametrize(("rules", "crf", "merged"), [
    # the shipped policy: a rule GPE gives way to a longer CRF name of another label only
    # from MIN_WIDEN (九江|港 at 0.95; at 0.6 the GPE stays and the name neither fills) ...
    ([(0, 2, GPE)], [((0, 3, FAC), 0.95)], [(0, 3, FAC)]),
    ([(0, 2, GPE)], [((0, 3, FAC), 0.6)], [(0, 2, GPE)]),
    ([(0, 2, GPE)], [((0, 6, INIT), 0.6)], [(0, 2, GPE)]),
    # ... an ORG or FAC name of 0.9 replaces the rule names it overlaps, GPEs too ...
    ([(0, 2, GPE), (2, 5, ORG)], [((1, 5, ORG), 0.9)], [(1, 5, ORG)]),
    # ... an INITIATIVE name does not, and fills from 0.6
    ([(0, 2, GPE)], [((1, 5, INIT), 0.99), ((6, 9, INIT), 0.6)], [(0, 2, GPE), (6, 9, INIT)]),
])
def test_shipped_policy(rules: list, crf: list, merged: list) -> None:
    assert merge(rules, crf, POLICY) == merged


#: C46m: (rules' names, CRF names, the rule names that are a level's organ, merged) with
#: ORG winning from 0.9 and not ``joins``
NOT_JOINING = {ORG: LabelMerge(win=0.9, joins=False)}
ORGAN_MERGES = [
    # a winning CRF name leaves the rule names of its label that tile it end to end, the
    # last a level's organ (区住建局|区政府, 市委|市政府) ...
    ([(0, 4, ORG), (4, 7, ORG)], [((0, 7, ORG), 0.95)], {(4, 7, ORG)},
     [(0, 4, ORG), (4, 7, ORG)]),
    ([(0, 2, ORG), (2, 5, ORG), (5, 7, ORG)], [((0, 7, ORG), 0.95)], {(5, 7, ORG)},
     [(0, 2, ORG), (2, 5, ORG), (5, 7, ORG)]),
    # ... but replaces them where the organ opens the name (市政府|办公室) ...
    ([(0, 3, ORG), (3, 6, ORG)], [((0, 6, ORG), 0.95)], {(0, 3, ORG)}, [(0, 6, ORG)]),
    # ... where no tile is an organ (水利部|黄河水利委员会: the part of a parent) ...
    ([(0, 3, ORG), (3, 10, ORG)], [((0, 10, ORG), 0.95)], set(), [(0, 10, ORG)]),
    # ... where one rule name, names with a gap between them or names short of its ends
    # are inside ...
    ([(0, 3, ORG)], [((0, 5, ORG), 0.95)], {(0, 3, ORG)}, [(0, 5, ORG)]),
    ([(0, 2, ORG), (3, 5, ORG)], [((0, 5, ORG), 0.95)], {(3, 5, ORG)}, [(0, 5, ORG)]),
    ([(0, 2, ORG), (2, 4, ORG)], [((0, 5, ORG), 0.95)], {(2, 4, ORG)}, [(0, 5, ORG)]),
    # ... and where the names inside are of another label
    ([(0, 2, FAC), (2, 5, ORG)], [((0, 5, ORG), 0.95)], {(2, 5, ORG)}, [(0, 5, ORG)]),
]


@pytest.mark.parametrize(("rules", "crf", "organs", "merged"), ORGAN_MERGES)
def test_not_joining_an_organ(rules: list, crf: list, organs: set, merged: list) -> None:
    assert merge(rules, crf, NOT_JOINING, organs) == merged
    # ``joins`` (the default) replaces them all
    assert merge(rules, crf, {ORG: LabelMerge(win=0.9)}, organs) == (
        [c for c, _ in crf] if crf[0][1] >= 0.9 else rules)


def test_shipped_policy_keeps_two_bodies() -> None:
    """C46m shipped: a CRF ORG over a rule ORG and a level's organ right after it
    (县水务局|县政府重点工程, made up) leaves both; over a body and its part it wins."""
    rules = [(0, 4, ORG), (4, 7, ORG)]
    assert merge(rules, [((0, 7, ORG), 0.99)], POLICY, {(4, 7, ORG)}) == rules
    assert merge(rules, [((0, 7, ORG), 0.99)], POLICY, set()) == [(0, 7, ORG)]


@pytest.mark.xfail(strict=True, reason="C46m gap: parallel bodies with a space between them "
                   "(省文旅厅 省财政厅, made up) are read as one CRF ORG; the merge sees no text")
def test_parallel_bodies_with_a_space() -> None:
    rules = [(0, 4, ORG), (5, 9, ORG)]
    assert merge(rules, [((0, 9, ORG), 0.99)], POLICY, set()) == rules


@pytest.mark.parametrize(("text", "organ"), [
    ("市委", True), ("区政府", True), ("县人民政府", True), ("自治区党委", True),
    ("镇人大", True), ("市人大常委会", True),
    ("市政府办公室", False), ("区住建局", False), ("省委组织部", False), ("委", False)])
def test_level_organ(text: str, organ: bool) -> None:
    assert bool(LEVEL_ORGAN.fullmatch(text)) == organ


@pytest.mark.parametrize(("rules", "crf", "policy", "merged"), POLICY_MERGES)
def test_merge(rules: list, crf: list, policy: dict, merged: list) -> None:
    assert merge(rules, crf, policy) == merged


@pytest.mark.parametrize(("tags", "spans"), [
    (["O", "B-GPE", "I-GPE", "O"], [(1, 3, GPE)]),
    (["B-ORG", "I-ORG", "B-ORG"], [(0, 2, ORG), (2, 3, ORG)]),
    (["O", "I-FAC", "I-FAC"], [(1, 3, FAC)]),  # an I- after O starts a name
    (["B-GPE", "I-FAC", "I-FAC"], [(0, 1, GPE), (1, 3, FAC)]),  # so does one of another label
    (["B-INITIATIVE"], [(0, 1, INIT)]),
])
def test_decode(tags: list[str], spans: list) -> None:
    assert decode(tags) == spans
    assert decode(tags, 10) == [(s + 10, e + 10, lab) for s, e, lab in spans]


def test_bio_and_decode_agree() -> None:
    spans = [(0, 2, GPE), (2, 5, ORG), (7, 8, INIT)]
    assert decode(bio(9, spans)) == spans


@pytest.mark.parametrize(("text", "pieces"), [
    ("推进建设。加快发展；\n好", ["推进建设。", "加快发展；", "\n", "好"]),
    ("没有句号", ["没有句号"]),
    ("", []),
])
def test_sequences(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in sequences(text)] == pieces


def test_training_data_dropout_and_today() -> None:
    """``training_data``: a ``dropout`` share of the sentences (the same ones each time)
    without the rules' names, and with ``today`` each document with a history again with
    today's rules' names (the seed, no history, once)."""
    from collections import Counter

    from policy_extract.textview import TextView
    text = "".join(f"第{i}句推进建设。" for i in range(40))
    rows = [("b",)] * len(text)
    gold = [(0, 2, "ORG")]

    def doc(doc_id: str, history: list | None) -> TrainingDoc:
        return TrainingDoc(doc_id, TextView(text), gold, history, [(0, 3, "GPE")], rows,
                           Counter())
    docs = [doc("a", [(0, 2, "ORG")]), doc("seed", None)]
    plain = training_data(docs, dropout=0.0, today=False)
    assert len(plain) == 80
    assert all(any(f.startswith("r0=B-") for f in x[0]) for x, _ in plain[::40])
    dropped = training_data(docs, dropout=0.5, today=False)
    bare = [x for x, _ in dropped if not any(f.startswith(("r0=B-", "r0=I-"))
                                             for row in x for f in row)]
    assert 0 < len(bare) < 80 and dropped == training_data(docs, dropout=0.5, today=False)
    both = training_data(docs, dropout=0.0, today=True)
    assert len(both) == 120 and both[80:] == docs[0].sequences(docs[0].today)


@pytest.mark.parametrize(("text", "ok"), [
    ("中新广州知识城", True), ("）民委员会", False), ("、建设", False),
    ("人民法院", False), ("有关部门", False),
])
def test_plausible(text: str, ok: bool) -> None:
    assert plausible(text, (0, len(text), ORG), frozenset({"人民法院", "有关部门"})) is ok


def test_lexicon_matches() -> None:
    lex = Lexicon.of([("九江", "place_prefecture"), ("九江港", "fac"), ("港", "fac_head")])
    assert list(lex.matches("在九江港", 1)) == [(2, ("place_prefecture",)), (3, ("fac",))]
    assert list(lex.matches("在九江港", 0)) == []


@pytest.mark.parametrize(("text", "tags"), [
    # the longest word from the left, its kinds joined
    ("在九江港", ["O", "Bfac", "Mfac", "Efac"]),
    ("九江口港", ["Bplace_prefecture", "Eplace_prefecture", "O", "Sfac_head+name_end"]),
    # a word that starts inside the one found is not seen (forward maximum matching)
    ("九江港口", ["Bfac", "Mfac", "Efac", "O"]),  # not 江港口
    ("九江港九江", ["Bfac", "Mfac", "Efac", "Bplace_prefecture", "Eplace_prefecture"]),
    ("", []),
])
def test_lexicon_longest(text: str, tags: list[str]) -> None:
    lex = Lexicon.of([("九江", "place_prefecture"), ("九江港", "fac"), ("港", "fac_head"),
                      ("港", "name_end"), ("江港口", "fac")])
    assert lex.longest(text) == [f"lx={t}" for t in tags]


@pytest.mark.parametrize(("text", "feats"), [
    # the nearest head ahead, its kinds and how far (0, 1-3, 4-7, 8-15)
    ("财政委员会", ["org_head:2", "org_head:1", "org_head:1", "org_head:1", "org_head:0"]),
    # a head ending nearer wins; kinds of one word joined
    ("九江港委员会", ["fac_head+name_end:1", "fac_head+name_end:1", "fac_head+name_end:0",
                "org_head:1", "org_head:1", "org_head:0"]),
    # not past a sentence's end, nor 16 characters or more ahead
    ("建设。九江港", ["none", "none", "none", "fac_head+name_end:1",
                "fac_head+name_end:1", "fac_head+name_end:0"]),
    ("一" * 16 + "港", ["none", *["fac_head+name_end:3"] * 8, *["fac_head+name_end:2"] * 4,
                      *["fac_head+name_end:1"] * 3, "fac_head+name_end:0"]),
    # a place is no head
    ("九江", ["none", "none"]),
    ("", []),
])
def test_heads_ahead(text: str, feats: list[str]) -> None:
    lex = Lexicon.of([("九江", "place_prefecture"), ("港", "fac_head"), ("港", "name_end"),
                      ("委员会", "org_head")])
    assert _heads_ahead(text, lex) == [f"hd={f}" for f in feats]


@pytest.mark.parametrize(("text", "feats"), [
    # organisation and facility heads only: a name end is not read, a head behind it is
    ("九江港口", ["fac_head:1", "fac_head:1", "fac_head:0", "none"]),
    ("九江港委员会", ["fac_head:1", "fac_head:1", "fac_head:0",
                "org_head:1", "org_head:1", "org_head:0"]),
    ("财政一体化", ["none"] * 5),
    ("财政委员会", ["org_head:2", "org_head:1", "org_head:1", "org_head:1", "org_head:0"]),
])
def test_heads_ahead_narrow(text: str, feats: list[str]) -> None:
    """``hdo``: :func:`_heads_ahead` of org_head and fac_head, not name_end."""
    lex = Lexicon.of([("港", "fac_head"), ("港", "name_end"), ("口", "name_end"),
                      ("一体化", "name_end"), ("委员会", "org_head")])
    assert _heads_ahead(text, lex, _ORG_FAC_HEADS, "hdo") == [f"hdo={f}" for f in feats]


@pytest.mark.parametrize(("text", "before", "after"), [
    # the character past the quotes and brackets, marked | where marks were skipped
    ("“三农”工作", ["^", "|^", "三", "农", "|农", "工"], ["三", "农", "|工", "工", "作", "^"]),
    ("《条例》", ["^", "|^", "条", "例"], ["条", "例", "|^", "^"]),
    # no mark: the character next to it; a space shown as _
    ("九 江", ["^", "九", "_"], ["_", "江", "^"]),
    ("", [], []),
])
def test_past_marks(text: str, before: list[str], after: list[str]) -> None:
    assert _past_marks(text, -1) == [f"q-1={c}" for c in before]
    assert _past_marks(text, 1) == [f"q+1={c}" for c in after]


@pytest.mark.parametrize(("words", "before", "after"), [
    # every character of a word reads the tag of the word before and after it
    ([("由", "p"), ("九江市", "ns"), ("负责", "v")], ["^", "p", "p", "p", "ns", "ns"],
     ["ns", "v", "v", "v", "$", "$"]),
    # one word: the text's edges on both sides
    ([("九江", "ns")], ["^", "^"], ["$", "$"]),
    ([], [], []),
])
def test_neighbour_tags(words: list[tuple[str, str]], before: list[str],
                        after: list[str]) -> None:
    assert _neighbour_tags(words, -1) == [f"wt-1={t}" for t in before]
    assert _neighbour_tags(words, 1) == [f"wt+1={t}" for t in after]


@pytest.mark.parametrize("text", ["在九江港", "九江港九江", "港", "", "九江九江港口"])
def test_lexicon_found_as_matches(text: str) -> None:
    """Lexicon.found gives each character the features of the words :meth:`matches` finds
    there, in the order the CRF was trained with (shortest first; starting, ending, one
    starting right after, one ending right before)."""
    lex = Lexicon.of([("九江", "place_prefecture"), ("九江港", "fac"), ("港", "fac_head"),
                      ("港", "name_end")])
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for i in range(len(text)):
        for k, kinds in lex.matches(text, i):
            starts.setdefault(i, []).extend([*[f"ls:{x}" for x in kinds], f"lsl:{min(k, 4)}"])
            ends.setdefault(i + k - 1, []).extend(f"le:{x}" for x in kinds)
    expected = [(*starts.get(i, ()), *ends.get(i, ()), *["n" + x for x in starts.get(i + 1, ())],
                 *(["p" + x for x in ends.get(i - 1, ())] if i else []))
                for i in range(len(text))]
    rows: list[tuple[str, ...]] = [() for _ in text]
    lex.found(text).extend(rows)
    assert rows == expected
    assert text != "在九江港" or rows[1] == ("ls:place_prefecture", "lsl:2", "ls:fac", "lsl:3")


@pytest.mark.parametrize("text", ["九江 港\u3000口\t", "a\r\nb\x1c\x85\u2028", "无空格", ""])
def test_spaces_of_a_whole_text_as_shown(text: str) -> None:
    """base_features shows a text's spaces in one pass (_SPACE) as _shown does a character
    at a time (every code point agrees: ``\\s`` of ``re`` is str.isspace)."""
    assert _SPACE.sub("_", text) == "".join(map(_shown, text))
    assert text == "" or _SPACE.sub("_", text) != text or not any(c.isspace() for c in text)


def test_shipped_model_is_todays() -> None:
    """rules/crf_names.crfsuite was trained on today's training data: a change to the
    gold, the gazetteer, the name heads, the rules (the seed's names are today's) or the
    features fails here until `python -m policy_extract.crfnames train` runs again."""
    from policy_extract.names import NameRulePass

    from .conftest import REPO
    rules = default_rules_dir()
    assert (rules / MODEL_FILE).is_file()
    docs = training_docs(REPO, NameRulePass())
    assert read_digest(rules / DIGEST_FILE) == digest(training_data(docs))


def test_run_with_crf(tmp_path) -> None:
    """``policy-extract run --crf`` writes the CRF's names, with their rule id and origin,
    and says so in the pipeline version."""
    from .conftest import REPO, run_cli
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SENTENCES[0][0], encoding="utf-8")
    text = REPO / "gold/dev/texts" / f"{LEARNED[2]}.txt"  # a train text: the CRF adds names there
    (tmp_path / "in" / "b.txt").write_bytes(text.read_bytes())
    res = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--crf", "-q",
                  "--workers", "1", "--facts-method", "none")
    assert res.returncode == 0, res.stderr
    import pyarrow.dataset as ds
    rows = ds.dataset(tmp_path / "out" / "mentions").to_table().to_pylist()
    found = [(r["text"], r["label"], r["rule"], r["origin"]) for r in rows]
    assert ("钦州港", "FAC", "names.place_led_fac", "rules") in found
    from_crf = [(t, lab, r) for t, lab, r, o in found if o == "crf"]
    assert from_crf and all(r == f"crf.{lab}" for _, lab, r in from_crf)
    docs = ds.dataset(tmp_path / "out" / "documents").to_table().to_pylist()
    assert all("names+crf" in d["pipeline_version"] for d in docs)


def test_char_cluster_columns() -> None:
    """``ccK``: the cluster of the character at offset K (``@char`` in the clusters table,
    ``?`` for a character without one and the text's edges)."""
    from policy_extract.crfnames import base_features
    from policy_extract.names import NameRulePass
    names = NameRulePass(rules_dir=default_rules_dir())
    rows = base_features("建甬港", names.tokenizer, names.tags, Lexicon.of([]),
                         ("cc0", "cc-1", "cc+1"), {"@甬": "7", "@港": "3"})
    assert [r[:3] for r in rows] == [("cc0=?", "cc-1=?", "cc+1=7"),
                                     ("cc0=7", "cc-1=?", "cc+1=3"),
                                     ("cc0=3", "cc-1=7", "cc+1=?")]


@pytest.mark.parametrize(("template", "column"), [
    ("hd", ["hd=fac_head+name_end:1", "hd=fac_head+name_end:1", "hd=fac_head+name_end:0"]),
    ("hdo", ["hdo=fac_head:1", "hdo=fac_head:1", "hdo=fac_head:0"]),
])
def test_heads_ahead_columns(template: str, column: list[str]) -> None:
    """``hd`` and ``hdo`` are templates base_features selects (neither is in TEMPLATES)."""
    from policy_extract.crfnames import TEMPLATES, base_features
    from policy_extract.names import NameRulePass
    names = NameRulePass(rules_dir=default_rules_dir())
    lex = Lexicon.of([("港", "fac_head"), ("港", "name_end")])
    rows = base_features("九江港", names.tokenizer, names.tags, lex, (template,))
    assert [r[0] for r in rows] == column
    assert template not in TEMPLATES


def test_char_pairs(tmp_path) -> None:
    from policy_extract.crfclusters import char_pairs
    (tmp_path / "a.txt").write_text("甬港\n 港口 \n", encoding="utf-8")
    assert char_pairs([tmp_path / "a.txt"]) == {
        ("^", "甬"): 1, ("甬", "港"): 1, ("港", "$"): 1, ("^", "港"): 1, ("港", "口"): 1,
        ("口", "$"): 1}


def test_cluster_commands_keep_each_others_rows() -> None:
    """``build`` (words) never overwrites the shipped ``chars`` rows (``@`` characters), nor
    the reverse: each command replaces only its own kind."""
    from policy_extract.crfclusters import merged_rows
    shipped = {"@甬": "7", "@港": "3", "港口": "1"}
    assert merged_rows(shipped, {"码头": "2"}, characters=False) == {
        "@甬": "7", "@港": "3", "码头": "2"}
    assert merged_rows(shipped, {"@甬": "5"}, characters=True) == {"港口": "1", "@甬": "5"}


def test_model_attributes_as_crfsuite_dumps_them(tmp_path) -> None:
    """model_attributes reads the model file's attribute dictionary: the attributes
    python-crfsuite's dump lists (``  %5d: name`` a line, ids in order; a name may hold a
    line break, so each is cut at the next id's mark, not at a line's end)."""
    import struct

    import pycrfsuite

    from policy_extract.crfnames import model_attributes
    path = default_rules_dir() / MODEL_FILE
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    tagger.dump(str(tmp_path / "dump.txt"))
    text = (tmp_path / "dump.txt").read_text(encoding="utf-8")
    n = int(text.split("num_attrs: ", 1)[1].split("\n", 1)[0])
    at = text.index("ATTRIBUTES = {\n") + len("ATTRIBUTES = {")
    marks = [f"\n  {i:5d}: " for i in range(n)]
    starts = []
    for mark in marks:
        at = text.index(mark, at)
        starts.append(at)
        at += 1
    starts.append(text.index("\n}\n", at))
    dumped = [text[starts[i] + len(marks[i]):starts[i + 1]] for i in range(n)]
    assert model_attributes(path) == frozenset(dumped) and len(dumped) == n > 1000
    assert "w=\n" in dumped  # the line break python-crfsuite's Tagger.info trips on
    (tmp_path / "not.crfsuite").write_bytes(b"lCRF" + bytes(60))
    with pytest.raises((ValueError, struct.error)):  # too short for its header
        model_attributes(tmp_path / "not.crfsuite")


@pytest.mark.parametrize("feature, known, encoded_as", [
    ("c0=政", True, "c0=政"),  # the model's: its bytes
    ("c0=政", False, ""),  # not the model's: skipped as crfsuite skips it
    ("wpk=Bn", False, "wpk=Bn"),  # a word's start, kept for tag_scored
    ("wp=S", False, "wp=S"),
    ("wpk=Mn", False, ""),  # no word's start
])
def test_encoder(feature: str, known: bool, encoded_as: str) -> None:
    from policy_extract.crfnames import _Encoder, _starts_word_encoded
    enc = _Encoder({feature} if known else {"b"})
    encoded = encoded_as.encode()
    assert enc[feature] == enc.encode(feature) == encoded
    assert enc.row((feature, feature)) == (encoded, encoded)
    assert _starts_word_encoded(encoded) == feature.startswith(("wpk=B", "wpk=S", "wp=S"))
    with pytest.raises(ValueError):
        _Encoder({"", feature})


# sentences the CRF names something in (the shipped model: the test below asks for one
# name at least), one with characters the model has no feature for (the Yi syllables)
ENCODED = [*(t for t, _ in SENTENCES),
           "黔东南州、ꆈꌠ文字培训中心和凉山彝族自治州扶贫开发局联合举办培训班。\n第二段",
           "深入实施长江经济带发展战略，推动宁波舟山港一体化。"]


def test_encoded_features_tag_as_strings(with_crf: Pipeline) -> None:
    """The tagger handed :class:`_Encoder` bytes (the model's features, ``b""`` for the
    others) gives the names, labels and confidences it gives handed the strings."""
    from policy_extract.crfnames import base_features, rule_column, tag_scored, to_clean
    from policy_extract.textview import TextView
    crf = with_crf.crf
    named = 0
    for text in ENCODED:
        view = TextView(text)
        mentions = with_crf.extract(text).mentions
        clean_rules = to_clean(view, [(m.start, m.end, str(m.label)) for m in mentions
                                      if m.label in NAMES])
        strings = base_features(view.clean, crf.tokenizer, crf.tags, crf.lexicon,
                                crf.templates, crf.clusters,
                                rule_column(len(view.clean), clean_rules, crf.rule_templates))
        encoded = crf.features(view.clean, clean_rules)
        assert [[f for f in r if f in crf.enc.attributes] for r in strings] == \
            [[f.decode() for f in r if f] for r in encoded]
        assert any(b"" in r for r in encoded) or text != ENCODED[-2]
        found = tag_scored(crf.tagger, strings, view.clean)
        assert crf.tag(view.clean, clean_rules) == [
            (s, p) for s, p in found if plausible(view.clean, s, crf.generic)]
        named += len(found)
    assert named

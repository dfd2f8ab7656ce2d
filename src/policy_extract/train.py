"""Training the spaCy NER for names (``policy-extract train``) and its
leave-one-document-out check (``policy-extract train --lodo``).

Gold: ``gold/*.jsonl`` documents (ANNOTATION.md): ``gold/dev/train`` and the seed.
Silver (the rule pass for names over a folder of texts, weighted down) is still
accepted but the shipped model uses none. The model is trained on the clean view,
paragraph by paragraph, exactly as :class:`policy_extract.ner.SpacyNamePass` runs it.
The configuration is ``configs/ner.cfg`` (fixed seed); static character vectors come
from ``--vectors`` (:mod:`policy_extract.vectors`).

``lodo`` leaves each document out in turn, trains on the others (plus the documents
always kept in training, the seed) and scores the full pipeline's names on it: rules
only against the model beside the rules, gated or not, under each merge policy.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example

from .merge import longest_first
from .model import NAME_LABELS, PolicyExtractError
from .textview import TextView

log = logging.getLogger(__name__)

_ARTICLE_END = re.compile(r"（作者系[^）\n]*）")
Span3 = tuple[int, int, str]


@dataclass(frozen=True)
class Annotated:
    """A text with name spans (raw offsets of ``text``)."""

    text: str
    spans: tuple[Span3, ...]
    doc_id: str = ""


def default_config() -> Path:
    """``configs/ner.cfg``: inside the installed package, else the checkout's."""
    packaged = Path(__file__).resolve().parent / "_data" / "configs" / "ner.cfg"
    return packaged if packaged.is_file() else Path(__file__).resolve().parents[2] / "configs" / "ner.cfg"


def read_gold_files(paths: Iterable[Path]) -> list[Annotated]:
    """The name spans of every document of the gold files (checked first)."""
    from .goldfile import read_gold as read_checked
    return [Annotated(d.text, tuple((s.start, s.end, s.label) for s in d.spans
                                    if s.label in NAME_LABELS), d.doc_id)
            for d in read_checked(list(paths))]


def read_silver(folders: Iterable[Path], name_pass: Any) -> list[Annotated]:
    """Silver annotation: the rule pass for names over every report file of ``folders``
    (files that cannot be read are left out)."""
    from .batch import collect_inputs
    from .formats import read_path
    texts = []
    for item in collect_inputs(list(folders)):
        if item.skip:
            continue
        try:
            texts.append(read_path(item.path).text)
        except Exception as exc:  # noqa: BLE001 - a broken file is not training data
            log.warning("silver: skipping %s: %s", item.path, exc)
    return silver(texts, name_pass)


def split_articles(doc: Annotated) -> list[Annotated]:
    """Cut a document after each ``（作者系…）`` line; spans re-based per article."""
    cuts = [m.end() for m in _ARTICLE_END.finditer(doc.text)]
    bounds = [0] + [c for c in cuts if c < len(doc.text) - 1] + [len(doc.text)]
    parts = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        spans = tuple((s - a, e - a, lab) for s, e, lab in doc.spans if a <= s and e <= b)
        parts.append(Annotated(doc.text[a:b], spans))
    return parts


def silver(texts: Iterable[str], name_pass: Any) -> list[Annotated]:
    """The rule pass's names as (silver) annotation."""
    out = []
    for text in texts:
        view = TextView(text)
        spans = tuple((*view.to_raw(c.start, c.end), c.label) for c in name_pass.find(view))
        out.append(Annotated(text, spans))
    return out


def misaligned(nlp: Language, docs: Iterable[Annotated]) -> list[tuple[str, Span3]]:
    """The gold names that do not start and end on a token of ``nlp``'s tokenizer (what
    a word segmenter costs: such a name can be learned and predicted only cut or widened
    to whole words)."""
    out = []
    for d in docs:
        doc = nlp.make_doc(d.text)
        out += [(d.doc_id, s) for s in d.spans if doc.char_span(s[0], s[1]) is None]
    return out


def _clean_examples(nlp: Language, doc: Annotated) -> list[Example]:
    """One training example per clean paragraph, gold spans mapped to clean offsets."""
    view = TextView(doc.text)
    raw_to_clean = {r: i for i, r in enumerate(view.index[:-1])}
    out = []
    for para in view.paragraphs:
        text = view.clean[para.start:para.end]
        ents = []
        for s, e, lab in doc.spans:
            cs = raw_to_clean.get(s)
            ce = next((raw_to_clean[r] + 1 for r in range(e - 1, s - 1, -1) if r in raw_to_clean),
                      None)
            if cs is None or ce is None or not (para.start <= cs < ce <= para.end):
                continue
            ents.append((cs - para.start, ce - para.start, lab))
        pred = nlp.make_doc(text)
        spans = [pred.char_span(s, e, label=lab, alignment_mode="contract") for s, e, lab in ents]
        good = [(sp.start_char, sp.end_char, sp.label_) for sp in spans if sp is not None]
        out.append(Example.from_dict(pred, {"entities": good}))
    return out


def load_training_config(config: Path | None = None, vectors: Path | None = None
                         ) -> Any:
    """The training config with ``[paths] vectors`` set; without vectors, static vectors
    are switched off (said in the log), so a model can be trained without floret."""
    overrides: dict[str, Any] = {"paths.vectors": str(vectors) if vectors else None}
    if vectors is None:
        log.warning("no --vectors: training without static vectors")
        overrides["components.tok2vec.model.embed.include_static_vectors"] = False
    return spacy.util.load_config(config or default_config(), overrides=overrides,
                                  interpolate=True)


def train_ner(gold: Sequence[Annotated], silver_docs: Sequence[Annotated] = (), *,
              config: Path | None = None, epochs: int | None = None,
              vectors: Path | None = None) -> Language:
    """Train tok2vec+ner from ``config`` (fixed seed) on gold plus silver examples, with
    the static vectors of the spaCy model folder ``vectors`` if given."""
    cfg = load_training_config(config, vectors)
    seed = int(cfg["training"]["seed"])
    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    train_cfg = dict(cfg["training"])
    cfg_nlp = cfg.copy()
    del cfg_nlp["training"]
    nlp = spacy.util.load_model_from_config(cfg_nlp, auto_fill=True, validate=True)
    gold_ex = [ex for d in gold for ex in _clean_examples(nlp, d)]
    silver_ex = [ex for d in silver_docs for ex in _clean_examples(nlp, d)]
    for label in sorted(NAME_LABELS):
        nlp.get_pipe("ner").add_label(label)  # type: ignore[attr-defined]
    optimizer = nlp.initialize(lambda: gold_ex + silver_ex)
    optimizer.learn_rate = float(cfg["training"]["optimizer"]["learn_rate"])
    drop = float(train_cfg["dropout"])
    weight = float(train_cfg.get("silver_weight", 0.5))
    n_epochs = epochs or int(train_cfg["max_epochs"])
    batch = 16
    for epoch in range(n_epochs):
        losses: dict[str, float] = {}
        silver_sample = rng.sample(silver_ex, int(len(silver_ex) * weight)) if silver_ex else []
        data = gold_ex + silver_sample
        rng.shuffle(data)
        for i in range(0, len(data), batch):
            nlp.update(data[i:i + batch], drop=drop, sgd=optimizer, losses=losses)
        log.info("epoch %d: losses %s", epoch, losses)
    return nlp


Keyed = set[tuple[int, int, int, str]]


def _score(gold: set[Span3], pred: set[Span3]) -> dict[str, dict[str, float]]:
    out = {}
    for label in sorted(NAME_LABELS) + ["ALL"]:
        g = {x for x in gold if label == "ALL" or x[2] == label}
        p = {x for x in pred if label == "ALL" or x[2] == label}
        tp = len(g & p)
        pr = tp / len(p) if p else 0.0
        rc = tp / len(g) if g else 0.0
        out[label] = {"gold": len(g), "pred": len(p), "tp": tp, "p": pr, "r": rc,
                      "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}
    return out


@dataclass(frozen=True)
class Variant:
    """One way of running the model beside the rules, as :func:`pipeline.with_model`
    builds it: gated or on every sentence, and a merge policy."""

    name: str
    gated: bool
    merge: str


#: the rows of the leave-one-document-out table after "rules only" and "model only"
VARIANTS = (
    Variant("rules + model, gated, rules first", True, "rules-first"),
    Variant("rules + model, every sentence, rules first", False, "rules-first"),
    Variant("rules + model, every sentence, model first", False, "names-model-first"),
    Variant("rules + model, every sentence, longest", False, "longest"),
    Variant("rules + model judges place-led names, gated", True, "place-led"),
    Variant("rules + model judges place-led names, every sentence", False, "place-led"),
    Variant("rules + model judges place-led names, every sentence, places inside a "
            "model name dropped", False, "place-led-drop"),
    Variant("rules + model judges place-led names, every sentence, name heads only", False,
            "place-led-heads"),
    Variant("rules + model judges place-led names, every sentence, name head words give "
            "the label", False, "place-led-head-words"),
    Variant("rules + model judges place-led names, gated, name head words give the label",
            True, "place-led-head-words"),
)
RULES_ONLY = "rules only"
MODEL_ONLY = "model only"


def _names(pipeline: Any, doc: Annotated) -> set[Span3]:
    """The name mentions (raw offsets) of the full pipeline's output on ``doc``."""
    return {(m.start, m.end, m.label) for m in pipeline.extract(doc.text).mentions
            if m.label in NAME_LABELS}


def _model_names(nlp: Language, doc: Annotated) -> set[Span3]:
    """The model's names alone (every paragraph, flattened longest first)."""
    from .ner import SpacyNamePass
    view = TextView(doc.text)
    found = longest_first(SpacyNamePass(nlp).find(view))
    return {(*view.to_raw(c.start, c.end), c.label) for c in found}


def fold_model(train: Sequence[Annotated], *, config: Path | None = None,
               epochs: int | None = None, vectors: Path | None = None,
               keep: Path | None = None) -> tuple[Language, float]:
    """A fold's model and its training CPU seconds. With ``keep`` (a folder), the model
    is saved there beside a stamp of what it was trained from (the documents, config,
    epochs, vectors folder), and a model already kept under the same stamp is loaded
    instead of trained again (training is deterministic: README, "The spaCy NER pass"),
    with the CPU seconds its training took."""
    stamp = {"train": [d.doc_id or str(hash(d.text)) for d in train],
             "config": (config or default_config()).read_text(encoding="utf-8"),
             "epochs": epochs, "vectors": str(vectors) if vectors else None}
    if keep is not None and (keep / "fold.json").is_file():
        saved = json.loads((keep / "fold.json").read_text(encoding="utf-8"))
        if saved["stamp"] == stamp:
            log.info("fold model kept in %s: loaded, not trained", keep)
            return spacy.load(keep), float(saved["cpu_seconds"])
    t0 = time.process_time()
    nlp = train_ner(train, config=config, epochs=epochs, vectors=vectors)
    seconds = time.process_time() - t0
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(keep)
        (keep / "fold.json").write_text(json.dumps({"stamp": stamp, "cpu_seconds": seconds}),
                                        encoding="utf-8")
    return nlp, seconds


def lodo(folds: Sequence[Annotated], always: Sequence[Annotated], rules_only: Any, *,
         config: Path | None = None, epochs: int | None = None,
         vectors: Path | None = None, keep: Path | None = None) -> dict[str, Any]:
    """Leave one document out: for each document of ``folds``, train on the others plus
    ``always`` (the seed) and score, on the document left out, the full pipeline's names
    with the rules only, the model only and each of :data:`VARIANTS` (strict start, end,
    label; pooled over the folds, and per document). ``keep``: a folder where each fold's
    model is kept (``keep/<doc_id>``) and reused by a later run (:func:`fold_model`)."""
    from .pipeline import with_model
    if len(folds) < 2:
        raise PolicyExtractError("leave-one-document-out needs at least two documents")
    rows = [RULES_ONLY, MODEL_ONLY] + [v.name for v in VARIANTS]
    gold: Keyed = set()
    preds: dict[str, Keyed] = {name: set() for name in rows}
    per_doc: dict[str, dict[str, float]] = {}
    seconds: list[float] = []
    for k, held in enumerate(folds):
        train = [d for i, d in enumerate(folds) if i != k] + list(always)
        log.info("fold %d of %d (%s): training on %d document(s)", k + 1, len(folds),
                 held.doc_id, len(train))
        nlp, cpu = fold_model(train, config=config, epochs=epochs, vectors=vectors,
                              keep=keep / (held.doc_id or str(k)) if keep else None)
        seconds.append(cpu)
        found = {RULES_ONLY: _names(rules_only, held), MODEL_ONLY: _model_names(nlp, held)}
        for v in VARIANTS:
            found[v.name] = _names(with_model(rules_only, nlp, gated=v.gated, merge=v.merge),
                                   held)
        gold |= {(k, *s) for s in held.spans}
        for name, spans in found.items():
            preds[name] |= {(k, *s) for s in spans}
        per_doc[held.doc_id or str(k)] = {
            name: _score(set(held.spans), spans)["ALL"]["f1"] for name, spans in found.items()}

    def flat(x: Keyed) -> set[Span3]:
        return {(k * 10**7 + s, k * 10**7 + e, lab) for k, s, e, lab in x}

    return {"folds": len(folds), "train_cpu_seconds": seconds, "per_document": per_doc,
            "scores": {name: _score(flat(gold), flat(p)) for name, p in preds.items()}}


def format_lodo(result: dict[str, Any]) -> str:
    """The leave-one-document-out result as a Markdown table: strict F1 per name label,
    and P/R/F1 over all names, for each way of predicting; then ALL F1 per document."""
    labels = sorted(NAME_LABELS)
    scores = result["scores"]
    head = ["names, strict F1 on the left-out document", *labels, "**all names**", "P", "R"]
    rows = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for name, sc in scores.items():
        cells = [f"{sc[lab]['f1']:.3f}" for lab in labels]
        cells += [f"**{sc['ALL']['f1']:.3f}**", f"{sc['ALL']['p']:.3f}", f"{sc['ALL']['r']:.3f}"]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    gold_n = scores[RULES_ONLY]["ALL"]["gold"]
    counts = ", ".join(f"{lab} {scores[RULES_ONLY][lab]['gold']}" for lab in labels)
    rows.append(f"\n{result['folds']} folds (leave one document out), {gold_n} gold name "
                f"spans ({counts}); training CPU time per fold "
                f"{min(result['train_cpu_seconds']):.0f}-{max(result['train_cpu_seconds']):.0f} s")
    names = list(scores)
    rows += ["", "| all names F1, per left-out document | " + " | ".join(names) + " |",
             "|---" + "|---:" * len(names) + "|"]
    for doc_id, f1 in result["per_document"].items():
        rows.append(f"| {doc_id} | " + " | ".join(f"{f1[n]:.3f}" for n in names) + " |")
    return "\n".join(rows)


def save_model(nlp: Language, out: Path) -> int:
    """Write the trained pipeline to ``out`` (the vectors' source path is not kept in its
    config: they are inside the model's vocab); returns its size in bytes."""
    cfg = nlp.config
    cfg["paths"]["vectors"] = None
    cfg["initialize"]["vectors"] = None
    nlp.meta.update({"name": "policy_extract_names", "version": "2.1.0",
                     "description": "Names (ORG, GPE, FAC, INITIATIVE, PERSON, DOC) for "
                                    "policy-extract: trained on gold, jieba word tokens, "
                                    "floret character vectors (README, The spaCy NER pass)"})
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())

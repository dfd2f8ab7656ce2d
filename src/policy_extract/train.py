"""Training the spaCy NER for names (``policy-extract train``) and its k-fold check.

Gold: ``gold/*.jsonl`` documents (ANNOTATION.md); silver: the rule pass for
names run over a folder of texts (``../shared/corpus``), weighted down. The
model is trained on the clean view, paragraph by paragraph, exactly as
:class:`policy_extract.ner.SpacyNamePass` runs it. The configuration is
``configs/ner.cfg`` (fixed seed).

``kfold`` splits the seed document at its article boundaries (each article
ends with a ``（作者系…）`` line) and scores rules-only against rules+NER on
the articles left out of training, strict start/end/label.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example

from .merge import POLICIES, MergePolicy, longest_first, rules_first
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


def default_config() -> Path:
    """``configs/ner.cfg``: inside the installed package, else the checkout's."""
    packaged = Path(__file__).resolve().parent / "_data" / "configs" / "ner.cfg"
    return packaged if packaged.is_file() else Path(__file__).resolve().parents[2] / "configs" / "ner.cfg"


def read_gold_files(paths: Iterable[Path]) -> list[Annotated]:
    """The name spans of every document of the gold files (checked first)."""
    from .goldfile import read_gold as read_checked
    return [Annotated(d.text, tuple((s.start, s.end, s.label) for s in d.spans
                                    if s.label in NAME_LABELS))
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


def train_ner(gold: Sequence[Annotated], silver_docs: Sequence[Annotated] = (), *,
              config: Path | None = None, epochs: int | None = None) -> Language:
    """Train tok2vec+ner from ``config`` (fixed seed) on gold plus silver examples."""
    cfg = spacy.util.load_config(config or default_config(), interpolate=True)
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


def _predict(doc: Annotated, passes: Sequence[Any], merge: MergePolicy = longest_first
             ) -> set[Span3]:
    from .pipeline import find_names
    view = TextView(doc.text)
    return {(*view.to_raw(c.start, c.end), c.label) for c in merge(find_names(view, passes))}


Keyed = set[tuple[int, int, int, str]]


def kfold(gold_docs: Sequence[Annotated], silver_docs: Sequence[Annotated], rule_pass: Any, *,
          config: Path | None = None, epochs: int | None = None) -> dict[str, Any]:
    """Leave-one-article-out: rules only, NER only and rules+NER under each merge policy,
    scored on the article left out of training (strict start, end, label)."""
    from .ner import SpacyNamePass, cue_pattern
    cues = cue_pattern(rule_pass.data.lexicon)
    articles = [a for d in gold_docs for a in split_articles(d)]
    if len(articles) < 2:
        raise PolicyExtractError("k-fold needs at least two articles in the gold")
    gold: Keyed = set()
    preds: dict[str, Keyed] = {"rules": set(), "ner": set()}
    preds.update({f"rules+ner ({name})": set() for name in POLICIES})
    preds["rules+ner gated (rules-first)"] = set()
    for k, held in enumerate(articles):
        train = [a for i, a in enumerate(articles) if i != k]
        log.info("fold %d of %d: training on %d article(s)", k + 1, len(articles), len(train))
        ner = SpacyNamePass(train_ner(train, silver_docs, config=config, epochs=epochs))
        gold |= {(k, *s) for s in held.spans}
        preds["rules"] |= {(k, *s) for s in _predict(held, [rule_pass])}
        preds["ner"] |= {(k, *s) for s in _predict(held, [ner])}
        for name, policy in POLICIES.items():
            preds[f"rules+ner ({name})"] |= {(k, *s) for s in
                                              _predict(held, [rule_pass, ner], policy)}
        gated = SpacyNamePass(ner.nlp, cues=cues)
        preds["rules+ner gated (rules-first)"] |= {
            (k, *s) for s in _predict(held, [rule_pass, gated], rules_first)}

    def flat(x: Keyed) -> set[Span3]:
        return {(k * 10**6 + s, k * 10**6 + e, lab) for k, s, e, lab in x}

    return {"folds": len(articles), **{name: _score(flat(gold), flat(p))
                                       for name, p in preds.items()}}


def format_kfold(result: dict[str, Any]) -> str:
    """The k-fold result as a table: F1 per name label for each way of predicting."""
    labels = sorted(NAME_LABELS) + ["ALL"]
    head = f"{'names: strict F1 on held-out articles':<40}" + "".join(f"{lab:>11}" for lab in labels)
    rows = [head, "-" * len(head)]
    for name, scores in result.items():
        if name == "folds":
            continue
        rows.append(f"{name:<40}" + "".join(f"{scores[lab]['f1']:>11.3f}" for lab in labels))
    gold_n = result["rules"]["ALL"]["gold"]
    rows.append(f"{result['folds']} folds (leave one article out), {gold_n} gold name spans")
    return "\n".join(rows)


def save_model(nlp: Language, out: Path) -> int:
    """Write the trained pipeline to ``out``; returns its size in bytes."""
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())

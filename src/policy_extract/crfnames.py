"""A character CRF over the rule pass's names (optional: ``run --crf``).

The rules' names are weak on text nobody tuned them to: a place that starts a longer name
the rules do not close (九江港, ANNOTATION rule 20), facilities and programmes no rule
knows. A linear-chain CRF (python-crfsuite) tags the clean view character by character,
BIO over the name labels (ORG GPE FAC INITIATIVE PERSON DOC, ../shared/ANNOTATION.md),
reading the characters around, the jieba word each sits in, words of a lexicon (places,
the gazetteer, the name heads of rules/names.yaml) and the rules' own names. It is
trained on the names the rules found on each train document BEFORE that document was
labelled (gold/dev/name_history.tsv): on unseen text the rules err, and the CRF learns
where; trained on today's rules, which are right on train, it would learn to copy them.

Its names join the rules' (:func:`merge` by :data:`POLICY`): a rule GPE inside a longer
confident CRF name of another label gives way to that name, a confident CRF name of ORG or FAC
replaces the rule names it overlaps, and a CRF name that overlaps no rule name is added;
every other rule name stays. The model is data (``rules/crf_names.crfsuite``,
with the digest of its training data in ``rules/crf_names.txt``); retrain with
``python -m policy_extract.crfnames train`` after changing the gold, the gazetteer, the
name heads or these features. benchmarks/crf_names.py measures it leaving one document
out (README, "The CRF over the names").
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import operator
import re
import struct
import sys
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .model import Candidate, canonical_name
from .placegate import char_class, word_kind
from .segment import tagged_text
from .textview import TextView

LABELS = ("ORG", "GPE", "FAC", "INITIATIVE", "PERSON", "DOC")
MODEL_FILE = "crf_names.crfsuite"
DIGEST_FILE = "crf_names.txt"
Span = tuple[int, int, str]  # clean start, clean end, label
Scored = tuple[Span, float]  # a CRF name and its confidence (least marginal of its tags)
Row = tuple[str, ...]  # the features of one character
#: a CRF name that fills a gap of the rules needs this confidence: the best all-names F1
#: leaving one train document out on the rules' names of before (benchmarks/crf_names.py;
#: 0.730 against 0.726 with every CRF name, 0.727 at 0.8)
MIN_FILL = 0.6
#: characters no name starts with (the CRF cuts 村（居）民委员会 after the bracket)
_NO_START = frozenset("）)】」』”’、，,。；;：:·-—")
#: features of a character that starts a word (the templates hold ``wp`` or ``wpk``)
_WORD_STARTS = ("wp=B", "wp=S", "wpk=B", "wpk=S")
#: whether a character's features (strings) say it starts a jieba word
starts_word = operator.methodcaller("startswith", _WORD_STARTS)
_WINDOW = 3  # characters each side read
#: the feature templates of :func:`base_features`, in the order of a row: ``b`` (bias),
#: ``cK`` the character at offset K (-3..+3), ``biK`` the bigram of the characters at K and
#: K+1 (-2..+1), ``kK`` the character kind at K (-1..+1), ``k3`` the three kinds in one,
#: ``wp``/``wk``/``wpk`` the jieba
#: word's place of the character in it, its kind, both, ``w`` the word itself (up to 4
#: characters), ``wc``/``wc-1``/``wc+1`` the word cluster (:mod:`crfclusters`) of the word,
#: the word before, the word after, ``lex`` the lexicon words starting and ending at the
#: character, ``lexn`` those starting right after and ending right before it
#: ``hd`` the kinds of the nearest name head ahead and how far, ``hdo`` the same of
#: organisation and facility heads only, ``q-1``/``q+1`` the character before/after past
#: quotes and brackets,
#: ``wt-1``/``wt+1`` the jieba POS tag of the word before/after the character's word,
#: ``ccK`` the character cluster (:mod:`crfclusters` ``chars``, the bulk laws) at offset
#: K (twenty-third session: 5 folds by document, shipped merge 0.798 → 0.802, FAC 0.664 →
#: 0.675; docs/models.md, "Character clusters")
#: (the shipped before: 11 a character and the lexicon's, with the 3 of RULE_TEMPLATES 14, against
#: 19 and 6 before the fifteenth session: as good leaving folds of documents out, a third
#: less of the CRF's time; README, "The CRF over the names")
TEMPLATES: tuple[str, ...] = (
    "b", "c0", "c-1", "c+1", "c-2", "c+2", "bi-1", "bi0", "w", "wpk", "k3", "lex", "lexn",
    "cc0", "cc-1", "cc+1")
#: the rule-name features of :func:`with_rules`: the rules' BIO tag at the character
#: (``r0``), before (``r-1``), after (``r+1``), pairs (``r0+1``, ``r-10``), the three in one
#: (``r3``), a name's end
RULE_TEMPLATES: tuple[str, ...] = ("r0", "r3", "rend")
_MAX_WORD = 10  # longest lexicon word looked up
_SENTENCE_END = frozenset("。；！？\n")
TRAINING = {"c1": 0.05, "c2": 0.01, "max_iterations": 150,
            "feature.possible_transitions": True}
#: the share of the training sentences (a fixed hash) given no rule name, so that the CRF
#: learns names the rules do not tag (:func:`training_data`); 0 keeps every one
RULE_DROPOUT = 0.0
#: whether each train document is trained on a second time with today's rules' names (two
#: ages of rule tags: of before, unseen-text errors, and today's, mostly right)
TODAY_TOO = False


# -- features -----------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Words whose start or end at a character is a feature, each with its kinds
    (``place_province``, ``gaz_ORG``, ``org_head``, ``name_end`` ...)."""

    words: dict[str, tuple[str, ...]]
    prefixes: frozenset[str]
    #: each word's features, made once (:class:`_WordFeatures`): a report meets the same
    #: few thousand words again and again, and building their strings at each match cost
    #: a tenth of the CRF's time
    features: dict[str, _WordFeatures] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", {
            w: _WordFeatures.of(len(w), k) for w, k in self.words.items()})

    @classmethod
    def of(cls, kinds: Iterable[tuple[str, str]]) -> Lexicon:
        """The lexicon of ``(word, kind)`` pairs."""
        words: dict[str, set[str]] = {}
        for word, kind in kinds:
            if 1 <= len(word) <= _MAX_WORD:
                words.setdefault(word, set()).add(kind)
        return cls({w: tuple(sorted(k)) for w, k in words.items()},
                   frozenset(w[:i] for w in words for i in range(1, len(w) + 1)))

    def matches(self, text: str, i: int) -> Iterator[tuple[int, tuple[str, ...]]]:
        """``(length, kinds)`` of every word of the lexicon that starts at ``text[i]``."""
        for k in range(1, min(_MAX_WORD, len(text) - i) + 1):
            piece = text[i:i + k]
            if piece not in self.prefixes:
                return
            if piece in self.words:
                yield k, self.words[piece]

    def longest(self, text: str) -> list[str]:
        """The ``lx`` feature of each character of ``text``: where it sits (B M E S) in
        the lexicon word that covers it, found longest first from the left (forward
        maximum matching), with that word's kinds (``lx=Bplace_county``; ``lx=O`` outside
        every word)."""
        out = ["lx=O"] * len(text)
        i = 0
        while i < len(text):
            found = [(k, kinds) for k, kinds in self.matches(text, i)]
            if not found:
                i += 1
                continue
            k, kinds = found[-1]
            kind = "+".join(kinds)
            out[i:i + k] = [f"lx={p}{kind}" for p in _places(k)]
            i += k
        return out

    def found(self, text: str) -> _LexiconFeatures:
        """The lexicon features of every character of ``text``: those of the words
        starting (``ls:``, ``lsl:``) and ending (``le:``) there, shortest word first, in
        the order :meth:`matches` finds them, a column (one tuple a character) each."""
        features, prefixes, n = self.features, self.prefixes, len(text)
        none: tuple[str, ...] = ()
        start, end, next_start, prev_end = ([none] * (n + 1) for _ in range(4))
        for i, ch in enumerate(text):
            if ch not in prefixes:  # no word starts here (most characters)
                continue
            here, before = none, none
            for stop in range(i + 1, min(i + _MAX_WORD, n) + 1):  # :meth:`matches` inline
                piece = text[i:stop]
                if piece not in prefixes:
                    break
                f = features.get(piece)
                if f is not None:
                    here += f.start
                    before += f.next_start
                    end[stop - 1] += f.end
                    prev_end[stop] += f.prev_end
            start[i] = here
            if i:
                next_start[i - 1] = before
        return _LexiconFeatures(start, end, next_start, prev_end)


@dataclass(frozen=True, slots=True)
class _WordFeatures:
    """The features one lexicon word gives the character it starts at (``start``), the
    one it ends at (``end``), the character before its start (``next_start``: ``n``
    before each) and the one after its end (``prev_end``: ``p`` before each)."""

    start: tuple[str, ...]
    end: tuple[str, ...]
    next_start: tuple[str, ...]
    prev_end: tuple[str, ...]

    @classmethod
    def of(cls, length: int, kinds: tuple[str, ...]) -> _WordFeatures:
        start = (*[f"ls:{x}" for x in kinds], f"lsl:{min(length, 4)}")
        end = tuple(f"le:{x}" for x in kinds)
        return cls(start, end, tuple("n" + x for x in start), tuple("p" + x for x in end))


@dataclass(frozen=True, slots=True)
class _LexiconFeatures:
    """The lexicon features of the characters of one text, a column each (one tuple a
    character, empty for most, one more at the end for the word ending at the last)."""

    start: list[tuple[str, ...]]
    end: list[tuple[str, ...]]
    next_start: list[tuple[str, ...]]
    prev_end: list[tuple[str, ...]]

    def column(self, near: bool = True, at: bool = True) -> list[tuple[str, ...]]:
        """The lexicon features of each character in the order the CRF was trained with:
        starting, ending (``at``), starting right after, ending right before (``near``).
        Joined column by column (``map`` of ``operator.add``): a Python loop over the
        characters with features was two fifths of the features' time."""
        n = len(self.start) - 1
        add = operator.add
        parts = [*((map(add, self.start, self.end),) if at else ()),
                 *((map(add, self.next_start, self.prev_end),) if near else ())]
        if not parts:
            return [()] * n
        return list(map(add, *parts) if len(parts) == 2 else parts[0])[:n]

    def extend(self, rows: list[Row], near: bool = True, at: bool = True) -> None:
        """Each row of ``rows`` (one per character) with its lexicon features
        (:meth:`column`)."""
        rows[:] = map(operator.add, rows, self.column(near, at))


def lexicon_of(names: Any) -> Lexicon:
    """The lexicon of a rule pass for names (names.NameRulePass): places (places.py),
    gazetteer entries by label, organisation and facility heads, name-final words."""
    from .names import load_gazetteer
    from .places import place_surfaces
    pairs = [(s, f"place_{level}") for s, level in place_surfaces().items()]
    gazetteer = load_gazetteer(names.data.directory / "gazetteer.tsv", places=False)
    pairs += [(e.surface, f"gaz_{e.label}") for e in gazetteer.values()]
    pairs += [(h, "org_head") for h in names.org_heads]
    pairs += [(h, "fac_head") for h in names.fac_heads]
    pairs += [(w, "name_end") for w in names.gate_context.ends]
    return Lexicon.of(pairs)


def _shown(ch: str) -> str:
    return "_" if ch.isspace() else ch


#: what :func:`_shown` replaces, for a whole text at once (``\\s`` of ``re`` is str.isspace)
_SPACE = re.compile(r"\s")


#: char_class of each character met (a pure function; the same few thousand characters)
_CHAR_KINDS: dict[str, str] = {}


def _char_kind(ch: str) -> str:
    kind = _CHAR_KINDS.get(ch)
    if kind is None:
        kind = _CHAR_KINDS[ch] = char_class(ch)
    return kind


def _places(k: int) -> tuple[str, ...]:
    """Where each character of a word of ``k`` characters sits in it: S, or B M… E."""
    return ("S",) if k == 1 else ("B", *("M",) * (k - 2), "E")


@cache
def _word_place_features(k: int, kind: str) -> tuple[list[str], list[str], list[str]]:
    """The ``wp=``, ``wk=`` and ``wpk=`` features of the characters of a word of ``k``
    characters and ``kind`` (placegate.word_kind), made once."""
    places = _places(k)
    return ([f"wp={p}" for p in places], [f"wk={kind}"] * k,
            [f"wpk={p}{kind}" for p in places])


#: each feature string made, by its prefix and value (c0= and 政: c0=政): a report holds
#: a few thousand characters and some ten thousand bigrams, met again and again, and a
#: look-up is cheaper than joining the strings anew (bounded: a prefix's strings are cleared past
#: _MADE_SIZE, some 10 MB of bigrams, and one text's are added after the check)
_MADE: dict[str, _Made] = {}
_MADE_SIZE = 50_000


def _word_columns(words: Iterable[tuple[str, str]], enc: _Encoder | None = None
                  ) -> list[list[Any]]:
    """The features of each character that come from the jieba word it sits in (its
    place in the word, the word's kind, both, the word itself up to 4 characters), as
    four columns of one string a character (with ``enc``, of its :class:`_Encoder`
    bytes), each word's made once (:func:`_word_features`)."""
    wp: list[Any] = []
    wk: list[Any] = []
    wpk: list[Any] = []
    shown: list[Any] = []
    made = _WORDS if enc is None else enc.words
    if len(made) > _MADE_SIZE:
        made.clear()
    for pair in words:
        f = made.get(pair)
        if f is None:
            f = made[pair] = _word_features(*pair, enc)
        p, k, pk, w = f
        wp += p
        wk += k
        wpk += pk
        shown += w
    return [wp, wk, wpk, shown]


#: :func:`_word_features` by ``(word, tag)`` (bounded as :data:`_MADE`)
_WORDS: dict[tuple[str, str], tuple[Row, ...]] = {}


def _word_features(word: str, tag: str, enc: _Encoder | None) -> tuple[Row, ...]:
    """The ``wp=``, ``wk=``, ``wpk=`` and ``w=`` features of the characters of ``word``
    tagged ``tag`` (with ``enc``, their bytes)."""
    k = len(word)
    made = (*map(tuple, _word_place_features(k, word_kind(tag))),
            (f"w={word}" if k <= 4 else "w=long",) * k)
    return made if enc is None else tuple(map(enc.row, made))


class _Prefixed:
    """The features of a column of values (a text's characters, bigrams or character
    kinds) under each prefix, the strings made once (:data:`_MADE`)."""

    def __init__(self, values: list[str]) -> None:
        self.values = values

    def __call__(self, prefix: str, at: int, n: int, enc: _Encoder | None = None
                 ) -> list[Any]:
        """``prefix`` and each of ``n`` values from ``at`` (with ``enc``, its
        :class:`_Encoder` bytes)."""
        made = (_MADE if enc is None else enc.made).get(prefix)
        if made is None or len(made) > _MADE_SIZE:
            made = (_MADE if enc is None else enc.made)[prefix] = _Made(prefix, enc)
        return list(map(made.__getitem__, self.values[at:at + n]))


class _Made(dict[str, Any]):
    """The features of one prefix by value (:data:`_MADE`), each made the first time it is
    asked for (a look-up of the values a column holds: no set of them made first)."""

    def __init__(self, prefix: str, enc: _Encoder | None) -> None:
        super().__init__()
        self.prefix, self.enc = prefix, enc

    def __missing__(self, value: str) -> Any:
        made = self[value] = (self.prefix + value if self.enc is None
                              else self.enc.encode(self.prefix + value))
        return made


class _Encoder(dict[str, bytes]):
    """Features as the tagger is handed them, each made once: the UTF-8 bytes of one the
    model has (pycrfsuite encodes every string it is handed), ``b""`` for one it has not
    (crfsuite skips a feature the model has no id for, and the empty string is none:
    the same tags and marginals by construction, at a fifth less of crfsuite's time),
    but a word's start kept (:func:`tag_scored` reads it). ``made`` is :data:`_MADE` for
    these bytes (one an encoder: they depend on the model)."""

    def __init__(self, attributes: Collection[str]) -> None:
        super().__init__()
        if "" in attributes:
            raise ValueError("a model with the empty attribute")
        self.attributes = attributes
        self.made: dict[str, _Made] = {}
        self.words: dict[tuple[str, str], tuple[Row, ...]] = {}
        self._rows: dict[Row, tuple[bytes, ...]] = {}

    def encode(self, feature: str) -> bytes:
        """``feature`` as the tagger is handed it (not remembered: :data:`_MADE`'s
        bounded tables of bytes do)."""
        keep = feature in self.attributes or feature.startswith(_WORD_STARTS)
        return feature.encode() if keep else b""

    def __missing__(self, feature: str) -> bytes:
        if len(self) > _MADE_SIZE:
            self.clear()
        made = self[feature] = self.encode(feature)
        return made

    def row(self, features: Row) -> tuple[bytes, ...]:
        """``features`` (a row's or a part's) encoded."""
        made = self._rows.get(features)
        if made is None:
            if len(self._rows) > _MADE_SIZE:
                self._rows.clear()
            made = self._rows[features] = tuple(map(self.__getitem__, features))
        return made


#: :data:`_WORD_STARTS` in the encoder's bytes
_starts_word_encoded = operator.methodcaller(
    "startswith", tuple(f.encode() for f in _WORD_STARTS))


def _encoded(column: list[str], enc: _Encoder | None) -> list[Any]:
    """A column of strings, or of their bytes with ``enc``."""
    return column if enc is None else list(map(enc.__getitem__, column))


def model_attributes(path: Path) -> frozenset[str]:
    """The attributes (features) a crfsuite model has weights for, read from the model
    file: its attribute dictionary (a CQDB), each by its id from the backward array
    (crfsuite's crf1dm and cqdb formats; python-crfsuite's ``Tagger.info`` fails on a
    feature holding a line break, ``w=\n``). Training writes only the features with a
    weight."""
    data = path.read_bytes()
    magic, *_, n, _, _, at = struct.unpack_from("<4sI4sIIIIIII", data, 0)
    chunk, _, _, _, size, back = struct.unpack_from("<4sIIIII", data, at)
    if magic != b"lCRF" or chunk != b"CQDB" or size != n:
        raise ValueError(f"{path}: not a crfsuite model this reader knows")
    out = []
    for i, offset in enumerate(struct.unpack_from(f"<{n}I", data, at + back)):
        key, length = struct.unpack_from("<II", data, at + offset)
        if key != i:
            raise ValueError(f"{path}: attribute {i} stored as {key}")
        out.append(data[at + offset + 8:at + offset + 7 + length].decode())
    return frozenset(out)


def clusters_for(rules: Path, templates: Sequence[str] = TEMPLATES) -> dict[str, str]:
    """The clusters table of ``rules`` (:mod:`crfclusters`) if ``templates`` read it."""
    from .crfclusters import CLUSTERS_FILE, read_clusters
    if any(t.startswith(("wc", "cc")) for t in templates):
        return read_clusters(rules / CLUSTERS_FILE)
    return {}


def base_features(clean: str, tokenizer: Any, tags: dict[str, str], lex: Lexicon,
                  templates: Sequence[str] = TEMPLATES,
                  clusters: dict[str, str] | None = None,
                  extra: Sequence[Row] | None = None,
                  enc: _Encoder | None = None) -> list[Row]:
    """The features of every character of ``clean`` that do not depend on the rules, by
    ``templates`` (:data:`TEMPLATES`): characters and bigrams around, character kinds,
    the jieba word (its place B/M/E/S, kind, the word itself up to 4 characters, its
    cluster in ``clusters`` and those of its neighbours) and lexicon words starting or
    ending at, right after or right before the character.

    Built a column (one feature for every character) at a time with list operations,
    then zipped into rows: making each character's list in a Python loop was a third of
    the CRF's time. ``extra`` (one row a character, :func:`rule_column`) ends each row:
    joined to the lexicon's features before the row, each row is copied once. With ``enc``
    (the tagger's, :class:`_Encoder`) each feature is its bytes there, made where the
    strings are (``extra`` is given so)."""
    n = len(clean)
    if not n:
        return []
    w = _WINDOW
    chars = ["^"] * w + list(_SPACE.sub("_", clean)) + ["^"] * w  # as _shown, a pass
    known = list(map(_CHAR_KINDS.get, clean))  # most characters' kinds are met before
    if None in known:
        known = list(map(_char_kind, clean))
    kinds = ["none", *known, "none"]
    of_chars, of_kinds = _Prefixed(chars), _Prefixed(kinds)
    if any(t.startswith("bi") for t in templates):  # chars[j] chars[j + 1]
        of_pairs = _Prefixed([a + b for a, b in zip(chars[:-1], chars[1:], strict=True)])
    words = tagged_text(tokenizer, tags, clean)
    by_word = dict(zip(("wp", "wk", "wpk", "w"), _word_columns(words, enc), strict=True))
    if any(t.startswith("wc") for t in templates):
        by_word.update({t: _encoded(c, enc)
                        for t, c in _cluster_columns(words, clusters or {}).items()})
    if any(t.startswith("cc") for t in templates):  # clusters[@char], "?" if none
        of_clusters = _Prefixed([(clusters or {}).get("@" + c, "?") for c in chars])
    columns = []
    for t in templates:
        if t == "b":
            columns.append(["b" if enc is None else enc["b"]] * n)
        elif t in by_word:
            columns.append(by_word[t])
        elif t == "lx":
            columns.append(_encoded(lex.longest(clean), enc))
        elif t == "hd":
            columns.append(_encoded(_heads_ahead(clean, lex), enc))
        elif t == "hdo":
            columns.append(_encoded(_heads_ahead(clean, lex, _ORG_FAC_HEADS, "hdo"), enc))
        elif t in ("q-1", "q+1"):
            columns.append(_encoded(_past_marks(clean, -1 if t == "q-1" else 1), enc))
        elif t in ("wt-1", "wt+1"):
            columns.append(_encoded(_neighbour_tags(words, -1 if t == "wt-1" else 1), enc))
        elif t == "k3":
            columns.append(_Prefixed(list(map("|".join, zip(
                kinds[:-2], kinds[1:-1], kinds[2:], strict=True))))("k3=", 0, n, enc))
        elif t.startswith("cc"):
            columns.append(of_clusters(t + "=", w + int(t[2:]), n, enc))
        elif t.startswith("bi"):
            columns.append(of_pairs(t + "=", w + int(t[2:]), n, enc))
        elif t.startswith("c"):
            columns.append(of_chars(t + "=", w + int(t[1:]), n, enc))
        elif t.startswith("k"):
            columns.append(of_kinds(t + "=", 1 + int(t[1:]), n, enc))
    rows = zip(*columns, strict=True)
    tails: Iterable[Row] | None = extra
    if "lex" in templates or "lexn" in templates:
        tails = lex.found(clean).column(near="lexn" in templates, at="lex" in templates)
        if enc is not None:
            tails = [t and enc.row(t) for t in tails]
        if extra is not None:
            tails = map(operator.add, tails, extra)
    return list(rows if tails is None else map(operator.add, rows, tails))


#: the kinds of lexicon word that end a name (rules/names.yaml heads, name ends): the ``hd``
#: feature reads the nearest ahead
_HEAD_KINDS = ("org_head", "fac_head", "name_end")
#: the kinds the ``hdo`` feature reads: ``hd`` without ``name_end`` (a selectable
#: template, screened in the thirty-eighth session, docs/models.md)
_ORG_FAC_HEADS = _HEAD_KINDS[:2]
#: quotes and brackets the ``q-1``/``q+1`` features read past
_MARKS = frozenset("“”‘’「」『』《》〈〉（）()【】\"'")


def _heads_ahead(clean: str, lex: Lexicon, kinds_read: Sequence[str] = _HEAD_KINDS,
                 name: str = "hd") -> list[str]:
    """The ``hd`` feature of each character of ``clean``: the kinds of the nearest name
    head (:data:`_HEAD_KINDS`) ending at or after it in its sentence and how far (0, 1-3,
    4-7, 8-15 characters; ``hd=none`` past that): a name's start knows its head lies
    ahead (财政部门 … 委员会). ``kinds_read`` and ``name`` give a narrower feature
    (``hdo``: only org_head and fac_head)."""
    ends = lex.found(clean).end
    out = [f"{name}=none"] * len(clean)
    at, kinds = -1, ""
    for i in range(len(clean) - 1, -1, -1):
        if clean[i] in _SENTENCE_END:
            at = -1
        here = [f[3:] for f in ends[i] if f[3:] in kinds_read]
        if here:
            at, kinds = i, "+".join(sorted(set(here)))
        if at >= 0:
            d = at - i
            if d < 16:
                out[i] = f"{name}={kinds}:{0 if d == 0 else 1 if d < 4 else 2 if d < 8 else 3}"
    return out


def _past_marks(clean: str, step: int) -> list[str]:
    """The ``q-1`` (``step`` -1) or ``q+1`` (+1) feature of each character: the nearest
    character before (after) it that is no quote or bracket (:data:`_MARKS`), marked
    ``q-1=|X`` when marks were skipped (``“三农”工作``: 工 reads 农 past the quote)."""
    n = len(clean)
    out = [""] * n
    prefix = "q-1=" if step < 0 else "q+1="
    for i in range(n):
        j, skipped = i + step, False
        while 0 <= j < n and clean[j] in _MARKS:
            j, skipped = j + step, True
        ch = _shown(clean[j]) if 0 <= j < n else "^"
        out[i] = f"{prefix}{'|' if skipped else ''}{ch}"
    return out


def _neighbour_tags(words: Sequence[tuple[str, str]], step: int) -> list[str]:
    """The ``wt-1`` (``step`` -1) or ``wt+1`` (+1) feature of each character: the jieba
    POS tag of the word before (after) the word it sits in (``^``/``$`` at the text's
    edges; a blank word is a word like any other, tagged ``x``)."""
    tags = [tag for _, tag in words]
    prefix = "wt-1=" if step < 0 else "wt+1="
    near = ["^", *tags][:len(tags)] if step < 0 else [*tags, "$"][1:]
    out: list[str] = []
    for (word, _), tag in zip(words, near, strict=True):
        out += [prefix + tag] * len(word)
    return out


def _cluster_columns(words: Sequence[tuple[str, str]], clusters: dict[str, str]
                     ) -> dict[str, list[str]]:
    """The ``wc``, ``wc-1`` and ``wc+1`` columns: the cluster of the word each character
    sits in, of the word before and of the word after (``?`` for a word without one)."""
    ids = [clusters.get(word, "?") for word, _ in words]
    before, after = ["^", *ids[:-1]], [*ids[1:], "$"]
    out: dict[str, list[str]] = {"wc": [], "wc-1": [], "wc+1": []}
    for (word, _), c, b, a in zip(words, ids, before, after, strict=True):
        k = len(word)
        out["wc"] += [f"wc={c}"] * k
        out["wc-1"] += [f"wc-1={b}"] * k
        out["wc+1"] += [f"wc+1={a}"] * k
    return out


def bio(n: int, spans: Iterable[Span]) -> list[str]:
    """BIO tags of ``n`` characters for flat ``spans``."""
    tags = ["O"] * n
    for s, e, label in spans:
        tags[s] = f"B-{label}"
        for i in range(s + 1, e):
            tags[i] = f"I-{label}"
    return tags


def with_rules(base: Sequence[Row], rules: Iterable[Span],
               templates: Sequence[str] = RULE_TEMPLATES) -> list[Row]:
    """``base`` plus the rules' names: the BIO tag at the character and its neighbours,
    and whether a rule name ends at the character (:data:`RULE_TEMPLATES`)."""
    return list(map(operator.add, base, rule_column(len(base), rules, templates)))


def rule_column(n: int, rules: Iterable[Span], templates: Sequence[str] = RULE_TEMPLATES,
                enc: _Encoder | None = None) -> list[Row]:
    """The rule features of each of ``n`` characters given the rules' names (``rules``),
    by ``templates`` (:func:`with_rules`; with ``enc``, their :class:`_Encoder` bytes)."""
    tags = bio(n, rules)
    triples = list(zip(["^", *tags][:n], tags, [*tags[1:], "$"][:n], strict=True))
    made = {t: _rule_features(*t, templates) for t in set(triples)}  # the few of a text
    if enc is not None:
        made = {t: enc.row(f) for t, f in made.items()}
    return list(map(made.__getitem__, triples))


def _rule_features(prev: str, here: str, nxt: str, templates: Sequence[str]) -> Row:
    """The features of a character tagged ``here`` by the rules, between ``prev`` and
    ``nxt``, by ``templates``."""
    end = here != "O" and not nxt.startswith("I-")
    made = {"r0": f"r0={here}", "r-1": f"r-1={prev}", "r+1": f"r+1={nxt}",
            "r0+1": f"r0+1={here}|{nxt}", "r-10": f"r-10={prev}|{here}",
            "r3": f"r3={prev}|{here}|{nxt}", "rend": f"rend={end}{here[2:]}"}
    return tuple(made[t] for t in templates)


def sequences(clean: str) -> list[tuple[int, int]]:
    """The sentence-sized pieces the CRF reads (cut after 。；！？ and line breaks)."""
    out, a = [], 0
    for i, c in enumerate(clean):
        if c in _SENTENCE_END:
            out.append((a, i + 1))
            a = i + 1
    if a < len(clean):
        out.append((a, len(clean)))
    return out


def decode(tags: Sequence[str], offset: int = 0) -> list[Span]:
    """The spans of BIO ``tags`` (an ``I-`` of another label, or after ``O``, starts
    one), shifted by ``offset``."""
    out: list[Span] = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t.startswith("I-") and t[2:] == label:
            continue
        if start >= 0:
            out.append((offset + start, offset + i, label))
            start, label = -1, ""
        if t != "O":
            start, label = i, t[2:]
    return out


# -- the merge ------------------------------------------------------------------------

def _overlaps(a: Span, others: Iterable[Span]) -> bool:
    return any(a[0] < o[1] and o[0] < a[1] for o in others)


class _Cover:
    """Spans by the characters they cover: which of them overlap a span, in time of its
    length (testing every span of a report for each CRF name was a fifth of the CRF's
    time)."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans: set[Span] = set()
        self._at: dict[int, set[Span]] = {}
        for s in spans:
            self.add(s)

    def add(self, s: Span) -> None:
        self.spans.add(s)
        for i in range(s[0], max(s[1], s[0] + 1)):  # an empty span sits at its start
            self._at.setdefault(i, set()).add(s)

    def remove(self, s: Span) -> None:
        self.spans.discard(s)
        for i in range(s[0], max(s[1], s[0] + 1)):
            self._at[i].discard(s)

    def overlapping(self, a: Span) -> set[Span]:
        """The spans that share a character with ``a`` (:func:`_overlaps`)."""
        out: set[Span] = set()
        for i in range(a[0], a[1]):
            out.update(self._at.get(i, ()))
        return {o for o in out if a[0] < o[1] and o[0] < a[1]}


def widen_and_fill(rules: Sequence[Span], crf: Sequence[Scored], min_fill: float = MIN_FILL
                   ) -> list[Span]:
    """The rules' names with the CRF's joined: a CRF name of another label than GPE that
    holds a rule GPE and other rule names only inside it replaces them (九江港: the rules'
    GPE 九江 gives way to the FAC); then every CRF name of confidence ``min_fill`` or more
    that overlaps no name kept is added. Chosen by leaving one document out among other
    merges (benchmarks/crf_names.py)."""
    kept = _Cover(rules)
    _widen(kept, crf)
    fills = [c for c, p in crf if p >= min_fill and not kept.overlapping(c)]
    return sorted(kept.spans.union(fills))


def _widen(kept: _Cover, crf: Iterable[Scored],
           widen: dict[str, float | None] | None = None,
           led: dict[str, float | None] | None = None) -> None:
    """A CRF name of another label than GPE that holds a rule GPE of ``kept`` and other
    names of ``kept`` only inside it replaces them there (九江|港); with ``widen``, only a
    CRF name of a label whose threshold there its confidence reaches (None: never); with
    ``led``, a name that opens with that rule GPE (the place, then the name: rule 20)
    from the lower of its label's two thresholds."""
    for c, p in crf:
        least = 0.0 if widen is None else widen.get(c[2], 0.0)
        opened = None if led is None else led.get(c[2])
        if c[2] == "GPE" or (least is None and opened is None) or p < min(
                x for x in (least, opened) if x is not None):
            continue
        near = kept.overlapping(c)
        inside = {r for r in near if c[0] <= r[0] and r[1] <= c[1] and r != c}
        if not any(r[2] == "GPE" for r in inside) or near - inside:
            continue
        if least is None or p < least:  # only as a name the rule GPE opens
            first = min(inside)
            if first[2] != "GPE" or first[0] != c[0] or opened is None or p < opened:
                continue
        for r in inside:
            kept.remove(r)
        kept.add(c)


@dataclass(frozen=True)
class LabelMerge:
    """How the CRF's names of one label join the rules' (:func:`merge`): ``win``, the
    confidence from which a CRF name of the label replaces the rule names it overlaps (None:
    never); ``agreed``, whether a rule name of the label stays only where the CRF tags the
    same span and label (the CRF alone decides the label); ``fill``, the confidence from
    which a CRF name of the label fills a gap where no name is kept (None: never);
    ``widen``, the confidence from which a CRF name of the label swallows the rule GPE
    inside it (九江|港, :func:`_widen`; None: never); ``yields``, whether a rule name of
    the label gives way to a winning CRF name of another label (False: a CRF name that
    overlaps it does not win; widening, which takes only rule GPEs, is ``widen``'s);
    ``led``, the confidence from which a CRF name of the label that opens with a rule GPE
    swallows it (九江|港 again, the place first: ANNOTATION rule 20) when ``widen``'s is
    not reached (None: only ``widen``); ``joins``, whether a winning CRF name of the label
    may replace two or more rule names of its label that tile it end to end, the last a
    government level's own organ (:data:`LEVEL_ORGAN`: 市委|市政府, 县水务局|县政府 of
    县水务局县政府重点工程; neighbouring bodies are separate names, ANNOTATION rule 6; False:
    those rule names stay)."""

    win: float | None = None
    agreed: bool = False
    fill: float | None = MIN_FILL
    widen: float | None = 0.0
    yields: bool = True
    led: float | None = None
    joins: bool = True


Policy = dict[str, LabelMerge]
#: a government level's own organ (市委, 区政府, 县人大常委会): no name has it as its part
#: (市政府办公室 and 省委组织部 open with one), so a CRF name that ends with one the rules
#: found right after another rule name joins two bodies (C46m)
LEVEL_ORGAN = re.compile(
    r"(?:[省市区县州盟旗镇乡]|自治区)(?:委|党委|纪委|政府|人民政府|人大|人大常委会|政协)")
#: the confidence from which a CRF name swallows the rule GPE inside it in :data:`POLICY`
#: (thirty-seventh session: at any confidence, the widening took 52 right rule GPEs for one
#: right name on the 81 train documents with today's rules, 5 folds by source; docs/models.md,
#: "A policy no label loses by")
MIN_WIDEN = 0.9
#: the shipped policy of :func:`merge`: a CRF name of ORG or FAC of confidence 0.9 or more
#: replaces the rule names it overlaps (the CRF alone beats the rules on those two labels;
#: sixteenth session, 7 folds by document of 56 documents: all names 0.780 -> 0.786), a CRF
#: name of a label but GPE swallows the rule GPE inside it from :data:`MIN_WIDEN`; fills as
#: :func:`widen_and_fill`. 5 folds by source of the 81 train documents
#: (benchmarks/crf_policy_search.py): rules of before 0.802 -> 0.800 (every label above the
#: rules alone, GPE 0.776 -> 0.763 against 0.723), today's rules 0.923 -> 0.928 (GPE 0.938 ->
#: 0.961 against 0.965)
POLICY: Policy = {"ORG": LabelMerge(win=0.9, widen=MIN_WIDEN, joins=False),
                  "FAC": LabelMerge(win=0.9, widen=MIN_WIDEN),
                  **{lab: LabelMerge(widen=MIN_WIDEN) for lab in ("INITIATIVE", "PERSON", "DOC")}}


def merge(rules: Sequence[Span], crf: Sequence[Scored], policy: Policy,
          organs: Collection[Span] = ()) -> list[Span]:
    """The rules' names with the CRF's joined label by label (``policy``, a label without
    an entry: :class:`LabelMerge`'s defaults): the rule names of an ``agreed`` label the
    CRF does not tag alike are dropped; a rule GPE inside a longer CRF name of another label
    at that label's ``widen`` confidence gives way to it (:func:`widen_and_fill`); a CRF
    name of a label at its ``win`` confidence replaces the rule names it overlaps (no CRF
    name: they do not overlap but for a widened one; no rule name of another label that
    does not ``yield``), most confident first; a CRF name at its
    label's ``fill`` confidence is added where it overlaps no name kept. ``organs``: the
    rule names that are a level's own organ (:data:`LEVEL_ORGAN`, for ``joins``)."""
    default = LabelMerge()
    rule = {lab: policy.get(lab, default) for lab in LABELS}
    named = {c for c, _ in crf}
    kept = _Cover(r for r in rules if not rule.get(r[2], default).agreed or r in named)
    _widen(kept, crf, {lab: m.widen for lab, m in rule.items()},
           {lab: m.led for lab, m in rule.items()})
    for c, p in sorted(crf, key=lambda cp: -cp[1]):
        win = rule[c[2]].win
        near = kept.overlapping(c)
        if win is None or p < win or near & named:  # not over the CRF's own (widened)
            continue
        if any(not rule[r[2]].yields and r[2] != c[2] for r in near):
            continue
        if not rule[c[2]].joins and _joins_organ(c, near, organs):
            continue
        for r in near:
            kept.remove(r)
        kept.add(c)
    fills = [c for c, p in crf if rule[c[2]].fill is not None
             and p >= rule[c[2]].fill and not kept.overlapping(c)]  # type: ignore[operator]
    return sorted(kept.spans.union(fills))


def _joins_organ(c: Span, near: Iterable[Span], organs: Collection[Span]) -> bool:
    """Whether two or more names of ``near`` of ``c``'s label tile ``c`` end to end, with
    nothing between them, the last of ``organs`` (市委|市政府 of a CRF ORG 市委市政府)."""
    inside = sorted(r for r in near if r[2] == c[2] and c[0] <= r[0] and r[1] <= c[1])
    return (len(inside) >= 2 and inside[0][0] == c[0] and inside[-1][1] == c[1]
            and inside[-1] in organs
            and all(a[1] == b[0] for a, b in itertools.pairwise(inside)))


def plausible(clean: str, span: Span, generic: Collection[str]) -> bool:
    """Whether a CRF name may stand: it starts with no closing bracket or punctuation
    and is no generic reference the rules leave unlabelled (rule 9: 人民法院, 有关部门;
    names.NameRulePass.generic)."""
    text = clean[span[0]:span[1]]
    return text[0] not in _NO_START and text not in generic


def tag_scored(tagger: Any, x: Sequence[Row], clean: str,
               starts_word: Any = starts_word) -> list[Scored]:
    """The CRF's names in ``clean`` (features ``x``) that start a jieba word (not
    政策委员会 of 货币政策委员会; ``starts_word``: whether a feature says so, of strings
    or of :class:`_Encoder` bytes), each with its confidence: the least marginal
    probability of its characters' tags."""
    out: list[Scored] = []
    for a, b in sequences(clean):
        tags = tagger.tag(x[a:b])
        if tags.count("O") == len(tags):  # no name (most sentences): nothing to decode
            continue
        for s, e, label in decode(tags, a):
            if not any(map(starts_word, x[s])):
                continue
            conf = min(tagger.marginal(tags[i - a], i - a) for i in range(s, e))
            out.append(((s, e, label), conf))
    return out


# -- the pass ------------------------------------------------------------------------------

class CrfNames:
    """The CRF with what its features read: the rule pass's tokenizer and word tags and
    the lexicon (``names``: the pipeline's names.NameRulePass)."""

    def __init__(self, names: Any, model: Path | None = None,
                 templates: Sequence[str] = TEMPLATES,
                 rule_templates: Sequence[str] = RULE_TEMPLATES,
                 clusters: dict[str, str] | None = None) -> None:
        import pycrfsuite

        self.tokenizer, self.tags = names.tokenizer, names.tags
        self.generic: frozenset[str] = names.generic
        self.lexicon = lexicon_of(names)
        self.templates, self.rule_templates = tuple(templates), tuple(rule_templates)
        self.clusters = clusters if clusters is not None else clusters_for(
            names.data.directory, self.templates)
        path = model or names.data.directory / MODEL_FILE
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.enc = _Encoder(model_attributes(path))

    def features(self, clean: str, rules: Iterable[Span]) -> list[Row]:
        """The features of ``clean``'s characters given the rules' names there, as the
        tagger is handed them (:class:`_Encoder`)."""
        return base_features(
            clean, self.tokenizer, self.tags, self.lexicon, self.templates, self.clusters,
            rule_column(len(clean), rules, self.rule_templates, self.enc), self.enc)

    def tag(self, clean: str, rules: Sequence[Span]) -> list[Scored]:
        """The CRF's names in ``clean`` given the rules' names there, and their
        confidence; those :func:`plausible` denies are left out."""
        found = tag_scored(self.tagger, self.features(clean, rules), clean,
                           _starts_word_encoded)
        return [(s, p) for s, p in found if plausible(clean, s, self.generic)]

    def refine(self, view: TextView, cands: Sequence[Candidate]) -> list[Candidate]:
        """The flat candidates of the pipeline with the CRF's names joined
        (:func:`merge` by :data:`POLICY`); a CRF name overlapping a number or a date is left out."""
        rules = [(c.start, c.end, c.label) for c in cands if c.label in LABELS]
        others = [(c.start, c.end, c.label) for c in cands if c.label not in LABELS]
        numbers = _Cover(others)
        crf = [(s, p) for s, p in self.tag(view.clean, rules) if not numbers.overlapping(s)]
        by_span = {(c.start, c.end, c.label): c for c in cands}
        out = [c for c in cands if c.label not in LABELS]
        organs = {r for r in rules if LEVEL_ORGAN.fullmatch(view.clean[r[0]:r[1]])}
        for s in merge(rules, crf, POLICY, organs):
            out.append(by_span.get(s) or Candidate(
                s[0], s[1], s[2], norm=canonical_name(view.clean[s[0]:s[1]]),
                rule=f"crf.{s[2]}", origin="crf"))
        return sorted(out, key=lambda c: c.start)


# -- training -------------------------------------------------------------------------

@dataclass
class TrainingDoc:
    """A gold document as the CRF reads it: names in clean offsets (``gold``, ``history``:
    the rules' before the document was labelled or None, ``today``: today's rules'),
    the features that do not depend on the rules, and how many gold names of each label
    the clean view cannot hold (they start or end on a dropped character)."""

    doc_id: str
    view: TextView
    gold: list[Span]
    history: list[Span] | None
    today: list[Span]
    base: list[Row]
    gold_lost: Counter[str]

    def sequences(self, rules: Sequence[Span], templates: Sequence[str] = RULE_TEMPLATES,
                  dropout: float = 0.0) -> list[tuple[list[Row], list[str]]]:
        """Features with ``rules`` (by ``templates``) and gold tags, sentence by sentence;
        a ``dropout`` share of the sentences (:func:`_dropped`) with no rule name."""
        x = with_rules(self.base, rules, templates)
        x0 = with_rules(self.base, [], templates) if dropout else x
        y = bio(len(x), self.gold)
        return [((x0 if _dropped(self.doc_id, a, dropout) else x)[a:b], y[a:b])
                for a, b in sequences(self.view.clean)]


def _dropped(doc_id: str, start: int, share: float) -> bool:
    """Whether the sentence at ``start`` of ``doc_id`` is among the ``share`` of sentences
    trained without the rules' names (a fixed hash: the same sentences at each training)."""
    return share > 0 and zlib.crc32(f"{doc_id}:{start}".encode()) % 1000 < share * 1000


def training_docs(root: Path, names: Any) -> list[TrainingDoc]:
    """The documents of gold/dev/train and gold/seed.jsonl, with the rules' names of
    before from gold/dev/name_history.tsv (the seed has none) and of today."""
    from .goldfile import training_gold
    from .pipeline import Pipeline
    from .placegate import HISTORY_FILE, read_history
    gold = training_gold(root)
    history = read_history(root / HISTORY_FILE, LABELS)
    pipeline = Pipeline(rules_dir=names.data.directory, tokenizer=names.tokenizer,
                        name_passes=(names,), facts=None)
    lex = lexicon_of(names)
    clusters = clusters_for(names.data.directory)
    out = []
    for d in gold:
        view = TextView(d.text)
        raw_gold = [(s.start, s.end, s.label) for s in d.spans if s.label in LABELS]
        spans = to_clean(view, raw_gold)
        today = [(m.start, m.end, str(m.label)) for m in pipeline.extract(
            d.text, ref_date=d.ref_date, doc_id=d.doc_id).mentions if m.label in LABELS]
        before = history.get(d.doc_id)
        out.append(TrainingDoc(
            d.doc_id, view, spans,
            None if before is None else to_clean(view, [(s, e, lab) for s, e, lab, _ in before]),
            to_clean(view, today),
            base_features(view.clean, names.tokenizer, names.tags, lex, clusters=clusters),
            Counter(lab for *_, lab in raw_gold) - Counter(lab for *_, lab in spans)))
    return out


def training_data(docs: Iterable[TrainingDoc], templates: Sequence[str] = RULE_TEMPLATES,
                  dropout: float = RULE_DROPOUT, today: bool = TODAY_TOO
                  ) -> list[tuple[list[Row], list[str]]]:
    """The training sequences: each document with the rules' names of before, the seed
    (no history) with today's (rule features by ``templates``), a ``dropout`` share of
    the sentences with none; then, if ``today``, each document with a history again
    with today's rules' names."""
    docs = list(docs)
    return [*(seq for d in docs for seq in d.sequences(
                d.history if d.history is not None else d.today, templates, dropout)),
            *(seq for d in docs if today and d.history is not None
              for seq in d.sequences(d.today, templates))]


def to_clean(view: TextView, spans: Iterable[Span]) -> list[Span]:
    """Raw spans in clean offsets (those that start or end on a character the clean view
    drops are left out)."""
    where = view.clean_offsets()
    return sorted((where[s], where[e - 1] + 1, label) for s, e, label in spans
                  if s in where and e - 1 in where)


def digest(data: Sequence[tuple[list[Row], list[str]]]) -> str:
    """The sha256 of the training sequences and parameters (the shipped model's stamp)."""
    h = hashlib.sha256(repr(sorted(TRAINING.items())).encode())
    for x, y in data:
        for feats, label in zip(x, y, strict=True):
            h.update(("\x1f".join(feats) + "\x1e" + label + "\n").encode())
        h.update(b"\x1d")
    return h.hexdigest()


def train(data: Sequence[tuple[list[Row], list[str]]], out: Path,
          params: dict[str, Any] | None = None) -> None:
    """A model of ``data`` written to ``out`` (crfsuite ``params``: :data:`TRAINING`)."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in data:
        trainer.append(x, y)
    trainer.set_params(TRAINING if params is None else params)
    trainer.train(str(out))


def read_digest(path: Path) -> str | None:
    """The digest line of ``rules/crf_names.txt`` (None if there is no such file)."""
    if not path.is_file():
        return None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("digest\t"):
            return line.split("\t", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_extract.crfnames",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("train",),
                        help="train: write rules/crf_names.crfsuite and its digest")
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the checkout (gold/, rules/); default the current folder")
    args = parser.parse_args(argv)
    from .names import NameRulePass
    rules = args.root / "rules"
    names = NameRulePass(rules_dir=rules)
    data = training_data(training_docs(args.root, names))
    train(data, rules / MODEL_FILE)
    stamp = digest(data)
    (rules / DIGEST_FILE).write_text(
        "# The CRF over the names (policy_extract.crfnames): rules/crf_names.crfsuite was\n"
        "# trained by `python -m policy_extract.crfnames train` on these sequences\n"
        f"# ({len(data)} sentences of gold/dev/train and gold/seed.jsonl, the rules' names\n"
        "# of gold/dev/name_history.tsv); the test fails when they change.\n"
        f"digest\t{stamp}\n", encoding="utf-8")
    print(f"{len(data)} sentences, digest {stamp[:12]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

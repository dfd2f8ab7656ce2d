"""Segmentation stage: a project-owned jieba tokenizer with the gazetteer as user dictionary.

The global ``jieba`` tokenizer is never touched, so a user's own jieba set-up
and ours do not leak into each other. Regex rules run on characters; tokens
serve the NER pass, the dictionaries and the word-boundary check below.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import math
import re
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import jieba

from .patterncache import cache_folder, write_cache_file
from .places import jieba_dictionary, place_surfaces
from .rules import default_rules_dir, read_tsv, segmenter_entries

log = logging.getLogger(__name__)
_USER_WORD_FREQ = 200_000
_WINDOW = 6
_V = TypeVar("_V")
_MEMO_SIZE = 50_000  # texts a tokenizer's memo of word boundaries or of tagged words keeps; cleared when full
_LOG_P_SIZE = 200_000  # words its memo of log probabilities keeps (some 30 MB); cleared when full


def build_tokenizer(gazetteer: Path | None, folder: Path | None = None) -> jieba.Tokenizer:
    """A fresh ``jieba.Tokenizer`` with every gazetteer surface added as a word, and the
    place names of :func:`policy_extract.places.place_surfaces` with them, and without
    the words ``segmenter.yaml`` beside the gazetteer removes (a unit glued to the
    qualifier after it, such as 万元以上, which would cut the number in front of it).

    The finished dictionary is kept in the cache folder (``folder``, by default
    :func:`policy_extract.patterncache.cache_folder`; see :func:`_cached_dictionary`)."""
    jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG
    directory = gazetteer.parent if gazetteer is not None else default_rules_dir()
    removed = removed_words(directory)
    added: list[str] = []
    if gazetteer is not None and gazetteer.is_file():
        added = [row["surface"] for row in read_tsv(gazetteer, ("surface", "canonical", "label"))]
        added += place_surfaces()
    tokenizer = jieba.Tokenizer()
    path = _dictionary_file(folder or cache_folder(), removed, added)
    found = _cached_dictionary(path)
    if found is not None:
        tokenizer.FREQ, tokenizer.total = found
        tokenizer.initialized = True
        for word in removed:  # already 0 in the file; registers jieba's forced splits
            tokenizer.del_word(word)
        return tokenizer
    tokenizer.initialize()
    for word in removed:
        tokenizer.del_word(word)
    for word in added:
        tokenizer.add_word(word, freq=_USER_WORD_FREQ)
    if path is not None:
        write_cache_file(path, marshal.dumps((tokenizer.FREQ, tokenizer.total)))
    return tokenizer


#: the jieba dictionaries :func:`build_tokenizer` kept, one file per set of words
_DICT_PREFIX = "jieba-"


def _dictionary_file(folder: Path | None, removed: list[str], added: list[str]) -> Path | None:
    """Where the dictionary of these words is kept: a file named by a digest of jieba's
    version, its dictionary file (size, time), the words removed and added and their
    frequency, so that any change to them reads another file (None: no cache)."""
    if folder is None:
        return None
    source = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    try:
        stat = source.stat()
    except OSError:
        return None
    key = "\n".join([jieba.__version__, str(stat.st_size), str(stat.st_mtime_ns),
                     str(_USER_WORD_FREQ), *removed, "", *added])
    return folder / f"{_DICT_PREFIX}{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal"


def _cached_dictionary(path: Path | None) -> tuple[dict[str, int], int] | None:
    """``(FREQ, total)`` of a tokenizer as kept in ``path``, or None (no file, or one that
    cannot be read). Read whole and then unmarshalled: jieba's own ``marshal.load`` of its
    cache reads the file piece by piece, three times as long (1.2 against 0.4 CPU-s)."""
    if path is None or not path.is_file():
        return None
    try:
        freq, total = marshal.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - an unreadable file is built anew and rewritten
        log.warning("jieba dictionary %s unreadable: building it", path)
        return None
    if not isinstance(freq, dict) or not isinstance(total, int):
        return None
    return freq, total


def removed_words(directory: Path) -> list[str]:
    """The words ``segmenter.yaml`` in ``directory`` removes from jieba's dictionary (none
    when the file is absent)."""
    path = directory / "segmenter.yaml"
    if not path.is_file():
        return []
    return [entry["word"] for entry in segmenter_entries(path)]


def tokens(tokenizer: jieba.Tokenizer, text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for each token of ``text``."""
    return list(tokenizer.tokenize(text, HMM=False))


def on_word_boundaries(tokenizer: jieba.Tokenizer, clean: str, start: int, end: int) -> bool:
    """Whether words start at ``start`` and end at ``end`` (segmenting a small window).

    Used for candidates that begin with a Chinese numeral, which can be part of
    another word (统一, 唯一, 一元化, 一米阳光).
    """
    lo = max(0, start - _WINDOW)
    bounds = word_boundary_mask(tokenizer, clean[lo:end + _WINDOW])
    return bool(bounds >> (start - lo) & 1 and bounds >> (end - lo) & 1)


class _PerTokenizer(Generic[_V]):
    """Each tokenizer's memo, weakly keyed (a tokenizer dropped drops its memo, but for the
    last one asked for, held until another is), the last one asked for read without the
    weak reference a ``WeakKeyDictionary`` look-up makes at each call (~0.5 µs; the name
    pass asks ~28,000 times a round of the reports)."""

    def __init__(self) -> None:
        self._memos: weakref.WeakKeyDictionary[jieba.Tokenizer, dict[str, _V]] = \
            weakref.WeakKeyDictionary()
        self._last: tuple[Callable[[], jieba.Tokenizer | None], dict[str, _V]] = \
            (lambda: None, {})

    def of(self, tokenizer: jieba.Tokenizer) -> dict[str, _V]:
        ref, memo = self._last  # one read: a thread that finds another's makes its own
        if ref() is tokenizer:
            return memo
        memo = self._memos.setdefault(tokenizer, {})
        self._last = (weakref.ref(tokenizer), memo)
        return memo


#: each tokenizer's word boundaries of the windows asked about before (a tokenizer is not
#: changed once built, and the name rules ask about the same few places again and again)
_BOUNDS_MEMO: _PerTokenizer[int] = _PerTokenizer()


def word_boundary_mask(tokenizer: jieba.Tokenizer, window: str) -> int:
    """:func:`word_boundaries` of ``window`` as a bit mask (bit ``i`` set: a boundary at
    ``i``; small to keep), remembered per tokenizer (bounded): for the short windows the
    name checks ask about again and again."""
    memo = _BOUNDS_MEMO.of(tokenizer)
    bounds = memo.get(window)
    if bounds is None:
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        bounds = memo[window] = _boundary_bits(tokenizer, window)
    return bounds


# jieba's ``cut(HMM=False)``: blocks of these characters are cut by the best route (runs of
# single-letter or single-digit words joined into one), every other character is a word of
# its own, except that ``\r\n`` stays one
CUT_CHARS = "\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-"  # jieba's re_han_default, as a class body
_CUT_BLOCK = re.compile(f"[{CUT_CHARS}]+")
_ALNUM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def word_boundaries(tokenizer: jieba.Tokenizer, text: str) -> set[int]:
    """The offsets where the words of ``tokenizer.tokenize(text, HMM=False)`` start or end,
    computed with :func:`best_route` and without jieba's per-call generators (a tenth of
    the time on the short windows :func:`on_word_boundaries` asks about)."""
    bits = _boundary_bits(tokenizer, text)
    return {i for i in range(len(text) + 1) if bits >> i & 1}


def _boundary_bits(tokenizer: jieba.Tokenizer, text: str) -> int:
    """:func:`word_boundaries` as a bit mask (bit ``i``: a boundary at ``i``), set and
    cleared a block at a time (a set of the window's offsets, its differences and the sum
    of its bits cost half of a window's time besides its route)."""
    bits = (1 << (len(text) + 1)) - 1
    if "\r\n" in text:
        for crlf in re.finditer("\r\n", text):
            bits &= ~(1 << (crlf.start() + 1))
    for block in _CUT_BLOCK.finditer(text):
        start, chunk = block.start(), block.group()
        route = best_route(tokenizer, chunk)
        n = len(chunk)
        bits &= ~(((1 << (n - 1)) - 1) << (start + 1))  # none inside the block, then its words'
        x, joined = 0, False
        while x < n:
            y = route[x] + 1
            single = y - x == 1 and chunk[x] in _ALNUM_CHARS
            if not (single and joined):
                bits |= 1 << (start + x)
            joined, x = single, y
    return bits


# -- part-of-speech tags -------------------------------------------------------------------
# What ``jieba.posseg.POSTokenizer.cut(text, HMM=False)`` yields, without importing
# jieba.posseg: that module builds a second, global tagger (the whole dictionary again,
# plus its HMM tables) at import, which doubled the time to build a pipeline.

_TAG_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_TAG_SKIP = re.compile(r"(\r\n|\s)")
_ALNUM = re.compile("[a-zA-Z0-9]+")
_DIGITS = re.compile(r"[\.0-9]+")


def load_word_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """The part-of-speech tag of every word of the tokenizer's main dictionary (read once
    per process: places.jieba_dictionary), and of the words added to it with a tag.

    Made once per tokenizer (a tokenizer is not changed once built) and the same table
    given to every caller (the name pass, the place gate, the facts stage), not to be
    changed by one: :func:`tagged_words` remembers a text with the table it was tagged
    with, so the stages that share a tokenizer now share its memo too (before, each had a
    copy of its own, 349,045 words, and each stage's answer put the other's out of the
    memo). A tokenizer that cannot be remembered (no weak reference) gets a table made
    anew."""
    try:
        return _WORD_TAGS[tokenizer]
    except KeyError:
        pass
    except TypeError:  # not weakly referenced or not hashable: made anew for the caller
        return _word_tags(tokenizer)
    tags = _WORD_TAGS[tokenizer] = _word_tags(tokenizer)
    return tags


def _word_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    tags = dict(jieba_dictionary(tokenizer.dictionary)[0])  # a copy: the read is shared
    tags.update(tokenizer.user_word_tag_tab)  # words added with a tag of their own
    return tags


#: each tokenizer's table of :func:`load_word_tags`
_WORD_TAGS: weakref.WeakKeyDictionary[jieba.Tokenizer, dict[str, str]] = \
    weakref.WeakKeyDictionary()


def tagged_words(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                 text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs covering ``text``, as jieba.posseg's cut with HMM off
    (remembered per tokenizer and tags table, bounded: the name rules and the place gate
    ask about the same short phrases, the few characters after a place, again and again;
    about a third of those asked about in one pass over a report were asked before)."""
    memo = _TAGGED_MEMO.of(tokenizer)
    hit = memo.get(text)
    if hit is not None and hit[0] is tags:
        return list(hit[1])
    if len(memo) > _MEMO_SIZE:
        memo.clear()
    words = _tagged_words(tokenizer, tags, text)
    memo[text] = (tags, tuple(words))
    return words


def tagged_text(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                text: str) -> list[tuple[str, str]]:
    """:func:`tagged_words` of a whole text, asked block by block (the runs of
    :data:`CUT_CHARS` the rule pass for names tags, names._blocks_around): the same words,
    since no word crosses the edge of a block, and those blocks come from the memo of
    :func:`tagged_words`, so a pass that reads the whole text (the CRF over the names)
    tags only the blocks the rule pass did not. Between blocks every character is a word
    of its own tagged ``x`` (``\r\n`` one), as in :func:`tagged_words`."""
    out: list[tuple[str, str]] = []
    pos = 0
    for block in _CUT_BLOCK.finditer(text):
        if block.start() > pos:
            out += [(c, "x") for c in _GAP_WORD.findall(text, pos, block.start())]
        out += tagged_words(tokenizer, tags, block.group())
        pos = block.end()
    out += [(c, "x") for c in _GAP_WORD.findall(text, pos)]
    return out


_GAP_WORD = re.compile(r"\r\n|.", re.DOTALL)  # the words between blocks


#: each tokenizer's :func:`tagged_words` of the texts asked about before, with the tags
#: table they were tagged with (a tokenizer is not changed once built)
_TAGGED_MEMO: _PerTokenizer[tuple[dict[str, str], tuple[tuple[str, str], ...]]] = \
    _PerTokenizer()


def _tagged_words(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                  text: str) -> list[tuple[str, str]]:
    if _TAG_BLOCK.fullmatch(text):  # the common case: one block of words
        return _tagged_block(tokenizer, tags, text)
    out: list[tuple[str, str]] = []
    for block in _TAG_BLOCK.split(text):
        if not block:
            continue
        if _TAG_BLOCK.match(block):
            out += _tagged_block(tokenizer, tags, block)
            continue
        for piece in _TAG_SKIP.split(block):
            if _TAG_SKIP.match(piece):
                out.append((piece, "x"))
                continue
            for ch in piece:
                if _DIGITS.match(ch):
                    out.append((ch, "m"))
                elif _ALNUM.match(piece):
                    out.append((ch, "eng"))
                else:
                    out.append((ch, "x"))
    return out


def best_route(tokenizer: jieba.Tokenizer, block: str) -> list[int]:
    """jieba's best segmentation route of ``block``: ``route[i]`` is the last index of the
    word that starts at ``i``. The same result as ``get_DAG`` followed by ``calc`` (the same
    arithmetic, ties to the longer word), in one loop without the intermediate DAG or
    tuples (about 2.5 times faster on report text), the words' log probabilities
    remembered (:func:`_log_probability`)."""
    logp = _LOG_P.get(tokenizer)
    if logp is None:
        logp = _LOG_P[tokenizer] = {}
    get = logp.get
    n = len(block)
    score = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best: float | None = None
        last = i = idx
        frag = block[idx]
        while True:
            p = get(frag, _UNSEEN)
            if p is _UNSEEN:
                p = _log_probability(tokenizer, logp, frag)
            if p is _NO_PREFIX:
                break
            if p is not None:
                cand = p + score[i + 1]
                if best is None or cand >= best:
                    best, last = cand, i
            i += 1
            if i == n:
                break
            frag = block[idx:i + 1]
        if best is None:  # no word starts here: the character alone
            best = math.log(tokenizer.FREQ.get(block[idx]) or 1) - math.log(tokenizer.total) \
                + score[idx + 1]
        score[idx] = best
        route[idx] = last
    return route


#: each tokenizer's ``log(count) - log(total)`` of the words :func:`best_route` looked up
#: (None for a prefix of words that is no word itself, :data:`_NO_PREFIX` for a fragment
#: no word starts with): a report asks about the same few thousand words again and again,
#: and a look-up here is cheaper than jieba's count and a logarithm (the route is a quarter
#: faster; the same floats, so the same routes). The fragments that end a route's step,
#: one for nearly every character, are remembered too: a call to look each up again cost
#: about a tenth of the route.
_LOG_P: weakref.WeakKeyDictionary[jieba.Tokenizer, dict[str, Any]] = \
    weakref.WeakKeyDictionary()
_UNSEEN = object()  # not yet looked up
_NO_PREFIX = object()  # no word of the dictionary starts with it


def _log_probability(tokenizer: jieba.Tokenizer, logp: dict[str, Any], frag: str) -> Any:
    """What :data:`_LOG_P` holds for ``frag``, looked up in jieba's counts (``FREQ`` holds
    every prefix of a word too, with count 0) and remembered: a float, None (a prefix
    only) or :data:`_NO_PREFIX` where ``FREQ`` does not have it."""
    if len(logp) >= _LOG_P_SIZE:
        logp.clear()
    count = tokenizer.FREQ.get(frag)
    if count is None:
        p: Any = _NO_PREFIX
    else:
        p = math.log(count) - math.log(tokenizer.total) if count else None
    logp[frag] = p
    return p


def _tagged_block(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                  block: str) -> list[tuple[str, str]]:
    route = best_route(tokenizer, block)
    out: list[tuple[str, str]] = []
    tag = tags.get
    x, n, buf = 0, len(block), ""
    while x < n:
        y = route[x] + 1
        if y - x == 1 and block[x] in _ALNUM_CHARS:  # single letters and digits run together
            buf += block[x]
        else:
            if buf:
                out.append((buf, "eng"))
                buf = ""
            word = block[x:y]
            out.append((word, tag(word, "x")))
        x = y
    if buf:
        out.append((buf, "eng"))
    return out

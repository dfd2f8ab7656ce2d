"""Segmentation stage: a project-owned jieba tokenizer with the gazetteer as user dictionary.

The global ``jieba`` tokenizer is never touched, so a user's own jieba set-up
and ours do not leak into each other. Regex rules run on characters; tokens
serve the NER pass, the dictionaries and the word-boundary check below.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator
from pathlib import Path

import jieba

from .rules import read_tsv

log = logging.getLogger(__name__)
_USER_WORD_FREQ = 200_000
_WINDOW = 6


def build_tokenizer(gazetteer: Path | None) -> jieba.Tokenizer:
    """A fresh ``jieba.Tokenizer`` with every gazetteer surface added as a word."""
    jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    if gazetteer is not None and gazetteer.is_file():
        for row in read_tsv(gazetteer, ("surface", "canonical", "label")):
            tokenizer.add_word(row["surface"], freq=_USER_WORD_FREQ)
    return tokenizer


def tokens(tokenizer: jieba.Tokenizer, text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for each token of ``text``."""
    return list(tokenizer.tokenize(text, HMM=False))


def on_word_boundaries(tokenizer: jieba.Tokenizer, clean: str, start: int, end: int) -> bool:
    """Whether words start at ``start`` and end at ``end`` (segmenting a small window).

    Used for candidates that begin with a Chinese numeral, which can be part of
    another word (统一, 唯一, 一元化, 一米阳光).
    """
    lo = max(0, start - _WINDOW)
    window = clean[lo:end + _WINDOW]
    bounds = {b + lo for _, s, e in tokenizer.tokenize(window, HMM=False) for b in (s, e)}
    return start in bounds and end in bounds


# -- part-of-speech tags -------------------------------------------------------------------
# What ``jieba.posseg.POSTokenizer.cut(text, HMM=False)`` yields, without importing
# jieba.posseg: that module builds a second, global tagger (the whole dictionary again,
# plus its HMM tables) at import, which doubled the time to build a pipeline.

_TAG_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_TAG_SKIP = re.compile(r"(\r\n|\s)")
_ALNUM_CHAR = re.compile("^[a-zA-Z0-9]$")
_ALNUM = re.compile("[a-zA-Z0-9]+")
_DIGITS = re.compile(r"[\.0-9]+")


def load_word_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """The part-of-speech tag of every word of the tokenizer's main dictionary
    (lines ``word frequency tag``; split at once rather than line by line)."""
    with tokenizer.get_dict_file() as fh:
        fields = fh.read().decode("utf-8").split()
    if len(fields) % 3:
        raise ValueError(f"{getattr(fh, 'name', 'the jieba dictionary')}: every line must be "
                         "'word frequency tag'")
    tags = dict(zip(fields[0::3], fields[2::3], strict=True))
    tags.update(tokenizer.user_word_tag_tab)  # words added with a tag of their own
    return tags


def tagged_words(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                 text: str) -> Iterator[tuple[str, str]]:
    """``(word, tag)`` pairs covering ``text``, as jieba.posseg's cut with HMM off."""
    for block in _TAG_BLOCK.split(text):
        if not block:
            continue
        if _TAG_BLOCK.match(block):
            yield from _tagged_block(tokenizer, tags, block)
            continue
        for piece in _TAG_SKIP.split(block):
            if _TAG_SKIP.match(piece):
                yield piece, "x"
                continue
            for ch in piece:
                if _DIGITS.match(ch):
                    yield ch, "m"
                elif _ALNUM.match(piece):
                    yield ch, "eng"
                else:
                    yield ch, "x"


def best_route(tokenizer: jieba.Tokenizer, block: str) -> list[tuple[float, int]]:
    """jieba's best segmentation route of ``block`` (``route[i][1]`` is the last index of
    the word starting at ``i``): the same result as ``get_DAG`` followed by ``calc``, in
    one loop without the intermediate DAG (about 40 % less time on report text)."""
    freq = tokenizer.FREQ
    logtotal = math.log(tokenizer.total)
    n = len(block)
    route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best: tuple[float, int] | None = None
        i, frag = idx, block[idx]
        while i < n and frag in freq:  # freq holds every prefix of a word (count 0)
            count = freq[frag]
            if count:
                cand = (math.log(count) - logtotal + route[i + 1][0], i)
                if best is None or cand > best:
                    best = cand
            i += 1
            frag = block[idx:i + 1]
        if best is None:  # no word starts here: the character alone
            best = (math.log(freq.get(block[idx]) or 1) - logtotal + route[idx + 1][0], idx)
        route[idx] = best
    return route


def _tagged_block(tokenizer: jieba.Tokenizer, tags: dict[str, str],
                  block: str) -> Iterator[tuple[str, str]]:
    route = best_route(tokenizer, block)
    x, buf = 0, ""
    while x < len(block):
        y = route[x][1] + 1
        word = block[x:y]
        if _ALNUM_CHAR.match(word):
            buf += word
        else:
            if buf:
                yield buf, "eng"
                buf = ""
            yield word, tags.get(word, "x")
        x = y
    if buf:
        yield buf, "eng"

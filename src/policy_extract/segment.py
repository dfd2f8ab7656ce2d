"""Segmentation stage: a project-owned jieba tokenizer with the gazetteer as user dictionary.

The global ``jieba`` tokenizer is never touched, so a user's own jieba set-up
and ours do not leak into each other. Regex rules run on characters; tokens
serve the NER pass, the dictionaries and the word-boundary check below.
"""

from __future__ import annotations

import logging
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

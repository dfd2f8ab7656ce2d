"""Static subword vectors for the spaCy NER, learned from raw text with floret.

floret's skipgram over text written one token a space-separated word, in floret mode
(hashed subwords: a word's characters and character pairs with ``<`` ``>`` boundary
marks, so a word never seen still gets a vector from its characters), saved in floret's
text format and converted with ``spacy init vectors zh VECTORS.floret OUT --mode floret``.
The tokens are single characters (``"char"``, the default and what the shipped model's
vectors were learned from: floret then builds a jieba word's vector from the vectors of
its characters) or jieba's words (``"jieba"``; not measured leaving one document out,
so it does not ship).

The sample (:func:`sample_text`) is deterministic: every ``step``-th file of the folders in
sorted order, each cut to ``max_chars``. Only raw text is read, never labels; the
project uses ``../shared/bulk`` (laws and news transcripts), which holds none of the
gold's documents.

``floret`` is needed only to build the vectors (``pip install floret``); the model that
ships carries them inside its ``vocab``.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>\n]{0,200}>")


@dataclass(frozen=True)
class VectorSettings:
    """floret's settings (those of ``configs/vectors.cfg``' ``[floret]`` section)."""

    dim: int = 64
    bucket: int = 20000
    minn: int = 1
    maxn: int = 2
    epoch: int = 3
    ws: int = 5
    min_count: int = 5
    hash_count: int = 2


SEGMENTERS = ("jieba", "char")


def char_tokens(line: str) -> str:
    """A line written one character a token (what floret reads): whitespace dropped,
    HTML tags removed, e.g. ``"省 政府<b>工作</b>"`` -> ``"省 政 府 工 作"``."""
    return " ".join(_SPACE.sub("", _TAG.sub("", line)))


def word_tokens(line: str) -> str:
    """A line written one jieba word a token (the words spaCy's zh tokenizer with
    ``segmenter = "jieba"`` gives), whitespace dropped and HTML tags removed."""
    import jieba
    return " ".join(jieba.lcut(_SPACE.sub("", _TAG.sub("", line))))


def tokens(line: str, segmenter: str) -> str:
    """``line`` as floret reads it, for the model's ``segmenter`` (:data:`SEGMENTERS`)."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; expected one of {SEGMENTERS}")
    return char_tokens(line) if segmenter == "char" else word_tokens(line)


def sample_files(folders: Iterable[Path], step: int) -> list[Path]:
    """Every ``step``-th ``.txt`` file of each folder, in sorted order (deterministic)."""
    out: list[Path] = []
    for folder in folders:
        files = sorted(p for p in Path(folder).rglob("*.txt") if p.is_file())
        out.extend(files[::step])
    return out


def sample_text(files: Iterable[Path], max_chars: int, segmenter: str = "char"
                ) -> Iterator[str]:
    """The lines (tokens of ``segmenter``) of each file, at most ``max_chars`` a file."""
    for path in files:
        left = max_chars
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            out = tokens(line[:left], segmenter)
            if out:
                yield out
            left -= len(line)
            if left <= 0:
                break


def write_sample(folders: Iterable[Path], out: Path, *, step: int = 4,
                 max_chars: int = 20000, segmenter: str = "char") -> int:
    """Write the training text of :func:`sample_text`; returns its characters (no spaces)."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for line in sample_text(sample_files(folders, step), max_chars, segmenter):
            fh.write(line + "\n")
            n += len(line.replace(" ", ""))
    return n


def train_floret(text: Path, out_prefix: Path, settings: VectorSettings) -> Path:
    """Train floret on ``text`` on one thread (floret takes no seed: its generator starts
    from a fixed state); writes ``out_prefix.floret``."""
    import floret  # only needed to build the vectors
    model = floret.train_unsupervised(
        str(text), model="skipgram", mode="floret", dim=settings.dim, bucket=settings.bucket,
        minn=settings.minn, maxn=settings.maxn, epoch=settings.epoch, ws=settings.ws,
        minCount=settings.min_count, hashCount=settings.hash_count, thread=1)
    path = out_prefix.with_suffix(".floret")
    model.save_floret_vectors(str(path))
    return path


def init_spacy_vectors(floret_path: Path, out: Path) -> None:
    """``spacy init vectors zh FLORET OUT --mode floret`` (a spaCy model folder)."""
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "zh", str(floret_path),
                    str(out), "--mode", "floret"], check=True)


def build(folders: list[Path], out: Path, *, step: int = 4, max_chars: int = 20000,
          segmenter: str = "char", settings: VectorSettings | None = None) -> Path:
    """Sample ``folders``, train floret, write the spaCy vectors folder ``out``; the
    sample and the ``.floret`` file are kept beside it (``out`` + ``.sample.txt``,
    ``.floret``)."""
    sample = out.with_name(out.name + ".sample.txt")
    n = write_sample(folders, sample, step=step, max_chars=max_chars, segmenter=segmenter)
    log.info("sample: %d characters from every %d-th file of %s", n, step,
             ", ".join(map(str, folders)))
    floret_path = train_floret(sample, out.with_name(out.name + ".chars"),
                               settings or VectorSettings())
    init_spacy_vectors(floret_path, out)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m policy_extract.vectors FOLDER... -o OUT``: character vectors for
    ``policy-extract train --vectors OUT``."""
    import argparse
    ap = argparse.ArgumentParser(prog="python -m policy_extract.vectors",
                                 description=main.__doc__)
    ap.add_argument("folders", nargs="+", type=Path, help="folders of raw .txt files")
    ap.add_argument("-o", "--out", type=Path, required=True, help="spaCy vectors folder")
    ap.add_argument("--step", type=int, default=4, help="every STEP-th file (default 4)")
    ap.add_argument("--max-chars", type=int, default=20000,
                    help="characters read per file at most (default 20000)")
    ap.add_argument("--segmenter", choices=SEGMENTERS, default="char",
                    help="tokens floret learns from: characters (default) or jieba words")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    build(args.folders, args.out, step=args.step, max_chars=args.max_chars,
          segmenter=args.segmenter)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

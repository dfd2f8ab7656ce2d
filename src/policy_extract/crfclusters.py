"""Word clusters learned from raw text, a feature of the CRF over the names (issue 10).

A word's cluster lets an unseen company, place or programme share a feature with seen
ones. The words are those the CRF reads (the rule pass's jieba words, HMM off:
segment.tagged_text) in ../shared/bulk's laws and ../shared/corpus's reports; each word
is described by the words seen right before and right after it (positive pointwise mutual
information over the most frequent neighbours, reduced to a few dimensions), and the
descriptions are grouped by k-means. ``python -m policy_extract.crfclusters build
--shared ../shared`` writes ``rules/crf_clusters.tsv`` (word, cluster id; the same bytes
each time for the same text), which the CRF reads when its templates hold ``wc``. Not
shipped: tried by benchmarks/crf_names.py --clusters, they did not help (README, "The CRF
over the names"). ``... chars`` clusters characters instead (``ccK`` templates, the
characters right before and after each in the bulk laws only: reproducible from
../shared/bulk, no report text), written to the same file with ``@`` before each
character (docs/models.md, "Character clusters"). Each command replaces only its own rows
(words, or ``@`` characters) and keeps the other's, so building the word clusters never
overwrites the shipped character clusters. The sealed sources (the
test split's and the documents being labelled: SEALED) are never read, nor any folder
but corpus/ and bulk/.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

CLUSTERS_FILE = "crf_clusters.tsv"
#: corpus files and bulk laws never read: the sources of the test documents and of the
#: documents being labelled (a whole file, not only its sealed lines)
SEALED = ("wuxi_xinwu_2019", "chongqing_2021", "shenzhen_qianhai_2019", "jiangxi_2022",
          "chongqing_2026", "guangxi_2026", "jiangsu_2026", "sichuan_2026", "tianjin_2020",
          "law_012a8912c7f0")
_CJK_WORD = re.compile("[\u4e00-\u9fff]+")
#: the words clustered (most frequent first), the neighbours describing them, dimensions
VOCABULARY, NEIGHBOURS, DIMENSIONS, CLUSTERS = 30_000, 2_000, 64, 256
#: the characters clustered (met this often), the neighbours describing them, the clusters
MIN_CHAR, CHAR_NEIGHBOURS, CHAR_CLUSTERS = 5, 3_000, 128
SEED = 20260515


def source_files(shared: Path) -> list[Path]:
    """The raw texts read, in a fixed order: the corpus's top-level .txt files and the
    bulk laws, the sealed ones left out (messy/ and the news transcripts are not read)."""
    files = sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "bulk").glob("law_*.txt"))
    return [f for f in files if not f.name.startswith(SEALED)
            and f.name not in ("README.md", "PROVENANCE.md")]


def word_lines(files: Iterable[Path], tokenizer: Any, tags: dict[str, str]
               ) -> Iterator[list[str]]:
    """The words of each line of ``files`` (segment.tagged_text), blanks dropped."""
    from .segment import tagged_text
    for f in files:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            words = [w for w, _ in tagged_text(tokenizer, tags, line) if not w.isspace()]
            if words:
                yield words


def neighbour_counts(lines: Iterable[list[str]]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each word occurs, and each (word, neighbour) pair: ``<x`` the word before,
    ``>x`` the word after, ``<^``/``>$`` a line's edge."""
    freq: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for words in lines:
        freq.update(words)
        padded = ["^", *words, "$"]
        for i, word in enumerate(words, 1):
            pairs[word, "<" + padded[i - 1]] += 1
            pairs[word, ">" + padded[i + 1]] += 1
    return freq, pairs


def clustered_words(freq: Counter[str]) -> list[str]:
    """The words clustered: the :data:`VOCABULARY` most frequent with a Chinese
    character, ties by the word."""
    words = [w for w in freq if _CJK_WORD.search(w)]
    return sorted(words, key=lambda w: (-freq[w], w))[:VOCABULARY]


def embed(words: Sequence[str], freq: Counter[str], pairs: Counter[tuple[str, str]],
          neighbours_kept: int = NEIGHBOURS) -> Any:
    """Each word's row: its PPMI with the ``neighbours_kept`` most frequent neighbours,
    projected on the :data:`DIMENSIONS` leading eigenvectors of their Gram matrix, then
    made of unit length."""
    import numpy as np
    neighbours: Counter[str] = Counter()
    for (_, n), k in pairs.items():
        neighbours[n] += k
    kept = sorted(neighbours, key=lambda n: (-neighbours[n], n))[:neighbours_kept]
    col = {n: j for j, n in enumerate(kept)}
    row = {w: i for i, w in enumerate(words)}
    m = np.zeros((len(words), len(kept)), dtype=np.float64)
    for (w, n), k in pairs.items():
        if w in row and n in col:
            m[row[w], col[n]] = k
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True) / total
    pn = m.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore"):
        ppmi = np.maximum(np.log(m / total / (pw * pn + 1e-300) + 1e-300), 0.0)
    ppmi[m == 0] = 0.0
    _, vectors = np.linalg.eigh(ppmi.T @ ppmi)
    x = ppmi @ vectors[:, ::-1][:, :DIMENSIONS]
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def kmeans(x: Any, k: int, rounds: int = 30) -> list[int]:
    """The cluster of each row of ``x`` (unit rows, cosine), k-means from ``k`` rows
    chosen with the fixed :data:`SEED`."""
    import numpy as np
    rng = np.random.default_rng(SEED)
    centres = x[rng.choice(len(x), size=k, replace=False)]
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(rounds):
        assign = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / max(np.linalg.norm(c), 1e-12)
    return [int(a) for a in assign]


def char_pairs(files: Iterable[Path]) -> Counter[tuple[str, str]]:
    """How often each character follows another in ``files`` (``^``/``$``: a line's edges)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for f in files:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            line = "^" + line.strip() + "$"
            pairs.update(zip(line[:-1], line[1:], strict=True))
    return pairs


def char_clusters(pairs: Counter[tuple[str, str]]) -> dict[str, str]:
    """``@char -> cluster id`` of the Chinese characters met :data:`MIN_CHAR` times or more,
    each described by the characters right before and after it (:func:`embed`'s PPMI and
    projection over the :data:`CHAR_NEIGHBOURS` most frequent, k-means into
    :data:`CHAR_CLUSTERS`): characters of place names (``岛峰昌泽珠甬``) or of a
    structure's name (``亭塔宫庙``) fall together, so a rare one shares a feature with the
    frequent ones."""
    freq: Counter[str] = Counter()
    sides: Counter[tuple[str, str]] = Counter()
    for (a, b), k in pairs.items():
        freq[a] += k
        sides[b, "<" + a] += k
        sides[a, ">" + b] += k
    chars = [c for c in sorted(freq, key=lambda c: (-freq[c], c))
             if _CJK_WORD.fullmatch(c) and freq[c] >= MIN_CHAR]
    assign = kmeans(embed(chars, freq, sides, CHAR_NEIGHBOURS), CHAR_CLUSTERS)
    return {"@" + c: str(a) for c, a in zip(chars, assign, strict=True)}


def read_clusters(path: Path) -> dict[str, str]:
    """``word -> cluster id`` of a clusters file (empty if there is none)."""
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, cluster = line.split("\t")
            out[word] = cluster
    return out


def build(shared: Path, rules: Path, max_files: int | None = None) -> dict[str, str]:
    """The clusters of the words of ``shared``'s raw text, with the rule pass of ``rules``."""
    from .names import NameRulePass
    names = NameRulePass(rules_dir=rules)
    files = source_files(shared)[:max_files]
    freq, pairs = neighbour_counts(word_lines(files, names.tokenizer, names.tags))
    words = clustered_words(freq)
    assign = kmeans(embed(words, freq, pairs), CLUSTERS)
    print(f"{len(files)} files, {sum(freq.values())} words, {len(words)} clustered",
          file=sys.stderr)
    return {w: str(a) for w, a in zip(words, assign, strict=True)}


def merged_rows(existing: dict[str, str], clusters: dict[str, str],
                characters: bool) -> dict[str, str]:
    """``clusters`` (one command's rows: ``@`` characters or words) with the rows of the
    other kind kept from ``existing`` (the file's rows before)."""
    kept = {w: c for w, c in existing.items() if w.startswith("@") != characters}
    return {**kept, **clusters}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_extract.crfclusters",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("build", "chars"),
                        help=f"build: the word clusters; chars: the character clusters "
                             f"(the laws of bulk/ only); each replaces its own rows of "
                             f"rules/{CLUSTERS_FILE} and keeps the other's")
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the folder with corpus/ and bulk/ (default ../shared)")
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the checkout (rules/); default the current folder")
    parser.add_argument("--max-files", type=int, default=None,
                        help="read only the first N files (for a quick look)")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"write here instead of rules/{CLUSTERS_FILE}")
    args = parser.parse_args(argv)
    if args.command == "chars":
        laws = [f for f in source_files(args.shared) if f.parent.name == "bulk"]
        clusters = char_clusters(char_pairs(laws[:args.max_files]))
    else:
        clusters = build(args.shared, args.root / "rules", args.max_files)
    out = args.out or args.root / "rules" / CLUSTERS_FILE
    rows = merged_rows(read_clusters(out), clusters, args.command == "chars")
    kinds = [kind for kind, there in
             (("build", any(not w.startswith("@") for w in rows)),
              ("chars", any(w.startswith("@") for w in rows))) if there]
    out.write_text(
        "# Clusters for the CRF over the names (words, and characters after @): "
        + ", ".join(f"`python -m policy_extract.crfclusters {k}`" for k in kinds) + "\n"
        + "".join(f"{w}\t{c}\n" for w, c in sorted(rows.items())), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Facts indicator errors by the structure at their start and end (not a unit test).

    python benchmarks/indicator_starts.py ERRORS.jsonl [-v N]

ERRORS.jsonl is the ``--errors`` file of ``policy-extract score --facts`` (measure_dev.sh's
``facts-errors.jsonl``: the readable train documents only). Each paired fact whose
indicator differs is split into its start and its end: the words the gold indicator has in
front that the predicted one lacks (``lost``) or the predicted one has that gold lacks
(``extra``), and the same at the end. Each piece is classed by its structure, not its
string: where both starts are found in the text before the value, the piece is the text
between them (so a comma, a 、 or a bracket between the two starts shows), else the string
difference; each piece is also told by where the value stands (``value first``: the
indicator is read to its right, 3个重点项目开工; ``value last``). Classes, first that fits: 其中, parenthesis, comma-topic (a ， ： ； between),
list (、), period word, place, 的-phrase, total/scope word, number/quantity word, verb (the
piece's first word by jieba), noun. ``-v N`` prints N examples of each class (development
text only: never run it on an errors file of test documents).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import jieba.posseg as pseg

from policy_extract.factscore import _indicator_shape

_PERIOD = re.compile(r"(?:\d{4}|今|去|上|全|当|同)年|年末|年底|年初|期末|期间|时期|以来|季度|半年|[1-9一二三四五六七八九十]+月|十[一二三四五]五")
_PLACE_END = re.compile(r"(?:省|市|县|区|州|旗|镇|乡|村|街道|盟)$")
_PLACE_WORD = re.compile(r"^(?:全|本|我|各)(?:省|市|县|区|州|旗|镇|乡|盟)")
_TOTAL = re.compile(r"累计|合计|总|全部|共|人均|新增|全年|规模以上")
_QUANT = re.compile(r"[0-9０-９.%]|[个家项户所座条名人万亿千百十]+$")
_CLAUSE = re.compile(r"[，,：:；;。]")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _start_pieces(gold: str, pred: str) -> tuple[str, str]:
    """The front words gold has that pred lacks and pred has that gold lacks."""
    # align on the longest common substring: what lies before it in each is the start
    best, gi, pi = 0, 0, 0
    for i in range(len(gold)):
        for j in range(len(pred)):
            n = _common_prefix(gold[i:], pred[j:])
            if n > best:
                best, gi, pi = n, i, j
    if best < 2:
        return gold, pred
    return gold[:gi], pred[:pi]


def _end_pieces(gold: str, pred: str) -> tuple[str, str]:
    lost, extra = _start_pieces(gold[::-1], pred[::-1])
    return lost[::-1], extra[::-1]


def _text_between(text: str, value_start: int, gold: str, pred: str) -> str | None:
    """The text between the two starts when both are found before the value."""
    window = max(0, value_start - 200)
    before = text[window:value_start]
    gs, ps = before.rfind(gold[:3]), before.rfind(pred[:3])
    if gs < 0 or ps < 0 or gs == ps:
        return None
    return before[min(gs, ps):max(gs, ps)]


def _value_first(text: str, value_end: int, gold: str, pred: str) -> bool:
    """Whether the indicator is read to the right of its value (3个重点项目开工)."""
    after = text[value_end:value_end + 40]
    return any(0 <= after.find(s[:2]) <= 4 for s in (gold, pred) if len(s) >= 2)


def _place(piece: str) -> bool:
    return bool(_PLACE_WORD.match(piece) or _PLACE_END.search(piece)
                or any(flag == "ns" for _, flag in pseg.cut(piece)))


#: the classes of a piece, first that fits
_CLASSES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("其中", lambda p: "其中" in p),
    ("parenthesis", lambda p: bool(re.search(r"[（()）【】]", p))),
    ("comma-topic", lambda p: bool(_CLAUSE.search(p))),
    ("list 、", lambda p: "、" in p),
    ("period word", lambda p: bool(_PERIOD.search(p))),
    ("place", _place),
    ("的-phrase", lambda p: "的" in p),
    ("total/scope word", lambda p: bool(_TOTAL.search(p))),
    ("number/quantity word", lambda p: bool(_QUANT.search(p))),
    ("verb", lambda p: next(iter(pseg.cut(p)), None) is not None
     and next(iter(pseg.cut(p))).flag.startswith("v")),
)


def classify(piece: str) -> str:
    """The structure of a piece of indicator or text (first class that fits)."""
    return next((name for name, fits in _CLASSES if fits(piece)), "noun/other")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("errors", type=Path)
    ap.add_argument("-v", type=int, default=0, help="examples per class")
    args = ap.parse_args()
    texts: dict[str, str] = {}
    relations: Counter[str] = Counter()
    table: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for line in args.errors.open(encoding="utf-8"):
        row = json.loads(line)
        if row["kind"] != "fields" or "indicator" not in row["fields"]:
            continue
        gold, pred = row["gold"]["indicator"], row["pred"]["indicator"]
        relations[_indicator_shape(gold, pred)] += 1
        if row["source"] not in texts:
            texts[row["source"]] = Path(row["source"]).read_text(encoding="utf-8")
        text = texts[row["source"]]
        order = "value first" if _value_first(text, row["value_end"], gold, pred) \
            else "value last"
        lost, extra = _start_pieces(gold, pred)
        if lost or extra:
            between = _text_between(text, row["value_start"], gold, pred)
            side = "start lost" if lost and not extra else "start extra" if extra and not lost \
                else "start both"
            key = (order, side, classify(between if between is not None else lost + extra))
            table[key] += 1
            examples[key].append(f"G {gold} | P {pred}")
        lost, extra = _end_pieces(gold, pred)
        if lost or extra:
            side = "end lost" if lost and not extra else "end extra" if extra and not lost \
                else "end both"
            key = (order, side, classify(lost + extra))
            table[key] += 1
            examples[key].append(f"G {gold} | P {pred}")
    print("indicator errors by relation:", sum(relations.values()))
    for rel, n in relations.most_common():
        print(f"  {rel:16} {n:4}")
    print("\n| value | side | structure | n |\n|---|---|---|---|")
    for key, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {' | '.join(key)} | {n} |")
        for ex in examples[key][:args.v]:
            print("      ", ex)


if __name__ == "__main__":
    main()

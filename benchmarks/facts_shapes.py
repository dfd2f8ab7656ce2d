"""Facts periods and status on whole 2026 work reports of other shapes (not a unit test).

    python benchmarks/facts_shapes.py make OUT      # the reports, reshaped, with projected gold
    policy-extract run OUT -o RUN --ref-dates OUT/REF_DATES.tsv -q --force
    python benchmarks/facts_excerpts.py score OUT RUN [-v]

The unsealed whole 2026 reports of ../shared/corpus (海南, 广东, 浙江, 陕西, 西藏; 重庆 before
line 27, 广西 before line 32; never 江苏, 甘肃, 四川) carry the train facts gold of their excerpts
(d01-d49, matched line by line; never d50-d58, d09, d12, d13). ``make`` writes each report
whole and in other shapes whose gold stays as written: the review of 2025 and of the five
years swapped, split under two headings, without heading, cut from the heading, each under a
sub-heading that is its first sentence (``swap``, ``split``, ``splitswap``, ``nohead``,
``cut``, ``cutswap``, ``subs``, ``subsswap``); interleaved topic by topic
(浙江: a year paragraph then a five-year one, or both in one paragraph, either order; 海南:
the year's and the five years' topics alternating, or each year topic ending with the five
years' opener: ``inter``, ``merged``, ``mergedF``, ``merged25``, ``interF``); the task
part's heading in seven forms, the targets' 今年 written 2026年全省 (``h1``-``h7``, ``-year``).
Score with facts_excerpts.py (period and status over facts paired by span).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_excerpts import _train  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
#: report -> (file, lines kept (None: all), its train excerpts)
REPORTS = {"hainan": ("hainan_2026_gov_work_report.txt", None, ["d18", "d33", "d29", "d43", "d47"]),
           "guangdong": ("guangdong_2026_gov_work_report.txt", None, ["d24", "d30", "d45", "d44"]),
           "zhejiang": ("zhejiang_2026_gov_work_report.txt", None, ["d02", "d35", "d31"]),
           "shaanxi": ("shaanxi_2026_gov_work_report.txt", None, ["d26", "d37", "d28"]),
           "xizang": ("xizang_2026_gov_work_report.txt", None, ["d27", "d34"]),
           "chongqing": ("chongqing_2026_gov_work_report.txt", 26, ["d20"]),
           "guangxi": ("guangxi_2026_gov_work_report.txt", 31, ["d21"])}
#: the review's heading line, its year block and its five-year block (1-based, inclusive)
SECTIONS = {"hainan": (6, (7, 21), (22, 79)), "guangdong": (7, (8, 20), (21, 40)),
            "zhejiang": (17, (18, 30), (31, 39)), "shaanxi": (21, (22, 31), (32, 34)),
            "xizang": (17, (18, 30), (31, 39))}
#: the task part's heading line and the line announcing the year's targets
TASKS = {"hainan": (106, 110), "guangdong": (60, None), "zhejiang": (57, 59),
         "shaanxi": (42, 44), "xizang": (49, 51)}
TASK_HEADINGS = ["三、2026年工作总体要求和重点任务", "三、今年工作的总体要求和重点任务",
                 "三、扎实做好2026年经济社会发展工作", "三、2026年政府工作的总体要求和主要任务",
                 "三、关于2026年工作", "三、全力做好2026年各项工作", "三、2026年经济社会发展的主要目标和任务"]
_NUM = "一二三四五六七八九十"

Segment = "str | tuple[int, int, int | None]"  # literal text, or (line, from, to) of the report


class Report:
    def __init__(self, name: str, train: dict) -> None:
        file, keep, parts = REPORTS[name]
        self.lines = (CORPUS / file).read_text(encoding="utf-8").split("\n")[:keep]
        self.facts: dict[int, list[tuple[int, dict]]] = {}  # line -> (offset in it, fact)
        for part in parts:
            text, facts = next(v for k, v in train.items() if k.startswith(f"dev-{part}-"))
            for f in facts:
                a = text.rfind("\n", 0, f["value_start"]) + 1
                b = text.find("\n", a)
                line = text[a:b if b >= 0 else len(text)]
                n = self.lines.index(line) + 1 if line in self.lines else 0
                if n:
                    self.facts.setdefault(n, []).append((f["value_start"] - a, f))

    def build(self, paragraphs: list[list]) -> tuple[str, list[dict]]:
        out, facts, pos = [], [], 0
        for para in paragraphs:
            buf = ""
            for seg in para:
                if isinstance(seg, str):
                    buf += seg
                    continue
                n, a, b = seg
                line = self.lines[n - 1]
                b = len(line) if b is None else b
                for off, f in self.facts.get(n, []):
                    if a <= off and off + f["value_end"] - f["value_start"] <= b:
                        s = pos + len(buf) + off - a
                        facts.append(dict(f, value_start=s, value_end=s + f["value_end"] - f["value_start"]))
                buf += line[a:b]
            out.append(buf)
            pos += len(buf) + 1
        return "\n".join(out), facts

    def whole(self, lines: range | list[int]) -> list[list]:
        return [[(n, 0, None)] for n in lines]

    def cut_at(self, n: int, mark: str = "。") -> int:
        return self.lines[n - 1].index(mark) + 1


def _renumber(line: str, k: int) -> str:
    m = re.match(f"^([{_NUM}]+)、", line)
    if not m or not k or len(line) > 40 or not re.search("十五五|2026|政府自身", line):
        return line
    return _NUM[_NUM.index(m.group(1)) + k] + line[len(m.group(1)):]


def _sections(r: Report, name: str, shape: str) -> list[list]:
    h, (ya, yb), (fa, fb) = SECTIONS[name]
    pre, year, five = list(range(1, h)), list(range(ya, yb + 1)), list(range(fa, fb + 1))
    post = list(range(fb + 1, len(r.lines) + 1))
    both = "一、“十四五”时期和2025年工作回顾"
    order = {"subs": [], "subsswap": [], "swap": pre + [both] + five + year, "nohead": pre + year + five,
             "swapnohead": pre + five + year, "cut": [h] + year + five, "cutswap": [both] + five + year,
             "split": pre + ["一、2025年工作回顾"] + year + ["二、“十四五”时期发展成就"] + five,
             "splitswap": pre + ["一、“十四五”时期发展成就"] + five + ["二、2025年工作回顾"] + year}[shape]
    k = int(shape.startswith("split"))
    if shape in ("subs", "subsswap"):  # sub-headings as the first sentences of the blocks
        ys = [["（一）2025年主要工作。", (ya, 0, None)]] + r.whole(year[1:])
        fs = [["（二）“十四五”时期发展成就。", (fa, 0, None)]] + r.whole(five[1:])
        return r.whole(pre + [h]) + (ys + fs if shape == "subs" else fs + ys) + r.whole(post)
    return [[x] if isinstance(x, str) else [(x, 0, None)] for x in order] + [
        [_renumber(r.lines[n - 1], k)] if _renumber(r.lines[n - 1], k) != r.lines[n - 1]
        else [(n, 0, None)] for n in post]


def _zhejiang(r: Report, shape: str) -> list[list]:
    paras = r.whole(range(1, 19))
    five = list(range(33, 38))
    for k, y in enumerate(range(19, 29)):
        c = r.cut_at(y)
        topic, year = [(y, 0, c)], ["过去一年，", (y, c, None)]
        fives = ["五年来，", (five[k], 2, None)] if k < len(five) else []
        paras += {"inter": [topic + year] + ([fives] if fives else []), "merged": [topic + year + fives],
                  "mergedF": [topic + fives + year],
                  "merged25": [topic + fives + ["2025年，", (y, c, None)]]}[shape]
    return paras + r.whole(range(29, 33)) + r.whole(range(38, len(r.lines) + 1))


def _hainan(r: Report, shape: str) -> list[list]:
    paras = r.whole(range(1, 8))
    starts = [23, 29, 37, 43, 49, 57, 69, 78]
    for k in range(7):
        year, five = [8 + 2 * k, 9 + 2 * k], list(range(starts[k], starts[k + 1]))
        if shape == "merged":  # the year's topic ends with the five years' opener
            paras += [[(year[0], 0, None), (year[1], 0, None), (five[0], 0, None)]] + r.whole(five[1:])
        else:
            paras += r.whole(year) + r.whole(five) if shape == "inter" else r.whole(five) + r.whole(year)
    return paras + [[(22, 0, None)]] + r.whole(range(78, len(r.lines) + 1))


def _tasks(r: Report, name: str, heading: str, year: bool) -> list[list]:
    h, t = TASKS[name]
    paras = []
    for n in range(1, len(r.lines) + 1):
        k = r.lines[n - 1].find("今年") if n == t and year else -1
        paras.append([heading] if n == h else [(n, 0, k), "2026年全省", (n, k + 2, None)] if k >= 0
                     else [(n, 0, None)])
    return paras


def make(out: Path) -> None:
    train = _train()
    docs: dict[str, tuple[str, list]] = {}
    for name in REPORTS:
        r = Report(name, train)
        docs[f"{name}-whole"] = r.build(r.whole(range(1, len(r.lines) + 1)))
        if name in SECTIONS:
            for shape in ("swap", "nohead", "swapnohead", "split", "splitswap", "cut", "cutswap",
                          "subs", "subsswap"):
                docs[f"{name}-{shape}"] = r.build(_sections(r, name, shape))
            for k, heading in enumerate(TASK_HEADINGS, 1):
                for year in (False, True):
                    docs[f"{name}-h{k}{'-year' * year}"] = r.build(_tasks(r, name, heading, year))
        for shape in ("inter", "merged", "mergedF", "merged25") if name == "zhejiang" else \
                ("inter", "interF", "merged") if name == "hainan" else ():
            docs[f"{name}-{shape}"] = r.build((_zhejiang if name == "zhejiang" else _hainan)(r, shape))
    out.mkdir(parents=True, exist_ok=True)
    rows = ["doc_id\tref_date\twhy"]
    for name, (text, facts) in docs.items():
        assert all(text[f["value_start"]:f["value_end"]] == f["value_text"] for f in facts), name
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{name}\t2026-01\tshapes")
    (out / "REF_DATES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    gold = {name: facts for name, (_, facts) in docs.items()}
    (out / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    print(f"{len(docs)} reports, {sum(map(len, gold.values()))} facts in {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "make":
        sys.exit(__doc__)
    make(Path(sys.argv[2]))

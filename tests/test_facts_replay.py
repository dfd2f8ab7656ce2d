"""benchmarks/facts_replay.py: find_facts of a commit and of the checkout replayed on the
pipeline's own inputs, the texts whose facts differ counted (S48b; run in a process of its
own: the script wraps the pipeline's find_facts while it reads)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: made-up report lines: two figures each, one text without any (no facts, still replayed)
TEXTS = {"report_2024.txt": "全县今年新建农村公路120公里，新增就业岗位3500个。\n",
         "plan_2025.txt": "到2025年，全市地区生产总值增长6%左右，新建学校12所。\n",
         "note_2023.txt": "加强组织领导，压实工作责任。\n"}


def test_replay_same_output(tmp_path: Path) -> None:
    corpus, shared = tmp_path / "corpus", tmp_path / "shared"
    corpus.mkdir()
    (shared / "bulk").mkdir(parents=True)
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "BENCH_CORPUS": str(corpus), "BENCH_SHARED": str(shared),
           "BENCH_LEAVE_OUT": "",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "facts_replay.py"), "HEAD",
                          "--rounds", "1", "--clauses"], env=env, capture_output=True, text=True,
                         check=True, timeout=600, cwd=ROOT).stdout
    found = re.search(r"find_facts replayed on (\d+) texts \((\d+) facts\), least of 1: HEAD "
                     r"[\d.]+ s, checkout [\d.]+ s: ×[\d.]+; (\d+) texts with other facts", out)
    assert found, out
    texts, facts, changed = map(int, found.groups())
    assert texts == 3  # every text the pipeline hands the stage, the one without figures too
    assert facts >= 4  # two figures a line in two texts
    assert changed == 0  # HEAD's src is the checkout's unless the checkout is edited
    # --clauses (S49a): two clauses of one figure each in each of the two texts with figures
    by_facts = dict(map(int, m) for m in re.findall(r"clauses of (\d+) facts: +(\d+),", out))
    assert by_facts.get(1, 0) >= 4, out
    later = re.search(r"facts after their clause's first: (\d+) of (\d+)", out)
    assert later and int(later.group(2)) == facts, out


def test_clause_lines_bound() -> None:
    """The bound a shared reading has: a clause of 2 facts gives half its time, of 3 two
    thirds; clauses of one fact give none."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from facts_replay import clause_lines

    lines = clause_lines({1: (10, 0.001), 2: (5, 0.001), 3: (1, 0.0003)})
    assert lines[0].startswith("  clauses of 1 facts:    10,    100 µs a clause,    100 µs a fact")
    assert lines[1].endswith("    100 µs a fact")  # 200 µs a clause of two
    # later facts: 5 + 2 of 10 + 10 + 3; their time 0.0005 + 0.0002 of 0.0023 s
    assert lines[-1] == "  facts after their clause's first: 7 of 23, 30.4% of the clauses' time"

"""A/B of the facts stage alone (``facts.find_facts``) between an earlier commit and the
checkout, replayed on the same inputs in one process (not a unit test).

    python benchmarks/facts_replay.py COMMIT [--rounds N] [--bulk-files N]

The checkout's pipeline (``Pipeline(facts="rules")``, as ``run --no-ner``) reads the 29
corpus files and the first 100 bulk files (as ``bench.py``) once, and the inputs it hands
``find_facts`` (text, mentions, sentences, reference date, document context, tokenizer) are
kept. The commit's ``src/`` and ``rules/`` are imported under another package name (as
``ab.py`` does) and its ``find_facts`` is called on the same inputs with its own vocabulary:
the two must give the same facts for every text (the texts that differ are counted; a
change meant to keep the output keeps it at 0). Then each text is timed alternately with the
two, the least CPU time of the rounds per text is summed. The stage measured alone: ``ab.py
--facts`` times the whole pipeline, of which the facts stage is a tenth, so a cut of the
stage by 5 % moves that ratio by half a percent, inside its noise (S48b). Both calls share
the checkout's Mention and DocContext objects: a commit whose ``find_facts`` reads fields
they lack cannot be replayed.

``--clauses`` then times the checkout's ``_clause_facts`` (the reading of one clause with
figures) by the number of facts it made, and says what a reading shared by a clause's
figures could save at most: the time of the facts after each clause's first (S49a).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ab import import_commit, least_of_rounds  # noqa: E402
from bench import CORPUS, SHARED, files_of, texts_of  # noqa: E402

Call = tuple[tuple[Any, ...], dict[str, Any]]


def captured_calls(texts: list[str]) -> list[Call]:
    """The arguments of each ``find_facts`` call the checkout's pipeline makes on ``texts``."""
    import policy_extract.pipeline as pipeline

    calls: list[Call] = []
    find = pipeline.find_facts

    def keep(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return find(*args, **kwargs)

    pipeline.find_facts = keep
    try:
        runner = pipeline.Pipeline(facts="rules")
        for text in texts:
            runner.extract(text)
    finally:
        pipeline.find_facts = find
    return calls


def clause_costs(calls: list[Call], rounds: int) -> dict[int, tuple[int, float]]:
    """The checkout's ``_clause_facts`` on ``calls``' texts, by the number of facts a clause
    made: (clauses, their least CPU time of ``rounds`` replays summed, in s); the collector
    off while timing."""
    import gc
    import time

    import policy_extract.facts as facts

    read = facts._clause_facts
    best: dict[int, tuple[int, float]] = {}  # the clause's place in a round -> facts, s
    seen = 0

    def timed(*args: Any) -> Any:
        nonlocal seen
        t0 = time.process_time()
        out = read(*args)
        dt = time.process_time() - t0
        n, was = best.get(seen, (len(out), dt))
        best[seen] = (n, min(was, dt))
        seen += 1
        return out

    facts._clause_facts = timed
    gc.disable()
    try:
        for _ in range(rounds):
            seen = 0
            for args, kwargs in calls:
                facts.find_facts(*args, **kwargs)
            gc.collect()
    finally:
        facts._clause_facts = read
        gc.enable()
    table: dict[int, tuple[int, float]] = {}
    for n, dt in best.values():
        count, total = table.get(n, (0, 0.0))
        table[n] = (count + 1, total + dt)
    return table


def clause_lines(table: dict[int, tuple[int, float]]) -> list[str]:
    """``table`` (clause_costs) as lines: per number of facts a clause made, its clauses and
    µs a clause and a fact; then the facts after each clause's first and their share of the
    clauses' time, a clause's time shared evenly by its facts (what any reading shared by a
    clause's figures could save, at most)."""
    lines = []
    for n in sorted(table):
        count, total = table[n]
        lines.append(f"  clauses of {n} facts: {count:5d}, {total / count * 1e6:6.0f} µs a clause, "
                     f"{total / count / max(n, 1) * 1e6:6.0f} µs a fact")
    facts = sum(n * count for n, (count, _) in table.items())
    later = sum((n - 1) * count for n, (count, _) in table.items() if n > 1)
    whole = sum(total for _, total in table.values())
    later_time = sum(total * (n - 1) / n for n, (_, total) in table.items() if n > 1)
    lines.append(f"  facts after their clause's first: {later} of {facts}, "
                 f"{later_time / whole if whole else 0:.1%} of the clauses' time")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", help="the earlier commit (hash, tag or branch)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bulk-files", type=int, default=100)
    parser.add_argument("--clauses", action="store_true",
                        help="then time the checkout's clauses by the facts each made")
    args = parser.parse_args(argv)
    import policy_extract.facts as new_facts

    texts = texts_of(files_of(CORPUS)) + texts_of(files_of(SHARED / "bulk", args.bulk_files))
    calls = captured_calls(texts)
    with tempfile.TemporaryDirectory() as tmp:
        _, base_rules = import_commit(args.commit, Path(tmp))
        base_facts: Any = importlib.import_module("base_pe.facts")
        base_vocab = base_facts.shared_fact_vocab(base_rules)

        def base(call: Call) -> tuple[Any, ...]:
            (text, mentions, sentences, _), kwargs = call[0][:4], call[1]
            return base_facts.find_facts(text, mentions, sentences, base_vocab, **kwargs)

        def new(call: Call) -> tuple[Any, ...]:
            return new_facts.find_facts(*call[0], **call[1])

        runs = {"base": base, "new": new}
        facts, changed = 0, 0
        for call in calls:
            ours = new(call)
            facts += len(ours)
            changed += list(map(repr, ours)) != list(map(repr, base(call)))
        best, _ = least_of_rounds([(i, i, call) for i, call in enumerate(calls)], runs,
                                  args.rounds)
    b = sum(v for (_, tag), v in best.items() if tag == "base")
    n = sum(v for (_, tag), v in best.items() if tag == "new")
    print(f"find_facts replayed on {len(calls)} texts ({facts:,} facts), least of {args.rounds}: "
          f"{args.commit} {b:.3f} s, checkout {n:.3f} s: ×{n / b:.3f}; "
          f"{changed} texts with other facts")
    if args.clauses:
        print(f"_clause_facts by the facts a clause made, least of {args.rounds}:")
        print("\n".join(clause_lines(clause_costs(calls, args.rounds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

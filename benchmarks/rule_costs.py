"""What each rule of rules/names.yaml and each step of the places stage cost the rule pass
(not a unit test).

    python benchmarks/rule_costs.py [corpus|bulk] [--top N] [--json OUT] [--compare REF]

Every step of the name pass (``names._STRATEGIES`` and ``names._AFTER_STEPS``) is timed per
rule (CPU time, its candidates drawn out), over the 29 corpus texts or the first 100 bulk
files (as ``bench.py``), warm (one pass first), the collector off, the least of 3 rounds
per rule. Each rule is shown with how it is tried: ``whole`` (a scan of the whole text),
``near`` (around its near word), ``reach`` (around its needed strings), ``place`` (after
the places), ``atplaces`` (where a place starts); ``check:`` before it where a check's step
runs it (an after-step reads other rules' names: ``whole`` there says only that no window
narrows its own scan, if it has one).

The places stage is timed the same way beside the rules (S43b; a change there made the pass
x3.7 slower in the forty-second session, which no cost of a rule showed): the pipeline's
calls into places.py (``local_candidates``, ``find_document_place``, ``link_mentions``,
``last_listed_places``, ``inside_towns``: mode ``places``, their sum the places stage) and
the steps of ``local_candidates`` as places.py calls them (the town lookup ``held_towns``,
``data_towns``, ``data_town``, ``town_county``, the county joins ``_join_own_counties``,
``held_short_names``, ...: mode ``places:step``, each with what it calls, so they overlap
the stage and each other), each a row named ``places.<function>``; a function an older
commit lacks is left out (``PYTHONPATH=old/src`` times an older commit with this script).

``--json OUT`` writes the figures (the pass, the steps, each rule's cost and mode) to
``OUT``; ``--compare REF`` reads such a file made before a change (at another commit, in its
own worktree or ``git archive``) and prints each rule's cost there and now side by side, the
``--top`` largest changes first (a rule in one file only marked ``new`` or ``gone``), after
the totals of both: what a change cost or saved, rule by rule, in one table (the least of 3
rounds each side; rules under 0.1 ms apart are noise at any load).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import CORPUS, SHARED, files_of, texts_of  # noqa: E402


def _mode(rule: Any) -> str:
    mode = ("place" if rule.starts else "near" if rule.near is not None
            else "reach" if rule.reach is not None else "atplaces" if rule.at_places
            else "whole")
    return f"check:{mode}" if rule.check is not None else mode


#: the pipeline's calls into places.py (looked up as pipeline.py's names): the places stage
PLACES_CALLS = ("local_candidates", "find_document_place", "link_mentions", "last_listed_places",
                "inside_towns")
#: the steps of places.local_candidates (looked up as places.py's globals by their callers)
PLACES_STEPS = ("_local_lookup", "held_short_names", "held_towns", "data_towns", "data_town",
                "town_county", "_towns_between", "_listed_wide_towns", "_join_own_counties",
                "_with_data_towns", "_with_held_towns", "_with_named_shorts")


def time_places(cost: dict[str, float]) -> dict[str, str]:
    """Wrap the places stage's calls and steps so that each call's CPU time is added to
    ``cost["places.<function>"]`` (a call inside another call of the same function counted
    once); returns each wrapped row's mode."""
    import policy_extract.pipeline as pipeline
    import policy_extract.places as places

    modes: dict[str, str] = {}
    for owner, names, mode in ((pipeline, PLACES_CALLS, "places"),
                               (places, PLACES_STEPS, "places:step")):
        for name in names:
            if hasattr(owner, name):
                setattr(owner, name, _timed_call(getattr(owner, name), f"places.{name}", cost))
                modes[f"places.{name}"] = mode
    return modes


def _timed_call(step: Callable[..., Any], key: str, cost: dict[str, float]
                ) -> Callable[..., Any]:
    depth = [0]

    @functools.wraps(step)
    def run(*a: Any, **k: Any) -> Any:
        if depth[0]:
            return step(*a, **k)
        depth[0] += 1
        t0 = time.process_time()
        try:
            return step(*a, **k)
        finally:
            cost[key] += time.process_time() - t0
            depth[0] -= 1
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="?", choices=("corpus", "bulk"), default="corpus")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--json", type=Path, metavar="OUT",
                        help="write the figures to OUT (what --compare reads)")
    parser.add_argument("--compare", type=Path, metavar="REF",
                        help="a --json file made before: each rule's cost there and now")
    args = parser.parse_args(argv)
    import policy_extract.names as names
    from policy_extract.pipeline import Pipeline

    texts = (texts_of(files_of(CORPUS)) if args.texts == "corpus"
             else texts_of(files_of(SHARED / "bulk", 100)))
    cost: dict[str, float] = defaultdict(float)

    def timed(step: Callable[..., Any]) -> Callable[..., Any]:
        def run(self: Any, *rest: Any) -> list[Any]:
            t0 = time.process_time()
            out = list(step(self, *rest))
            cost[rest[-1].id] += time.process_time() - t0  # the rule is the last argument
            return out
        return run

    for table in (names._STRATEGIES, names._AFTER_STEPS):
        for key, step in list(table.items()):
            table[key] = timed(step)  # type: ignore[index]
    places_modes = time_places(cost)
    pipeline = Pipeline(facts=None)
    rules = {r.id: r for r in pipeline.name_passes[0].data.rules}  # type: ignore[attr-defined]

    def mode(rid: str) -> str:
        return places_modes[rid] if rid in places_modes else _mode(rules[rid])
    for text in texts:  # warm: the memos of a first pass filled
        pipeline.extract(text)
    gc.disable()
    best: dict[str, float] = {}
    total = float("inf")
    for _ in range(3):
        cost.clear()
        t0 = time.process_time()
        for text in texts:
            pipeline.extract(text)
        total = min(total, time.process_time() - t0)
        best = {k: min(v, best.get(k, v)) for k, v in cost.items()}
    gc.enable()
    by_mode: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for rid, spent in best.items():
        by_mode[mode(rid)] += spent
        count[mode(rid)] += 1
    steps = sum(spent for rid, spent in best.items() if rid not in places_modes)
    figures = {"texts": args.texts, "pass_ms": total * 1000, "steps_ms": steps * 1000,
               "places_ms": by_mode["places"] * 1000,
               "rules": {rid: {"ms": spent * 1000, "mode": mode(rid)}
                         for rid, spent in best.items()}}
    if args.json is not None:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.compare is not None:
        ref = json.loads(args.compare.read_text(encoding="utf-8"))
        print("\n".join(compare_lines(ref, figures, args.top)))
        return 0
    print(f"{args.texts}: rule pass {total * 1000:.0f} ms (least of 3), its rules' steps "
          f"{steps * 1000:.0f} ms, the places stage {by_mode['places'] * 1000:.0f} ms")
    for kind, spent in by_mode.most_common():
        print(f"  {spent * 1000:7.1f} ms  {count[kind]:3d} {'steps' if kind.startswith('places') else 'rules'}  {kind}")
    for rid, spent in sorted(best.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {spent * 1000:7.1f} ms  {rid}  {mode(rid)}")
    return 0


def compare_lines(ref: dict[str, Any], now: dict[str, Any], top: int) -> list[str]:
    """The table ``--compare`` prints: the pass and the steps in ``ref`` and ``now`` (two
    ``--json`` figures) and the places stage where either holds it, then the ``top`` rules
    and places steps whose cost moved most (now - ref, in ms),
    a rule that only one holds read as 0 ms on the other side and marked ``new`` or
    ``gone``; the ratio now / ref where both ran the rule."""
    def row(name: str, before: float | None, after: float | None, note: str = "") -> str:
        diff = (after or 0.0) - (before or 0.0)
        ratio = f"x{after / before:.2f}" if before and after is not None else ""
        cells = ("-" if before is None else f"{before:.1f}", "-" if after is None else f"{after:.1f}")
        return f"| {name} | {cells[0]} | {cells[1]} | {diff:+.1f} | {ratio or note} |"
    lines = [f"{now['texts']}: the rule pass and each rule's steps, ms (least of 3 rounds)",
             "| | ref | now | now - ref | now / ref |", "|---|---:|---:|---:|---:|",
             row("(the rule pass)", ref["pass_ms"], now["pass_ms"]),
             row("(the rules' steps)", ref["steps_ms"], now["steps_ms"])]
    if "places_ms" in ref or "places_ms" in now:  # figures of an older script have none
        lines.append(row("(the places stage)", ref.get("places_ms"), now.get("places_ms")))
    before, after = ref["rules"], now["rules"]
    moved = sorted(set(before) | set(after), key=lambda rid: (
        -abs(after.get(rid, {}).get("ms", 0.0) - before.get(rid, {}).get("ms", 0.0)), rid))
    for rid in moved[:top]:
        old, new = before.get(rid), after.get(rid)
        lines.append(row(f"{rid} ({(new or old)['mode']})", None if old is None else old["ms"],
                         None if new is None else new["ms"],
                         "new" if old is None else "gone" if new is None else ""))
    return lines


if __name__ == "__main__":
    raise SystemExit(main())

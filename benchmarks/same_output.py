"""Whether a change left the pipeline's output identical (not a unit test).

    python benchmarks/same_output.py dump OUT.jsonl.gz      # at the branch start
    python benchmarks/same_output.py compare OUT.jsonl.gz   # after the change

Runs the default pipeline (rules for numbers, dates and names, the facts stage) on the
texts of gold/dev/train/*.jsonl and gold/seed.jsonl, the files of ../shared/corpus and
the first 100 files of ../shared/bulk (decoded and ordered as benchmarks/bench.py does),
and writes or compares, per text, every field of the extraction: its mentions, sentences,
facts and the fields a ``documents`` row is made of (reference date, place, period,
warnings). ``compare`` prints the first difference of each text that changed, not the
texts themselves (and of a file of ../shared, only where it differs: some are the sources
of the sealed test split). ``--crf`` runs the pipeline with the CRF over the names
(``run --crf``); ``--leave-out WORD`` leaves out the files of ../shared whose name holds
WORD (documents being labelled as fresh gold, whose output nobody may read), added to the
words of ``BENCH_LEAVE_OUT`` and applied before the limit of bulk files, as
``bench.files_of`` does for every benchmark script.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench import CORPUS, SHARED, add_leave_out, files_of, texts_of

ROOT = Path(__file__).resolve().parent.parent


def jsonl_texts(path: Path) -> Iterator[tuple[str, str]]:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            rec = json.loads(line)
            yield f"{path.name}:{rec.get('doc_id', i)}", rec["text"]


def all_texts(bulk_files: int, leave_out: Sequence[str] = ()) -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "gold" / "dev" / "train").glob("*.jsonl")):
        yield from jsonl_texts(path)
    yield from jsonl_texts(ROOT / "gold" / "seed.jsonl")
    for folder, limit in ((CORPUS, None), (SHARED / "bulk", bulk_files)):
        files = files_of(folder, limit, leave_out)
        for f, text in zip(files, texts_of(files), strict=False):
            yield f"{folder.name}/{f.name}", text


def outputs(bulk_files: int, crf: bool = False,
            leave_out: Sequence[str] = ()) -> Iterator[dict[str, object]]:
    from policy_extract.pipeline import build_pipeline

    pipeline = build_pipeline(crf=crf)
    for key, text in all_texts(bulk_files, leave_out):
        result = pipeline.extract(text)
        yield {"key": key, **json.loads(json.dumps(dataclasses.asdict(result), default=str))}


def first_difference(old: object, new: object, where: str = "") -> str | None:
    if type(old) is not type(new):
        return f"{where}: {old!r:.200} -> {new!r:.200}"
    if isinstance(old, dict):
        assert isinstance(new, dict)
        for k in sorted(old.keys() | new.keys()):
            if (d := first_difference(old.get(k), new.get(k), f"{where}.{k}")) is not None:
                return d
        return None
    if isinstance(old, list):
        assert isinstance(new, list)
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            if (d := first_difference(a, b, f"{where}[{i}]")) is not None:
                return d
        return None if len(old) == len(new) else f"{where}: {len(old)} -> {len(new)} items"
    return None if old == new else f"{where}: {old!r:.200} -> {new!r:.200}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("action", choices=("dump", "compare"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--bulk-files", type=int, default=100)
    ap.add_argument("--crf", action="store_true", help="with the CRF over the names")
    add_leave_out(ap)
    args = ap.parse_args(argv)
    if args.action == "dump":
        with gzip.open(args.path, "wt", encoding="utf-8") as fh:
            n = sum(fh.write(json.dumps(o, ensure_ascii=False) + "\n") > 0
                    for o in outputs(args.bulk_files, args.crf, args.leave_out))
        print(f"{n} texts written to {args.path}")
        return 0
    with gzip.open(args.path, "rt", encoding="utf-8") as fh:
        before = [json.loads(line) for line in fh]
    now = list(outputs(args.bulk_files, args.crf, args.leave_out))
    changed = [(o["key"], d) for o, n in zip(before, now, strict=False)
               if (d := first_difference(o, n)) is not None]
    if len(before) != len(now):
        changed.append(("*", f"{len(before)} texts -> {len(now)}"))
    for key, diff in changed:
        print(f"{key}{diff if '.jsonl:' in key else diff.split(':')[0]}")
    print(f"{len(now)} texts, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

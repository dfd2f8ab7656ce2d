"""Match for match: each numeric rule whose pattern (or needs_pattern) differs between an
earlier commit's rules and the checkout's, on the given texts (not a unit test).

    python benchmarks/same_matches.py COMMIT FILE_OR_FOLDER...

The commit's ``rules/`` are taken with ``git archive``; both rule sets are loaded, and every
numeric rule whose compiled source changed is run through ``numeric.iter_matches`` (with its
run plan, as the pipeline runs it) on the clean view of each text: spans and named groups must
be equal. Folders give their ``*.txt`` files. Exit status 1 when a text differs.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from policy_extract.numeric import iter_matches
from policy_extract.rules import Rule, load_rules
from policy_extract.textview import TextView

REPO = Path(__file__).resolve().parent.parent


def _matches(rule: Rule, clean: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict())
            for m in iter_matches(rule.pattern, clean, rule.id, rule.needs, rule.needs_pattern)]


def _source(rule: Rule) -> str | None:
    return None if rule.needs_pattern is None else rule.needs_pattern.pattern


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    files = [f for p in args.paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    with tempfile.TemporaryDirectory() as tmp:
        tar = subprocess.run(["git", "-C", str(REPO), "archive", args.commit, "rules"],
                             check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
            archive.extractall(tmp, filter="data")
        old = load_rules(Path(tmp) / "rules")
    new = load_rules(REPO / "rules")
    if [r.id for r in old.numeric] != [r.id for r in new.numeric]:
        print("the numeric rules differ in ids or order", file=sys.stderr)
        return 1
    changed = [(o, n) for o, n in zip(old.numeric, new.numeric, strict=True)
               if o.pattern.pattern != n.pattern.pattern or _source(o) != _source(n)]
    texts = [TextView(f.read_text(encoding="utf-8")).clean for f in files]
    total = differ = 0
    for o, n in changed:
        for f, clean in zip(files, texts, strict=True):
            a, b = _matches(o, clean), _matches(n, clean)
            total += len(a)
            if a != b:
                differ += 1
                print(f"{o.id} {f.name}: {len(a)} -> {len(b)} matches")
    print(f"{len(files)} texts, {sum(map(len, texts)):,} characters, {len(changed)} rules "
          f"changed, {total:,} matches, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

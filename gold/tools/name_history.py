#!/usr/bin/env python3
"""The names the rules found on each train document before it entered the gold.

Usage (from the checkout's root, with the project's Python):
    python gold/tools/name_history.py -o gold/dev/name_history.tsv

For every commit that added train documents, the rules of its parent commit (``git
archive`` of src/ and rules/ into a temporary folder, run with the rules alone and no
facts) read the documents that commit added: their names (ORG, GPE, FAC, INITIATIVE,
PERSON, DOC) are the rules' errors and hits on text the rules had not seen.
policy_extract.placegate trains its gate on the GPEs beside those of today's rules (its
data of unseen-text negatives: on train, today's rules are right almost everywhere);
benchmarks/crf_names.py reads them all (placegate.read_history) as the features of an
unseen-text simulation.
Documents are read from today's gold files, so their offsets are today's raw offsets.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: (commit whose rules read the documents, the documents): the parent of the commit
#: that added them to gold/dev/train (`git log --diff-filter=A -- gold/dev/train`)
PLAN = (
    ("fb776ea", "dev-d01 dev-d02 dev-d03 dev-d05"),
    ("9b93279", "dev-d06 dev-d07"),
    ("143e037", "dev-d08"),
    ("e57c80e", "dev-d09 dev-d10 dev-d11"),
    ("18aee57", "dev-d12 dev-d13"),
    ("8b1180e", "dev-d14 dev-d15"),
    ("9b40684", "dev-d16 dev-d17"),
    ("85bc663", "dev-d18 dev-d19"),
    ("9a87e25", "dev-d20"),
    ("4b4b36f", "dev-d21"),
    ("3ca1c76", "dev-d23 dev-d24"),
    ("1b2d6a0", "dev-d25 dev-d26 dev-d27"),
    ("cb19bb1", "dev-d28"),
    ("3eec31f", "dev-d29 dev-d30 dev-d31 dev-d32"),
    ("f80d104", "dev-d33 dev-d34"),
    ("705fa3e", "dev-d35"),
    ("d5e1bd5", "dev-d36 dev-d37"),
    ("00500c1", "dev-d38 dev-d39"),
    ("8c4ca65", "dev-d40 dev-d41"),
    ("7d12bf8", "dev-d42 dev-d43"),
    ("67e1ca7", "dev-d44 dev-d45"),
    ("cd575b4", "dev-d46 dev-d47"),
    ("2dc5576", "dev-d48 dev-d49"),
    ("468d791", "dev-d50 dev-d51 dev-d52 dev-d53 dev-d54 dev-d55 dev-d56 dev-d57 dev-d58"),
    ("0af1578", "dev-d59 dev-d60 dev-d61 dev-d62 dev-d63 dev-d64 dev-d65 dev-d66"),
    ("d9a71dd", "dev-d67 dev-d68 dev-d69 dev-d70 dev-d71 dev-d72"),
    # d77-d79 were labelled in the twenty-second session as its sealed check, scored with
    # its start code, and moved to train at the twenty-third's start
    ("ffa14de", "dev-d73 dev-d74 dev-d75 dev-d76 dev-d77 dev-d78 dev-d79"),
    # d80-d81: the twenty-third session's sealed check, scored with its start code
    ("e67a56f", "dev-d80 dev-d81"),
    # d82-d83: the twenty-fourth session's sealed check, scored with its start code
    ("b57ce7f", "dev-d82 dev-d83"),
)
NAME_LABELS = ("ORG", "GPE", "FAC", "INITIATIVE", "PERSON", "DOC")
COLUMNS = ("doc_id", "start", "end", "label", "rule", "text", "commit")

_RUN = """
import inspect, json, sys
from policy_extract.pipeline import Pipeline
docs, labels = json.load(sys.stdin)
kw = {"facts": None} if "facts" in inspect.signature(Pipeline.__init__).parameters else {}
p = Pipeline(**kw)
out = {k: [(m.start, m.end, str(m.label), m.rule)
           for m in p.extract(text, ref_date=ref, doc_id=k).mentions if m.label in labels]
       for k, (text, ref) in docs.items()}
json.dump(out, sys.stdout)
"""


def texts(root: Path, prefixes: list[str]) -> dict[str, tuple[str, str | None]]:
    out = {}
    for path in sorted((root / "gold/dev/train").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if any(d["doc_id"].startswith(p + "-") for p in prefixes):
                text = d.get("text") or (root / d["source"]).read_text(encoding="utf-8")
                out[d["doc_id"]] = (text, d.get("ref_date"))
    return out


def run(root: Path, commit: str, docs: dict[str, tuple[str, str | None]],
        labels: tuple[str, ...] = NAME_LABELS) -> dict[str, list]:
    """``(start, end, label, rule)`` of every mention of ``labels`` the rules of ``commit``
    find in each document."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(root), "archive", commit, "src", "rules"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        done = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps([docs, labels]),
                              text=True, env=env, check=True, capture_output=True, cwd=tmp)
        return json.loads(done.stdout)


def shown(text: str) -> str:
    """A span's text on one line of the table (line breaks and tabs escaped)."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args()
    rows = ["\t".join(COLUMNS)]
    for commit, prefixes in PLAN:
        docs = texts(args.root, prefixes.split())
        for doc, spans in sorted(run(args.root, commit, docs).items()):
            text = docs[doc][0]
            rows += [f"{doc}\t{s}\t{e}\t{lab}\t{r}\t{shown(text[s:e])}\t{commit}"
                     for s, e, lab, r in spans]
        print(commit, len(docs), "documents", file=sys.stderr)
    header = ["# names of the rules before each train document was labelled "
              "(gold/tools/name_history.py)"]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

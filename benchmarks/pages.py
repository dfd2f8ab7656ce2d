"""How long `show`, `report` and `export` take on a run's output (not a unit test).

    python benchmarks/pages.py [--corpus ../shared/corpus] [--out /tmp/corpus_out]
                               [--dest /tmp/pages] [--rounds 3] [--browser]

Runs ``policy-extract run CORPUS -o OUT --no-ner`` when OUT has no tables yet, then
times each command below as a user would type it, in a fresh process, ``--rounds``
times, and keeps the least wall time and the least CPU time (user + system of the
child) of the rounds, each on its own: on a machine other jobs load, CPU time is the
steadier figure. The yardstick is a fresh Python process that only reads the three
tables with pandas (``read tables``): every command pays the same start-up and
reading, so its ratio to the yardstick is the cost of what it adds. ``--browser``
also loads the two pages in headless chromium (tests/browser.py) and prints the
page's own load time (``loadEventEnd``) and its number of mention elements.
The pages and exports are left in DEST. Prints a Markdown table for BENCHMARKS.md,
with each command as a user types it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READ_TABLES = ("import pandas as pd; [pd.read_parquet('{OUT}/' + t) for t in "
               "('mentions', 'documents', 'sentences')]")


def commands(corpus: Path, out: Path, dest: Path) -> list[tuple[str, list[str]]]:
    exe = [sys.executable, "-m", "policy_extract"]
    return [
        ("read tables (yardstick)", [sys.executable, "-c", READ_TABLES.replace("{OUT}", str(out))]),
        ("report", [*exe, "report", str(out), "-o", str(dest / "report.html")]),
        ("show --html (every file)", [*exe, "show", str(corpus), "--from", str(out), "--html",
                                      str(dest / "show.html")]),
        ("show to the terminal (every file)", [*exe, "show", str(corpus), "--from", str(out)]),
        ("export csv", [*exe, "export", str(out), "--format", "csv", "-o", str(dest / "csv")]),
        ("export xlsx", [*exe, "export", str(out), "--format", "xlsx", "-o",
                         str(dest / "tables.xlsx")]),
    ]


def timed(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run; fails loudly on an error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "COLUMNS": "100"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{shlex.join(argv)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def browser_load(pages: list[Path]) -> list[tuple[str, float, int]]:
    sys.path.insert(0, str(REPO / "tests"))
    import browser  # tests/browser.py

    if (why := browser.missing()) is not None:
        raise SystemExit(f"--browser: {why}")
    with tempfile.TemporaryDirectory() as profile:
        driver = browser.start(Path(profile))
        try:
            rows = []
            for page in pages:
                driver.get(page.as_uri())
                ms = driver.execute_script(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;")
                n = driver.execute_script(
                    "return document.querySelectorAll('[data-label][data-start]').length;")
                if errors := browser.console_errors(driver):
                    raise SystemExit(f"{page}: console errors {errors}")
                rows.append((page.name, ms / 1000, n))
            return rows
        finally:
            driver.quit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/corpus_out"))
    ap.add_argument("--dest", type=Path, default=Path("/tmp/pages"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--browser", action="store_true")
    args = ap.parse_args()
    if not (args.out / "documents").is_dir():
        subprocess.run([sys.executable, "-m", "policy_extract", "run", str(args.corpus), "-o",
                        str(args.out), "--no-ner", "-q"], check=True)
    dest = args.dest
    dest.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, argv in commands(args.corpus, args.out, dest):
        walls, cpus = zip(*(timed(argv) for _ in range(args.rounds)), strict=True)
        rows.append((name, argv, min(walls), min(cpus)))
    base_wall, base_cpu = rows[0][2], rows[0][3]
    print(f"| command | wall s | × read tables | CPU s | × read tables |  (best of {args.rounds})")
    print("|---|---|---|---|---|")
    for name, _, wall, cpu in rows:
        print(f"| {name} | {wall:.2f} | ×{wall / base_wall:.2f} | {cpu:.2f} | "
              f"×{cpu / base_cpu:.2f} |")
    print()
    for name, argv, *_ in rows:
        print(f"* {name}: `{as_typed(argv)}`")
    sizes = {p.name: p.stat().st_size for p in sorted(dest.glob("*.*"))}
    print("\npage and file sizes: " + ", ".join(f"{k} {v / 1e6:.2f} MB"
                                              for k, v in sizes.items()))
    if args.browser:
        print("\n| page | chromium load (loadEventEnd) s | mention elements |")
        print("|---|---|---|")
        for page, secs, n in browser_load([dest / "show.html", dest / "report.html"]):
            print(f"| {page} | {secs:.2f} | {n:,} |")


def as_typed(argv: list[str]) -> str:
    """The command as a user types it: policy-extract ..., python -c "..." """
    if argv[1:3] == ["-m", "policy_extract"]:
        return shlex.join(["policy-extract", *argv[3:]])
    return f'python -c "{argv[2]}"'


if __name__ == "__main__":
    main()

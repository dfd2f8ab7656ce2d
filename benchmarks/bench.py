"""Throughput and memory of policy-extract against jieba and jionlp (not a unit test).

    python benchmarks/bench.py [--corpus ../shared/corpus] [--bulk ../shared/bulk]
                               [--bulk-files 100] [--scale-files 800] [--memory-bulk]
                               [--rounds 3] [--profile] [--json FILE] [--facts-only]
                               [--crf-only]

Prints, for the same texts in the same process:

* the rule pass alone (``Pipeline.extract`` on in-memory texts), without and with
  the name pass, against jieba's ``lcut`` (a fresh ``jieba.Tokenizer``) and
  jionlp's ``extract_money`` + ``extract_time`` (the ``bench`` extra);
* the full pipeline with the NER pass against a default-config
  ``spacy.blank("zh")`` + jieba + ``ner`` pipeline;
* the full run, decode → tables, through ``batch.run``, with and without the NER
  pass, with 1 and 2 workers, on the same texts and on a larger bulk slice;
* with ``--facts-only``, only what the facts stage adds to ``run --no-ner`` (the
  command with ``--facts-method none`` against the default, interleaved rounds; in
  this process, ``extract`` with and without the stage text by text in turn);
* with ``--crf-only``, only what the CRF over the names (``run --crf``) costs: the rule
  pass and ``run --no-ner`` with and without it, against ``lcut`` and jionlp;
* with ``--memory-bulk``, the peak memory of a 2-worker run (with NER) over the
  whole bulk folder: the proportional set sizes of the run and its workers summed
  (a page the forked workers share with the parent counts once), and beside it
  the summed resident sets (which count a shared page once per process).

Throughput is characters per CPU second of one core (``time.process_time``
and ``getrusage`` of the children), which a machine loaded by other jobs
disturbs far less than wall time; wall figures are printed beside them. The
in-memory comparison with jieba is taken in ``--rounds`` interleaved rounds and
each pass keeps its least CPU time (as ``timeit`` advises): on a virtual machine a
slow spell of a few seconds otherwise moves a ratio by 20 %.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# ../shared, or the folder in BENCH_SHARED; BENCH_CORPUS names another folder of reports (a
# readable copy of the corpus). Files whose name holds a word of BENCH_LEAVE_OUT (split on
# spaces), or of a script's --leave-out (add_leave_out), are left out of every list of files
# (sealed sources, documents being labelled), before any limit: one mechanism, files_of's.
SHARED = Path(os.environ.get("BENCH_SHARED") or HERE.parent.parent / "shared")
CORPUS = Path(os.environ.get("BENCH_CORPUS") or SHARED / "corpus")
LEAVE_OUT = tuple(os.environ.get("BENCH_LEAVE_OUT", "").split())


def texts_of(files: Sequence[Path]) -> list[str]:
    from policy_extract.decode import decode_path

    out = []
    for f in files:
        try:
            out.append(decode_path(f)[0])
        except Exception:  # noqa: BLE001 - a broken file is not the benchmark's business
            pass
    return out


def files_of(folder: Path, limit: int | None = None,
             leave_out: Sequence[str] = ()) -> list[Path]:
    """The texts of ``folder`` in name order, without the files whose name holds a word of
    BENCH_LEAVE_OUT or of ``leave_out``, then the first ``limit`` of them."""
    words = LEAVE_OUT + tuple(leave_out)
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md")
                   and p.name not in ("README.md", "PROVENANCE.md")
                   and not any(w in p.name for w in words))
    return files[:limit] if limit else files


def add_leave_out(parser: argparse.ArgumentParser) -> None:
    """A script's ``--leave-out WORD ...``: words added to BENCH_LEAVE_OUT for files_of."""
    parser.add_argument("--leave-out", nargs="*", default=[], metavar="WORD",
                        help="leave out the files whose name holds WORD (added to the words "
                             "of BENCH_LEAVE_OUT; before any limit such as the first 100 "
                             "bulk files)")


def cpu_now() -> float:
    self_ = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return self_.ru_utime + self_.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(CPU seconds of this process and its finished children, wall seconds)."""
    c0, w0 = cpu_now(), time.perf_counter()
    fn()
    return cpu_now() - c0, time.perf_counter() - w0


class PeakRSS:
    """Samples the memory of this process and its descendants: the sum of their resident
    sets (``peak``; pages the forked workers share with the parent count once per
    process) and the sum of their proportional set sizes (``peak_pss``; a shared page
    counts once in all, split between the processes that share it)."""

    def __init__(self, every: float = 1.0) -> None:
        import psutil

        self.proc = psutil.Process()
        self.every = every
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            rss = pss = 0
            for p in [self.proc, *self.proc.children(recursive=True)]:
                try:
                    info = p.memory_full_info()
                except psutil.Error:
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.peak = max(self.peak, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def line(name: str, chars: int, cpu: float, wall: float, ref: float | None = None) -> dict:
    rate = chars / cpu if cpu else float("nan")
    row = {"name": name, "chars": chars, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
           "chars_per_cpu_s": round(rate), "chars_per_wall_s": round(chars / wall)}
    ratio = f"  ×{rate / ref:.2f} of reference" if ref else ""
    print(f"  {name:<42} {rate:>10,.0f} chars/CPU-s  {chars / wall:>10,.0f} chars/wall-s"
          f"  ({cpu:.1f} CPU-s, {wall:.1f} s){ratio}", flush=True)
    return row


def best_of(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, tuple[float, float]]:
    """``(CPU s, wall s)`` of each run: the least of ``rounds`` rounds, the runs taken in
    turn within a round, so that a slow spell of a shared machine (a virtual machine's
    neighbours) slows one round of every run rather than every round of one."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(max(rounds, 1)):
        for name, fn in runs.items():
            got = timed(fn)
            if name not in best or got[0] < best[name][0]:
                best[name] = got
    return best


def paired_rounds(runs: dict[str, Callable[[str], Any]], texts: Sequence[str],
                  rounds: int) -> dict[str, tuple[float, float]]:
    """``(CPU s, wall s)`` of each of two runs over ``texts``, summed over ``rounds`` rounds
    after one warm-up round: each text is taken by both runs in turn (which goes first
    alternates from text to text and round to round), so that a slow spell of a shared
    machine slows both alike. Whole rounds taken in turn (``best_of``) read a ratio that
    moved from ×1.08 to ×1.21 between the rounds of one process under load (a round is
    ~4 s, the machine's slow spells as long); pairs a text, ×1.15-1.18."""
    (name_a, run_a), (name_b, run_b) = runs.items()
    for text in texts:  # warm-up: the name pass's memos and lazy patterns, not counted
        run_a(text)
        run_b(text)
    sums = {name_a: [0.0, 0.0], name_b: [0.0, 0.0]}
    for r in range(max(rounds, 1)):
        for i, text in enumerate(texts):
            pair = ((name_a, run_a), (name_b, run_b))
            for name, run in (pair if (i + r) % 2 == 0 else pair[::-1]):
                cpu, wall = timed(lambda: run(text))  # noqa: B023 (called at once)
                sums[name][0] += cpu
                sums[name][1] += wall
    n = max(rounds, 1)
    return {name: (cpu / n, wall / n) for name, (cpu, wall) in sums.items()}


def bench_in_memory(texts: list[str], profile: bool, rounds: int = 3) -> dict[str, Any]:
    import jieba

    from policy_extract import Pipeline

    chars = sum(map(len, texts))
    res: dict[str, Any] = {"chars": chars, "docs": len(texts)}
    # the rule pass is the mention rules (numbers, dates, names) without the facts stage,
    # which is measured on its own (--facts-only) and in the full run
    cpu, wall = timed(lambda: res.setdefault("pipeline", Pipeline(facts=None)))
    full = res.pop("pipeline")
    print(f"  building the pipeline: {cpu:.1f} CPU-s ({wall:.1f} s)")
    res["build_cpu_s"] = round(cpu, 1)
    rules_only = Pipeline(full.rules, tokenizer=full.tokenizer, name_passes=(), facts=None)

    tok = jieba.Tokenizer()
    tok.initialize()
    best = best_of({"lcut": lambda: [tok.lcut(t) for t in texts],
                    "rules": lambda: [rules_only.extract(t) for t in texts],
                    "names": lambda: [full.extract(t) for t in texts]}, rounds)
    print(f"  (each the least CPU time of {rounds} interleaved rounds)")
    res["rounds"] = rounds
    res["jieba_lcut"] = jieba_row = line("jieba Tokenizer().lcut", chars, *best["lcut"])
    jieba_rate = jieba_row["chars_per_cpu_s"]
    res["rules_no_names"] = line("rule pass, no name pass", chars, *best["rules"], jieba_rate)
    res["rules_with_names"] = line("rule pass with name pass (default)", chars,
                                   *best["names"], jieba_rate)
    res["jionlp"] = bench_jionlp(texts, chars)
    res.update(bench_ner(texts, chars))
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for t in texts:
            full.extract(t)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(20)
        res["profile"] = buf.getvalue()
        print(res["profile"])
    return res


def bench_jionlp(texts: list[str], chars: int) -> dict[str, Any] | None:
    """jionlp's ``extract_money`` + ``extract_time`` on ``texts`` (None when jionlp is not
    installed)."""
    try:  # jionlp 1.5 keeps them in jionlp.algorithm.ner (older: jionlp.extract_money)
        from jionlp.algorithm.ner import extract_money, extract_time
    except Exception as exc:  # noqa: BLE001
        print(f"  jionlp: not available ({type(exc).__name__}: {exc})")
        return None

    def jio() -> None:
        for t in texts:
            extract_money(t)
            extract_time(t)
    extract_money("1元")  # its lazy loading is not part of the throughput
    extract_time("2020年")
    import logging
    logging.disable(logging.CRITICAL)  # jionlp logs a traceback for every phrase it skips
    try:
        cpu, wall = timed(jio)
    finally:
        logging.disable(logging.NOTSET)
    return line("jionlp extract_money + extract_time", chars, cpu, wall)


def bench_crf(files: list[Path], out_root: Path, rounds: int) -> dict[str, Any]:
    """What the CRF over the names (``run --crf``) costs, on the same texts: in this
    process the rule pass with names (``Pipeline(facts=None).extract``, the default) with
    and without the CRF against jieba's ``lcut``, in ``rounds`` interleaved rounds; and
    ``batch.run --no-ner`` (1 worker, facts included) with and without it against
    jionlp money+time (issue 10: at least as fast), the least of two runs each."""
    import jieba

    from policy_extract.pipeline import build_pipeline

    texts = texts_of(files)
    chars = sum(map(len, texts))
    names = build_pipeline(facts=None)
    with_crf = build_pipeline(facts=None, crf=True)
    tok = jieba.Tokenizer()
    tok.initialize()
    best = best_of({"lcut": lambda: [tok.lcut(t) for t in texts],
                    "names": lambda: [names.extract(t) for t in texts],
                    "names + CRF": lambda: [with_crf.extract(t) for t in texts]}, rounds)
    out: dict[str, Any] = {"chars": chars, "rounds": rounds}
    out["jieba_lcut"] = jieba_row = line("jieba Tokenizer().lcut", chars, *best["lcut"])
    rate = jieba_row["chars_per_cpu_s"]
    out["rules_with_names"] = line("rule pass with names (default)", chars, *best["names"], rate)
    out["rules_with_names_crf"] = line("rule pass with names + CRF (--crf)", chars,
                                       *best["names + CRF"], rate)
    out["jionlp"] = bench_jionlp(texts, chars)
    for crf in (False, True):
        runs = [bench_run(files, 1, out_root / f"round{r}", ner=False, crf=crf) for r in range(2)]
        out[f"run_noner{'_crf' if crf else ''}_1w"] = min(runs, key=lambda row: row["cpu_s"])
    out["crf_cost"] = best["names + CRF"][0] / best["names"][0]
    out["run_crf_cost"] = out["run_noner_crf_1w"]["cpu_s"] / out["run_noner_1w"]["cpu_s"]
    print(f"  rule pass: with the CRF / without (CPU): ×{out['crf_cost']:.2f}; "
          f"run --no-ner: ×{out['run_crf_cost']:.2f}")
    print(f"  rule pass with names / jieba lcut: ×{out['rules_with_names']['chars_per_cpu_s'] / rate:.2f}"
          f", with the CRF ×{out['rules_with_names_crf']['chars_per_cpu_s'] / rate:.2f}  [≥ 1]")
    if out["jionlp"]:
        jio = out["jionlp"]["chars_per_cpu_s"]
        print(f"  run --no-ner, 1 worker / jionlp money+time: "
              f"×{out['run_noner_1w']['chars_per_cpu_s'] / jio:.2f}, with --crf "
              f"×{out['run_noner_crf_1w']['chars_per_cpu_s'] / jio:.2f}  [≥ 2]")
    return out


def bench_ner(texts: list[str], chars: int) -> dict[str, Any]:
    """The full pipeline with the NER pass (the shipped model) against a default-config
    ``spacy.blank("zh")`` + jieba + ``ner`` pipeline (untrained: speed does not depend
    on the weights), on the same texts."""
    import spacy

    from policy_extract.model import NAME_LABELS
    from policy_extract.ner import packaged_model
    from policy_extract.pipeline import default_pipeline

    ref = spacy.blank("zh")
    ner = ref.add_pipe("ner")
    for label in sorted(NAME_LABELS):
        ner.add_label(label)  # type: ignore[attr-defined]
    ref.initialize()
    list(ref.pipe(texts[:1]))
    cpu, wall = timed(lambda: list(ref.pipe(texts)))
    out: dict[str, Any] = {"spacy_ner_reference": line(
        'spacy.blank("zh") + jieba + ner (default config)', chars, cpu, wall)}
    if packaged_model() is None:
        print("  full pipeline with NER: no model ships in this install")
        return out
    with_ner = default_pipeline(ner=True)  # the one the full runs below reuse
    with_ner.extract(texts[0])
    cpu, wall = timed(lambda: [with_ner.extract(t) for t in texts])
    out["rules_with_names_and_ner"] = line(
        "full pipeline with the NER pass", chars, cpu, wall,
        out["spacy_ner_reference"]["chars_per_cpu_s"])
    return out


def bench_run(files: list[Path], workers: int, out_root: Path, ner: bool,
              crf: bool = False) -> dict[str, Any]:
    """decode → tables through ``batch.run`` (with ``crf``, the CRF over the names too);
    the pipeline is built before the clock starts (its cost is reported apart), as a long
    run pays it once. It is built as the CLI's ``run`` builds it (``settled_pipeline``: the
    process's garbage collector settled after the build, thirty-second session; before, this
    benchmark built ``default_pipeline`` and left the collector as it was, which no
    ``policy-extract run`` does). The collector is the whole process's, so what is timed after
    (jionlp in ``run_jionlp.py``) runs under the same setting."""
    import functools

    from policy_extract.batch import run
    from policy_extract.pipeline import settled_pipeline

    factory = functools.partial(settled_pipeline, ner=ner, crf=crf)
    factory()
    tag = f"{'ner' if ner else 'noner'}{'-crf' if crf else ''}-{workers}"
    inputs = out_root / f"in-{tag}"
    inputs.mkdir(parents=True)
    for i, f in enumerate(files):  # one folder of links: the run sees exactly these files
        (inputs / f"{i:06d}{f.suffix}").symlink_to(f.resolve())
    out = out_root / f"out-{tag}"
    with PeakRSS() as peak:
        cpu, wall = timed(lambda: run([inputs], out, workers=workers, pipeline_factory=factory))
    summary = run([inputs], out, workers=1, pipeline_factory=factory)  # a no-op re-run
    chars = sum(len(t) for t in texts_of(files))
    name = f"batch.run {'with NER' if ner else '--no-ner'}{' --crf' if crf else ''}, {workers} worker(s)"
    row = line(name, chars, cpu, wall)
    row["peak_rss_mb"] = round(peak.peak / 2**20)
    row["peak_pss_mb"] = round(peak.peak_pss / 2**20)
    row["skipped_on_rerun"] = summary.n_skipped
    print(f"    peak memory (run + workers): {row['peak_pss_mb']} MB proportional set size "
          f"(shared pages once), {row['peak_rss_mb']} MB summed resident sets")
    shutil.rmtree(out_root / f"in-{tag}", ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return row


def bench_facts(files: list[Path], out_root: Path, rounds: int) -> dict[str, Any]:
    """What the facts stage adds to ``run --no-ner``: the exact command
    (``policy-extract run --no-ner -w 1 --force``), with ``--facts-method none`` and
    with the default rules, in ``rounds`` interleaved rounds on the same files, each
    keeping its least CPU time (the command's process and workers, start-up included);
    and, in this process, ``Pipeline.extract`` with the stage against the same pipeline
    without it, text by text in turn (``paired_rounds``: the mean of ``rounds`` rounds)."""
    import subprocess

    from policy_extract.pipeline import Pipeline

    inputs = out_root / "in-facts"
    inputs.mkdir(parents=True)
    for i, f in enumerate(files):
        (inputs / f"{i:06d}{f.suffix}").symlink_to(f.resolve())
    chars = sum(len(t) for t in texts_of(files))

    def command(method: str) -> Callable[[], Any]:
        cmd = [sys.executable, "-m", "policy_extract", "run", "--no-ner", "-q", "-w", "1",
               "--force", "--facts-method", method, "-o", str(out_root / f"out-{method}"),
               str(inputs)]
        return lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    best = best_of({"run --no-ner --facts-method none": command("none"),
                    "run --no-ner (facts: rules)": command("rules")}, rounds)
    out = {name: line(name, chars, cpu, wall) for name, (cpu, wall) in best.items()}
    without = best["run --no-ner --facts-method none"][0]
    with_facts = best["run --no-ner (facts: rules)"][0]
    out["command_ratio"] = with_facts / without
    # in this process: the same pipeline with and without the stage, interleaved rounds
    without = Pipeline(facts=None)
    with_facts_pipeline = Pipeline(without.rules, tokenizer=without.tokenizer,
                                   name_passes=without.name_passes)
    texts = texts_of(files)
    inner = paired_rounds({"extract, no facts": without.extract,
                           "extract with facts": with_facts_pipeline.extract}, texts, rounds)
    out.update({name: line(name, chars, cpu, wall) for name, (cpu, wall) in inner.items()})
    out["stage_ratio"] = inner["extract with facts"][0] / inner["extract, no facts"][0]
    out["n_facts"] = sum(len(with_facts_pipeline.extract(t).facts) for t in texts)
    print(f"  run --no-ner with facts / without (the command, CPU): ×{out['command_ratio']:.3f}"
          f"  [≤ 1.15]; in process, extract with facts / without: ×{out['stage_ratio']:.3f}; "
          f"{out['n_facts']:,} facts")
    shutil.rmtree(inputs, ignore_errors=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--bulk", type=Path, default=SHARED / "bulk")
    ap.add_argument("--bulk-files", type=int, default=100,
                    help="the slice of the bulk folder used for throughput")
    ap.add_argument("--scale-files", type=int, default=800,
                    help="bulk files for the 1-vs-2-worker scaling runs (0: skip them)")
    ap.add_argument("--memory-bulk", action="store_true",
                    help="also run the whole bulk folder with 2 workers for peak memory")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved rounds of jieba lcut and the rule passes; the least "
                         "CPU time of each is reported")
    ap.add_argument("--profile", action="store_true", help="cProfile the default pipeline")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--facts-only", action="store_true",
                    help="only measure what the facts stage adds to `run --no-ner` "
                         "(corpus + bulk slice, --rounds interleaved rounds)")
    ap.add_argument("--crf-only", action="store_true",
                    help="only measure what the CRF over the names (run --crf) costs "
                         "(corpus + bulk slice, --rounds interleaved rounds)")
    args = ap.parse_args(argv)

    import jieba

    jieba.setLogLevel(60)
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.processor() or ''}"
                   f" Python {platform.python_version()}, load average {os.getloadavg()}",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }
    print(results["machine"])
    sets = {"corpus": files_of(args.corpus),
            "bulk slice": files_of(args.bulk, args.bulk_files)}
    only = [(key, title, fn) for flag, key, title, fn in (
        (args.crf_only, "crf", "the CRF over the names", bench_crf),
        (args.facts_only, "facts", "facts", bench_facts)) if flag]
    if only:  # one part alone, on the corpus and the bulk slice together
        key, title, fn = only[0]
        files = sets["corpus"] + sets["bulk slice"]
        print(f"== {title}: corpus + bulk slice, {len(files)} files, "
              f"{sum(len(t) for t in texts_of(files)):,} characters")
        with tempfile.TemporaryDirectory() as tmp:
            results[key] = fn(files, Path(tmp), args.rounds)
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1,
                                            default=str))
        return 0
    for name, files in sets.items():
        texts = texts_of(files)
        print(f"\n== {name}: {len(texts)} documents, {sum(map(len, texts)):,} characters")
        results[name] = bench_in_memory(texts, args.profile and name == "corpus", args.rounds)
    with tempfile.TemporaryDirectory() as tmp:
        files = sets["corpus"] + sets["bulk slice"]
        print(f"\n== full run, decode → tables: corpus + bulk slice, {len(files)} files")
        for ner in (False, True):
            for workers in (1, 2):
                key = f"run_{'ner' if ner else 'noner'}_{workers}w"
                results[key] = bench_run(files, workers, Path(tmp), ner)
        if args.scale_files:
            scale = files_of(args.bulk, args.scale_files)
            print(f"\n== scaling: {len(scale)} bulk files, 1 and 2 workers")
            for ner in (False, True):
                for workers in (1, 2):
                    key = f"scale_{'ner' if ner else 'noner'}_{workers}w"
                    results[key] = bench_run(scale, workers, Path(tmp) / "scale", ner)
        if args.memory_bulk:
            bulk = files_of(args.bulk)
            print(f"\n== memory: the whole bulk folder, {len(bulk)} files, 2 workers, with NER")
            results["bulk_2w"] = bench_run(bulk, 2, Path(tmp) / "bulk", ner=True)
    print("\n== ratios (CPU throughput; targets in brackets)")
    for name in sets:
        r = results[name]
        jieba_rate = r["jieba_lcut"]["chars_per_cpu_s"]
        print(f"  {name}: rule pass / jieba lcut: no names ×"
              f"{r['rules_no_names']['chars_per_cpu_s'] / jieba_rate:.2f}, with names ×"
              f"{r['rules_with_names']['chars_per_cpu_s'] / jieba_rate:.2f}  [≥ 1]")
    for name in sets:
        r = results[name]
        if "rules_with_names_and_ner" in r:
            print(f"  {name}: full pipeline with NER / spaCy zh+ner default: ×"
                  f"{r['rules_with_names_and_ner']['chars_per_cpu_s'] / r['spacy_ner_reference']['chars_per_cpu_s']:.2f}  [≥ 3]")
    jio = [results[name].get("jionlp") for name in sets]
    if all(jio):  # on the same texts as the run: corpus + bulk slice
        jio_rate = sum(j["chars"] for j in jio) / sum(j["cpu_s"] for j in jio)
        one = results["run_noner_1w"]
        print(f"  full run --no-ner, 1 worker / jionlp money+time (same texts): ×"
              f"{one['chars_per_cpu_s'] / jio_rate:.2f}  [≥ 1]")
    for prefix in ("run", "scale"):
        for ner in ("noner", "ner"):
            if f"{prefix}_{ner}_1w" not in results:
                continue
            one, two = results[f"{prefix}_{ner}_1w"], results[f"{prefix}_{ner}_2w"]
            print(f"  {prefix} ({one['chars']:,} chars), {ner}: 2 workers / 1 worker, wall: "
                  f"×{one['wall_s'] / two['wall_s']:.2f}  [≥ 1.7]; CPU per character "
                  f"2w vs 1w: ×{one['chars_per_cpu_s'] / two['chars_per_cpu_s']:.2f}")
    if "bulk_2w" in results:
        b = results["bulk_2w"]
        print(f"  peak memory, whole bulk, 2 workers: {b['peak_pss_mb']} MB PSS, "
              f"{b['peak_rss_mb']} MB summed RSS  [< 1024]")
    if args.json:
        results = {k: v for k, v in results.items()}
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

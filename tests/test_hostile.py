"""Hostile input: extraction never raises and keeps its offsets valid; the run turns
every broken file into a documents row with a clear error and goes on."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import policy_extract
from policy_extract.batch import run
from policy_extract.pipeline import Pipeline


def check_extract(text: str) -> None:
    """The default pipeline (rules and the NER pass), as ``policy_extract.extract`` runs it."""
    result = policy_extract.extract(text, ref_date="2020-07")
    last_end = 0
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
        assert m.start >= last_end, f"overlap at {m.start}: {m.text!r}"
        last_end = m.end
    for s in result.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text


BIASED = st.text(alphabet=st.sampled_from(list(
    "0123456789.,，%％０１２３４５６７８９ 零〇一二两三四五六七八九十百千万亿元年月日号"
    "至到—-~、“”《》（）()。\n\r\t多余近约第届个项")), max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
@example("")
@example("\r\n\r\n")
@example("\x00\ud800")  # a NUL and a lone surrogate, as str allows
def test_any_unicode_text(text: str) -> None:
    check_extract(text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BIASED)
@example("1至\n2万亿元")
@example("“《2020年”》")
def test_numeral_heavy_text(text: str) -> None:
    check_extract(text)


PATHOLOGICAL = {
    "digits": "1" * 100_000,
    "digits-with-dots": "1." * 50_000,
    "open-quotes": "“" * 50_000,
    "open-title-marks": "《" * 50_000,
    "cn-numerals": "一二三" * 30_000,
    "magnitudes": "万亿" * 50_000,
    "numerals-and-magnitudes": "一万二千三百亿" * 15_000,
    "ranges": "1至2至" * 30_000,
    "percent-runs": "5%" * 50_000,
    "year-runs": "2020年" * 20_000,
    "line-breaks": "1\n" * 50_000,
    "spaces-in-numbers": "1 " * 50_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_returns(name: str) -> None:
    # the regexes carry a timeout (numeric.MATCH_TIMEOUT); the test only asks that it returns
    check_extract(PATHOLOGICAL[name])


# -- the run -------------------------------------------------------------------------------


def docs_of(out: Path) -> dict[str, dict]:
    rows = ds.dataset(out / "documents").to_table().to_pylist()
    assert len(rows) == len({r["source"] for r in rows})
    return {r["source"]: r for r in rows}


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text("2019年投资额达215.8亿元。", encoding="utf-8")
    (root / "nul.txt").write_bytes("增长5%".encode() + b"\x00" * 10)
    (root / "invalid-utf8.txt").write_bytes(b"\x80\x81\xff\xfa" * 3 + b"\xc3")
    (root / "utf8-bom-then-garbage.txt").write_bytes(b"\xef\xbb\xbf" + b"\xff\xff")
    (root / "utf16-bom-odd.txt").write_bytes(b"\xff\xfe" + b"A\x00B")
    (root / "controls.txt").write_bytes(bytes(range(1, 9)) * 100)
    (root / "empty.txt").write_bytes(b"")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "sub").mkdir()
    (root / "sub" / "up.txt").symlink_to(root, target_is_directory=True)  # a folder loop
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "fifo.txt").parent.mkdir(exist_ok=True)
    os.mkfifo(root / "fifo.txt")
    (root / "folder.txt").mkdir()  # a folder named like a file
    (root / "folder.txt" / "inner.md").write_text("第3届", encoding="utf-8")
    return root


def test_hostile_files_become_error_rows(hostile: Path, tmp_path: Path, pipeline: Pipeline):
    out = tmp_path / "out"
    summary = run([hostile], out, workers=1, pipeline_factory=lambda: pipeline)
    docs = docs_of(out)
    assert set(docs) == {
        "good.txt", "nul.txt", "invalid-utf8.txt", "utf8-bom-then-garbage.txt",
        "utf16-bom-odd.txt", "controls.txt", "empty.txt", "loop.txt", "dangling.txt",
        "fifo.txt", "folder.txt/inner.md", "sub/up", "sub/up.txt"}
    for link in ("sub/up", "sub/up.txt"):  # symlinked folders: listed, not followed
        assert docs[link]["status"] == "skipped"
        assert "symlinked folder: not followed" in docs[link]["error"]
    assert len(summary.not_read) == 2
    ok = {s for s, d in docs.items() if d["status"] == "ok"}
    assert ok == {"good.txt", "folder.txt/inner.md"}
    expect = {"nul.txt": "NUL", "invalid-utf8.txt": "neither UTF-8 nor GB18030",
              "utf8-bom-then-garbage.txt": "byte-order mark", "utf16-bom-odd.txt":
              "byte-order mark", "controls.txt": "control characters", "empty.txt": "empty",
              "loop.txt": "symbolic links", "dangling.txt": "No such file",
              "fifo.txt": "not a regular file"}
    for source, words in expect.items():
        assert docs[source]["status"] == "error"
        assert words in docs[source]["error"], (source, docs[source]["error"])
        assert "internal error" not in docs[source]["error"]
    assert summary.n_failed == len(expect)


def test_a_named_symlink_loop_is_an_error_row(tmp_path: Path, pipeline: Pipeline) -> None:
    loop = tmp_path / "a.txt"
    loop.symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(loop)
    out = tmp_path / "out"
    summary = run([loop], out, workers=1, pipeline_factory=lambda: pipeline)
    assert summary.n_failed == 1
    assert "symbolic links" in docs_of(out)["a.txt"]["error"]


def test_ten_thousand_tiny_files(tmp_path: Path, pipeline: Pipeline) -> None:
    root = tmp_path / "in"
    rnd = random.Random(10)
    snippets = ["增长5%。", "共3个。", "2020年", "", "\x00", "一二三", "投资1亿元",
                "\ufeff", "\r\n", "截至6月底"]
    for i in range(10_000):
        folder = root / f"d{i // 1000}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}.txt").write_bytes(rnd.choice(snippets).encode("utf-8"))
    out = tmp_path / "out"
    summary = run([root], out, workers=2, pipeline_factory=lambda: pipeline)
    assert summary.n_inputs == 10_000 == summary.n_ok + summary.n_failed
    docs = docs_of(out)
    assert len(docs) == 10_000
    errors = {d["error"].split(": ", 1)[1] for d in docs.values() if d["status"] == "error"}
    assert errors <= {"the file is empty",
                      "the file contains NUL bytes; it looks binary, not text"}, errors
    again = run([root], out, workers=1, pipeline_factory=lambda: pipeline)
    assert again.n_skipped == summary.n_ok


# 50 MB by default (about 5 minutes and 1.7 GB here); POLICY_EXTRACT_BIG_MB=5 for a quick run
BIG_MB = float(os.environ.get("POLICY_EXTRACT_BIG_MB", "50"))


@pytest.mark.slow
def test_a_big_single_line_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """One line of BIG_MB megabytes (env POLICY_EXTRACT_BIG_MB), no line break at all."""
    unit = ("2019年，全市新开工亿元以上产业项目87个，投资额达215.8亿元，同比增长12.5%，"
            "其中第三产业占比约四成").encode()
    n = int(BIG_MB * 1_000_000) // len(unit)
    path = tmp_path / "in" / "big.txt"
    path.parent.mkdir()
    with open(path, "wb") as fh:
        for _ in range(n // 1000):
            fh.write(unit * 1000)
        fh.write(unit * (n % 1000))
    out = tmp_path / "out"
    summary = run([path.parent], out, workers=1, pipeline_factory=lambda: pipeline)
    doc = docs_of(out)["big.txt"]
    assert doc["status"] == "ok", doc["error"]
    assert summary.n_ok == 1 and doc["n_mentions"] > 0

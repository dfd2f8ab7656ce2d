"""Label Studio round trip: export tasks, import an export, check the gold that comes out."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policy_extract import labelstudio
from policy_extract.cli import app
from policy_extract.goldfile import check_files, read_gold
from policy_extract.labelstudio import (
    LabelStudioError,
    config_path,
    export_tasks,
    guess_span,
    import_export,
    label_config,
    latest_annotation,
    read_export,
)
from policy_extract.model import ALL_LABELS
from policy_extract.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_5f0466c205263669.txt"


def test_label_config_lists_the_13_labels() -> None:
    root = ET.fromstring(label_config())
    assert root.tag == "View"
    labels = root.find("Labels")
    assert labels is not None and labels.attrib == {"name": "label", "toName": "text"}
    assert {lab.attrib["value"] for lab in labels.findall("Label")} == ALL_LABELS
    text = root.find("Text")
    assert text is not None and text.attrib == {"name": "text", "value": "$text"}


def test_config_path_beside_tasks() -> None:
    assert config_path(Path("x/tasks.json")) == Path("x/tasks.labelconfig.xml")


# -- the seed round trip ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("ls") / "tasks.json"
    report = export_tasks([SEED], out, ref_date="2020-07", pipeline=pipeline)
    assert report.n_tasks == 1 and not report.failures
    assert report.config_path.read_text(encoding="utf-8") == label_config()
    return out, json.loads(out.read_text(encoding="utf-8"))


def test_export_task_shape(exported: tuple[Path, list[dict[str, Any]]]) -> None:
    _, tasks = exported
    (task,) = tasks
    data = task["data"]
    assert {"text", "source", "sha256", "ref_date"} <= data.keys()
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["ref_date"] == "2020-07"
    assert data["sha256"] == read_gold([REPO / "gold" / "seed.jsonl"])[0].sha256
    (pred,) = task["predictions"]
    assert pred["model_version"] and pred["result"]
    ids = [r["id"] for r in pred["result"]]
    assert len(set(ids)) == len(ids)
    for r in pred["result"]:
        assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
        v = r["value"]
        assert data["text"][v["start"]:v["end"]] == v["text"]
        assert len(v["labels"]) == 1 and v["labels"][0] in ALL_LABELS


def fake_export(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio exports after someone accepts every pre-annotation."""
    out = []
    for n, task in enumerate(tasks, 1):
        accepted = [{**r, "origin": "prediction"} for r in task["predictions"][0]["result"]]
        out.append({
            "id": n, "data": task["data"], "predictions": task["predictions"],
            "annotations": [
                {"id": 1, "result": [], "was_cancelled": False,
                 "created_at": "2024-01-01T10:00:00Z", "updated_at": "2024-01-01T10:00:00Z"},
                {"id": 2, "result": accepted, "was_cancelled": False,
                 "created_at": "2024-01-02T10:00:00Z", "updated_at": "2024-01-02T10:00:00Z"},
                {"id": 3, "result": [], "was_cancelled": True,
                 "created_at": "2024-01-03T10:00:00Z", "updated_at": "2024-01-03T10:00:00Z"},
            ],
        })
    return out


def test_round_trip(exported: tuple[Path, list[dict[str, Any]]], pipeline: Pipeline,
                    tmp_path: Path) -> None:
    _, tasks = exported
    export = tmp_path / "export.json"
    export.write_text(json.dumps(fake_export(tasks), ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    report = import_export(export, gold, pipeline=pipeline)
    assert report.check is not None and report.check.ok, [str(p) for p in report.check.problems]
    assert report.notes == []  # every span had its extractor mention
    (doc,) = read_gold([gold])
    (task,) = tasks
    want = [(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0], r["value"]["text"])
            for r in task["predictions"][0]["result"]]
    assert [(s.start, s.end, s.label, s.text) for s in doc.spans] == want
    assert (doc.sha256, doc.ref_date, doc.text) == (task["data"]["sha256"], "2020-07",
                                                     task["data"]["text"])


def test_round_trip_values_agree_with_seed_gold(exported: tuple[Path, list[dict[str, Any]]],
                                                pipeline: Pipeline, tmp_path: Path) -> None:
    """Where the extractor agrees with the gold on a span, the imported values match too."""
    _, tasks = exported
    export = tmp_path / "export.json"
    export.write_text(json.dumps(fake_export(tasks), ensure_ascii=False), encoding="utf-8")
    (doc,) = import_export(export, tmp_path / "gold.jsonl", pipeline=pipeline).documents
    gold = {(s.start, s.end, s.label): s for s in read_gold([REPO / "gold" / "seed.jsonl"])[0]
            .spans}
    agree = [(s, gold[(s.start, s.end, s.label)]) for s in doc.spans
             if (s.start, s.end, s.label) in gold]
    assert len(agree) > 100
    same = sum((a.value, a.value_max, a.unit, a.qualifier) == (b.value, b.value_max, b.unit,
                                                               b.qualifier) for a, b in agree)
    assert same / len(agree) > 0.95


# -- import details --------------------------------------------------------------------------


def task(text: str, results: list[dict[str, Any]], **data: Any) -> dict[str, Any]:
    return {"id": 7, "data": {"text": text, "source": "x.txt", "sha256": "f" * 64,
                              "ref_date": "2020-07", **data},
            "annotations": [{"id": 1, "was_cancelled": False, "result": results}]}


def result(start: int, end: int, text: str, label: str) -> dict[str, Any]:
    return {"id": f"r{start}", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}


def write_export(path: Path, tasks: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def test_span_without_mention_is_valued_and_noted(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "省委书记说，“双百工程”投入2000 多万元。"
    s = text.index("2000")
    e = text.index("。")
    o = text.index("双百工程")
    export = write_export(tmp_path / "e.json", [task(text, [
        result(s, e, text[s:e], "MONEY"), result(o, o + 4, "双百工程", "INITIATIVE")])])
    report = import_export(export, tmp_path / "g.jsonl", pipeline=pipeline)
    assert report.check is not None and report.check.ok, [str(p) for p in report.check.errors]
    money = next(sp for sp in report.documents[0].spans if sp.label == "MONEY")
    assert (money.value, money.unit, money.qualifier) == (20000000, "元", "over")
    initiative = next(sp for sp in report.documents[0].spans if sp.label == "INITIATIVE")
    assert initiative.value == "双百工程"


def test_utf16_offsets_are_converted(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "😀省委领导。"
    export = write_export(tmp_path / "e.json", [task(text, [result(3, 5, "委领", "ORG")])])
    report = import_export(export, tmp_path / "g.jsonl", pipeline=pipeline)
    (span,) = report.documents[0].spans
    assert (span.start, span.end, span.text) == (2, 4, "委领")
    assert any("UTF-16" in note for note in report.notes)


def test_task_without_live_annotation_is_skipped(pipeline: Pipeline, tmp_path: Path) -> None:
    t = task("省委。", [result(0, 2, "省委", "ORG")])
    t["annotations"][0]["was_cancelled"] = True
    report = import_export(write_export(tmp_path / "e.json", [t]), tmp_path / "g.jsonl",
                           pipeline=pipeline)
    assert report.documents == [] and "no annotation" in report.notes[0]


def test_latest_annotation_wins() -> None:
    t = {"annotations": [
        {"id": 1, "updated_at": "2024-02-01T00:00:00Z", "result": ["new"]},
        {"id": 2, "updated_at": "2024-01-01T00:00:00Z", "result": ["old"]},
        {"id": 3, "updated_at": "2024-03-01T00:00:00Z", "was_cancelled": True},
    ]}
    best = latest_annotation(t)
    assert best is not None and best["id"] == 1


GUESSES = {
    "money_yi": ("MONEY", "215.8 亿元", (21580000000, None, "元", "exact")),
    "money_over": ("MONEY", "2000 多万元", (20000000, None, "元", "over")),
    "money_bare_unit": ("MONEY", "亿元", (100000000, None, "元", "exact")),
    "count_chinese": ("COUNT", "三千五百个", (3500, None, "个", "exact")),
    "count_range": ("COUNT", "2至3家", (2, 3, "家", "exact")),
    "count_da": ("COUNT", "四大", (4, None, "大", "exact")),
    "percent_permille": ("PERCENT", "7.71‰", (7.71, None, "‰", "exact")),
    "percent_points": ("PERCENT", "3个百分点", (3, None, "个百分点", "exact")),
    "quantity": ("QUANTITY", "55万平方米", (550000, None, "平方米", "exact")),
    "duration_range": ("DURATION", "3至5年", (3, 5, "年", "exact")),
    "rank_ordinal": ("RANK", "第一名", (1, None, None, "exact")),
    "rank_top": ("RANK", "50强", (50, None, None, "top")),
    "date_month": ("DATE", "2017年9月", ("2017-09", None, None, "exact")),
    "date_relative_unparsed": ("DATE", "今年", (None, None, None, "exact")),
    "org_line_break": ("ORG", "市政\n府", ("市政府", None, None, None)),
    "initiative_quoted": ("INITIATIVE", "135”工程", ("135工程", None, None, None)),
    "doc_title": ("DOC", "《中国制造2025》", ("中国制造2025", None, None, None)),
}


@pytest.mark.parametrize("case", list(GUESSES))
def test_guess_span(case: str) -> None:
    label, text, want = GUESSES[case]
    s = guess_span(0, len(text), label, text)
    assert (s.value, s.value_max, s.unit, s.qualifier) == want


def test_bad_export_json(tmp_path: Path) -> None:
    bad = tmp_path / "e.json"
    bad.write_text("[{", encoding="utf-8")
    with pytest.raises(LabelStudioError, match="not valid JSON"):
        read_export(bad)
    result_ = CliRunner().invoke(app, ["gold", "import", str(bad), "-o", str(tmp_path / "g")])
    assert result_.exit_code == 2 and "not valid JSON" in result_.output
    assert "Traceback" not in result_.output


def test_cli_import_reports_problems(pipeline: Pipeline, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelstudio, "Pipeline", lambda: pipeline)
    export = write_export(tmp_path / "e.json", [task("省委。", [result(0, 2, "省委", "COMPANY")])])
    gold = tmp_path / "g.jsonl"
    result_ = CliRunner().invoke(app, ["gold", "import", str(export), "-o", str(gold)])
    assert result_.exit_code == 1
    assert f"{gold}:1: span 0 (0-2 '省委'): unknown label 'COMPANY'" in result_.output
    assert not check_files([gold]).ok


def test_cli_export(pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelstudio, "Pipeline", lambda: pipeline)
    out = tmp_path / "tasks.json"
    result_ = CliRunner().invoke(app, ["gold", "export", str(SEED), "-o", str(out),
                                       "--ref-date", "2020-07"])
    assert result_.exit_code == 0, result_.output
    assert out.is_file() and (tmp_path / "tasks.labelconfig.xml").is_file()
    assert "1 task(s)" in result_.output


def test_export_reads_word_files_and_lists_what_it_does_not(
        pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: tasks from a .docx carry the text read from it (what the offsets index);
    a file of another type is listed as not read, which fails nothing."""
    from . import docmaker
    root = tmp_path / "in"
    root.mkdir()
    docmaker.make_docx(root / "plan.docx", ["2021年投资215.8亿元。"])
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    monkeypatch.setattr(labelstudio, "Pipeline", lambda: pipeline)
    out = tmp_path / "tasks.json"
    result_ = CliRunner().invoke(app, ["gold", "export", str(root), "-o", str(out)])
    assert result_.exit_code == 0, result_.output
    assert "not read:" in result_.output and "photo.jpg: an image" in result_.output
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["text"] == "2021年投资215.8亿元。"
    for r in task["predictions"][0]["result"]:
        assert task["data"]["text"][r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]

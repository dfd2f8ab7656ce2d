"""pipeline.settle_collector: the objects of a built pipeline frozen out of the cyclic
collector's generations, the young generation collected less often (never more often
than the process asked for)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from unittest import mock

import pytest

from policy_extract import pipeline as pipeline_module
from policy_extract.pipeline import Pipeline, settle_collector, settled_pipeline


@pytest.fixture
def threshold() -> Iterator[None]:
    """The process's thresholds restored after the test."""
    kept = gc.get_threshold()
    yield
    gc.set_threshold(*kept)


@pytest.mark.parametrize(("asked", "after"), [
    ((700, 10, 10), (10_000, 10, 10)),     # Python's default: raised
    ((2_000, 5, 7), (10_000, 5, 7)),       # the older generations as the process set them
    ((50_000, 10, 10), (50_000, 10, 10)),  # a process that asked for fewer collections
    ((0, 10, 10), (0, 10, 10)),            # a process that turned collections off
])
def test_young_threshold(threshold: None, asked: tuple[int, int, int],
                         after: tuple[int, int, int]) -> None:
    gc.set_threshold(*asked)
    settle_collector()
    assert gc.get_threshold() == after


def test_objects_alive_are_frozen(threshold: None) -> None:
    before = gc.get_freeze_count()
    kept = [[i] for i in range(100)]  # 101 containers alive at the call
    settle_collector()
    assert gc.get_freeze_count() >= before + len(kept) + 1


def test_a_built_pipeline_leaves_the_collector_alone(pipeline: Pipeline,
                                                    threshold: None) -> None:
    """A library call never changes the process's collector: only settled_pipeline does."""
    gc.set_threshold(700, 10, 10)
    Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, name_passes=(), facts=None)
    assert gc.get_threshold()[0] == 700


def test_the_cli_pipeline_settles_the_collector(threshold: None) -> None:
    gc.set_threshold(700, 10, 10)
    settled_pipeline(ner=False, facts=None)
    assert gc.get_threshold()[0] == 10_000


def test_a_dropped_pipeline_is_freed_though_frozen(pipeline: Pipeline, threshold: None) -> None:
    """Frozen objects are freed by reference counting only: a pipeline must hold no
    reference cycle, or every pipeline built and dropped (tests, a server) would stay."""
    built = Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, name_passes=(), facts=None)
    ref = weakref.ref(built)
    del built
    assert ref() is None


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
def test_the_cli_pipeline_is_built_without_collections(threshold: None, enabled: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """settled_pipeline builds with the collector paused: the only collection is
    settle_collector's full one after the build; the collector is on again after it (off
    where the process had turned it off), also when the build fails."""
    monkeypatch.setattr(pipeline_module, "_DEFAULT", {})  # built here, not taken from before
    generations: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            generations.append(info["generation"])

    gc.set_threshold(700, 10, 10)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    gc.callbacks.append(seen)
    try:
        settled_pipeline(ner=False, facts=None)
        assert gc.isenabled() is enabled
        with mock.patch.object(pipeline_module, "default_pipeline", side_effect=RuntimeError):
            with pytest.raises(RuntimeError):
                settled_pipeline(ner=False, facts=None)
        assert gc.isenabled() is enabled
    finally:
        gc.callbacks.remove(seen)
        (gc.enable if was else gc.disable)()
    assert generations == [2]  # settle_collector's gc.collect(), once; the failed build none


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
def test_a_library_build_pauses_the_collector(pipeline: Pipeline, threshold: None,
                                              enabled: bool) -> None:
    """Pipeline builds with the collector paused (collector_paused): no collection inside
    the build however many containers it makes; the collector as the process had it after
    the build, also when the build fails; its thresholds untouched."""
    made: list[list[int]] = []
    collected_inside: list[int] = []

    def build_step() -> None:  # a build step that makes many containers that stay alive
        made.extend([i] for i in range(5_000))
        collected_inside.append(gc.get_count()[0])

    gc.set_threshold(700, 10, 10)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with mock.patch.object(pipeline_module, "default_fact_vocab", side_effect=build_step):
            Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, name_passes=(), facts=None)
        assert gc.isenabled() is enabled
        assert collected_inside[0] >= 5_000  # the young generation grew, never collected
        with mock.patch.object(pipeline_module, "default_fact_vocab", side_effect=RuntimeError):
            with pytest.raises(RuntimeError):
                Pipeline(pipeline.rules, tokenizer=pipeline.tokenizer, name_passes=(),
                         facts=None)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert gc.get_threshold() == (700, 10, 10)

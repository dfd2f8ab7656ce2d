"""model.slot_init: the faster ``__init__`` of the frozen types builds what dataclass's own
would (same parameters and defaults, same errors, still frozen)."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from decimal import Decimal

import pytest

from policy_extract.model import Candidate, Fact, Mention, Sentence, slot_init

_TYPES = [Mention, Candidate, Sentence, Fact]


def _plain_twin(cls: type) -> type:
    """The same fields in a frozen slots dataclass with dataclass's own ``__init__``."""
    return dataclasses.make_dataclass(
        cls.__name__, [(f.name, f.type, f) for f in dataclasses.fields(cls)],
        frozen=True, slots=True)


def _required(cls: type) -> dict[str, object]:
    return {f.name: i for i, f in enumerate(dataclasses.fields(cls))
            if f.default is dataclasses.MISSING}


@pytest.mark.parametrize("cls", _TYPES, ids=lambda c: c.__name__)
def test_same_parameters_as_dataclass(cls: type) -> None:
    mine = inspect.signature(cls.__init__).parameters
    theirs = inspect.signature(_plain_twin(cls).__init__).parameters
    assert [(p.name, p.default, p.kind) for p in mine.values()] == \
        [(p.name, p.default, p.kind) for p in theirs.values()]


@pytest.mark.parametrize("cls", _TYPES, ids=lambda c: c.__name__)
def test_same_fields_set_and_still_frozen(cls: type) -> None:
    made = cls(**_required(cls))
    twin = _plain_twin(cls)(**_required(cls))
    assert dataclasses.astuple(made) == dataclasses.astuple(twin)
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, dataclasses.fields(cls)[0].name, "changed")
    with pytest.raises(TypeError):
        cls()


def test_keywords_and_replace() -> None:
    m = Mention(3, 5, "MONEY", "5亿元", value=Decimal("5E8"), unit="CNY")
    assert (m.start, m.end, m.value, m.unit, m.score) == (3, 5, Decimal("5E8"), "CNY", 1.0)
    assert dataclasses.replace(m, place="湖南省") == Mention(
        3, 5, "MONEY", "5亿元", value=Decimal("5E8"), unit="CNY", place="湖南省")
    with pytest.raises(TypeError):
        Mention(3, 5, "MONEY", "5亿元", worth=1)  # type: ignore[call-arg]


def test_refuses_a_field_it_cannot_build() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="items"):
        slot_init(Listed)

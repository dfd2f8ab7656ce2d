"""A name's ``norm`` is ANNOTATION.md's canonical name (its text without line breaks,
spaces and quote marks); the name a variant stands for is ``alias_of``."""

from __future__ import annotations

import pytest

from policy_extract.model import NAME_LABELS, canonical_name
from policy_extract.pipeline import Pipeline

# (text, the mention's text, label, norm, alias_of)
CASES = [
    # a gazetteer abbreviation: its own canonical name, the full name beside it
    ("支持深交所深化创业板改革。", "深交所", "ORG", "深交所", "深圳证券交易所"),
    ("由市发改委牵头。", "市发改委", "ORG", "市发改委", "市发展改革委"),
    # a bare variant linked to the longer name the same text writes
    ("实施“135”工程，打造“135”升级版。", "135", "INITIATIVE", "135", "135工程"),
    # line breaks and quote marks leave the canonical name, nothing else does
    ("落实“六\n稳”工作。", "六\n稳", "INITIATIVE", "六稳", None),
    ("实施“135”工程。", "135”工程", "INITIATIVE", "135工程", None),
    ("省交通运输厅负责。", "省交通运输厅", "ORG", "省交通运输厅", None),
]


@pytest.mark.parametrize(("text", "surface", "label", "norm", "alias_of"), CASES,
                         ids=[c[1].replace("\n", "⏎") + ("@" + c[0][:6]) for c in CASES])
def test_norm_and_alias(pipeline: Pipeline, text: str, surface: str, label: str,
                        norm: str, alias_of: str | None) -> None:
    found = [m for m in pipeline.extract(text).mentions if m.text == surface]
    assert [(m.label, m.norm, m.alias_of) for m in found][-1:] == [(label, norm, alias_of)]
    assert found[-1].name == (alias_of or norm)


def test_every_name_norm_is_canonical(pipeline: Pipeline) -> None:
    """On the bundled seeds, every name's norm is its canonical name, as the gold's value is."""
    from policy_extract.decode import decode_bytes

    from .conftest import REPO
    texts = [decode_bytes(p.read_bytes())[0] for p in sorted((REPO / "seeds").iterdir())
             if p.suffix == ".txt"]
    assert texts
    names = [m for t in texts for m in pipeline.extract(t).mentions if m.label in NAME_LABELS]
    assert names
    assert [m.norm for m in names] == [canonical_name(m.text) for m in names]
    assert all(m.alias_of != m.norm for m in names)

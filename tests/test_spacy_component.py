"""spaCy users: ``nlp.add_pipe("policy_extract")`` in a fresh ``spacy.blank("zh")``,
found through the ``spacy_factories`` entry point (no import of ours first)."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

_SCRIPT = """
import spacy
nlp = spacy.blank("zh")
nlp.add_pipe("policy_extract")
doc = nlp("市委、市政府实施“135”工程升级版，市发改委牵头，深化与泰国合作。")
print([(e.text, e.label_, e._.norm, e._.rule, e._.gpe_code) for e in doc.ents])
"""


def test_add_pipe_in_fresh_process() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                         check=True, timeout=600).stdout
    ents = eval(out)  # noqa: S307 - our own subprocess's repr
    assert ("市委", "ORG", "市委", "names.gazetteer.organ", None) in ents
    assert ("市政府", "ORG", "市政府", "names.gazetteer.organ", None) in ents
    assert ("市发改委", "ORG", "市发展改革委", "names.gazetteer.organ", None) in ents
    assert any(e[1] == "INITIATIVE" and e[2] == "135工程" for e in ents)
    assert ("泰国", "GPE", "泰国", "names.gazetteer.country", "TH") in ents

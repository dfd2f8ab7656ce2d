"""policy-extract: amounts, counts, percentages, dates and names from Chinese government reports.

Quick use::

    from policy_extract import extract
    for m in extract("今年 1 至 6 月，投资额达 215.8 亿元", ref_date="2020-07").mentions:
        print(m.label, m.text, m.value, m.norm)
"""

from __future__ import annotations

__version__ = "0.5.0"

from .model import Document, Extraction, Fact, Label, Mention, PolicyExtractError, Sentence  # noqa: E402
from .pipeline import Pipeline, extract  # noqa: E402

__all__ = [
    "Document", "Extraction", "Fact", "Label", "Mention", "Pipeline", "PolicyExtractError",
    "Sentence", "__version__", "extract",
]

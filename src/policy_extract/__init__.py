"""policy-extract: amounts, counts, percentages, dates and names from Chinese government reports.

Quick use::

    from policy_extract import extract
    for m in extract("今年 1 至 6 月，投资额达 215.8 亿元", ref_date="2020-07").mentions:
        print(m.label, m.text, m.value, m.norm)
"""

from __future__ import annotations

__version__ = "0.5.0"


def _import_jieba() -> None:
    """Import jieba without ``pkg_resources``: jieba 0.42 imports it (0.13-0.3 CPU-s, every
    command) only to open its own data files, and opens them from its folder when the
    import fails. The block lasts for jieba's import alone; a process that imported
    ``pkg_resources`` or jieba before is left as it is."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails
    try:
        import jieba  # noqa: F401
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]


_import_jieba()

from .patterncache import kept_module_patterns  # noqa: E402

with kept_module_patterns():  # the modules' patterns read from the cache folder
    from .model import Document, Extraction, Fact, Label, Mention, PolicyExtractError, Sentence
    from .pipeline import Pipeline, extract

__all__ = [
    "Document", "Extraction", "Fact", "Label", "Mention", "Pipeline", "PolicyExtractError",
    "Sentence", "__version__", "extract",
]

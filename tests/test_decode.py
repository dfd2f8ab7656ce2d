from __future__ import annotations

import codecs

import pytest

from policy_extract.decode import DecodeError, decode_bytes

TEXT = "今年1至6月，投资额分别达 215.8 亿元\r\n六\n稳"

GOOD = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
    ("utf-16", TEXT.encode("utf-16"), "utf-16"),
]


@pytest.mark.parametrize(("data", "encoding"), [pytest.param(d, e, id=i) for i, d, e in GOOD])
def test_decodes_exactly(data: bytes, encoding: str) -> None:
    text, got = decode_bytes(data)
    assert text == TEXT  # \r\n stays two characters; nothing stripped
    assert got == encoding


BAD = [
    ("empty", b"", "empty"),
    ("nul", b"abc\x00def", "NUL"),
    ("binary", bytes(range(1, 32)) * 20, "binary"),
    ("not-text", b"abc\x81" * 3, "neither UTF-8 nor GB18030"),
]


@pytest.mark.parametrize(("data", "message"), [pytest.param(d, m, id=i) for i, d, m in BAD])
def test_rejects_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data, name="x.txt")

"""Small .docx, .html and .pdf files for the tests, made here (nothing downloaded), and
hostile ones: a zip bomb, XML entity expansion, deep nesting, damaged and locked PDFs."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest


def need(module: str) -> None:
    pytest.importorskip(module, reason=f"{module} is absent: pip install '.[formats]'")


# -- .docx ---------------------------------------------------------------------------------


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
              header: str | None = None) -> Path:
    """A Word file with ``paragraphs``, then ``table`` (rows of cells), then a closing
    paragraph; ``header`` goes into the page header (which is not read)."""
    need("docx")
    import docx
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        document.add_paragraph("（完）")
    document.save(path)
    return path


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    """A copy of the zip ``src`` with some members' contents replaced."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, replace.get(item.filename, zin.read(item.filename)))
    return dst


def make_zip_bomb_docx(path: Path, template: Path, unpacked_mib: int = 300) -> Path:
    """A .docx whose document.xml inflates to ``unpacked_mib`` MiB (of spaces inside a valid
    element): about 300 KB on disk. Written a megabyte at a time."""
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(path, "w",
                                                           zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                zout.writestr(item.filename, zin.read(item.filename))
        with zout.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxml'
                     b'formats.org/wordprocessingml/2006/main"><w:body>')
            chunk = b" " * 2**20
            for _ in range(unpacked_mib):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return path


def make_lying_zip_bomb_docx(path: Path, template: Path, unpacked_mib: int = 300) -> Path:
    """A .docx whose document.xml *declares* 4 KiB (with the CRC of its first 4 KiB, so
    that the lie is not caught by a checksum) but inflates to ``unpacked_mib`` MiB: the
    headers are patched after writing."""
    body = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body>')
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = comp.compress(body) + b"".join(comp.compress(b" " * 2**20)
                                              for _ in range(unpacked_mib)) + comp.flush()
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(path, "w",
                                                           zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                zout.writestr(item.filename, zin.read(item.filename))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_STORED  # stored placeholder bytes, patched below
        zout.writestr(info, b"P" * len(deflated))
    data = bytearray(path.read_bytes())
    start = data.index(b"P" * 64)
    data[start:start + len(deflated)] = deflated
    local = data.rindex(b"PK\x03\x04", 0, start)
    central = next(i for i in _find_all(data, b"PK\x01\x02")
                   if data[i + 46:i + 46 + int.from_bytes(data[i + 28:i + 30], "little")]
                   == b"word/document.xml")
    crc = zlib.crc32((body + b" " * 4096)[:4096])
    # method: local +8, central +10; CRC: +14, +16; uncompressed size: +22, +24
    for off, method_at, crc_at, size_at in ((local, 8, 14, 22), (central, 10, 16, 24)):
        data[off + method_at:off + method_at + 2] = (8).to_bytes(2, "little")
        data[off + crc_at:off + crc_at + 4] = crc.to_bytes(4, "little")
        data[off + size_at:off + size_at + 4] = (4096).to_bytes(4, "little")  # the lie
    path.write_bytes(bytes(data))
    return path


def _find_all(data: bytes | bytearray, needle: bytes) -> list[int]:
    found, i = [], data.find(needle)
    while i >= 0:
        found.append(i)
        i = data.find(needle, i + 1)
    return found


def billion_laughs_xml() -> bytes:
    entities = b'<!ENTITY lol0 "lollollollollollollollollollol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b"<!DOCTYPE w:document [" + entities + b"]>"
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')


def deep_docx_xml(depth: int) -> bytes:
    """A document.xml of tables nested ``depth`` deep (three elements a level)."""
    cell = "<w:tbl><w:tr><w:tc>"
    return (f'<w:document xmlns:w="{W_NS}"><w:body>' + cell * depth
            + "<w:p><w:r><w:t>深处</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>" * depth
            + "</w:body></w:document>").encode()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# -- .html ---------------------------------------------------------------------------------

NAV = ["首页", "政务公开", "政策文件", "互动交流", "网上办事"]
FOOTER = ["主办单位：某市人民政府办公室", "网站标识码：4307000001", "湘ICP备05001234号"]


def gov_page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    """A government web page as such sites lay them out: menu, breadcrumb, title, the
    publication line, the body, a share bar, related links, a footer."""
    nav = "".join(f'<li><a href="/{i}/">{w}</a></li>' for i, w in enumerate(NAV))
    body = "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in paragraphs)
    foot = "".join(f"<p>{w}</p>" for w in FOOTER)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_某市人民政府</title>
<script>var x = "<p>不是正文</p>";</script><style>p {{ margin: 0 }}</style></head><body>
<div class="header"><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="article"><h1>{title}</h1>
<div class="info">来源：市发展改革委　发布时间：2021-03-12</div>
<div id="UCAP-CONTENT">{body}</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a.htm">关于印发2020年重点项目计划的通知</a></li>
<li><a href="/b.htm">关于加快推进新型基础设施建设的实施意见</a></li></ul></div>
<div class="footer">{foot}</div></body></html>"""


def old_gov_page(title: str, paragraphs: list[str]) -> bytes:
    """The older layout many county and city sites still serve: nested tables, GB2312,
    paragraphs set apart by ``<br>`` and ``&nbsp;`` indentation, the body in a cell of
    class ``bt_content``."""
    nav = "".join(f'<td><a href="/{i}/">{w}</a></td>' for i, w in enumerate(NAV))
    body = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in paragraphs)
    markup = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title></head><body><table width="1000" align="center"><tr>{nav}</tr></table>
<table width="1000"><tr><td class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</td></tr></table>
<table width="1000"><tr><td width="240" valign="top"><table>
<tr><td><a href="/a.htm">关于印发2020年重点项目计划的通知</a></td></tr>
<tr><td><a href="/b.htm">关于加快推进新型基础设施建设的实施意见</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><b>{title}</b></td></tr>
<tr><td align="center">来源：市发展改革委&nbsp;&nbsp;发布时间：2021-03-12</td></tr>
<tr><td class="bt_content"><font size="3">{body}</font></td></tr>
<tr><td align="right">【打印此页】【关闭窗口】</td></tr></table></td></tr></table>
<table width="1000"><tr><td align="center">{"<br>".join(FOOTER)}</td></tr></table></body></html>"""
    return markup.encode("gb18030")


def deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "正文" + "</div>" * depth + "</body></html>"


# -- .pdf ----------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[list[str]], *, user_password: str | None = None,
             owner_password: str | None = None) -> Path:
    """A PDF whose pages carry ``pages`` (lines of text) in its text layer: a Type0 font
    with a ToUnicode map and no glyphs (no CJK font is needed to make it). Encrypted with
    AES when a password is given (``user_password=""``: opens without one, as many
    government PDFs that only forbid editing)."""
    need("pypdf")
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    chars = sorted({c for page in pages for line in page for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Test-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for i in range(0, len(chars), 100):
        part = chars[i:i + 100]
        cmap.append(f"{len(part)} beginbfchar")
        cmap += [f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in part]
        cmap.append("endbfchar")
    cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end")

    writer = PdfWriter()
    to_unicode = DecodedStreamObject()
    to_unicode.set_data("\n".join(cmap).encode("ascii"))
    descendant = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"):
        NameObject("/CIDFontType2"), NameObject("/BaseFont"): NameObject("/TestSong"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): _pdf_str("Adobe"), NameObject("/Ordering"):
            _pdf_str("Identity"), NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/DW"): NumberObject(1000)})
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/TestSong"),
        NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
        NameObject("/ToUnicode"): writer._add_object(to_unicode)})
    font_ref = writer._add_object(font)
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        ops = ["BT", "/F1 12 Tf", "14 TL", "50 800 Td"]
        for line in lines:
            ops.append("<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj T*")
        ops.append("ET")
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject("/F1"): font_ref})})
    if user_password is not None or owner_password is not None:
        writer.encrypt(user_password=user_password or "", owner_password=owner_password,
                       algorithm="AES-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _pdf_str(s: str):  # noqa: ANN202
    from pypdf.generic import TextStringObject
    return TextStringObject(s)


def make_flate_bomb_pdf(path: Path, unpacked_mib: int = 300) -> Path:
    """A PDF of one page whose content stream inflates to ``unpacked_mib`` MiB of spaces."""
    need("pypdf")
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    comp = zlib.compressobj(9)
    data = comp.compress(b"BT ET ") + b"".join(comp.compress(b" " * 2**20)
                                               for _ in range(unpacked_mib)) + comp.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = StreamObject()
    stream._data = data  # already deflated: written as is
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A PDF of one page that draws only a (tiny) image: a scan without a text layer."""
    need("pypdf")
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    image = DecodedStreamObject()
    image.set_data(bytes([0, 128, 255, 64]))
    image.update({NameObject("/Type"): NameObject("/XObject"),
                  NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(2), NameObject("/Height"): NumberObject(2),
                  NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                  NameObject("/BitsPerComponent"): NumberObject(8)})
    content = DecodedStreamObject()
    content.set_data(b"q 500 0 0 700 50 70 cm /Im1 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im1"): writer._add_object(image)})})
    with open(path, "wb") as fh:
        writer.write(fh)
    return path

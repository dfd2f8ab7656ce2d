"""Files to text: plain text, Word (.docx), web pages (.html) and PDF (text layer).

:func:`format_of` says from a file's name how it is read (or why it is not);
:func:`read_path` reads it and returns the text that every offset indexes,
the ``(text, encoding, sha256)`` of :func:`policy_extract.decode.decode_path`
plus the format. Plain text goes through :mod:`policy_extract.decode`; the
other formats need the ``formats`` extra (python-docx, readability-lxml,
pypdf) and say so in one line when it is missing.

What each reader keeps:

* ``.docx``: the body's paragraphs and tables in document order (one
  paragraph a line, table cells separated by a tab, rows by a line break);
  headers, footers and comments are left out.
* ``.html``/``.htm``/``.shtml``/``.xhtml``: the article body (readability's
  choice, told the content containers of the usual government site systems),
  its title first, without menus, breadcrumbs, share bars and footers; one
  block element a line.
* ``.pdf``: the text layer, page by page; pages are separated by ``\\f\\n``
  (a form feed and a line break), so a mention's page is the number of form
  feeds before it plus one. The form feed goes before the line break: at the
  start of the next line it would read as an indent, and an indented line
  starts a paragraph (:mod:`policy_extract.textview`), which would cut a
  sentence, or a number, that runs over the page. A PDF without a text layer (a scan) is an error.

Hostile files are refused within bounded time and memory (the limits below):
a zip bomb by the sizes its directory declares (and a member that lies about
its size by inflating it in bounded steps, never past what it declared), XML
entity expansion by libxml2's
amplification limit (python-docx's parser resolves no entities), HTML nested
deeper than :data:`MAX_HTML_DEPTH`, PDF reading by a time budget checked
before each drawing operator (pypdf also bounds each stream it inflates).
"""

from __future__ import annotations

import codecs
import functools
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from .decode import DecodeError, decode_bytes, read_regular, sha256_bytes

#: How a file is read, by suffix (lower case).
FORMATS: dict[str, str] = {
    ".txt": "text", ".md": "text",
    ".docx": "docx",
    ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".pdf": "pdf",
}

#: Why a file of another type is not read, where there is something more useful to say.
UNSUPPORTED: dict[str, str] = {
    ".doc": "Word 97-2003 (.doc) is not read: save it as .docx",
    ".wps": "WPS (.wps) is not read: save it as .docx",
    ".rtf": "RTF is not read: save it as .docx",
    ".odt": "OpenDocument (.odt) is not read: save it as .docx",
    ".xls": "a spreadsheet is not read", ".xlsx": "a spreadsheet is not read",
    ".et": "a spreadsheet is not read",
    ".ppt": "slides are not read", ".pptx": "slides are not read",
    ".zip": "an archive is not read: unpack it first",
    ".rar": "an archive is not read: unpack it first",
    ".7z": "an archive is not read: unpack it first",
    ".jpg": "an image has no text layer", ".jpeg": "an image has no text layer",
    ".png": "an image has no text layer", ".gif": "an image has no text layer",
    ".tif": "an image has no text layer", ".tiff": "an image has no text layer",
    ".ofd": "OFD is not read: export it as PDF",
}

EXTRA_HINT = "the formats extra: pip install '.[formats]' in the policy-extract folder"

#: A .docx, .html or .pdf file larger than this is not read.
MAX_FILE_BYTES = 256 * 2**20
#: A .docx whose members declare more than this in all, uncompressed, is refused (zip bomb).
MAX_UNZIPPED_BYTES = 256 * 2**20
#: ... or that has more members than this.
MAX_ZIP_MEMBERS = 10_000
#: ... or whose main text part declares more than this.
MAX_DOCX_XML_BYTES = 64 * 2**20
#: HTML nested deeper than this is refused (real pages nest 10-40 deep).
MAX_HTML_DEPTH = 200
#: A web page larger than this is not read (finding the article takes about 2 s a MiB).
MAX_HTML_BYTES = 32 * 2**20
#: Reading a PDF stops with an error after this many seconds (checked before each operator).
PDF_SECONDS = 60.0
#: ... or after this many pages.
MAX_PDF_PAGES = 5_000


class FormatError(DecodeError):
    """A file of a known format that cannot be read (damaged, hostile, no text)."""


class MissingExtra(FormatError):
    """A reader's library is not installed."""


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    #: the character encoding of a text or HTML file; None for .docx and .pdf
    encoding: str | None
    sha256: str
    format: str


def format_of(path: Path) -> str | None:
    """The format a file is read as, from its suffix; None if it is not read."""
    return FORMATS.get(path.suffix.lower())


def unsupported_reason(path: Path) -> str:
    """Why a file met in a folder is not read (one line)."""
    name = path.name
    if name.startswith("~$"):
        return "a Word or WPS lock file (~$…), not a document"
    if name.startswith("."):
        return "a hidden file"
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        return UNSUPPORTED[suffix]
    kind = f"type {suffix}" if suffix else "a file without a suffix"
    return f"{kind} is not read (read: {', '.join(sorted(FORMATS))})"


@functools.cache
def reader_version(fmt: str) -> str | None:
    """The library (and version) that reads ``fmt``; part of a document's options, so that a
    re-run redoes documents whose reader changed. None for plain text."""
    dist = _READER_DIST.get(fmt)
    if dist is None:
        return None
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"{dist} {version(dist)}"
    except PackageNotFoundError:
        return f"{dist} (missing)"


def read_path(path: Path, fmt: str | None = None) -> Extracted:
    """Read a file as ``fmt`` (default: from its suffix; plain text if unknown, but a
    known binary type such as ``.doc`` is refused with its reason)."""
    fmt = fmt or format_of(path) or "text"
    if fmt == "text" and path.suffix.lower() in UNSUPPORTED:
        raise FormatError(f"{path}: {UNSUPPORTED[path.suffix.lower()]}")
    limit = {"text": None, "html": MAX_HTML_BYTES}.get(fmt, MAX_FILE_BYTES)
    data = read_regular(path, max_bytes=limit)
    name = str(path)
    encoding: str | None
    if fmt == "text":
        text, encoding = decode_bytes(data, name=name)
    else:
        if not data:
            raise FormatError(f"{name}: the file is empty")
        text, encoding = _READERS[fmt](data, name)
    return Extracted(text, encoding, sha256_bytes(data), fmt)


def _need(module: str, fmt: str, name: str) -> Any:
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{name}: reading .{fmt} files needs {_READER_DIST[fmt]} "
                           f"({EXTRA_HINT})") from None


# -- .docx ---------------------------------------------------------------------------------

_DOCX_MAIN = re.compile(r"word/document\d*\.xml")
#: Word encrypts a .docx into an OLE compound file, the container of the old .doc
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def safe_unzip(data: bytes, name: str) -> bytes:
    """The zip ``data`` rebuilt with its members stored (not compressed), after checking
    that its directory promises no more than the limits (a zip bomb).

    Each member is inflated a megabyte at a time and never past the size its directory
    declares, so a member that lies about its size cannot take more memory than the
    limits either (``ZipFile.read`` would inflate it whole before truncating it); the
    reader then reads only stored bytes."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            members = zf.infolist()
            _check_members(members, name)
            out = BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored:
                for m in members:
                    if m.is_dir():
                        continue
                    stored.writestr(m.filename, _inflate(zf, m))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
            EOFError, OSError, RuntimeError) as exc:  # RuntimeError: an encrypted member
        raise FormatError(f"{name}: not a readable Word .docx file (damaged zip: "
                          f"{_short(exc)})") from None
    return out.getvalue()


def _inflate(zf: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """A member's bytes, inflated a megabyte at a time, never past its declared size."""
    chunks = []
    with zf.open(member) as fh:
        while chunk := fh.read(2**20):
            chunks.append(chunk)
    return b"".join(chunks)


def _check_members(members: list[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise FormatError(f"{name}: the .docx holds {len(members):,} parts (limit "
                          f"{MAX_ZIP_MEMBERS:,}): refused as a likely zip bomb")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise FormatError(f"{name}: the .docx unpacks to {total / 2**20:,.0f} MiB (limit "
                          f"{MAX_UNZIPPED_BYTES / 2**20:,.0f} MiB): refused as a likely zip bomb")
    for m in members:
        if _DOCX_MAIN.fullmatch(m.filename) and m.file_size > MAX_DOCX_XML_BYTES:
            raise FormatError(f"{name}: its text part {m.filename} is "
                              f"{m.file_size / 2**20:,.0f} MiB (limit "
                              f"{MAX_DOCX_XML_BYTES / 2**20:,.0f} MiB): refused")


def read_docx(data: bytes, name: str) -> tuple[str, None]:
    docx = _need("docx", "docx", name)
    if data.startswith(_OLE_MAGIC):
        raise FormatError(f"{name}: not a .docx inside but an OLE file: a password-protected "
                          "Word file or a Word 97-2003 .doc renamed; save it as an unlocked "
                          ".docx")
    package = safe_unzip(data, name)
    try:
        document = docx.Document(BytesIO(package))
        lines = list(_docx_lines(document))
    except Exception as exc:  # lxml's XMLSyntaxError, python-docx's own kinds, odd packages
        raise FormatError(f"{name}: cannot read the Word file "
                          f"({type(exc).__name__}: {_short(exc)})") from None
    return "\n".join(lines), None


def _docx_lines(container: Any) -> Iterator[str]:
    """Paragraphs (one line each) and tables (a row a line, cells tab-separated), in order.
    (Recursion through nested tables is bounded by libxml2's depth limit of 256.)"""
    from docx.table import Table
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                yield "\t".join(_cell_text(c) for c in _row_cells(row))
        else:
            yield block.text


def _cell_text(cell: Any) -> str:
    """A table cell on one line: its paragraphs (and nested tables' rows) joined by spaces."""
    return " ".join(line.replace("\t", " ") for line in _docx_lines(cell) if line)


def _row_cells(row: Any) -> list[Any]:
    """A row's cells, a merged cell once (python-docx repeats it for each grid column)."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


# -- .html ---------------------------------------------------------------------------------

#: Ids and classes of the article body in the site systems most government sites run
#: (TRS WCM ``TRS_Editor``, Hanweb ``zoom``, UCAP ``UCAP-CONTENT``, older table layouts'
#: ``bt_content``), told to readability as positive cues.
BODY_HINTS = ("UCAP-CONTENT", "TRS_Editor", "TRS_UEDITOR", "zoom", "Zoom", "bt_content",
              "pages_content", "article-content", "article_content", "news_content",
              "content", "xxgk_content", "zw", "main-content")
#: ... and of page chrome, as negative cues; an element whose id or class contains one of
#: these is removed first (share bars such as Baidu's ``bdsharebuttonbox``, related links
#: ``xgwj`` 相关文件), unless the article body is inside it.
CHROME_HINTS = ("nav", "menu", "crumb", "share", "footer", "related", "xgwj", "toolbar",
                "sidebar", "copyright")

_BLOCK = frozenset("""address article aside blockquote body center dd details div dl dt
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre
section summary table tbody thead tfoot tr ul caption""".split())
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(("script", "style", "noscript", "template", "head", "title", "select",
                   "button", "iframe", "object", "svg"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
#: a doctype with an internal subset (entity declarations), which HTML parsers do not read
#: and would show as text
_DOCTYPE = re.compile(r"^\s*<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # HTML white space; NBSP and U+3000 stay
_TRIM = " \t\u00a0\u3000"


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode by byte-order mark, else the page's ``<meta charset>``, else as a text file."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, name=name)
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            declared = "gb18030"  # what browsers do: GB18030 reads every GBK page
        try:
            codecs.lookup(declared)
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to the bytes themselves
    return decode_bytes(data, name=name)


def read_html(data: bytes, name: str) -> tuple[str, str]:
    lxml_html = _need("lxml.html", "html", name)
    readability = _need("readability", "html", name)
    from lxml import etree

    markup, encoding = decode_html(data, name)
    markup = _DOCTYPE.sub("", _XML_DECL.sub("", markup, count=1), count=1)
    if not markup.strip():
        raise FormatError(f"{name}: the page is empty")
    try:
        tree = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"{name}: cannot parse the page ({_short(exc)})") from None
    depth = max_depth(tree)
    if depth > MAX_HTML_DEPTH:
        raise FormatError(f"{name}: the page nests elements {depth} deep (limit "
                          f"{MAX_HTML_DEPTH}): refused as hostile or broken")
    title = _title(tree)
    drop_chrome(tree)
    try:
        doc = readability.Document(tree, positive_keywords=list(BODY_HINTS),
                                   negative_keywords=list(CHROME_HINTS))
        article = lxml_html.fragment_fromstring(doc.summary(html_partial=True),
                                                create_parent="div")
    except Exception as exc:  # readability's Unparseable and lxml errors; say which
        raise FormatError(f"{name}: cannot find the article in the page "
                          f"({type(exc).__name__}: {_short(exc)})") from None
    text = html_text(article)
    if title and title not in text[:len(title) * 3]:
        text = f"{title}\n{text}" if text else title
    if not text.strip():
        raise FormatError(f"{name}: the page has no article text")
    return text, encoding


def max_depth(tree: Any) -> int:
    """The deepest element nesting in ``tree`` (iteratively: no recursion limit to hit)."""
    from lxml import etree
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _hint_words(el: Any) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}".lower()


def drop_chrome(tree: Any) -> None:
    """Remove elements that are page chrome by their id or class (:data:`CHROME_HINTS`)."""
    body_hints = tuple(h.lower() for h in BODY_HINTS[:6])  # the unambiguous ones
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        words = _hint_words(el)
        if any(h in words for h in CHROME_HINTS) and not any(
                any(b in _hint_words(d) for b in body_hints) for d in el.iter()
                if isinstance(d.tag, str)):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _title(tree: Any) -> str:
    for xpath in ('//meta[@name="ArticleTitle"]/@content', "//h1", "//title"):
        found = tree.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = _SPACE.sub(" ", value).strip(_TRIM)
            if value:
                return value
    return ""


def html_text(element: Any) -> str:
    """The text of an HTML element: a block element or ``<br>`` a line, table cells
    separated by a tab, runs of HTML white space as one space, lines trimmed."""
    out: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            out.append(_SPACE.sub(" ", el.tail or ""))
            return
        if tag == "br":
            out.append("\n")
        elif tag in _BLOCK:
            out.append("\n")
        elif tag in _CELL:
            out.append("\t")
        out.append(_SPACE.sub(" ", el.text or ""))
        for child in el:
            walk(child)
        if tag in _BLOCK:
            out.append("\n")
        out.append(_SPACE.sub(" ", el.tail or ""))

    walk(element)  # recursion depth is bounded by MAX_HTML_DEPTH, checked before
    lines = []
    for raw in "".join(out).split("\n"):
        line = "\t".join(c.strip(_TRIM) for c in raw.split("\t")).strip("\t")
        if line:
            lines.append(line)
    return "\n".join(lines)


# -- .pdf ----------------------------------------------------------------------------------


def read_pdf(data: bytes, name: str) -> tuple[str, None]:
    pypdf = _need("pypdf", "pdf", name)
    import logging
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its recoveries are not the user's
    started = time.monotonic()
    try:
        reader = pypdf.PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted:
            # a PDF locked only against editing opens with the empty password, as in a viewer
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise FormatError(f"{name}: the PDF is encrypted and cannot be opened "
                                  f"({_short(exc)})") from None
            if not opened:
                raise FormatError(f"{name}: the PDF is encrypted with a password: "
                                  "save an unlocked copy") from None
        n_pages = len(reader.pages)
        if n_pages > MAX_PDF_PAGES:
            raise FormatError(f"{name}: {n_pages:,} pages (limit {MAX_PDF_PAGES:,})")
        pages = []
        deadline = started + PDF_SECONDS

        def on_time(*_: Any) -> None:  # called by pypdf before each operator of a page
            if time.monotonic() > deadline:
                raise _OutOfTime

        for i, page in enumerate(reader.pages):
            try:
                pages.append((page.extract_text(visitor_operand_before=on_time) or ""
                              ).rstrip("\n"))
            except _OutOfTime:
                raise FormatError(f"{name}: reading the PDF took over {PDF_SECONDS:g} s "
                                  f"(stopped on page {i + 1} of {n_pages})") from None
            on_time()  # also between pages without operators
    except FormatError:
        raise
    except _OutOfTime:
        raise FormatError(f"{name}: reading the PDF took over {PDF_SECONDS:g} s "
                          f"(stopped after page {len(pages)} of {n_pages})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files; all mean the same
        raise FormatError(f"{name}: cannot read the PDF ({type(exc).__name__}: "
                          f"{_short(exc)})") from None
    text = "\f\n".join(pages)
    if not text.strip():
        _refuse_pdf_bomb(reader, pypdf, name)
        raise FormatError(f"{name}: the PDF has no text layer ({n_pages} page(s) of images?); "
                          "run OCR on it first")
    return text, None


class _OutOfTime(Exception):
    pass


def _refuse_pdf_bomb(reader: Any, pypdf: Any, name: str) -> None:
    """pypdf stops inflating a stream at its limit and extracts nothing from that page
    without a word; say so rather than call the PDF a scan."""
    for i, page in enumerate(reader.pages):
        try:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
        except pypdf.errors.LimitReachedError:
            raise FormatError(f"{name}: page {i + 1} inflates past pypdf's limit: refused as "
                              "a likely decompression bomb") from None
        except Exception:  # noqa: BLE001 - other damage: the caller's message stands
            continue


def _short(exc: BaseException, limit: int = 160) -> str:
    s = " ".join(str(exc).split()) or type(exc).__name__
    return s if len(s) <= limit else s[:limit - 1] + "…"


_READERS: dict[str, Callable[[bytes, str], tuple[str, str | None]]] = {
    "docx": read_docx, "html": read_html, "pdf": read_pdf,
}
_READER_DIST = {"docx": "python-docx", "html": "readability-lxml", "pdf": "pypdf"}

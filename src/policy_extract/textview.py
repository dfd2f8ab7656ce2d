"""The clean view of a raw text, with a map back to raw offsets.

PDF-extracted reports break lines inside sentences (``六\\n稳``), write digits
full-width (``２０１９``) and put spaces inside numbers (``215.8 亿元``). Rules
and NER run on a *clean* string in which

* a line break inside a paragraph is removed (a *soft* break), while a break
  that ends a paragraph or a heading stays as one ``\\n`` (a *hard* break);
* horizontal spaces are removed unless both neighbours are ASCII letters or
  digits (``Recognizers Text`` and ``2019 2020`` keep theirs), and also between
  digits set one by one, as PDF text layers do (``2 9 0 0 亿元`` reads
  ``2900亿元``, ``2 0 0 5年`` reads ``2005年``); one space is kept too where a
  plain or full-width space parts two runs of four Han characters or more outside
  quotes and 《》 (``深化集体林权制度改革 书写…``: a phrase boundary a name does not
  cross, C41sa), not where a run is shorter (``省长 刘捷``, ``罗　平``, ``总 则``);
* full-width digits, letters and ``％．＋`` are folded to ASCII, one character
  for one, so no offset shifts; a full-width comma between full-width digits in
  groups of three (``３５１，７４０万元``) is a thousands separator and reads ``,``;
* a line that ends in a digit standing alone after a word, followed by a line
  that starts with digits set one by one (``达到了2⏎1 5 8 人``), is one number
  broken by the PDF: the break is soft (``2158人``);
* a delivery line (``——2026年1月26日在…⏎…会议上``) and a line that ends in a web
  address keep the break at their end (the speaker's line, or the body after
  ``原文链接：https://…html``, is not glued to them).
* a line's straight double quotes, paired in order, around one to 30 characters that hold
  a Han character and no other quote mark (``开展"三访三评"活动``: web copies write them
  for ``“”``) read as a pair of curly quotes, one character for one, so that the quoted
  rules read the phrase as they read ``“三访三评”`` (C44w); not after a letter, a digit or
  ``=``/``:`` (an attribute or code: ``href="…"``), nor on a line with an odd number of
  them (one closes a curly quote: ``“政府引导、市场运作"。``).

``index[i]`` is the raw offset of ``clean[i]``; :meth:`TextView.to_raw` maps a
clean span to the raw span that covers it, line breaks inside included
(ANNOTATION.md rule 10).

The view also carries the paragraphs, sentences and section headings
(``一、`` / ``（一）`` / ``1.``) that the date resolver and the tables use.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from .runs import first_char_guard

_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update({ord("％"): ord("%"), ord("．"): ord("."), ord("＋"): ord("+"),
              ord("－"): ord("-"), ord("−"): ord("-")})
_FOLD_CHARS = {chr(k): chr(v) for k, v in _FOLD.items()}
_FOLD_RE = re.compile("[" + re.escape("".join(sorted(_FOLD_CHARS))) + "]")
#: a year written in Chinese numerals with a circle or a letter O for its zero
#: (二○一九年, 一九八○年, 二O二O年): the zero is read as 〇 (a circle elsewhere stays)
_ZERO_LIKE = "○◯O"
_YEAR_RUN = re.compile(f"[〇零一二三四五六七八九{_ZERO_LIKE}]{{4}}(?=年)")
_ZERO_FOLD = str.maketrans({c: "〇" for c in _ZERO_LIKE})

_HSPACE = frozenset(" \t\u3000\u00a0\u2002\u2003\u2009\u200b\f\v")
_LINE_END_HARD = frozenset("。！？；：!?;:")
_CLOSERS = frozenset("”’」』）)】")
_CN_NUM = "一二三四五六七八九十"
_HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"[{_CN_NUM}]+、")),
    (2, re.compile(rf"[（(][{_CN_NUM}]+[）)]")),
    (3, re.compile(r"\d{1,2}[.．、](?!\d)")),
)
_PARAGRAPH_START = re.compile(rf"\s*(?:[{_CN_NUM}]+、|[（(][{_CN_NUM}]+[）)]|\d{{1,2}}[.．、](?!\d)|[{_CN_NUM}]是)")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")
_MAX_HEADING_CHARS = 40


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ViewSentence:
    """A sentence in clean offsets, with the heading path it sits under."""

    start: int
    end: int
    paragraph: int
    section: str | None


class TextView:
    """Clean string + offset map + paragraph/sentence/section structure."""

    __slots__ = ("raw", "clean", "index", "paragraphs", "sentences", "headings")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.clean, self.index = _build_clean(raw)
        self.paragraphs = _paragraphs(self.clean)
        self.sentences, self.headings = _sentences(self.clean, self.paragraphs)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the raw span that covers it."""
        if start >= end:
            raise ValueError(f"empty clean span {start}:{end}")
        return self.index[start], self.index[end - 1] + 1

    def clean_offsets(self) -> dict[int, int]:
        """The inverse of :meth:`to_raw`: the clean offset of each raw character the
        clean view keeps (a raw span whose ends are missing here starts or ends on a
        character the view drops)."""
        return {raw: i for i, raw in enumerate(self.index)}

    def raw_slice(self, start: int, end: int) -> str:
        rs, re_ = self.to_raw(start, end)
        return self.raw[rs:re_]


def _build_clean(raw: str) -> tuple[str, array]:
    lines = raw.splitlines(keepends=True)
    hard = _hard_breaks([ln.rstrip("\r\n") for ln in lines])
    out: list[str] = []
    index = array("q")
    pos = 0
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        _clean_line(body, pos, out, index)
        if len(body) < len(line) and hard[i]:
            out.append("\n")
            index.append(pos + len(body))
        pos += len(line)
    index.append(len(raw))  # sentinel: one past the end
    # the same as .translate(_FOLD), which looks every character up: the folded
    # characters are rare, so only they are replaced (a fifteenth of the time)
    joined = "".join(out)
    if "，" in joined:
        joined = _WIDE_THOUSANDS.sub(_wide_commas, joined)
    clean = _FOLD_RE.sub(_fold_one, joined)
    if any(c in clean for c in _ZERO_LIKE):
        clean = _YEAR_RUN.sub(_year_zero, clean)
    if '"' in clean:
        clean = _straight_pairs(clean)
    return clean, index


#: what a phrase between straight quotes read as curly ones holds: a Han character, or a number
#: or a formula of numbers alone (``"135"工程``)
_PAIR_INNER = re.compile("[\u4e00-\u9fff]|^[0-9+]{2,}$")
#: what stands right before an opening straight quote of an attribute or code (``href="…"``)
_CODE_BEFORE = frozenset("=:/\\") | frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _straight_pairs(clean: str) -> str:
    """Each line's straight double quotes paired in order (first with second, third with
    fourth); a line with an odd number of them (one closes a curly quote: ``“政府引导"``) is
    left as it is. A pair around one to 30 characters that hold no other quote mark and what
    _PAIR_INNER reads, after no letter, digit, ``=``, ``:``, ``/`` or ``\\``, reads as
    ``“…”``, one character for one (C44w). Linear: each gap between two quotes is read once."""
    lines: list[list[int]] = []
    last = -1
    for m in re.finditer('"', clean):
        at = m.start()
        if not lines or "\n" in clean[last:at]:
            lines.append([])
        lines[-1].append(at)
        last = at
    chars: list[str] | None = None
    for marks in lines:
        if len(marks) % 2:
            continue
        for a, b in zip(marks[::2], marks[1::2], strict=True):
            inner = clean[a + 1:b]
            if 1 <= len(inner) <= 30 and "“" not in inner and "”" not in inner \
                    and _PAIR_INNER.search(inner) and (a == 0 or clean[a - 1] not in _CODE_BEFORE):
                if chars is None:
                    chars = list(clean)
                chars[a], chars[b] = "“", "”"
    return clean if chars is None else "".join(chars)


#: full-width digits grouped by full-width commas: 1-3 digits first, then groups of
#: exactly three (``３５１，７４０``); ``２０１９，２０２０`` and ``１，２`` are lists. Led by a
#: look-ahead at its first characters (runs.first_char_guard: re tries a pattern that
#: starts with a lookbehind at every character; 22 -> 13 ms on the corpus and 100 bulk files)
_WIDE_THOUSANDS = first_char_guard(
    re.compile("(?<![０-９，,0-9])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９0-9])"))


def _wide_commas(m: re.Match[str]) -> str:
    return m.group().replace("，", ",")


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD_CHARS[m.group()]


def _year_zero(m: re.Match[str]) -> str:
    """``二○一九`` -> ``二〇一九``; a run of circles or letters alone is no year."""
    run = m.group()
    if all(c in _ZERO_LIKE for c in run):
        return run
    return run.translate(_ZERO_FOLD)


_HSPACE_RUN = re.compile("[" + "".join(sorted(_HSPACE)) + "]+")


#: the offsets 0, 1, 2 … up to the longest text read so far (at most _OFFSETS_HELD): a
#: line's offsets are copied from a slice of it, not converted one by one from a range
#: (array.extend(range(...)) takes ~80 ns a character: 35 ms of the corpus's 443,584)
_OFFSETS = array("q")
_OFFSETS_HELD = 1 << 21


def _extend_offsets(index: array, lo: int, hi: int) -> None:
    """``index.extend(range(lo, hi))``."""
    if hi > len(_OFFSETS) and len(_OFFSETS) < _OFFSETS_HELD:
        _OFFSETS.extend(range(len(_OFFSETS), min(_OFFSETS_HELD, max(hi, 2 * len(_OFFSETS)))))
    if hi <= len(_OFFSETS):
        index.extend(_OFFSETS[lo:hi])
    else:
        index.extend(range(lo, hi))


def _clean_line(body: str, offset: int, out: list[str], index: array) -> None:
    """Append ``body`` without its spaces (but those between ASCII letters/digits)."""
    pos = 0
    for m in _HSPACE_RUN.finditer(body):
        i, j = m.span()
        if i > pos:
            out.append(body[pos:i])
            _extend_offsets(index, offset + pos, offset + i)
        left = body[i - 1] if i > 0 else ""
        right = body[j] if j < len(body) else ""
        if _is_ascii_alnum(left) and _is_ascii_alnum(right) and not _pdf_spaced(body, i, j) \
                or _phrase_gap(body, i, j):
            out.append(" ")
            index.append(offset + i)
        pos = j
    if pos < len(body):
        out.append(body[pos:])
        _extend_offsets(index, offset + pos, offset + len(body))


#: the spaces that part two phrases (a plain or a full-width space, tabs): not a no-break
#: space, which binds (国家发展\xa0改革委 of a PDF), nor the thin and zero-width ones
_PHRASE_SPACES = frozenset(" \t\u3000")


def _phrase_gap(body: str, i: int, j: int) -> bool:
    """Whether the spaces ``body[i:j]`` part two Chinese phrases, each a run of four Han
    characters or more on its side (a two-part headline, 深化集体林权制度改革 书写绿水青山新答卷;
    a unit after its task, …产业体系 市发展改革委): the clean view keeps one space there, so a
    name ends at it (C41sa). Joined as before: a shorter run on either side (a name after its
    title, 浙江省省长 刘捷; one padded to width, 罗\u3000平; text set one character at a time,
    总 则) and a space inside quotes or a title's brackets (“雄奇山水 新韵重庆”, 《…新规则 扎实
    推进…》), where the words around it are one name; a space after an article's number
    (第十二条 …)."""
    if _han_run(body, i - 1, -1) < _PHRASE_RUN or _han_run(body, j, 1) < _PHRASE_RUN \
            or not _PHRASE_SPACES.issuperset(body[i:j]):
        return False
    return (body.count("“", 0, i) <= body.count("”", 0, i)
            and body.count("《", 0, i) <= body.count("》", 0, i)
            and not _ARTICLE_END.search(body, max(0, i - 12), i))


#: a law's article, chapter or section number (第十二条 淮阳龙湖保护区的…): the rules read the
#: text after it joined to it, as before
_ARTICLE_END = re.compile("第[一二三四五六七八九十百千零〇两0-9]+[条章节款编]$")


#: the Han characters a phrase holds on each side of a space that parts two (_phrase_gap)
_PHRASE_RUN = 4


def _han_run(body: str, k: int, step: int) -> int:
    """How many Han characters run from ``body[k]`` on (walking by ``step``), at most
    :data:`_PHRASE_RUN`."""
    n = 0
    while n < _PHRASE_RUN and 0 <= k < len(body) and _is_han(body[k]):
        n += 1
        k += step
    return n


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _pdf_spaced(body: str, i: int, j: int) -> bool:
    """Whether the spaces ``body[i:j]`` split one number set one character at a time
    (a PDF's text layer: ``2 9 0 0 亿元``, ``1 2 %``, ``2 0 0 5年``, ``1 2 3 4 .5``,
    ``21　5.8亿元``): digits (or a point) on both sides and a lone character on at least
    one side, unless the other side is a whole run of four or more digits (``表1  2022年``
    is a table number and a year). ``2019 2020`` keeps its space."""
    left, right = body[i - 1], body[j]
    if not (_is_digitish(left) and _is_digitish(right)):
        return False
    lone_left = i < 2 or not _is_ascii_alnum(body[i - 2])
    lone_right = j + 1 >= len(body) or not _is_ascii_alnum(body[j + 1])
    if lone_left and lone_right:
        return True
    if lone_left:
        return not _whole_run(body, j, 1)
    if lone_right:
        return not _whole_run(body, i - 1, -1)
    return False


def _whole_run(body: str, k: int, step: int) -> bool:
    """Whether the digits from ``body[k]`` on (walking by ``step``) are four or more with
    no point: a number written whole, not one spaced digit by digit."""
    n = 0
    while 0 <= k < len(body) and _is_digitish(body[k]):
        if not body[k].isdigit() and not "\uff10" <= body[k] <= "\uff19":
            return False
        n += 1
        k += step
    return n >= 4


def _is_digitish(ch: str) -> bool:
    return ch.isdigit() or ch in ".．" or "\uff10" <= ch <= "\uff19"


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or "\uff10" <= ch <= "\uff5a"


def _hard_breaks(bodies: list[str]) -> list[bool]:
    """For each line, whether the break after it ends a paragraph.

    Blank lines between two text lines end a paragraph too, except where the
    line before them is a wrapped full-width line or ends in ``，、``: PDF
    extraction puts blank lines inside sentences (``功成\n\n必定有我``).
    """
    stripped = [b.strip(" \t\u3000") for b in bodies]
    result = [True] * len(bodies)
    i = 0
    opens = 0  # the first line of the paragraph line i is in
    while i < len(bodies):
        if not stripped[i]:
            i += 1
            continue
        j = i + 1
        while j < len(bodies) and not stripped[j]:
            j += 1
        nxt = bodies[j] if j < len(bodies) else ""
        hard = _is_hard(bodies[i], nxt) or _ends_delivery(stripped, opens, i, j)
        if hard and j == i + 1 and _split_spaced(stripped[i], nxt) and _is_wrapped(stripped, i):
            hard = False
        if not hard and j == i + 1 and _is_title_line(stripped, i, result):
            hard = True
        if j > i + 1 and not hard:
            wrapped = _is_wrapped(stripped, i) and _wide_around(stripped, i) \
                or stripped[i][-1] in "，、"
            hard = not wrapped
        for k in range(i, j):
            result[k] = hard
        if hard:
            opens = j
        i = j
    return result


#: a delivery line (ANNOTATION.md: the report's date and the session it was delivered at,
#: ——2026年1月26日在广东省第十四届人民代表大会第五次会议上), whole: it ends at its line
_DELIVERY = re.compile(
    r"[—\-－]*[（(]?[0-9〇零一二三四五六七八九○]{4}年[0-9一二三四五六七八九十]{1,2}月"
    r"[0-9一二三四五六七八九十]{1,3}日在\S{2,60}?(?:会议|大会)上[)）]?$")


def _ends_delivery(stripped: list[str], opens: int, i: int, j: int) -> bool:
    """Whether line i ends a delivery line that opens at line ``opens`` (on one line or
    over two: ——2026年1月26日在广东省第十四届⏎人民代表大会第五次会议上): its break is
    hard, so the line after it (来源：…, the speaker's name, 各位代表：) is not glued to
    it (会议上|海南省省长 read 上海). One led by no dash needs a short line after it (line
    ``j``, not as wide as the lines around it): a sentence that opens with a date and
    wraps at its 会议上 goes on on a wide line."""
    if i - opens > 1 or not stripped[i].endswith(("上", "上）", "上)")):
        return False
    line = "".join(s.replace(" ", "") for s in stripped[opens:i + 1])
    if not _DELIVERY.match(line):
        return False
    return line[0] in "—-－" or j >= len(stripped) or not _is_wrapped(stripped, j)


def _is_title_line(stripped: list[str], i: int, result: list[bool]) -> bool:
    """Whether line i is a paragraph of its own with no mark at its end: a title or a
    subtitle (海拉尔区2018年政府工作要点, 保障措施) that starts after a break, is short
    and much narrower than the lines around it (not a wrapped line), and ends in no mark
    that continues a sentence, so the line after it (区发改局负责…) is not glued to it. A
    delivery line (——2026年1月26日在广东省第十四届⏎人民代表大会…) may run over two lines."""
    text = stripped[i]
    prev = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    return ((prev is None or result[prev]) and len(text) <= _MAX_TITLE_CHARS
            and text[-1] not in "，、：:（(“‘《—-" and not text.startswith(("—", "-"))
            and not _is_wrapped(stripped, i))


def _wide_around(stripped: list[str], i: int) -> bool:
    """(C45f) Whether the lines around line i reach a printed page's width
    (:data:`_MIN_PAGE_LINE`): a blank line between two lines of a page wrapped in a PDF
    goes inside a sentence (``功成⏎⏎必定有我``), but the cells of a table copied from the
    web stand one to a paragraph, every line short (``县政务服务中心⏎⏎县机关事务服务中心``, a task
    list's two bodies; ``…完成年度目标任务⏎⏎区生态环境局``, a target and the body
    responsible for it): glued, they ran into one name or cut one."""
    return max(len(s) for s in stripped[max(0, i - 4):i + 5] if s) >= _MIN_PAGE_LINE


def _is_wrapped(stripped: list[str], i: int) -> bool:
    """Whether line i is as wide as the lines around it (a wrapped line, not a short last one)."""
    around = [len(s) for s in stripped[max(0, i - 4):i + 5] if s]
    return len(stripped[i]) >= 0.7 * max(around)


def _is_hard(body: str, nxt: str) -> bool:
    text = body.strip(" \t\u3000")
    following = nxt.strip(" \t\u3000")
    if not text or not following:
        return True
    last = text[-1]
    if last in _LINE_END_HARD:
        return True
    if last in _CLOSERS and len(text) > 1 and text[-2] in _LINE_END_HARD:
        return True
    if _is_heading_line(text):
        return True
    if not following[0].isascii() and _URL_END.search(text):
        return True  # a link's line (原文链接：https://…html⏎安徽省人民政府办公厅…)
    if _PARAGRAPH_START.match(nxt) and not (last.isdigit() and following[0].isdigit()):
        return True
    if nxt[:1] in _HSPACE:  # an indented line starts a paragraph
        return True
    # never glue two numbers together: "2019\n2020" in a table is two cells
    return last.isdigit() and following[0].isdigit() and not _mid_number(text)


#: a line that ends in a web address: nothing but the address's own characters go on
#: after it, so a line of Chinese after it is a paragraph of its own
_URL_END = re.compile(r"(?:https?://|www\.)[!-~]+$")


def _mid_number(text: str) -> bool:
    return text[-2:-1] in {".", ","}


#: the narrowest lines read as a printed page's, wrapped where a blank line parts them
#: (_wide_around): a page of a PDF holds some 25 to 40 characters a line
_MIN_PAGE_LINE = 18
#: the longest line read as a title or subtitle standing alone (_is_title_line)
_MAX_TITLE_CHARS = 40
#: a digit alone at the end of a line, right after a word (not after 第, 表, 图, 附件,
#: 号, 条, 款, 章, 节, 项 or 序, which number things): the first digit of a number the
#: PDF broke
_LONE_LAST_DIGIT = re.compile(r"(?<![第表图件号款条章节项序])(?<=[\u4e00-\u9fff])[0-9０-９]$")
#: a line that starts with digits set one by one (``1 5 8 人``)
_SPACED_START = re.compile("[0-9０-９][ \u3000]+[0-9０-９](?![0-9０-９])")


def _split_spaced(text: str, following: str) -> bool:
    """Whether a number set one digit at a time runs over the break: a line (not a
    heading) ending in a lone digit after a word and the next line, not indented,
    starting with digits spaced one by one (``达到了2⏎1 5 8 人``). ``第2⏎1 5``,
    ``表2⏎1 5``, a year or cell ending a line (``2019⏎2 0 2 0``) and a short line
    (checked by the caller: only a wrapped line breaks inside a number) keep their break."""
    # the next line's start first: one character read on most lines, where the search for
    # a digit at the line's end (led by lookbehinds) reads the whole line
    return (bool(_SPACED_START.match(following)) and bool(_LONE_LAST_DIGIT.search(text))
            and not _is_heading_line(text))


def _is_heading_line(text: str) -> bool:
    if len(text) > _MAX_HEADING_CHARS or "。" in text:
        return False
    return any(p.match(text) for _, p in _HEADING_PATTERNS)


def _paragraphs(clean: str) -> list[Span]:
    spans = []
    start = 0
    for m in re.finditer("\n", clean):
        if m.start() > start:
            spans.append(Span(start, m.start()))
        start = m.end()
    if start < len(clean):
        spans.append(Span(start, len(clean)))
    return spans


def _heading(clean: str, para: Span) -> tuple[int, str] | None:
    text = clean[para.start:para.end]
    for level, pattern in _HEADING_PATTERNS:
        if pattern.match(text):
            stop = text.find("。")
            title = text if stop < 0 else text[:stop]
            if len(title) <= _MAX_HEADING_CHARS:
                return level, title
    return None


def _sentences(clean: str, paragraphs: list[Span]
               ) -> tuple[list[ViewSentence], list[tuple[Span, ...]]]:
    """Sentences in clean offsets; ``headings[p]`` holds the clean spans of the
    headings paragraph p sits under, outermost first."""
    stack: list[tuple[int, str, Span]] = []
    sentences: list[ViewSentence] = []
    headings: list[tuple[Span, ...]] = []
    section: str | None = None
    spans: tuple[Span, ...] = ()
    for p_no, para in enumerate(paragraphs):
        found = _heading(clean, para)
        if found:  # the path changes at a heading only
            level, title = found
            stack = [h for h in stack if h[0] < level]
            stack.append((level, title, Span(para.start, para.start + len(title))))
            section = " > ".join(h[1] for h in stack) or None
            spans = tuple(h[2] for h in stack)
        headings.append(spans)
        start = para.start
        for m in _SENTENCE_END.finditer(clean, para.start, para.end):
            sentences.append(ViewSentence(start, m.end(), p_no, section))
            start = m.end()
        if start < para.end:
            sentences.append(ViewSentence(start, para.end, p_no, section))
    return sentences, headings

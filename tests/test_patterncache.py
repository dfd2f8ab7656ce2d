"""The cache on disk of compiled regex patterns (patterncache): same matches, keyed by
the source, files of a digest, unreadable files compiled anew."""

from __future__ import annotations

import os
import pickle
import re
import sys
from pathlib import Path

import pytest
import regex
import yaml

from policy_extract import names, patterncache
from policy_extract.names import NameRule, load_name_rules
from policy_extract.patterncache import PatternCache, cache_folder
from policy_extract.rules import (
    _YAML_LOADER,
    RuleError,
    RuleSet,
    default_rules_dir,
    load_rules,
    load_yaml,
    rules_digest,
)

SOURCES = [
    r"(?<=[，。])(?:国家级|省级)?[\p{Han}]{2,6}(?:示范区|产业园)",
    r"(?P<n>\d+(?:\.\d+)?)(?:亿元|万元)",
    r"(?:北京|天津|上海)(?=市)",
]
TEXTS = ["，国家级高新示范区和省级物流产业园。", "投资3.5亿元，北京市120万元", ""]


def _matches(pattern: regex.Pattern[str]) -> list[list[tuple[int, int, dict[str, str]]]]:
    return [[(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(t)] for t in TEXTS]


def test_patterns_read_back_match_as_compiled(tmp_path: Path) -> None:
    first = PatternCache("d1", tmp_path)
    for source in SOURCES:
        first.compile(source, regex.V0)
    assert first.compiled == len(SOURCES)
    first.save()
    again = PatternCache("d1", tmp_path)
    for source in SOURCES:
        assert _matches(again.compile(source, regex.V0)) == \
            _matches(regex.compile(source, regex.V0))
    assert again.compiled == 0  # all read from the file


def test_re_patterns_read_back_are_the_same_code(tmp_path: Path) -> None:
    sources = [r"(?P<n>\d+)(?:亿|万)元", r"[\u4e00-\u9fff]{2,4}(?=省)", r"(?<![第])(\d)年?"]
    first = PatternCache("d1", tmp_path)
    for source in sources:
        first.compile_re(source)
    first.save()
    again = PatternCache("d1", tmp_path)
    for source in sources:
        # re's patterns are equal when their source, flags and compiled code are
        assert again.compile_re(source) == re.compile(source)
    assert again.compiled == 0
    with pytest.raises(re.error):
        again.compile_re("(?P<n>")


def test_re_code_another_python_refuses_is_compiled_anew(tmp_path: Path) -> None:
    cache = PatternCache("d1", tmp_path)
    cache.stdlib["a+b"] = ("a+b", 32, [0], 0, {}, (None,))  # no code _sre takes
    assert cache.compile_re("a+b") == re.compile("a+b") and cache.compiled == 1


@pytest.mark.parametrize("flags", [regex.V0, regex.V0 | regex.IGNORECASE])
def test_an_entry_is_its_source_and_flags(tmp_path: Path, flags: int) -> None:
    cache = PatternCache("d1", tmp_path)
    cache.compile(SOURCES[0], regex.V0)
    cache.save()
    again = PatternCache("d1", tmp_path)
    again.compile(SOURCES[0] + "?", regex.V0)  # another source: compiled, not looked up
    again.compile(SOURCES[0], flags)
    assert again.compiled == (1 if flags == regex.V0 else 2)


def test_another_digest_reads_another_file(tmp_path: Path) -> None:
    cache = PatternCache("d1", tmp_path)
    cache.compile(SOURCES[0], regex.V0)
    cache.save()
    other = PatternCache("d2", tmp_path)
    assert other.patterns == {}


def test_an_unreadable_file_is_compiled_anew(tmp_path: Path) -> None:
    cache = PatternCache("d1", tmp_path)
    assert cache.path is not None
    cache.path.write_bytes(b"not a pickle")
    again = PatternCache("d1", tmp_path)
    assert again.patterns == {}
    again.compile(SOURCES[1], regex.V0)
    again.save()
    assert PatternCache("d1", tmp_path).patterns.keys() == {(SOURCES[1], regex.V0)}
    cache.path.write_bytes(pickle.dumps({"other": 1}))  # a pickle of something else
    assert PatternCache("d1", tmp_path).patterns == {}


def test_no_folder_no_file(tmp_path: Path) -> None:
    cache = PatternCache("d1", None)
    cache.compile(SOURCES[0], regex.V0)
    cache.save()
    assert cache.path is None and list(tmp_path.iterdir()) == []


def test_a_save_keeps_the_newest_files(tmp_path: Path) -> None:
    for n in range(patterncache.KEPT_FILES + 2):
        cache = PatternCache(f"d{n}", tmp_path)
        cache.compile(SOURCES[0], regex.V0)
        cache.save()
        assert cache.path is not None
        os.utime(cache.path, (n, n))  # the later digests the newer
    last = PatternCache("last", tmp_path)
    last.compile(SOURCES[0], regex.V0)
    last.save()
    kept = sorted(p.name.split("-")[1] for p in tmp_path.glob("names-*.pickle"))
    assert len(kept) == patterncache.KEPT_FILES and "last" in kept and "d0" not in kept


@pytest.mark.parametrize(("env", "expected"), [
    ({"POLICY_EXTRACT_CACHE": "off"}, None),
    ({"POLICY_EXTRACT_CACHE": "/x/y"}, Path("/x/y")),
    ({"XDG_CACHE_HOME": "/c"}, Path("/c/policy-extract")),
])
def test_cache_folder(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                      expected: Path | None) -> None:
    for key in ("POLICY_EXTRACT_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert cache_folder() == expected


def test_name_rules_through_the_cache_are_the_same_patterns(tmp_path: Path) -> None:
    folder = default_rules_dir()
    cache = PatternCache(rules_digest(folder), tmp_path)
    load_name_rules(folder, cache)
    cache.save()
    read = PatternCache(rules_digest(folder), tmp_path)
    cached = load_name_rules(folder, read).rules
    assert read.compiled == 0 and read.patterns
    plain = load_name_rules(folder).rules
    for a, b in zip(cached, plain, strict=True):
        for key in ("pattern", "near"):
            pa, pb = getattr(a, key), getattr(b, key)
            assert (pa is None) == (pb is None)
            if isinstance(pa, re.Pattern):  # engine: re, equal if the code is
                assert pa == pb
            elif pa is not None:
                assert (pa.pattern, pa.flags, pa.groupindex) == \
                    (pb.pattern, pb.flags, pb.groupindex)


def _rule_patterns(rules: RuleSet) -> list[tuple[str, object]]:
    """Every compiled pattern of a rule set, by where it is: its source, flags and groups."""
    out: list[tuple[str, object]] = []
    for r in (*rules.numeric, *rules.dates):
        for key in ("pattern", "needs_pattern"):
            out.append((f"{r.id}.{key}", _pattern_key(getattr(r, key))))
    out += [(b.id, _pattern_key(b.pattern)) for b in rules.blockers]
    out += [(s.id, _pattern_key(s.pattern)) for s in rules.ref_sources]
    out += [(f"{n.id}.{k}", _pattern_key(getattr(n, k)))
            for n in rules.not_present for k in ("before", "after")]
    return out


def _pattern_key(p: regex.Pattern[str] | None) -> object:
    return None if p is None else (p.pattern, p.flags, p.groupindex, _matches(p))


def test_number_and_date_rules_through_the_cache_are_the_same_patterns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_rules keeps its patterns in a ``rules-`` file of the cache: a second build reads
    them all from it, the same patterns as compiled without a cache."""
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off")
    plain = _rule_patterns(load_rules())
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    assert _rule_patterns(load_rules()) == plain  # compiled, then written
    assert [p.name.split("-")[0] for p in tmp_path.glob("rules-*.pickle")] == ["rules"]
    assert PatternCache(rules_digest(default_rules_dir()), tmp_path, kind="rules").patterns
    assert _rule_patterns(load_rules()) == plain  # read back
    compiled = []
    monkeypatch.setattr(regex, "compile", lambda *a, **k: compiled.append(a))
    load_rules()
    assert compiled == []  # every rule pattern came from the file


@pytest.mark.parametrize(("text", "message"), [
    # a top-level group written twice (factsb35's second scope_words: YAML kept the last)
    ("scope_words: [a]\nother: [b]\nscope_words: [c]\n",
     "key 'scope_words' a second time \\(first at line 1\\)"),
    # inside one entry of a list of rules
    ("rules:\n  - id: x\n    pattern: a\n    id: y\n", "key 'id' a second time"),
])
def test_a_key_written_twice_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         text: str, message: str) -> None:
    """load_yaml refuses a mapping that writes one key twice, naming the key and the first
    line (YAML would keep the last silently), also when the cache folder is in use."""
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_yaml(path)


def test_the_same_key_in_two_mappings_is_no_error(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("rules:\n  - {id: x, label: A}\n  - {id: y, label: A}\n", encoding="utf-8")
    assert load_yaml(path) == {"rules": [{"id": "x", "label": "A"}, {"id": "y", "label": "A"}]}


def test_yaml_read_back_is_the_same_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_yaml keeps each parsed file in the cache, named by its text: the same data read
    back, a changed file parsed anew (never a stale entry), an unreadable entry parsed anew."""
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "x.yaml"
    path.write_text("a: [1, 2.5, 未来, null]\nb: {c: true, d: 2020-01-02}\n", encoding="utf-8")
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert load_yaml(path) == expected
    (entry,) = (tmp_path / "cache").glob("yaml-*.pickle")
    monkeypatch.setattr(yaml, "load", lambda *a, **k: pytest.fail("parsed, not read back"))
    first = load_yaml(path)
    assert first == expected
    first["a"].append(3)  # a caller's change is its own copy's
    assert load_yaml(path) == expected
    monkeypatch.undo()
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path / "cache"))
    path.write_text("a: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 2}
    entry.write_bytes(b"not a pickle")
    path.write_text("a: [1, 2.5, 未来, null]\nb: {c: true, d: 2020-01-02}\n", encoding="utf-8")
    assert load_yaml(path) == expected
    for rules_file in sorted(default_rules_dir().glob("*.yaml")):
        text = rules_file.read_text(encoding="utf-8")
        assert load_yaml(rules_file) == yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506


# -- stored_value: a value built from data, kept under a key that names what it is built from


def _counted(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value
    return calls, build


@pytest.mark.parametrize(("case", "built_again"), [
    ("same key", False),  # read back
    ("other key", True),  # changed code or data: another file, built
    ("stale file", True),  # a file whose stored key is not the key (a collision): built
    ("broken file", True),  # not a pickle: built, rewritten
    ("no folder", True),  # $POLICY_EXTRACT_CACHE off: built every time
])
def test_stored_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str,
                      built_again: bool) -> None:
    value = {"a": (1, 2.5), "b": frozenset({"x"})}
    folder = tmp_path / "cache"
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off" if case == "no folder" else str(folder))
    calls, build = _counted(value)
    assert patterncache.stored_value("k", "key 1", build) == value
    key = "key 2" if case == "other key" else "key 1"
    if case in ("stale file", "broken file"):
        (path,) = folder.glob("k-*.pickle")
        path.write_bytes(pickle.dumps(("key 0", "stale")) if case == "stale file"
                         else b"not a pickle")
    assert patterncache.stored_value("k", key, build) == value
    assert len(calls) == 1 + built_again
    if case in ("stale file", "broken file"):  # rewritten: read back the next time
        assert patterncache.stored_value("k", key, build) == value
        assert len(calls) == 2


@pytest.mark.parametrize(("case", "built_again"), [
    ("same entry", False),  # read back
    ("other entry", True),  # another place: its own file, built
    ("other key", True),  # changed code or data: another folder, built
    ("stale file", True),  # a file whose stored key or entry is not these: built
    ("broken file", True),  # not a pickle: built, rewritten
    ("no folder", True),  # $POLICY_EXTRACT_CACHE off: built every time
])
def test_stored_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str,
                      built_again: bool) -> None:
    """stored_entry: one file per entry (a place's local look-up, places._stored_lookup) in
    a folder of the key."""
    value = {"鼎城": "places.county_short_name", "x": frozenset({"桃源"})}
    folder = tmp_path / "cache"
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off" if case == "no folder" else str(folder))
    calls, build = _counted(value)
    assert patterncache.stored_entry("k", "key 1", "430703", build) == value
    key = "key 2" if case == "other key" else "key 1"
    entry = "430725" if case == "other entry" else "430703"
    if case in ("stale file", "broken file"):
        (path,) = folder.glob("k-*/entry-*.pickle")
        path.write_bytes(pickle.dumps((("key 1", "430725"), "stale")) if case == "stale file"
                         else b"not a pickle")
    assert patterncache.stored_entry("k", key, entry, build) == value
    assert len(calls) == 1 + built_again
    if case in ("stale file", "broken file"):  # rewritten: read back the next time
        assert patterncache.stored_entry("k", key, entry, build) == value
        assert len(calls) == 2
    if case == "other entry":
        assert len(list(folder.glob("k-*/entry-*.pickle"))) == 2


def test_stored_entry_folders_pruned(tmp_path: Path) -> None:
    """The folders of other keys (other code or data) are removed but the newest few, when
    a new key's is made; another kind's are left alone."""
    (tmp_path / "other-1").mkdir()
    for n in range(patterncache.KEPT_FILES + 3):
        assert patterncache.stored_entry("k", f"key {n}", "a", lambda n=n: n, tmp_path) == n
        os.utime(next(tmp_path.glob(f"k-{patterncache._digest(f'key {n}')}")),
                 (n + 1e9, n + 1e9))
    kept = sorted(f.name for f in tmp_path.glob("k-*"))
    assert len(kept) == patterncache.KEPT_FILES and (tmp_path / "other-1").is_dir()
    newest = patterncache.KEPT_FILES + 2
    assert f"k-{patterncache._digest(f'key {newest}')}" in kept
    assert f"k-{patterncache._digest('key 0')}" not in kept


def test_stored_value_in_a_read_only_folder(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be written (a write raises PermissionError, as a read-only
    folder makes it for a user who is not root): a value is built each time, nothing is
    raised, and a file written there before is still read."""
    folder = tmp_path / "cache"
    calls, build = _counted([1, 2])
    assert patterncache.stored_value("k", "kept", build, folder) == [1, 2]  # written

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "write_bytes", refuse)
    monkeypatch.setattr(Path, "mkdir", refuse)
    assert patterncache.stored_value("k", "key", build, folder) == [1, 2]
    assert patterncache.stored_value("k", "key", build, folder) == [1, 2]
    assert len(calls) == 3
    assert patterncache.stored_value("k", "kept", build, folder) == [1, 2]
    assert len(calls) == 3
    assert len(list(folder.glob("k-*.pickle"))) == 1


def test_stored_value_where_the_file_cannot_be_written(tmp_path: Path) -> None:
    """A cache path that cannot be written (here a file where the folder should be, which
    root cannot write through either): the value is built each time, nothing raised."""
    folder = tmp_path / "file"
    folder.write_text("not a folder")
    calls, build = _counted("v")
    assert patterncache.stored_value("k", "key", build, folder) == "v"
    assert patterncache.stored_value("k", "key", build, folder) == "v"
    assert len(calls) == 2


def test_code_digest_is_of_the_package_code() -> None:
    digest = patterncache.code_digest()
    assert digest is not None and len(digest) == 64
    assert patterncache.code_digest() == digest
    folder = Path(patterncache.__file__).parent
    assert patterncache.package_digest(folder, "policy_extract") == digest


def test_package_digest_names_code_and_import_name(tmp_path: Path) -> None:
    """Another import name (ab.py's ``base_pe``), another file or a changed file: another
    digest, so a pickle naming one package's modules is never read by the other."""
    (tmp_path / "a.py").write_text("x = 1\n")
    first = patterncache.package_digest(tmp_path, "policy_extract")
    assert first == patterncache.package_digest(tmp_path, "policy_extract")
    assert patterncache.package_digest(tmp_path, "base_pe") != first
    (tmp_path / "a.py").write_text("x = 2\n")
    assert patterncache.package_digest(tmp_path, "policy_extract") != first
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("")
    assert patterncache.package_digest(tmp_path, "policy_extract") != first


# -- SourceMemo: results of pure functions of a pattern's source, kept under a key


def _lengths(source: str) -> tuple[int, frozenset[str]]:
    _lengths.calls += 1  # type: ignore[attr-defined]
    if source == "bad":
        raise ValueError(source)
    return len(source), frozenset(source)


@pytest.mark.parametrize(("case", "calls"), [
    ("same key", 0),  # read back: no call
    ("other key", 2),  # another file: called
    ("broken file", 2),  # not a pickle: called
    ("stale file", 2),  # a file whose stored key is another's: called
])
def test_source_memo(tmp_path: Path, case: str, calls: int) -> None:
    _lengths.calls = 0  # type: ignore[attr-defined]
    memo = patterncache.SourceMemo("m", "key 1", tmp_path)
    assert [memo(_lengths, s) for s in ("ab", "中文", "ab")] == [(2, {"a", "b"}), (2, {"中", "文"}),
                                                                (2, {"a", "b"})]
    with pytest.raises(ValueError):
        memo(_lengths, "bad")  # nothing kept of a call that raises
    memo.save()
    assert _lengths.calls == 3  # type: ignore[attr-defined]
    (path,) = tmp_path.glob("m-*.pickle")
    if case == "broken file":
        path.write_bytes(b"not a pickle")
    elif case == "stale file":
        path.write_bytes(pickle.dumps(("key 0", {})))
    _lengths.calls = 0  # type: ignore[attr-defined]
    again = patterncache.SourceMemo("m", "key 2" if case == "other key" else "key 1", tmp_path)
    assert again(_lengths, "ab") == (2, {"a", "b"}) and again(_lengths, "中文") == (2, {"中", "文"})
    assert _lengths.calls == calls  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        again(_lengths, "bad")


def test_source_memo_without_a_folder_or_one_that_cannot_be_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _lengths.calls = 0  # type: ignore[attr-defined]
    for folder in (None, tmp_path / "cache"):
        memo = patterncache.SourceMemo("m", "key", folder)
        assert memo(_lengths, "ab") == (2, {"a", "b"})
        with monkeypatch.context() as m:
            m.setattr(Path, "write_bytes", lambda *a, **k: (_ for _ in ()).throw(
                PermissionError(13, "Permission denied")))
            memo.save()  # logged, not raised
    assert not list(tmp_path.glob("cache/m-*"))


def test_name_rules_through_the_memo_are_the_same(tmp_path: Path) -> None:
    """What triggers.py reads off the name rules' patterns, kept in a ``windows-`` file and
    read back, is what it reads without the memo, and so are the patterns (their fragments'
    word lists made through the memo too: rules.kept_alternation); a build from the file
    adds nothing to it (every result read, none made)."""
    folder = default_rules_dir()
    fields = ("needs", "reach", "behind", "behind_stops", "after_needs", "near_set",
              "near_exact", "at_places", "lead", "first")

    def derived(rules: tuple[NameRule, ...]) -> list[tuple[object, ...]]:
        # near_words: the words of near_set, longest first, those of one length in the
        # set's order (a set's order, which may differ between two equal sets, changes no
        # match: of two words of one length at most one matches at a position)
        return [tuple(getattr(r, f) for f in fields)
                + (None if r.near_words is None else sorted(r.near_words.pattern.split("|")),
                   None if r.pattern is None else r.pattern.pattern)
                for r in rules]
    plain = derived(load_name_rules(folder).rules)
    memo = names._windows_memo(tmp_path)
    assert memo is not None
    assert derived(load_name_rules(folder, memo=memo).rules) == plain
    memo.save()
    read = names._windows_memo(tmp_path)
    assert read is not None and read.results
    assert any(function.endswith("._alternation_of_lines") for function, _ in read.results)
    assert derived(load_name_rules(folder, memo=read).rules) == plain
    assert read.added == 0


#: compiled forms of facts' vocabulary: one of each form (facts._COMPILED), cached
#: properties that lead a cue by its first characters (runs.first_char_guard), one of re.M
#: (review_heading_line) and one built on another's source (selected)
_FACT_FORMS = ["tail", "up_down", "lead", "up", "stock", "task_opener", "plan_mood", "zone",
               "done_well", "relative_word", "supported", "review_heading_line", "selected"]


def _fact_form(value: object) -> object:
    """A compiled form as what it is: a word set, or a pattern's source, flags and code."""
    if isinstance(value, re.Pattern):
        return (value.pattern, value.flags, value.groupindex, repr(value))
    return value


@pytest.mark.parametrize("name", _FACT_FORMS)
def test_fact_vocab_patterns_through_the_cache_are_the_same(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """facts.FactVocab compiles its patterns from the code kept in a ``facts-`` file of the
    cache (FactVocab._re): the same patterns as ``re.compile`` makes without a
    cache, and a second vocabulary reads them back without compiling any."""
    from policy_extract.facts import load_fact_vocab

    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off")
    plain = _fact_form(getattr(load_fact_vocab(), name))
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    first = load_fact_vocab()
    assert _fact_form(getattr(first, name)) == plain
    first.keep_patterns()
    written = [p.name.split("-")[0] for p in tmp_path.glob("*.pickle")]
    # a word set is no pattern, and a pattern of flags of its own (re.M) is re's own
    kept = isinstance(plain, tuple) and not plain[1] & ~re.UNICODE
    assert written.count("facts") == kept
    again = load_fact_vocab()
    assert _fact_form(getattr(again, name)) == plain  # read back
    assert again.__dict__.get("_kept") is None or again.__dict__["_kept"].compiled == 0


def test_fact_vocab_keeps_other_flags_out_of_the_cache(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A source with flags of its own (re.M) is compiled by ``re`` itself, not read as the
    kept code of the bare source."""
    from policy_extract.facts import load_fact_vocab

    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    vocab = load_fact_vocab()
    plain = vocab._re("^a$")
    multiline = vocab._re("^a$", re.M)
    assert plain.flags & re.M == 0 and multiline.flags & re.M
    assert [m.start() for m in multiline.finditer("b\na")] == [2]
    assert [m.start() for m in plain.finditer("b\na")] == []


_MODULE_SOURCES = [(r"(?P<n>\d+)(?:亿|万)元", 0), (r"^[\u4e00-\u9fff]{2,8}的$", re.M),
                   (r"第 [一二三] 条 .", re.S | re.X), (r"[a-z]+省", re.I)]


def _compiled_in_block(folder: Path) -> list[re.Pattern[str]]:
    re.purge()  # re's own cache first: only its misses reach the block's compiler
    with patterncache.kept_module_patterns(folder):
        return [re.compile(source, flags) for source, flags in _MODULE_SOURCES]


def test_module_patterns_read_back_are_the_same_code(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """S45a: the package's import compiles its modules' ``re`` patterns through the cache
    folder; read back they are the same patterns (source, flags, code) as compiled."""
    first = _compiled_in_block(tmp_path)
    assert len(list(tmp_path.glob("modules-*.pickle"))) == 1
    re.purge()
    assert first == [re.compile(source, flags) for source, flags in _MODULE_SOURCES]

    def refuse(source: str, flags: int = 0) -> tuple[object, ...]:
        raise AssertionError(f"compiled anew: {source}")

    monkeypatch.setattr(patterncache, "stdlib_code", refuse)  # all must come from the file
    assert _compiled_in_block(tmp_path) == first


def test_module_patterns_block_leaves_re_as_it_was(tmp_path: Path) -> None:
    """S45a: outside the block ``re`` compiles as ever; bytes and ``re.DEBUG`` patterns are
    compiled by ``re`` inside it and not kept; an error is ``re``'s."""
    before = re._compiler.compile  # type: ignore[attr-defined]
    re.purge()
    with patterncache.kept_module_patterns(tmp_path):
        assert re.compile(rb"\d+y") == re.compile(rb"\d+y")
        assert re.compile("a+", re.DEBUG | re.I) is not None
        with pytest.raises(re.error):
            re.compile("(?P<n>")
    assert re._compiler.compile is before  # type: ignore[attr-defined]
    assert not list(tmp_path.glob("modules-*.pickle"))  # nothing of a string compiled


def test_module_patterns_another_pythons_code_is_compiled_anew(tmp_path: Path) -> None:
    _compiled_in_block(tmp_path)
    path = next(tmp_path.glob("modules-*.pickle"))
    kept = pickle.loads(path.read_bytes())
    for key in kept:
        kept[key] = (key[0], 32, [0], 0, {}, (None,))  # no code _sre takes
    path.write_bytes(pickle.dumps(kept))
    again = _compiled_in_block(tmp_path)
    re.purge()
    assert again == [re.compile(source, flags) for source, flags in _MODULE_SOURCES]
    path.write_bytes(b"not a pickle")  # unreadable: compiled anew, rewritten
    assert _compiled_in_block(tmp_path) == again
    assert isinstance(pickle.loads(path.read_bytes()), dict)


def test_module_patterns_without_a_folder_keep_nothing(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", "off")
    re.purge()
    with patterncache.kept_module_patterns():
        assert re.compile(*_MODULE_SOURCES[1]) is not None
    assert not list(tmp_path.rglob("modules-*.pickle"))


_PACKAGE_PATTERNS = """
import re, sys, types
import policy_extract, policy_extract.cli
found = 0
for name, module in list(sys.modules.items()):
    if not name.startswith("policy_extract"):
        continue
    for value in vars(module).values():
        if isinstance(value, re.Pattern):
            re.purge()
            assert value == re.compile(value.pattern, value.flags), (name, value.pattern)
            found += 1
print(found)
"""


def test_package_patterns_read_from_the_folder_are_as_compiled(tmp_path: Path) -> None:
    """S45a: a fresh process that reads its modules' patterns from the cache folder (the
    second) has every module-level ``re`` pattern of the package as ``re`` compiles it."""
    import subprocess
    import sys

    env = {**os.environ, "POLICY_EXTRACT_CACHE": str(tmp_path)}
    counts = [subprocess.run([sys.executable, "-c", _PACKAGE_PATTERNS], env=env, check=True,
                             capture_output=True, text=True).stdout.split()[-1]
              for _ in range(2)]
    assert len(list(tmp_path.glob("modules-*.pickle"))) == 1
    assert counts[0] == counts[1] and int(counts[0]) > 250


def _pass_patterns(value: object) -> list[object]:
    """The compiled patterns ``value`` (an attribute of the name pass) holds, by source,
    flags and groups: itself, or those of a dict's values or a tuple's items."""
    if isinstance(value, (re.Pattern, regex.Pattern)):
        return [(type(value).__module__, value.pattern, value.flags, value.groupindex)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _pass_patterns(v)]
    if isinstance(value, tuple):
        return [p for v in value for p in _pass_patterns(v)]
    return []


def test_name_pass_lexicon_patterns_come_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """S48g: the patterns the name pass builds from its lexicon (and its rules' words
    before a ``near``) are read from the cache folder the first build filled: the second
    build compiles none of them in names.py, and they are the patterns the first build
    compiled (the folder empty)."""
    from policy_extract.names import NameRulePass
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    plain = NameRulePass(gate=False)  # every pattern compiled, then written
    compiled_here: list[str] = []

    def counted(compile_: object) -> object:
        def compile_counted(pattern: object, flags: int = 0) -> object:
            if sys._getframe(1).f_code.co_filename == names.__file__:
                compiled_here.append(str(pattern))
            return compile_(pattern, flags)  # type: ignore[operator]
        return compile_counted

    monkeypatch.setattr(regex, "compile", counted(regex.compile))
    monkeypatch.setattr(re, "compile", counted(re.compile))
    cached = NameRulePass(gate=False)
    monkeypatch.undo()
    assert compiled_here == []
    for key, value in vars(plain).items():
        assert _pass_patterns(getattr(cached, key)) == _pass_patterns(value), key
    for a, b in zip(cached.data.rules, plain.data.rules, strict=True):
        assert _pass_patterns(a.near_words) == _pass_patterns(b.near_words), a.id

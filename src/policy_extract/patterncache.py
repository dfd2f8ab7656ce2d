"""A cache on disk of the name rules' compiled patterns (``regex`` and ``re``).

Compiling the patterns of rules/names.yaml with ``regex`` is most of the time a pipeline
takes to build (the module parses each pattern in Python); a pickled ``regex`` pattern
holds its compiled code, and unpickling it hands that code back to the C engine without a
parse. Python's ``re`` pickles a pattern as its source (compiled anew when read), so for
the rules of ``engine: re`` the file holds what ``re``'s compiler hands its C engine
(``_sre.compile``'s arguments: the code, the groups), read back by the same call
(:meth:`PatternCache.compile_re`; a Python whose ``_sre`` refuses them compiles anew).
The cache is one file per kind of rules (``names``: rules/names.yaml's; ``rules``:
the number, date, blocker and reference-date patterns of :func:`rules.load_rules`), rules
digest (``rules.rules_digest``) and version of ``regex``, of Python and of its ``_sre``, in ``$POLICY_EXTRACT_CACHE`` (``off``: no cache), else
``$XDG_CACHE_HOME/policy-extract`` or ``~/.cache/policy-extract``. Each entry is keyed by
the pattern's full source and flags, so a pattern the code writes otherwise than the
file's (a changed fragment, say) is compiled anew, never read from a stale entry: the
cache changes how long a build takes, not what a pattern matches. A file that cannot be
read is ignored (compiled anew and rewritten), one that cannot be written is skipped;
the newest few files are kept (worktrees with other rules share the folder).

The same folder keeps values built from data (:func:`stored_value`: the place index, the
division data's text, the written-out classes of ``engine: re`` rules, jieba's dictionary
read as tags and counts, the world cities, the characters' weights) and the results of
pure functions of a pattern's source (:class:`SourceMemo`: what triggers.py reads off the
name rules' patterns), each under a key that names what it is built from, the package's
code among it (:func:`code_digest`): a file of another key is never read as this one's.
"""

from __future__ import annotations

import _sre
import hashlib
import logging
import os
import pickle
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

import regex

log = logging.getLogger(__name__)

#: the environment variable naming the cache folder (``off``: no cache)
CACHE_ENV = "POLICY_EXTRACT_CACHE"
#: how many cache files (of other digests or versions) a save keeps, the newest
KEPT_FILES = 8


def cache_folder() -> Path | None:
    """The folder of the cache files, or None if ``$POLICY_EXTRACT_CACHE`` is ``off``."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policy-extract"


def version_tag() -> str:
    """The versions compiled patterns depend on: ``regex``'s, Python's and its ``_sre``'s."""
    return (f"regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
            f"-sre{_sre.MAGIC}")


class PatternCache:
    """The compiled patterns of one kind of rules (``names``, ``rules``) and rules digest:
    :meth:`compile` looks a pattern up or compiles it; :meth:`save` writes the file if a
    pattern was compiled."""

    def __init__(self, digest: str, folder: Path | None = None, kind: str = "names") -> None:
        self.folder = folder
        self.path = folder / f"{kind}-{digest}-{version_tag()}.pickle" if folder else None
        found = self._read()
        self.patterns: dict[tuple[str, int], regex.Pattern[str]] = found.get("regex", {})
        #: ``re``'s compiled code of each source: ``_sre.compile``'s arguments
        self.stdlib: dict[str, tuple[Any, ...]] = found.get("re", {})
        self.compiled = 0  # patterns not found in the file

    def _read(self) -> dict[str, Any]:
        found = _unpickled(self.path)
        return found if isinstance(found, dict) and set(found) == {"regex", "re"} else {}

    def compile(self, source: str, flags: int = 0) -> regex.Pattern[str]:
        """``regex.compile(source, flags)``, from the file if it holds that pattern."""
        key = (source, flags)
        pattern = self.patterns.get(key)
        if pattern is None:
            pattern = self.patterns[key] = regex.compile(source, flags)
            self.compiled += 1
        return pattern

    def compile_re(self, source: str) -> re.Pattern[str]:
        """``re.compile(source)``, from the file's code if it holds that source (as
        ``re._compiler.compile`` does it, the parse and code generation left out)."""
        pattern, anew = _sre_pattern(self.stdlib, source, source)
        self.compiled += anew
        return pattern

    def save(self) -> None:
        """Write the file (atomically) if a pattern was compiled; remove all but the
        newest :data:`KEPT_FILES`. Errors of the file system are logged, not raised."""
        if self.path is None or self.folder is None or not self.compiled:
            return
        write_cache_file(self.path, pickle.dumps({"regex": self.patterns, "re": self.stdlib},
                                                 protocol=pickle.HIGHEST_PROTOCOL))
        self.compiled = 0


def write_cache_file(path: Path, data: bytes, kept: int = KEPT_FILES) -> None:
    """Write ``data`` to ``path`` in the cache folder atomically (a part file, then a
    rename) and remove all but the newest ``kept`` of its kind (the files whose name starts
    as its, up to the first ``-``: ``names-``, ``jieba-``). Errors of the file system are
    logged, not raised: a cache that cannot be written is skipped."""
    kind = path.name.split("-")[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, path)
        files = sorted(path.parent.glob(f"{kind}-*{path.suffix}"),
                       key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[kept:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cache file %s not written: %s", path, exc)


T = TypeVar("T")


@lru_cache(maxsize=1)
def code_digest() -> str | None:
    """A digest of this package's code (the bytes of every ``.py`` file of it) and of the
    name it is imported under, read once a process: a value kept by :func:`stored_value`
    under it is built anew after any change to the code. The name counts because a pickle
    names the modules of its classes: benchmarks/ab.py imports an earlier commit's package
    as ``base_pe``, whose values a ``policy_extract`` of the same code could not read
    (and the reverse). None (no cache) if a file cannot be read."""
    return package_digest(Path(__file__).parent, __package__ or "")


def package_digest(folder: Path, name: str) -> str | None:
    """:func:`code_digest` of the package in ``folder`` imported as ``name``."""
    h = hashlib.sha256(name.encode() + b"\0")
    try:
        for path in sorted(folder.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return h.hexdigest()


def stored_value(kind: str, key: str, build: Callable[[], T],
                 folder: Path | None = None) -> T:
    """``build()``, kept in the cache folder (``folder``, default :func:`cache_folder`) as a
    pickle of ``(key, value)`` in ``KIND-DIGEST.pickle``, the digest that of ``key`` (which
    names everything the value is built from: the code, see :func:`code_digest`, and the
    versions and stamps of the data read). A file whose key is not ``key``, or that cannot
    be read, is ignored and the value built anew and rewritten (atomically); one that
    cannot be written is skipped (a read-only folder: built every time); no folder
    (``$POLICY_EXTRACT_CACHE`` off): built. The caller must not change the value it gets
    before it is written (it is written as built)."""
    if folder is None:
        folder = cache_folder()
    if folder is None:
        return build()
    return _stored(folder / f"{kind}-{_digest(key)}.pickle", key, build)


def stored_entry(kind: str, key: str, entry: str, build: Callable[[], T],
                 folder: Path | None = None) -> T:
    """:func:`stored_value` for one of many values built under one ``key`` (a place's local
    names, one a document place: places._local_lookup), each read only where it is needed:
    kept as a pickle of ``((key, entry), value)`` in a file of its own, ``entry-DIGEST.pickle``
    (the digest that of ``entry``) in the folder ``KIND-DIGEST`` of ``key``. Of the folders
    of ``kind`` (other keys: other code or data) the newest :data:`KEPT_FILES` are kept; of
    a folder's entries, :data:`KEPT_ENTRIES`. A file of another key or entry, or one that
    cannot be read, is ignored and the value built anew and rewritten, as there."""
    if folder is None:
        folder = cache_folder()
    if folder is None:
        return build()
    where = folder / f"{kind}-{_digest(key)}"
    if not where.is_dir():
        _prune_folders(folder, kind)
    return _stored(where / f"entry-{_digest(entry)}.pickle", (key, entry), build,
                   kept=KEPT_ENTRIES)


#: how many entries a folder of :func:`stored_entry` keeps, the newest
KEPT_ENTRIES = 4096


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _stored(path: Path, key: object, build: Callable[[], T], kept: int = KEPT_FILES) -> T:
    """The value of ``path`` if the file holds ``(key, value)``, else ``build()``, written
    there (see :func:`stored_value`)."""
    found = _unpickled(path)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        return found[1]  # type: ignore[no-any-return]
    value = build()
    write_cache_file(path, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL),
                     kept)
    return value


def _prune_folders(folder: Path, kind: str) -> None:
    """Remove all but the newest ``KEPT_FILES - 1`` folders of :func:`stored_entry`'s
    ``kind`` in ``folder`` (one is about to be made). Errors of the file system are logged,
    not raised."""
    try:
        old = sorted((f for f in folder.glob(f"{kind}-*") if f.is_dir()),
                     key=lambda f: f.stat().st_mtime, reverse=True)[KEPT_FILES - 1:]
        for stale in old:
            shutil.rmtree(stale, ignore_errors=True)
    except OSError as exc:
        log.warning("cache folders of %s in %s not pruned: %s", kind, folder, exc)


class SourceMemo:
    """The results of pure functions of a pattern's source (the name rules' windows,
    reaches, leads: triggers.py), kept in the cache folder in one file of ``kind`` and
    ``key`` (which names what the functions read beside the source: the code, see
    :func:`code_digest`, and their data); an entry is the function's module and name and
    the source. Called as ``memo(function, source)``: the kept result, else the function's
    (a function that raises is called again the next time: nothing is kept of it).
    :meth:`save` writes the file (atomically) if a result was added. A file of another
    key, or one that cannot be read, is ignored; no folder: nothing kept."""

    def __init__(self, kind: str, key: str, folder: Path | None = None) -> None:
        self.key = key
        self.path = (folder / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"
                     if folder is not None else None)
        self.results: dict[tuple[str, str], Any] = self._read()
        self.added = 0

    def _read(self) -> dict[tuple[str, str], Any]:
        found = _unpickled(self.path)
        if isinstance(found, tuple) and len(found) == 2 and found[0] == self.key \
                and isinstance(found[1], dict):
            return found[1]
        return {}

    def __call__(self, function: Callable[[str], T], source: str) -> T:
        entry = (f"{function.__module__}.{function.__qualname__}", source)
        if entry in self.results:
            return self.results[entry]  # type: ignore[no-any-return]
        result = self.results[entry] = function(source)
        self.added += 1
        return result

    def save(self) -> None:
        if self.path is None or not self.added:
            return
        write_cache_file(self.path, pickle.dumps((self.key, self.results),
                                                 protocol=pickle.HIGHEST_PROTOCOL))
        self.added = 0


sre_compile = _sre.compile


def stdlib_code(source: str, flags: int = 0) -> tuple[Any, ...]:
    """The arguments ``re._compiler.compile(source, flags)`` gives ``_sre.compile`` (Python
    3.11 to 3.13): the pattern, its flags, its code, the group count and the group names
    both ways. Raises ``re.error`` as ``re.compile`` does."""
    parsed = _parser.parse(source, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # opcodes as plain ints (pickled)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


@contextmanager
def kept_module_patterns(folder: Path | None = None) -> Iterator[None]:
    """Within the block, ``re``'s compiler reads the code of each pattern it is asked to
    compile from a file of the cache folder (``folder``, default :func:`cache_folder`),
    kept there at the first such block, as :meth:`PatternCache.compile_re` does for the
    rules: for the package's import, whose modules compile some 300 patterns as they are
    read (facts.py 200; a class of ``[\u4e00-\u9fff]`` alone costs ``re`` a loop over its
    21,000 characters), about a quarter of the import's CPU time in a fresh process. The
    file is keyed by the package's code (:func:`code_digest`) and the versions of
    :func:`version_tag`, each entry by the pattern's source and flags: the same
    patterns, compiled or read. Only ``re``'s misses reach it (its own cache comes first);
    a pattern not a string, or with ``re.DEBUG``, is compiled as ever; no folder or no
    digest: nothing kept, nothing changed."""
    folder = folder if folder is not None else cache_folder()
    digest = code_digest()
    compile_ = getattr(_compiler, "compile", None)
    if folder is None or digest is None or compile_ is None:
        yield
        return
    path = folder / f"modules-{digest[:24]}-{version_tag()}.pickle"
    kept: dict[tuple[str, int], tuple[Any, ...]] = _read_module_patterns(path)
    added = 0

    def cached(pattern: Any, flags: int = 0) -> Any:
        nonlocal added
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return compile_(pattern, flags)
        compiled, anew = _sre_pattern(kept, (pattern, int(flags)), pattern, int(flags))
        added += anew
        return compiled

    _compiler.compile = cached
    try:
        yield
    finally:
        _compiler.compile = compile_
        if added:
            write_cache_file(path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))


def _read_module_patterns(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The entries :func:`kept_module_patterns` kept in ``path``; none if it cannot be read."""
    found = _unpickled(path)
    return found if isinstance(found, dict) else {}


def _unpickled(path: Path | None) -> Any:
    """What the cache file ``path`` holds; None where there is none or it cannot be read
    (logged: its values are made anew)."""
    if path is None or not path.is_file():
        return None
    try:
        return pickle.loads(path.read_bytes())  # noqa: S301 - our own cache folder
    except Exception as exc:  # noqa: BLE001 - an unreadable file: made anew
        log.warning("cache file %s unreadable (%s): made anew", path, exc)
        return None


def _sre_pattern(kept: dict[Any, tuple[Any, ...]], key: Any, source: str, flags: int = 0
                 ) -> tuple[re.Pattern[str], bool]:
    """``re.compile(source, flags)`` from ``kept[key]`` (``_sre.compile``'s arguments,
    :func:`stdlib_code`) where it holds them and this Python's ``_sre`` takes them, else
    compiled anew and kept there; and whether it was compiled anew."""
    args = kept.get(key)
    if args is not None:
        try:
            return sre_compile(*args), False
        except Exception:  # noqa: BLE001 - another Python's _sre: compiled anew
            pass
    args = kept[key] = stdlib_code(source, flags)
    return sre_compile(*args), True

"""A cache on disk of the name rules' compiled ``regex`` patterns.

Compiling the patterns of rules/names.yaml with ``regex`` is most of the time a pipeline
takes to build (the module parses each pattern in Python); a pickled ``regex`` pattern
holds its compiled code, and unpickling it hands that code back to the C engine without a
parse. The cache is one file per rules digest (``rules.rules_digest``) and version of
``regex`` and of Python, in ``$POLICY_EXTRACT_CACHE`` (``off``: no cache), else
``$XDG_CACHE_HOME/policy-extract`` or ``~/.cache/policy-extract``. Each entry is keyed by
the pattern's full source and flags, so a pattern the code writes otherwise than the
file's (a changed fragment, say) is compiled anew, never read from a stale entry: the
cache changes how long a build takes, not what a pattern matches. A file that cannot be
read is ignored (compiled anew and rewritten), one that cannot be written is skipped;
the newest few files are kept (worktrees with other rules share the folder).
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from pathlib import Path

import regex

log = logging.getLogger(__name__)

#: the environment variable naming the cache folder (``off``: no cache)
CACHE_ENV = "POLICY_EXTRACT_CACHE"
_PREFIX = "names-"
#: how many cache files (of other digests or versions) a save keeps, the newest
KEPT_FILES = 8


def cache_folder() -> Path | None:
    """The folder of the cache files, or None if ``$POLICY_EXTRACT_CACHE`` is ``off``."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policy-extract"


class PatternCache:
    """The compiled patterns of one rules digest: :meth:`compile` looks a pattern up or
    compiles it; :meth:`save` writes the file if a pattern was compiled."""

    def __init__(self, digest: str, folder: Path | None = None) -> None:
        self.folder = folder
        version = f"regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
        self.path = folder / f"{_PREFIX}{digest}-{version}.pickle" if folder else None
        self.patterns: dict[tuple[str, int], regex.Pattern[str]] = self._read()
        self.compiled = 0  # patterns not found in the file

    def _read(self) -> dict[tuple[str, int], regex.Pattern[str]]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            with self.path.open("rb") as handle:
                found = pickle.load(handle)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is compiled anew
            log.warning("pattern cache %s unreadable (%s): compiling the patterns",
                        self.path, exc)
            return {}
        return found if isinstance(found, dict) else {}

    def compile(self, source: str, flags: int) -> regex.Pattern[str]:
        """``regex.compile(source, flags)``, from the file if it holds that pattern."""
        key = (source, flags)
        pattern = self.patterns.get(key)
        if pattern is None:
            pattern = self.patterns[key] = regex.compile(source, flags)
            self.compiled += 1
        return pattern

    def save(self) -> None:
        """Write the file (atomically) if a pattern was compiled; remove all but the
        newest :data:`KEPT_FILES`. Errors of the file system are logged, not raised."""
        if self.path is None or self.folder is None or not self.compiled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            with part.open("wb") as handle:
                pickle.dump(self.patterns, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(part, self.path)
            files = sorted(self.folder.glob(f"{_PREFIX}*.pickle"),
                           key=lambda f: f.stat().st_mtime, reverse=True)
            for old in files[KEPT_FILES:]:
                old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("pattern cache %s not written: %s", self.path, exc)
        self.compiled = 0

"""The HTTP cache as a crawl uses it: one that cannot be used degrades to none.

A cache directory that cannot be written (read-only, a path under a file, a
full disk) turns writes off for the rest of the crawl with one note; reads go
on, so `--offline` still works from a read-only cache. An entry that exists
but cannot be used (bad JSON, a body that does not match its hash) reads as
absent with a note naming it: the page is fetched again.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from zstack_openapi.scraper.http_cache import CacheEntry, CorruptEntry, HttpCache

__all__ = ["CrawlCache"]


class CrawlCache:
    def __init__(self, root: Path, note: Callable[[str, str], None]) -> None:
        self.cache = HttpCache(root)
        self.root = root
        self._note = note  # (url, message)
        self.writable = True

    def check_writable(self, url: str) -> None:
        """Find out before the first page whether the cache takes writes."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(dir=self.root, prefix=".probe.", suffix=".tmp")
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            self._disable(url, exc)

    def get(self, url: str) -> tuple[tuple[CacheEntry, bytes] | None, str | None]:
        """(entry and body, None), or (None, why the entry there is unusable)."""
        try:
            return self.cache.read(url), None
        except CorruptEntry as exc:
            self._note(url, f"cache entry unusable ({exc}); read as absent")
            return None, str(exc)

    def put(self, url: str, entry: CacheEntry, body: bytes | None = None) -> None:
        if not self.writable:
            return
        try:
            self.cache.put(entry, body)
        except OSError as exc:
            self._disable(url, exc)

    def _disable(self, url: str, exc: OSError) -> None:
        self.writable = False
        reason = exc.strerror or str(exc)
        where = str(exc.filename) if exc.filename else str(self.root)
        self._note(
            url, f"cache {self.root} cannot be written ({where}: {reason}); crawling without it"
        )

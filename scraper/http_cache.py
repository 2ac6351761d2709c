"""A persistent on-disk HTTP cache for the docs crawler.

One entry per requested URL, stored as two files named by the SHA-256 of the
URL (spread over 256 sub-directories so no directory grows huge):

    <root>/<k[:2]>/<k>.json   metadata: URL, final URL after redirects, ETag,
                              Last-Modified, Content-Type, charset, body hash...
    <root>/<k[:2]>/<k>.body   the response body, exactly as received

Both files are written to a temporary file in the same directory and moved in
place with `os.replace`, so a reader never sees half a file even when two runs
share the cache. The body is written before the metadata and the metadata
carries the body's SHA-256: an entry whose body does not match (another run
replaced one file between our two reads, a disk error) reads as absent, and the
crawler refetches it instead of scraping the wrong bytes.

The cache stores bytes, not decoded text, so a better charset rule later needs
no refetch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

FORMAT = "zstack-openapi-http-cache/1"

# One cache entry's metadata file (its fields and the format): not catalog data.
CacheRecord = dict[str, Any]

__all__ = ["FORMAT", "CacheEntry", "CorruptEntry", "HttpCache", "default_cache_dir", "url_key"]


class CorruptEntry(Exception):
    """A cache entry that exists but cannot be used; the message says why."""


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/zstack-openapi/http`, else `~/.cache/zstack-openapi/http`."""
    base = os.environ.get("XDG_CACHE_HOME")
    # The XDG spec says a relative value is invalid and must be ignored.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "zstack-openapi" / "http"


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """What the cache knows about one URL (the body itself is stored beside)."""

    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    content_type: str | None
    charset: str | None  # as declared in the Content-Type header, if at all
    sha256: str  # of the body bytes
    size: int
    fetched_at: str  # ISO 8601, UTC: when the body was last received
    validated_at: str  # ISO 8601, UTC: when the server last confirmed it (200 or 304)

    def to_json(self) -> CacheRecord:
        return {"format": FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, data: Any) -> CacheEntry | None:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        try:
            return cls(
                url=str(data["url"]),
                final_url=str(data["final_url"]),
                etag=_opt_str(data.get("etag")),
                last_modified=_opt_str(data.get("last_modified")),
                content_type=_opt_str(data.get("content_type")),
                charset=_opt_str(data.get("charset")),
                sha256=str(data["sha256"]),
                size=int(data["size"]),
                fetched_at=str(data["fetched_at"]),
                validated_at=str(data["validated_at"]),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


class HttpCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = url_key(url)
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> tuple[CacheEntry, bytes] | None:
        """The entry and body for `url`, or None when absent, unreadable or torn."""
        try:
            return self.read(url)
        except CorruptEntry:
            return None

    def read(self, url: str) -> tuple[CacheEntry, bytes] | None:
        """The entry and body for `url`, None when there is none; raises
        `CorruptEntry` (saying what is wrong) for one that cannot be used."""
        meta_path, body_path = self._paths(url)
        try:
            raw = meta_path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None  # no entry, or no cache at all (its root is a file)
        except OSError as exc:
            raise CorruptEntry(f"{meta_path}: {exc.strerror or exc}") from None
        try:
            entry = CacheEntry.from_json(json.loads(raw.decode("utf-8")))
        except (ValueError, RecursionError):
            entry = None
        if entry is None or entry.url != url:
            raise CorruptEntry(f"{meta_path}: not a cache entry for this URL")
        try:
            body = body_path.read_bytes()
        except OSError as exc:
            raise CorruptEntry(f"{body_path}: {exc.strerror or exc}") from None
        if hashlib.sha256(body).hexdigest() != entry.sha256:
            raise CorruptEntry(f"{body_path}: the body does not match its SHA-256")
        return entry, body

    def put(self, entry: CacheEntry, body: bytes | None = None) -> None:
        """Store `entry`; with `body`, store the body first. Without it only the
        metadata is rewritten (a 304 refreshing validators and timestamps)."""
        meta_path, body_path = self._paths(entry.url)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        if body is not None:
            _atomic_write(body_path, body)
        text = json.dumps(entry.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        _atomic_write(meta_path, text.encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

"""What a crawl returns and reports while it runs: plain data, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

__all__ = [
    "CrawlEvent",
    "CrawlNote",
    "CrawlResult",
    "CrawlStats",
    "CrawledPage",
    "Failure",
    "NoteKind",
]


NoteKind = Literal["bad-charset", "crawl-truncated", "cache"]


class CrawledPage(NamedTuple):
    name: str  # catalog file name: URL path relative to the start URL's directory
    url: str  # the URL the page finally came from (after redirects)
    text: str
    from_cache: bool  # True when the body came from the cache (304 or offline)


class Failure(NamedTuple):
    url: str
    reason: str


class CrawlNote(NamedTuple):
    """Something the user must hear about that is not a failed page.

    `kind` says where it belongs: `bad-charset` and `crawl-truncated` describe
    the pages (the catalog carries them as warnings, so `--strict` sees them);
    `cache` describes this machine's cache, which must not change the catalog,
    so it is only printed."""

    kind: NoteKind
    url: str  # the page, or the start URL for a note about the whole crawl
    message: str


@dataclass(slots=True)
class CrawlStats:
    requests: int = 0  # HTTP requests sent, redirect hops, retries and robots.txt included
    fetched: int = 0  # pages received with a 200
    revalidated: int = 0  # pages the server confirmed unchanged with a 304
    cached: int = 0  # pages whose body came from the cache (304 or offline)
    failed: int = 0
    retries: int = 0
    bytes: int = 0  # body bytes received


@dataclass(slots=True)
class CrawlResult:
    pages: list[CrawledPage]  # sorted by name
    failures: list[Failure]  # sorted by URL
    stats: CrawlStats
    # Catalog name of every URL the crawl touched, failed ones included, so a
    # failure can be reported under the name its page would have had.
    names: dict[str, str] = field(default_factory=dict)
    notes: list[CrawlNote] = field(default_factory=list)  # sorted
    truncated: bool = False  # a limit (--max-pages, --max-time) stopped the crawl early


class CrawlEvent(NamedTuple):
    """Progress of a crawl, for a progress bar or log lines."""

    kind: Literal["queued", "fetched", "cached", "failed", "retry", "warning"]
    url: str
    detail: str = ""

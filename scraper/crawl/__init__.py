"""Crawl a docs site politely and within bounds, with a persistent HTTP cache.

`crawl(["https://www.zstack.io/help/dev_manual/dev_guide/v5/"], ...)` fetches the
start pages, follows their links to every page under the start URL's directory
(plus whatever the `follow` regexes admit), and returns each page's decoded
text for the scraper. Pages are named by their URL path relative to the start
URL's directory, as local files are named relative to the directory given.

One module per concern:

- `links.py`: URL normalization (dot segments, `%2e`) and a page's links;
- `scope.py`: which URLs are followed (checked again on every redirect hop);
- `charset.py`: which character encoding to believe; bogus labels warn;
- `politeness.py`: per-host rate limit and robots.txt;
- `retry.py`: what is retried and how long to wait;
- `fetch.py`: one page over HTTP (conditional requests, redirects hop by hop,
  a deadline on the whole answer, size limit);
- `cache.py`: the on-disk cache (`scraper.http_cache`), degrading to none;
- `crawler.py`: the crawl loop, `max_pages` / `max_time`, page names;
- `results.py`: what a crawl returns.

Politeness: at most `concurrency` requests in flight, at most `rate` requests
per second to each host (slower if robots.txt asks with `Crawl-delay`), a
User-Agent that says who we are, robots.txt honoured unless told otherwise,
and conditional requests against the cache, so an unchanged page costs the
server a 304. A page that fails is reported in `CrawlResult.failures` and the
crawl goes on; `fetch_warnings` turns failures and notes about the pages
(bogus charsets, a crawl cut short by a limit) into catalog warnings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.scraper.blocks import ScrapeWarning
from zstack_openapi.scraper.crawl.charset import Decoded, decode_html
from zstack_openapi.scraper.crawl.defaults import (
    DEFAULT_BACKOFF,
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGES,
    DEFAULT_RATE,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
)
from zstack_openapi.scraper.crawl.links import extract_links, is_url, normalize_url
from zstack_openapi.scraper.crawl.results import (
    CrawledPage,
    CrawlEvent,
    CrawlNote,
    CrawlResult,
    CrawlStats,
    Failure,
)
from zstack_openapi.scraper.crawl.scope import Scope

if TYPE_CHECKING:
    from zstack_openapi.scraper.crawl.crawler import (
        USER_AGENT,
        CrawlOptions,
        crawl,
        crawl_async,
    )
    from zstack_openapi.scraper.crawl.politeness import HostRateLimiter
    from zstack_openapi.scraper.crawl.retry import FetchError, parse_retry_after

# The crawl loop imports httpx and asyncio: loaded when first asked for, so that a
# command's --help (which shows the defaults above) does not pay for them.
_LAZY = {
    "USER_AGENT": "crawler",
    "CrawlOptions": "crawler",
    "crawl": "crawler",
    "crawl_async": "crawler",
    "HostRateLimiter": "politeness",
    "FetchError": "retry",
    "parse_retry_after": "retry",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PAGES",
    "DEFAULT_RATE",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "CrawlEvent",
    "CrawlNote",
    "CrawlOptions",
    "CrawlResult",
    "CrawlStats",
    "CrawledPage",
    "Decoded",
    "Failure",
    "FetchError",
    "HostRateLimiter",
    "Scope",
    "crawl",
    "crawl_async",
    "crawl_catalog",
    "decode_html",
    "extract_links",
    "fetch_warnings",
    "is_url",
    "normalize_url",
    "parse_retry_after",
]


def fetch_warnings(result: CrawlResult) -> list[ScrapeWarning]:
    """Each page that still failed, as a `fetch-failed` warning naming its URL,
    and each note about the pages (`bad-charset`, `crawl-truncated`). Notes
    about the local cache are not the docs' business and stay out."""
    warnings = [
        ScrapeWarning(
            result.names.get(f.url, f.url), 1, None, "fetch-failed", f"{f.url}: {f.reason}"
        )
        for f in result.failures
    ]
    for note in result.notes:
        if note.kind != "cache":
            name = result.names.get(note.url, note.url)
            warnings.append(ScrapeWarning(name, 1, None, note.kind, f"{note.url}: {note.message}"))
    return warnings


def crawl_catalog(result: CrawlResult) -> Catalog:
    """A crawl -> the API catalog, as `scrape` builds it from local files."""
    from zstack_openapi.scraper.incremental import scrape_incremental

    pages = [(page.name, page.text) for page in result.pages]
    return scrape_incremental(pages, None, fetch_warnings(result))[0]

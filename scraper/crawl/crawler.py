"""The crawl itself: from start URLs to pages, within the limits.

`crawl_async` queues the start URLs, fetches pages concurrently (`fetch.py`),
decodes each (`charset.py`), queues the links in scope (`scope.py`) and names
the pages at the end. It stops early, keeping what it has read and saying so
in a `crawl-truncated` note, when it has requested `max_pages` URLs or spent
`max_time` seconds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from zstack_openapi.scraper.crawl.cache import CrawlCache
from zstack_openapi.scraper.crawl.charset import decode_html
from zstack_openapi.scraper.crawl.defaults import (
    DEFAULT_BACKOFF,
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGES,
    DEFAULT_RATE,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
)
from zstack_openapi.scraper.crawl.fetch import Admit, Fetched, Fetcher, FetchSettings
from zstack_openapi.scraper.crawl.links import extract_links, is_url, normalize_url
from zstack_openapi.scraper.crawl.politeness import HostRateLimiter, Robots
from zstack_openapi.scraper.crawl.results import (
    CrawledPage,
    CrawlEvent,
    CrawlNote,
    CrawlResult,
    CrawlStats,
    Failure,
    NoteKind,
)
from zstack_openapi.scraper.crawl.retry import FetchError
from zstack_openapi.scraper.crawl.scope import Scope
from zstack_openapi.scraper.http_cache import default_cache_dir

__all__ = [
    "USER_AGENT",
    "CrawlOptions",
    "crawl",
    "crawl_async",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zstack-openapi")
    except PackageNotFoundError:
        return "0+unknown"


USER_AGENT = f"zstack-openapi/{_version()} (+docs crawler)"


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """Everything about a crawl but its start URLs; see `crawl`."""

    cache_dir: Path | None = None
    offline: bool = False
    follow: tuple[str, ...] = ()
    concurrency: int = DEFAULT_CONCURRENCY
    rate: float = DEFAULT_RATE
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    max_time: float | None = None
    robots: bool = True

    def check(self) -> None:
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {self.concurrency}")
        if self.retries < 0:
            raise ValueError(f"retries must not be negative, not {self.retries}")
        if self.max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {self.max_pages}")
        if self.max_time is not None and self.max_time <= 0:
            raise ValueError(f"max_time must be positive, not {self.max_time}")
        if self.timeout <= 0:
            raise ValueError(f"timeout must be positive, not {self.timeout}")


class _Crawl:
    """The state of one crawl; `run` drives it."""

    def __init__(
        self,
        starts: list[str],
        options: CrawlOptions,
        client: httpx.AsyncClient,
        emit: Callable[[CrawlEvent], None],
    ) -> None:
        self.starts = starts
        self.options = options
        self.emit = emit
        self.scope = Scope(starts, options.follow)
        self.stats = CrawlStats()
        self.notes: list[CrawlNote] = []
        self.cache = CrawlCache(
            options.cache_dir if options.cache_dir is not None else default_cache_dir(),
            lambda url, message: self.note("cache", url, message),
        )
        settings = FetchSettings(
            options.offline,
            options.concurrency,
            options.retries,
            options.backoff,
            options.timeout,
            options.max_bytes,
        )
        limiter = HostRateLimiter(options.rate)
        self.fetcher = Fetcher(client, self.cache, settings, limiter, self.stats, emit)
        self.robots = Robots(self.fetcher.fetch_robots, USER_AGENT, limiter)
        self.seen: set[str] = set()
        self.requested = 0
        self.not_requested: set[str] = set()  # links in scope left out by max_pages
        self.claimed: dict[str, CrawledPage] = {}  # final URL -> page
        self.failures: list[Failure] = []
        self.tasks: dict[asyncio.Task[Fetched], str] = {}

    def note(self, kind: NoteKind, url: str, message: str) -> None:
        self.notes.append(CrawlNote(kind, url, message))
        self.emit(CrawlEvent("warning", url, message))

    def admission(self, url: str) -> Admit:
        """What `url` and each redirect hop on its way must pass: the scope,
        except for a start URL (it is rooted where it lands), and robots.txt."""
        start = url in self.starts

        async def admit(hop: str) -> str | None:
            if not start and not self.scope.contains(hop):
                return "it leaves the crawl's scope (the start URL's directory and --follow)"
            if self.options.robots and not self.options.offline:
                return await self.robots.refusal(hop)
            return None

        return admit

    def enqueue(self, url: str) -> None:
        if url in self.seen:
            return
        if self.requested >= self.options.max_pages:
            self.not_requested.add(url)
            return
        self.seen.add(url)
        self.requested += 1
        self.emit(CrawlEvent("queued", url))
        task = asyncio.create_task(self.fetcher.fetch(url, self.admission(url)))
        self.tasks[task] = url

    def fail(self, url: str, reason: str) -> None:
        self.failures.append(Failure(url, reason))
        self.stats.failed += 1
        self.emit(CrawlEvent("failed", url, reason))

    async def run(self) -> None:
        if not self.options.offline:
            self.cache.check_writable(self.starts[0])
        loop = asyncio.get_running_loop()
        deadline = None if self.options.max_time is None else loop.time() + self.options.max_time
        for url in self.starts:
            self.enqueue(url)
        while self.tasks:
            remaining = None if deadline is None else max(0.0, deadline - loop.time())
            done, _ = await asyncio.wait(
                self.tasks, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
            )
            if not done:
                self.note(
                    "crawl-truncated",
                    self.starts[0],
                    f"stopped after --max-time {self.options.max_time:g} s: "
                    f"{len(self.tasks)} page(s) still in flight were not read",
                )
                return
            for task in done:
                self.settle(self.tasks.pop(task), task)
        if self.not_requested:
            self.note(
                "crawl-truncated",
                self.starts[0],
                f"stopped at --max-pages {self.options.max_pages}: "
                f"{len(self.not_requested)} more link(s) in scope were not requested",
            )

    def settle(self, url: str, task: asyncio.Task[Fetched]) -> None:
        try:
            self.read(url, task.result())
        except FetchError as exc:
            self.fail(url, str(exc))
        except Exception as exc:
            # One page must not end the crawl of the others, not even
            # through a bug; the failure names the exception.
            self.fail(url, f"unexpected {type(exc).__name__}: {exc}")

    def read(self, url: str, fetched: Fetched) -> None:
        """A fetched page: decoded, kept unless another URL led to it, its links queued."""
        final = normalize_url(fetched.entry.final_url)
        if url in self.starts and final != url:
            self.scope.rebase(self.starts.index(url), final)
        self.seen.add(final)
        if final not in self.claimed:
            decoded = decode_html(fetched.body, fetched.entry.charset)
            links = extract_links(decoded.text, final)
            if decoded.warning:
                self.note("bad-charset", final, decoded.warning)
            self.claimed[final] = CrawledPage("", final, decoded.text, fetched.from_cache)
            for link in links:
                if self.scope.contains(link):
                    self.enqueue(link)
        if fetched.from_cache:
            self.stats.cached += 1
        self.emit(CrawlEvent("cached" if fetched.from_cache else "fetched", url))

    async def cancel(self) -> None:
        for task in self.tasks:
            task.cancel()
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()

    def result(self) -> CrawlResult:
        pages, names = _named_pages(self.scope, self.claimed, self.failures)
        truncated = any(n.kind == "crawl-truncated" for n in self.notes)
        return CrawlResult(
            pages, sorted(self.failures), self.stats, names, sorted(self.notes), truncated
        )


def _named_pages(
    scope: Scope, claimed: dict[str, CrawledPage], failures: list[Failure]
) -> tuple[list[CrawledPage], dict[str, str]]:
    # Sites link one page under several URLs (`v5/` and `v5/index.html`);
    # identical text is one page, kept under its shortest URL, or its APIs
    # would all be reported as documented twice.
    by_text: dict[str, str] = {}
    for url in sorted(claimed, key=lambda u: (len(u), u)):
        by_text.setdefault(claimed[url].text, url)
    kept = {url: claimed[url] for url in by_text.values()}
    # Names are given at the end, from the final scope, and a name two URLs
    # would share goes to neither (both keep their full URL): the result must
    # not depend on which page happened to arrive first.
    urls = sorted({*kept, *(f.url for f in failures)})
    proposed = {url: scope.name(url) for url in urls}
    counts: dict[str, int] = {}
    for name in proposed.values():
        counts[name] = counts.get(name, 0) + 1
    names = {url: (name if counts[name] == 1 else url) for url, name in proposed.items()}
    pages = sorted(
        (page._replace(name=names[url]) for url, page in kept.items()), key=lambda p: p.name
    )
    return pages, names


def _client(options: CrawlOptions, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=transport,
        timeout=options.timeout,
        # Redirects are followed by hand so that each hop is checked against the site.
        follow_redirects=False,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        },
        limits=httpx.Limits(max_connections=options.concurrency),
    )


async def crawl_async(
    start_urls: Sequence[str],
    options: CrawlOptions | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_event: Callable[[CrawlEvent], None] | None = None,
) -> CrawlResult:
    """See `crawl`."""
    options = options or CrawlOptions()
    if not start_urls:
        raise ValueError("no start URL")
    for url in start_urls:
        if not is_url(url) or not urlsplit(url).hostname:
            raise ValueError(f"{url}: not an http(s) URL")
    options.check()
    starts = [normalize_url(url) for url in start_urls]
    client = _client(options, transport)
    run = _Crawl(starts, options, client, on_event or (lambda event: None))
    try:
        await run.run()
    finally:
        await run.cancel()
        await client.aclose()
    return run.result()


def crawl(
    start_urls: Sequence[str],
    *,
    cache_dir: Path | None = None,
    offline: bool = False,
    follow: Iterable[str] = (),
    concurrency: int = DEFAULT_CONCURRENCY,
    rate: float = DEFAULT_RATE,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_time: float | None = None,
    robots: bool = True,
    transport: httpx.AsyncBaseTransport | None = None,
    on_event: Callable[[CrawlEvent], None] | None = None,
) -> CrawlResult:
    """Fetch the pages under each start URL's directory (and those `follow`
    regexes admit), through the cache at `cache_dir` (default: the user's cache
    directory). `offline` reads the cache only. `rate` is requests per second
    per host (0: unlimited); `backoff` is the first retry delay in seconds;
    `timeout` bounds each request, body included. At most `max_pages` URLs are
    requested and the crawl stops after `max_time` seconds (None: no limit).
    `robots=False` ignores robots.txt. `transport` replaces the network
    (tests); `on_event` sees progress."""
    options = CrawlOptions(
        cache_dir=cache_dir,
        offline=offline,
        follow=tuple(follow),
        concurrency=concurrency,
        rate=rate,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
        max_bytes=max_bytes,
        max_pages=max_pages,
        max_time=max_time,
        robots=robots,
    )
    return asyncio.run(crawl_async(start_urls, options, transport=transport, on_event=on_event))

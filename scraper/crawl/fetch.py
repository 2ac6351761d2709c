"""One page over HTTP: conditional requests against the cache, redirects hop
by hop, a deadline on the whole answer, retries.

Each request, from sending it to the last byte of the body, must finish within
`timeout` seconds: httpx's own timeout is per network read, so a server that
trickles one byte a second would otherwise hold a page for as long as it likes.
A request that runs out of time is retried like any timeout.

Redirects are followed by hand, at most 10 hops, each hop on the same host (an
http -> https upgrade of the same host included) and admitted by the crawl
(scope, robots.txt) before it is requested. Other final failures: an HTTP 4xx,
a non-HTML Content-Type, a body over `max_bytes`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from hashlib import sha256
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import httpx

from zstack_openapi.scraper.crawl.cache import CrawlCache
from zstack_openapi.scraper.crawl.charset import content_type, looks_like_html
from zstack_openapi.scraper.crawl.links import is_url, normalize_url
from zstack_openapi.scraper.crawl.politeness import MAX_ROBOTS_BYTES, HostRateLimiter, RobotsAnswer
from zstack_openapi.scraper.crawl.results import CrawlEvent, CrawlStats
from zstack_openapi.scraper.crawl.retry import FetchError, Retryable, parse_retry_after, retrying
from zstack_openapi.scraper.crawl.scope import same_site
from zstack_openapi.scraper.http_cache import CacheEntry

__all__ = ["MAX_REDIRECTS", "Admit", "FetchSettings", "Fetched", "Fetcher"]

MAX_REDIRECTS = 10
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# (URL about to be requested) -> None when it may be, else why not.
Admit = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True, slots=True)
class FetchSettings:
    offline: bool
    concurrency: int
    retries: int
    backoff: float
    timeout: float  # seconds for one request, first byte sent to last byte received
    max_bytes: int


class Fetched(NamedTuple):
    entry: CacheEntry
    body: bytes
    from_cache: bool


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        cache: CrawlCache,
        settings: FetchSettings,
        limiter: HostRateLimiter,
        stats: CrawlStats,
        emit: Callable[[CrawlEvent], None],
    ) -> None:
        self.client = client
        self.cache = cache
        self.settings = settings
        self.limiter = limiter
        self.stats = stats
        self.emit = emit
        self.semaphore = asyncio.Semaphore(settings.concurrency)

    async def fetch(self, url: str, admit: Admit) -> Fetched:
        cached, corrupt = self.cache.get(url)
        if self.settings.offline:
            if cached is None:
                why = f"its entry is unusable: {corrupt}" if corrupt else "not in the cache"
                raise FetchError(f"{why} {self.cache.root} (offline run)")
            return Fetched(cached[0], cached[1], True)
        refusal = await admit(url)
        if refusal is not None:
            raise FetchError(refusal)

        async def attempt() -> Fetched:
            async with self.semaphore:
                return await self._get(url, cached, admit)

        return await retrying(
            attempt,
            retries=self.settings.retries,
            backoff=self.settings.backoff,
            pause_host=lambda delay: self.limiter.pause(urlsplit(url).netloc, delay),
            on_retry=lambda detail: self._retried(url, detail),
        )

    def _retried(self, url: str, detail: str) -> None:
        self.stats.retries += 1
        self.emit(CrawlEvent("retry", url, detail))

    async def _get(
        self, url: str, cached: tuple[CacheEntry, bytes] | None, admit: Admit
    ) -> Fetched:
        headers: dict[str, str] = {}
        if cached is not None:
            entry = cached[0]
            if entry.etag:
                headers["If-None-Match"] = entry.etag
            if entry.last_modified:
                headers["If-Modified-Since"] = entry.last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            answer = await self._request(url, current, headers, cached)
            if isinstance(answer, Fetched):
                return answer
            refusal = await admit(answer)
            if refusal is not None:
                raise FetchError(f"redirect to {answer} refused: {refusal}")
            current = answer
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    async def _request(
        self,
        url: str,
        current: str,
        headers: dict[str, str],
        cached: tuple[CacheEntry, bytes] | None,
    ) -> Fetched | str:
        """One request: the page, or the URL a redirect points to."""
        await self.limiter.wait(urlsplit(current).netloc)
        self.stats.requests += 1
        try:
            async with asyncio.timeout(self.settings.timeout):
                async with self.client.stream("GET", current, headers=headers) as response:
                    return await self._answer(url, current, response, cached)
        except TimeoutError:
            raise Retryable(
                f"timed out: no complete answer within {self.settings.timeout:g} s"
            ) from None
        except httpx.TimeoutException as exc:
            raise Retryable(f"timed out ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise Retryable(f"connection error ({type(exc).__name__}: {exc})") from None

    async def _answer(
        self,
        url: str,
        current: str,
        response: httpx.Response,
        cached: tuple[CacheEntry, bytes] | None,
    ) -> Fetched | str:
        status = response.status_code
        if status in _REDIRECTS:
            return self._redirect_target(current, response)
        if status == 304:
            if cached is None:
                raise FetchError("HTTP 304 Not Modified to an unconditional request")
            return self._revalidated(cached, current, response)
        if status == 429 or status >= 500:
            raise Retryable(
                f"HTTP {status} {response.reason_phrase}".rstrip(),
                parse_retry_after(response.headers.get("retry-after")),
            )
        if status not in (200, 203):
            raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
        return await self._received(url, current, response)

    def _redirect_target(self, current: str, response: httpx.Response) -> str:
        location = response.headers.get("location")
        if not location:
            raise FetchError(f"HTTP {response.status_code} redirect without a Location header")
        try:
            target = normalize_url(urljoin(current, location))
        except ValueError:
            raise FetchError(f"redirect to an invalid URL {location!r}") from None
        if not is_url(target) or not same_site(current, target):
            raise FetchError(
                f"redirect to {target} refused: it leaves the site {urlsplit(current).netloc}"
            )
        return target

    def _revalidated(
        self, cached: tuple[CacheEntry, bytes], current: str, response: httpx.Response
    ) -> Fetched:
        entry, body = cached
        # A 304 may carry fresh validators; keep them for the next run.
        entry = replace(
            entry,
            final_url=current,
            etag=response.headers.get("etag") or entry.etag,
            last_modified=response.headers.get("last-modified") or entry.last_modified,
            validated_at=_now(),
        )
        self.cache.put(entry.url, entry)
        self.stats.revalidated += 1
        return Fetched(entry, body, True)

    async def _received(self, url: str, current: str, response: httpx.Response) -> Fetched:
        raw_type = response.headers.get("content-type")
        mime, charset = content_type(raw_type)
        if mime is not None and mime not in _HTML_TYPES:
            raise FetchError(f"not an HTML page (Content-Type: {raw_type})")
        body = await _read_body(response, self.settings.max_bytes)
        if mime is None and not looks_like_html(body):
            raise FetchError("no Content-Type and the body does not look like HTML")
        now = _now()
        entry = CacheEntry(
            url=url,
            final_url=current,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            content_type=raw_type,
            charset=charset,
            sha256=sha256(body).hexdigest(),
            size=len(body),
            fetched_at=now,
            validated_at=now,
        )
        # A synchronous write: a docs page is tens of kilobytes, less than the
        # cost of handing it to a thread.
        self.cache.put(url, entry, body)
        self.stats.fetched += 1
        self.stats.bytes += len(body)
        return Fetched(entry, body, False)

    async def fetch_robots(self, url: str) -> RobotsAnswer:
        """GET robots.txt (redirects followed, as RFC 9309 asks), with the
        page's rate limit, deadline and retries."""

        async def attempt() -> RobotsAnswer:
            await self.limiter.wait(urlsplit(url).netloc)
            self.stats.requests += 1
            try:
                async with asyncio.timeout(self.settings.timeout):
                    async with self.client.stream("GET", url, follow_redirects=True) as response:
                        if response.status_code == 429 or response.status_code >= 500:
                            status = f"HTTP {response.status_code} {response.reason_phrase}"
                            raise Retryable(status.rstrip())
                        if response.status_code != 200:
                            return RobotsAnswer(response.status_code, b"")
                        body = await _read_body(response, MAX_ROBOTS_BYTES, truncate=True)
                        return RobotsAnswer(200, body)
            except (TimeoutError, httpx.TimeoutException):
                raise Retryable(f"no answer within {self.settings.timeout:g} s") from None
            except httpx.TransportError as exc:
                raise Retryable(f"connection error ({type(exc).__name__})") from None

        try:
            return await retrying(
                attempt,
                retries=self.settings.retries,
                backoff=self.settings.backoff,
                pause_host=lambda delay: self.limiter.pause(urlsplit(url).netloc, delay),
                on_retry=lambda detail: self._retried(url, detail),
            )
        except FetchError as exc:
            return RobotsAnswer(0, b"", str(exc))


async def _read_body(response: httpx.Response, limit: int, truncate: bool = False) -> bytes:
    """The body, refused (or with `truncate`, cut) when over `limit` bytes."""
    length = response.headers.get("content-length")
    if not truncate and length is not None and length.isdigit() and int(length) > limit:
        raise FetchError(f"page of {int(length)} bytes is over the {limit}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        chunks.append(chunk)
        if size > limit:
            if truncate:
                break
            # Content-Length may be absent or lie (and counts compressed
            # bytes): the limit is enforced on what we actually receive.
            raise FetchError(f"page is over the {limit}-byte limit")
    return b"".join(chunks)[: limit if truncate else None]

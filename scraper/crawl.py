"""Crawl a docs site politely, with a persistent HTTP cache.

`crawl(["https://www.zstack.io/help/dev_manual/dev_guide/v5/"], ...)` fetches the
start pages, follows their links to every page under the start URL's directory
(plus whatever the `follow` regexes admit), and returns each page's decoded
text for the scraper. Pages are named by their URL path relative to the start
URL's directory, as local files are named relative to the directory given.

Politeness: at most `concurrency` requests in flight, at most `rate` requests
per second to each host (a 429/503 `Retry-After` pauses the whole host, not
just the one page), a User-Agent that says who we are, and conditional
requests (`If-None-Match`, `If-Modified-Since`) against the on-disk cache
(`scraper.http_cache`), so an unchanged page costs the server a 304.

Faults: timeouts, connection errors, 429 and 5xx are retried `retries` times
with exponential backoff (`backoff * 2**attempt`, times a random factor in
[0.5, 1.5) so concurrent retries do not hit the server in lockstep); a 429 or
503 with `Retry-After` (seconds or an HTTP date) waits exactly that instead.
Other failures are final: an HTTP 4xx, a redirect off the site, a
non-HTML Content-Type, a body over `max_bytes`. A page that fails is reported
in `CrawlResult.failures` and the crawl goes on.

Redirects are followed hop by hop (at most 10) as long as each hop stays on
the same host (an http -> https upgrade of the same host included). A page is
named by the URL it finally came from, and two links that land on the same
page give one page, not two.

Character encoding, in this order; the first rule that applies wins:

1. A byte-order mark (UTF-8, UTF-16).
2. Bytes that are valid UTF-8 are UTF-8, whatever the page declares. Text in a
   legacy encoding (GBK, Latin-1) with any non-ASCII character is practically
   never valid UTF-8 by accident, whereas servers that announce
   `charset=ISO-8859-1` for UTF-8 pages are common; believing the declaration
   would turn every Chinese character into two or three Latin-1 ones.
3. A declared charset under which the bytes decode without error, tried in the
   order: the HTTP header's charset, the `<meta charset>` /
   `<meta http-equiv="Content-Type">` charset, and last the HTTP header's
   charset when it is ISO-8859-1, Windows-1252 or ASCII. Those three are what
   servers and frameworks send by default, so the author's meta outranks them;
   any other header charset was chosen on purpose and outranks the meta.
   GB2312 and GBK are read as GB18030, their superset (as browsers do).
4. GB18030 if the bytes decode under it (Chinese sites without declarations).
5. UTF-8 with U+FFFD for the bytes that are not.

A page whose only declaration is a Latin-1 header while its bytes are GBK is
read as Latin-1 (rule 3): nothing in the bytes proves such a header wrong
without guessing the language.
"""

from __future__ import annotations

import asyncio
import codecs
import posixpath
import random
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from hashlib import sha256
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal, NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.scraper.blocks import ScrapeWarning
from zstack_openapi.scraper.http_cache import CacheEntry, HttpCache, default_cache_dir

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_RATE",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "CrawlEvent",
    "CrawlResult",
    "CrawlStats",
    "CrawledPage",
    "Decoded",
    "Failure",
    "crawl",
    "crawl_async",
    "crawl_catalog",
    "decode_html",
    "extract_links",
    "fetch_warnings",
    "is_url",
    "parse_retry_after",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zstack-openapi")
    except PackageNotFoundError:
        return "0+unknown"


USER_AGENT = f"zstack-openapi/{_version()} (+docs crawler)"

DEFAULT_CONCURRENCY = 4
DEFAULT_RATE = 5.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
# A Retry-After longer than this would stall the crawl for longer than anyone
# waits at a terminal; such a page fails with a message saying so.
MAX_RETRY_AFTER = 120.0

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Links to these are assets, never doc pages; not requesting them keeps the
# crawl from spending the site's patience on images and downloads.
_ASSET = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|ico|bmp|css|js|map|woff2?|ttf|eot|pdf|zip|gz|tgz|tar|bz2|xz"
    r"|7z|rar|exe|msi|dmg|iso|qcow2|mp[34]|webm)$",
    re.IGNORECASE,
)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


# ----------------------------------------------------------------------------
# Results


class CrawledPage(NamedTuple):
    name: str  # catalog file name: URL path relative to the start URL's directory
    url: str  # the URL the page finally came from (after redirects)
    text: str
    from_cache: bool  # True when the body came from the cache (304 or offline)


class Failure(NamedTuple):
    url: str
    reason: str


@dataclass(slots=True)
class CrawlStats:
    requests: int = 0  # HTTP requests sent, redirect hops and retries included
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


class CrawlEvent(NamedTuple):
    """Progress of a crawl, for a progress bar or log lines."""

    kind: Literal["queued", "fetched", "cached", "failed", "retry"]
    url: str
    detail: str = ""


# ----------------------------------------------------------------------------
# Encoding


class Decoded(NamedTuple):
    text: str
    encoding: str  # Python codec name actually used
    source: Literal["bom", "utf-8", "header", "meta", "fallback"]


_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE
)
_GB_LABELS = frozenset({"gb2312", "gbk", "x-gbk", "cp936", "csgb2312", "chinese", "gb_2312-80"})
_DEFAULT_CHARSETS = frozenset({"iso8859-1", "cp1252", "ascii"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(label: str | None) -> str | None:
    """A charset label -> Python codec name, None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _GB_LABELS:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in `<meta>` within its first 4 KB."""
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(body: bytes, header_charset: str | None = None) -> Decoded:
    """Bytes of an HTML page -> text, by the rule in the module docstring."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(codec, errors="replace"), codec, "bom")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    header = _codec(header_charset)
    meta = _codec(meta_charset(body))
    candidates: list[tuple[str | None, Literal["header", "meta"]]] = []
    if header not in _DEFAULT_CHARSETS:
        candidates.append((header, "header"))
    candidates.append((meta, "meta"))
    if header in _DEFAULT_CHARSETS:
        candidates.append((header, "header"))
    for declared, source in candidates:
        if declared is None or declared == "utf-8":
            continue  # UTF-8 already failed above
        try:
            return Decoded(body.decode(declared), declared, source)
        except UnicodeDecodeError:
            continue
    try:
        return Decoded(body.decode("gb18030"), "gb18030", "fallback")
    except UnicodeDecodeError:
        return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "fallback")


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """`text/html; charset=GBK` -> ("text/html", "GBK")."""
    if not value:
        return None, None
    mime, _, rest = value.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime.strip().lower() or None, charset


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


# ----------------------------------------------------------------------------
# URLs and links


def normalize_url(url: str) -> str:
    """Drop the fragment and default port, lower-case scheme and host: the form
    URLs are compared and cached in."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port is None or port == default else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.netloc.rsplit('@', 1)[0]}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if href is None:
            return
        if tag == "base" and self.base is None:
            self.base = href
        elif tag in ("a", "area"):
            self.hrefs.append(href)


def extract_links(text: str, base_url: str) -> list[str]:
    """Absolute http(s) URLs of a page's `<a>`/`<area>` links, normalized, in
    document order without repeats; `<base href>` respected."""
    parser = _LinkParser()
    parser.feed(text)
    parser.close()
    base = urljoin(base_url, parser.base) if parser.base else base_url
    seen: set[str] = set()
    links: list[str] = []
    for href in parser.hrefs:
        href = href.strip()
        if not href or href.startswith("#"):
            continue
        absolute = urljoin(base, href)
        if not is_url(absolute):
            continue  # mailto:, javascript:, tel:, ...
        url = normalize_url(absolute)
        if url not in seen:
            seen.add(url)
            links.append(url)
    return links


def _same_site(current: str, target: str) -> bool:
    """A redirect stays on the site when it keeps the host; http -> https of
    the same host is an upgrade, not a move."""
    a, b = urlsplit(current), urlsplit(target)
    if (a.hostname or "").lower() != (b.hostname or "").lower():
        return False
    if a.scheme == b.scheme:
        return a.port == b.port
    return a.scheme == "http" and b.scheme == "https" and b.port in (None, 443)


@dataclass(slots=True)
class _Root:
    scheme: str
    netloc: str
    directory: str  # path ending in "/"


class Scope:
    """Which URLs the crawl follows, and what each page is called."""

    def __init__(self, start_urls: Sequence[str], follow: Iterable[str] = ()) -> None:
        self.roots = [self._root(url) for url in start_urls]
        self.follow: list[re.Pattern[str]] = []
        for pattern in follow:
            try:
                self.follow.append(re.compile(pattern))
            except re.error as exc:
                raise ValueError(f"follow pattern {pattern!r}: {exc}") from None

    @staticmethod
    def _root(url: str) -> _Root:
        parts = urlsplit(url)
        directory = (
            posixpath.dirname(parts.path) + "/" if not parts.path.endswith("/") else parts.path
        )
        return _Root(parts.scheme, parts.netloc, directory.replace("//", "/"))

    def rebase(self, index: int, final_url: str) -> None:
        """A start URL that redirects (`/v5` -> `/v5/`, `/v5/` -> `/v5.6/`) is
        rooted where it landed: that is the manual the user pointed at."""
        self.roots[index] = self._root(final_url)

    def _under(self, url: str) -> _Root | None:
        parts = urlsplit(url)
        for root in self.roots:
            if (parts.scheme, parts.netloc) == (root.scheme, root.netloc) and parts.path.startswith(
                root.directory
            ):
                return root
        return None

    def contains(self, url: str) -> bool:
        if _ASSET.search(urlsplit(url).path):
            return False
        return self._under(url) is not None or any(p.search(url) for p in self.follow)

    def name(self, url: str) -> str:
        parts = urlsplit(url)
        root = self._under(url) or next(
            (r for r in self.roots if (r.scheme, r.netloc) == (parts.scheme, parts.netloc)), None
        )
        if root is None:
            name = parts.netloc + parts.path  # another site, admitted by --follow
        else:
            name = posixpath.relpath(parts.path, root.directory)
            if name == ".":
                name = ""
        if not name or parts.path.endswith("/"):
            name = posixpath.join(name, "index.html") if name else "index.html"
        return f"{name}?{parts.query}" if parts.query else name


# ----------------------------------------------------------------------------
# Politeness


class HostRateLimiter:
    """At most `rate` requests per second to each host, by reserving evenly
    spaced slots (no burst: a docs server sees a steady trickle)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}

    async def wait(self, host: str) -> None:
        now = time.monotonic()
        slot = max(now, self._next.get(host, now))
        # Reserve before sleeping: coroutines that arrive meanwhile queue
        # behind this one instead of all taking the same slot.
        self._next[host] = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def pause(self, host: str, seconds: float) -> None:
        """The server asked for a pause (Retry-After): no request to the host before it ends."""
        until = time.monotonic() + seconds
        self._next[host] = max(self._next.get(host, until), until)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """`Retry-After: 3` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` -> seconds (>= 0)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# ----------------------------------------------------------------------------
# Fetching


class FetchError(Exception):
    """A page that cannot be had; the message says why."""


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class _Fetched(NamedTuple):
    entry: CacheEntry
    body: bytes
    from_cache: bool


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class _Settings:
    offline: bool
    concurrency: int
    retries: int
    backoff: float
    max_bytes: int


class _Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        cache: HttpCache,
        settings: _Settings,
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

    async def fetch(self, url: str) -> _Fetched:
        cached = self.cache.get(url)
        if self.settings.offline:
            if cached is None:
                raise FetchError(f"not in the cache {self.cache.root} (offline run)")
            return _Fetched(cached[0], cached[1], True)
        attempt = 0
        while True:
            try:
                async with self.semaphore:
                    return await self._get(url, cached)
            except _Retryable as exc:
                if attempt >= self.settings.retries:
                    tries = "1 attempt" if attempt == 0 else f"{attempt + 1} attempts"
                    raise FetchError(f"{exc.reason} (gave up after {tries})") from None
                if exc.retry_after is not None:
                    if exc.retry_after > MAX_RETRY_AFTER:
                        raise FetchError(
                            f"{exc.reason}: the server asks to retry after {exc.retry_after:.0f} s, "
                            f"more than the {MAX_RETRY_AFTER:.0f} s we wait"
                        ) from None
                    delay = exc.retry_after
                    self.limiter.pause(urlsplit(url).netloc, delay)
                else:
                    delay = self.settings.backoff * 2**attempt * (0.5 + random.random())
                attempt += 1
                self.stats.retries += 1
                self.emit(
                    CrawlEvent(
                        "retry",
                        url,
                        f"{exc.reason}; retry {attempt} of {self.settings.retries} in {delay:.1f} s",
                    )
                )
                await asyncio.sleep(delay)

    async def _get(self, url: str, cached: tuple[CacheEntry, bytes] | None) -> _Fetched:
        headers: dict[str, str] = {}
        if cached is not None:
            entry = cached[0]
            if entry.etag:
                headers["If-None-Match"] = entry.etag
            if entry.last_modified:
                headers["If-Modified-Since"] = entry.last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            await self.limiter.wait(urlsplit(current).netloc)
            self.stats.requests += 1
            try:
                async with self.client.stream("GET", current, headers=headers) as response:
                    status = response.status_code
                    if status in _REDIRECTS:
                        current = self._redirect_target(current, response)
                        continue
                    if status == 304:
                        if cached is None:
                            raise FetchError("HTTP 304 Not Modified to an unconditional request")
                        return self._revalidated(cached, current, response)
                    if status == 429 or status >= 500:
                        raise _Retryable(
                            f"HTTP {status} {response.reason_phrase}".rstrip(),
                            parse_retry_after(response.headers.get("retry-after")),
                        )
                    if status not in (200, 203):
                        raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
                    return await self._received(url, current, response)
            except httpx.TimeoutException as exc:
                raise _Retryable(f"timed out ({type(exc).__name__})") from None
            except httpx.TransportError as exc:
                raise _Retryable(f"connection error ({type(exc).__name__}: {exc})") from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _redirect_target(self, current: str, response: httpx.Response) -> str:
        location = response.headers.get("location")
        if not location:
            raise FetchError(f"HTTP {response.status_code} redirect without a Location header")
        target = normalize_url(urljoin(current, location))
        if not is_url(target) or not _same_site(current, target):
            raise FetchError(
                f"redirect to {target} refused: it leaves the site {urlsplit(current).netloc}"
            )
        return target

    def _revalidated(
        self, cached: tuple[CacheEntry, bytes], current: str, response: httpx.Response
    ) -> _Fetched:
        entry, body = cached
        # A 304 may carry fresh validators; keep them for the next run.
        now = _now()
        entry = replace(
            entry,
            final_url=current,
            etag=response.headers.get("etag") or entry.etag,
            last_modified=response.headers.get("last-modified") or entry.last_modified,
            validated_at=now,
        )
        self.cache.put(entry)
        self.stats.revalidated += 1
        return _Fetched(entry, body, True)

    async def _received(self, url: str, current: str, response: httpx.Response) -> _Fetched:
        raw_type = response.headers.get("content-type")
        mime, charset = _content_type(raw_type)
        if mime is not None and mime not in _HTML_TYPES:
            raise FetchError(f"not an HTML page (Content-Type: {raw_type})")
        limit = self.settings.max_bytes
        length = response.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            raise FetchError(f"page of {int(length)} bytes is over the {limit}-byte limit")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                # Content-Length may be absent or lie (and counts compressed
                # bytes): the limit is enforced on what we actually receive.
                raise FetchError(f"page is over the {limit}-byte limit")
            chunks.append(chunk)
        body = b"".join(chunks)
        if mime is None and not _looks_like_html(body):
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
        self.cache.put(entry, body)
        self.stats.fetched += 1
        self.stats.bytes += len(body)
        return _Fetched(entry, body, False)


# ----------------------------------------------------------------------------
# The crawl


async def crawl_async(
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
    transport: httpx.AsyncBaseTransport | None = None,
    on_event: Callable[[CrawlEvent], None] | None = None,
) -> CrawlResult:
    """See `crawl`."""
    if not start_urls:
        raise ValueError("no start URL")
    for url in start_urls:
        if not is_url(url) or not urlsplit(url).hostname:
            raise ValueError(f"{url}: not an http(s) URL")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    if retries < 0:
        raise ValueError(f"retries must not be negative, not {retries}")
    starts = [normalize_url(url) for url in start_urls]
    scope = Scope(starts, follow)
    stats = CrawlStats()
    emit = on_event or (lambda event: None)
    cache = HttpCache(cache_dir if cache_dir is not None else default_cache_dir())
    settings = _Settings(offline, concurrency, retries, backoff, max_bytes)

    client = httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        # Redirects are followed by hand so that each hop is checked against the site.
        follow_redirects=False,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        },
        limits=httpx.Limits(max_connections=concurrency),
    )
    fetcher = _Fetcher(client, cache, settings, HostRateLimiter(rate), stats, emit)

    seen: set[str] = set()
    claimed: dict[str, CrawledPage] = {}  # final URL -> page
    failures: list[Failure] = []
    tasks: dict[asyncio.Task[_Fetched], str] = {}

    def enqueue(url: str) -> None:
        if url in seen:
            return
        seen.add(url)
        emit(CrawlEvent("queued", url))
        tasks[asyncio.create_task(fetcher.fetch(url))] = url

    try:
        for url in starts:
            enqueue(url)
        while tasks:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                url = tasks.pop(task)
                try:
                    fetched = task.result()
                except FetchError as exc:
                    failures.append(Failure(url, str(exc)))
                    stats.failed += 1
                    emit(CrawlEvent("failed", url, str(exc)))
                    continue
                except Exception as exc:
                    # One page must not end the crawl of the others, not even
                    # through a bug; the failure names the exception.
                    reason = f"unexpected {type(exc).__name__}: {exc}"
                    failures.append(Failure(url, reason))
                    stats.failed += 1
                    emit(CrawlEvent("failed", url, reason))
                    continue
                final = normalize_url(fetched.entry.final_url)
                if url in starts and final != url:
                    scope.rebase(starts.index(url), final)
                if fetched.from_cache:
                    stats.cached += 1
                emit(CrawlEvent("cached" if fetched.from_cache else "fetched", url))
                seen.add(final)
                if final in claimed:
                    continue  # another link already led to this page
                text = decode_html(fetched.body, fetched.entry.charset).text
                claimed[final] = CrawledPage("", final, text, fetched.from_cache)
                for link in extract_links(text, final):
                    if scope.contains(link):
                        enqueue(link)
    finally:
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await client.aclose()

    # Sites link one page under several URLs (`v5/` and `v5/index.html`);
    # identical text is one page, kept under its shortest URL, or its APIs
    # would all be reported as documented twice.
    by_text: dict[str, str] = {}
    for url in sorted(claimed, key=lambda u: (len(u), u)):
        by_text.setdefault(claimed[url].text, url)
    claimed = {url: claimed[url] for url in by_text.values()}
    # Names are given at the end, from the final scope, and a name two URLs
    # would share goes to neither (both keep their full URL): the result must
    # not depend on which page happened to arrive first.
    urls = sorted({*claimed, *(f.url for f in failures)})
    proposed = {url: scope.name(url) for url in urls}
    counts: dict[str, int] = {}
    for name in proposed.values():
        counts[name] = counts.get(name, 0) + 1
    names = {url: (name if counts[name] == 1 else url) for url, name in proposed.items()}
    pages = sorted(
        (page._replace(name=names[url]) for url, page in claimed.items()), key=lambda p: p.name
    )
    return CrawlResult(pages, sorted(failures), stats, names)


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
    transport: httpx.AsyncBaseTransport | None = None,
    on_event: Callable[[CrawlEvent], None] | None = None,
) -> CrawlResult:
    """Fetch the pages under each start URL's directory (and those `follow`
    regexes admit), through the cache at `cache_dir` (default: the user's cache
    directory). `offline` reads the cache only. `rate` is requests per second
    per host (0: unlimited); `backoff` is the first retry delay in seconds.
    `transport` replaces the network (tests); `on_event` sees progress."""
    return asyncio.run(
        crawl_async(
            start_urls,
            cache_dir=cache_dir,
            offline=offline,
            follow=follow,
            concurrency=concurrency,
            rate=rate,
            retries=retries,
            backoff=backoff,
            timeout=timeout,
            max_bytes=max_bytes,
            transport=transport,
            on_event=on_event,
        )
    )


def fetch_warnings(result: CrawlResult) -> list[ScrapeWarning]:
    """Each page that still failed, as a `fetch-failed` warning naming its URL."""
    return [
        ScrapeWarning(result.names.get(f.url, f.url), 1, None, "fetch-failed", f"{f.url}: {f.reason}")
        for f in result.failures
    ]


def crawl_catalog(result: CrawlResult) -> Catalog:
    """A crawl -> the API catalog, as `scrape` builds it from local files."""
    from zstack_openapi.scraper.incremental import scrape_incremental

    pages = [(page.name, page.text) for page in result.pages]
    return scrape_incremental(pages, None, fetch_warnings(result))[0]

"""`zstack-openapi scrape SOURCE... --output catalog.json`

A SOURCE is a file, a directory, or an http(s) URL of a docs site's index page;
URLs are crawled (`scraper.crawl`) through a persistent HTTP cache.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.fileio import refuse_overwriting_inputs
from zstack_openapi.progress import counting, interactive
from zstack_openapi.scraper import (
    find_documents,
    load_catalog,
    read_text,
    write_catalog,
)
from zstack_openapi.scraper.blocks import ScrapeWarning
from zstack_openapi.scraper.catalog import summary
from zstack_openapi.scraper.crawl import (
    DEFAULT_BACKOFF,
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGES,
    DEFAULT_RATE,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
    CrawlEvent,
    CrawlResult,
    fetch_warnings,
    is_url,
)
from zstack_openapi.scraper.http_cache import default_cache_dir
from zstack_openapi.scraper.incremental import scrape_incremental


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "scrape",
        help="read doc pages (HTML, markdown, flat text; files or a site) into an API catalog",
    )
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="file or directory of doc pages, or the http(s) URL of a manual's index page",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="catalog JSON to write")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every warning")
    parser.add_argument(
        "--full", action="store_true", help="re-extract every page even when OUTPUT has its hash"
    )
    add_crawl_arguments(parser)
    parser.set_defaults(run=run)


def add_crawl_arguments(parser: argparse.ArgumentParser) -> None:
    web = parser.add_argument_group("crawling (URL sources)")
    web.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help=f"HTTP cache directory (default: {default_cache_dir()})",
    )
    web.add_argument(
        "--offline", action="store_true", help="use the cache only; a page not in it is an error"
    )
    web.add_argument(
        "--follow",
        action="append",
        default=[],
        metavar="REGEX",
        help="also crawl links whose URL matches REGEX (default: only pages under the start URL's directory)",
    )
    web.add_argument(
        "--concurrency",
        type=_positive_int,
        default=DEFAULT_CONCURRENCY,
        help=f"requests in flight at once (default {DEFAULT_CONCURRENCY})",
    )
    web.add_argument(
        "--rate",
        type=_non_negative_float,
        default=DEFAULT_RATE,
        help=f"requests per second per host, 0 for no limit (default {DEFAULT_RATE:g})",
    )
    web.add_argument(
        "--retries",
        type=_non_negative_int,
        default=DEFAULT_RETRIES,
        help=f"retries on timeouts, connection errors, 429 and 5xx (default {DEFAULT_RETRIES})",
    )
    web.add_argument(
        "--backoff",
        type=_non_negative_float,
        default=DEFAULT_BACKOFF,
        metavar="SECONDS",
        help=f"first retry delay, doubled on each retry (default {DEFAULT_BACKOFF:g})",
    )
    web.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"per-request deadline, from sending it to the body's last byte (default {DEFAULT_TIMEOUT:g})",
    )
    web.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest page accepted (default {DEFAULT_MAX_BYTES})",
    )
    web.add_argument(
        "--max-pages",
        type=_positive_int,
        default=DEFAULT_MAX_PAGES,
        metavar="N",
        help=f"request at most N URLs, then stop with a warning (default {DEFAULT_MAX_PAGES})",
    )
    web.add_argument(
        "--max-time",
        type=_positive_float,
        default=None,
        metavar="SECONDS",
        help="stop the whole crawl after SECONDS with a warning, keeping what was read (default: no limit)",
    )
    web.add_argument(
        "--ignore-robots",
        action="store_true",
        help="crawl pages the site's robots.txt disallows (default: honour it)",
    )


def _number(kind: type[int] | type[float], low: float, inclusive: bool) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < low or (not inclusive and value == low):
            bound = f">= {low:g}" if inclusive else f"> {low:g}"
            raise argparse.ArgumentTypeError(f"must be {bound}: {text!r}")
        return value

    return parse


_positive_int = _number(int, 0, inclusive=False)
_non_negative_int = _number(int, 0, inclusive=True)
_positive_float = _number(float, 0, inclusive=False)
_non_negative_float = _number(float, 0, inclusive=True)


class CrawlReporter:
    """Crawl progress on stderr: a rich bar (pages fetched, from cache, failed)
    on a terminal; plain lines in CI and pipes, where a bar is only noise.
    Failures are printed either way, as they happen."""

    def __init__(self) -> None:
        self.fetched = self.cached = self.failed = self.total = 0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> CrawlReporter:
        if interactive():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(
                TextColumn("crawling"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(
                    "{task.fields[fetched]} fetched, {task.fields[cached]} from cache, "
                    "{task.fields[failed]} failed"
                ),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("crawl", total=0, fetched=0, cached=0, failed=0)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def _line(self, text: str) -> None:
        if self._progress is not None:
            # soft_wrap: a URL broken over two lines no longer copies as one.
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr, flush=True)

    def __call__(self, event: CrawlEvent) -> None:
        if event.kind == "queued":
            self.total += 1
        elif event.kind == "fetched":
            self.fetched += 1
        elif event.kind == "cached":
            self.cached += 1
        elif event.kind == "failed":
            self.failed += 1
        if event.kind in ("failed", "warning"):
            self._line(f"{event.kind}: {event.url}: {event.detail}")
        elif self._progress is None and event.kind != "queued":
            detail = f": {event.detail}" if event.detail else ""
            self._line(f"{event.kind}: {event.url}{detail}")
        if self._progress is not None:
            self._progress.update(
                self._task,
                total=self.total,
                completed=self.fetched + self.cached + self.failed,
                fetched=self.fetched,
                cached=self.cached,
                failed=self.failed,
            )


def crawl_sources(urls: list[str], args: argparse.Namespace) -> CrawlResult:
    from zstack_openapi.scraper.crawl import crawl  # httpx: only when crawling

    with CrawlReporter() as reporter:
        result = crawl(
            urls,
            cache_dir=args.cache,
            offline=args.offline,
            follow=args.follow,
            concurrency=args.concurrency,
            rate=args.rate,
            retries=args.retries,
            backoff=args.backoff,
            timeout=args.timeout,
            max_bytes=args.max_bytes,
            max_pages=args.max_pages,
            max_time=args.max_time,
            robots=not args.ignore_robots,
            on_event=reporter,
        )
    s = result.stats
    print(
        f"crawled {s.fetched + s.cached + s.failed} URLs into {len(result.pages)} pages: "
        f"{s.fetched} fetched, {s.cached} from cache ({s.revalidated} revalidated), "
        f"{s.failed} failed; {s.requests} requests, {s.retries} retries",
        file=sys.stderr,
    )
    return result


def print_summary(catalog: Catalog, verbose: bool) -> None:
    info = summary(catalog)
    pages = len(catalog.get("pages", [])) or info["files"]
    total = sum(info["warnings"].values())
    print(
        f"{pages} files, {info['apis']} APIs, {info['params']} parameters, {total} warnings",
        file=sys.stderr,
    )
    for kind, count in info["warnings"].items():
        print(f"  {kind}: {count}", file=sys.stderr)
    if verbose:
        for w in catalog.get("warnings", []):
            print(
                f"{w['file']}:{w['line']}: [{w['kind']}] {w['api'] or '-'}: {w['message']}",
                file=sys.stderr,
            )


def collect_documents(
    sources: list[str], args: argparse.Namespace
) -> tuple[list[tuple[str, str]], list[ScrapeWarning]]:
    """Files, directories and crawled URLs -> (name, text) pages and fetch warnings.
    Raises FileNotFoundError when an offline crawl misses pages."""
    documents = [
        (name, read_text(path))
        for path, name in find_documents(Path(s) for s in sources if not is_url(s))
    ]
    warnings: list[ScrapeWarning] = []
    urls = [s for s in sources if is_url(s)]
    if urls:
        result = crawl_sources(urls, args)
        if args.offline and result.failures:
            # Offline, a missing page is not a flaky server but an incomplete
            # cache: a catalog without it would silently lose its APIs.
            for failure in result.failures:
                print(f"error: {failure.url}: {failure.reason}", file=sys.stderr)
            raise FileNotFoundError(
                f"offline run: {len(result.failures)} page(s) not in the cache; "
                "run once without --offline to fill it"
            )
        documents += [(page.name, page.text) for page in result.pages]
        warnings += fetch_warnings(result)
    return documents, warnings


def scrape_to_catalog(
    sources: list[str], args: argparse.Namespace, previous: Catalog | None
) -> Catalog:
    documents, fetch_warnings = collect_documents(sources, args)
    with counting("scraping", total=len(documents)) as advance:
        catalog, stats = scrape_incremental(documents, previous, fetch_warnings, on_page=advance)
    if previous is not None:
        print(
            f"{stats.pages} pages: {stats.extracted} extracted, {stats.reused} unchanged",
            file=sys.stderr,
        )
    return catalog


def refuse_writing_sources(sources: list[str], outputs: list[Path]) -> None:
    """`scrape page.md -o page.md` would replace the doc page by a catalog."""
    pages = find_documents(Path(s) for s in sources if not is_url(s))
    refuse_overwriting_inputs(outputs, [path for path, _ in pages])


def run(args: argparse.Namespace) -> int:
    refuse_writing_sources(args.sources, [args.output])
    previous = None
    if not args.full and args.output.exists():
        try:
            previous = load_catalog(args.output)
        except ValueError:
            previous = None
    catalog = scrape_to_catalog(args.sources, args, previous)
    write_catalog(catalog, args.output)
    print_summary(catalog, args.verbose)
    if not catalog["apis"]:
        print("error: no API found in the sources", file=sys.stderr)
        return 1
    if args.strict and catalog["warnings"]:
        return 1
    return 0

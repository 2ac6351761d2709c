"""Time the crawler against the test docs site on 127.0.0.1.

    python benchmarks/bench_crawl.py [--pages 200] [--runs 3]

Serves `--pages` pages (the committed crawler fixture chapters, repeated with a
distinct comment each) plus an index linking them, and reports the median
pages per second of a cold crawl (empty cache), a warm one (every page a 304)
and an offline one (cache only), each as a ratio to a baseline measured in the
same run: plain httpx GETs of the same URLs at the same concurrency, with no
cache, no decoding, no link extraction, no robots.txt (the floor any crawler
over this server pays). No rate limit: it measures the crawler, not politeness.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests import docs_site  # noqa: E402
from zstack_openapi.scraper.crawl import DEFAULT_CONCURRENCY, crawl  # noqa: E402


def publish(site: docs_site.DocsSite, count: int) -> list[str]:
    chapters = [
        docs_site.render_chapter(docs_site.chapter_markdown(stem)) for stem in docs_site.CHAPTERS
    ]
    names = [f"page-{i:04d}.html" for i in range(count)]
    for i, name in enumerate(names):
        site.put(docs_site.MANUAL + name, chapters[i % len(chapters)] + f"<!-- {i} -->\n")
    site.put(docs_site.MANUAL, docs_site.index_html([(n, n) for n in names]))
    return [site.url(docs_site.MANUAL)] + [site.url(docs_site.MANUAL + n) for n in names]


async def plain_gets(urls: list[str]) -> None:
    limit = asyncio.Semaphore(DEFAULT_CONCURRENCY)
    async with httpx.AsyncClient(
        limits=httpx.Limits(max_connections=DEFAULT_CONCURRENCY)
    ) as client:

        async def get(url: str) -> None:
            async with limit:
                (await client.get(url)).raise_for_status()

        await asyncio.gather(*(get(u) for u in urls))


def median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with docs_site.DocsSite() as site, tempfile.TemporaryDirectory() as tmp:
        urls = publish(site, args.pages)
        start = urls[0]
        caches = iter(range(10_000))

        def cold() -> None:
            result = crawl([start], cache_dir=Path(tmp) / f"c{next(caches)}", rate=0)
            assert len(result.pages) == args.pages + 1 and not result.failures

        warm_dir = Path(tmp) / "warm"
        crawl([start], cache_dir=warm_dir, rate=0)
        timings = {
            "baseline: plain GETs": median(lambda: asyncio.run(plain_gets(urls)), args.runs),
            "cold crawl": median(cold, args.runs),
            "warm crawl (304s)": median(
                lambda: crawl([start], cache_dir=warm_dir, rate=0), args.runs
            ),
            "offline crawl": median(
                lambda: crawl([start], cache_dir=warm_dir, offline=True), args.runs
            ),
        }
    base = timings["baseline: plain GETs"]
    print(f"{len(urls)} URLs, concurrency {DEFAULT_CONCURRENCY}, median of {args.runs} runs")
    for label, seconds in timings.items():
        print(
            f"  {label:22} {seconds:6.2f} s  {len(urls) / seconds:7.0f} pages/s  "
            f"{seconds / base:5.2f}x baseline"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

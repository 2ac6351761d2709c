"""A crawl's default limits: what `--help` shows, without importing the crawler
(httpx and asyncio cost ~0.1 s to import, for every command's help)."""

from __future__ import annotations

DEFAULT_CONCURRENCY = 4
DEFAULT_RATE = 5.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_PAGES = 10_000

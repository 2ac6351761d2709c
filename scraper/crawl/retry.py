"""Which failures are worth another try, and how long to wait before it.

Timeouts, connection errors, 429 and 5xx are retried `retries` times with
exponential backoff (`backoff * 2**attempt`, times a random factor in
[0.5, 1.5) so concurrent retries do not hit the server in lockstep); a 429 or
503 with `Retry-After` (seconds or an HTTP date) waits exactly that instead and
pauses the whole host, not just the one page. Everything else is final.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

__all__ = ["MAX_RETRY_AFTER", "FetchError", "Retryable", "parse_retry_after", "retrying"]

# A Retry-After longer than this would stall the crawl for longer than anyone
# waits at a terminal; such a page fails with a message saying so.
MAX_RETRY_AFTER = 120.0

T = TypeVar("T")


class FetchError(Exception):
    """A page that cannot be had; the message says why."""


class Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


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


async def retrying(
    attempt: Callable[[], Awaitable[T]],
    *,
    retries: int,
    backoff: float,
    pause_host: Callable[[float], None],
    on_retry: Callable[[str], None],
) -> T:
    """`attempt()` until it returns, raises something other than `Retryable`,
    or has failed `retries` + 1 times (then `FetchError` says why)."""
    done = 0
    while True:
        try:
            return await attempt()
        except Retryable as exc:
            if done >= retries:
                tries = "1 attempt" if done == 0 else f"{done + 1} attempts"
                raise FetchError(f"{exc.reason} (gave up after {tries})") from None
            if exc.retry_after is not None:
                if exc.retry_after > MAX_RETRY_AFTER:
                    raise FetchError(
                        f"{exc.reason}: the server asks to retry after {exc.retry_after:.0f} s, "
                        f"more than the {MAX_RETRY_AFTER:.0f} s we wait"
                    ) from None
                delay = exc.retry_after
                pause_host(delay)
            else:
                delay = backoff * 2**done * (0.5 + random.random())
            done += 1
            on_retry(f"{exc.reason}; retry {done} of {retries} in {delay:.1f} s")
            await asyncio.sleep(delay)

"""Politeness towards a docs server: a steady request rate per host, and the
site's robots.txt (RFC 9309, parsed by `urllib.robotparser`).

robots.txt is fetched once per origin through the crawl's own client, rate
limit and deadline. As RFC 9309 2.3.1 says: a 4xx answer (none there) allows
everything; a 5xx or no answer at all, after the usual retries, means the site
cannot say, so nothing on it is crawled (`--ignore-robots` overrides). A
`Crawl-delay` slows the host's rate to at most one request per that delay.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

__all__ = ["MAX_ROBOTS_BYTES", "HostRateLimiter", "Robots", "RobotsAnswer", "robots_rules"]

# RFC 9309 2.5: crawlers must parse at least 500 KiB; the rest is ignored.
MAX_ROBOTS_BYTES = 512 * 1024


class HostRateLimiter:
    """At most `rate` requests per second to each host, by reserving evenly
    spaced slots (no burst: a docs server sees a steady trickle)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._interval: dict[str, float] = {}  # hosts whose robots.txt asks for a slower pace

    async def wait(self, host: str) -> None:
        now = time.monotonic()
        slot = max(now, self._next.get(host, now))
        # Reserve before sleeping: coroutines that arrive meanwhile queue
        # behind this one instead of all taking the same slot.
        self._next[host] = slot + self._interval.get(host, self.interval)
        if slot > now:
            await asyncio.sleep(slot - now)

    def pause(self, host: str, seconds: float) -> None:
        """The server asked for a pause (Retry-After): no request to the host before it ends."""
        until = time.monotonic() + seconds
        self._next[host] = max(self._next.get(host, until), until)

    def slow_down(self, host: str, interval: float) -> None:
        """At least `interval` seconds between requests to `host` from now on,
        the last one (robots.txt itself) included."""
        self._interval[host] = max(self.interval, interval)
        self.pause(host, self._interval[host])


class RobotsAnswer(NamedTuple):
    status: int  # 0: no answer (timeout, connection error), after retries
    body: bytes
    problem: str = ""  # why there is no answer


def robots_rules(answer: RobotsAnswer) -> RobotFileParser:
    """robots.txt as fetched -> its rules, by RFC 9309 2.3.1."""
    rules = RobotFileParser()
    if 200 <= answer.status < 300:
        text = answer.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        rules.parse(text.splitlines())
    elif 400 <= answer.status < 500:
        rules.parse([])  # no rules: everything allowed
    else:
        rules.parse(["User-agent: *", "Disallow: /"])
    return rules


class Robots:
    """Answers "may we request this URL?" from each origin's robots.txt."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[RobotsAnswer]],
        user_agent: str,
        limiter: HostRateLimiter,
    ) -> None:
        self._fetch = fetch
        self._agent = user_agent
        self._limiter = limiter
        self._rules: dict[str, tuple[RobotFileParser, str]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def refusal(self, url: str) -> str | None:
        """None when `url` may be requested, else why not."""
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        rules, problem = await self._rules_for(origin, parts.netloc)
        if rules.can_fetch(self._agent, url):
            return None
        where = f"{origin}/robots.txt"
        if problem:
            return (
                f"{where} cannot be read ({problem}): RFC 9309 says crawl nothing; "
                "--ignore-robots to crawl it anyway"
            )
        return f"disallowed by {where}; --ignore-robots to crawl it anyway"

    async def _rules_for(self, origin: str, host: str) -> tuple[RobotFileParser, str]:
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one fetch per origin, however many pages ask at once
            if origin not in self._rules:
                answer = await self._fetch(f"{origin}/robots.txt")
                rules = robots_rules(answer)
                delay = rules.crawl_delay(self._agent)
                if delay:
                    self._limiter.slow_down(host, float(delay))
                problem = answer.problem or (
                    f"HTTP {answer.status}" if answer.status >= 500 else ""
                )
                self._rules[origin] = (rules, problem)
            return self._rules[origin]

"""Following an asynchronous job: backoff schedule and location rewriting."""

from __future__ import annotations

import time
from urllib.parse import urlsplit, urlunsplit

API_PREFIX = "/zstack/v1"


class Backoff:
    """Delays between polls: ``initial`` seconds, growing by ``factor`` up to ``cap``,
    never sleeping past the deadline ``timeout`` seconds after creation."""

    def __init__(
        self, timeout: float, initial: float = 0.05, cap: float = 2.0, factor: float = 1.6
    ) -> None:
        self.timeout = timeout
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self._next = initial
        self._cap = cap
        self._factor = factor

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline has passed."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            return None
        delay = min(self._next, self._cap, remaining)
        self._next = min(self._next * self._factor, self._cap)
        return delay


def rewrite_location(location: str, base_url: str) -> str:
    """Point a job location at the client's own host and port.

    A management node advertises its own address, which may be internal or behind a
    proxy; like ZStack's Java SDK, keep the ``/zstack/v1/api-jobs/...`` tail and put
    it under the base URL the caller configured (its path prefix included)."""
    loc = urlsplit(location)
    base = urlsplit(base_url)
    if not loc.scheme:  # a relative location: resolve against the base
        loc = loc._replace(scheme=base.scheme, netloc=base.netloc)
    if (loc.scheme, loc.netloc) == (base.scheme, base.netloc) and loc.path.startswith(
        base.path.rstrip("/") + API_PREFIX
    ):
        return urlunsplit(loc)
    index = loc.path.find(API_PREFIX + "/")
    tail = loc.path[index:] if index >= 0 else loc.path
    return urlunsplit((base.scheme, base.netloc, base.path.rstrip("/") + tail, loc.query, ""))


def job_uuid_of(location: str) -> str:
    """The job id is the last path segment of ``.../api-jobs/JOB``."""
    return urlsplit(location).path.rstrip("/").rsplit("/", 1)[-1]


def api_path_of(url: str, base_url: str) -> str:
    """The decoded path after ``/zstack/v1``, which access-key signatures cover."""
    path = urlsplit(url).path
    index = path.find(API_PREFIX + "/")
    return path[index + len(API_PREFIX) :] if index >= 0 else path

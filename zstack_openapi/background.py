"""Pure functions computed in forked children while the caller goes on.

A cold build validates its two OpenAPI documents (~1.5 s) and renders the SDK
(~4 s); both only read the spec, so on a machine with two cores they overlap. The
child inherits the documents by fork (nothing is serialised on the way in) and
sends back only the result. Where fork is not the platform's way (Windows, macOS)
or not safe (another thread is running: a fork copies its locks mid-use), or on a
single core, the function simply runs at once: the same result, no overlap.

`map_in_children` spreads one function over many inputs the same way (the
scraper's pages), results in the inputs' order.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

T = TypeVar("T")
A = TypeVar("A")


# `ZSTACK_OPENAPI_PARALLEL=0` keeps all work in the one process (a machine shared
# with other jobs; the benchmark's baseline).
PARALLEL_ENV = "ZSTACK_OPENAPI_PARALLEL"


def can_fork() -> bool:
    return (
        sys.platform.startswith("linux")
        and os.environ.get(PARALLEL_ENV, "1").strip() != "0"
        and threading.active_count() == 1
        and (os.cpu_count() or 1) > 1
    )


def _child(fn: Callable[[], object], send: Connection) -> None:
    try:
        outcome: tuple[bool, object] = (True, fn())
    except BaseException as exc:  # every failure goes back to the parent
        outcome = (False, exc)
    try:
        send.send(outcome)
    except Exception as exc:  # an unpicklable exception or result
        send.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        send.close()


class Pending(Generic[T]):
    """A result being computed; `result()` waits for it (and re-raises its error)."""

    def __init__(self, fn: Callable[[], T], *, fork: bool | None = None) -> None:
        self._value: T | None = None
        self._done = False
        self._process: multiprocessing.process.BaseProcess | None = None
        if not (can_fork() if fork is None else fork):
            self._value, self._done = fn(), True
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(fn, send), daemon=True)
        self._process.start()
        send.close()

    def result(self) -> T:
        if self._done:
            return self._value  # type: ignore[return-value]  # set with _done
        assert self._process is not None
        try:
            ok, value = self._receive.recv()
        except EOFError:
            self._process.join()
            raise RuntimeError(
                f"the background worker ended without a result (exit code {self._process.exitcode})"
            ) from None
        finally:
            self._receive.close()
        self._process.join()
        self._process = None
        if not ok:
            raise value
        self._value, self._done = value, True
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the worker when its result is no longer wanted (the caller failed)."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._receive.close()
            self._process = None


def map_in_children(
    fn: Callable[[A], T],
    items: Sequence[A],
    *,
    cost: Callable[[A], int] | None = None,
    done: Callable[[], None] | None = None,
) -> list[T]:
    """`[fn(item) for item in items]`, computed by one forked worker per core when
    there are enough items to pay for the workers (else here). `fn` must be a
    module-level function (workers receive it by name); `cost` orders the work
    largest first so one big item does not finish alone at the end; `done` is
    called here once per finished item (a progress bar), in any order."""
    workers = min(os.cpu_count() or 1, 4, len(items))
    if len(items) < 4 or workers < 2 or not can_fork():
        out = []
        for item in items:
            out.append(fn(item))
            if done is not None:
                done()
        return out
    order = sorted(range(len(items)), key=lambda k: -cost(items[k])) if cost else range(len(items))
    results: dict[int, T] = {}
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        jobs = [(k, items[k]) for k in order]
        for k, value in pool.imap_unordered(functools.partial(_indexed, fn), jobs):
            results[k] = value
            if done is not None:
                done()
    return [results[k] for k in range(len(items))]


def _indexed(fn: Callable[[A], T], job: tuple[int, A]) -> tuple[int, T]:
    return job[0], fn(job[1])

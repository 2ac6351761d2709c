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

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

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


def _start(process: multiprocessing.process.BaseProcess) -> None:
    """Fork with the heap frozen: the child's garbage collector then skips every
    object it inherited. Collecting them would write to each one, copying the whole
    shared heap page by page (seconds of system time on the corpus's catalogs)."""
    gc.freeze()
    try:
        process.start()
    finally:
        gc.unfreeze()


class Pending(Generic[T]):
    """A result being computed; `result()` waits for it (and re-raises its error).
    As a context manager it stops the worker on leaving, so a caller that fails
    before asking for the result leaves no child behind."""

    def __init__(self, fn: Callable[[], T], *, fork: bool | None = None) -> None:
        self._value: T | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        if not (can_fork() if fork is None else fork):
            self._value = fn()
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        # The same worker as map_in_children's, for one item.
        self._process = context.Process(
            target=_work, args=(lambda _: fn(), (None,), [0], send), daemon=True
        )
        _start(self._process)
        send.close()

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *_: object) -> None:
        self.cancel()

    def result(self) -> T:
        process = self._process
        if process is not None:
            try:
                while (message := _receive(self._receive, process)) is not None:
                    self._value = message[1]
            except BaseException:
                self.cancel()
                raise
            process.join()
            self._receive.close()
            self._process = None
        return self._value  # type: ignore[return-value]  # the worker's, or fn()'s

    def cancel(self) -> None:
        """Stop the worker (a no-op once it has finished or was stopped)."""
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
    there are enough items to pay for the workers (else here). The workers inherit
    `fn` and the items by fork (a closure over large data costs nothing to send)
    and send each result back as it is done. `cost` deals the items out so that
    the workers' shares weigh the same; `done` is called here once per finished
    item (a progress bar). The results come in the items' order; the first error
    of a worker is raised here, the other workers stopped."""
    workers = min(os.cpu_count() or 1, 4, len(items))
    if len(items) < 4 or workers < 2 or not can_fork():
        out = []
        for item in items:
            out.append(fn(item))
            if done is not None:
                done()
        return out
    context = multiprocessing.get_context("fork")
    running: dict[Connection, multiprocessing.process.BaseProcess] = {}
    results: dict[int, T] = {}
    try:
        for shard in _shares(items, workers, cost):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(fn, items, shard, send), daemon=True)
            _start(process)
            send.close()
            running[receive] = process
        while running:
            for ready in wait(list(running)):
                assert isinstance(ready, Connection)
                message = _receive(ready, running[ready])
                if message is None:
                    ready.close()
                    running.pop(ready).join()
                else:
                    results[message[0]] = message[1]
                    if done is not None:
                        done()
    finally:
        for receive, worker in running.items():
            worker.kill()
            worker.join()
            receive.close()
    return [results[k] for k in range(len(items))]


def _shares(items: Sequence[A], workers: int, cost: Callable[[A], int] | None) -> list[list[int]]:
    """Item indexes dealt to `workers`: heaviest first, each to the lightest share."""

    def weight(k: int) -> int:
        return cost(items[k]) if cost is not None else 1

    shares: list[list[int]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for k in sorted(range(len(items)), key=lambda k: -weight(k)):
        lightest = loads.index(min(loads))
        shares[lightest].append(k)
        loads[lightest] += weight(k)
    return shares


def _work(
    fn: Callable[[A], object], items: Sequence[A], shard: list[int], send: Connection
) -> None:
    try:
        for k in shard:
            send.send(("item", k, fn(items[k])))
        send.send(("end",))
    except BaseException as exc:  # every failure goes back to the parent
        try:
            send.send(("error", exc))
        except Exception as unsent:  # an unpicklable exception
            send.send(("error", RuntimeError(f"{type(exc).__name__}: {exc} ({unsent})")))
    finally:
        send.close()


def _receive(
    connection: Connection, process: multiprocessing.process.BaseProcess
) -> tuple[int, Any] | None:
    """A worker's next result; None when it has finished; its error raised."""
    try:
        message = connection.recv()
    except EOFError:
        process.join()
        raise RuntimeError(
            f"a worker ended without its results (exit code {process.exitcode})"
        ) from None
    if message[0] == "item":
        return message[1], message[2]
    if message[0] == "error":
        raise message[1]
    return None

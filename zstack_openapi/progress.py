"""Progress that shows on a terminal and stays quiet in CI and pipes."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextlib.contextmanager
def counting(description: str, total: int) -> Iterator[Callable[[], None]]:
    """A bar of `total` steps, advanced by calling what this yields. It redraws on
    those calls only: rich's refresh thread would make forking workers (the
    scraper's) unsafe while the bar shows."""
    if not interactive():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True, auto_refresh=False) as progress:
        task = progress.add_task(description, total=total)

        def advance() -> None:
            progress.advance(task)
            progress.refresh()

        yield advance

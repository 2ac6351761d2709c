"""Single-line inputs that once made the readers quadratic, and a runner that
scrapes them in this process and reports what happened (for a subprocess).

    python -m tests.hostile_lines KIND SIZE

prints one JSON object per reader: records, warning kinds, seconds, peak RSS.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from zstack_openapi.scraper import extract_document


def _peak_rss() -> int:
    """This process's own peak RSS. Linux keeps ru_maxrss across exec, so a child of
    a large pytest process would report its parent's size; VmHWM belongs to the
    current image only."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "letters": _repeat("a"),
    "hex": _repeat("0123456789abcdef"),
    "brace-quote": _repeat('{"'),
    "deep-brackets": _repeat("["),
    "pipes": _repeat("|"),
    "requests": _repeat("POST zstack/v1/x"),
    "empty-json": _repeat("{}"),
    "sdk-words": _repeat("xAction action ="),
    "tags": _repeat("<div>"),
    "path-header": _repeat("/v1/Authorization: "),
}
READERS = ("auto", "flat", "text", "markdown", "html")


def main(argv: list[str]) -> int:
    kind, size = argv[0], int(argv[1])
    readers = argv[2:] or list(READERS)
    text = INPUTS[kind](size)
    for reader in readers:
        start = time.perf_counter()
        records, warnings = extract_document(
            text,
            "page.txt",
            None if reader == "auto" else reader,  # type: ignore[arg-type]
        )
        seconds = time.perf_counter() - start
        peak = _peak_rss()
        print(
            json.dumps(
                {
                    "reader": reader,
                    "records": len(records),
                    "warnings": sorted({w.kind for w in warnings}),
                    "seconds": round(seconds, 3),
                    "peak_rss": peak,
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

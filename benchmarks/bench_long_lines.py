"""Time hostile single-line inputs through every reader (linear time check).

    python benchmarks/bench_long_lines.py [--size 10000000] [--runs 3]

For each input (a long line of letters, hex, `{"`, deep brackets, pipes, run
together request lines, ...) and each reader, reports the median scrape time
and its ratio to a baseline measured on the same bytes: decoding them and
splitting them into lines (what any reader pays). Before the fix, 100,000
characters of letters took 39 s in the flat reader; linear readers stay
within a small constant factor of the baseline at any size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_lines import INPUTS, READERS  # noqa: E402
from zstack_openapi.scraper import extract_document  # noqa: E402


def median_time(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"one line of {args.size:,} characters; median of {args.runs} runs")
    print(f"{'input':14} {'baseline':>9} " + " ".join(f"{r:>16}" for r in READERS))
    for kind, make in INPUTS.items():
        text = make(args.size)
        data = text.encode("utf-8")
        base = median_time(lambda data=data: data.decode("utf-8").splitlines(), args.runs)
        cells = []
        for reader in READERS:
            fmt = None if reader == "auto" else reader
            spent = median_time(
                lambda fmt=fmt, text=text: extract_document(text, "page.txt", fmt),  # type: ignore[misc]
                args.runs,
            )
            cells.append(f"{spent:6.3f}s {spent / base:6.1f}x")
        print(f"{kind:14} {base:8.4f}s " + " ".join(f"{c:>16}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Median time to build the OpenAPI document from the committed catalog the spec is
built from (the reconciled one when committed, else the docs catalog).

    python benchmarks/bench_spec.py [-n 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.lint import operations
from zstack_openapi.pipeline import CATALOG_FILE, RECONCILED_FILE
from zstack_openapi.scraper import load_catalog

COMMITTED = Path(__file__).resolve().parents[1] / "spec"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=7, help="number of builds")
    args = parser.parse_args()
    source = COMMITTED / RECONCILED_FILE
    catalog = load_catalog(source if source.exists() else COMMITTED / CATALOG_FILE)
    times: list[float] = []
    down: list[float] = []
    document: dict[str, object] = {}
    for _ in range(args.n):
        start = time.perf_counter()
        document = build_document(catalog)
        middle = time.perf_counter()
        downgrade(document)
        down.append(time.perf_counter() - middle)
        times.append(middle - start)
    ops = list(operations(document))  # type: ignore[arg-type]
    print(f"{len(catalog['apis'])} APIs -> {len(ops)} operations")
    print(
        f"build 3.1: median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}, n={args.n})"
    )
    print(f"3.1 -> 3.0.3: median {statistics.median(down):.3f} s")


if __name__ == "__main__":
    main()

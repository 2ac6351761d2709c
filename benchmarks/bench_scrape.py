"""Time the scrape of the whole v5 corpus, per stage, and in all three forms.

    python benchmarks/bench_scrape.py [--runs 5]

Reports medians, each stage's share, and the ratio to a baseline measured in
the same run: reading the files and splitting every line (the floor any
scraper pays).
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

from zstack_openapi.scraper import (  # noqa: E402
    build_catalog,
    dump_catalog,
    find_documents,
    read_document,
    read_text,
)
from zstack_openapi.scraper.extract import extract_page  # noqa: E402

CORPUS = ROOT.parent / "shared" / "zstack-docs" / "dev-guide-v5-zh"


def median_time(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def staged(texts: list[tuple[str, str]]) -> dict[str, float]:
    """One scrape, timed stage by stage."""
    clock = time.perf_counter
    spent = {"read blocks": 0.0, "extract records": 0.0, "merge + catalog": 0.0, "serialise": 0.0}
    records: list[dict[str, Any]] = []
    warnings = []
    for name, text in texts:
        t0 = clock()
        page = read_document(text, name)
        t1 = clock()
        records.extend(extract_page(page))
        warnings.extend(page.warnings)
        spent["read blocks"] += t1 - t0
        spent["extract records"] += clock() - t1
    t2 = clock()
    catalog = build_catalog(records, warnings)
    t3 = clock()
    dump_catalog(catalog)
    spent["merge + catalog"] = t3 - t2
    spent["serialise"] = clock() - t3
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    paths = find_documents([CORPUS])

    def baseline() -> None:
        for path, _ in paths:
            read_text(path).splitlines()

    def full() -> None:
        texts = [(name, read_text(path)) for path, name in paths]
        dump_catalog(build_catalog(*_extract_all(texts)))

    base = median_time(baseline, args.runs)
    whole = median_time(full, args.runs)
    print(f"markdown corpus ({len(paths)} files): median {whole:.3f} s over {args.runs} runs")
    print(
        f"baseline (read + split lines): median {base:.3f} s; scrape / baseline = {whole / base:.1f}x"
    )
    texts = [(name, read_text(path)) for path, name in paths]
    stages = [staged(texts) for _ in range(args.runs)]
    total = sum(statistics.median(s[k] for s in stages) for k in stages[0])
    for key in stages[0]:
        value = statistics.median(s[key] for s in stages)
        print(f"  {key:16s} {value:.3f} s  {value / total:5.1%}")
    try:
        from tests.doc_render import render_flat, render_html
    except ImportError:
        print("HTML and flat forms: skipped (tests/doc_render.py not importable)")
        return 0
    html = [(name.replace(".md", ".html"), render_html(text)) for name, text in texts]
    flat = [(name.replace(".md", ".txt"), render_flat(text)) for name, text in texts]
    for label, docs in (("HTML", html), ("flat", flat)):
        took = median_time(
            lambda docs=docs: build_catalog(*_extract_all(docs)), max(1, args.runs // 2)
        )
        print(f"{label} form of the corpus: median {took:.3f} s; / baseline = {took / base:.1f}x")
    return 0


def _extract_all(texts: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[Any]]:
    from zstack_openapi.scraper import extract_document

    records: list[dict[str, Any]] = []
    warnings: list[Any] = []
    for name, text in texts:
        found, problems = extract_document(text, name)
        records.extend(found)
        warnings.extend(problems)
    return records, warnings


if __name__ == "__main__":
    raise SystemExit(main())

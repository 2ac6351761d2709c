"""The API reference site: generation time and page load time in headless Chromium.

    python benchmarks/bench_site.py [--runs 3] [--screenshot docs/site-screenshot.png]

- generation: `reference.build_site` of spec/zstack.openapi.json into an empty
  directory (cold) and again into the same directory (nothing changed), medians, beside
  the baseline of only reading and parsing the spec's JSON;
- load + render (request -> load event -> two painted frames) of the index, the
  changelog and the largest API pages in headless Chromium, medians, beside the
  baseline of an empty HTML page from the same disk.
`--screenshot` saves the CreateVmBackup page (1280x900) for the README.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SPEC = REPO / "spec" / "zstack.openapi.json"
DEFECTS = REPO / "spec" / "zstack.defects.md"


def timed(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    from tests.chromium import Browser, find_chromium
    from zstack_openapi.reference import build_site

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()

    baseline = timed(lambda: json.loads(SPEC.read_text(encoding="utf-8")), args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        cold_times = []
        for i in range(args.runs):
            out = Path(tmp) / f"cold{i}"
            started = time.perf_counter()
            result = build_site(SPEC, out, DEFECTS)
            cold_times.append(time.perf_counter() - started)
        cold = statistics.median(cold_times)
        warm = timed(lambda: build_site(SPEC, Path(tmp) / "cold0", DEFECTS), args.runs)
        site = Path(tmp) / "cold0"
        files = len(result.files)
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        print(f"spec JSON read+parse (baseline): {baseline:.2f} s")
        print(
            f"site, cold: {cold:.2f} s ({cold / baseline:.1f}x the baseline), "
            f"{len(result.site.apis)} API pages, {files} files, {total / 1e6:.1f} MB"
        )
        print(f"site, nothing changed: {warm:.2f} s ({warm / baseline:.1f}x)")

        executable = find_chromium()
        if executable is None:
            print("chromium not installed: page loads not measured")
            return 0
        empty = Path(tmp) / "empty.html"
        empty.write_text("<!DOCTYPE html><title>empty</title>", encoding="utf-8")
        largest = sorted((site / "api").glob("*.html"), key=lambda p: -p.stat().st_size)[:2]
        pages = [site / "index.html", site / "changelog.html", site / "api/CreateVmBackup.html"]
        with Browser(executable) as browser:
            browser.load(empty.as_uri())
            base = statistics.median(browser.load(empty.as_uri()) for _ in range(5))
            print(f"empty page load+render (baseline): {base * 1000:.0f} ms")
            for page in [*pages, *largest]:
                browser.load(page.as_uri())
                t = statistics.median(browser.load(page.as_uri()) for _ in range(5))
                name = page.relative_to(site)
                size = page.stat().st_size / 1000
                print(f"{name} ({size:.0f} kB): {t * 1000:.0f} ms ({t / base:.1f}x the baseline)")
            if args.screenshot:
                browser.load((site / "api/CreateVmBackup.html").as_uri())
                args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                browser.screenshot(args.screenshot)
                print(f"screenshot: {args.screenshot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Cold build of the whole v5 corpus vs a rebuild with nothing changed.

    python benchmarks/bench_build.py [--runs 3]

Both run the real `zstack-openapi build --docs CORPUS --sdk SDK_FACTS` (the
committed files' recipe) into a temporary directory: the cold build starts from
nothing (scrape, reconcile, spec, structural validation, SDK generation); the warm
one finds every page's hash unchanged (the reconciliation and the spec are still
computed, then found identical to the files on disk). Last, the everyday case as a
user sees it: `zstack-openapi build` (no --docs) in a fresh process, wall time
including the interpreter's start, when nothing changed. And the cold build as a
user sees it, in a new process, against its baseline: the same build with
ZSTACK_OPENAPI_PARALLEL=0 (no forked workers: scraping, validation and the SDK's
compile check in the one process), alternating the two.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from zstack_openapi.cli import main as cli  # noqa: E402

CORPUS = ROOT.parent / "shared" / "zstack-docs" / "dev-guide-v5-zh"
SDK_FACTS = ROOT.parent / "shared" / "oracles" / "zstack-java-sdk-truth.json"


def build_args(out: Path, docs: Path | None = CORPUS) -> list[str]:
    """`build` into `out` (spec/ and sdk/), from `docs` with the SDK facts, or
    (None) from what is there."""
    sources = ["--docs", str(docs), "--sdk", str(SDK_FACTS)] if docs is not None else []
    return ["build", *sources, "--out-dir", str(out / "spec"), "--package-dir", str(out / "sdk")]


def build(out: Path, docs: Path = CORPUS) -> float:
    args = build_args(out, docs)
    os.sync()  # the previous run's writes and removals are not this run's to wait for
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        code = cli(args)
    took = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"build failed with exit code {code}")
    return took


def noop_wall(out: Path) -> float:
    """`zstack-openapi build` in a new process with nothing to do, wall seconds."""
    cmd = [str(Path(sys.executable).with_name("zstack-openapi")), *build_args(out, None)]
    subprocess.run(cmd, check=True, capture_output=True)  # notes the files it starts from
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def cold_wall(out: Path, parallel: bool) -> float:
    """A cold `zstack-openapi build --docs ... --sdk ...` in a new process, wall
    seconds as a user sees them (interpreter start and exit included); `parallel`
    False: ZSTACK_OPENAPI_PARALLEL=0, every stage in the one process."""
    cmd = [str(Path(sys.executable).with_name("zstack-openapi")), *build_args(out)]
    env = dict(os.environ, ZSTACK_OPENAPI_PARALLEL="1" if parallel else "0")
    os.sync()  # the previous run's writes and removals are not this run's to wait for
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_dir() or not SDK_FACTS.is_file():
        print(f"skipped: {CORPUS} or {SDK_FACTS} is absent")
        return 0
    colds: list[float] = []
    warms: list[float] = []
    edits: list[float] = []
    noops: list[float] = []
    for _ in range(args.runs):
        out = Path(tempfile.mkdtemp(prefix="bench-build-"))
        try:
            # A private copy of the manual, so that one page can be edited.
            docs = out / "docs"
            shutil.copytree(CORPUS, docs)
            colds.append(build(out, docs))
            warms.append(build(out, docs))
            page = docs / "05-02-disaster-recovery.md"
            page.write_text(
                page.read_text(encoding="utf-8").replace("创建云盘备份", "新建云盘备份", 1),
                encoding="utf-8",
            )
            edits.append(build(out, docs))
            noops.append(noop_wall(out))
        finally:
            shutil.rmtree(out)
    # New processes, parallel and serial alternately (the machine's load drifts).
    walls: dict[bool, list[float]] = {True: [], False: []}
    for k in range(args.runs):
        for parallel in (k % 2 == 0, k % 2 == 1):
            out = Path(tempfile.mkdtemp(prefix="bench-cold-"))
            try:
                walls[parallel].append(cold_wall(out, parallel))
            finally:
                shutil.rmtree(out)
    cold, warm, edit = statistics.median(colds), statistics.median(warms), statistics.median(edits)
    wall, serial = statistics.median(walls[True]), statistics.median(walls[False])
    print(
        f"cold build (scrape + reconcile + spec + validation + SDK): median {cold:.2f} s over {args.runs}"
    )
    print(
        f"cold build in a new process, wall: median {wall:.2f} s; with "
        f"ZSTACK_OPENAPI_PARALLEL=0 (the baseline) {serial:.2f} s: {serial / wall:.2f}x faster"
    )
    print(f"rebuild with nothing changed:                              median {warm:.2f} s")
    print(f"rebuild after one page's title changed:                    median {edit:.2f} s")
    print(f"speed-up with nothing changed: {cold / warm:.1f}x (target >= 10x)")
    noop = statistics.median(noops)
    print(f"`zstack-openapi build`, nothing changed, new process, wall: median {noop:.2f} s")
    print(
        f"cold build target < 10 s: {'met' if max(cold, wall) < 10 else 'NOT met'}; "
        f"no-op target < 1 s: {'met' if noop < 1 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

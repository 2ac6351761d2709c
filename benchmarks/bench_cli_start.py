"""How fast `zstack-openapi --help` and `--version` answer, against the floor of
any Python command-line tool: `python -c "import argparse"`.

    python benchmarks/bench_cli_start.py [--runs 15]

Each is a fresh process (wall time, median of the runs). Target: at most 6x the
floor (the CLI imports only the chosen command's module; see zstack_openapi/cli.py).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tool = str(Path(sys.executable).with_name("zstack-openapi"))
    floor = wall([sys.executable, "-c", "import argparse"], args.runs)
    print(f'python -c "import argparse": median {floor * 1000:.0f} ms over {args.runs}')
    for what in (["--help"], ["--version"], ["build", "--help"]):
        took = wall([tool, *what], args.runs)
        ratio = took / floor
        verdict = (
            ""
            if what == ["build", "--help"]
            else f" (target <= 6x: {'met' if ratio <= 6 else 'NOT met'})"
        )
        print(
            f"zstack-openapi {' '.join(what)}: median {took * 1000:.0f} ms, {ratio:.1f}x{verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

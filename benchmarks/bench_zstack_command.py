"""`zstack` start-up, one run: whole-process wall time (medians) and ratios to a baseline.

    python benchmarks/bench_zstack_command.py [--runs 15]

Each command runs in a fresh interpreter with compiled bytecode (as after
`pip install`), interleaved with the baseline `python -c "import httpx"` so machine
noise hits both alike: `zstack --help`, `zstack help StopVmInstance` (one chapter's
details), `zstack __complete -- StopVm` (what a shell's Tab runs), and for scale
`python -c "import zstack_sdk; zstack_sdk.ZStackClient"` (every API module).
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SDK = REPO / "generated" / "zstack-sdk"
ENV = {"PYTHONPATH": str(SDK), "PATH": "/usr/bin:/bin", "ZSTACK_CONFIG_DIR": "/nonexistent"}

CASES = {
    'python -c "import httpx"': [sys.executable, "-c", "import httpx"],
    "zstack --help": [sys.executable, "-m", "zstack_sdk._cli", "--help"],
    "zstack help StopVmInstance": [
        sys.executable,
        "-m",
        "zstack_sdk._cli",
        "help",
        "StopVmInstance",
    ],
    "zstack __complete -- StopVm": [
        sys.executable,
        "-m",
        "zstack_sdk._cli",
        "__complete",
        "--",
        "StopVm",
    ],
    "import zstack_sdk.ZStackClient": [
        sys.executable,
        "-c",
        "import zstack_sdk; zstack_sdk.ZStackClient",
    ],
}


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=ENV, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(str(SDK / "zstack_sdk"), quiet=1)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(args.runs):
        for name, cmd in CASES.items():
            times[name].append(_wall(cmd))
    base = statistics.median(times['python -c "import httpx"'])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:34} {median * 1000:7.1f} ms  {median / base:5.2f}x")


if __name__ == "__main__":
    main()

"""Generation and model-import cost: our generator beside openapi-python-client, one run.

    python benchmarks/bench_generate.py [--runs 3] [--skip-opc]

- generation: `generator.generate` of spec/zstack.openapi.json (whole package, ruff
  format included) against `openapi-python-client generate` of the 3.0.3 document;
- import of one API's models (QueryVmInstance's result) and of all models, each in a
  fresh interpreter with compiled bytecode.
Prints medians and the ratios (openapi-python-client / ours).
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SPEC = REPO / "spec" / "zstack.openapi.json"
SPEC_30 = REPO / "spec" / "zstack.openapi-3.0.json"


def timed_import(path: Path, statement: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"},
        )
        times.append(float(done.stdout))
    return statistics.median(times)


def all_models_statement(package_dir: Path, models_pkg: str) -> str:
    modules = sorted(p.stem for p in package_dir.glob("*.py") if p.stem != "__init__")
    return (
        "import importlib; [importlib.import_module(m) for m in "
        + repr([f"{models_pkg}.{m}" for m in modules])
        + "]"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-opc", action="store_true", help="only our generator")
    args = parser.parse_args()
    from zstack_openapi.generator import generate

    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    try:
        ours = work / "ours"
        times = []
        for _ in range(args.runs):
            shutil.rmtree(ours, ignore_errors=True)
            t = time.perf_counter()
            generate(SPEC, ours)
            times.append(time.perf_counter() - t)
        gen_ours = statistics.median(times)
        compileall.compile_dir(str(ours), quiet=1)
        one_ours = timed_import(ours, "from zstack_sdk.models import QueryVmInstanceResult", 5)
        all_ours = timed_import(
            ours, all_models_statement(ours / "zstack_sdk" / "models", "zstack_sdk.models"), 5
        )
        print(
            f"ours: generate {gen_ours:.2f}s (median of {args.runs}); import one API's models "
            f"{one_ours * 1000:.0f} ms; all models {all_ours * 1000:.0f} ms"
        )
        if args.skip_opc:
            return
        opc = work / "opc"
        t = time.perf_counter()
        subprocess.run(
            [
                "openapi-python-client",
                "generate",
                "--path",
                str(SPEC_30),
                "--output-path",
                str(opc),
                "--overwrite",
            ],
            check=True,
            capture_output=True,
            cwd=work,
        )
        gen_opc = time.perf_counter() - t
        pkg = next(p for p in opc.iterdir() if (p / "models").is_dir())
        compileall.compile_dir(str(opc), quiet=1)
        model = next(iter(sorted((pkg / "models").glob("query_vm_instance_result*.py"))), None)
        one_stmt = (
            f"import {pkg.name}.models.{model.stem}" if model else f"import {pkg.name}.models"
        )
        one_opc = timed_import(opc, one_stmt, 5)
        all_opc = timed_import(opc, f"import {pkg.name}.models", 5)
        print(
            f"openapi-python-client: generate {gen_opc:.2f}s; import one API's models "
            f"{one_opc * 1000:.0f} ms; all models {all_opc * 1000:.0f} ms"
        )
        print(
            f"ratios (openapi-python-client / ours): generation {gen_opc / gen_ours:.1f}x, "
            f"one API's models {one_opc / one_ours:.1f}x, all models {all_opc / all_ours:.1f}x"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

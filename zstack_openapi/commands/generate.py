"""`zstack-openapi generate SPEC --output DIR [--package zstack_sdk] [--target-version X.Y.Z] [--check]`"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_SPEC = Path("spec/zstack.openapi.json")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "generate", help="render the OpenAPI document into a typed Python SDK package"
    )
    parser.add_argument(
        "spec",
        type=Path,
        nargs="?",
        default=DEFAULT_SPEC,
        metavar="SPEC",
        help=f"OpenAPI JSON document (default {DEFAULT_SPEC})",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DIR",
        help="distribution directory to write (pyproject.toml + package)",
    )
    parser.add_argument("--package", default="zstack_sdk", help="import name (default zstack_sdk)")
    parser.add_argument(
        "--target-version",
        metavar="X.Y.Z",
        help="only what this ZStack release has (APIs, parameters, fields)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff summary when DIR differs",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zstack_openapi.generator import generate

    started = time.perf_counter()
    result = generate(
        args.spec,
        args.output,
        package=args.package,
        target_version=args.target_version,
        check=args.check,
    )
    elapsed = time.perf_counter() - started
    pkg = result.package
    scope = f" as of ZStack {pkg.target_version}" if pkg.target_version else ""
    if args.check:
        if result.diff.empty:
            print(f"{args.output}: up to date ({result.files} files)", file=sys.stderr)
            return 0
        print(
            f"{args.output}: out of date; regenerate with zstack-openapi generate", file=sys.stderr
        )
        print(result.diff.summary(), file=sys.stderr)
        return 1
    print(
        f"{len(pkg.apis)} APIs{scope}, {len(pkg.models)} models, {result.files} files "
        f"in {elapsed:.1f}s; {result.diff.summary(0).splitlines()[0]}",
        file=sys.stderr,
    )
    return 0

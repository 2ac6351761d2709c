"""`zstack-openapi site SPEC --output DIR [--defects FILE]`: the static API reference."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_SPEC = Path("spec/zstack.openapi.json")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "site", help="write a static, offline API reference site from the OpenAPI document"
    )
    parser.add_argument(
        "spec",
        type=Path,
        nargs="?",
        default=DEFAULT_SPEC,
        metavar="SPEC",
        help=f"OpenAPI JSON or YAML document (default {DEFAULT_SPEC})",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="site directory to write"
    )
    parser.add_argument(
        "--defects",
        type=Path,
        metavar="FILE",
        help="the defect report whose rows each API page cites (default: zstack.defects.md "
        "beside SPEC, when present)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zstack_openapi.fileio import refuse_overwriting_inputs
    from zstack_openapi.reference import build_site, default_report

    defects = args.defects if args.defects is not None else default_report(args.spec)
    if args.defects is not None and not args.defects.is_file():
        raise FileNotFoundError(f"{args.defects}: no such file (--defects)")
    refuse_overwriting_inputs([args.output], [p for p in (args.spec, defects) if p is not None])
    started = time.perf_counter()
    result = build_site(args.spec, args.output, defects)
    elapsed = time.perf_counter() - started
    for warning in result.site.skipped:
        print(f"warning: {warning}", file=sys.stderr)
    w = result.written
    print(
        f"{args.output}: {len(result.site.apis)} API pages, {len(result.files)} files "
        f"({len(w.written)} written, {w.unchanged} unchanged, {len(w.removed)} removed) "
        f"in {elapsed:.1f}s; open {args.output / 'index.html'}",
        file=sys.stderr,
    )
    return 0

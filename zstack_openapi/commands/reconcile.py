"""`zstack-openapi reconcile CATALOG --sdk PATH --output reconciled.json [--report defects.md]`

Merges the docs catalog with ZStack's Java SDK facts (the extracted JSON or a
ZStack source tree): wire facts from the SDK, documentation from the docs, and
the provenance of each. The report cites each parameter row's own line and the
location column as the page wrote it, both recorded in the catalog by `scrape`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zstack_openapi.fileio import atomic_write_text, refuse_overwriting_inputs
from zstack_openapi.pipeline import relative_path
from zstack_openapi.reconcile.defects import find_defects
from zstack_openapi.reconcile.doc_places import records_places
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.reconcile.report import render_report, summary_lines
from zstack_openapi.reconcile.sdk_source import load_sdk_facts
from zstack_openapi.scraper import load_catalog, write_catalog


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "reconcile",
        help="merge an API catalog with ZStack's Java SDK facts and report the docs' errors",
    )
    parser.add_argument(
        "catalog", type=Path, metavar="CATALOG", help="API catalog JSON (from `scrape`)"
    )
    parser.add_argument(
        "--sdk",
        type=Path,
        required=True,
        metavar="PATH",
        help="SDK facts: the extracted JSON, or a ZStack source tree (sdk/src/main/java)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="reconciled catalog JSON to write"
    )
    parser.add_argument(
        "--report", type=Path, metavar="FILE", help="write the docs' errors as Markdown"
    )
    # The catalog records every row's line and location cell now: the pages are
    # never read again. Accepted and ignored, so older scripts keep working.
    parser.add_argument("--docs", type=Path, nargs="+", help=argparse.SUPPRESS)
    parser.add_argument(
        "--sdk-version",
        metavar="X.Y.Z",
        help="the SDK's release, instead of the one its facts give (a tree without pom.xml gives none)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.catalog.exists():
        raise FileNotFoundError(f"{args.catalog}: no such file")
    outputs = [args.output] + ([args.report] if args.report is not None else [])
    if args.report is not None and args.report.resolve() == args.output.resolve():
        raise ValueError(f"{args.report}: --report and --output are the same file")
    refuse_overwriting_inputs(outputs, [args.catalog, args.sdk, *(args.docs or [])])
    catalog = load_catalog(args.catalog)
    sdk = load_sdk_facts(args.sdk)
    reconciled = reconcile_catalog(
        catalog,
        sdk,
        sdk_version=args.sdk_version,
        sdk_path=relative_path(args.sdk, args.output.parent),
    )
    write_catalog(reconciled, args.output)
    defects = find_defects(reconciled)
    if args.report is not None:
        text = render_report(reconciled, defects, exact_places=records_places(catalog))
        atomic_write_text(args.report, text)
    for line in summary_lines(reconciled, defects):
        print(line, file=sys.stderr)
    if reconciled["sources"]["sdk"]["version"] is None:
        print(
            "warning: the SDK's release is unknown (give --sdk-version): every documented "
            "parameter the SDK lacks is flagged, every API it lacks is unverified",
            file=sys.stderr,
        )
    return 0

"""`zstack-openapi spec CATALOG --output openapi.json [--openapi 3.1|3.0] [--target-version X.Y.Z]`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.fileio import refuse_overwriting_inputs
from zstack_openapi.openapi import document_files
from zstack_openapi.openapi.documents import build_for
from zstack_openapi.openapi.lint import operations
from zstack_openapi.openapi.names import NameWarning
from zstack_openapi.scraper import load_catalog


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "spec", help="build an OpenAPI document from an API catalog"
    )
    parser.add_argument(
        "catalog", type=Path, metavar="CATALOG", help="API catalog JSON (from `scrape`)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="document to write (.json, .yaml, .yml)"
    )
    parser.add_argument(
        "--openapi", choices=("3.1", "3.0"), default="3.1", help="OpenAPI version (3.0 = 3.0.3)"
    )
    parser.add_argument(
        "--target-version",
        metavar="X.Y.Z",
        help="leave out everything introduced after this release",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.catalog.exists():
        raise FileNotFoundError(f"{args.catalog}: no such file")
    refuse_overwriting_inputs([args.output], [args.catalog])
    warnings: list[NameWarning] = []
    document = build_for(load_catalog(args.catalog), args.openapi, args.target_version, warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    document_files.write_if_changed(document, args.output)
    ops = list(operations(document))
    shared = sum(1 for _, _, op in ops if ext.APIS in op)
    print(
        f"{args.output}: OpenAPI {document['openapi']}, {len(document['paths'])} paths, {len(ops)} operations "
        f"({shared} shared), {len(document['components']['schemas'])} schemas",
        file=sys.stderr,
    )
    return 0

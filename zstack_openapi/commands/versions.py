"""`zstack-openapi versions CATALOG|SPEC`: the releases that introduced something, with counts."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from zstack_openapi.openapi.apiview import api_views
from zstack_openapi.openapi.documents import load_document
from zstack_openapi.openapi.names import NameWarning
from zstack_openapi.openapi.versions import release_counts, render


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "versions",
        help="list the releases that introduced APIs, parameters and fields, with counts",
    )
    parser.add_argument("source", type=Path, metavar="CATALOG|SPEC")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    warnings: list[NameWarning] = []
    document = load_document(args.source, warnings=warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    rows = release_counts(api_views(document), document)
    if args.format == "json":
        print(json.dumps([asdict(r) for r in rows], indent=1))
    else:
        print(render(rows), end="")
    return 0

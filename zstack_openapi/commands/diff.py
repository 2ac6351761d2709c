"""`zstack-openapi diff OLD [NEW] [--from-version X] [--to-version Y] [--format text|json|markdown]`

Two specs (or catalogs), or one with two target versions. Exit 1 when something
was removed or made stricter, so CI can gate on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zstack_openapi import releases
from zstack_openapi.openapi.apiview import api_views, at_version
from zstack_openapi.openapi.diff import diff_views, render_json, render_markdown, render_text
from zstack_openapi.openapi.documents import load_document
from zstack_openapi.openapi.names import NameWarning


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "diff",
        help="APIs, parameters and response fields added/removed/changed; exit 1 on a breaking change",
    )
    parser.add_argument("old", type=Path, metavar="OLD", help="spec or catalog")
    parser.add_argument(
        "new", type=Path, nargs="?", metavar="NEW", help="spec or catalog (default: OLD)"
    )
    parser.add_argument("--from-version", metavar="X.Y.Z", help="view OLD as of this release")
    parser.add_argument("--to-version", metavar="X.Y.Z", help="view NEW as of this release")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    releases.check_target(args.from_version)
    releases.check_target(args.to_version)
    if args.new is None and args.from_version is None and args.to_version is None:
        raise ValueError(
            "give NEW, or --from-version/--to-version to compare one spec at two releases"
        )
    warnings: list[NameWarning] = []
    old_doc = load_document(args.old, warnings=warnings)
    new_doc = old_doc if args.new is None else load_document(args.new, warnings=warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    old = at_version(api_views(old_doc), args.from_version)
    new = at_version(api_views(new_doc), args.to_version)
    result = diff_views(old, new)
    render = {"text": render_text, "json": render_json, "markdown": render_markdown}[args.format]
    print(render(result), end="")
    return 1 if result.breaking else 0

"""`zstack-openapi validate FILE...`: openapi-spec-validator plus our lint rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zstack_openapi.openapi import document_files
from zstack_openapi.openapi.validate import validate_document


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "validate",
        help="check OpenAPI documents (official validator + our lint); exit 1 on any problem",
    )
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="OpenAPI document (.json/.yaml)"
    )
    parser.add_argument(
        "--lint-only", action="store_true", help="skip openapi-spec-validator (fast)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        problems = validate_document(document_files.load(path), official=not args.lint_only)
        for p in problems:
            print(f"{path}#{p}", file=sys.stderr)
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problems'}", file=sys.stderr)
        failed += bool(problems)
    return 1 if failed else 0

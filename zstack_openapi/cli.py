"""`zstack-openapi`: one subcommand per pipeline stage."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each stage's command lives in its own module with `register(subparsers)`.
COMMANDS = (
    "scrape",
    "spec",
    "validate",
    "versions",
    "diff",
    "build",
    "generate",
    "reconcile",
    "check",
    "site",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zstack-openapi",
        description="ZStack API docs -> API catalog -> OpenAPI -> typed Python SDK",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"zstack_openapi.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"zstack_openapi.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except (FileNotFoundError, ValueError) as exc:
        print(f"zstack-openapi {args.command}: error: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())

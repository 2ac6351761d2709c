"""`zstack-openapi`: one subcommand per pipeline stage."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

DEBUG_ENV = "ZSTACK_OPENAPI_DEBUG"

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


def _inputs(args: argparse.Namespace) -> str:
    """The existing files among the arguments, to say which input was misshapen."""
    found: list[str] = []
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Path | str) and not callable(item):
                with contextlib.suppress(OSError, ValueError):
                    if Path(item).is_file():
                        found.append(str(item))
    return f"an input ({', '.join(found)}) is " if found else "an input is "


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    prefix = f"zstack-openapi {args.command}: error:"
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except (FileNotFoundError, ValueError) as exc:
        # Our input and output errors (fileio.InputError/OutputError) are ValueErrors
        # whose message names the file.
        print(f"{prefix} {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{prefix} {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except (KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # An input of the wrong shape that no check caught; the traceback is there
        # for whoever debugs the tool, the user gets an answer.
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"{prefix} {_inputs(args)}not of the expected shape ({type(exc).__name__}: {exc}); "
            f"set {DEBUG_ENV}=1 for the traceback",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:
        # Failures that are answers with their own exit code (generated code that
        # does not compile: 1).
        exit_code = getattr(exc, "exit_code", None)
        if not isinstance(exit_code, int):
            raise
        print(f"{prefix} {exc}", file=sys.stderr)
        return exit_code
    return code


if __name__ == "__main__":
    raise SystemExit(main())

"""`zstack-openapi`: one subcommand per pipeline stage.

Each command lives in its own module with `register(subparsers)`; only the chosen
command's module is imported (they pull in bs4, httpx, jinja2, the validators),
so `--help`, `--version` and a build with nothing to do start at once. The index
below gives the top-level help its one line per command
(tests/test_cli_start.py checks it against each module's own help)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from zstack_openapi import __version__

DEBUG_ENV = "ZSTACK_OPENAPI_DEBUG"

COMMANDS: dict[str, str] = {
    "scrape": "read doc pages (HTML, markdown, flat text; files or a site) into an API catalog",
    "spec": "build an OpenAPI document from an API catalog",
    "validate": "check OpenAPI documents (official validator + our lint); exit 1 on any problem",
    "versions": "list the releases that introduced APIs, parameters and fields, with counts",
    "diff": "APIs, parameters and response fields added/removed/changed; exit 1 on a breaking change",
    "build": "rebuild the committed catalogs, OpenAPI documents and SDK "
    "(scraping --docs and reconciling with --sdk when given)",
    "generate": "render the OpenAPI document into a typed Python SDK package",
    "reconcile": "merge an API catalog with ZStack's Java SDK facts and report the docs' errors",
    "check": "exit 1 when the committed spec/ or generated/ differ from a fresh build",
    "site": "write a static, offline API reference site from the OpenAPI document",
}


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the first word that is one)."""
    return next((word for word in argv if word in COMMANDS), None)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser, with the full options of the command `argv` names (every other
    command is listed by name and help only); `argv=None`-like empty: all listed."""
    parser = argparse.ArgumentParser(
        prog="zstack-openapi",
        description="ZStack API docs -> API catalog -> OpenAPI -> typed Python SDK",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = _chosen(argv)
    for name, summary in COMMANDS.items():
        if name == chosen:
            importlib.import_module(f"zstack_openapi.commands.{name}").register(sub)
        else:
            sub.add_parser(name, help=summary)
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
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
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

"""`zstack-openapi check [--docs SOURCE...] [--sdk PATH | --no-reconcile]`: do the
committed spec and SDK still match the code (and the docs, and the SDK facts)?
`zstack_openapi.pipeline.check` rebuilds into a temporary directory, deciding what
to build from exactly as `build` does, and compares."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zstack_openapi.commands.build import add_build_arguments, options_of, scrape_docs


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check", help="exit 1 when the committed spec/ or generated/ differ from a fresh build"
    )
    add_build_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zstack_openapi.pipeline import check

    drift = check(options_of(args), scrape_docs(args))
    if not drift.differing:
        print("committed spec/ and generated/ are up to date", file=sys.stderr)
        return 0
    print("out of date: " + ", ".join(drift.differing), file=sys.stderr)
    for line in drift.lines:
        print(line, file=sys.stderr)
    hint = " --docs ..." if args.docs else ""
    hint += " --sdk ..." if args.sdk else " --no-reconcile" if args.no_reconcile else ""
    print(f"run `zstack-openapi build{hint}` and commit", file=sys.stderr)
    return 1

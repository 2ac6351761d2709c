"""`zstack-openapi check [--docs SOURCE...]`: do the committed spec and SDK still match
the code (and the docs)? Rebuilds into a temporary directory and compares."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from scraper import dump_catalog, load_catalog
from spec.pipeline import CATALOG_FILE, SPEC_30_FILE, SPEC_31_FILE, build_files
from zstack_openapi.commands.build import add_build_arguments, load_or_scrape, sdk_dir_for


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check", help="exit 1 when the committed spec/ or generated/ differ from a fresh build"
    )
    add_build_arguments(parser)
    parser.set_defaults(run=run)


def api_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(added, removed, changed) API names; where an API sits in its page does not count."""

    def key(api: dict[str, Any]) -> str:
        body = {k: v for k, v in api.items() if k != "source"}
        return dump_catalog({"api": body})

    before = {a["name"]: key(a) for a in old["apis"]}
    after = {a["name"]: key(a) for a in new["apis"]}
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(n for n in set(before) & set(after) if before[n] != after[n])
    return added, removed, changed


def run(args: argparse.Namespace) -> int:
    committed_catalog = args.out_dir / CATALOG_FILE
    catalog = load_or_scrape(args, committed_catalog)
    differing: list[str] = []
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zstack-openapi-check-") as tmp:
        out = Path(tmp)
        build_files(catalog, out, write_catalog_file=True)
        names = [SPEC_31_FILE, SPEC_30_FILE] + ([CATALOG_FILE] if args.docs else [])
        for name in names:
            mine = args.out_dir / name
            if not mine.exists() or mine.read_bytes() != (out / name).read_bytes():
                differing.append(str(mine))
        if args.docs and committed_catalog.exists():
            added, removed, changed = api_changes(load_catalog(committed_catalog), catalog)
            for label, items in (("added", added), ("removed", removed), ("changed", changed)):
                if items:
                    shown = ", ".join(items[:10]) + (
                        f", ... (+{len(items) - 10})" if len(items) > 10 else ""
                    )
                    lines.append(f"APIs {label}: {len(items)}: {shown}")
        sdk_dir = sdk_dir_for(args)
        if not args.no_sdk and sdk_dir is not None:
            from generator import generate

            result = generate(out / SPEC_31_FILE, sdk_dir, check=True)
            if not result.diff.empty:
                differing.append(str(sdk_dir))
                lines.append(result.diff.summary())
    if not differing:
        print("committed spec/ and generated/ are up to date", file=sys.stderr)
        return 0
    print("out of date: " + ", ".join(differing), file=sys.stderr)
    for line in lines:
        print(line, file=sys.stderr)
    print(
        "run `zstack-openapi build" + (" --docs ..." if args.docs else "") + "` and commit",
        file=sys.stderr,
    )
    return 1

"""`zstack-openapi check [--docs SOURCE...] [--sdk PATH | --no-reconcile]`: do the
committed spec and SDK still match the code (and the docs, and the SDK facts)?
Rebuilds into a temporary directory, deciding what to build from exactly as `build`
does, and compares."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from zstack_openapi.catalog_model import Api, Catalog
from zstack_openapi.commands.build import add_build_arguments, resolve_sources, sdk_dir_for
from zstack_openapi.openapi.pipeline import (
    CATALOG_FILE,
    DEFECTS_FILE,
    RECONCILED_FILE,
    SPEC_30_FILE,
    SPEC_31_FILE,
    build_files,
)
from zstack_openapi.scraper import load_catalog
from zstack_openapi.scraper.jsonfmt import dump_json


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check", help="exit 1 when the committed spec/ or generated/ differ from a fresh build"
    )
    add_build_arguments(parser)
    parser.set_defaults(run=run)


def api_changes(old: Catalog, new: Catalog) -> tuple[list[str], list[str], list[str]]:
    """(added, removed, changed) API names; where an API sits in its page does not count."""

    def key(api: Api) -> str:
        return dump_json({k: v for k, v in api.items() if k != "source"})

    before = {a["name"]: key(a) for a in old["apis"]}
    after = {a["name"]: key(a) for a in new["apis"]}
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(n for n in set(before) & set(after) if before[n] != after[n])
    return added, removed, changed


def _change_lines(label: str, old: Catalog, new: Catalog) -> list[str]:
    lines = []
    added, removed, changed = api_changes(old, new)
    for kind, items in (("added", added), ("removed", removed), ("changed", changed)):
        if items:
            shown = ", ".join(items[:10]) + (
                f", ... (+{len(items) - 10})" if len(items) > 10 else ""
            )
            lines.append(f"{label} {kind}: {len(items)}: {shown}")
    return lines


def run(args: argparse.Namespace) -> int:
    out_dir: Path = args.out_dir
    sources = resolve_sources(args, out_dir)
    differing: list[str] = []
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zstack-openapi-check-") as tmp:
        out = Path(tmp)
        build_files(
            sources.catalog,
            out,
            write_catalog_file=True,
            reconciled=sources.reconciled,
            report=sources.report,
        )
        names = [SPEC_31_FILE, SPEC_30_FILE] + ([CATALOG_FILE] if args.docs else [])
        if sources.report is not None:
            names += [RECONCILED_FILE, DEFECTS_FILE]
        for name in names:
            mine = out_dir / name
            if not mine.exists() or mine.read_bytes() != (out / name).read_bytes():
                differing.append(str(mine))
        if sources.drop_reconciled:
            # Built from the docs alone: committed reconciled files would contradict the spec.
            differing += [
                str(out_dir / n) for n in (RECONCILED_FILE, DEFECTS_FILE) if (out_dir / n).exists()
            ]
        if args.docs and sources.catalog is not None and (out_dir / CATALOG_FILE).exists():
            lines += _change_lines("APIs", load_catalog(out_dir / CATALOG_FILE), sources.catalog)
        if sources.report is not None and (out_dir / RECONCILED_FILE).exists():
            assert sources.reconciled is not None
            lines += _change_lines(
                "reconciled APIs", load_catalog(out_dir / RECONCILED_FILE), sources.reconciled
            )
        sdk_dir = sdk_dir_for(args)
        if not args.no_package and sdk_dir is not None:
            from zstack_openapi.generator import generate

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
    hint = " --docs ..." if args.docs else ""
    hint += " --sdk ..." if args.sdk else " --no-reconcile" if args.no_reconcile else ""
    print(f"run `zstack-openapi build{hint}` and commit", file=sys.stderr)
    return 1

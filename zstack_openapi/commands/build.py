"""`zstack-openapi build [--docs SOURCE...]`: (scrape ->) catalog -> spec -> validate -> SDK,
writing the committed files under `spec/` and `generated/zstack-sdk/`, each only when
its content changes. Pages whose content hash is unchanged are not re-extracted."""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from pathlib import Path
from typing import Any

from scraper import load_catalog
from spec.pipeline import CATALOG_FILE, COMMITTED_DIR, SPEC_31_FILE, build_files
from spec.validate import validate_document
from zstack_openapi.commands.scrape import add_crawl_arguments, print_summary, scrape_to_catalog

DEFAULT_SDK_DIR = COMMITTED_DIR.parent / "generated" / "zstack-sdk"


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "build",
        help="rebuild the committed catalog, OpenAPI documents and SDK (scraping --docs when given)",
    )
    add_build_arguments(parser)
    parser.set_defaults(run=run)


def add_build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--docs",
        nargs="+",
        metavar="SOURCE",
        help="doc pages to scrape: files, directories or a docs URL (default: the committed catalog)",
    )
    parser.add_argument(
        "--out-dir", type=Path, default=COMMITTED_DIR, help="spec files (default: spec/)"
    )
    parser.add_argument(
        "--sdk-dir",
        type=Path,
        help="SDK package (default: generated/zstack-sdk with the default --out-dir; none otherwise)",
    )
    parser.add_argument("--no-sdk", action="store_true", help="do not regenerate the SDK")
    parser.add_argument(
        "--no-validate", action="store_true", help="skip openapi-spec-validator (lint still runs)"
    )
    parser.add_argument("--full", action="store_true", help="re-extract every page, changed or not")
    add_crawl_arguments(parser)


def sdk_dir_for(args: argparse.Namespace) -> Path | None:
    """The committed SDK goes with the committed spec only: a build into another
    directory must never overwrite generated/ from a different document."""
    if args.sdk_dir is not None:
        return Path(args.sdk_dir)
    if Path(args.out_dir).resolve() == COMMITTED_DIR.resolve():
        return DEFAULT_SDK_DIR
    return None


def load_or_scrape(args: argparse.Namespace, committed: Path) -> dict[str, Any]:
    previous = load_catalog(committed) if committed.exists() else None
    if not args.docs:
        if previous is None:
            raise FileNotFoundError(
                f"{committed}: no committed catalog; run `zstack-openapi build --docs SOURCE...`"
            )
        return previous
    catalog = scrape_to_catalog(args.docs, args, None if args.full else previous)
    print_summary(catalog, verbose=False)
    return catalog


def sdk_is_current(spec_file: Path, sdk_dir: Path) -> bool:
    """The package records the hash of the spec it was rendered from."""
    meta = sdk_dir / "zstack_sdk" / "_meta.py"
    if not (meta.exists() and spec_file.exists()):
        return False
    match = re.search(r'SPEC_SHA256 = "([0-9a-f]{64})"', meta.read_text(encoding="utf-8"))
    digest = hashlib.sha256(spec_file.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    return (
        match is not None
        and match.group(1) == digest
        and "TARGET_VERSION = None" in meta.read_text(encoding="utf-8")
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    catalog = load_or_scrape(args, args.out_dir / CATALOG_FILE)
    if not catalog["apis"]:
        print("error: no API found in the sources", file=sys.stderr)
        return 1
    built = build_files(catalog, args.out_dir, write_catalog_file=bool(args.docs))
    for path in built.written:
        print(f"wrote {path}", file=sys.stderr)
    if not built.written:
        print(f"{args.out_dir}: up to date", file=sys.stderr)
    failed = False
    changed = {p.name for p in built.written}
    for name, document, file in (
        ("3.1", built.spec_31, "zstack.openapi.json"),
        ("3.0.3", built.spec_30, "zstack.openapi-3.0.json"),
    ):
        if file not in changed:
            # Byte-identical to the file on disk, which was validated when written.
            print(f"OpenAPI {name}: unchanged", file=sys.stderr)
            continue
        problems = validate_document(document, official=not args.no_validate)
        for p in problems[:50]:
            print(f"OpenAPI {name}#{p}", file=sys.stderr)
        checked = "valid" if not args.no_validate else "lint clean"
        print(
            f"OpenAPI {name}: {checked if not problems else f'{len(problems)} problems'}",
            file=sys.stderr,
        )
        failed = failed or bool(problems)
    if failed:
        return 1
    sdk_dir = sdk_dir_for(args)
    if sdk_dir is None:
        print(
            "SDK not regenerated: --out-dir is not spec/ and no --sdk-dir was given",
            file=sys.stderr,
        )
    elif not args.no_sdk:
        spec_file = args.out_dir / SPEC_31_FILE
        if sdk_is_current(spec_file, sdk_dir):
            print(f"{sdk_dir}: up to date", file=sys.stderr)
        else:
            from generator import generate

            result = generate(spec_file, sdk_dir)
            print(f"{sdk_dir}: {result.diff.summary(0).splitlines()[0]}", file=sys.stderr)
    print(f"build finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0

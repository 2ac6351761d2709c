"""`zstack-openapi build [--docs SOURCE...]`: (scrape ->) catalog -> spec -> validate,
writing the committed files under `spec/` (each only when its content changes)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scraper import load_catalog
from spec.pipeline import CATALOG_FILE, COMMITTED_DIR, build_files
from spec.validate import validate_document


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "build", help="rebuild the committed catalog and OpenAPI documents under spec/ (scraping --docs when given)"
    )
    parser.add_argument("--docs", nargs="+", metavar="SOURCE", help="doc pages to scrape (default: the committed catalog)")
    parser.add_argument("--out-dir", type=Path, default=COMMITTED_DIR, help="where the files go (default: spec/)")
    parser.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (lint still runs)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.docs:
        from zstack_openapi.commands.scrape import print_summary, scrape_sources

        catalog = scrape_sources(args.docs)
        print_summary(catalog, verbose=False)
        if not catalog["apis"]:
            print("error: no API found in the sources", file=sys.stderr)
            return 1
    else:
        source = args.out_dir / CATALOG_FILE
        if not source.exists():
            raise FileNotFoundError(f"{source}: no committed catalog; run `zstack-openapi build --docs SOURCE...`")
        catalog = load_catalog(source)
    built = build_files(catalog, args.out_dir, write_catalog_file=bool(args.docs))
    for path in built.written:
        print(f"wrote {path}", file=sys.stderr)
    if not built.written:
        print(f"{args.out_dir}: up to date", file=sys.stderr)
    failed = False
    for name, document in (("3.1", built.spec_31), ("3.0.3", built.spec_30)):
        problems = validate_document(document, official=not args.no_validate)
        for p in problems[:50]:
            print(f"OpenAPI {name}#{p}", file=sys.stderr)
        print(f"OpenAPI {name}: {'valid' if not problems else f'{len(problems)} problems'}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0

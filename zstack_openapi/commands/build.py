"""`zstack-openapi build [--docs SOURCE...] [--sdk PATH | --no-reconcile]`: the main
job, (scrape ->) catalog (-> reconcile) -> spec -> validate -> SDK, as
`zstack_openapi.pipeline` runs it; this module parses the options and scrapes."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.commands.scrape import add_crawl_arguments
from zstack_openapi.pipeline import DEFAULT_OUT_DIR, Options


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "build",
        help="rebuild the committed catalogs, OpenAPI documents and SDK "
        "(scraping --docs and reconciling with --sdk when given)",
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
    facts = parser.add_mutually_exclusive_group()
    facts.add_argument(
        "--sdk",
        type=Path,
        metavar="PATH",
        help="ZStack's Java SDK facts (the extracted JSON or a source tree) to reconcile the docs with "
        "(default: the ones the committed reconciled catalog records, when there is one)",
    )
    facts.add_argument(
        "--no-reconcile",
        action="store_true",
        help="build the spec from the docs alone (removes a committed reconciled catalog and report)",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=DEFAULT_OUT_DIR,
        help="spec files (default: spec/ in the working directory)",
    )
    # --sdk means the Java SDK facts; the Python package has its own words.
    parser.add_argument(
        "--package-dir",
        type=Path,
        help="the generated Python SDK package (default: generated/zstack-sdk with the "
        "default --out-dir; none otherwise)",
    )
    parser.add_argument("--sdk-dir", type=Path, dest="package_dir", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-package", action="store_true", help="do not regenerate the Python SDK package"
    )
    parser.add_argument("--no-sdk", action="store_true", dest="no_package", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="build: skip the structural check against the official OpenAPI JSON Schemas; "
        "check: skip openapi-spec-validator (our lint runs either way)",
    )
    parser.add_argument("--full", action="store_true", help="re-extract every page, changed or not")
    add_crawl_arguments(parser)


def options_of(args: argparse.Namespace) -> Options:
    return Options(
        out_dir=Path(args.out_dir),
        package_dir=args.package_dir,
        sdk=args.sdk,
        no_reconcile=args.no_reconcile,
        validate=not args.no_validate,
        package=not args.no_package,
    )


def scrape_docs(args: argparse.Namespace) -> Catalog | None:
    """The docs catalog scraped now (--docs), re-extracting only pages changed since
    the catalog in --out-dir unless --full; None without --docs."""
    if not args.docs:
        return None
    from zstack_openapi.commands.scrape import (
        print_summary,
        refuse_writing_sources,
        scrape_to_catalog,
    )
    from zstack_openapi.pipeline import OUTPUT_FILES, committed_catalog

    refuse_writing_sources(args.docs, [Path(args.out_dir) / name for name in OUTPUT_FILES])

    previous = None if args.full else committed_catalog(Path(args.out_dir))
    catalog = scrape_to_catalog(args.docs, args, previous)
    print_summary(catalog, verbose=False)
    return catalog


def run(args: argparse.Namespace) -> int:
    from zstack_openapi.pipeline import build

    started = time.perf_counter()
    return build(options_of(args), scrape_docs(args), started=started)

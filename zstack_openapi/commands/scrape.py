"""`zstack-openapi scrape SOURCE... --output catalog.json`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scraper import (
    build_catalog,
    content_hash,
    extract_document,
    find_documents,
    read_text,
    write_catalog,
)
from scraper.blocks import Warning
from scraper.catalog import summary
from zstack_openapi.progress import track


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "scrape", help="read doc pages (HTML, markdown, flat text) into an API catalog"
    )
    parser.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="file or directory of doc pages"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="catalog JSON to write")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every warning")
    parser.set_defaults(run=run)


def scrape_sources(sources: list[str]) -> dict[str, Any]:
    documents = find_documents(Path(s) for s in sources)
    records: list[dict[str, Any]] = []
    warnings: list[Warning] = []
    pages: list[dict[str, Any]] = []
    for path, name in track(documents, "scraping", total=len(documents)):
        text = read_text(path)
        found, problems = extract_document(text, name)
        records.extend(found)
        warnings.extend(problems)
        pages.append(
            {"file": name, "sha256": content_hash(text), "apis": sorted({r["name"] for r in found})}
        )
    return build_catalog(records, warnings, pages)


def print_summary(catalog: dict[str, Any], verbose: bool) -> None:
    info = summary(catalog)
    pages = len(catalog.get("pages", [])) or info["files"]
    total = sum(info["warnings"].values())
    print(
        f"{pages} files, {info['apis']} APIs, {info['params']} parameters, {total} warnings",
        file=sys.stderr,
    )
    for kind, count in info["warnings"].items():
        print(f"  {kind}: {count}", file=sys.stderr)
    if verbose:
        for w in catalog["warnings"]:
            print(
                f"{w['file']}:{w['line']}: [{w['kind']}] {w['api'] or '-'}: {w['message']}",
                file=sys.stderr,
            )


def run(args: argparse.Namespace) -> int:
    catalog = scrape_sources(args.sources)
    write_catalog(catalog, args.output)
    print_summary(catalog, args.verbose)
    if not catalog["apis"]:
        print("error: no API found in the sources", file=sys.stderr)
        return 1
    if args.strict and catalog["warnings"]:
        return 1
    return 0

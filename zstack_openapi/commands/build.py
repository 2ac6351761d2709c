"""`zstack-openapi build [--docs SOURCE...] [--sdk PATH | --no-reconcile]`:
(scrape ->) catalog (-> reconcile with the Java SDK facts) -> spec -> validate -> SDK,
writing the committed files under `spec/` and `generated/zstack-sdk/`, each only when
its content changes. Pages whose content hash is unchanged are not re-extracted.

Where the spec comes from:

- `--sdk PATH`: the docs catalog reconciled with the SDK facts at PATH; the reconciled
  catalog (`zstack.reconciled.json`) and the docs' defect report (`zstack.defects.md`)
  are written beside it.
- neither `--sdk` nor `--no-reconcile`, with a committed reconciled catalog: with
  `--docs`, the new docs catalog is reconciled again with the SDK facts that catalog
  records (`sources.sdk.path`); without, the committed reconciled catalog is used as
  it is (it must be of the committed docs catalog).
- `--no-reconcile`, or no reconciled catalog committed: the docs catalog alone (a
  committed reconciled catalog and report are then removed: they no longer describe
  the spec).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zstack_openapi.build_stamp import code_fingerprint, file_digest, record_stamp, stamp_is_fresh
from zstack_openapi.catalog_model import Catalog
from zstack_openapi.commands.reconcile import relative_path
from zstack_openapi.commands.scrape import add_crawl_arguments, print_summary, scrape_to_catalog
from zstack_openapi.embedded import embedded_catalog_text
from zstack_openapi.openapi.pipeline import (
    CATALOG_FILE,
    DEFAULT_OUT_DIR,
    RECONCILED_FILE,
    SPEC_31_FILE,
    build_files,
)
from zstack_openapi.openapi.validate import validate_document
from zstack_openapi.reconcile.defects import find_defects
from zstack_openapi.reconcile.doc_places import records_places
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.reconcile.report import render_report, summary_lines
from zstack_openapi.reconcile.sdk_source import load_sdk_facts
from zstack_openapi.scraper import dump_catalog, load_catalog
from zstack_openapi.scraper.catalog import parse_catalog

# Relative to the working directory, like DEFAULT_OUT_DIR: a checkout's generated/.
DEFAULT_SDK_DIR = Path("generated") / "zstack-sdk"


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
        "--no-validate", action="store_true", help="skip openapi-spec-validator (lint still runs)"
    )
    parser.add_argument("--full", action="store_true", help="re-extract every page, changed or not")
    add_crawl_arguments(parser)


def sdk_dir_for(args: argparse.Namespace) -> Path | None:
    """The committed SDK goes with the committed spec only: a build into another
    directory must never overwrite generated/ from a different document."""
    if args.package_dir is not None:
        return Path(args.package_dir)
    if Path(args.out_dir).resolve() == DEFAULT_OUT_DIR.resolve():
        return DEFAULT_SDK_DIR
    return None


def load_or_scrape(args: argparse.Namespace, committed: Path) -> Catalog | None:
    """The docs catalog: scraped from --docs, else the one in the output directory
    (None when there is none: the build may still start from a reconciled catalog)."""
    previous = load_catalog(committed) if committed.exists() else None
    if not args.docs:
        return previous
    catalog = scrape_to_catalog(args.docs, args, None if args.full else previous)
    print_summary(catalog, verbose=False)
    return catalog


@dataclass
class Sources:
    """What one build starts from."""

    catalog: Catalog | None  # what the docs say (None: only a reconciled catalog)
    reconciled: Catalog | None  # what the spec is built from, when reconciled
    report: str | None  # the defect report, when the reconciliation ran in this build
    drop_reconciled: bool  # --no-reconcile: committed reconciled files no longer belong


def same_docs(reconciled: Catalog, catalog: Catalog) -> bool:
    """Whether `reconciled` was made from `catalog`: the same pages (content hashes)
    read by the same extraction code (both copied into the reconciled catalog)."""
    return all(reconciled.get(key) == catalog.get(key) for key in ("pages", "extractor"))


def recorded_sdk_path(reconciled: Catalog, out_dir: Path) -> Path | None:
    """The SDK facts a reconciled catalog was made with (recorded relative to its directory)."""
    path = ((reconciled.get("sources") or {}).get("sdk") or {}).get("path")
    return out_dir / path if path else None


def reconcile_now(catalog: Catalog, sdk_path: Path, out_dir: Path) -> tuple[Catalog, str]:
    """The reconciled catalog and its defect report, citing each parameter row's own
    line as the catalog records it."""
    sdk = load_sdk_facts(sdk_path)
    exact = records_places(catalog)
    if not exact:
        print(
            "note: the catalog records no row lines (scraped by an older version): "
            "the defect report cites API headings",
            file=sys.stderr,
        )
    reconciled = reconcile_catalog(catalog, sdk, sdk_path=relative_path(sdk_path, out_dir))
    defects = find_defects(reconciled)
    for line in summary_lines(reconciled, defects):
        print(line, file=sys.stderr)
    return reconciled, render_report(reconciled, defects, exact_places=exact)


@dataclass
class Plan:
    """The decisions of one build, before any reconciling."""

    catalog: Catalog | None  # None: building from a reconciled catalog alone
    sdk_path: Path | None  # reconcile with these SDK facts
    committed: Catalog | None  # or reuse this reconciled catalog as it is
    drop_reconciled: bool


def plan_sources(args: argparse.Namespace, out_dir: Path) -> Plan:
    """Decide, from the options and the committed files, what the spec is built from
    (see the module docstring); fail with what to pass when it cannot be decided."""
    catalog = load_or_scrape(args, out_dir / CATALOG_FILE)
    if catalog is None:
        return plan_without_docs(args, out_dir)
    if args.no_reconcile:
        return Plan(catalog, None, None, drop_reconciled=True)
    committed = out_dir / RECONCILED_FILE
    sdk_path: Path | None = args.sdk
    if sdk_path is None:
        if not committed.exists():
            return Plan(catalog, None, None, drop_reconciled=False)
        previous = load_catalog(committed)
        if not args.docs:
            if not same_docs(previous, catalog):
                raise ValueError(
                    f"{committed} was not made from {out_dir / CATALOG_FILE}: run "
                    "`zstack-openapi build --docs SOURCE... --sdk PATH` (or --no-reconcile)"
                )
            return Plan(catalog, None, previous, drop_reconciled=False)
        sdk_path = recorded_sdk_path(previous, out_dir)
        if sdk_path is None or not sdk_path.exists():
            raise FileNotFoundError(
                f"{committed} was reconciled with the SDK facts at {sdk_path or '(not recorded)'}, "
                "which are not there: pass --sdk PATH, or --no-reconcile to build from the docs alone"
            )
        print(f"reconciling with the recorded SDK facts {sdk_path}", file=sys.stderr)
    if not sdk_path.exists():
        raise FileNotFoundError(f"{sdk_path}: no such file or directory (--sdk)")
    return Plan(catalog, sdk_path, None, drop_reconciled=False)


def plan_without_docs(args: argparse.Namespace, out_dir: Path) -> Plan:
    """No docs catalog here and no --docs: build from the reconciled catalog in
    `out_dir`, else from the one this installation carries (see embedded.py), so
    `zstack-openapi build` works in an empty directory."""
    if args.sdk is not None or args.no_reconcile:
        raise FileNotFoundError(
            f"{out_dir / CATALOG_FILE}: no docs catalog to "
            f"{'reconcile' if args.sdk is not None else 'build from'}; "
            "pass --docs SOURCE... (files, directories or the docs site's URL)"
        )
    committed = out_dir / RECONCILED_FILE
    if committed.exists():
        return Plan(None, None, load_catalog(committed), drop_reconciled=False)
    embedded = embedded_catalog_text()
    if embedded is None:
        raise FileNotFoundError(
            f"{out_dir / CATALOG_FILE}: no catalog; run `zstack-openapi build --docs SOURCE...`"
        )
    where, text = embedded
    print(f"building from {where}", file=sys.stderr)
    return Plan(None, None, parse_catalog(text, where), drop_reconciled=False)


def sources_of(plan: Plan, args: argparse.Namespace, out_dir: Path) -> Sources:
    if plan.sdk_path is None:
        return Sources(plan.catalog, plan.committed, None, plan.drop_reconciled)
    assert plan.catalog is not None  # SDK facts are only planned for a docs catalog
    reconciled, report = reconcile_now(plan.catalog, plan.sdk_path, out_dir)
    return Sources(plan.catalog, reconciled, report, drop_reconciled=False)


def resolve_sources(args: argparse.Namespace, out_dir: Path) -> Sources:
    return sources_of(plan_sources(args, out_dir), args, out_dir)


def inputs_key(plan: Plan, args: argparse.Namespace) -> str:
    """Everything the spec files are made from: the docs catalog, the SDK facts,
    the options that change the result, and the code of the stages after scraping."""
    digest = hashlib.sha256()
    if plan.catalog is not None:
        digest.update(dump_catalog(plan.catalog).encode("utf-8"))
    if plan.sdk_path is not None:
        digest.update(file_digest(plan.sdk_path).encode())
    if plan.committed is not None:
        digest.update(dump_catalog(plan.committed).encode("utf-8"))
    digest.update(repr((plan.drop_reconciled, args.no_validate)).encode())
    digest.update(code_fingerprint("reconcile", "openapi").encode())
    return digest.hexdigest()


def sdk_is_current(spec_file: Path, sdk_dir: Path) -> bool:
    """The package records the hash of the spec it was rendered from and of the
    generator code that rendered it; both must be today's."""
    from zstack_openapi.generator import fingerprint

    meta = sdk_dir / "zstack_sdk" / "_meta.py"
    if not (meta.exists() and spec_file.exists()):
        return False
    text = meta.read_text(encoding="utf-8")
    spec = re.search(r'SPEC_SHA256 = "([0-9a-f]{64})"', text)
    made_by = re.search(r'GENERATOR_SHA256 = "([0-9a-f]+)"', text)
    digest = hashlib.sha256(spec_file.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    return (
        spec is not None
        and spec.group(1) == digest
        and made_by is not None
        and made_by.group(1) == fingerprint()
        and "TARGET_VERSION = None" in text
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    plan = plan_sources(args, args.out_dir)
    source = plan.committed if plan.catalog is None else plan.catalog
    if source is None or not source["apis"]:
        print("error: no API found in the sources", file=sys.stderr)
        return 1
    key = inputs_key(plan, args)
    if stamp_is_fresh(args.out_dir, key):
        # Same inputs, same code, outputs untouched since: nothing to reconcile,
        # build or validate.
        print(f"{args.out_dir}: up to date (inputs unchanged)", file=sys.stderr)
        return finish_sdk(args, started)
    sources = sources_of(plan, args, args.out_dir)
    built = build_files(
        sources.catalog,
        args.out_dir,
        write_catalog_file=bool(args.docs),
        reconciled=sources.reconciled,
        report=sources.report,
        drop_reconciled=sources.drop_reconciled,
    )
    for path in built.written:
        print(f"wrote {path}", file=sys.stderr)
    for path in built.removed:
        print(f"removed {path} (the spec is built from the docs alone)", file=sys.stderr)
    if not built.written and not built.removed:
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
    record_stamp(args.out_dir, key)
    return finish_sdk(args, started)


def finish_sdk(args: argparse.Namespace, started: float) -> int:
    sdk_dir = sdk_dir_for(args)
    if sdk_dir is None:
        print(
            "SDK not regenerated: --out-dir is not spec/ and no --package-dir was given",
            file=sys.stderr,
        )
    elif not args.no_package:
        spec_file = args.out_dir / SPEC_31_FILE
        if sdk_is_current(spec_file, sdk_dir):
            print(f"{sdk_dir}: up to date", file=sys.stderr)
        else:
            from zstack_openapi.generator import generate

            result = generate(spec_file, sdk_dir)
            print(f"{sdk_dir}: {result.diff.summary(0).splitlines()[0]}", file=sys.stderr)
    print(f"build finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0

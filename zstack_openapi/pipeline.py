"""The pipeline: what `build` and `check` run, in which order, from what.

(scrape ->) docs catalog (-> reconcile with the Java SDK facts) -> OpenAPI 3.1 +
3.0.3 -> validate -> Python SDK package. This module owns the decisions: where
the spec comes from (source planning), when a build may stop early (the build
stamp), the order of the stages, which outputs are written, and what `check`
compares. The CLI commands parse arguments, scrape (progress bars) and print.

Where the spec comes from:

- `sdk` given: the docs catalog reconciled with the SDK facts there; the reconciled
  catalog (`zstack.reconciled.json`) and the docs' defect report
  (`zstack.defects.md`) are written beside it.
- neither `sdk` nor `no_reconcile`, with a reconciled catalog in the output
  directory: with docs scraped now, they are reconciled again with the SDK facts
  that catalog records (`sources.sdk.path`); else that reconciled catalog is used
  as it is (it must be of the docs catalog there).
- `no_reconcile`, or no reconciled catalog there: the docs catalog alone (a
  reconciled catalog and report there are then removed: they no longer describe
  the spec).
- no docs catalog in the output directory and none scraped: the reconciled
  catalog there, else the one this installation carries (`embedded.py`), so a
  build works in an empty directory.

Outputs go where the tool is run (a checkout's `spec/` and
`generated/zstack-sdk/`) or where the options say, never beside the code.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zstack_openapi.background import Pending
from zstack_openapi.build_stamp import (
    code_fingerprint,
    file_digest,
    file_signature,
    note_package,
    package_is_noted,
    package_note,
    record_stamp,
    stamp_is_fresh,
)
from zstack_openapi.catalog_model import Api, Catalog
from zstack_openapi.embedded import embedded_catalog_file, embedded_catalog_text
from zstack_openapi.fileio import atomic_write_text, holds_text, write_text_if_changed
from zstack_openapi.jsonfmt import dump_json
from zstack_openapi.openapi.names import NameWarning
from zstack_openapi.openapi_types import OpenApiDocument
from zstack_openapi.scraper.catalog import dump_catalog, load_catalog, parse_catalog

if TYPE_CHECKING:
    from zstack_openapi.openapi.lint import Problem

DEFAULT_OUT_DIR = Path("spec")
DEFAULT_PACKAGE_DIR = Path("generated") / "zstack-sdk"
CATALOG_FILE = "zstack.catalog.json"  # what the docs say
RECONCILED_FILE = "zstack.reconciled.json"  # docs + Java SDK facts: what the spec is built from
DEFECTS_FILE = "zstack.defects.md"  # the docs' errors the reconciliation found
SPEC_31_FILE = "zstack.openapi.json"
SPEC_30_FILE = "zstack.openapi-3.0.json"
OUTPUT_FILES = (CATALOG_FILE, RECONCILED_FILE, DEFECTS_FILE, SPEC_31_FILE, SPEC_30_FILE)

Log = Callable[[str], None]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


@dataclass(frozen=True)
class Options:
    """What a build or check is asked to do (the CLI's options, parsed)."""

    out_dir: Path = DEFAULT_OUT_DIR
    package_dir: Path | None = None  # None: the default one, with the default out_dir only
    sdk: Path | None = None
    no_reconcile: bool = False
    validate: bool = True  # the full openapi-spec-validator, besides our lint
    package: bool = True  # regenerate the Python SDK package


def package_dir_for(options: Options) -> Path | None:
    """The committed SDK goes with the committed spec only: a build into another
    directory must never overwrite generated/ from a different document."""
    if options.package_dir is not None:
        return options.package_dir
    if options.out_dir.resolve() == DEFAULT_OUT_DIR.resolve():
        return DEFAULT_PACKAGE_DIR
    return None


def relative_path(target: Path, base: Path) -> str:
    """`target` as seen from directory `base` (POSIX separators): what a reconciled
    catalog records as its SDK facts' path, valid wherever the two are moved together."""
    return Path(os.path.relpath(target.resolve(), base.resolve())).as_posix()


# --- source planning ----------------------------------------------------------


@dataclass
class Plan:
    """The decisions of one build, before any reconciling."""

    catalog: Catalog | None  # the docs catalog (None: building from a reconciled one alone)
    sdk_path: Path | None  # reconcile with these SDK facts
    committed: Catalog | None  # or use this reconciled catalog as it is
    drop_reconciled: bool


@dataclass
class Sources:
    """What one build starts from."""

    catalog: Catalog | None  # what the docs say (None: only a reconciled catalog)
    reconciled: Catalog | None  # what the spec is built from, when reconciled
    report: str | None  # the defect report, when the reconciliation ran in this build
    drop_reconciled: bool  # --no-reconcile: committed reconciled files no longer belong

    @property
    def spec_source(self) -> Catalog:
        source = self.reconciled if self.reconciled is not None else self.catalog
        if source is None:
            raise ValueError("no catalog to build the spec from")
        return source


def committed_catalog(out_dir: Path) -> Catalog | None:
    """The docs catalog in the output directory: the previous scrape's records."""
    path = out_dir / CATALOG_FILE
    return load_catalog(path) if path.exists() else None


def same_docs(reconciled: Catalog, catalog: Catalog) -> bool:
    """Whether `reconciled` was made from `catalog`: the same pages (content hashes)
    read by the same extraction code (both copied into the reconciled catalog)."""
    return reconciled.get("pages") == catalog.get("pages") and reconciled.get(
        "extractor"
    ) == catalog.get("extractor")


def recorded_sdk_path(reconciled: Catalog, out_dir: Path) -> Path | None:
    """The SDK facts a reconciled catalog was made with (recorded relative to its directory)."""
    path = reconciled.get("sources", {}).get("sdk", {}).get("path")
    return out_dir / path if path else None


def plan_sources(options: Options, scraped: Catalog | None, log: Log = _stderr) -> Plan:
    """Decide, from the options, the catalog scraped now (`scraped`, when --docs)
    and the files in the output directory, what the spec is built from (see the
    module docstring); fail with what to pass when it cannot be decided."""
    out_dir = options.out_dir
    catalog = scraped if scraped is not None else committed_catalog(out_dir)
    if catalog is None:
        return _plan_without_docs(options, log)
    if options.no_reconcile:
        return Plan(catalog, None, None, drop_reconciled=True)
    committed = out_dir / RECONCILED_FILE
    sdk_path = options.sdk
    if sdk_path is None:
        if not committed.exists():
            return Plan(catalog, None, None, drop_reconciled=False)
        previous = load_catalog(committed)
        if scraped is None:
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
        log(f"reconciling with the recorded SDK facts {sdk_path}")
    if not sdk_path.exists():
        raise FileNotFoundError(f"{sdk_path}: no such file or directory (--sdk)")
    return Plan(catalog, sdk_path, None, drop_reconciled=False)


def _plan_without_docs(options: Options, log: Log) -> Plan:
    out_dir = options.out_dir
    if options.sdk is not None or options.no_reconcile:
        raise FileNotFoundError(
            f"{out_dir / CATALOG_FILE}: no docs catalog to "
            f"{'reconcile' if options.sdk is not None else 'build from'}; "
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
    log(f"building from {where}")
    return Plan(None, None, parse_catalog(text, where), drop_reconciled=False)


def reconcile_now(
    catalog: Catalog, sdk_path: Path, out_dir: Path, log: Log = _stderr
) -> tuple[Catalog, str]:
    """The reconciled catalog and its defect report, citing each parameter row's own
    line as the catalog records it."""
    from zstack_openapi.reconcile.defects import find_defects
    from zstack_openapi.reconcile.doc_places import records_places
    from zstack_openapi.reconcile.merge import reconcile_catalog
    from zstack_openapi.reconcile.report import render_report, summary_lines
    from zstack_openapi.reconcile.sdk_source import load_sdk_facts

    sdk = load_sdk_facts(sdk_path)
    exact = records_places(catalog)
    if not exact:
        log(
            "note: the catalog records no row lines (scraped by an older version): "
            "the defect report cites API headings"
        )
    reconciled = reconcile_catalog(catalog, sdk, sdk_path=relative_path(sdk_path, out_dir))
    defects = find_defects(reconciled)
    for line in summary_lines(reconciled, defects):
        log(line)
    return reconciled, render_report(reconciled, defects, exact_places=exact)


def sources_of(plan: Plan, out_dir: Path, log: Log = _stderr) -> Sources:
    if plan.sdk_path is None:
        return Sources(plan.catalog, plan.committed, None, plan.drop_reconciled)
    assert plan.catalog is not None  # SDK facts are only planned for a docs catalog
    reconciled, report = reconcile_now(plan.catalog, plan.sdk_path, out_dir, log)
    return Sources(plan.catalog, reconciled, report, drop_reconciled=False)


def _code_and_options(options: Options, drop_reconciled: bool) -> bytes:
    code = code_fingerprint("reconcile", "openapi", "releases.py", "pipeline.py")
    return repr((code, drop_reconciled, not options.validate)).encode()


def files_key(options: Options) -> str:
    """The inputs of a build without --docs, known before reading any of them: the
    files it may start from (by size and modification time, as make does), the
    options and the code. Cheap, so a build with nothing to do stops before loading
    a catalog. Files the build writes (the reconciled catalog and report when
    reconciling now, the spec) are outputs, not inputs."""
    out_dir = options.out_dir
    catalog = out_dir / CATALOG_FILE
    if options.sdk is not None:
        inputs = [catalog, options.sdk]
    elif options.no_reconcile:
        inputs = [catalog]
    else:
        inputs = [catalog, out_dir / RECONCILED_FILE]
        if not catalog.exists() and not inputs[1].exists():
            embedded = embedded_catalog_file()
            inputs += [embedded] if embedded is not None else []
    digest = hashlib.sha256(_code_and_options(options, options.no_reconcile))
    for path in inputs:
        digest.update(file_signature(path.resolve()).encode())
    return "files:" + digest.hexdigest()


def inputs_key(plan: Plan, options: Options) -> str:
    """Everything the spec files are made from: the docs catalog, the SDK facts,
    the options that change the result, and the code of the stages after scraping."""
    digest = hashlib.sha256()
    if plan.catalog is not None:
        digest.update(dump_catalog(plan.catalog).encode("utf-8"))
    if plan.sdk_path is not None:
        digest.update(file_digest(plan.sdk_path).encode())
    if plan.committed is not None:
        digest.update(dump_catalog(plan.committed).encode("utf-8"))
    digest.update(_code_and_options(options, plan.drop_reconciled))
    return digest.hexdigest()


# --- the stages after planning --------------------------------------------------


@dataclass
class Built:
    catalog: Catalog
    spec_31: OpenApiDocument
    spec_30: OpenApiDocument
    written: list[Path]
    removed: list[Path] = field(default_factory=list)
    # Names the spec left out (not ZStack names): doc defects to report.
    warnings: list[NameWarning] = field(default_factory=list)


@dataclass
class Spec:
    """The OpenAPI 3.1 document built from a catalog, as text too, and the names it
    left out (not ZStack names: doc defects to report)."""

    source: Catalog
    document: OpenApiDocument
    text: str
    warnings: list[NameWarning]


def _write_text(text: str, target: Path, written: list[Path]) -> None:
    if write_text_if_changed(target, text):
        written.append(target)


def build_spec(catalog: Catalog | None, reconciled: Catalog | None = None) -> Spec:
    """The 3.1 document of `reconciled` when given, else of the docs `catalog`."""
    from zstack_openapi.openapi.build import build_document

    source = reconciled if reconciled is not None else catalog
    if source is None:
        raise ValueError("build_files: neither a docs catalog nor a reconciled catalog")
    warnings: list[NameWarning] = []
    document = build_document(source, warnings=warnings)
    return Spec(source, document, dump_json(document), warnings)


def write_catalogs(
    catalog: Catalog | None,
    out_dir: Path,
    *,
    write_catalog_file: bool,
    reconciled: Catalog | None = None,
    report: str | None = None,
    drop_reconciled: bool = False,
) -> tuple[list[Path], list[Path]]:
    """The catalogs and the defect report that are outputs of this run, written where
    they changed; the files written and those removed. `write_catalog_file`: the docs
    catalog is an output (it was scraped); `report`: the reconciliation ran now, so
    the reconciled catalog and its defect report are outputs; `drop_reconciled`: the
    spec is built from the docs alone, so reconciled files no longer belong."""
    written: list[Path] = []
    removed: list[Path] = []
    if write_catalog_file and catalog is not None:
        _write_text(dump_catalog(catalog), out_dir / CATALOG_FILE, written)
    if reconciled is not None and report is not None:
        _write_text(dump_catalog(reconciled), out_dir / RECONCILED_FILE, written)
        _write_text(report, out_dir / DEFECTS_FILE, written)
    if drop_reconciled:
        for name in (RECONCILED_FILE, DEFECTS_FILE):
            if (out_dir / name).exists():
                (out_dir / name).unlink()
                removed.append(out_dir / name)
    return written, removed


def build_files(
    catalog: Catalog | None,
    out_dir: Path,
    *,
    write_catalog_file: bool,
    reconciled: Catalog | None = None,
    report: str | None = None,
    drop_reconciled: bool = False,
) -> Built:
    """Both specs and the catalogs (see `write_catalogs`), written under `out_dir`
    where they changed, without validation (`check` validates them itself)."""
    from zstack_openapi.openapi.downgrade import downgrade

    spec = build_spec(catalog, reconciled)
    written, removed = write_catalogs(
        catalog,
        out_dir,
        write_catalog_file=write_catalog_file,
        reconciled=reconciled,
        report=report,
        drop_reconciled=drop_reconciled,
    )
    spec_30 = downgrade(spec.document)
    _write_text(spec.text, out_dir / SPEC_31_FILE, written)
    _write_text(dump_json(spec_30), out_dir / SPEC_30_FILE, written)
    return Built(spec.source, spec.document, spec_30, written, removed, spec.warnings)


@dataclass
class Document:
    """One OpenAPI document of a build: its text when it differs from the file on
    disk (None: the same, validated when it was written) and then its problems."""

    version: str
    file: str
    text: str | None
    problems: list[Problem] = field(default_factory=list)


def check_documents(spec: Spec, same_31: bool, out_dir: Path, validate: bool) -> list[Document]:
    """The 3.0.3 document derived from the 3.1 one; each document that differs from
    its file (`same_31`: the 3.1 one does not) checked (`validate`: against the
    official JSON Schemas through jsonschema-rs, plus our lint; else our lint
    alone). openapi-spec-validator (~30 s) is `validate`'s and CI's `check`'s. Run
    in a child (`build`): the text and the problems are what comes back."""
    from zstack_openapi.openapi.downgrade import downgrade
    from zstack_openapi.openapi.validate import validate_document

    spec_30 = downgrade(spec.document)
    text_30 = dump_json(spec_30)
    out: list[Document] = []
    for version, document, file, text, same in (
        ("3.1", spec.document, SPEC_31_FILE, spec.text, same_31),
        ("3.0.3", spec_30, SPEC_30_FILE, text_30, holds_text(out_dir / SPEC_30_FILE, text_30)),
    ):
        if same:
            out.append(Document(version, file, None))
        else:
            problems = validate_document(document, official=False, structural=validate)
            out.append(Document(version, file, text, problems))
    return out


def build(
    options: Options, scraped: Catalog | None, log: Log = _stderr, started: float | None = None
) -> int:
    """The main job; the exit code (0 built or up to date, 1 no API or an invalid
    document). Raises FileNotFoundError/ValueError on bad input. `started`: when the
    job began (before the caller scraped), for the time it reports."""
    started = time.perf_counter() if started is None else started
    out_dir = options.out_dir
    # Without --docs the inputs are files: known unchanged before reading them.
    key = files_key(options) if scraped is None else None
    if key is not None and stamp_is_fresh(out_dir, key):
        log(f"{out_dir}: up to date (inputs unchanged)")
        return _finish_package(options, started, log)
    plan = plan_sources(options, scraped, log)
    source = plan.committed if plan.catalog is None else plan.catalog
    if source is None or not source["apis"]:
        log("error: no API found in the sources")
        return 1
    key = key or inputs_key(plan, options)
    if stamp_is_fresh(out_dir, key):
        # Same inputs, same code, outputs untouched since: nothing to reconcile,
        # build or validate.
        log(f"{out_dir}: up to date (inputs unchanged)")
        return _finish_package(options, started, log)
    sources = sources_of(plan, out_dir, log)
    spec = build_spec(sources.catalog, sources.reconciled)
    for warning in spec.warnings:
        log(f"warning: {warning}")
    # The 3.0.3 document is derived and both are validated in a forked child while
    # the catalogs are written and the SDK renders (all only read the spec). The
    # documents and the SDK are written once valid, so a document on disk has
    # always been validated.
    same_31 = holds_text(out_dir / SPEC_31_FILE, spec.text)
    with Pending(lambda: check_documents(spec, same_31, out_dir, options.validate)) as checking:
        written, removed = write_catalogs(
            sources.catalog,
            out_dir,
            write_catalog_file=scraped is not None,
            reconciled=sources.reconciled,
            report=sources.report,
            drop_reconciled=sources.drop_reconciled,
        )
        for path in written:
            log(f"wrote {path}")
        for path in removed:
            log(f"removed {path} (the spec is built from the docs alone)")
        package = _render_package(options, None if same_31 else spec.text)
        documents = checking.result()
    if not _report_problems(documents, options, log):
        log(f"{out_dir}: the OpenAPI documents are not valid; nothing more written")
        return 1
    for document in documents:
        if document.text is not None:
            # Known to differ from the file: written without comparing again.
            atomic_write_text(out_dir / document.file, document.text)
            written.append(out_dir / document.file)
            log(f"wrote {out_dir / document.file}")
    if not written and not removed:
        log(f"{out_dir}: up to date")
    record_stamp(out_dir, key)
    return _finish_package(options, started, log, package)


def _report_problems(documents: list[Document], options: Options, log: Log) -> bool:
    failed = False
    for document in documents:
        name, problems = document.version, document.problems
        if document.text is None:
            log(f"OpenAPI {name}: unchanged")
            continue
        for p in problems[:50]:
            log(f"OpenAPI {name}#{p}")
        verdict = "structurally valid" if options.validate else "lint clean"
        log(f"OpenAPI {name}: {verdict if not problems else f'{len(problems)} problems'}")
        failed = failed or bool(problems)
    return not failed


@dataclass
class _Package:
    """The SDK package this build owes: none (`directory` None: no package for these
    options), current already (`files` None), or these rendered files to write.
    `note`: the package's note (`package_note`), when taken of files this build
    does not write again (it stats every file of the package: taken once)."""

    directory: Path | None
    files: dict[str, str] | None = None
    note: str | None = None


def _render_package(options: Options, text: str | None = None) -> _Package:
    """The package of the 3.1 document: the file on disk, or its new `text` not
    written yet."""
    package_dir = package_dir_for(options)
    if package_dir is None or not options.package:
        return _Package(package_dir)
    from zstack_openapi.generator import build_files, fingerprint, package_is_current

    spec_file = options.out_dir / SPEC_31_FILE
    # Checked against this spec and generator before, untouched since: current.
    note = package_note(package_dir, spec_file, fingerprint()) if text is None else None
    noted = note is not None and package_is_noted(options.out_dir, note)
    if noted or package_is_current(spec_file, package_dir, text=text):
        return _Package(package_dir, note=note)
    return _Package(package_dir, build_files(spec_file, text=text)[1])


def _finish_package(
    options: Options, started: float, log: Log, package: _Package | None = None
) -> int:
    package = package or _render_package(options)
    if package.directory is None:
        log("SDK not regenerated: --out-dir is not spec/ and no --package-dir was given")
    elif options.package:
        from zstack_openapi.generator import fingerprint, sync

        if package.files is None:
            log(f"{package.directory}: up to date")
        else:
            diff = sync(package.files, package.directory)
            log(f"{package.directory}: {diff.summary(0).splitlines()[0]}")
        spec_file = options.out_dir / SPEC_31_FILE
        note = package.note or package_note(package.directory, spec_file, fingerprint())
        note_package(options.out_dir, note)
    log(f"build finished in {time.perf_counter() - started:.1f} s")
    return 0


# --- the drift check -------------------------------------------------------------


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


@dataclass
class Drift:
    """What `check` found: the committed files that differ, and why."""

    differing: list[str]
    lines: list[str]


def check(options: Options, scraped: Catalog | None, log: Log = _stderr) -> Drift:
    """Rebuild into a temporary directory, deciding what to build from exactly as
    `build` does, and compare with the files in the output directory (and the
    package directory)."""
    out_dir = options.out_dir
    sources = sources_of(plan_sources(options, scraped, log), out_dir, log)
    differing: list[str] = []
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zstack-openapi-check-") as tmp:
        out = Path(tmp)
        built = build_files(
            sources.catalog,
            out,
            write_catalog_file=True,
            reconciled=sources.reconciled,
            report=sources.report,
        )
        for warning in built.warnings:
            log(f"warning: {warning}")
        if options.validate:
            # The gate CI runs: the full openapi-spec-validator on what the code builds.
            from zstack_openapi.openapi.validate import validate_document

            # ~15 s each on the whole corpus: the 3.0.3 document in a forked child.
            spec_30 = built.spec_30
            with Pending(lambda: validate_document(spec_30, official=True)) as checking:
                problems_31 = validate_document(built.spec_31, official=True)
                problems_30 = checking.result()
            for name, problems in ((SPEC_31_FILE, problems_31), (SPEC_30_FILE, problems_30)):
                for problem in problems[:50]:
                    lines.append(f"{name}#{problem}")
                if problems:
                    differing.append(f"{name} (not valid: {len(problems)} problems)")
        names = [SPEC_31_FILE, SPEC_30_FILE] + ([CATALOG_FILE] if scraped is not None else [])
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
        if scraped is not None and (out_dir / CATALOG_FILE).exists():
            lines += _change_lines("APIs", load_catalog(out_dir / CATALOG_FILE), scraped)
        if sources.report is not None and (out_dir / RECONCILED_FILE).exists():
            assert sources.reconciled is not None
            lines += _change_lines(
                "reconciled APIs", load_catalog(out_dir / RECONCILED_FILE), sources.reconciled
            )
        package_dir = package_dir_for(options)
        if options.package and package_dir is not None:
            from zstack_openapi.generator import generate

            result = generate(out / SPEC_31_FILE, package_dir, check=True)
            if not result.diff.empty:
                differing.append(str(package_dir))
                lines.append(result.diff.summary())
    return Drift(differing, lines)

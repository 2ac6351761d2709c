"""Files in, files out: what the CLI commands call."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.openapi import io
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.scraper import dump_catalog, load_catalog

# Outputs go where the tool is run (a checkout's spec/), never beside the code:
# an installed package is read-only to the tool.
DEFAULT_OUT_DIR = Path("spec")
CATALOG_FILE = "zstack.catalog.json"  # what the docs say
RECONCILED_FILE = "zstack.reconciled.json"  # docs + Java SDK facts: what the spec is built from
DEFECTS_FILE = "zstack.defects.md"  # the docs' errors the reconciliation found
SPEC_31_FILE = "zstack.openapi.json"
SPEC_30_FILE = "zstack.openapi-3.0.json"


def build_for(catalog: Catalog, openapi: str = "3.1", target: str | None = None) -> dict[str, Any]:
    """The document for `--openapi 3.1|3.0`."""
    if openapi not in {"3.1", "3.0"}:
        raise ValueError(f"--openapi {openapi!r}: expected 3.1 or 3.0")
    document = build_document(catalog, target)
    return downgrade(document) if openapi == "3.0" else document


def load_document(path: Path, target: str | None = None) -> dict[str, Any]:
    """A spec file as it is, or a catalog file built into a 3.1 spec."""
    data = io.load(path)
    if io.is_openapi(data):
        return dict(data)
    if io.is_catalog(data):
        return build_document(load_catalog(path), target)
    raise ValueError(f"{path}: neither an OpenAPI document nor an API catalog")


@dataclass
class Built:
    catalog: Catalog
    spec_31: dict[str, Any]
    spec_30: dict[str, Any]
    written: list[Path]
    removed: list[Path] = field(default_factory=list)


def _write_text(text: str, target: Path, written: list[Path]) -> None:
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    written.append(target)


def build_files(
    catalog: Catalog | None,
    out_dir: Path,
    *,
    write_catalog_file: bool,
    reconciled: Catalog | None = None,
    report: str | None = None,
    drop_reconciled: bool = False,
) -> Built:
    """Both specs, from `reconciled` when given, else from the docs `catalog`, written
    under `out_dir` only where they changed. `write_catalog_file`: the docs catalog is
    an output too (it was scraped); `report`: the reconciliation ran now, so the
    reconciled catalog and its defect report are outputs; `drop_reconciled`: the spec
    is built from the docs alone, so committed reconciled files no longer belong."""
    source = reconciled if reconciled is not None else catalog
    if source is None:
        raise ValueError("build_files: neither a docs catalog nor a reconciled catalog")
    spec_31 = build_document(source)
    spec_30 = downgrade(spec_31)
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
    for document, name in ((spec_31, SPEC_31_FILE), (spec_30, SPEC_30_FILE)):
        if io.write_if_changed(document, out_dir / name):
            written.append(out_dir / name)
    return Built(source, spec_31, spec_30, written, removed)

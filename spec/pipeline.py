"""Files in, files out: what the CLI commands call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper import load_catalog, write_catalog
from spec import io
from spec.build import build_document
from spec.downgrade import downgrade

# The committed outputs live beside this code (and ship with the package).
COMMITTED_DIR = Path(__file__).resolve().parent
CATALOG_FILE = "zstack.catalog.json"
SPEC_31_FILE = "zstack.openapi.json"
SPEC_30_FILE = "zstack.openapi-3.0.json"


def build_for(catalog: dict[str, Any], openapi: str = "3.1", target: str | None = None) -> dict[str, Any]:
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
    catalog: dict[str, Any]
    spec_31: dict[str, Any]
    spec_30: dict[str, Any]
    written: list[Path]


def build_files(catalog: dict[str, Any], out_dir: Path, *, write_catalog_file: bool) -> Built:
    """Catalog -> both specs, written under `out_dir` only where they changed."""
    spec_31 = build_document(catalog)
    spec_30 = downgrade(spec_31)
    written: list[Path] = []
    if write_catalog_file:
        target = out_dir / CATALOG_FILE
        before = target.read_text(encoding="utf-8") if target.exists() else None
        write_catalog(catalog, target)
        if target.read_text(encoding="utf-8") != before:
            written.append(target)
    for document, name in ((spec_31, SPEC_31_FILE), (spec_30, SPEC_30_FILE)):
        if io.write_if_changed(document, out_dir / name):
            written.append(out_dir / name)
    return Built(catalog, spec_31, spec_30, written)

"""Catalog or document file -> the OpenAPI document a command works on."""

from __future__ import annotations

from pathlib import Path

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.openapi import document_files
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.names import NameWarning
from zstack_openapi.openapi_types import OpenApiDocument
from zstack_openapi.scraper import load_catalog


def build_for(
    catalog: Catalog,
    openapi: str = "3.1",
    target: str | None = None,
    warnings: list[NameWarning] | None = None,
) -> OpenApiDocument:
    """The document for `--openapi 3.1|3.0`."""
    if openapi not in {"3.1", "3.0"}:
        raise ValueError(f"--openapi {openapi!r}: expected 3.1 or 3.0")
    document = build_document(catalog, target, warnings)
    return downgrade(document) if openapi == "3.0" else document


def load_document(
    path: Path, target: str | None = None, warnings: list[NameWarning] | None = None
) -> OpenApiDocument:
    """A spec file as it is, or a catalog file built into a 3.1 spec (`warnings`
    receives the names the spec leaves out, as `spec` and `build` report them)."""
    data = document_files.load(path)
    if document_files.is_openapi(data):
        return dict(data)
    if document_files.is_catalog(data):
        return build_document(load_catalog(path), target, warnings)
    raise ValueError(f"{path}: neither an OpenAPI document nor an API catalog")

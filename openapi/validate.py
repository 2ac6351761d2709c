"""Strict validation: openapi-spec-validator (the OpenAPI 3.0/3.1 rules) plus our lint."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from zstack_openapi.openapi.lint import Problem, escape, lint


def _pointer(error: Any) -> str:
    path = getattr(error, "absolute_path", None) or getattr(error, "path", None) or []
    return "".join("/" + escape(str(p)) for p in path)


def spec_errors(document: dict[str, Any]) -> list[Problem]:
    """openapi-spec-validator's findings, each with its JSON pointer."""
    version = str(document.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPIV31SpecValidator(document)
    elif version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(document)
    else:
        return [Problem("/openapi", "openapi-version", f"unsupported OpenAPI version {version!r}")]
    return [
        Problem(_pointer(e), "openapi", str(getattr(e, "message", e)).splitlines()[0])
        for e in validator.iter_errors()
    ]


def validate_document(document: Any, *, official: bool = True) -> list[Problem]:
    """Every problem of `document`: empty when it is valid and lint-clean.
    `official=False` skips openapi-spec-validator (slow on the whole corpus: 10-50 s)."""
    if not isinstance(document, dict) or "openapi" not in document:
        return [Problem("", "openapi-version", "not an OpenAPI document (no `openapi` field)")]
    problems = spec_errors(document) if official else []
    return problems + lint(document)

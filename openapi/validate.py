"""Validation of OpenAPI documents, two strengths, both plus our lint:

- full: openapi-spec-validator (the OpenAPI 3.0/3.1 rules, every Schema Object
  checked as a schema, references resolved); `validate` and CI's `check` run it.
  Thorough and slow on the corpus: ~30 s for the two documents.
- structural: the official OpenAPI 3.1 / 3.0 JSON Schemas (the ones
  openapi-spec-validator ships) through jsonschema-rs, and in 3.1 every component
  schema against the JSON Schema 2020-12 metaschema: ~0.1 s; what `build` runs.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from zstack_openapi.openapi.lint import Problem, lint, pointer
from zstack_openapi.openapi_types import OpenApiDocument


def _pointer(error: Any) -> str:
    path = getattr(error, "absolute_path", None) or getattr(error, "path", None) or []
    return pointer(*path)


def spec_errors(document: OpenApiDocument) -> list[Problem]:
    """openapi-spec-validator's findings, each with its JSON pointer."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

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


@functools.cache
def _structure_validator(line: str) -> Any:
    import jsonschema_rs

    schema = resources.files("openapi_spec_validator").joinpath(
        "resources", "schemas", f"v{line}", "schema.json"
    )
    return jsonschema_rs.validator_for(json.loads(schema.read_text(encoding="utf-8")))


def structural_errors(document: OpenApiDocument) -> list[Problem]:
    """Where `document` breaks the official OpenAPI JSON Schema of its version (and,
    in 3.1, where a component schema is not a JSON Schema), each with its pointer."""
    import jsonschema_rs

    version = str(document.get("openapi", ""))
    line = "3.1" if version.startswith("3.1") else "3.0" if version.startswith("3.0") else None
    if line is None:
        return [Problem("/openapi", "openapi-version", f"unsupported OpenAPI version {version!r}")]
    problems = [
        Problem(
            pointer(*e.instance_path),
            "openapi",
            e.message.splitlines()[0][:300],
        )
        for e in _structure_validator(line).iter_errors(document)
    ]
    if line == "3.1":
        components = (document.get("components") or {}).get("schemas") or {}
        for name, schema in components.items() if isinstance(components, dict) else []:
            if not jsonschema_rs.meta.is_valid(schema):
                try:
                    jsonschema_rs.meta.validate(schema)
                except jsonschema_rs.ValidationError as exc:
                    where = pointer(*exc.instance_path)
                    problems.append(
                        Problem(
                            pointer("components", "schemas", name) + where,
                            "openapi",
                            f"not a JSON Schema: {exc.message.splitlines()[0][:300]}",
                        )
                    )
    return problems


def validate_document(
    document: Any, *, official: bool = True, structural: bool = False
) -> list[Problem]:
    """Every problem of `document`: empty when it is valid and lint-clean.
    `official`: openapi-spec-validator (slow on the whole corpus: ~30 s); else
    `structural`: the official JSON Schemas through jsonschema-rs (~0.1 s); neither:
    our lint alone."""
    if not isinstance(document, dict) or "openapi" not in document:
        return [Problem("", "openapi-version", "not an OpenAPI document (no `openapi` field)")]
    if official:
        problems = spec_errors(document)
    elif structural:
        problems = structural_errors(document)
    else:
        problems = []
    return problems + lint(document)

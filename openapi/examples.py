"""Documented response examples against the result schemas they illustrate.

An example the result schema rejects is a doc defect (a field of the wrong type,
an enum constant the class lacks), not something to publish as what the API
returns: only examples that validate are attached to operations. Additional
properties are allowed, as the schemas never forbid them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema_rs

from zstack_openapi.openapi.doc_types import Schema
from zstack_openapi.openapi.schemas import REF, SchemaSet, build_schemas


def _targets(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith(REF):
            yield target[len(REF) :]
        for value in node.values():
            yield from _targets(value)
    elif isinstance(node, list):
        for value in node:
            yield from _targets(value)


def _reachable(components: Mapping[str, Schema], name: str) -> dict[str, Schema]:
    out: dict[str, Schema] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        if current in out or current not in components:
            continue
        out[current] = components[current]
        todo.extend(_targets(components[current]))
    return out


def example_errors(components: Mapping[str, Schema], result: str, example: Any) -> list[str]:
    """Why `example` does not validate against component `result`, one line per
    error (`path: message`); empty when it does."""
    schema = {"$ref": REF + result, "components": {"schemas": _reachable(components, result)}}
    validator = jsonschema_rs.validator_for(schema)
    return [
        f"{'/'.join(str(p) for p in e.instance_path) or '(top)'}: {e.message}"
        for e in validator.iter_errors(example)
    ]


def valid_examples(apis: list[dict[str, Any]], schema_set: SchemaSet) -> dict[str, Any]:
    """API name -> its documented example, for the examples its result accepts."""
    out: dict[str, Any] = {}
    for api in apis:
        example = (api.get("response") or {}).get("example")
        result = schema_set.results.get(api["name"])
        if (
            isinstance(example, dict)
            and result is not None
            and not example_errors(schema_set.components, result, example)
        ):
            out[api["name"]] = example
    return out


def api_example_errors(api: dict[str, Any]) -> list[str]:
    """Why an API's documented example does not fit its own result schema."""
    example = (api.get("response") or {}).get("example")
    if not isinstance(example, dict):
        return []
    schema_set = build_schemas([api])
    return example_errors(schema_set.components, schema_set.results[api["name"]], example)

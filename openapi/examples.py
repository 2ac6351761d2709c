"""Documented response examples against the result schemas they illustrate.

An example the result schema rejects is a doc defect (a field of the wrong type,
an enum constant the class lacks), not something to publish as what the API
returns: only examples that validate are attached to operations. Additional
properties are allowed, as the schemas never forbid them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

import jsonschema_rs

from zstack_openapi.catalog_model import Api
from zstack_openapi.openapi.doc_types import Schema
from zstack_openapi.openapi.schemas import REF, SchemaSet, build_schemas
from zstack_openapi.openapi_types import JsonObject


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


def valid_examples(apis: Sequence[Api], schema_set: SchemaSet) -> JsonObject:
    """API name -> its documented example, for the examples its result accepts."""
    out: JsonObject = {}
    for api in apis:
        example = _example(api)
        result = schema_set.results.get(api["name"])
        if (
            isinstance(example, dict)
            and result is not None
            and not example_errors(schema_set.components, result, example)
        ):
            out[api["name"]] = example
    return out


def _example(api: Api) -> Any:
    response = api.get("response")
    return response.get("example") if response else None


def api_example_errors(record: Mapping[str, Any]) -> list[str]:
    """Why an API's documented example does not fit its own result schema.
    `record`: reconcile calls this on records it is still assembling (plain dicts)."""
    api = cast(Api, record)
    example = _example(api)
    if not isinstance(example, dict):
        return []
    schema_set = build_schemas([api])
    return example_errors(schema_set.components, schema_set.results[api["name"]], example)

"""The catalog contract: `schemas/zstack-api-catalog.schema.json` (JSON Schema
2020-12), checked with jsonschema-rs on every catalog a command reads, so a bad
shape is answered with the JSON path of its first problem instead of a KeyError
deep inside a stage. The whole v5 reconciled catalog validates in ~30 ms."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

JsonSchema = dict[str, Any]  # a JSON Schema document (the catalog's, draft 2020-12)

SCHEMA_FILE = "zstack-api-catalog.schema.json"


@functools.cache
def catalog_schema() -> JsonSchema:
    text = resources.files("zstack_openapi").joinpath("schemas", SCHEMA_FILE).read_text("utf-8")
    schema: JsonSchema = json.loads(text)
    return schema


@functools.cache
def _validator() -> Any:
    import jsonschema_rs  # only commands that read a catalog pay for it

    return jsonschema_rs.validator_for(catalog_schema())


def json_path(parts: list[str | int]) -> str:
    """['apis', 3, 'params'] -> '$.apis[3].params'."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def catalog_problem(data: Any) -> str | None:
    """The first place where `data` breaks the contract, as 'JSON path: what is
    wrong', or None when it is a valid catalog."""
    for error in _validator().iter_errors(data):
        message = str(error.message)
        if len(message) > 200:
            message = message[:200] + "..."
        return f"{json_path(list(error.instance_path))}: {message}"
    return None

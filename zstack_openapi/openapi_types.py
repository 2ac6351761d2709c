"""Names for the OpenAPI JSON the project builds and reads.

Each is plain JSON (`dict[str, Any]`): the OpenAPI document is open-ended (any
`x-` key may appear), so a TypedDict would either reject valid documents or say
nothing. The names say which part of the document a value is, so a signature
tells an OpenAPI schema object from a whole document; catalog data has its own
typed model in `zstack_openapi.catalog_model`. `every_object` walks them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

OpenApiDocument = dict[str, Any]
"""A whole OpenAPI 3.1 / 3.0.3 document."""

SchemaObject = dict[str, Any]
"""An OpenAPI schema object (JSON Schema), a component or inline."""

OperationObject = dict[str, Any]
"""An operation of a path item (`get`, `put`, ...), or one `x-zstack-apis` entry."""

ParameterObject = dict[str, Any]
"""A parameter object of an operation."""

JsonObject = dict[str, Any]
"""Any other JSON object: examples, maps of results, loaded JSON not yet checked."""


def every_object(node: Any) -> Iterator[JsonObject]:
    """Every JSON object under `node`, `node` included, once per place it appears, in
    no particular order. Iterative: a ~20 MB document is too deep and too large for
    a recursive generator (one frame resume per level for every object)."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(v for v in current.values() if isinstance(v, dict | list))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, dict | list))

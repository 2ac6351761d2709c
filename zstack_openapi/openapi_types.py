"""Names for the OpenAPI JSON the project builds and reads.

Each is plain JSON (`dict[str, Any]`): the OpenAPI document is open-ended (any
`x-` key may appear), so a TypedDict would either reject valid documents or say
nothing. The names say which part of the document a value is, so a signature
tells an OpenAPI schema object from a whole document; catalog data has its own
typed model in `zstack_openapi.catalog_model`.
"""

from __future__ import annotations

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

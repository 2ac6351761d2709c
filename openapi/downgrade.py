"""OpenAPI 3.1 -> 3.0.3 for older tools.

The 3.1 document is written to stay inside what 3.0.3 can say, so the only
differences are the version string and `$ref` siblings: in 3.0 a `$ref` replaces
its whole object, so a property that is a `$ref` with its own description or
`x-zstack-since` becomes `allOf: [{$ref}]` carrying them; and a `pattern` that
older tools cannot read (lookarounds, a hyphen after a range) moves to
`x-zstack-pattern`."""

from __future__ import annotations

from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi.constraints import is_tool_friendly_pattern
from zstack_openapi.openapi_types import OpenApiDocument

OPENAPI_30 = "3.0.3"

# Extension objects that hold `$ref` pointers for our own generator, not schemas.
_POINTER_KEYS = {ext.RESULT, ext.REQUEST}


def _schema_node(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            out[k] = (
                v
                if k in _POINTER_KEYS or (k.startswith("x-") and not isinstance(v, dict | list))
                else _schema_node(v)
            )
        pattern = out.get("pattern")
        if isinstance(pattern, str) and not is_tool_friendly_pattern(pattern):
            # 3.0.3 is the document for older tools: keep the pattern for people
            # (and our generator, which reads 3.1), out of those tools' way.
            out[ext.PATTERN] = out.pop("pattern")
        if "$ref" in out and len(out) > 1:
            siblings = {k: v for k, v in out.items() if k != "$ref"}
            return {"allOf": [{"$ref": out["$ref"]}], **siblings}
        return out
    if isinstance(node, list):
        return [_schema_node(v) for v in node]
    return node


def downgrade(document: OpenApiDocument) -> OpenApiDocument:
    """A 3.0.3 copy of a 3.1 document built by `spec.build`."""
    # _schema_node builds new dicts and lists, so the 3.1 document is left untouched.
    doc: OpenApiDocument = _schema_node(document)
    doc["openapi"] = OPENAPI_30
    return doc

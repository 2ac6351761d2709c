"""Doc type names (the docs' 类型 column, Java spellings) -> JSON schemas.

Only leaf types are decided here; structures documented with nested fields are
turned into named components by `spec/schemas.py`. Every schema produced is
concrete: no bare `{"type": "object"}` (ordinary generators warn about those and
type them as "any"), maps say what their values are, arrays say their items.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi_types import SchemaObject

Schema = SchemaObject

# ZStack serialises dates with Gson's default pattern, e.g. "Nov 14, 2017 10:20:57 PM",
# which is not ISO 8601: declaring `format: date-time` would make tools reject them.
TIMESTAMP_FORMAT = "MMM d, yyyy h:mm:ss a"
TIMESTAMP_EXAMPLE = "Nov 14, 2017 10:20:57 PM"

_STRING = ("string", None)
_SCALARS: dict[str, tuple[str, str | None]] = {
    "string": _STRING,
    "char": _STRING,
    "character": _STRING,
    "long": ("integer", "int64"),
    "integer": ("integer", "int32"),
    "int": ("integer", "int32"),
    "short": ("integer", "int32"),
    "boolean": ("boolean", None),
    "bool": ("boolean", None),
    "double": ("number", "double"),
    "float": ("number", "float"),
    "bigdecimal": ("number", None),
    "number": ("number", None),
}
_LISTS = {"list", "arraylist", "collection", "array", "array[json]", "string[]", "list<string>"}
_SETS = {"set", "hashset"}
_MAPS = {"map", "linkedhashmap", "hashmap", "json", "jsonobject"}
_ANY = {"object", ""}
_SPACE = re.compile(r"\s+")

# An element or value whose type the docs do not give. It is still a typed schema
# (not an empty one): any JSON value, said explicitly for the tools' sake.
ANY_VALUE: Schema = {"description": "Any JSON value (the docs do not give its type)."}


@functools.cache  # ~130,000 calls for a few hundred type names in a build
def normalise(doc_type: str | None) -> str:
    return _SPACE.sub("", doc_type or "").lower()


def is_list(doc_type: str | None) -> bool:
    t = normalise(doc_type)
    return t in _LISTS or t in _SETS or t.endswith("[]")


def is_map(doc_type: str | None) -> bool:
    return normalise(doc_type) in _MAPS


def is_named_type(doc_type: str | None) -> bool:
    """A documented class name (`VmInstanceInventory`, `ProtocolType`), not a builtin."""
    t = normalise(doc_type)
    if not t or t in _SCALARS or t in _LISTS or t in _SETS or t in _MAPS or t in _ANY:
        return False
    if t in {"timestamp", "date", "errorcode"} or t.endswith("[]"):
        return False
    return bool(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", (doc_type or "").strip()))


def leaf_schema(doc_type: str | None, *, in_query: bool = False) -> Schema:
    """The schema of a value with no documented sub-fields.

    `in_query`: list items of a query parameter are strings on the wire
    (`k=a&k=b`), so they are typed string there."""
    t = normalise(doc_type)
    if t in _SCALARS:
        kind, fmt = _SCALARS[t]
        schema: Schema = {"type": kind}
        if fmt:
            schema["format"] = fmt
        return schema
    if t in {"timestamp", "date"}:
        return {
            "type": "string",
            ext.DATE_FORMAT: TIMESTAMP_FORMAT,
            "example": TIMESTAMP_EXAMPLE,
        }
    if t in _SETS:
        return {
            "type": "array",
            "items": {"type": "string"} if in_query else dict(ANY_VALUE),
            "uniqueItems": True,
        }
    if t in {"string[]", "list<string>"}:
        return {"type": "array", "items": {"type": "string"}}
    if t in _LISTS or t.endswith("[]"):
        return {"type": "array", "items": {"type": "string"} if in_query else dict(ANY_VALUE)}
    if t in _MAPS:
        return {
            "type": "object",
            "additionalProperties": {"type": "string"} if in_query else dict(ANY_VALUE),
        }
    if t in _ANY:
        return dict(ANY_VALUE)
    # A named type with no documented fields: in the docs these are Java enums
    # (`ProtocolType`, `StateEvent`) serialised by name, so a string.
    return {"type": "string", ext.TYPE: (doc_type or "").strip()}


def enum_values(values: list[str], schema: Schema) -> list[Any]:
    """Documented allowed values, converted to the schema's type (`"4"` -> 4)."""
    kind = schema.get("type")
    out: list[Any] = []
    for v in values:
        if kind == "integer":
            try:
                out.append(int(v))
            except ValueError:
                return []  # a value that is not a number: the list is prose, not an enum
        elif kind == "number":
            try:
                out.append(float(v))
            except ValueError:
                return []
        elif kind == "boolean":
            if v.lower() not in {"true", "false"}:
                return []
            out.append(v.lower() == "true")
        else:
            out.append(v)
    unique: list[Any] = []
    for v in out:
        if v not in unique:
            unique.append(v)
    return unique

"""The shape the generator reads from an OpenAPI document, checked before it reads it:
a hand-edited or foreign document gets an error naming the JSON pointer, not a
KeyError from deep inside the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi_types import OpenApiDocument, OperationObject

HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


class _Problem(ValueError):
    pass


def _pointer(parts: tuple[str, ...]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _expect(value: Any, kind: type | tuple[type, ...], where: tuple[str, ...], what: str) -> None:
    if not isinstance(value, kind):
        raise _Problem(f"{_pointer(where)}: expected {what}, found {type(value).__name__}")


def _check_parameters(params: Any, where: tuple[str, ...]) -> None:
    _expect(params, list, where, "a list of parameters")
    for i, p in enumerate(params):
        at = (*where, str(i))
        _expect(p, dict, at, "a parameter object")
        _expect(p.get("name"), str, (*at, "name"), "a string")
        _expect(p.get("in", "query"), str, (*at, "in"), "a string")


def _check_operation(op: OperationObject, where: tuple[str, ...]) -> None:
    _check_parameters(op.get("parameters", []), (*where, "parameters"))
    for key in (ext.REQUEST, ext.RESULT, ext.SOURCE):
        if key in op and op[key] is not None:
            _expect(op[key], (dict, str), (*where, key), "an object")
    if "tags" in op:
        _expect(op["tags"], list, (*where, "tags"), "a list")
    apis = op.get(ext.APIS)
    if apis is not None:
        _expect(apis, list, (*where, ext.APIS), "a list")
        for i, entry in enumerate(apis):
            at = (*where, ext.APIS, str(i))
            _expect(entry, dict, at, "an API entry object")
            _check_operation(entry, at)


def _check(doc: OpenApiDocument) -> None:
    _expect(doc.get("info", {}), dict, ("info",), "an object")
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        _expect(paths, dict, ("paths",), "an object of paths")
        return
    for path, item in paths.items():
        _expect(item, dict, ("paths", path), "a path item object")
        for method, op in item.items():
            if method in HTTP_METHODS:
                _expect(op, dict, ("paths", path, method), "an operation object")
                _check_operation(op, ("paths", path, method))
    components = doc.get("components")
    if not isinstance(components, dict):
        _expect(components, dict, ("components",), "an object")
        return
    schemas = components.get("schemas")
    if not isinstance(schemas, dict):
        _expect(schemas, dict, ("components", "schemas"), "an object of schemas")
        return
    for name, schema in schemas.items():
        _expect(schema, dict, ("components", "schemas", name), "a schema object")
        props = schema.get("properties", {})
        _expect(props, dict, ("components", "schemas", name, "properties"), "an object")


def check_shape(doc: OpenApiDocument, path: Path) -> None:
    """Raise ValueError naming `path` and the JSON pointer of the first misshapen part."""
    try:
        _check(doc)
    except _Problem as exc:
        raise ValueError(f"{path}: {exc}") from None

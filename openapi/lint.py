"""Our own rules on top of OpenAPI validity: what a correct ZStack document needs
and the official validator does not check. Each problem names its JSON pointer."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from zstack_openapi import extensions as ext
from zstack_openapi.openapi import paths
from zstack_openapi.openapi_types import (
    JsonObject,
    OpenApiDocument,
    OperationObject,
    ParameterObject,
    SchemaObject,
)

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Problem:
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: [{self.rule}] {self.message}"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape(str(t)) for t in tokens)


def resolve(document: Any, ref: str) -> bool:
    """Does the local reference `#/a/b` name something in `document`?"""
    if not ref.startswith("#"):
        return False
    node = document
    for raw in ref[1:].split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def operations(document: OpenApiDocument) -> Iterator[tuple[str, str, OperationObject]]:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


# A node's location, built only when a problem is reported: (parent's location, key).
_Where = tuple[object, str | int] | None


def _location(where: _Where) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while where is not None:
        where, key = cast(tuple[_Where, str | int], where)
        parts.append(key)
    return tuple(reversed(parts))


def _dicts(document: Any) -> Iterator[tuple[_Where, str | int | None, bool, JsonObject]]:
    """Every dict of the document in document order, with its (lazy) location, the
    key it sits under and whether it is inside an `x-zstack-apis` list. Iterative
    and without building a location per node: the whole walk was the slowest part
    of lint on two ~20 MB documents, and locations are only needed for problems."""
    stack: list[tuple[_Where, str | int | None, bool, Any]] = [(None, None, False, document)]
    while stack:
        where, key, in_apis, current = stack.pop()
        if isinstance(current, dict):
            yield where, key, in_apis, current
            items: Iterable[tuple[str | int, Any]] = current.items()
        elif isinstance(current, list):
            items = enumerate(current)
        else:
            continue
        children = [
            ((where, k), k, in_apis or k == ext.APIS, v)
            for k, v in items
            if isinstance(v, dict | list)
        ]
        stack.extend(reversed(children))


def _check_nodes(document: OpenApiDocument) -> tuple[list[Problem], list[Problem]]:
    """Unresolved references, and object schemas that say nothing (outside the
    `x-zstack-apis` entries), in one walk."""
    refs: list[Problem] = []
    empty: list[Problem] = []
    resolved: dict[str, bool] = {}
    for where, key, in_apis, node in _dicts(document):
        targets = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        mapping = node.get("mapping")
        if key == ext.DISCRIMINATOR and isinstance(mapping, dict):
            targets += [v for v in mapping.values() if isinstance(v, str)]
        for target in targets:
            if target not in resolved:
                resolved[target] = resolve(document, target)
            if not resolved[target]:
                at = pointer(*_location(where))
                refs.append(Problem(at, "unresolved-ref", f"$ref {target} does not resolve"))
        if not in_apis and _is_empty_object(node):
            empty.append(
                Problem(
                    pointer(*_location(where)),
                    "empty-schema",
                    "object schema with no properties and no additionalProperties",
                )
            )
    return refs, empty


def _is_empty_object(schema: SchemaObject) -> bool:
    """An object schema that says nothing about its content: tools type it as "any"."""
    if schema.get("type") != "object":
        return False
    return (
        not schema.get("properties")
        and "additionalProperties" not in schema
        and not any(k in schema for k in ("allOf", "oneOf", "anyOf", "$ref"))
    )


def _duplicate_schemas(document: OpenApiDocument) -> Iterator[Problem]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    seen: dict[str, str] = {}
    for name, schema in schemas.items():
        key = json.dumps(schema, sort_keys=True)
        if key in seen:
            yield Problem(
                pointer("components", "schemas", name),
                "duplicate-schema",
                f"identical to {seen[key]}",
            )
        else:
            seen[key] = name


def _path_variables(
    template: str, params: list[ParameterObject], where: tuple[str | int, ...], what: str
) -> Iterator[Problem]:
    declared = [str(p.get("name")) for p in params if isinstance(p, dict) and p.get("in") == "path"]
    in_path = paths.variables(template)
    for name in in_path:
        if name not in declared:
            yield Problem(
                pointer(*where),
                "undeclared-path-variable",
                f"{what}: {{{name}}} has no path parameter",
            )
    for declared_name in declared:
        if declared_name not in in_path:
            yield Problem(
                pointer(*where),
                "unknown-path-parameter",
                f"{what}: path parameter {declared_name} is not in the path",
            )
    for p in params:
        if isinstance(p, dict) and p.get("in") == "path" and p.get("required") is not True:
            yield Problem(
                pointer(*where),
                "optional-path-parameter",
                f"{what}: path parameter {p.get('name')} must be required",
            )


def _equivalent_paths(document: OpenApiDocument) -> Iterator[Problem]:
    shapes: dict[str, str] = {}
    for path in document.get("paths") or {}:
        s = paths.shape(path)
        if s in shapes:
            yield Problem(pointer("paths", path), "equivalent-paths", f"same route as {shapes[s]}")
        else:
            shapes[s] = path


def _operation_id(
    op: OperationObject, where: tuple[str, ...], op_ids: dict[str, str]
) -> Iterator[Problem]:
    """The operation's id is present and unique (`op_ids`: the ids seen so far)."""
    op_id = op.get("operationId")
    if not op_id:
        yield Problem(pointer(*where), "missing-operation-id", "operation has no operationId")
    elif op_id in op_ids:
        yield Problem(
            pointer(*where, "operationId"),
            "duplicate-operation-id",
            f"{op_id} is also {op_ids[op_id]}",
        )
    else:
        op_ids[op_id] = pointer(*where)


def _entry_problems(
    path: str, entries: list[OperationObject], where: tuple[str, ...]
) -> Iterator[Problem]:
    """Each `x-zstack-apis` entry names its API, its release and its result."""
    for k, entry in enumerate(entries):
        entry_where: tuple[str | int, ...] = (*where, ext.APIS, k)
        name = entry.get("name")
        if not name:
            yield Problem(pointer(*entry_where), "unnamed-api", "x-zstack-apis entry has no name")
            continue
        if not entry.get(ext.SINCE):
            yield Problem(pointer(*entry_where), "missing-since", f"{name}: no x-zstack-since")
        if ext.RESULT not in entry:
            yield Problem(pointer(*entry_where), "missing-result", f"{name}: no x-zstack-result")
        yield from _path_variables(path, entry.get("parameters") or [], entry_where, str(name))


def _duplicate_apis(
    op: OperationObject,
    entries: list[OperationObject],
    where: tuple[str, ...],
    api_names: dict[str, str],
) -> Iterator[Problem]:
    """Every API is at one operation only (`api_names`: where each was seen)."""
    op_id = op.get("operationId")
    own = [op_id] if not entries and op.get(ext.API) == op_id else []
    for api_name in [e.get("name") for e in entries] + own:
        if not api_name:
            continue
        if api_name in api_names:
            yield Problem(
                pointer(*where),
                "duplicate-api",
                f"API {api_name} is also at {api_names[api_name]}",
            )
        else:
            api_names[api_name] = pointer(*where)


def _parameter_since(op: OperationObject, where: tuple[str, ...]) -> Iterator[Problem]:
    for k, p in enumerate(op.get("parameters") or []):
        if (
            isinstance(p, dict)
            and p.get("in") in {"path", "query", "header"}
            and not p.get(ext.SINCE)
            and not op.get(ext.API_JOB)
        ):
            yield Problem(
                pointer(*where, "parameters", k),
                "missing-since",
                f"parameter {p.get('name')}: no x-zstack-since",
            )


def lint(document: OpenApiDocument) -> list[Problem]:
    problems = list(_equivalent_paths(document))
    op_ids: dict[str, str] = {}
    api_names: dict[str, str] = {}
    for path, method, op in operations(document):
        where = ("paths", path, method)
        problems.extend(_operation_id(op, where, op_ids))
        responses = op.get("responses") or {}
        if not any(str(code).startswith("2") for code in responses):
            problems.append(
                Problem(pointer(*where, "responses"), "no-success-response", "no 2xx response")
            )
        if not op.get(ext.SINCE):
            problems.append(Problem(pointer(*where), "missing-since", "no x-zstack-since"))
        op_name = str(op.get("operationId"))
        problems.extend(_path_variables(path, op.get("parameters") or [], where, op_name))
        entries = op.get(ext.APIS) or []
        problems.extend(_entry_problems(path, entries, where))
        problems.extend(_duplicate_apis(op, entries, where, api_names))
        problems.extend(_parameter_since(op, where))
    refs, empty = _check_nodes(document)
    return [*problems, *refs, *_duplicate_schemas(document), *empty]

"""A spec -> one flat record per API (what `diff`, `versions` and the tests compare).

Reads only what the document says, whatever the operation layout: an API is an
operation whose `operationId` is its name, or an entry of a shared operation's
`x-zstack-apis`. Extra routes of an API (operationId != x-zstack-api) are the
same API and are not listed again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.openapi.lint import operations
from zstack_openapi.openapi.schemas import REF
from zstack_openapi.openapi_types import OpenApiDocument, OperationObject, SchemaObject

MAX_DEPTH = 8


# A parameter as a client sees it, wherever the document puts it (`in` is a
# keyword: the functional form).
ParamView = TypedDict(
    "ParamView",
    {
        "in": str,
        "type": str,
        "required": bool,
        "since": str | None,
        "enum": list[Any] | None,
        "since_unknown": bool,
    },
)


class FieldView(TypedDict):
    """A result field, by dotted name: its readable type and effective release."""

    type: str
    since: str | None


@dataclass
class ApiView:
    name: str
    method: str
    path: str
    since: str
    asynchronous: bool
    body_key: str | None
    params: dict[str, ParamView] = field(default_factory=dict)
    fields: dict[str, FieldView] = field(default_factory=dict)  # by dotted name
    # Only the SDK knows it and nothing dates it: `since` is a placeholder.
    since_unknown: bool = False


def _component(document: OpenApiDocument, reference: str) -> SchemaObject:
    name = reference[len(REF) :] if reference.startswith(REF) else reference
    found: SchemaObject = document["components"]["schemas"].get(name, {})
    return found


def type_name(schema: SchemaObject) -> str:
    """A short readable type: `string`, `integer/int64`, `array<VmNicInventory>`."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_name(schema["allOf"][0])
    for combo in ("oneOf", "anyOf"):
        if combo in schema:
            return f"{combo}<" + "|".join(type_name(s) for s in schema[combo]) + ">"
    kind = schema.get("type")
    if kind == "array":
        return f"array<{type_name(schema.get('items') or {})}>"
    if (
        kind == "object"
        and isinstance(schema.get("additionalProperties"), dict)
        and not schema.get("properties")
    ):
        return f"map<{type_name(schema['additionalProperties'])}>"
    if kind is None:
        return "any"
    return f"{kind}/{schema['format']}" if schema.get("format") else str(kind)


def _enum(schema: SchemaObject) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    items = schema.get("items")
    if isinstance(items, dict) and "enum" in items:
        return list(items["enum"])
    return None


def _flatten(
    document: OpenApiDocument,
    schema: SchemaObject,
    prefix: str,
    since: str | None,
    out: dict[str, FieldView],
    trail: tuple[str, ...],
) -> None:
    if "allOf" in schema and len(schema["allOf"]) == 1:
        schema = {**schema["allOf"][0], **{k: v for k, v in schema.items() if k != "allOf"}}
    if "$ref" in schema:
        name = str(schema["$ref"])
        if name in trail or len(trail) >= MAX_DEPTH:
            return
        _flatten(document, _component(document, name), prefix, since, out, (*trail, name))
        return
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _flatten(document, schema["items"], prefix + "[]", since, out, trail)
        return
    for name, prop in (schema.get("properties") or {}).items():
        key = f"{prefix}.{name}" if prefix else name
        # A field exists only once its parent does: its effective release is the later one.
        own = prop.get(ext.SINCE)
        prop_since = (
            own if own and releases.parse_version(own) > releases.parse_version(since) else since
        )
        out[key] = {"type": type_name(prop), "since": prop_since}
        _flatten(document, prop, key, prop_since, out, trail)


def _add_params(view: ApiView, document: OpenApiDocument, entry: OperationObject) -> None:
    for p in entry.get("parameters") or []:
        name = p.get(ext.NAME) or p["name"]
        view.params[name] = {
            "in": p["in"],
            "type": type_name(p.get("schema") or {}),
            "required": bool(p.get("required")),
            "since": p.get(ext.SINCE),
            "enum": _enum(p.get("schema") or {}),
            "since_unknown": bool(p.get(ext.SINCE_UNKNOWN)),
        }
    request = entry.get(ext.REQUEST)
    if not request:
        return
    body = _component(document, request["$ref"])
    key = entry.get(ext.BODY_KEY)
    props = body.get("properties") or {}
    inner = props.get(key, {}) if key else body
    for name, schema in (inner.get("properties") or {}).items():
        view.params[name] = {
            "in": "body",
            "type": type_name(schema),
            "required": name in (inner.get("required") or []),
            "since": schema.get(ext.SINCE),
            "enum": _enum(schema),
            "since_unknown": bool(schema.get(ext.SINCE_UNKNOWN)),
        }
    if key:
        for name, schema in props.items():
            if name != key:
                view.params[name] = {
                    "in": "body-root",
                    "type": type_name(schema),
                    "required": name in (body.get("required") or []),
                    "since": schema.get(ext.SINCE),
                    "enum": _enum(schema),
                    "since_unknown": bool(schema.get(ext.SINCE_UNKNOWN)),
                }


def api_views(document: OpenApiDocument) -> dict[str, ApiView]:
    """Every API of the document by name."""
    views: dict[str, ApiView] = {}
    for path, method, op in operations(document):
        entries = op.get(ext.APIS)
        if entries is None:
            if not op.get(ext.API) or op.get(ext.API) != op.get("operationId"):
                continue
            entries = [{**op, "name": op["operationId"]}]
        for entry in entries:
            view = ApiView(
                entry["name"],
                method.upper(),
                entry.get(ext.PATH_TEMPLATE) or path,
                entry.get(ext.SINCE) or releases.FIRST_RELEASE,
                bool(entry.get(ext.ASYNC)),
                entry.get(ext.BODY_KEY),
                since_unknown=bool(entry.get(ext.SINCE_UNKNOWN)),
            )
            _add_params(view, document, entry)
            result = entry.get(ext.RESULT)
            if result:
                _flatten(document, result, "", view.since, view.fields, ())
            views[view.name] = view
    return dict(sorted(views.items()))


def at_version(views: dict[str, ApiView], target: str | None) -> dict[str, ApiView]:
    """The views as of release `target`: later APIs, parameters and fields removed."""
    if target is None:
        return views
    out: dict[str, ApiView] = {}
    for name, v in views.items():
        if not releases.is_at_most(v.since, target):
            continue
        kept_fields: dict[str, FieldView] = {}
        for key, f in v.fields.items():
            parent = key.rsplit(".", 1)[0] if "." in key else None
            while parent is not None and parent not in kept_fields and parent.endswith("[]"):
                parent = parent[:-2]
            if (parent is None or parent in kept_fields) and releases.is_at_most(
                f["since"], target
            ):
                kept_fields[key] = f
        out[name] = ApiView(
            v.name,
            v.method,
            v.path,
            v.since,
            v.asynchronous,
            v.body_key,
            {k: p for k, p in v.params.items() if releases.is_at_most(p["since"], target)},
            kept_fields,
            v.since_unknown,
        )
    return out

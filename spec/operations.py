"""One API record on one route -> its OpenAPI pieces (parameters, request schema,
responses) and the self-describing `x-zstack-*` facts the generator reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spec import paths, types, versions
from spec.schemas import ref
from spec.types import Schema

ASYNC_LOCATION = "AsyncJobLocation"
ERROR_RESPONSE = "ErrorResponse"

# Login APIs answer at once and need no Authorization header (protocol doc,
# "Authentication"); the captcha is fetched before there is a session.
_LOGIN = re.compile(r"^(LogIn|Login)(By|IAM2)")
_NO_SESSION = {"GetLoginCaptcha"}

# The query chapter's parameters, accepted by every `Query*` API (chapter 03 of
# the manual documents them once, not per API).
QUERY_PARAMETERS: list[tuple[str, Schema, str]] = [
    ("q", {"type": "array", "items": {"type": "string"}},
     "Conditions `<field><op><value>`, repeated (ops: = != > >= < <= ?= !?= ~= !~= =null !=null); cross-resource fields use dots"),
    ("limit", {"type": "integer", "format": "int32", "default": 1000}, "Maximum number of results"),
    ("start", {"type": "integer", "format": "int32"}, "Offset of the first result"),
    ("count", {"type": "boolean"}, "Return only the number of matches (`total`)"),
    ("replyWithCount", {"type": "boolean"}, "Return `total` beside the results"),
    ("sort", {"type": "string", "pattern": "^[+-]"}, "`+field` ascending or `-field` descending"),
    ("fields", {"type": "array", "items": {"type": "string"}}, "Return only these fields (`fields=a,b`)"),
    ("groupBy", {"type": "string"}, "Group results by this field"),
    ("filterName", {"type": "string"}, "Name of a server-side result filter"),
]


def is_login(api: dict[str, Any]) -> bool:
    return bool(_LOGIN.match(api["name"]))


def needs_session(api: dict[str, Any]) -> bool:
    return not is_login(api) and api["name"] not in _NO_SESSION


def is_async(api: dict[str, Any]) -> bool:
    return api["method"] != "GET" and not is_login(api)


def api_since(api: dict[str, Any]) -> str:
    """The API's own release: its earliest dated parameter, else its earliest
    top-level response field, else the first release (the docs date fields, not APIs)."""
    found = versions.earliest(p.get("since") for p in api["params"])
    if found is None:
        fields = (api.get("response") or {}).get("fields") or []
        found = versions.earliest(f.get("since") for f in fields)
    return str(found or versions.FIRST_RELEASE)


def _since(item: dict[str, Any], fallback: str) -> str:
    s = item.get("since")
    return str(s) if versions.is_valid(s) else fallback


def param_schema(p: dict[str, Any], *, in_query: bool) -> Schema:
    schema = types.leaf_schema(p.get("type"), in_query=in_query)
    values = p.get("values") or []
    if values:
        if schema.get("type") == "array":
            items = dict(schema["items"]) if "type" in schema["items"] else {"type": "string"}
            enum = types.enum_values(values, items)
            if enum:
                items["enum"] = enum
                schema["items"] = items
        else:
            enum = types.enum_values(values, schema)
            if enum:
                schema = {k: v for k, v in schema.items() if k != "x-zstack-type"}
                schema["enum"] = enum
    return schema


def _describe(schema: Schema, p: dict[str, Any], since: str) -> Schema:
    out = dict(schema)
    desc = (p.get("description") or "").strip()
    if desc:
        out["description"] = desc
    out["x-zstack-since"] = since
    return out


@dataclass
class RouteApi:
    """One API on one route, ready to become an operation or an `x-zstack-apis` entry."""

    api: dict[str, Any]
    template: str  # the doc's template for this route
    canonical: str
    parameters: list[Schema]
    body_properties: dict[str, Schema]  # inside the wrapper (or at the root when there is none)
    body_required: list[str]
    root_properties: dict[str, Schema]  # beside the wrapper: systemTags, userTags
    since: str
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.api["name"])

    @property
    def body_key(self) -> str | None:
        key = self.api.get("body_key")
        return str(key) if key else None

    @property
    def has_body(self) -> bool:
        return self.api["method"] in {"POST", "PUT"}


def route_api(api: dict[str, Any], template: str, canonical: str) -> RouteApi:
    """Place every documented parameter of `api` for this route template."""
    since = api_since(api)
    method = api["method"]
    doc_vars = paths.variables(template)
    canon_vars = paths.variables(canonical)
    by_name = {p["name"]: p for p in api["params"]}
    parameters: list[Schema] = []
    notes: list[str] = []
    for doc_name, canon_name in zip(doc_vars, canon_vars, strict=True):
        p = by_name.get(doc_name, {"name": doc_name, "type": "String", "since": since, "description": ""})
        if doc_name not in by_name:
            notes.append(f"path variable {{{doc_name}}} is not in the parameter table")
        # A path has no holes: a path variable is required whatever the docs say.
        param: Schema = {
            "name": canon_name,
            "in": "path",
            "required": True,
            "schema": param_schema(p, in_query=True),
        }
        desc = (p.get("description") or "").strip()
        if desc:
            param["description"] = desc
        param["x-zstack-since"] = _since(p, since)
        if canon_name != doc_name:
            param["x-zstack-name"] = doc_name
        parameters.append(param)
    body: dict[str, Schema] = {}
    required: list[str] = []
    root: dict[str, Schema] = {}
    in_path = set(doc_vars)
    for p in api["params"]:
        if p["name"] in in_path:
            continue
        where = p.get("in")
        if where == "path" or where not in {"query", "body", "body-root", "header"}:
            # Documented as a path variable of another route of this API, or with a
            # location the scraper could not read: the method's default place.
            where = "query" if method in {"GET", "DELETE"} else "body"
        p_since = _since(p, since)
        if where in {"query", "header"}:
            schema = param_schema(p, in_query=True)
            param = {"name": p["name"], "in": where, "required": bool(p.get("required")), "schema": schema}
            if schema.get("type") == "array":
                # Lists repeat the key: k=a&k=b.
                param["style"], param["explode"] = "form", True
            elif schema.get("type") == "object" and where == "query":
                # Maps travel as k.key=value; OpenAPI has no such style. deepObject
                # (k[key]=value) is the nearest standard one; our generator reads the extension.
                param["style"], param["explode"] = "deepObject", True
                param["x-zstack-style"] = "dotted"
            desc = (p.get("description") or "").strip()
            if desc:
                param["description"] = desc
            param["x-zstack-since"] = p_since
            parameters.append(param)
        elif where == "body-root" and p["name"] in {"systemTags", "userTags"}:
            root[p["name"]] = _describe(param_schema(p, in_query=False), p, p_since)
        else:
            body[p["name"]] = _describe(param_schema(p, in_query=False), p, p_since)
            if p.get("required"):
                required.append(p["name"])
    if method == "GET" and api["name"].startswith("Query") and not any(p["in"] == "query" for p in parameters):
        for name, schema, desc in QUERY_PARAMETERS:
            q: Schema = {"name": name, "in": "query", "required": False, "schema": dict(schema),
                         "description": desc, "x-zstack-since": since, "x-zstack-standard": True}
            if schema["type"] == "array":
                q["style"], q["explode"] = "form", name != "fields"
            parameters.append(q)
    return RouteApi(api, template, canonical, parameters, body, required, root, since, notes)


# An action with no fields (`{"syncVmBackup": {}}`): an object that must stay empty.
# Said with maxProperties rather than `additionalProperties: false` on an empty
# `properties`, which openapi-generator reports as a map of undefined type.
_NO_FIELDS: Schema = {
    "description": "No fields: send an empty object.",
    "maxProperties": 0,
    "additionalProperties": dict(types.ANY_VALUE),
}


def request_schema(r: RouteApi) -> Schema | None:
    """The JSON body: `{<wrapper>: {fields}, systemTags, userTags}`; None when the
    method carries no body."""
    if not r.has_body:
        return None
    inner: Schema = {"type": "object", "properties": r.body_properties}
    if r.body_required:
        inner["required"] = list(r.body_required)
    if not r.body_properties:
        inner.update(_NO_FIELDS)
    if r.body_key:
        schema: Schema = {
            "type": "object",
            "required": [r.body_key],
            "properties": {r.body_key: inner, **r.root_properties},
            "x-zstack-body-key": r.body_key,
        }
    else:
        # No wrapper documented: the fields sit at the top level of the body.
        schema = {"type": "object", "properties": {**r.body_properties, **r.root_properties}}
        if r.body_required:
            schema["required"] = list(r.body_required)
        if not schema["properties"]:
            schema.update(_NO_FIELDS)
    return schema


def responses(result: str, asynchronous: bool, example: Any = None) -> dict[str, Schema]:
    content: Schema = {"schema": ref(result)}
    if example is not None:
        content["example"] = example
    out: dict[str, Schema] = {
        "200": {
            "description": "The result (an asynchronous API may also answer at once)" if asynchronous else "The result",
            "content": {"application/json": content},
        },
    }
    if asynchronous:
        out["202"] = {
            "description": "Accepted: poll `location` (GET /zstack/v1/api-jobs/{jobUuid}) for the result",
            "content": {"application/json": {"schema": ref(ASYNC_LOCATION)}},
        }
    out["400"] = {"description": "Bad parameters", "content": {"application/json": {"schema": ref(ERROR_RESPONSE)}}}
    out["503"] = {"description": "The operation failed", "content": {"application/json": {"schema": ref(ERROR_RESPONSE)}}}
    return out


def api_facts(r: RouteApi, result: str, request: str | None) -> Schema:
    """The `x-zstack-*` facts that make an API self-describing for the generator."""
    api = r.api
    facts: Schema = {
        "x-zstack-api": r.name,
        "x-zstack-since": r.since,
        "x-zstack-async": is_async(api),
        "x-zstack-body-key": r.body_key,
        "x-zstack-result": ref(result),
        "x-zstack-path-template": r.template,
        "x-zstack-source": f"{api['source']['file']}:{api['source']['line']}" if api.get("source") else None,
    }
    if request:
        facts["x-zstack-request"] = ref(request)
    if api.get("system_tags"):
        facts["x-zstack-system-tags"] = list(api["system_tags"])
    if r.notes:
        facts["x-zstack-notes"] = list(r.notes)
    return facts

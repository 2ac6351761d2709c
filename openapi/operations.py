"""One API record on one route -> its OpenAPI pieces (parameters, request schema,
responses) and the self-describing `x-zstack-*` facts the generator reads."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.catalog_model import Api, DocFact, Field, Param
from zstack_openapi.openapi import constraints, doc_types, paths
from zstack_openapi.openapi.doc_types import Schema
from zstack_openapi.openapi.schemas import ref
from zstack_openapi.openapi_types import ParameterObject, SchemaObject

ASYNC_LOCATION = "AsyncJobLocation"
ERROR_RESPONSE = "ErrorResponse"

# Login APIs answer at once and need no Authorization header (protocol doc,
# "Authentication"); the captcha is fetched before there is a session.
_LOGIN = re.compile(r"^(LogIn|Login)(By|IAM2)")
_NO_SESSION = {"GetLoginCaptcha"}

# The query chapter's parameters, accepted by every `Query*` API (chapter 03 of
# the manual documents them once, not per API).
QUERY_PARAMETERS: list[tuple[str, Schema, str]] = [
    (
        "q",
        {"type": "array", "items": {"type": "string"}},
        "Conditions `<field><op><value>`, repeated (ops: = != > >= < <= ?= !?= ~= !~= =null !=null); cross-resource fields use dots",
    ),
    ("limit", {"type": "integer", "format": "int32", "default": 1000}, "Maximum number of results"),
    ("start", {"type": "integer", "format": "int32"}, "Offset of the first result"),
    ("count", {"type": "boolean"}, "Return only the number of matches (`total`)"),
    ("replyWithCount", {"type": "boolean"}, "Return `total` beside the results"),
    ("sort", {"type": "string", "pattern": "^[+-]"}, "`+field` ascending or `-field` descending"),
    (
        "fields",
        {"type": "array", "items": {"type": "string"}},
        "Return only these fields (`fields=a,b`)",
    ),
    ("groupBy", {"type": "string"}, "Group results by this field"),
    ("filterName", {"type": "string"}, "Name of a server-side result filter"),
]


# The SDK's names of the query parameters every Query API inherits (QueryAction);
# on the wire they are the standard set above, so they are replaced by it.
QUERY_BASE = "QueryAction"


def is_login(api: Api) -> bool:
    return bool(_LOGIN.match(api["name"]))


def needs_session(api: Api) -> bool:
    """The SDK's `needSession` when the catalog is reconciled; else by name."""
    known = api.get("need_session")
    if known is not None:
        return bool(known)
    return not is_login(api) and api["name"] not in _NO_SESSION


def is_async(api: Api) -> bool:
    """May answer 202: the SDK's `needPoll` (`sync` in a reconciled catalog) when
    known; else every call but GETs and logins, as the protocol chapter says."""
    sync = api.get("sync")
    if sync is not None:
        return not sync
    return api["method"] != "GET" and not is_login(api)


def is_query(api: Api) -> bool:
    """A Query API (takes the query chapter's parameters): the SDK's `isQuery` when
    known, else a GET named `Query*`."""
    known = api.get("is_query")
    if known is not None:
        return bool(known) and api["method"] == "GET"
    return api["method"] == "GET" and str(api["name"]).startswith("Query")


def api_since(api: Mapping[str, Any]) -> str:
    """The API's own release: its earliest dated parameter, else its earliest
    top-level response field, else the first release (the docs date fields, not APIs)."""
    found = releases.earliest(p.get("since") for p in api["params"])
    if found is None:
        fields = (api.get("response") or {}).get("fields") or []
        found = releases.earliest(f.get("since") for f in fields)
    return str(found or releases.FIRST_RELEASE)


def _since(item: Param | Field, fallback: str) -> str:
    s = item.get("since")
    return str(s) if releases.is_valid(s) else fallback


def param_schema(p: Param, *, in_query: bool) -> Schema:
    schema = doc_types.leaf_schema(p.get("type"), in_query=in_query)
    if p["name"] in {"systemTags", "userTags"} and schema.get("type") == "array":
        # Tags are strings (`key::value`); the docs only say `List`.
        schema["items"] = {"type": "string"}
    schema.update(constraints.schema_keywords(p.get("constraints"), schema))
    values = p.get("values") or []
    if values:
        if schema.get("type") == "array":
            items = dict(schema["items"]) if "type" in schema["items"] else {"type": "string"}
            enum = doc_types.enum_values(values, items)
            if enum:
                items["enum"] = enum
                schema["items"] = items
        else:
            enum = doc_types.enum_values(values, schema)
            if enum:
                schema = {k: v for k, v in schema.items() if k != ext.TYPE}
                schema["enum"] = enum
    return schema


def _provenance(p: Param) -> Schema:
    """A reconciled parameter's sources (nothing for a plain docs catalog): `docs`,
    `sdk` or `both`, and each doc fact the SDK overrode with where the docs say it."""
    out: Schema = {}
    if p.get("source"):
        source: Schema = {"source": p["source"]}
        if p.get("doc"):
            source["doc"] = {k: doc_fact(v) for k, v in sorted(p["doc"].items())}
        if p.get("flag"):
            source["flag"] = p["flag"]
        out[ext.SOURCE] = source
    if p.get("since_unknown"):
        out[ext.SINCE_UNKNOWN] = True
    return out


def doc_fact(fact: DocFact) -> Schema:
    """`{"value", "file", "line"}` -> `{"value", "at": "file:line"}`."""
    return {"value": fact.get("value"), "at": f"{fact.get('file')}:{fact.get('line')}"}


def _describe(schema: Schema, p: Param, since: str) -> Schema:
    out = dict(schema)
    desc = (p.get("description") or "").strip()
    if desc:
        out["description"] = desc
    out[ext.SINCE] = since
    out.update(_provenance(p))
    return out


@dataclass
class RouteApi:
    """One API on one route, ready to become an operation or an `x-zstack-apis` entry."""

    api: Api
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


def _path_parameter(p: Param, canon_name: str, since: str) -> ParameterObject:
    # A path has no holes: a path variable is required whatever the docs say.
    param: ParameterObject = {
        "name": canon_name,
        "in": "path",
        "required": True,
        "schema": param_schema(p, in_query=True),
    }
    desc = (p.get("description") or "").strip()
    if desc:
        param["description"] = desc
    param[ext.SINCE] = _since(p, since)
    if canon_name != p["name"]:
        param[ext.NAME] = p["name"]
    param.update(_provenance(p))
    return param


def _undocumented_path_variable(name: str, since: str) -> Param:
    return {
        "name": name,
        "in": "path",
        "type": "String",
        "required": True,
        "since": since,
        "description": "",
    }


def _path_parameters(
    api: Api, template: str, canonical: str, since: str, notes: list[str]
) -> list[ParameterObject]:
    """The route's path variables, under the canonical template's names; a variable
    missing from the parameter table is added as a string, with a note."""
    by_name = {p["name"]: p for p in api["params"]}
    out: list[ParameterObject] = []
    doc_vars, canon_vars = paths.variables(template), paths.variables(canonical)
    for doc_name, canon_name in zip(doc_vars, canon_vars, strict=True):
        p = by_name.get(doc_name) or _undocumented_path_variable(doc_name, since)
        if doc_name not in by_name:
            notes.append(f"path variable {{{doc_name}}} is not in the parameter table")
        out.append(_path_parameter(p, canon_name, since))
    return out


def _location(p: Param, method: str) -> str:
    where = p.get("in")
    if where == "path" or where not in {"query", "body", "body-root", "header"}:
        # Documented as a path variable of another route of this API, or with a
        # location the scraper could not read: the method's default place.
        return "query" if method in {"GET", "DELETE"} else "body"
    return where


def _query_parameter(p: Param, where: str, since: str) -> ParameterObject:
    """A query or header parameter."""
    schema = param_schema(p, in_query=True)
    param: ParameterObject = {
        "name": p["name"],
        "in": where,
        "required": bool(p.get("required")),
        "schema": schema,
    }
    if schema.get("type") == "array":
        # Lists repeat the key: k=a&k=b.
        param["style"], param["explode"] = "form", True
    elif schema.get("type") == "object" and where == "query":
        # Maps travel as k.key=value; OpenAPI has no such style. deepObject
        # (k[key]=value) is the nearest standard one; our generator reads the extension.
        param["style"], param["explode"] = "deepObject", True
        param[ext.STYLE] = "dotted"
    desc = (p.get("description") or "").strip()
    if desc:
        param["description"] = desc
    param[ext.SINCE] = since
    param.update(_provenance(p))
    return param


def _standard_query_parameters(since: str) -> list[ParameterObject]:
    out: list[ParameterObject] = []
    for name, schema, desc in QUERY_PARAMETERS:
        q: ParameterObject = {
            "name": name,
            "in": "query",
            "required": False,
            "schema": dict(schema),
            "description": desc,
            ext.SINCE: since,
            ext.STANDARD: True,
        }
        if schema["type"] == "array":
            q["style"], q["explode"] = "form", name != "fields"
        out.append(q)
    return out


def route_api(api: Api, template: str, canonical: str) -> RouteApi:
    """Place every documented parameter of `api` for this route template."""
    since = api_since(api)
    notes: list[str] = []
    parameters = _path_parameters(api, template, canonical, since, notes)
    body: dict[str, SchemaObject] = {}
    required: list[str] = []
    root: dict[str, SchemaObject] = {}
    in_path = set(paths.variables(template))
    query_api = is_query(api)
    for p in api["params"]:
        if p["name"] in in_path or (query_api and p.get("declared_in") == QUERY_BASE):
            # The inherited query parameters are the standard set, added below.
            continue
        where = _location(p, api["method"])
        p_since = _since(p, since)
        if where in {"query", "header"}:
            parameters.append(_query_parameter(p, where, p_since))
        elif where == "body-root" and p["name"] in {"systemTags", "userTags"}:
            root[p["name"]] = _describe(param_schema(p, in_query=False), p, p_since)
        else:
            body[p["name"]] = _describe(param_schema(p, in_query=False), p, p_since)
            if p.get("required"):
                required.append(p["name"])
    if query_api and not any(p["in"] == "query" for p in parameters):
        parameters.extend(_standard_query_parameters(since))
    return RouteApi(api, template, canonical, parameters, body, required, root, since, notes)


# An action with no fields (`{"syncVmBackup": {}}`): an object that must stay empty.
# Said with maxProperties rather than `additionalProperties: false` on an empty
# `properties`, which openapi-generator reports as a map of undefined type.
_NO_FIELDS: Schema = {
    "description": "No fields: send an empty object.",
    "maxProperties": 0,
    "additionalProperties": dict(doc_types.ANY_VALUE),
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
            ext.BODY_KEY: r.body_key,
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
            "description": "The result (an asynchronous API may also answer at once)"
            if asynchronous
            else "The result",
            "content": {"application/json": content},
        },
    }
    if asynchronous:
        out["202"] = {
            "description": "Accepted: poll `location` (GET /zstack/v1/api-jobs/{jobUuid}) for the result",
            "content": {"application/json": {"schema": ref(ASYNC_LOCATION)}},
        }
    out["400"] = {
        "description": "Bad parameters",
        "content": {"application/json": {"schema": ref(ERROR_RESPONSE)}},
    }
    out["503"] = {
        "description": "The operation failed",
        "content": {"application/json": {"schema": ref(ERROR_RESPONSE)}},
    }
    return out


_API_FACTS = ("name", "method", "path", "body_key")


def api_source(api: Api) -> Schema:
    """Where an API's facts come from: `origin` (`docs`, `sdk` or `both`), `at` (the doc
    page and line that documents it, or the SDK file of an undocumented API) and, in a
    reconciled catalog, per wire fact (`name`, `method`, `path`, `body_key`) its
    source plus what the docs said where they said otherwise, with its file:line."""
    where = api.get("source")
    out: Schema = {
        "origin": api.get("origin") or "docs",
        "at": f"{where['file']}:{where['line']}" if where and where.get("file") else None,
    }
    provenance = api.get("provenance") or {}
    for key in _API_FACTS:
        fact = provenance.get(key)
        if fact:
            entry: Schema = {"source": fact.get("source")}
            doc = fact.get("doc")
            if doc:
                entry["doc"] = doc_fact(doc)
            out[key] = entry
    return out


def since_unknown(api: Api) -> bool:
    """An API only the SDK knows, with nothing dated: its since is a placeholder."""
    return (
        api.get("origin") == "sdk"
        and releases.earliest(
            [
                *(p.get("since") for p in api["params"]),
                *(f.get("since") for f in (api.get("response") or {}).get("fields") or []),
            ]
        )
        is None
    )


def api_facts(r: RouteApi, result: str, request: str | None) -> Schema:
    """The `x-zstack-*` facts that make an API self-describing for the generator."""
    api = r.api
    facts: Schema = {
        ext.API: r.name,
        ext.SINCE: r.since,
        ext.ASYNC: is_async(api),
        ext.BODY_KEY: r.body_key,
        ext.RESULT: ref(result),
        ext.PATH_TEMPLATE: r.template,
        ext.SOURCE: api_source(api),
    }
    if since_unknown(api):
        facts[ext.SINCE_UNKNOWN] = True
    if api.get("status"):
        facts[ext.STATUS] = api["status"]
    if request:
        facts[ext.REQUEST] = ref(request)
    if api.get("system_tags"):
        facts[ext.SYSTEM_TAGS] = list(api["system_tags"])
    if r.notes:
        facts[ext.NOTES] = list(r.notes)
    return facts

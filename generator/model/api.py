"""The OpenAPI document -> the package to render: APIs, their parameters, result models.

Reads the spec stage's `x-zstack-*` facts: `x-zstack-api` (the API an operation is),
`x-zstack-apis` (several APIs sharing one path and method), `x-zstack-body-key`,
`x-zstack-request`/`x-zstack-result` ($refs), `x-zstack-since`, `x-zstack-async`,
`x-zstack-name` (the doc's name of a canonicalised path variable), `x-zstack-standard`
(the query chapter's parameters every Query API takes), `x-zstack-source` (the doc page
an API is documented on, which picks its module), `x-zstack-status`,
`x-zstack-since-unknown`, and the JSON Schema constraints of each parameter, which the
runtime enforces before sending."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi_types import OpenApiDocument, OperationObject, SchemaObject
from zstack_openapi.releases import parse_version

from ..shape import HTTP_METHODS
from .naming import client_attributes, identifier, module_of_source, snake
from .param import BODY, PATH, QUERY, ROOT, Param
from .passwords import SESSION_RESULT, hashed_parameters
from .schema import Field, Model, TypeMapper, assign_modules, build_model, class_names, ref_name

API_PREFIX = "/zstack/v1"
TAGS = ("systemTags", "userTags")
# Names the hand-written client already uses; an API or a namespace must not shadow them.
CLIENT_RESERVED = (
    frozenset(
        {
            "assumed_server_version",
            "base_url",
            "call",
            "close",
            "credentials",
            "login",
            "logout",
            "max_response_bytes",
            "max_retries",
            "poll_interval",
            "poll_max_interval",
            "poll_timeout",
            "auto_renew",
            "request",
            "sdk_version",
            "server_version",
            "session_id",
            "timeout",
        }
    )
    | client_attributes()
)
# The namespace of APIs whose route names no resource.
DEFAULT_NAMESPACE = "misc"
# Keyword arguments the generated methods add themselves: a parameter of that name
# gets a trailing underscore instead of clashing.
QUERY_KWARGS = frozenset(
    {
        "conditions",
        "limit",
        "start",
        "count",
        "reply_with_count",
        "sort_by",
        "sort_direction",
        "fields",
        "page_size",
    }
)
ACTION_KWARGS = frozenset({"job_uuid"})
# Names every generated method's body uses besides its parameters.
METHOD_RESERVED = frozenset({"self", "query_options"})
# The JSON Schema keywords the runtime enforces (`items.enum`: a list's elements).
CHECK_KEYWORDS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "enum")
UNDOCUMENTED_MODULE = "undocumented"
_VARIABLE = re.compile(r"\{([^{}/]+)\}")

Keep = Callable[[str | None], bool]


def keeper(target: str | None) -> Keep:
    if target is None:
        return lambda since: True
    limit = parse_version(target)
    if not limit:
        raise ValueError(f"--target-version {target!r}: not a release number like 4.7.0")

    def keep(since: str | None) -> bool:
        version = parse_version(since)
        return not version or version <= limit

    return keep


@dataclass
class Api:
    name: str  # ZStack's API name, e.g. CreateVmBackup
    method_name: str  # create_vm_backup
    http_method: str
    path: str  # after /zstack/v1, variables named as the parameters' wire names
    alt_paths: list[str]
    body_key: str | None
    since: str | None
    summary: str
    description: str
    is_async: bool
    auth: bool
    is_query: bool
    params: list[Param]
    result: str | None  # class name of the result model
    module: str  # _apis.<module>
    tag: str = ""
    origin: str = "docs"  # docs | sdk | both
    status: str | None = None  # undocumented | newer-than-sdk | unverified
    # The client attribute holding this API's method: `client.<namespace>.<method_name>`.
    namespace: str = DEFAULT_NAMESPACE
    # Wire names sent as the SHA-512 hex of the given value (see passwords.py).
    hashed: tuple[str, ...] = ()
    # A login: its result is a session the client keeps.
    session: bool = False

    @property
    def const(self) -> str:
        return self.method_name.upper()

    @property
    def python_call(self) -> str:
        """How Python code calls this API: `client.vm_instances.create_vm_instance`
        (the async client has the same path, awaited)."""
        return f"client.{self.namespace}.{self.method_name}"

    @property
    def python_names(self) -> tuple[str, ...]:
        """The Python argument of each parameter, in `params` order."""
        return tuple(p.name for p in self.params)

    @property
    def required_wires(self) -> list[str]:
        return [p.wire for p in self.params if p.required]

    @property
    def checks(self) -> list[tuple[str, str, str, Any]]:
        """Every constraint to enforce: (wireName, pythonName, keyword, limit). None on
        a hashed password: the server checks the digest, which always fits."""
        return [
            (p.wire, p.name, key, limit)
            for p in self.params
            if p.wire not in self.hashed
            for key, limit in p.checks
        ]

    @property
    def required(self) -> list[Param]:
        return [p for p in self.params if p.required]

    @property
    def optional(self) -> list[Param]:
        return [p for p in self.params if not p.required]


@dataclass
class Package:
    name: str
    apis: list[Api]
    models: list[Model]
    title: str
    doc_version: str
    target_version: str | None
    spec_sha256: str
    # By doc page (the module an API is documented in) and by namespace (the client
    # attribute its method lives under; one generated module each).
    modules: dict[str, list[Api]] = field(default_factory=dict)
    namespaces: dict[str, list[Api]] = field(default_factory=dict)
    # The Java SDK release and commit the spec was reconciled with (None: docs only).
    sdk_version: str | None = None
    sdk_commit: str | None = None

    @property
    def model_modules(self) -> dict[str, list[Model]]:
        out: dict[str, list[Model]] = {}
        for m in self.models:
            out.setdefault(m.module, []).append(m)
        return dict(sorted(out.items()))


@dataclass
class _Route:
    path: str
    method: str
    entry: OperationObject  # the operation, or its x-zstack-apis entry
    request: SchemaObject | None  # the request body schema (wrapper included)
    primary: bool


def _resolve(doc: OpenApiDocument, node: Any) -> Any:
    name = ref_name(node) if isinstance(node, dict) else None
    if name is None:
        return node
    return doc["components"]["schemas"].get(name, {})


def _routes(doc: OpenApiDocument) -> dict[str, list[_Route]]:
    by_api: dict[str, list[_Route]] = {}
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if (
                method not in HTTP_METHODS
                or not isinstance(op, dict)
                or "operationId" not in op
                or op.get(ext.API_JOB)
            ):
                continue
            entries = op.get(ext.APIS) or [op]
            for entry in entries:
                name = entry.get(ext.API) or entry.get("name") or op["operationId"]
                request = _resolve(doc, entry.get(ext.REQUEST)) or None
                template = entry.get(ext.PATH_TEMPLATE) or path
                primary = op["operationId"] == name or (ext.APIS in op and template == path)
                by_api.setdefault(name, []).append(
                    _Route(path, method.upper(), entry, request, primary)
                )
    return by_api


def _doc_path(route: _Route) -> tuple[str, dict[str, str]]:
    """The path after /zstack/v1 with variables renamed to the doc's parameter names."""
    renames = {
        p["name"]: p.get(ext.NAME, p["name"])
        for p in route.entry.get("parameters", [])
        if p.get("in") == "path"
    }
    path = route.path[len(API_PREFIX) :] if route.path.startswith(API_PREFIX) else route.path
    # One pass: renaming in turn would rename twice where names swap places
    # ({category2}->{name}, then {name}->{resourceUuid}).
    path = _VARIABLE.sub(lambda m: "{" + str(renames.get(m.group(1), m.group(1))) + "}", path)
    return path, renames


def schema_checks(schema: Any) -> tuple[tuple[str, Any], ...]:
    """The constraints a parameter's schema states, as (keyword, limit) pairs; allowed
    values as tuples, and `items.enum` for those of a list's elements."""
    if not isinstance(schema, dict):
        return ()
    out: list[tuple[str, Any]] = []
    for key in CHECK_KEYWORDS:
        if key in schema:
            value = schema[key]
            out.append((key, tuple(value) if isinstance(value, list) else value))
    items = schema.get("items")
    if isinstance(items, dict) and isinstance(items.get("enum"), list):
        out.append(("items.enum", tuple(items["enum"])))
    return tuple(out)


# Lists the spec leaves untyped (the Java SDK declares many a raw `java.util.List`)
# whose names say they hold strings: ids, uuids, tags, addresses, names, URLs.
_STRING_LIST = re.compile(
    r"(?:uuids?|ids|tags|ips|names|urls|cidrs|macs|addresses|algos|versions|numbers|numberlist|emails)$",
    re.IGNORECASE,
)


def element_typed(wire: str, schema: Any) -> Any:
    """``schema``, with string items when it is an untyped list named like one."""
    if not isinstance(schema, dict) or schema.get("type") != "array":
        return schema
    items = schema.get("items")
    typed = ("type", "$ref", "enum", "anyOf", "oneOf", "allOf")
    if isinstance(items, dict) and any(key in items for key in typed):
        return schema
    if _STRING_LIST.search(wire) is None:
        return schema
    return {**schema, "items": {"type": "string"}}


def _param(
    wire: str,
    location: str,
    schema: Any,
    required: bool,
    since: str | None,
    description: str,
    mapper: TypeMapper,
    taken: set[str],
    since_unknown: bool = False,
) -> Param:
    name = identifier(wire)
    while name in taken:
        name += "_"
    taken.add(name)
    return Param(
        wire=wire,
        name=name,
        location=location,
        type=mapper.annotation(element_typed(wire, schema), for_result=False),
        required=required,
        # Only the SDK knows it, undated: present whenever its API is (no gating).
        since=None if since_unknown else since,
        description=" ".join((description or "").split()),
        checks=schema_checks(schema),
    )


def _origin(entry: OperationObject) -> str:
    """`docs`, `sdk` or `both` (a spec from a plain docs catalog: `docs`)."""
    source = entry.get(ext.SOURCE)
    return str(source.get("origin") or "docs") if isinstance(source, dict) else "docs"


def _source_at(entry: OperationObject) -> str | None:
    """The `file:line` an API is documented at (or its SDK file when undocumented)."""
    source = entry.get(ext.SOURCE)
    if isinstance(source, dict):
        at = source.get("at")
        return str(at) if at else None
    return str(source) if source else None


@dataclass
class _Params:
    """The parameters of one API being collected, in order: each wire name once,
    each Python name unique (`taken` starts with the method's own keywords)."""

    mapper: TypeMapper
    keep: Keep
    taken: set[str]
    seen: set[str] = field(default_factory=set)
    params: list[Param] = field(default_factory=list)

    def add(
        self,
        wire: str,
        location: str,
        schema: Any,
        required: bool,
        since: str | None,
        description: str,
        since_unknown: bool = False,
    ) -> None:
        self.seen.add(wire)
        self.params.append(
            _param(
                wire,
                location,
                schema,
                required,
                since,
                description,
                self.mapper,
                self.taken,
                since_unknown,
            )
        )


def _paths(routes: list[_Route]) -> tuple[str, list[str]]:
    """The main route's path and the other paths of the same method."""
    main = routes[0]
    path, _ = _doc_path(main)
    alt_paths = []
    for other in routes[1:]:
        if other.method == main.method:
            alt, _ = _doc_path(other)
            if alt != path:
                alt_paths.append(alt)
    return path, alt_paths


def _add_operation_params(out: _Params, entry: OperationObject, main_vars: set[str]) -> None:
    for p in entry.get("parameters", []):
        wire = p.get(ext.NAME, p["name"]) if p.get("in") == "path" else p["name"]
        if p.get(ext.STANDARD) or wire in out.seen or not out.keep(p.get(ext.SINCE)):
            continue
        location = PATH if p.get("in") == "path" else QUERY
        required = bool(p.get("required")) and (location != PATH or wire in main_vars)
        out.add(
            wire,
            location,
            p.get("schema"),
            required,
            p.get(ext.SINCE),
            p.get("description", ""),
            bool(p.get(ext.SINCE_UNKNOWN)),
        )


def _add_other_route_variables(out: _Params, others: list[_Route]) -> None:
    # Variables only the other routes have (`/vm-instances/{uuid}` of a Query API).
    for other in others:
        for p in other.entry.get("parameters", []):
            wire = p.get(ext.NAME, p["name"])
            if p.get("in") == "path" and wire not in out.seen:
                out.add(
                    wire, PATH, p.get("schema"), False, p.get(ext.SINCE), p.get("description", "")
                )


@dataclass
class _Body:
    key: str | None
    inner: dict[str, SchemaObject]  # the fields inside the wrapper (or at the root)
    required: set[str]
    root: dict[str, SchemaObject]  # beside the wrapper: systemTags, userTags


def _body(doc: OpenApiDocument, body_key: str | None, request: SchemaObject | None) -> _Body:
    props = (request or {}).get("properties") or {}
    if body_key and isinstance(props.get(body_key), dict):
        wrapper = _resolve(doc, props[body_key])
        return _Body(
            body_key,
            wrapper.get("properties") or {},
            set(wrapper.get("required") or []),
            {k: v for k, v in props.items() if k != body_key},
        )
    return _Body(
        body_key or None,
        {k: v for k, v in props.items() if k not in TAGS},
        set((request or {}).get("required") or []),
        {k: v for k, v in props.items() if k in TAGS},
    )


def _add_body_params(out: _Params, body: _Body) -> None:
    for wire, schema in body.inner.items():
        if wire in out.seen or not out.keep(schema.get(ext.SINCE)):
            continue
        out.add(
            wire,
            BODY,
            schema,
            wire in body.required,
            schema.get(ext.SINCE),
            schema.get("description", ""),
            bool(schema.get(ext.SINCE_UNKNOWN)),
        )


def _add_tag_params(out: _Params, body: _Body, method: str, since: str | None) -> None:
    tag_location = ROOT if method in ("POST", "PUT") else QUERY
    for wire in TAGS:
        if wire in out.seen:
            continue
        # Tags are strings whatever the docs' List type says.
        schema = {"type": "array", "items": {"type": "string"}}
        description = (body.root.get(wire) or {}).get("description", "")
        out.add(wire, tag_location, schema, False, since, description)


def _build_api(
    doc: OpenApiDocument, name: str, routes: list[_Route], models: dict[str, str], keep: Keep
) -> Api | None:
    routes = sorted(routes, key=lambda r: (not r.primary, r.path, r.method))
    main = routes[0]
    entry = main.entry
    since = entry.get(ext.SINCE)
    if not keep(since):
        return None
    if entry.get(ext.SINCE_UNKNOWN):
        since = None  # only the SDK knows it, undated: no gating, no claim in the docstring
    path, alt_paths = _paths(routes)
    # A Query API is one the spec gives the query chapter's parameters.
    is_query = any(p.get(ext.STANDARD) for p in entry.get("parameters", []))
    out = _Params(
        TypeMapper(models), keep, set(QUERY_KWARGS if is_query else ACTION_KWARGS) | METHOD_RESERVED
    )
    _add_operation_params(out, entry, set(re.findall(r"\{(\w+)\}", path)))
    _add_other_route_variables(out, routes[1:])
    body = _body(doc, entry.get(ext.BODY_KEY), main.request)
    _add_body_params(out, body)
    _add_tag_params(out, body, main.method, since)
    result = ref_name(entry.get(ext.RESULT) or {})
    summary = " ".join(str(entry.get("summary") or name).split())
    return Api(
        name=name,
        method_name=identifier(name, CLIENT_RESERVED),
        http_method=main.method,
        path=path,
        alt_paths=alt_paths,
        body_key=body.key,
        since=since,
        summary=summary,
        description=str(entry.get("description") or "").strip(),
        is_async=bool(entry.get(ext.ASYNC)),
        auth=entry.get("security") != [],
        is_query=is_query,
        params=out.params,
        result=models.get(result) if result else None,
        module=module_of_source(_source_at(entry)),
        tag=str((entry.get("tags") or [""])[0]),
        origin=_origin(entry),
        status=entry.get(ext.STATUS),
    )


def _reachable(doc: OpenApiDocument, roots: set[str]) -> set[str]:
    schemas = doc["components"]["schemas"]
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _refs(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        target = ref_name(node)
        if target is not None:
            out.append(target)
        for value in node.values():
            out.extend(_refs(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_refs(value))
    return out


def parse_document(
    doc: OpenApiDocument,
    *,
    package: str = "zstack_sdk",
    target_version: str | None = None,
    source_text: str | None = None,
) -> Package:
    keep = keeper(target_version)
    routes = _routes(doc)
    result_roots = {
        ref_name(r.entry.get(ext.RESULT) or {}) or "" for rs in routes.values() for r in rs
    }
    model_schemas = sorted(_reachable(doc, result_roots - {""}))
    names = class_names(model_schemas)
    apis = [
        api
        for name in sorted(routes)
        if (api := _build_api(doc, name, routes[name], names, keep)) is not None
    ]
    _dedupe_method_names(apis)
    _place_undocumented(apis)
    _assign_namespaces(apis)
    used_results = {a.result for a in apis if a.result}
    schemas = doc["components"]["schemas"]
    models = [build_model(s, schemas[s], names, keep) for s in model_schemas]
    # Only the models some kept API reaches (a target version drops the rest).
    by_class = {m.name: m for m in models}
    reach: set[str] = set()
    todo = list(used_results)
    while todo:
        cls = todo.pop()
        if cls in reach or cls not in by_class:
            continue
        reach.add(cls)
        todo.extend(by_class[cls].refs)
    models = [m for m in models if m.name in reach]
    _add_query_total(apis, models)
    _mark_logins(apis, models)
    assign_modules(models)
    text = source_text if source_text is not None else json.dumps(doc, sort_keys=True)
    info = doc.get("info") or {}
    sdk = (info.get(ext.SOURCES) or {}).get("sdk") or {}
    pkg = Package(
        name=package,
        apis=apis,
        models=models,
        title=str(info.get("title") or "ZStack Cloud API"),
        doc_version=str(info.get("version") or ""),
        sdk_version=sdk.get("version"),
        sdk_commit=sdk.get("commit"),
        target_version=target_version,
        spec_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    for api in apis:
        pkg.modules.setdefault(api.module, []).append(api)
        pkg.namespaces.setdefault(api.namespace, []).append(api)
    pkg.modules = dict(sorted(pkg.modules.items()))
    pkg.namespaces = dict(sorted(pkg.namespaces.items()))
    return pkg


def _add_query_total(apis: list[Api], models: list[Model]) -> None:
    """Query results carry `total` when asked (count / replyWithCount); the protocol
    chapter says so once for every Query API, so the per-API tables omit it."""
    by_name = {m.name: m for m in models}
    for api in apis:
        model = by_name.get(api.result or "")
        if api.is_query and model is not None and all(f.wire != "total" for f in model.fields):
            model.fields.append(
                Field("total", "total", "int", None, "Number of matches (count / reply_with_count)")
            )
            model.fields.sort(key=lambda f: f.wire)


def namespace_of(tag: str) -> str:
    """`vm-instances` -> `vm_instances`: the resource an API's route starts with."""
    return identifier(tag, CLIENT_RESERVED) if tag.strip() else DEFAULT_NAMESPACE


def _assign_namespaces(apis: list[Api]) -> None:
    """Each API's namespace; a namespace named like some API method is renamed, so
    `client.<name>` always means one thing."""
    methods = {a.method_name for a in apis} | {a.method_name + "_pages" for a in apis}
    for api in apis:
        name = namespace_of(api.tag)
        while name in methods:
            name += "_apis"
        api.namespace = name
        api.hashed = hashed_parameters(api.name, {p.wire for p in api.params})


def _mark_logins(apis: list[Api], models: list[Model]) -> None:
    """A login is an API whose result's `inventory` is a session."""
    by_name = {m.name: m for m in models}
    for api in apis:
        model = by_name.get(api.result or "")
        if model is not None:
            api.session = any(
                f.wire == "inventory" and f.type == SESSION_RESULT for f in model.fields
            )


def _place_undocumented(apis: list[Api]) -> None:
    """APIs only the SDK knows have no doc page to name their module after: each goes
    to the module most documented APIs of its tag live in (its siblings), else to one
    module of its own kind. (A module per SDK file would be ~600 tiny imports.)"""
    homes: dict[str, Counter[str]] = {}
    for api in apis:
        if api.origin != "sdk":
            homes.setdefault(api.tag, Counter())[api.module] += 1
    for api in apis:
        if api.origin == "sdk":
            counter = homes.get(api.tag)
            if counter:
                api.module = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            else:
                api.module = UNDOCUMENTED_MODULE


def _dedupe_method_names(apis: list[Api]) -> None:
    taken: set[str] = set()
    for api in apis:
        while api.method_name in taken or (
            api.method_name.endswith("_pages") and api.method_name[:-6] in taken
        ):
            api.method_name += "_"
        taken.add(api.method_name)
        if api.is_query:
            taken.add(api.method_name + "_pages")


__all__ = ["Api", "Package", "namespace_of", "parse_document", "snake"]

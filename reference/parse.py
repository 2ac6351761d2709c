"""The OpenAPI document -> the site model (`model.Site`).

Reads the spec stage's extensions (README, "Extensions"): an API is an operation whose
`operationId` is its `x-zstack-api`, or an entry of a shared operation's
`x-zstack-apis`; operations named `<Api>By<Var>` are further routes of that API. The
Python names come from the generator's own model (`generator.model.api`), so the SDK
call shown is the one the generated package has."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.generator.model import api as sdk_model
from zstack_openapi.openapi.apiview import api_views, type_name
from zstack_openapi.openapi.lint import operations
from zstack_openapi.openapi.schemas import REF
from zstack_openapi.openapi_types import JsonObject

from .changelog import build_releases, release_key
from .examples import build_examples
from .model import Api, Chapter, Correction, FieldNode, Param, ReportRow, Route, Site

# API names become file names (`api/<Name>.html`) and URL fragments: nothing else passes.
API_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,199}$")
LIMIT_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
)
# How deep the result tree opens nested classes (a class already open above is cut).
MAX_DEPTH = 6
# Shorter nouns (`Vm`, `Ip`) end too many names to mean one resource.
MIN_NOUN = 4
UNTAGGED = "(no chapter)"
# The SDK's keyword for each query-chapter parameter (None: the SDK has none).
QUERY_KEYWORDS = {
    "q": "conditions",
    "limit": "limit",
    "start": "start",
    "count": "count",
    "replyWithCount": "reply_with_count",
    "sort": "sort_by, sort_direction",
    "fields": "fields",
}
API_FACTS = (("name", "name"), ("method", "method"), ("path", "path"), ("body_key", "body key"))
PARAM_FACTS = (
    ("name", "name"),
    ("in", "location"),
    ("required", "required"),
    ("type", "type"),
    ("values", "allowed values"),
)


# Releases repeat (a few dozen spellings over ~150,000 fields): parse each once.
_version = functools.lru_cache(maxsize=4096)(releases.parse_version)


@dataclass
class _Entry:
    name: str
    method: str
    path: str  # the OpenAPI path of the operation
    op: JsonObject
    entry: JsonObject  # the operation itself, or its x-zstack-apis entry
    shared: list[str]


def _component(doc: JsonObject, node: Any) -> tuple[str | None, JsonObject]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        name = ref[len(REF) :] if ref.startswith(REF) else ref
        found = doc.get("components", {}).get("schemas", {}).get(name)
        return name, found if isinstance(found, dict) else {}
    return None, node if isinstance(node, dict) else {}


def _unwrap(schema: JsonObject) -> JsonObject:
    """`allOf: [{$ref}]` plus siblings (the 3.0.3 form) -> the `$ref` with the siblings."""
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
        return {**all_of[0], **{k: v for k, v in schema.items() if k != "allOf"}}
    return schema


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _json_literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _limits(schema: JsonObject) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for node, prefix in ((schema, ""), (schema.get("items"), "items.")):
        if not isinstance(node, dict):
            continue
        for key in LIMIT_KEYWORDS:
            if key in node:
                value = node[key]
                out.append(
                    (prefix + key, value if isinstance(value, str) else _json_literal(value))
                )
    return out


def _values(schema: JsonObject) -> list[str]:
    enum = schema.get("enum")
    items = schema.get("items")
    if not isinstance(enum, list) and isinstance(items, dict):
        enum = items.get("enum")
    return [_json_literal(v) for v in enum] if isinstance(enum, list) else []


def _fact_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    if isinstance(value, bool):
        return "required" if value else "optional"
    return str(value)


def _param_corrections(source: Any, sdk_facts: JsonObject) -> list[Correction]:
    if not isinstance(source, dict) or not isinstance(source.get("doc"), dict):
        return []
    out = []
    for key, label in PARAM_FACTS:
        fact = source["doc"].get(key)
        if isinstance(fact, dict):
            out.append(
                Correction(
                    label,
                    _fact_text(fact.get("value")),
                    _fact_text(sdk_facts.get(key)),
                    _text(fact.get("at")) or None,
                )
            )
    return out


def _param(
    wire: str,
    location: str,
    schema: Any,
    required: bool,
    spec_node: JsonObject,
    python: str | None,
) -> Param:
    schema = _unwrap(schema) if isinstance(schema, dict) else {}
    since = spec_node.get(ext.SINCE)
    source = spec_node.get(ext.SOURCE)
    values = _values(schema)
    kind = type_name(schema)
    facts = {"name": wire, "in": location, "required": required, "type": kind, "values": values}
    return Param(
        name=wire,
        python=python,
        location=location,
        type=kind,
        required=required,
        since=_text(since) or None,
        since_key=release_key(since),
        since_unknown=bool(spec_node.get(ext.SINCE_UNKNOWN)),
        description=_text(spec_node.get("description") or schema.get("description")),
        values=values,
        limits=_limits(schema),
        source=_text(source.get("source")) or None if isinstance(source, dict) else None,
        corrections=_param_corrections(source, facts),
        flag=_text(source.get("flag")) or None if isinstance(source, dict) else None,
        standard=bool(spec_node.get(ext.STANDARD)),
    )


def _params(doc: JsonObject, e: _Entry, python_names: dict[str, str], query: bool) -> list[Param]:
    out: list[Param] = []
    for p in e.entry.get("parameters") or []:
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            continue
        location = str(p.get("in") or "query")
        wire = str(p.get(ext.NAME) or p["name"]) if location == "path" else p["name"]
        python = python_names.get(wire)
        if query and p.get(ext.STANDARD):
            python = QUERY_KEYWORDS.get(wire)
        schema = p.get("schema") if isinstance(p.get("schema"), dict) else {}
        out.append(_param(wire, location, schema, bool(p.get("required")), p, python))
    _, request = _component(doc, e.entry.get(ext.REQUEST))
    props = request.get("properties") or {}
    key = e.entry.get(ext.BODY_KEY)
    wrapper: JsonObject = {}
    if key and isinstance(props.get(key), dict):
        _, wrapper = _component(doc, props[key])
        wrapper = wrapper or props[key]
    inner = (wrapper.get("properties") or {}) if key else props
    inner_required = set((wrapper if key else request).get("required") or [])
    for wire, schema in inner.items():
        if not isinstance(schema, dict):
            continue
        location = "body" if key or wire not in ("systemTags", "userTags") else "body-root"
        node = _unwrap(schema)
        out.append(
            _param(wire, location, node, wire in inner_required, node, python_names.get(wire))
        )
    if key:
        for wire, schema in props.items():
            if wire != key and isinstance(schema, dict):
                node = _unwrap(schema)
                required = wire in (request.get("required") or [])
                out.append(_param(wire, "body-root", node, required, node, python_names.get(wire)))
    return out


def _field_nodes(
    doc: JsonObject,
    schema: JsonObject,
    parent_since: tuple[int, ...],
    trail: tuple[str, ...],
) -> list[FieldNode]:
    out: list[FieldNode] = []
    props = schema.get("properties")
    if not isinstance(props, dict):
        return out
    for name, raw in props.items():
        if not isinstance(raw, dict):
            continue
        prop = _unwrap(raw)
        own = prop.get(ext.SINCE)
        # A field exists once its parent does: it is hidden until the later of the two.
        own_version = _version(own) if isinstance(own, str) else ()
        effective = own_version if own_version > parent_since else parent_since
        node = FieldNode(
            name=str(name),
            type=type_name(prop),
            since=_text(own) or None,
            since_key=".".join(str(n) for n in effective),
            description=_text(prop.get("description")),
        )
        target = prop
        while isinstance(target, dict) and target.get("type") == "array":
            target = _unwrap(target.get("items") or {})
        if isinstance(target, dict) and isinstance(target.get("additionalProperties"), dict):
            target = _unwrap(target["additionalProperties"])
        class_name, body = _component(doc, target)
        if class_name is not None:
            node.class_name = class_name
            if class_name in trail or len(trail) >= MAX_DEPTH:
                node.cut = True
            else:
                node.children = _field_nodes(doc, body, effective, (*trail, class_name))
        elif isinstance(target, dict) and isinstance(target.get("properties"), dict):
            node.children = _field_nodes(doc, target, effective, trail)
        out.append(node)
    return out


def _entries(
    doc: JsonObject,
) -> tuple[list[_Entry], dict[str, list[tuple[Route, JsonObject]]]]:
    """Every API's entry, and per API its further routes with their operations."""
    entries: list[_Entry] = []
    extra: dict[str, list[tuple[Route, JsonObject]]] = {}
    for path, method, op in operations(doc):
        shared = op.get(ext.APIS)
        if isinstance(shared, list):
            names = [str(s.get("name")) for s in shared if isinstance(s, dict)]
            for s in shared:
                if isinstance(s, dict) and s.get("name"):
                    entries.append(_Entry(str(s["name"]), method.upper(), path, op, s, names))
            continue
        api = op.get(ext.API)
        if not api:
            continue
        if api == op.get("operationId"):
            entries.append(_Entry(str(api), method.upper(), path, op, op, []))
        else:
            route = Route(method.upper(), str(op.get(ext.PATH_TEMPLATE) or path))
            extra.setdefault(str(api), []).append((route, op))
    return entries, extra


def _response_example(e: _Entry) -> str | None:
    ok = ((e.op.get("responses") or {}).get("200") or {}).get("content") or {}
    body = ok.get("application/json") or {}
    example = body.get("example") if not e.shared else None
    if e.shared:
        example = ((body.get("examples") or {}).get(e.name) or {}).get("value")
    return json.dumps(example, ensure_ascii=False, indent=2) if example is not None else None


def _api_corrections(e: _Entry, path: str) -> list[Correction]:
    source = e.entry.get(ext.SOURCE)
    if not isinstance(source, dict):
        return []
    now = {"name": e.name, "method": e.method, "path": path}
    now["body_key"] = str(e.entry.get(ext.BODY_KEY) or "none")
    out = []
    for key, label in API_FACTS:
        fact = source.get(key)
        doc = fact.get("doc") if isinstance(fact, dict) else None
        if isinstance(doc, dict):
            out.append(
                Correction(
                    label, _fact_text(doc.get("value")), now[key], _text(doc.get("at")) or None
                )
            )
    return out


def _noun(name: str) -> str:
    """`CreateVmBackup` -> `VmBackup`: the resource an API's name acts on."""
    match = re.match(r"[A-Z][a-z0-9]*", name)
    return name[match.end() :] if match and match.end() < len(name) else name


def _inventory_class(fields: list[FieldNode]) -> str | None:
    for f in fields:
        if f.name in ("inventory", "inventories") and f.class_name:
            return f.class_name
    return None


def _suffixes(name: str) -> list[str]:
    """`RevertVmFromVmBackup` -> `VmFromVmBackup`, `FromVmBackup`, `VmBackup`, `Backup`."""
    starts = [m.start() for m in re.finditer(r"[A-Z][a-z0-9]", name)]
    return [name[i:] for i in starts if i > 0]


def _related(apis: dict[str, Api]) -> None:
    """Same resource: the same noun (`CreateVmBackup`, `DeleteVmBackup`), a name ending in
    it (`RevertVmFromVmBackup`), or a result holding the same inventory class."""
    by_suffix: dict[str, set[str]] = {}
    by_class: dict[str, set[str]] = {}
    for api in apis.values():
        for suffix in _suffixes(api.name):
            by_suffix.setdefault(suffix, set()).add(api.name)
        cls = _inventory_class(api.result)
        if cls:
            by_class.setdefault(cls, set()).add(api.name)
    for api in apis.values():
        noun = _noun(api.name)
        related = set(by_suffix.get(noun, ())) if len(noun) >= MIN_NOUN else set()
        cls = _inventory_class(api.result)
        if cls:
            related |= by_class[cls]
        related.discard(api.name)
        api.related = sorted(related)


def _chapters(doc: JsonObject, apis: dict[str, Api]) -> list[Chapter]:
    meta: dict[str, tuple[str, list[str]]] = {}
    for tag in doc.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            title = _text(tag.get("x-displayName")) or tag["name"]
            trail = [t.strip() for t in _text(tag.get("description")).split(" / ") if t.strip()]
            meta[tag["name"]] = (title, trail or [title])
    members: dict[str, list[str]] = {}
    for api in apis.values():
        members.setdefault(api.chapter, []).append(api.name)
    chapters = []
    for tag, names in members.items():
        title, trail = meta.get(tag, (tag, [tag]))
        chapters.append(Chapter(tag, title, trail, sorted(names)))
    first = {c.tag: min(_manual_position(apis[n].source_at) for n in c.apis) for c in chapters}
    # The manual's order (where its first API is documented); chapters of APIs only the
    # SDK knows come after every documented one, by name.
    return sorted(chapters, key=lambda c: (first[c.tag], c.path, c.tag))


def _manual_position(at: str | None) -> tuple[int, str, int]:
    """`04-01-cloud-resource-pool.md:16037` -> (0, file, line); an SDK file or nothing last."""
    if not at or ".md:" not in at:
        return (1, "", 0)
    file, _, line = at.rpartition(":")
    return (0, file, int(line) if line.isdigit() else 0)


def _iter_python_names(pkg: sdk_model.Package) -> Iterator[tuple[str, str, dict[str, str]]]:
    for api in pkg.apis:
        # The SDK may expose its own spelling of the call (namespaces); else the method.
        call = getattr(api, "python_call", None)
        call_text = call if isinstance(call, str) and call else f"client.{api.method_name}"
        yield api.name, call_text, {p.wire: p.name for p in api.params}


def parse_site(doc: JsonObject, report: dict[str, list[ReportRow]]) -> Site:
    if not isinstance(doc.get("paths"), dict):
        raise ValueError("not an OpenAPI document: no `paths` object")
    pkg = sdk_model.parse_document(doc, source_text="")
    python = {name: (call, names) for name, call, names in _iter_python_names(pkg)}
    entries, extra = _entries(doc)
    apis: dict[str, Api] = {}
    skipped: list[str] = []
    for e in sorted(entries, key=lambda x: (x.name, x.path, x.method)):
        if not API_NAME.match(e.name):
            skipped.append(f"{e.method} {e.path}: API name {e.name!r} is not a plain identifier")
            continue
        if e.name in apis:
            skipped.append(f"{e.method} {e.path}: {e.name} is already documented at another route")
            continue
        apis[e.name] = _build_api(doc, e, extra.get(e.name, []), python, report)
    _related(apis)
    releases, undated_apis, undated_params = build_releases(
        {k: v for k, v in api_views(doc).items() if k in apis}
    )
    chapters = _chapters(doc, apis)
    parts: dict[str, list[Chapter]] = {}
    for chapter in chapters:
        parts.setdefault(chapter.path[0].split(" - ")[0].strip(), []).append(chapter)
    info = doc.get("info") or {}
    return Site(
        title=_text(info.get("title")) or "API reference",
        version=_text(info.get("version")),
        description=_text(info.get("description")),
        apis=apis,
        chapters=chapters,
        parts=list(parts.items()),
        releases=releases,
        undated_apis=undated_apis,
        undated_params=undated_params,
        skipped=skipped,
    )


def _build_api(
    doc: JsonObject,
    e: _Entry,
    extra: list[tuple[Route, JsonObject]],
    python: dict[str, tuple[str, dict[str, str]]],
    report: dict[str, list[ReportRow]],
) -> Api:
    entry = e.entry
    path = str(entry.get(ext.PATH_TEMPLATE) or e.path)
    call, python_names = python.get(e.name, (f"client.{sdk_model.snake(e.name)}", {}))
    query = any(isinstance(p, dict) and p.get(ext.STANDARD) for p in entry.get("parameters") or [])
    params = _params(doc, e, python_names, query)
    # Variables only the other routes have (`/vm-instances/{uuid}` of a Query API): optional.
    seen = {p.name for p in params}
    for _, op in extra:
        for p in op.get("parameters") or []:
            if isinstance(p, dict) and p.get("in") == "path":
                wire = str(p.get(ext.NAME) or p.get("name"))
                if wire not in seen:
                    seen.add(wire)
                    schema = p.get("schema") if isinstance(p.get("schema"), dict) else {}
                    params.append(_param(wire, "path", schema, False, p, python_names.get(wire)))
    result_class, result_schema = _component(doc, entry.get(ext.RESULT))
    since = _text(entry.get(ext.SINCE)) or releases.FIRST_RELEASE
    result = _field_nodes(
        doc, result_schema, _version(since), (result_class,) if result_class else ()
    )
    source = entry.get(ext.SOURCE)
    source_at = _text(source.get("at")) if isinstance(source, dict) else _text(source)
    auth = entry.get("security", e.op.get("security")) != []
    tags = entry.get("tags") or []
    return Api(
        name=e.name,
        title=" ".join(_text(entry.get("summary")).split()) or e.name,
        description=_text(entry.get("description")),
        chapter=str(tags[0]) if tags else UNTAGGED,
        method=e.method,
        path=path,
        other_routes=sorted({r for r, _ in extra}, key=lambda r: (r.path, r.method)),
        shared_with=sorted(n for n in e.shared if n != e.name),
        body_key=_text(entry.get(ext.BODY_KEY)) or None,
        since=since,
        since_key=release_key(since),
        since_unknown=bool(entry.get(ext.SINCE_UNKNOWN)),
        is_async=bool(entry.get(ext.ASYNC)),
        auth=auth,
        status=_text(entry.get(ext.STATUS)) or None,
        origin=_text(source.get("origin")) or None if isinstance(source, dict) else None,
        source_at=source_at or None,
        params=params,
        result_class=result_class,
        result=result,
        response_example=_response_example(e),
        corrections=_api_corrections(e, path),
        report=report.get(e.name, []),
        related=[],
        examples=build_examples(
            name=e.name,
            method=e.method,
            path=path,
            body_key=_text(entry.get(ext.BODY_KEY)) or None,
            params=params,
            query=query,
            auth=auth,
            python_call=call,
        ),
        python_call=call,
        system_tags=[_text(t) for t in entry.get(ext.SYSTEM_TAGS) or []],
        notes=[_text(n) for n in entry.get(ext.NOTES) or []],
        query=query,
    )

"""API catalog -> OpenAPI 3.1 document (the 3.0.3 one is `spec/downgrade.py` of it)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.catalog_model import Api, Catalog, Field
from zstack_openapi.openapi import examples, operations, paths, schemas
from zstack_openapi.openapi.doc_types import ANY_VALUE, Schema
from zstack_openapi.openapi.names import NameWarning, screen_names
from zstack_openapi.openapi.operations import ASYNC_LOCATION, ERROR_RESPONSE, RouteApi
from zstack_openapi.openapi.schemas import REF, ref
from zstack_openapi.openapi_types import (
    JsonObject,
    OpenApiDocument,
    OperationObject,
    SchemaObject,
    every_object,
)

OPENAPI_VERSION = "3.1.0"
API_JOB_PATH = "/zstack/v1/api-jobs/{jobUuid}"
API_JOB_OPERATION = "GetApiJobResult"
UNTAGGED = "未分类"
UNDOCUMENTED = "Undocumented (Java SDK only)"


def filter_catalog(catalog: Catalog, target: str | None) -> list[Api]:
    """The catalog's APIs as of release `target`: APIs, parameters and response
    fields introduced later are removed (all of them when target is None: none)."""
    out: list[Api] = []
    for api in catalog["apis"]:
        if target is not None and not releases.is_at_most(operations.api_since(api), target):
            continue
        if target is None:
            out.append(api.copy())
            continue
        copy = api.copy()
        copy["params"] = [p for p in api["params"] if releases.is_at_most(p.get("since"), target)]
        response = api.get("response")
        if response:
            copy["response"] = {
                **response,
                "fields": _filter_fields(response.get("fields") or [], target),
            }
        out.append(copy)
    return sorted(out, key=lambda a: a["name"])


def _filter_fields(fields: Sequence[Field], target: str) -> list[Field]:
    return [
        {**f, "fields": _filter_fields(f.get("fields") or [], target)}
        for f in fields
        if releases.is_at_most(f.get("since"), target)
    ]


def _repair_template(template: str) -> str:
    """Drop braces that do not pair up (`/templates/uuid}`): the key must parse."""
    kept = paths.VARIABLE.sub(lambda m: "\0" + m.group(1) + "\1", template)
    kept = kept.replace("{", "").replace("}", "")
    return kept.replace("\0", "{").replace("\1", "}")


def _routes(apis: list[Api]) -> tuple[list[paths.Route], dict[str, list[str]]]:
    routes: list[paths.Route] = []
    dropped: dict[str, list[str]] = {}
    for api in apis:
        primary = (
            api["path"] if paths.is_well_formed(api["path"]) else _repair_template(api["path"])
        )
        routes.append(paths.Route(api["name"], api["method"], primary, True))
        seen = {paths.shape(primary)}
        for extra in api.get("extra_paths") or []:
            if not paths.is_well_formed(extra):
                dropped.setdefault(api["name"], []).append(extra)
                continue
            if paths.shape(extra) in seen:
                continue
            seen.add(paths.shape(extra))
            routes.append(paths.Route(api["name"], api["method"], extra, False))
    return routes, dropped


def _chapter(api: Api) -> str:
    category = api.get("category") or []
    return str(category[-1]) if category else UNTAGGED


def tag_names(apis: list[Api]) -> dict[str, str]:
    """Doc chapter -> an ASCII tag name: the resource most of its APIs address
    (`负载均衡相关接口` -> `load-balancers`). Tools make class and module names from
    tags and drop non-ASCII characters, which folds every Chinese chapter into one
    "default" class; the chapter itself stays as the tag's `x-displayName`."""
    segments: dict[str, Counter[str]] = {}
    for api in apis:
        parts = [p for p in api["path"].split("/")[3:] if p and not paths.VARIABLE.search(p)]
        counter = segments.setdefault(_chapter(api), Counter())
        if parts:
            counter[parts[0]] += 2
            if len(parts) > 1:
                counter[parts[0] + "-" + parts[1]] += 1
    names: dict[str, str] = {}
    taken: set[str] = set()
    for chapter in sorted(segments, key=lambda c: (-sum(segments[c].values()), c)):
        ranked = [
            seg for seg, _ in sorted(segments[chapter].items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        ascii_ranked = [re.sub(r"[^A-Za-z0-9-]+", "-", seg).strip("-").lower() for seg in ranked]
        choice = next((seg for seg in ascii_ranked if seg and seg not in taken), None)
        if choice is None:
            base = ascii_ranked[0] if ascii_ranked and ascii_ranked[0] else "misc"
            choice, n = base, 2
            while choice in taken:
                choice, n = f"{base}-{n}", n + 1
        taken.add(choice)
        names[chapter] = choice
    return names


def _tag(api: Api, tags: dict[str, str]) -> str:
    return tags.get(_chapter(api), UNTAGGED)


def _resource(path: str) -> str:
    """The first segment after /zstack/v1: the resource an API addresses."""
    parts = path.split("/")
    return parts[3] if len(parts) > 3 else ""


def with_chapters(apis: list[Api]) -> list[Api]:
    """APIs the docs do not describe (only the SDK knows them) have no chapter: each
    joins the chapter documenting most APIs on its resource (`/vm-instances/...`), so
    it is tagged beside its siblings; on a resource no chapter covers, a chapter of
    that resource under UNDOCUMENTED, rather than one catch-all tag."""
    chapters: dict[str, Counter[tuple[str, ...]]] = {}
    for api in apis:
        if api.get("category"):
            chapters.setdefault(_resource(api["path"]), Counter())[tuple(api["category"])] += 1
    out = []
    for api in apis:
        if not api.get("category") and api.get("origin") == "sdk":
            resource = _resource(api["path"])
            counter = chapters.get(resource)
            if counter:
                best = list(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
            else:
                best = [UNDOCUMENTED, resource or "misc"]
            api = api.copy()
            api["category"] = best
        out.append(api)
    return out


# Words of an API name: acronyms with a plural "s" (`APIs`), other capital runs
# (`VM`, `IAM2`), capitalised words, digits.
_WORD = re.compile(r"[A-Z]+s(?![a-z])|[A-Z][A-Z0-9]*(?![a-z])|[A-Z]?[a-z][a-z0-9]*|\d+")


def title_of_name(name: str) -> str:
    """`CreateFaultToleranceVmInstance` -> `Create fault tolerance vm instance`;
    `GetSupportAPIs` -> `Get support APIs` (acronyms keep their case)."""
    words = _WORD.findall(name) or [name]
    rest = [w if w[:2].isupper() else w.lower() for w in words[1:]]
    return " ".join([words[0], *rest])


def _text(api: Api) -> tuple[str, str | None]:
    title = (api.get("title") or "").strip()
    description = (api.get("description") or "").strip() or None
    if not title and api.get("origin") == "sdk":
        # Undocumented: a readable summary from the name, and say where it is from.
        source = api.get("source")
        where = source.get("file") if source else None
        note = (
            f"Defined in ZStack's Java SDK: `{where}`."
            if where
            else "Defined in ZStack's Java SDK."
        )
        return title_of_name(api["name"]), description or note
    return (title or api["name"]), description


def _fixed_components() -> dict[str, Schema]:
    return {
        ERROR_RESPONSE: {
            "type": "object",
            "description": "A failed call or job: `error` says why.",
            "properties": {"error": ref(schemas.ERROR_CODE)},
        },
        ASYNC_LOCATION: {
            "type": "object",
            "description": "An accepted asynchronous call: poll `location` for its result.",
            "required": ["location"],
            "properties": {
                "location": {
                    "type": "string",
                    "description": "URL of the job (…/zstack/v1/api-jobs/{jobUuid}); its host may be internal: keep the path",
                },
                "apiTimeout": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The server's timeout for the job, in milliseconds (newer servers)",
                },
            },
        },
        "ApiJobResult": {
            "type": "object",
            "description": (
                "The finished job's result: the result schema of the API that started it "
                "(that API's `x-zstack-result`)."
            ),
            "additionalProperties": dict(ANY_VALUE),
        },
    }


def _api_job_path() -> Schema:
    error = {"application/json": {"schema": ref(ERROR_RESPONSE)}}
    return {
        "get": {
            "operationId": API_JOB_OPERATION,
            "summary": "Poll an asynchronous API's job",
            "description": (
                "Every asynchronous API answers 202 with a `location` naming this path. 200: done, "
                "the body is the result of the API (see its `x-zstack-result`); 202: still running; "
                "503: failed; 404: expired or unknown job."
            ),
            "tags": ["api-jobs"],
            "parameters": [
                {
                    "name": "jobUuid",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "The job UUID from `location`",
                    ext.SINCE: releases.FIRST_RELEASE,
                },
            ],
            "responses": {
                "200": {
                    "description": "Done: the API's result",
                    "content": {"application/json": {"schema": ref("ApiJobResult")}},
                },
                "202": {
                    "description": "Still running",
                    "content": {"application/json": {"schema": ref(ASYNC_LOCATION)}},
                },
                "404": {"description": "The job expired or is unknown", "content": error},
                "503": {"description": "The job failed", "content": error},
            },
            ext.SINCE: releases.FIRST_RELEASE,
            ext.API_JOB: True,
        }
    }


def _security(api: Api) -> list[Schema] | None:
    return [] if not operations.needs_session(api) else None


def _request_body(schema_ref: Schema, required: bool) -> Schema:
    return {"required": required, "content": {"application/json": {"schema": schema_ref}}}


def _own_operation(
    op_id: str, r: RouteApi, result: str, request: str | None, example: Any, tags: dict[str, str]
) -> Schema:
    api = r.api
    summary, description = _text(api)
    op: Schema = {"operationId": op_id, "summary": summary, "tags": [_tag(api, tags)]}
    if description:
        op["description"] = description
    op["parameters"] = r.parameters
    if request:
        required = bool(r.body_key) or bool(r.body_required)
        op["requestBody"] = _request_body(ref(request), required)
    op["responses"] = operations.responses(
        result, operations.is_async(api), example if isinstance(example, dict) else None
    )
    security = _security(api)
    if security is not None:
        op["security"] = security
    op.update(operations.api_facts(r, result, request))
    return op


Member = tuple[RouteApi, str, str | None]  # the API on the route, its result, its request schema


def _majority_tag(members: list[Member], tags: dict[str, str]) -> str:
    counts = Counter(_tag(r.api, tags) for r, _, _ in members)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _shared_parameters(members: list[Member], since: str) -> list[Schema]:
    # Path parameters are positional: the first API's, with the canonical names.
    parameters: list[Schema] = []
    for p in members[0][0].parameters:
        if p["in"] == "path":
            q = {k: v for k, v in p.items() if k != ext.NAME}
            q[ext.SINCE] = since
            parameters.append(q)
    # Query/header parameters: the union; required only when every API requires it.
    union: dict[tuple[str, str], tuple[Schema, list[str]]] = {}
    for r, _, _ in members:
        for p in r.parameters:
            if p["in"] == "path":
                continue
            key = (p["name"], p["in"])
            if key not in union:
                union[key] = (dict(p), [])
            else:
                seen = union[key][0]
                seen["required"] = bool(seen["required"]) and bool(p["required"])
                seen[ext.SINCE] = releases.earliest([seen[ext.SINCE], p[ext.SINCE]])
            union[key][1].append(r.name)
    for (_name, _where), (p, users) in union.items():
        if len(users) < len(members):
            p["required"] = False
            p[ext.APIS] = users
        parameters.append(p)
    return parameters


def _shared_request_body(members: list[Member]) -> Schema | None:
    requests = [(r, req) for r, _, req in members if req]
    if not requests:
        return None
    keys = [r.body_key for r, _ in requests]
    exclusive = all(keys) and len(set(keys)) == len(keys)
    refs = [ref(req) for _, req in requests]
    body_schema: Schema = {"oneOf" if exclusive else "anyOf": refs}
    if exclusive:
        body_schema[ext.DISCRIMINATOR] = {
            "by": "wrapper-key",
            "mapping": {r.body_key: REF + req for r, req in requests if r.body_key},
        }
    return _request_body(body_schema, True)


def _shared_responses(members: list[Member], asynchronous: bool, valid: JsonObject) -> Schema:
    results = sorted({res for _, res, _ in members})
    result_schema: Schema = (
        ref(results[0]) if len(results) == 1 else {"anyOf": [ref(x) for x in results]}
    )
    responses = operations.responses(results[0], asynchronous)
    responses["200"]["content"]["application/json"]["schema"] = result_schema
    shown = {
        r.name: {"summary": _text(r.api)[0], "value": valid[r.name]}
        for r, _, _ in members
        if r.name in valid
    }
    if shown:
        responses["200"]["content"]["application/json"]["examples"] = shown
    return responses


def _api_entry(member: Member, tags: dict[str, str]) -> Schema:
    """One API of a shared operation, for its `x-zstack-apis` list."""
    r, res, req = member
    summary, description = _text(r.api)
    entry: Schema = {"name": r.name, "summary": summary}
    if description:
        entry["description"] = description
    entry["tags"] = [_tag(r.api, tags)]
    entry["parameters"] = r.parameters
    security = _security(r.api)
    if security is not None:
        entry["security"] = security
    entry.update(operations.api_facts(r, res, req))
    return entry


def _shared_operation(
    op_id: str,
    members: list[Member],
    tags: dict[str, str],
    valid: JsonObject,
) -> OperationObject:
    """Many APIs on one path+method (PUT …/actions): one operation; the body is a
    oneOf of the APIs' request schemas (each requires its own wrapper key) and
    `x-zstack-apis` lists every API with its own summary, since, parameters, result."""
    first = members[0][0]
    names = [r.name for r, _, _ in members]
    since = releases.earliest(r.since for r, _, _ in members) or releases.FIRST_RELEASE
    asynchronous = any(operations.is_async(r.api) for r, _, _ in members)
    op: OperationObject = {
        "operationId": op_id,
        "summary": f"{len(members)} APIs: "
        + ", ".join(names[:4])
        + (", …" if len(names) > 4 else ""),
        "description": "Several ZStack APIs share this path and method; "
        + ("the body's wrapper key selects one. " if first.has_body else "")
        + "Each is listed in `x-zstack-apis`:\n\n"
        + "\n".join(f"- `{r.name}`: {_text(r.api)[0]}" for r, _, _ in members),
        "tags": [_majority_tag(members, tags)],
        "parameters": _shared_parameters(members, since),
    }
    body = _shared_request_body(members)
    if body is not None:
        op["requestBody"] = body
    op["responses"] = _shared_responses(members, asynchronous, valid)
    if all(not operations.needs_session(r.api) for r, _, _ in members):
        op["security"] = []
    op[ext.SINCE] = since
    op[ext.ASYNC] = asynchronous
    op[ext.APIS] = [_api_entry(m, tags) for m in members]
    return op


def _ref_holders(node: Any) -> list[JsonObject]:
    """Every dict under `node` that holds a `$ref` or a discriminator's `mapping`,
    found in one walk: renaming then touches these alone, in place, instead of
    copying the whole tree once per round of merges."""
    return [
        obj
        for obj in every_object(node)
        if isinstance(obj.get("$ref"), str) or isinstance(obj.get("mapping"), dict)
    ]


def _renamed(ref: object, renames: dict[str, str]) -> object:
    if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF) :] in renames:
        return REF + renames[ref[len(REF) :]]
    return ref


def _rename_refs(holders: list[JsonObject], renames: dict[str, str]) -> None:
    # A holder reached twice (a dict shared by two places) is harmless: a final
    # name is never a key of `renames`.
    for holder in holders:
        if "$ref" in holder:
            holder["$ref"] = _renamed(holder["$ref"], renames)
        mapping = holder.get("mapping")
        if isinstance(mapping, dict):
            for key, target in mapping.items():
                mapping[key] = _renamed(target, renames)


def _preference(documented: set[str]) -> Callable[[str], tuple[int, int, int, str]]:
    # Keep a documented type's name over a derived one, then an `...Inventory`, then the shortest.
    def key(name: str) -> tuple[int, int, int, str]:
        return (
            0 if name in documented else 1,
            0 if name.endswith("Inventory") else 1,
            len(name),
            name,
        )

    return key


def dedupe_components(
    doc: Schema, documented: set[str] | None = None, protected: set[str] | None = None
) -> Schema:
    """Merge component schemas with identical content, repeatedly, since structures
    that differ only in which duplicate they point at become identical after a merge.
    Only the components are rewritten per round; the paths once at the end.
    `protected` names are never merged away (each API's result, the SDK's classes);
    a duplicate of one is merged into it."""
    comps: dict[str, Schema] = doc["components"]["schemas"]
    keep_names = protected or set()
    preference = _preference(documented or set())
    renames: dict[str, str] = {}
    holders = _ref_holders(comps)
    while True:
        by_content: dict[str, list[str]] = {}
        for name, schema in comps.items():
            by_content.setdefault(json.dumps(schema, sort_keys=True), []).append(name)
        found: dict[str, str] = {}
        for names in by_content.values():
            loose = [n for n in names if n not in keep_names]
            if len(names) > 1 and loose:
                kept = [n for n in names if n in keep_names]
                keep = min(kept or names, key=preference)
                found.update({n: keep for n in loose if n != keep})
        if not found:
            break
        for n in found:
            del comps[n]
        renames = {old: found.get(new, new) for old, new in renames.items()}
        renames.update(found)
        _rename_refs(holders, found)
    doc["components"]["schemas"] = comps
    if renames:
        _rename_refs(_ref_holders(doc["paths"]), renames)
    return doc


def _latest(apis: Sequence[Mapping[str, Any]]) -> str:
    seen: set[str] = set()
    for api in apis:
        seen.update(p.get("since") or "" for p in api["params"])
    valid = [s for s in seen if releases.is_valid(s) and re.fullmatch(r"\d+(\.\d+)*", s)]
    return max(valid, key=releases.sort_key) if valid else releases.FIRST_RELEASE


def sources_info(catalog: Catalog) -> Schema:
    """What the document was built from, for `info`: the doc set's version (its latest
    dated parameter: the manual states no version of its own) and, for a reconciled
    catalog, the Java SDK's release and commit."""
    recorded = catalog.get("sources") or {}
    docs_apis = (recorded.get("docs") or {}).get("apis", len(catalog["apis"]))
    out: Schema = {"docs": {"version": _latest(catalog["apis"]), "apis": docs_apis}}
    sdk = recorded.get("sdk")
    if sdk:
        out["sdk"] = {
            "version": sdk.get("version"),
            "commit": sdk.get("commit"),
            "apis": sdk.get("apis"),
        }
    return out


def _description(sources: Schema) -> str:
    docs = sources["docs"]
    text = (
        f"Generated by zstack-openapi from the ZStack Cloud developer manual (doc set {docs['version']}, "
        f"{docs['apis']:,} APIs)"
    )
    sdk = sources.get("sdk")
    if sdk:
        commit = f", commit {str(sdk['commit'])[:12]}" if sdk.get("commit") else ""
        text += (
            f" reconciled with ZStack's Java SDK {sdk.get('version') or '(release unknown)'}{commit} "
            f"({sdk.get('apis') or 0:,} APIs): method, path, body key, parameters, required flags, "
            "constraints and sync/async are the SDK's; `x-zstack-source` says where each fact comes from "
            "and where the docs said otherwise"
        )
    return text + (
        ". Asynchronous APIs answer 202 and are polled at /zstack/v1/api-jobs/{jobUuid}; "
        "APIs sharing a path and method are listed in their operation's `x-zstack-apis`."
    )


@dataclass
class _Requests:
    """Request body components being named: equal bodies share one component."""

    components: dict[str, SchemaObject]
    by_content: dict[str, str] = field(default_factory=dict)

    def name(self, body: SchemaObject, base: str) -> str:
        key = json.dumps(body, sort_keys=True)
        if key in self.by_content:
            return self.by_content[key]
        name, n = base, 2
        while name in self.components:
            name, n = f"{base}{n}", n + 1
        self.components[name] = body
        self.by_content[key] = name
        return name


def _member(
    route: paths.Route,
    api: Api,
    path: str,
    dropped: dict[str, list[str]],
    results: dict[str, str],
    requests: _Requests,
) -> Member:
    """One API on the operation at `path`: its route, result and request component."""
    r = operations.route_api(api, route.template, path)
    if route.api in dropped and route.primary:
        r.notes.extend(f"unusable extra path in the docs: {t}" for t in dropped[route.api])
    body = operations.request_schema(r)
    request_name: str | None = None
    if body is not None:
        base = (
            r.name + "Request"
            if route.primary
            else paths.route_operation_id(r.name, route.template, set()) + "Request"
        )
        request_name = requests.name(body, base)
    return (r, results[r.name], request_name)


def _operation(
    method: str,
    path: str,
    routes: list[paths.Route],
    built: list[Member],
    taken: set[str],
    tags: dict[str, str],
    valid: JsonObject,
) -> OperationObject:
    """The operation of one path+method: an API's own, or one shared by several.
    Its operationId is added to `taken`."""
    if len(built) == 1:
        r, result, request = built[0]
        route = routes[0]
        if route.primary:
            op_id = r.name
        else:
            op_id = paths.route_operation_id(r.name, route.template, taken)
            taken.add(op_id)
        return _own_operation(op_id, r, result, request, valid.get(r.name), tags)
    op_id = paths.shared_operation_id(method, path, taken)
    taken.add(op_id)
    return _shared_operation(op_id, built, tags, valid)


def _path_items(
    apis: list[Api],
    schema_set: schemas.SchemaSet,
    components: dict[str, SchemaObject],
    tags: dict[str, str],
    valid: JsonObject,
) -> dict[str, JsonObject]:
    """The document's `paths`: one operation per path+method, request bodies added to
    `components`, plus the API job path."""
    by_name = {a["name"]: a for a in apis}
    routes, dropped = _routes(apis)
    canonical = paths.canonical_templates(r.template for r in routes)
    groups = paths.group_routes(routes, canonical)
    taken = set(by_name) | {API_JOB_OPERATION}
    requests = _Requests(components)
    path_items: dict[str, JsonObject] = {}
    templates: dict[str, set[str]] = {}
    for (path, method), members in groups.items():
        built = [
            _member(route, by_name[route.api], path, dropped, schema_set.results, requests)
            for route in members
        ]
        templates.setdefault(path, set()).update(route.template for route in members)
        op = _operation(method, path, members, built, taken, tags, valid)
        path_items.setdefault(path, {})[method.lower()] = op
    for path, spellings in templates.items():
        if spellings != {path}:
            path_items[path][ext.TEMPLATES] = sorted(spellings)
    path_items[API_JOB_PATH] = _api_job_path()
    return path_items


def _tag_list(apis: list[Api], tags: dict[str, str]) -> list[JsonObject]:
    tag_text: dict[str, tuple[str, str]] = {}
    for api in apis:
        tag_text.setdefault(
            _tag(api, tags), (_chapter(api), " / ".join(api.get("category") or []) or UNTAGGED)
        )
    tag_list: list[JsonObject] = [
        {"name": t, "x-displayName": tag_text[t][0], "description": tag_text[t][1]}
        for t in sorted(tag_text)
    ]
    tag_list.append({"name": "api-jobs", "description": "Polling asynchronous APIs' jobs"})
    return tag_list


def _security_schemes() -> JsonObject:
    return {
        "session": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Authorization: OAuth <session uuid>`; the session comes from a login API.",
            ext.PREFIX: "OAuth ",
        },
        "accessKey": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": (
                "`Authorization: ZStack <accessKeyId>:<signature>` plus a `Date` header; signature = "
                'base64(HMAC-SHA1(secret, METHOD + "\\n" + DATE + "\\n" + "/v1" + path after /v1)).'
            ),
            ext.PREFIX: "ZStack ",
        },
    }


def build_document(
    catalog: Catalog, target: str | None = None, warnings: list[NameWarning] | None = None
) -> OpenApiDocument:
    """The OpenAPI 3.1 document of `catalog`, as of release `target` (all releases when None).
    Names that cannot be ZStack's are left out (`openapi.names`), each with a warning
    appended to `warnings`."""
    releases.check_target(target)
    sources = sources_info(catalog)
    screened, problems = screen_names(filter_catalog(catalog, target))
    if warnings is not None:
        warnings.extend(problems)
    apis = with_chapters(screened)
    schema_set = schemas.build_schemas(apis)
    valid = examples.valid_examples(apis, schema_set)
    components: dict[str, SchemaObject] = dict(schema_set.components)
    tags = tag_names(apis)
    path_items = _path_items(apis, schema_set, components, tags, valid)
    components.update(_fixed_components())
    doc: OpenApiDocument = {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "ZStack Cloud API",
            "version": target or _latest(apis),
            "description": _description(sources),
            ext.SOURCES: sources,
        },
        "servers": [
            {
                "url": "http://{host}:{port}",
                "variables": {"host": {"default": "localhost"}, "port": {"default": "8080"}},
            }
        ],
        "security": [{"session": []}, {"accessKey": []}],
        "tags": _tag_list(apis, tags),
        "paths": path_items,
        "components": {"schemas": components, "securitySchemes": _security_schemes()},
        ext.TARGET_VERSION: target,
    }
    doc = dedupe_components(doc, schema_set.documented, schema_set.protected)
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    return doc

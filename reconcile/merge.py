"""Docs catalog + SDK facts -> one reconciled catalog.

Wire facts (method, path, body key, which parameters exist, required, location,
type, constraints, sync/async, session) come from the SDK wherever it knows the
API; documentation facts (title, description, category, since, response
fields, system tags, examples) come from the docs. Every fact says where it came
from, and every doc fact the SDK overrode is kept beside it with its file and
line (``doc``), which is all `reconcile.defects` needs to list the docs' errors.

The output keeps the scraper's catalog format (``zstack-api-catalog/1``), so the
spec stage reads it unchanged, plus the optional keys described in the README.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypedDict, cast

from zstack_openapi.background import map_in_children
from zstack_openapi.catalog_model import (
    Api,
    Catalog,
    DocFact,
    Param,
    Provenance,
    Sdk,
)
from zstack_openapi.openapi.examples import api_example_errors
from zstack_openapi.reconcile.doc_places import DocPlace, places_from_catalog
from zstack_openapi.reconcile.rules import (
    Place,
    allowed_values,
    api_since,
    catalog_place,
    constraints,
    doc_place,
    doc_type_name,
    is_newer,
    is_query_name,
    path_shape,
    path_vars,
    renamed_vars,
    required_of_caller,
    same_type,
    sdk_place,
    type_key,
    wire_in,
)
from zstack_openapi.reconcile.sdk_model import ApiRecord, ParamRecord, SdkFacts
from zstack_openapi.reconcile.sdk_results import ClassIndex, class_index, merge_response
from zstack_openapi.reconcile.unnamed import name_unnamed

Origin = Literal["docs", "sdk", "both"]


class _DocRequest(TypedDict):
    """What the parameters are merged against on the docs' side: an `Api`, or
    nothing documented (an SDK-only API)."""

    path: str
    params: list[Param]


@dataclass(frozen=True, slots=True)
class _Api:
    """What every parameter of one API is merged against."""

    doc: _DocRequest
    sdk: ApiRecord
    place: DocPlace
    release: str | None
    enums: Mapping[str, list[str]]
    # The docs' request line agrees with the SDK's method: only then does the
    # catalog's normalised `in` say anything about a parameter's location.
    same_method: bool

    @property
    def variables(self) -> list[str]:
        return path_vars(self.sdk["path"])


def _fact(value: Any, place: DocPlace, line: int) -> DocFact:
    return {"value": value, "file": place.file, "line": line}


def _provenance(source: Origin, doc: DocFact | None = None) -> Provenance:
    return {"source": source, "doc": doc}


def match_names(doc_names: list[str], sdk_names: list[str]) -> dict[str, str]:
    """Doc API name -> SDK API name: the same name, else the same name ignoring
    case (``SetVolumeQoS`` is the server's ``SetVolumeQos``) when that is unique
    and the SDK's spelling is not documented itself."""
    sdk_set = set(sdk_names)
    matched = {name: name for name in doc_names if name in sdk_set}
    taken = set(matched.values())
    folded: dict[str, list[str]] = {}
    for name in sdk_names:
        if name not in taken:
            folded.setdefault(name.lower(), []).append(name)
    for name in doc_names:
        candidates = folded.get(name.lower(), [])
        if name not in matched and len(candidates) == 1:
            matched[name] = candidates[0]
    return matched


def values_agree(doc_values: list[str], sdk_values: list[str], java_type: str) -> bool:
    """The same set of values; a boolean's true/false listed in the docs is no
    restriction the SDK lacks, only the type spelled out."""
    if set(doc_values) == set(sdk_values):
        return True
    return (
        not sdk_values
        and type_key(java_type) == "boolean"
        and {v.lower() for v in doc_values} <= {"true", "false"}
    )


def _doc_place_of(param: Param, ctx: _Api) -> Place | None:
    """Where the docs put a parameter: its 位置 cell as written when known, else
    the catalog's `in` (only meaningful when the docs' method is the SDK's,
    since the scraper derives `in` from the method)."""
    row = ctx.place.rows.get(param["name"])
    if row is not None and row.location is not None:
        return doc_place(row.location, param["name"], path_vars(ctx.doc["path"]))
    if ctx.place.exact or not ctx.same_method:
        return None
    return catalog_place(str(param.get("in") or ""))


def _base_param(sdk_param: ParamRecord, ctx: _Api) -> Param:
    sdk = ctx.sdk
    out: Param = {
        "name": sdk_param["name"],
        "in": wire_in(
            sdk_param["name"],
            sdk_place(sdk_param["location"]),
            sdk["method"],
            ctx.variables,
            sdk["body_key"],
        ),
        "type": doc_type_name(sdk_param["java_type"]),
        "required": required_of_caller(sdk_param),
        "values": allowed_values(sdk_param, ctx.enums),
    }
    found = constraints(sdk_param, ctx.enums)
    if found:
        out["constraints"] = found
    if "declared_in" in sdk_param:
        out["declared_in"] = sdk_param["declared_in"]
    return out


def _merged_param(doc_param: Param, sdk_param: ParamRecord, ctx: _Api) -> Param:
    """A parameter both know: the SDK's wire facts, the docs' words."""
    out = _base_param(sdk_param, ctx)
    doc_type = str(doc_param.get("type") or "")
    if doc_type.strip() and same_type(doc_type, sdk_param["java_type"]):
        out["type"] = doc_type  # the same type; keep the docs' spelling
    out["since"] = doc_param.get("since", "")
    out["description"] = doc_param.get("description", "")
    out["source"] = "both"
    line = ctx.place.row_line(doc_param["name"])
    doc: dict[str, DocFact] = {}
    if doc_param["name"] != sdk_param["name"]:
        doc["name"] = _fact(doc_param["name"], ctx.place, line)
    said = _doc_place_of(doc_param, ctx)
    if said is not None and said != sdk_place(sdk_param["location"]):
        doc["in"] = _fact(said, ctx.place, line)
    if bool(doc_param.get("required")) != out["required"]:
        doc["required"] = _fact(bool(doc_param.get("required")), ctx.place, line)
    if not same_type(doc_type, sdk_param["java_type"]):
        doc["type"] = _fact(doc_type, ctx.place, line)
    doc_values = list(doc_param.get("values") or [])
    if not values_agree(doc_values, out.get("values", []), sdk_param["java_type"]):
        doc["values"] = _fact(doc_values, ctx.place, line)
    if doc:
        out["doc"] = doc
    return _ordered(out)


def _doc_only_param(doc_param: Param, ctx: _Api) -> Param:
    """A parameter the SDK does not have: kept (the docs may be newer), placed by
    the SDK's method and path, flagged unless the docs date it after the SDK."""
    said = _doc_place_of(doc_param, ctx)
    out = doc_param.copy()
    out["in"] = wire_in(
        doc_param["name"], said, ctx.sdk["method"], ctx.variables, ctx.sdk["body_key"]
    )
    out["source"] = "docs"
    if said is not None and catalog_place(out["in"]) != said:
        line = ctx.place.row_line(doc_param["name"])
        out["doc"] = {"in": _fact(said, ctx.place, line)}
    if not is_newer(str(doc_param.get("since") or ""), ctx.release):
        out["flag"] = "not-in-sdk"
    return _ordered(out)


def _sdk_only_param(sdk_param: ParamRecord, ctx: _Api) -> Param:
    out = _base_param(sdk_param, ctx)
    out.update({"since": "", "description": "", "source": "sdk", "since_unknown": True})
    return _ordered(out)


_PARAM_ORDER = ("name", "in", "type", "required", "since", "description", "values")


def _ordered(param: Param) -> Param:
    """The scraper's keys first, then ours: readable when dumped without sorting."""
    facts = cast(Mapping[str, object], param)
    head = {k: facts[k] for k in _PARAM_ORDER if k in facts}
    # The same keys and values, only in another order.
    return cast(Param, head | {k: v for k, v in facts.items() if k not in head})


def _params(ctx: _Api) -> list[Param]:
    renames = renamed_vars(ctx.doc["path"], ctx.sdk["path"])
    sdk_params = {p["name"]: p for p in ctx.sdk["params"]}
    doc_names = {p["name"] for p in ctx.doc["params"]}
    out: list[Param] = []
    used: set[str] = set()
    for doc_param in ctx.doc["params"]:
        name = doc_param["name"]
        if name not in sdk_params and renames.get(name) not in doc_names:
            name = renames.get(name, name)
        sdk_param = sdk_params.get(name)
        if sdk_param is None or name in used:
            out.append(_doc_only_param(doc_param, ctx))
        else:
            used.add(name)
            out.append(_merged_param(doc_param, sdk_param, ctx))
    out.extend(_sdk_only_param(p, ctx) for p in ctx.sdk["params"] if p["name"] not in used)
    return out


Routes = Mapping[tuple[str, str], list[str]]


def sdk_routes(sdk: SdkFacts) -> dict[tuple[str, str], list[str]]:
    """(method, path shape) -> the SDK APIs served there."""
    routes: dict[tuple[str, str], list[str]] = {}
    for api in sdk["apis"]:
        routes.setdefault((api["method"], path_shape(api["path"])), []).append(api["api"])
    return routes


def _path_facts(
    doc: Api, sdk: ApiRecord, place: DocPlace, routes: Routes
) -> tuple[Provenance, list[str]]:
    """Provenance of the path and the extra paths to keep.

    The server accepts optional paths besides the SDK's one (``QueryVmInstance``
    also at ``/vm-instances/{uuid}``), so the docs' other paths are kept, unless
    the SDK serves another API there (``GetFreeIp`` documented at
    ``GetFreeIpOfL3Network``'s path): calling it would run that API. The docs'
    path is wrong when the SDK's is none of theirs, or when one of theirs is
    another API's."""
    own = path_shape(sdk["path"])

    def foreign(path: str) -> bool:
        shape = path_shape(path)
        return shape != own and any(n != sdk["api"] for n in routes.get((sdk["method"], shape), []))

    doc_paths = list(dict.fromkeys([doc["path"], *(doc.get("extra_paths") or [])]))
    wrong = [p for p in doc_paths if foreign(p)]
    if sdk["path"] in doc_paths:
        extra = [p for p in doc_paths if p != sdk["path"] and not foreign(p)]
        if not wrong:
            return _provenance("both"), extra
        return _provenance("sdk", _fact(wrong[0], place, place.request_line)), extra
    extra = [p for p in doc_paths[1:] if p != sdk["path"] and not foreign(p)]
    return _provenance("sdk", _fact(doc["path"], place, place.request_line)), extra


def _body_key_facts(doc: Api, sdk: ApiRecord, place: DocPlace) -> Provenance:
    """Provenance of the body key. Where the docs' example agrees with the SDK
    but their parameter table names another wrapper, the docs still said
    otherwise: recorded, with the source `both`."""
    line = place.wrapper_line()
    if doc.get("body_key") != sdk["body_key"]:
        return _provenance("sdk", _fact(doc.get("body_key"), place, line))
    other = [w for w in place.wrappers if w != sdk["body_key"]]
    if sdk["body_key"] is not None and other:
        return _provenance("both", _fact(other[0], place, line))
    return _provenance("both")


def _provenance_of(source: Origin) -> dict[str, Provenance]:
    return {key: _provenance(source) for key in ("name", "method", "path", "body_key")}


def merge_api(
    doc: Api,
    sdk: ApiRecord,
    place: DocPlace,
    facts: SdkFacts,
    release: str | None,
    routes: Routes,
    index: ClassIndex | None = None,
) -> Api:
    """An API both describe; its response is its SDK result class, in the docs' words."""
    ctx = _Api(doc, sdk, place, release, facts["enums"], doc["method"] == sdk["method"])
    path_provenance, extra_paths = _path_facts(doc, sdk, place, routes)
    request = place.request_line
    out = doc.copy()
    out["name"] = sdk["api"]
    out["method"] = sdk["method"]
    out["path"] = sdk["path"]
    out["body_key"] = sdk["body_key"]
    out["extra_paths"] = extra_paths
    out["params"] = _params(ctx)
    out["response"] = merge_response(
        doc.get("response"), sdk["result_class"], facts, release, index
    )
    out["origin"] = "both"
    out["status"] = None
    out["sync"] = not sdk["need_poll"]
    out["need_session"] = sdk["need_session"]
    out["is_query"] = sdk["is_query"]
    out["provenance"] = {
        "name": _provenance("both")
        if doc["name"] == sdk["api"]
        else _provenance("sdk", _fact(doc["name"], place, place.line)),
        "method": _provenance("both")
        if ctx.same_method
        else _provenance("sdk", _fact(doc["method"], place, request)),
        "path": path_provenance,
        "body_key": _body_key_facts(doc, sdk, place),
    }
    return out


def sdk_only_api(sdk: ApiRecord, facts: SdkFacts, index: ClassIndex | None = None) -> Api:
    """An API the docs do not describe: everything from the SDK, no documentation."""
    empty = DocPlace(sdk["source_file"], 1, 1)
    ctx = _Api({"path": sdk["path"], "params": []}, sdk, empty, None, facts["enums"], True)
    return {
        "name": sdk["api"],
        "method": sdk["method"],
        "path": sdk["path"],
        "body_key": sdk["body_key"],
        "title": None,
        "category": [],
        "description": None,
        "extra_paths": [],
        "params": [_sdk_only_param(p, ctx) for p in sdk["params"]],
        "response": merge_response(None, sdk["result_class"], facts, None, index),
        "system_tags": [],
        # Where the API is defined; the SDK facts carry no line, so the file's first.
        "source": {"file": sdk["source_file"], "line": 1},
        "origin": "sdk",
        "status": "undocumented",
        "sync": not sdk["need_poll"],
        "need_session": sdk["need_session"],
        "is_query": sdk["is_query"],
        "provenance": _provenance_of("sdk"),
    }


def docs_only_api(
    doc: Api,
    release: str | None,
    facts: SdkFacts | None = None,
    index: ClassIndex | None = None,
) -> Api:
    """An API the SDK does not know: kept as documented, marked newer than the
    SDK when the docs date it after the SDK's release, else unverified. With the
    SDK's facts, the response's tables that name an SDK class are that class."""
    out = doc.copy()
    if facts is not None:
        out["response"] = merge_response(doc.get("response"), None, facts, release, index)
    out["params"] = [_ordered(p | {"source": "docs"}) for p in doc["params"]]
    since = api_since(doc)
    out["origin"] = "docs"
    out["status"] = (
        "newer-than-sdk" if since is not None and is_newer(since, release) else "unverified"
    )
    out["sync"] = None
    out["need_session"] = None
    out["is_query"] = is_query_name(doc["name"], doc["method"])
    out["provenance"] = _provenance_of("docs")
    return out


def _note_example_errors(api: Api) -> None:
    api["response"]["example_errors"] = api_example_errors(api)


def reconcile_catalog(
    catalog: Catalog,
    sdk: SdkFacts,
    *,
    places: Mapping[str, DocPlace] | None = None,
    sdk_version: str | None = None,
    sdk_path: str | None = None,
) -> Catalog:
    """The reconciled catalog of a docs catalog and SDK facts.

    ``places``: where each API is documented (`reconcile.doc_places`); by default
    what the catalog itself records. ``sdk_version``: the SDK's release, instead
    of the one its facts give (a source tree without ``pom.xml`` gives none).
    ``sdk_path``: where the SDK facts were read, recorded as ``sources.sdk.path``
    (relative to the reconciled file's directory) so a rebuild can find them again."""
    catalog = name_unnamed(catalog, sdk)
    release = sdk_version or sdk["meta"].get("repo_version")
    where = places if places is not None else places_from_catalog(catalog)
    fallback = places_from_catalog(catalog) if places is not None else where
    by_name = {api["api"]: api for api in sdk["apis"]}
    docs = list(catalog["apis"])
    matched = match_names([a["name"] for a in docs], list(by_name))
    routes = sdk_routes(sdk)
    index = class_index(sdk)
    documented = set(matched.values())
    work: list[tuple[Api | None, ApiRecord | None]] = [
        *((doc, None) for doc in docs),
        *((None, api) for api in sdk["apis"] if api["api"] not in documented),
    ]

    def reconciled(item: tuple[Api | None, ApiRecord | None]) -> Api:
        doc, sdk_only = item
        if doc is None:
            assert sdk_only is not None
            api = sdk_only_api(sdk_only, sdk, index)
        elif (sdk_name := matched.get(doc["name"])) is None:
            api = docs_only_api(doc, release, sdk, index)
        else:
            place = where.get(doc["name"]) or fallback[doc["name"]]
            api = merge_api(doc, by_name[sdk_name], place, sdk, release, routes, index)
        if api.get("response"):
            _note_example_errors(api)
        return api

    # Each API is merged on its own: on every core (forked workers), results in order.
    apis = map_in_children(reconciled, work)
    apis.sort(key=lambda a: a["name"])
    facts: Sdk = {"version": release, "commit": sdk["meta"].get("commit"), "apis": len(sdk["apis"])}
    if sdk_path is not None:
        facts["path"] = sdk_path
    return {
        **catalog,
        "apis": apis,
        "sources": {"docs": {"apis": len(docs)}, "sdk": facts},
    }

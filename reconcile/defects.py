"""The docs' errors, read off a reconciled catalog.

Everything needed is in the catalog's provenance: a doc fact the SDK overrode
is kept beside the SDK's (``provenance.*.doc``, a parameter's ``doc``), a
parameter only the SDK has is ``source: sdk``, one only the docs have is
flagged ``not-in-sdk``. So the report can be re-derived from the published
catalog by anyone auditing it, and it cannot list an error the catalog does
not carry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from zstack_openapi.catalog_model import Api, Catalog, DocFact, Param
from zstack_openapi.reconcile.rules import (
    QUERY_BASE,
    TAG_PARAMS,
    catalog_place,
    path_shape,
    path_vars,
)

# Class id -> heading, in report order. The ids are stable (tests, JSON consumers).
CLASSES: dict[str, str] = {
    "method-path": "Wrong method or path",
    "name": "API name spelled differently",
    "body-key": "Wrong body key",
    "missing-param": "Parameters the docs lack",
    "extra-param": "Parameters the SDK does not know",
    "required": "Required flags that disagree",
    "values": "Allowed values that disagree",
    "delete-body": "DELETE parameters documented in a body",
    "location": "Location contradictions",
    "type": "Types that disagree",
    "response-fields": "Response fields that disagree with the SDK's classes",
    "response-types": "Response field types that disagree",
    "response-names": "Response table rows that are no field",
    "example": "Response examples that contradict the result",
}
# Classes about responses: their second count is of fields, not parameters.
RESPONSE_KINDS = frozenset({"response-fields", "response-types", "response-names", "example"})

# Parameters every DELETE page documents as `body` by template; a DELETE API
# whose body lists only these repeats the template, one listing more misleads
# about parameters of its own.
DELETE_TEMPLATE = frozenset(TAG_PARAMS | {"deleteMode"})
BODY_METHODS = frozenset({"POST", "PUT"})


@dataclass(frozen=True, slots=True)
class Defect:
    kind: str  # a key of CLASSES
    sub: str  # the variety within the class, shown in the report
    api: str
    param: str | None
    file: str
    line: int
    docs: str  # what the docs say
    sdk: str  # what the SDK says


def show(value: Any) -> str:
    """A fact as the report prints it."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "required" if value else "optional"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "(none listed)"
    return str(value)


def _method_path_sub(method_wrong: bool, doc_path: str, sdk_path: str) -> str:
    if doc_path == sdk_path:
        return "method"
    if path_shape(doc_path) != path_shape(sdk_path):
        kind = "path"
    elif path_vars(doc_path) != path_vars(sdk_path):
        kind = "path variable names"
    else:
        kind = "trailing slash"
    return f"method and {kind}" if method_wrong else kind


Routes = Mapping[tuple[str, str], list[str]]


def _at(
    where: DocFact, kind: str, sub: str, api: str, param: str | None, docs: str, sdk: str
) -> Defect:
    """A defect located where a provenance fact (``{value, file, line}``) points."""
    return Defect(kind, sub, api, param, where["file"], where["line"], docs, sdk)


def _routes(catalog: Catalog) -> dict[tuple[str, str], list[str]]:
    """(method, path shape) -> the APIs the SDK serves there."""
    routes: dict[tuple[str, str], list[str]] = {}
    for api in catalog["apis"]:
        if api.get("origin") in ("both", "sdk"):
            routes.setdefault((api["method"], path_shape(api["path"])), []).append(api["name"])
    return routes


def _api_defects(api: Api, routes: Routes) -> Iterable[Defect]:
    prov = api["provenance"]
    name = api["name"]
    said_name = prov["name"]["doc"]
    if said_name:
        yield _at(said_name, "name", "spelling", name, None, said_name["value"], name)
    method, path = prov["method"]["doc"], prov["path"]["doc"]
    doc_method = method["value"] if method else api["method"]
    if method or path:
        doc_path = path["value"] if path else api["path"]
        where = method or path
        assert where is not None  # one of the two, by the test above
        sub = _method_path_sub(method is not None, doc_path, api["path"])
        sdk = f"{api['method']} {api['path']}"
        others = [n for n in routes.get((api["method"], path_shape(doc_path)), []) if n != name]
        if others and path_shape(doc_path) != path_shape(api["path"]):
            sub = "path of another API" if method is None else f"method and {sub}"
            sdk += f" (the docs' path is {', '.join(others)}'s)"
        yield _at(where, "method-path", sub, name, None, f"{doc_method} {doc_path}", sdk)
    body_key = prov["body_key"]
    said = body_key["doc"]
    # A wrapper missing or present because the method is wrong is the method's error.
    if said and doc_method in BODY_METHODS and api["method"] in BODY_METHODS:
        if body_key["source"] == "both":
            sub, docs = (
                "parameter table",
                f"{said['value']} (table; the example agrees with the SDK)",
            )
        else:
            sub, docs = "request", show(said["value"])
        yield _at(said, "body-key", sub, name, None, docs, show(api["body_key"]))


def _param_sdk(param: Param) -> str:
    return f"{param['type']}, {show(param['required'])}"


def _presence_defects(api: Api) -> Iterable[Defect]:
    file, line = api["source"]["file"], api["source"]["line"]
    for p in api["params"]:
        # The query chapter documents the inherited query parameters once for all.
        if p["source"] == "sdk" and p.get("declared_in") != QUERY_BASE:
            name = p["name"]
            sub = (
                "tagUuids"
                if name == "tagUuids"
                else "systemTags/userTags"
                if name in TAG_PARAMS
                else "other"
            )
            yield Defect("missing-param", sub, api["name"], name, file, line, "—", _param_sdk(p))
        elif p.get("flag") == "not-in-sdk":
            since = p.get("since") or "undated"
            docs = f"{p['type'] or '?'}, since {since}"
            yield Defect(
                "extra-param",
                "not in the SDK",
                api["name"],
                p["name"],
                file,
                line,
                docs,
                "no such parameter",
            )


def _doc_in(p: Param) -> object:
    """Where the docs put a parameter the SDK places elsewhere, None if they agree."""
    fact = p.get("doc", {}).get("in")
    return fact["value"] if fact is not None else None


def _delete_sub(api: Api) -> str:
    in_body = {p["name"] for p in api["params"] if p["source"] == "both" and _doc_in(p) == "body"}
    return "API parameters" if in_body - DELETE_TEMPLATE else "template parameters only"


def _fact_defects(api: Api, p: Param) -> Iterable[Defect]:
    doc, name, param = p.get("doc", {}), api["name"], p["name"]
    if "required" in doc:
        fact = doc["required"]
        sub = "docs optional, SDK required" if p["required"] else "docs required, SDK optional"
        yield _at(fact, "required", sub, name, param, show(fact["value"]), show(p["required"]))
    if "values" in doc:
        fact = doc["values"]
        if not p["values"]:
            sub, sdk = "SDK does not restrict", "any value"
        else:
            sub = "lists differ" if fact["value"] else "docs list none"
            sdk = show(p["values"])
        yield _at(fact, "values", sub, name, param, show(fact["value"]), sdk)
    if "in" in doc:
        fact = doc["in"]
        where = catalog_place(p["in"]) or p["in"]
        if api["method"] == "DELETE" and fact["value"] == "body":
            kind, sub = "delete-body", _delete_sub(api)
        else:
            kind, sub = "location", f"docs {fact['value']}, SDK {where}"
        yield _at(fact, kind, sub, name, param, fact["value"], where)
    if "type" in doc:
        fact = doc["type"]
        yield _at(fact, "type", "type", name, param, fact["value"], p["type"])


_RESPONSE_SUBS = {
    "docs-extra": ("response-fields", "fields the class lacks"),
    "docs-missing": ("response-fields", "fields of the class the docs omit"),
    "type": ("response-types", "type"),
    "name": ("response-names", "not an identifier"),
}


def _response_defects(api: Api) -> Iterable[Defect]:
    """What `reconcile.sdk_results` found wrong in the docs' response tables, and the
    example's errors against the API's own result schema."""
    file, line = api["source"]["file"], api["source"]["line"]
    response = api["response"]
    for d in response.get("defects") or []:
        kind, sub = _RESPONSE_SUBS[d["kind"]]
        at = d["at"]
        docs = d["docs"] if d["kind"] != "docs-extra" else ", ".join(d["fields"])
        sdk = d["sdk"] if d["kind"] != "docs-missing" else ", ".join(d["fields"])
        if d["kind"] == "name":
            at = f"{d['at']}.{d['fields'][0]!r}"
        yield Defect(kind, sub, api["name"], at, file, line, docs, sdk)
    for error in response.get("example_errors") or []:
        where, _, reason = error.partition(": ")
        yield Defect("example", "example", api["name"], where, file, line, "example", reason)


def find_defects(catalog: Catalog) -> list[Defect]:
    """Every error of the docs the reconciled ``catalog`` records, in class order,
    then by API and parameter. Only APIs both sources describe can be wrong, except
    in their responses: a table row that is no field, an example its own result
    rejects, is wrong whatever the SDK knows."""
    found: list[Defect] = []
    routes = _routes(catalog)
    for api in catalog["apis"]:
        if api.get("origin") == "docs":
            found.extend(_response_defects(api))
        if api.get("origin") != "both":
            continue
        found.extend(_response_defects(api))
        found.extend(_api_defects(api, routes))
        found.extend(_presence_defects(api))
        for p in api["params"]:
            if p["source"] == "both":
                found.extend(_fact_defects(api, p))
    order = {kind: k for k, kind in enumerate(CLASSES)}
    return sorted(found, key=lambda d: (order[d.kind], d.api, d.param or "", d.sub))


def counts(defects: Iterable[Defect]) -> dict[str, tuple[int, int]]:
    """Class -> (APIs, parameters) for every class, zero included."""
    apis: dict[str, set[str]] = {kind: set() for kind in CLASSES}
    params: dict[str, int] = dict.fromkeys(CLASSES, 0)
    for d in defects:
        apis[d.kind].add(d.api)
        params[d.kind] += d.param is not None
    return {kind: (len(apis[kind]), params[kind]) for kind in CLASSES}

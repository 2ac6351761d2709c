"""APIs whose page shows no name, named by their method and route.

A flat page cut before its SDK example, or an Explorer page titled with a
display name ("Create Cluster"), still documents one API: the scraper keeps it
under the catalog's `unnamed`. The SDK facts serve every action at a method and
route; where exactly one action (or one with the page's wrapper object) is
served there, that is the API's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.reconcile.rules import path_shape
from zstack_openapi.reconcile.sdk_model import ApiRecord, SdkFacts

Json = dict[str, Any]


def _candidates(record: Mapping[str, Any], sdk: SdkFacts) -> list[ApiRecord]:
    shape = path_shape(str(record["path"]))
    served = [
        api
        for api in sdk["apis"]
        if api["method"] == record["method"] and path_shape(api["path"]) == shape
    ]
    body_key = record.get("body_key")
    if len(served) > 1 and body_key:
        # `PUT .../actions` serves many actions: the wrapper object names one.
        served = [a for a in served if (a["body_key"] or "").lower() == str(body_key).lower()]
    return served


def _warning(record: Mapping[str, Any], kind: str, message: str, api: str | None) -> Json:
    source = record["source"]
    return {
        "file": source["file"],
        "line": source["line"],
        "api": api,
        "kind": kind,
        "message": message,
    }


def name_unnamed(catalog: Catalog, sdk: SdkFacts) -> Catalog:
    """The catalog with each unnamed record the SDK names moved into `apis`."""
    out: Json = dict(catalog)  # records as plain JSON while they move between lists
    unnamed: list[Json] = list(out.get("unnamed") or [])
    if not unnamed:
        return catalog
    apis: list[Json] = list(out["apis"])
    known = {api["name"] for api in apis}
    warnings: list[Json] = list(out.get("warnings") or [])
    left: list[Json] = []
    for record in unnamed:
        route = f"{record['method']} {record['path']}"
        served = _candidates(record, sdk)
        if len(served) != 1:
            names = ", ".join(sorted(a["api"] for a in served)) or "no SDK action"
            message = f"{route}: page shows no API name and the SDK has {names}; left out"
            warnings.append(_warning(record, "unnamed-api", message, None))
            left.append(record)
            continue
        name = served[0]["api"]
        if name in known:
            message = f"{route} is {name}, documented by name elsewhere; that record stands"
            warnings.append(_warning(record, "unnamed-api", message, name))
            continue
        message = f"{route}: page shows no API name; the SDK serves {name} there"
        warnings.append(_warning(record, "named-by-route", message, name))
        apis.append(dict(record, name=name))
        known.add(name)
    out["apis"] = sorted(apis, key=lambda a: str(a["name"]))
    out["warnings"] = sorted(
        warnings,
        key=lambda w: (w["file"], w["line"], w["kind"], w["api"] or "", w["message"]),
    )
    if left:
        out["unnamed"] = left
    else:
        out.pop("unnamed", None)
    return cast(Catalog, out)  # records keep the schema's keys; named ones gain a name

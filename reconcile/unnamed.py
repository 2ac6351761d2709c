"""APIs whose page shows no name, named by their method and route.

A flat page cut before its SDK example, or an Explorer page titled with a
display name ("Create Cluster"), still documents one API: the scraper keeps it
under the catalog's `unnamed`. The SDK facts serve every action at a method and
route; where exactly one action (or one with the page's wrapper object) is
served there, that is the API's name.
"""

from __future__ import annotations

from typing import cast

from zstack_openapi.catalog_model import Api, Catalog, CatalogWarning, UnnamedApi
from zstack_openapi.reconcile.rules import path_shape
from zstack_openapi.reconcile.sdk_model import ApiRecord, SdkFacts


def _candidates(record: UnnamedApi, sdk: SdkFacts) -> list[ApiRecord]:
    shape = path_shape(str(record["path"]))
    served = [
        api
        for api in sdk["apis"]
        if api["method"] == record["method"] and path_shape(api["path"]) == shape
    ]
    # UnnamedApi lists only the keys every record has; a scraped one has body_key too.
    body_key = cast(dict[str, object], record).get("body_key")
    if len(served) > 1 and body_key:
        # `PUT .../actions` serves many actions: the wrapper object names one.
        served = [a for a in served if (a["body_key"] or "").lower() == str(body_key).lower()]
    return served


def _warning(record: UnnamedApi, kind: str, message: str, api: str | None) -> CatalogWarning:
    source = record["source"]
    return {
        "file": source["file"],
        "line": source["line"],
        "api": api,
        "kind": kind,
        "message": message,
    }


def _named(record: UnnamedApi, name: str) -> Api:
    """The record under the name the SDK gives its route: every other key as it was."""
    return cast(Api, dict(record, name=name))


def name_unnamed(catalog: Catalog, sdk: SdkFacts) -> Catalog:
    """The catalog with each unnamed record the SDK names moved into `apis`."""
    unnamed = list(catalog.get("unnamed") or [])
    if not unnamed:
        return catalog
    out = catalog.copy()
    apis = list(out["apis"])
    known = {api["name"] for api in apis}
    warnings = list(out.get("warnings") or [])
    left: list[UnnamedApi] = []
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
        apis.append(_named(record, name))
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
    return out

"""`versions`: which releases introduced what, from a catalog or a spec (what only
the SDK knows is undated: one `unknown` row)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.openapi.apiview import ApiView
from zstack_openapi.openapi_types import OpenApiDocument

# The row of what only the SDK knows, undated.
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReleaseCount:
    release: str
    apis: int
    params: int
    fields: int


def release_counts(views: dict[str, ApiView], document: OpenApiDocument) -> list[ReleaseCount]:
    """Per release: APIs, parameters (per API) and schema properties (per component,
    counted once however many APIs return it) that it introduced. Releases that
    are spelt differently but equal (`3.7`, `3.7.0`) are one row, shown as the
    longest spelling."""
    apis: Counter[tuple[int, ...]] = Counter()
    params: Counter[tuple[int, ...]] = Counter()
    fields: Counter[tuple[int, ...]] = Counter()
    spelling: dict[tuple[int, ...], str] = {}

    def note(since: str | None, counter: Counter[tuple[int, ...]]) -> None:
        key = releases.parse_version(since)
        if not key:
            return
        counter[key] += 1
        text = (since or "").strip()
        if key not in spelling or len(text) > len(spelling[key]):
            spelling[key] = text

    unknown_apis = unknown_params = 0
    for v in views.values():
        # What only the SDK knows carries a placeholder since (its API's, or the first
        # release): counted apart, not as introduced by that release.
        if v.since_unknown:
            unknown_apis += 1
        else:
            note(v.since, apis)
        for p in v.params.values():
            if p.get("since_unknown"):
                unknown_params += 1
            else:
                note(p.get("since"), params)
    for schema in document.get("components", {}).get("schemas", {}).values():
        for prop in (schema.get("properties") or {}).values():
            if isinstance(prop, dict):
                note(prop.get(ext.SINCE), fields)
    keys = sorted(set(apis) | set(params) | set(fields))
    rows = [ReleaseCount(spelling[k], apis[k], params[k], fields[k]) for k in keys]
    if unknown_apis or unknown_params:
        rows.append(ReleaseCount(UNKNOWN, unknown_apis, unknown_params, 0))
    return rows


def render(rows: list[ReleaseCount]) -> str:
    lines = [f"{'release':<10} {'APIs':>6} {'params':>7} {'fields':>7}"]
    lines += [f"{r.release:<10} {r.apis:>6} {r.params:>7} {r.fields:>7}" for r in rows]
    total = ReleaseCount(
        "total", sum(r.apis for r in rows), sum(r.params for r in rows), sum(r.fields for r in rows)
    )
    lines.append(f"{total.release:<10} {total.apis:>6} {total.params:>7} {total.fields:>7}")
    return "\n".join(lines) + "\n"

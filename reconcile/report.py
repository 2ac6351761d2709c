"""The defect report (Markdown, for ZStack's documentation team) and the
one-screen summary the CLI prints, both from a reconciled catalog."""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

from zstack_openapi.catalog_model import Catalog, Field
from zstack_openapi.reconcile.defects import CLASSES, RESPONSE_KINDS, Defect, counts

# Classes whose entries are listed one row per API (the parameters joined), since
# a page missing five parameters is one fix for the writer, not five.
PER_API = frozenset({"missing-param", "extra-param", "delete-body"})

EXPLAIN: dict[str, str] = {
    "method-path": (
        "The request line names another HTTP method or URL than the server serves. A path "
        "counts as right when the SDK's path is any of the paths the page lists (the server "
        "also serves optional paths, such as `/vm-instances/{uuid}` for a query)."
    ),
    "name": (
        "The page spells the API's name differently from the server's message class "
        "(matched ignoring case). The name is the SDK's action class and the server's message."
    ),
    "body-key": (
        "The JSON body's wrapper key differs. *request*: the request itself uses another key; "
        "*parameter table*: the table's `body(包含在X结构中)` names another wrapper than the "
        "body example, and the example is the right one. Counted only where both the docs' "
        "and the SDK's method carry a body (a wrong method is reported above)."
    ),
    "missing-param": (
        "Parameters the server accepts that the page does not list. The query parameters every "
        "`Query*` API inherits (conditions, limit, start, ...) are documented once in the query "
        "chapter and are not counted."
    ),
    "extra-param": (
        "Parameters the page lists that the SDK does not have, though the page dates them no "
        "later than the SDK's release (parameters dated later are newer, not wrong)."
    ),
    "required": "The page marks a parameter optional that the server requires, or the reverse.",
    "values": (
        "*lists differ*: both list allowed values, not the same ones; *docs list none*: the "
        "server accepts only the SDK's values and the page lists none; *SDK does not "
        "restrict*: the page lists values the server does not check (a hint at best, often "
        "stale)."
    ),
    "delete-body": (
        "A DELETE request carries no body: the server reads its parameters from the query "
        "string, where the SDK sends them. The page places them in the body. *API "
        "parameters*: the body holds parameters of the API's own; *template parameters "
        "only*: only systemTags/userTags/deleteMode, which every DELETE page repeats."
    ),
    "location": (
        "A parameter documented in another place (path, query string, body) than the one the "
        "server reads it from. DELETE bodies are reported above."
    ),
    "type": "The page gives a parameter another type than the server's.",
    "response-fields": (
        "A response table describes one of the SDK's Result or Inventory classes (what the "
        "server serialises) with other fields. *fields the class lacks*: listed, though not "
        "dated after the SDK's release (newer fields are kept); *fields of the class the docs "
        "omit*: the class has them, the table does not list them. The spec uses the class."
    ),
    "response-types": (
        "A response field's type differs from the class's, as JSON sees it (string, integer, "
        "number, boolean, list, map, object; a Java enum is a string)."
    ),
    "response-names": (
        "A row of a response table whose name is no identifier (a merged cell, a heading, a "
        "Chinese label): not a field, left out of the spec."
    ),
    "example": (
        "The page's response example does not validate against the API's result schema "
        "(additional properties allowed): the field and the reason. Not published as the "
        "operation's example."
    ),
}

NEEDS_SOURCES = frozenset({"delete-body"})


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("|", "\\|")).strip() or " "


def _where(d: Defect) -> str:
    return f"{d.file}:{d.line}"


def _rows(kind: str, defects: list[Defect]) -> list[tuple[str, str, str, str]]:
    if kind not in PER_API:
        return [
            (f"{d.api}: {d.param}" if d.param else d.api, _where(d), d.docs, d.sdk) for d in defects
        ]
    rows = []
    for api, group in groupby(defects, key=lambda d: d.api):
        items = list(group)
        first = min(items, key=lambda d: d.line)
        if kind == "missing-param":
            docs, sdk = "not listed", "; ".join(f"{d.param} ({d.sdk})" for d in items)
        elif kind == "extra-param":
            docs, sdk = "; ".join(f"{d.param} ({d.docs})" for d in items), "no such parameters"
        else:
            docs = "body: " + ", ".join(str(d.param) for d in items)
            sdk = "query string"
        rows.append((api, _where(first), docs, sdk))
    return rows


def _table(rows: list[tuple[str, str, str, str]]) -> list[str]:
    lines = ["| API | doc file:line | docs say | SDK says |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")


def _heading(kind: str, n_apis: int, n_params: int) -> str:
    title = CLASSES[kind]
    apis = f"{n_apis} API" + ("" if n_apis == 1 else "s")
    unit = "places" if kind in RESPONSE_KINDS else "parameters"
    return f"{title} ({apis}, {n_params} {unit})" if n_params else f"{title} ({apis})"


def _info(catalog: Catalog, release: str) -> list[str]:
    apis = catalog["apis"]
    origins = Counter(a.get("origin") for a in apis)
    status = Counter(a.get("status") for a in apis if a.get("origin") == "docs")
    newer = sum(
        1
        for a in apis
        if a.get("origin") == "both"
        for p in a["params"]
        if p.get("source") == "docs" and "flag" not in p
    )
    return [
        f"- {origins['sdk']} APIs of the SDK are not documented (listed at the end).",
        f"- {origins['docs']} documented APIs are unknown to the SDK: "
        f"{status['newer-than-sdk']} dated after {release}, {status['unverified']} unverified "
        "(dated no later, so either undocumented in the SDK or misnamed).",
        f"- {newer} documented parameters of APIs the SDK knows are dated after {release} "
        "and so kept without a flag.",
    ]


def _undocumented(catalog: Catalog) -> list[str]:
    rows = [a for a in catalog["apis"] if a.get("origin") == "sdk"]
    if not rows:
        return ["## APIs the docs do not describe", "", "None.", ""]
    lines = [
        "## APIs the docs do not describe",
        "",
        f"<details><summary>{len(rows)} APIs</summary>",
        "",
        "| API | method and path | answers | SDK source |",
        "|---|---|---|---|",
    ]
    for a in rows:
        answers = "at once (200)" if a.get("sync") else "by polling (202)"
        lines.append(
            f"| {a['name']} | {_cell(a['method'] + ' ' + a['path'])} | {answers} | "
            f"{a['source']['file']} |"
        )
    return [*lines, "", "</details>", ""]


def render_report(catalog: Catalog, defects: list[Defect], *, exact_places: bool = True) -> str:
    """The Markdown report. ``exact_places``: whether the doc sources were read
    again (file:line of each row, location cells as written); without them some
    classes cannot be measured and the report says so."""
    sdk = catalog.get("sources", {}).get("sdk", {})
    release = str(sdk.get("version") or "unknown")
    both = sum(1 for a in catalog["apis"] if a.get("origin") == "both")
    per_class = counts(defects)
    lines = [
        "# Errors in the ZStack API documentation",
        "",
        f"Measured against ZStack's Java SDK {release} (commit {sdk.get('commit') or 'unknown'}), "
        "which ZStack generates from the server's own message classes, on the "
        f"{both} APIs both describe. Each entry names the API, where the docs say it "
        "(file:line of the markdown export), what they say and what the SDK says.",
        "",
    ]
    if not exact_places:
        lines += [
            "*Lines are those of each API's heading, and classes that need the pages' "
            "location column as written are not measured: run `zstack-openapi reconcile` "
            "with `--docs`.*",
            "",
        ]
    lines += ["| class | APIs | parameters |", "|---|---:|---:|"]
    for kind, title in CLASSES.items():
        n_apis, n_params = per_class[kind]
        lines.append(
            f"| [{title}](#{_anchor(_heading(kind, n_apis, n_params))}) | {n_apis} | {n_params or '—'} |"
        )
    lines += ["", "For information, not counted as errors:", "", *_info(catalog, release), ""]
    by_kind = {k: [d for d in defects if d.kind == k] for k in CLASSES}
    for kind in CLASSES:
        n_apis, n_params = per_class[kind]
        lines += [f"## {_heading(kind, n_apis, n_params)}", "", EXPLAIN[kind], ""]
        if kind in NEEDS_SOURCES and not exact_places:
            lines += ["Not measured: needs `--docs`.", ""]
            continue
        if not by_kind[kind]:
            lines += ["None.", ""]
            continue
        subs = Counter(d.sub for d in by_kind[kind])
        for sub in sorted(subs, key=lambda s: (-subs[s], s)):
            group = [d for d in by_kind[kind] if d.sub == sub]
            if len(subs) > 1:
                apis = len({d.api for d in group})
                lines += [f"### {sub} ({apis} API{'' if apis == 1 else 's'})", ""]
            lines += [*_table(_rows(kind, group)), ""]
    lines += _undocumented(catalog)
    lines += _unknown_elements(catalog)
    return "\n".join(lines)


def _typed_elements(fields: list[Field], owner: str | None, out: set[str]) -> None:
    """`Class.field` of every container field whose element type some response gives."""
    for f in fields:
        if owner and f.get("element"):
            out.add(f"{owner}.{f['name']}")
        if f.get("expanded"):
            _typed_elements(f.get("fields") or [], f.get("class"), out)


def _unknown_elements(catalog: Catalog) -> list[str]:
    """Container fields whose element type neither the SDK facts (the server class's
    generics) nor a docs table matched to a class give: typed as any value."""
    resolved: set[str] = set()
    for api in catalog["apis"]:
        response = api["response"]
        _typed_elements(response.get("fields") or [], response.get("class"), resolved)
    found: dict[str, list[str]] = {}
    for api in catalog["apis"]:
        for at in api["response"].get("unknown_elements") or []:
            # Another page's table gave it: the spec's component has the element type.
            if at not in resolved:
                found.setdefault(at, []).append(api["name"])
    lines = ["## Response containers whose element type is unknown", ""]
    if not found:
        return [*lines, "None.", ""]
    lines += [
        "Neither the SDK facts nor a docs table matched to an SDK class say what these lists "
        "and maps hold; the spec types their elements as any JSON value.",
        "",
        f"<details><summary>{len(found)} fields</summary>",
        "",
        "| class.field | APIs |",
        "|---|---|",
    ]
    for at in sorted(found):
        apis = found[at]
        shown = ", ".join(apis[:3]) + (f" and {len(apis) - 3} more" if len(apis) > 3 else "")
        lines.append(f"| {_cell(at)} | {_cell(shown)} |")
    return [*lines, "", "</details>", ""]


def summary_lines(catalog: Catalog, defects: list[Defect]) -> list[str]:
    """A few lines for stderr: what was merged and how many errors of each class."""
    origins = Counter(a.get("origin") for a in catalog["apis"])
    status = Counter(a.get("status") for a in catalog["apis"])
    sdk = catalog.get("sources", {}).get("sdk", {})
    lines = [
        f"{len(catalog['apis'])} APIs: {origins['both']} in docs and SDK {sdk.get('version') or '?'}, "
        f"{origins['sdk']} only in the SDK (undocumented), {origins['docs']} only in the docs "
        f"({status['newer-than-sdk']} newer than the SDK, {status['unverified']} unverified)",
        "doc errors (APIs / parameters):",
    ]
    for kind, (n_apis, n_params) in counts(defects).items():
        params = f" / {n_params}" if n_params else ""
        lines.append(f"  {CLASSES[kind]}: {n_apis}{params}")
    return lines

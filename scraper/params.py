"""Parameter tables -> the API's parameters, where each travels, and its wrapper."""

from __future__ import annotations

import re
from typing import Any

from zstack_openapi.scraper.context import Context, clean_description
from zstack_openapi.scraper.tables import (
    Row,
    Table,
    is_version,
    split_name,
    split_values,
    wrapper_of,
)
from zstack_openapi.scraper.urls import RequestLine, path_variables
from zstack_openapi.scraper.vocabulary import TOP_LEVEL

TAG_PARAMS = ("systemTags", "userTags")


# A row's place in the page, not a fact about the parameter.
_PLACE = ("line", "location_cell")


def read_params(
    ctx: Context,
    tables: list[Table],
    request: RequestLine,
    query_names: set[str],
    body_example: Any,
) -> tuple[list[dict[str, Any]], str | None]:
    method = request.method
    path_vars = path_variables(request.path)
    params: list[dict[str, Any]] = []
    by_name: dict[str, dict[str, Any]] = {}
    wrappers: list[str] = []
    for table in tables:
        for row in table.rows:
            for problem in row.problems:
                ctx.warn(row.line, "row-shape", problem)
            param = _param(ctx, row, method, path_vars, query_names, wrappers)
            if param is None:
                continue
            existing = by_name.get(param["name"])
            if existing is not None:
                if {k: v for k, v in existing.items() if k not in _PLACE} != {
                    k: v for k, v in param.items() if k not in _PLACE
                }:
                    ctx.warn(
                        row.line,
                        "duplicate-param",
                        f"parameter {param['name']!r} documented twice with different facts",
                    )
                continue
            by_name[param["name"]] = param
            params.append(param)
    body_key = _body_key(ctx, wrappers, body_example, method)
    for param in params:
        if param["in"] == "body-unwrapped":
            param["in"] = "body" if body_key else "body-root"
            where = f"inside the {body_key!r} wrapper" if body_key else "at the top level"
            ctx.warn(
                param["line"],
                "body-without-wrapper",
                f"{param['name']!r} documented as plain 'body'; read as {where}",
            )
    for var in path_vars:
        if var not in by_name:
            ctx.warn(
                request.line,
                "undocumented-path-variable",
                f"path variable {{{var}}} has no parameter row",
            )
    return params, body_key


def _param(
    ctx: Context,
    row: Row,
    method: str,
    path_vars: list[str],
    query_names: set[str],
    wrappers: list[str],
) -> dict[str, Any] | None:
    cells = row.cells
    description = clean_description(cells.get("description", ""))
    name, optional = split_name(cells.get("name", ""), description)
    if not name:
        ctx.warn(row.line, "row-shape", "parameter row without a name skipped")
        return None
    location = cells.get("location", "").strip()
    wrapper = wrapper_of(location)
    low = location.lower()
    where: str
    if name in path_vars:
        where = "path"
        if not (low.startswith("url") or low.startswith("path")):
            ctx.warn(
                row.line,
                "location-contradiction",
                f"{name!r} is a path variable but documented in {location!r}",
            )
    elif method in ("GET", "DELETE") or low.startswith("url") or low.startswith("query"):
        where = "query"
    elif wrapper is not None:
        where = "body"
        if wrapper not in wrappers:
            wrappers.append(wrapper)
    elif name in TAG_PARAMS or TOP_LEVEL.match(location):
        where = "body-root"
    elif low.startswith("body"):
        # Resolved once the API's wrapper is known: the server reads the API's
        # own fields inside the wrapper; the doc only forgot to say which.
        where = "body-unwrapped"
    elif low.startswith("header"):
        where = "header"
    elif re.fullmatch(r"[a-z][A-Za-z0-9]+", location) and method in ("POST", "PUT"):
        where = "body"
        ctx.warn(
            row.line,
            "bare-wrapper-location",
            f"location of {name!r} gives only the wrapper {location!r}",
        )
        if location not in wrappers:
            wrappers.append(location)
    else:
        where = "body"
        ctx.warn(
            row.line,
            "unknown-location",
            f"location {location!r} of {name!r} not understood; read as body",
        )
    if (
        where == "query"
        and location.lower().startswith("url")
        and name not in query_names
        and method not in ("GET", "DELETE")
    ):
        ctx.warn(
            row.line,
            "query-not-in-url",
            f"{name!r} is a url parameter missing from the URL template",
        )
    type_name = cells.get("type", "").strip()
    since = cells.get("since", "").strip()
    if not type_name:
        ctx.warn(row.line, "missing-type", f"parameter {name!r} has no type")
    if not since or not is_version(since):
        ctx.warn(row.line, "bad-since", f"parameter {name!r} has starting version {since!r}")
    values, dropped = split_values(cells.get("values", ""), description)
    if dropped:
        ctx.warn(
            row.line,
            "prose-in-values",
            f"allowed values of {name!r} hold prose, left out: {' '.join(dropped)!r}",
        )
    return {
        # Where the row is and what its location cell says, as written: the
        # defect report cites them without reading the page again.
        "line": row.line,
        "location_cell": cells.get("location", ""),
        "name": name,
        "in": where,
        "type": type_name,
        "required": not optional,
        "since": since,
        "description": description,
        "values": values,
    }


def _body_key(ctx: Context, wrappers: list[str], body_example: Any, method: str) -> str | None:
    if len(wrappers) > 1:
        ctx.warn(
            ctx.section.line,
            "wrapper-conflict",
            f"parameters name several wrappers: {', '.join(wrappers)}",
        )
    example_key: str | None = None
    if isinstance(body_example, dict):
        keys = [k for k in body_example if k not in TAG_PARAMS]
        if len(keys) == 1:
            example_key = keys[0]
    if method in ("GET", "DELETE"):
        return None
    action = (ctx.section.name or "").lower()
    for key in wrappers:
        if key != "params" and key.lower() != action:
            ctx.warn(
                ctx.section.line,
                "unusual-wrapper",
                f"wrapper {key!r} is neither 'params' nor the action name",
            )
    if wrappers:
        if example_key and example_key != wrappers[0]:
            # PUT actions are dispatched by a wrapper named after the action;
            # where table and example disagree, the one naming the action wins.
            action = (ctx.section.name or "").lower()
            chosen = example_key if example_key.lower() == action else wrappers[0]
            ctx.warn(
                ctx.section.line,
                "wrapper-conflict",
                f"table says wrapper {wrappers[0]!r}, body example uses {example_key!r}; kept {chosen!r}",
            )
            return chosen
        return wrappers[0]
    return example_key

"""Parameter tables -> the API's parameters, where each travels, and its wrapper."""

from __future__ import annotations

import re
from typing import Any, Literal

from zstack_openapi.catalog_model import Param
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

# Where a row says its parameter travels. `body-unwrapped` (a plain "body") is
# resolved to `body` or `body-root` once the API's wrapper is known.
Where = Literal["path", "query", "body", "body-root", "header", "body-unwrapped"]


def read_params(
    ctx: Context,
    tables: list[Table],
    request: RequestLine,
    query_names: set[str],
    body_example: Any,
) -> tuple[list[Param], str | None]:
    method = request.method
    path_vars = path_variables(request.path)
    # Each parameter with whether its row said only "body".
    params: list[tuple[Param, bool]] = []
    by_name: dict[str, tuple[Param, bool]] = {}
    wrappers: list[str] = []
    for table in tables:
        for row in table.rows:
            for problem in row.problems:
                ctx.warn(row.line, "row-shape", problem)
            found = _param(ctx, row, method, path_vars, query_names, wrappers)
            if found is None:
                continue
            param = found[0]
            existing = by_name.get(param["name"])
            if existing is not None:
                if not _same_facts(existing, found):
                    ctx.warn(
                        row.line,
                        "duplicate-param",
                        f"parameter {param['name']!r} documented twice with different facts",
                    )
                continue
            by_name[param["name"]] = found
            params.append(found)
    body_key = _body_key(ctx, wrappers, body_example, method)
    for param, unwrapped in params:
        if unwrapped:
            _resolve_unwrapped(ctx, param, body_key)
    for var in path_vars:
        if var not in by_name:
            ctx.warn(
                request.line,
                "undocumented-path-variable",
                f"path variable {{{var}}} has no parameter row",
            )
    return [param for param, _ in params], body_key


def _same_facts(a: tuple[Param, bool], b: tuple[Param, bool]) -> bool:
    facts_a = {k: v for k, v in a[0].items() if k not in _PLACE}
    facts_b = {k: v for k, v in b[0].items() if k not in _PLACE}
    return facts_a == facts_b and a[1] == b[1]


def _resolve_unwrapped(ctx: Context, param: Param, body_key: str | None) -> None:
    param["in"] = "body" if body_key else "body-root"
    where = f"inside the {body_key!r} wrapper" if body_key else "at the top level"
    ctx.warn(
        param["line"],
        "body-without-wrapper",
        f"{param['name']!r} documented as plain 'body'; read as {where}",
    )


def _param(
    ctx: Context,
    row: Row,
    method: str,
    path_vars: list[str],
    query_names: set[str],
    wrappers: list[str],
) -> tuple[Param, bool] | None:
    """A parameter row -> the parameter, and whether its row said only "body"."""
    cells = row.cells
    description = clean_description(cells.get("description", ""))
    name, optional = split_name(cells.get("name", ""), description)
    if not name:
        ctx.warn(row.line, "row-shape", "parameter row without a name skipped")
        return None
    location = cells.get("location", "").strip()
    where = _where(ctx, row, name, location, method, path_vars, wrappers)
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
    values = _values(ctx, row, name, description)
    param: Param = {
        # Where the row is and what its location cell says, as written: the
        # defect report cites them without reading the page again.
        "line": row.line,
        "location_cell": cells.get("location", ""),
        "name": name,
        # Settled by read_params once the wrapper is known.
        "in": "body" if where == "body-unwrapped" else where,
        "type": type_name,
        "required": not optional,
        "since": since,
        "description": description,
        "values": values,
    }
    return param, where == "body-unwrapped"


def _where(
    ctx: Context,
    row: Row,
    name: str,
    location: str,
    method: str,
    path_vars: list[str],
    wrappers: list[str],
) -> Where:
    """Where the parameter travels, from its location cell; a wrapper the cell
    names is added to `wrappers`."""
    wrapper = wrapper_of(location)
    low = location.lower()
    if name in path_vars:
        if not (low.startswith("url") or low.startswith("path")):
            ctx.warn(
                row.line,
                "location-contradiction",
                f"{name!r} is a path variable but documented in {location!r}",
            )
        return "path"
    if method in ("GET", "DELETE") or low.startswith("url") or low.startswith("query"):
        return "query"
    if wrapper is not None:
        if wrapper not in wrappers:
            wrappers.append(wrapper)
        return "body"
    if name in TAG_PARAMS or TOP_LEVEL.match(location):
        return "body-root"
    if low.startswith("body"):
        # Resolved once the API's wrapper is known: the server reads the API's
        # own fields inside the wrapper; the doc only forgot to say which.
        return "body-unwrapped"
    if low.startswith("header"):
        return "header"
    if re.fullmatch(r"[a-z][A-Za-z0-9]+", location) and method in ("POST", "PUT"):
        ctx.warn(
            row.line,
            "bare-wrapper-location",
            f"location of {name!r} gives only the wrapper {location!r}",
        )
        if location not in wrappers:
            wrappers.append(location)
        return "body"
    ctx.warn(
        row.line,
        "unknown-location",
        f"location {location!r} of {name!r} not understood; read as body",
    )
    return "body"


def _values(ctx: Context, row: Row, name: str, description: str) -> list[str]:
    values, dropped = split_values(row.cells.get("values", ""), description)
    if dropped:
        ctx.warn(
            row.line,
            "prose-in-values",
            f"allowed values of {name!r} hold prose, left out: {' '.join(dropped)!r}",
        )
    return values


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

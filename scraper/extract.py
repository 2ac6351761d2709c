"""One API section -> one catalog record (what the docs say, normalised)."""

from __future__ import annotations

import difflib
import re
from typing import Any

from scraper.blocks import Block, Page
from scraper.examples import looks_like_json, parse_json
from scraper.sections import Section
from scraper.system_tags import formats_from_flat, formats_from_text
from scraper.tables import (
    Row,
    Table,
    is_version,
    read_table,
    reference_of,
    split_name,
    split_values,
    wrapper_of,
)
from scraper.urls import RequestLine, is_request_block, parse_request_block, path_variables
from scraper.vocabulary import (
    EMPTY_RESPONSE,
    NESTED_INTRO,
    REQUEST_LABEL,
    RESPONSE_LABEL,
    SDK_ACTION,
    SDK_LABEL,
    SECTION_LABELS,
)

TAG_PARAMS = ("systemTags", "userTags")
_BRACKETED = re.compile(r"\[\s*([A-Za-z_]\w*)\s*\]")
_SPACES = re.compile(r"\s+")


def clean_description(text: str) -> str:
    if "[" in text:
        text = _BRACKETED.sub(r"\1", text)
    if "  " in text or "\n" in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


class _Context:
    def __init__(self, page: Page, section: Section) -> None:
        self.page = page
        self.section = section

    def warn(self, line: int, kind: str, message: str) -> None:
        self.page.warn(line, kind, message, self.section.name)


def build_record(page: Page, section: Section) -> dict[str, Any] | None:
    ctx = _Context(page, section)
    requests: list[RequestLine] = []
    description: list[str] = []
    body_example: Any = None
    response_example: Any = None
    error_example = False
    empty_said = False
    param_tables: list[Table] = []
    field_tables: list[tuple[str | None, Table]] = []
    tag_formats: list[str] = []
    phase = "intro"
    seen_curl = False
    pending_intro: str | None = None

    for block in section.blocks:
        if block.kind == "heading":
            if RESPONSE_LABEL.match(block.text):
                phase = "response"
            elif SDK_LABEL.match(block.text):
                phase = "sdk"
            elif REQUEST_LABEL.match(block.text):
                phase = "request"
            intro = NESTED_INTRO.match(block.text)
            if intro:
                pending_intro = intro.group(1)
            continue
        if block.kind == "text":
            text = block.text
            intro = NESTED_INTRO.match(text)
            if intro:
                pending_intro = intro.group(1)
                continue
            if RESPONSE_LABEL.match(text):
                phase = "response"
                continue
            if SECTION_LABELS.match(text):
                continue
            if EMPTY_RESPONSE.search(text):
                empty_said = True
            formats = formats_from_text(text)
            if not formats and page.format == "flat" and "::" in text:
                formats = formats_from_flat(text)
            for fmt in formats:
                if fmt not in tag_formats:
                    tag_formats.append(fmt)
            if phase == "intro" and not formats and section.heading_name is not None:
                description.append(text)
            continue
        if block.kind == "code":
            text = block.text.strip()
            if is_request_block(text):
                found, problems = parse_request_block(text, block.line)
                for url_problem in problems:
                    ctx.warn(block.line, url_problem.kind, url_problem.message)
                if phase == "intro":
                    phase = "request"
                requests.extend(found)
                continue
            if SDK_ACTION.search(text):
                phase = "sdk"
                continue
            if text.startswith("curl"):
                seen_curl = True
                continue
            if text in ("{}", "{ }"):
                if phase != "sdk":
                    empty_said = empty_said or bool(param_tables) or seen_curl
                continue
            if looks_like_json(text) and phase != "sdk":
                value, problem = parse_json(text)
                if problem:
                    ctx.warn(block.line, "invalid-json", problem)
                is_request_side = (
                    phase in ("intro", "request") and not seen_curl and not param_tables
                )
                if is_request_side:
                    if body_example is None:
                        body_example = value
                elif isinstance(value, dict) and set(value) == {"error"}:
                    error_example = True
                elif response_example is None and value is not None:
                    response_example = value
            continue
        if block.kind == "table":
            table = read_table(block)
            for problem in table.problems:
                ctx.warn(block.line, "headerless-table", problem)
            if table.kind == "params":
                param_tables.append(table)
                if phase in ("intro", "request"):
                    phase = "request-done"
            elif table.kind == "fields":
                if any(i == pending_intro and _same_rows(t, table) for i, t in field_tables):
                    # The export prints some nested tables twice; in a flat scrape
                    # the copy would be matched to the next reference.
                    ctx.warn(
                        block.line,
                        "duplicate-table",
                        f"table {pending_intro or '(unnamed)'} printed twice; the copy is ignored",
                    )
                elif phase == "intro" and pending_intro is None:
                    # A table in the API's introduction explains a value (e.g. a
                    # map's keys); the response tables come after the request.
                    pass
                else:
                    field_tables.append((pending_intro, table))
            pending_intro = None

    if not requests:
        ctx.warn(section.line, "no-request", "API section has no request line")
        return None
    primary = requests[0]
    extra_paths: list[str] = []
    for other in requests[1:]:
        if other.method != primary.method:
            ctx.warn(
                other.line,
                "mixed-methods",
                f"further URL {other.method} {other.path} differs in method from {primary.method}",
            )
        if other.path != primary.path and other.path not in extra_paths:
            extra_paths.append(other.path)
    query_names = {q for r in requests for q in r.query}

    params, body_key = _params(ctx, param_tables, primary, query_names, body_example)
    fields = _response_fields(ctx, field_tables)
    empty = empty_said or (not fields and response_example in (None, {}) and error_example)
    return {
        "name": section.name,
        "title": section.title,
        "category": list(section.category),
        "description": "\n".join(description) if description else None,
        "method": primary.method,
        "path": primary.path,
        "extra_paths": extra_paths,
        "body_key": body_key,
        "params": params,
        "response": {"empty": bool(empty), "example": response_example, "fields": fields},
        "system_tags": tag_formats,
        "source": {"file": page.file, "line": section.line},
    }


def _params(
    ctx: _Context,
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
                if {k: v for k, v in existing.items() if k != "_line"} != {
                    k: v for k, v in param.items() if k != "_line"
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
                param.pop("_line"),
                "body-without-wrapper",
                f"{param['name']!r} documented as plain 'body'; read as {where}",
            )
        else:
            param.pop("_line", None)
    for var in path_vars:
        if var not in by_name:
            ctx.warn(
                request.line,
                "undocumented-path-variable",
                f"path variable {{{var}}} has no parameter row",
            )
    return params, body_key


def _param(
    ctx: _Context,
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
    elif name in TAG_PARAMS:
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
        "_line": row.line,
        "name": name,
        "in": where,
        "type": type_name,
        "required": not optional,
        "since": since,
        "description": description,
        "values": values,
    }


def _body_key(ctx: _Context, wrappers: list[str], body_example: Any, method: str) -> str | None:
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


def _response_fields(ctx: _Context, tables: list[tuple[str | None, Table]]) -> list[dict[str, Any]]:
    if not tables:
        return []
    top_index = next((k for k, (intro, _) in enumerate(tables) if intro is None), 0)
    top = tables[top_index][1]
    rest = [t for k, t in enumerate(tables) if k != top_index]
    used: set[int] = set()

    def take(ref: str) -> Table | None:
        named = [
            k
            for k, (intro, _) in enumerate(rest)
            if intro is not None and intro.lower() == ref.lower()
        ]
        fresh = [k for k in named if k not in used]
        if fresh:
            used.add(fresh[0])
            return rest[fresh[0]][1]
        if named:
            return rest[named[-1]][1]
        near = _near_name(
            ref, [intro for k, (intro, _) in enumerate(rest) if intro and k not in used]
        )
        if near is not None:
            # `详情参考[inventory]` above a `#inventories` table, or a typo
            # (`inventroy`): the one unused table with a close name is meant.
            k = next(k for k, (intro, _) in enumerate(rest) if intro == near and k not in used)
            used.add(k)
            ctx.warn(
                rest[k][1].line, "reference-mismatch", f"reference {ref!r} read as table {near!r}"
            )
            return rest[k][1]
        unnamed = [k for k, (intro, _) in enumerate(rest) if intro is None and k not in used]
        if not unnamed:
            return None
        wants_error = "error" in ref.lower() or ref == "cause"
        preferred = [k for k in unnamed if _is_error_table(rest[k][1]) == wants_error]
        pick = (preferred or unnamed)[0]
        used.add(pick)
        return rest[pick][1]

    def build(table: Table, path: tuple[str, ...]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in table.rows:
            cells = row.cells
            description = cells.get("description", "")
            name = split_name(cells.get("name", ""), "")[0]
            type_name = cells.get("type", "").strip()
            node: dict[str, Any] = {
                "name": name,
                "type": type_name,
                "since": cells.get("since", "").strip(),
                "description": clean_description(description),
                "fields": [],
            }
            ref = reference_of(description, name, type_name)
            if ref is None and any(
                intro == name and k not in used for k, (intro, _) in enumerate(rest)
            ):
                # The row lost its `详情参考[x]` but a `#name` table is there for it.
                ctx.warn(
                    row.line,
                    "reference-missing",
                    f"response field {name!r} has its table but no reference to it",
                )
                ref = name
            if ref and ref.lower() not in path:
                nested = take(ref)
                if nested is None:
                    ctx.warn(
                        row.line,
                        "missing-table",
                        f"response field {name!r} refers to table {ref!r}, which is not there",
                    )
                else:
                    node["fields"] = build(nested, (*path, ref.lower()))
            out.append(node)
        return out

    fields = build(top, ())
    for k, (intro, table) in enumerate(rest):
        if k not in used and not any(intro == i2 and k2 in used for k2, (i2, _) in enumerate(rest)):
            ctx.warn(
                table.line,
                "unreferenced-table",
                f"response table {intro or '(unnamed)'} is referenced by no field",
            )
    return fields


def _near_name(ref: str, names: list[str]) -> str | None:
    low = ref.lower()
    for name in names:
        if name.lower() in (low + "s", low + "es", low[:-1]):
            return name
    close = difflib.get_close_matches(ref, names, n=2, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def _same_rows(a: Table, b: Table) -> bool:
    return [r.cells for r in a.rows] == [r.cells for r in b.rows]


def _is_error_table(table: Table) -> bool:
    names = {row.cells.get("name", "").strip() for row in table.rows}
    return {"code", "description", "details"} <= names


def section_blocks_span(section: Section) -> tuple[int, int]:
    lines = [b.line for b in section.blocks] or [section.line]
    return min([section.line, *lines]), max(lines)


def extract_page(page: Page) -> list[dict[str, Any]]:
    from scraper.sections import split_sections

    records: list[dict[str, Any]] = []
    for section in split_sections(page):
        record = build_record(page, section)
        if record is not None:
            records.append(record)
    return records


__all__ = ["Block", "build_record", "clean_description", "extract_page"]

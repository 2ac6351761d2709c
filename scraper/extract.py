"""One API section -> one catalog record (what the docs say, normalised)."""

from __future__ import annotations

from typing import Any

from zstack_openapi.scraper.blocks import Page
from zstack_openapi.scraper.context import Context
from zstack_openapi.scraper.examples import looks_like_json, parse_json
from zstack_openapi.scraper.params import read_params
from zstack_openapi.scraper.response_tables import response_fields, same_rows
from zstack_openapi.scraper.sections import Section
from zstack_openapi.scraper.system_tags import formats_from_flat, formats_from_text
from zstack_openapi.scraper.tables import Table, read_table
from zstack_openapi.scraper.urls import RequestLine, is_request_block, parse_request_block
from zstack_openapi.scraper.vocabulary import (
    EMPTY_RESPONSE,
    NESTED_INTRO,
    REQUEST_LABEL,
    RESPONSE_LABEL,
    SDK_ACTION,
    SDK_LABEL,
    SECTION_LABELS,
)


def build_record(page: Page, section: Section) -> dict[str, Any] | None:
    ctx = Context(page, section)
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
    request_line: int | None = None  # the first request block's request line

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
                if request_line is None:
                    request_line = found[0].line if found else block.line
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
                if any(i == pending_intro and same_rows(t, table) for i, t in field_tables):
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

    params, body_key = read_params(ctx, param_tables, primary, query_names, body_example)
    fields = response_fields(ctx, field_tables)
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
        "source": {
            "file": page.file,
            "line": section.line,
            "request_line": request_line if request_line is not None else primary.line,
        },
    }


def extract_page(page: Page) -> list[dict[str, Any]]:
    from zstack_openapi.scraper.sections import split_sections

    records: list[dict[str, Any]] = []
    for section in split_sections(page):
        record = build_record(page, section)
        if record is not None:
            if "execution" in page.facts:
                record["execution"] = page.facts["execution"]
            records.append(record)
    return records


__all__ = ["build_record", "extract_page"]

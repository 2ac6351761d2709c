"""One API section -> one catalog record (what the docs say, normalised)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, cast

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.context import Context
from zstack_openapi.scraper.examples import looks_like_json, parse_json
from zstack_openapi.scraper.params import read_params
from zstack_openapi.scraper.record import Record
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


@dataclass(slots=True)
class _Scan:
    """What a walk over one section's blocks has gathered so far."""

    requests: list[RequestLine] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    body_example: Any = None  # any JSON the doc shows
    response_example: Any = None
    error_example: bool = False
    empty_said: bool = False
    param_tables: list[Table] = field(default_factory=list)
    field_tables: list[tuple[str | None, Table]] = field(default_factory=list)
    tag_formats: list[str] = field(default_factory=list)
    # Which part of the section the walk is in: intro, request, request-done,
    # response or sdk.
    phase: str = "intro"
    seen_curl: bool = False
    pending_intro: str | None = None
    request_line: int | None = None  # the first request block's request line


def build_record(page: Page, section: Section) -> Record | None:
    ctx = Context(page, section)
    scan = _Scan()
    for block in section.blocks:
        if block.kind == "heading":
            _on_heading(scan, block)
        elif block.kind == "text":
            _on_text(scan, page, section, block)
        elif block.kind == "code":
            _on_code(scan, ctx, block)
        elif block.kind == "table":
            _on_table(scan, ctx, block)
    if not scan.requests:
        ctx.warn(section.line, "no-request", "API section has no request line")
        return None
    return _record(ctx, scan)


def _on_heading(scan: _Scan, block: Block) -> None:
    if RESPONSE_LABEL.match(block.text):
        scan.phase = "response"
    elif SDK_LABEL.match(block.text):
        scan.phase = "sdk"
    elif REQUEST_LABEL.match(block.text):
        scan.phase = "request"
    intro = NESTED_INTRO.match(block.text)
    if intro:
        scan.pending_intro = intro.group(1)


def _on_text(scan: _Scan, page: Page, section: Section, block: Block) -> None:
    text = block.text
    intro = NESTED_INTRO.match(text)
    if intro:
        scan.pending_intro = intro.group(1)
        return
    if RESPONSE_LABEL.match(text):
        scan.phase = "response"
        return
    if SECTION_LABELS.match(text):
        return
    if EMPTY_RESPONSE.search(text):
        scan.empty_said = True
    formats = formats_from_text(text)
    if not formats and page.format == "flat" and "::" in text:
        formats = formats_from_flat(text)
    for fmt in formats:
        if fmt not in scan.tag_formats:
            scan.tag_formats.append(fmt)
    if scan.phase == "intro" and not formats and section.heading_name is not None:
        scan.description.append(text)


def _on_code(scan: _Scan, ctx: Context, block: Block) -> None:
    text = block.text.strip()
    if is_request_block(text):
        found, problems = parse_request_block(text, block.line)
        if scan.request_line is None:
            scan.request_line = found[0].line if found else block.line
        for url_problem in problems:
            ctx.warn(block.line, url_problem.kind, url_problem.message)
        if scan.phase == "intro":
            scan.phase = "request"
        scan.requests.extend(found)
    elif SDK_ACTION.search(text):
        scan.phase = "sdk"
    elif text.startswith("curl"):
        scan.seen_curl = True
    elif text in ("{}", "{ }"):
        if scan.phase != "sdk":
            scan.empty_said = scan.empty_said or bool(scan.param_tables) or scan.seen_curl
    elif looks_like_json(text) and scan.phase != "sdk":
        _on_json_example(scan, ctx, block, text)


def _on_json_example(scan: _Scan, ctx: Context, block: Block, text: str) -> None:
    value, problem = parse_json(text)
    if problem:
        ctx.warn(block.line, "invalid-json", problem)
    is_request_side = (
        scan.phase in ("intro", "request") and not scan.seen_curl and not scan.param_tables
    )
    if is_request_side:
        if scan.body_example is None:
            scan.body_example = value
    elif isinstance(value, dict) and set(value) == {"error"}:
        scan.error_example = True
    elif scan.response_example is None and value is not None:
        scan.response_example = value


def _on_table(scan: _Scan, ctx: Context, block: Block) -> None:
    table = read_table(block)
    for problem in table.problems:
        ctx.warn(block.line, "headerless-table", problem)
    if table.kind == "params":
        scan.param_tables.append(table)
        if scan.phase in ("intro", "request"):
            scan.phase = "request-done"
    elif table.kind == "fields":
        pending = scan.pending_intro
        if any(i == pending and same_rows(t, table) for i, t in scan.field_tables):
            # The export prints some nested tables twice; in a flat scrape
            # the copy would be matched to the next reference.
            ctx.warn(
                block.line,
                "duplicate-table",
                f"table {pending or '(unnamed)'} printed twice; the copy is ignored",
            )
        elif scan.phase == "intro" and pending is None:
            # A table in the API's introduction explains a value (e.g. a
            # map's keys); the response tables come after the request.
            pass
        else:
            scan.field_tables.append((pending, table))
    scan.pending_intro = None


def _extra_paths(ctx: Context, requests: list[RequestLine]) -> list[str]:
    """The paths of the further request lines; a differing method is warned on."""
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
    return extra_paths


def _record(ctx: Context, scan: _Scan) -> Record:
    section = ctx.section
    primary = scan.requests[0]
    extra_paths = _extra_paths(ctx, scan.requests)
    query_names = {q for r in scan.requests for q in r.query}
    params, body_key = read_params(ctx, scan.param_tables, primary, query_names, scan.body_example)
    fields = response_fields(ctx, scan.field_tables)
    empty = scan.empty_said or (
        not fields and scan.response_example in (None, {}) and scan.error_example
    )
    return {
        "name": section.name,
        "title": section.title,
        "category": list(section.category),
        "description": "\n".join(scan.description) if scan.description else None,
        "method": primary.method,
        "path": primary.path,
        "extra_paths": extra_paths,
        "body_key": body_key,
        "params": params,
        "response": {"empty": bool(empty), "example": scan.response_example, "fields": fields},
        "system_tags": scan.tag_formats,
        "source": {
            "file": ctx.page.file,
            "line": section.line,
            "request_line": scan.request_line if scan.request_line is not None else primary.line,
        },
    }


def extract_page(page: Page) -> list[Record]:
    from zstack_openapi.scraper.sections import split_sections

    records: list[Record] = []
    for section in split_sections(page):
        record = build_record(page, section)
        if record is not None:
            if "execution" in page.facts:
                # The Explorer reader writes only these two words.
                execution = cast(Literal["synchronous", "asynchronous"], page.facts["execution"])
                record["execution"] = execution
            records.append(record)
    return records


__all__ = ["build_record", "extract_page"]

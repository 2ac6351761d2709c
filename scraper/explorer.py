"""The ZStack API Explorer's page text: method badge, inputs, endpoint, curl.

`POSTCluster OperationsSince 0.6SynchronousAuth Required` carries the method,
the release and whether the call is synchronous; inputs are
`nameTypeRequiredDescription` lines under Path Parameters / Query Parameters /
Body Fields (路径参数 / 查询参数 / 请求体字段). The compact form loses whether a
body field sits in the wrapper object or at the top level: the curl example's
`-d` JSON says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.text_rows import CANONICAL, split_glued_name_type

_SECTIONS = {
    "path parameters": "url",
    "路径参数": "url",
    "query parameters": "query",
    "查询参数": "query",
    "body fields": "body",
    "请求体字段": "body",
}
_ENDPOINT = {"endpoint", "请求地址"}
# Page furniture around the inputs: consumed, never description.
_FURNITURE = {
    "request inputs",
    "请求参数",
    "execution availability",
    "try it out",
    "responses",
    "success response",
    "error response",
    "request example",
    "请求示例",
    "change history",
    "变更历史",
}
_META = re.compile(
    r"^(?P<verb>GET|POST|PUT|DELETE|PATCH)(?!\s*/)(?P<group>[^/]*?)"
    r"(?:(?:Since|起始版本)\s*:?\s*(?P<since>\d+(?:\.\d+)*))?\s*"
    r"(?P<mode>Synchronous|Asynchronous|同步|异步)"
)
_MARK = re.compile(r"^(?P<mark>Required|Optional|必填|可选)\s*[.。:]?\s*")
_DATA = re.compile(
    r"(?:-d|--data(?:-raw|-binary)?)\s+(?:'(?P<single>[^']*)'|\"(?P<double>(?:[^\"\\]|\\.)*)\")"
)
_QUERY_NAME = re.compile(r"[?&]([A-Za-z_]\w*)=")
_BODY_OBJECT = re.compile(r"request body (?:parameter )?object|请求体", re.IGNORECASE)
_TAGS = ("systemTags", "userTags")

# A JSON object as the page shows it (the curl body example): page text, not catalog data.
JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Meta:
    method: str
    since: str
    mode: str  # "synchronous" | "asynchronous"


def read_meta(line: str) -> Meta | None:
    match = _META.match(line)
    if match is None:
        return None
    mode = match.group("mode")
    return Meta(
        match.group("verb"),
        match.group("since") or "",
        "synchronous" if mode in ("Synchronous", "同步") else "asynchronous",
    )


def is_explorer_label(text: str) -> bool:
    low = text.strip().lower()
    return low in _SECTIONS or low in _ENDPOINT or low in ("request inputs", "try it out")


@dataclass(slots=True)
class ExplorerInputs:
    since: str = ""
    mode: str | None = None
    titled: str | None = None
    in_section: str | None = None
    endpoint_next: bool = False
    table_at: int | None = None
    table_line: int = 0
    rows: list[tuple[str, str, int]] = field(default_factory=list)
    body: JsonObject | None = None  # the curl example's body, any JSON object
    query_names: list[str] = field(default_factory=list)

    def meta(self, meta: Meta) -> None:
        self.since = meta.since
        self.mode = meta.mode

    def section_label(self, line: str, lineno: int, position: int) -> bool:
        low = line.lower()
        if low in _SECTIONS:
            self.in_section = _SECTIONS[low]
            if self.table_at is None:
                self.table_at, self.table_line = position, lineno
            return True
        if low in _ENDPOINT:
            self.in_section = None
            self.endpoint_next = True
            return True
        if low in _FURNITURE or low.startswith("submit a mock request"):
            self.in_section = None
            return True
        return False

    def row(self, line: str, lineno: int) -> None:
        assert self.in_section is not None
        self.rows.append((self.in_section, line, lineno))

    def curl(self, text: str) -> None:
        data = _DATA.search(text)
        if data is not None:
            raw = data.group("single") if data.group("single") is not None else data.group("double")
            try:
                value = json.loads(raw)
            except ValueError:
                value = None
            if isinstance(value, dict):
                self.body = value
        for name in _QUERY_NAME.findall(text):
            if name not in self.query_names:
                self.query_names.append(name)

    def finish(self, page: Page) -> None:
        if self.mode is not None:
            page.facts["execution"] = self.mode
        if not self.rows:
            return
        names = self._known_names()
        wrappers: list[str] = []
        parsed: list[tuple[str, str, str, bool, str, int]] = []
        for where, line, lineno in self.rows:
            split = split_glued_name_type(line, names)
            if split is None:
                page.warn(lineno, "row-shape", f"Explorer input {line[:80]!r} not understood")
                continue
            name, type_name, rest = split
            mark = _MARK.match(rest)
            required = mark is not None and mark.group("mark") in ("Required", "必填")
            description = rest[mark.end() :] if mark else rest
            if where == "body" and self._is_wrapper(name, type_name, description):
                wrappers.append(name)
                continue
            parsed.append((where, name, type_name, required, description.strip(), lineno))
        if self.body is None and any(w == "body" for w, *_ in parsed):
            page.warn(
                self.table_line,
                "explorer-nesting",
                "no curl body example: body fields placed by the wrapper row alone",
            )
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        for where, name, type_name, required, description, lineno in parsed:
            location = self._location(where, name, wrappers)
            rows.append(
                (
                    name if required else f"{name} (optional)",
                    type_name,
                    location,
                    description,
                    "",
                    self.since,
                )
            )
            row_lines.append(lineno)
        header = tuple(
            CANONICAL[c] for c in ("name", "type", "location", "description", "values", "since")
        )
        table = Block(
            "table", self.table_line, header=header, rows=tuple(rows), row_lines=tuple(row_lines)
        )
        at = self.table_at if self.table_at is not None else len(page.blocks)
        page.blocks.insert(at, table)

    def _known_names(self) -> tuple[str, ...]:
        names: set[str] = set(self.query_names)
        if self.body is not None:
            for key, value in self.body.items():
                names.add(key)
                if isinstance(value, dict):
                    names.update(value)
        # Longest first: `nameSuffix` must not be read as `name` + a type.
        return tuple(sorted(names, key=lambda n: (-len(n), n)))

    def _is_wrapper(self, name: str, type_name: str, description: str) -> bool:
        if type_name != "Object":
            return False
        if self.body is not None and isinstance(self.body.get(name), dict):
            return True
        return _BODY_OBJECT.search(description) is not None

    def _location(self, where: str, name: str, wrappers: list[str]) -> str:
        if where != "body":
            return where
        if self.body is not None:
            for key, value in self.body.items():
                if isinstance(value, dict) and name in value:
                    return f"body (contained in the {key} structure)"
            if name in self.body:
                return "body (top level)"
        if wrappers and name not in _TAGS:
            return f"body (contained in the {wrappers[0]} structure)"
        return "body"

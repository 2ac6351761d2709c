"""The site's internal model: plain dataclasses parsed from the OpenAPI document.

Templates only format this model; every decision (what a parameter's limits are,
which APIs are related, what the examples say, which release added what) is made
while parsing, in `parse.py`, `examples.py` and `changelog.py`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Route:
    method: str
    path: str


@dataclass(frozen=True)
class Correction:
    """Where the docs were wrong: what they say, what the server (ZStack's Java SDK) does."""

    fact: str  # method | path | name | body key | required | location | type | values | ...
    docs: str
    sdk: str
    at: str | None  # the docs' file:line


@dataclass
class Param:
    name: str  # the wire name
    python: str | None  # the SDK's keyword argument (None: the SDK has none for it)
    location: str  # path | query | body | body-root | header
    type: str
    required: bool
    since: str | None
    since_key: str  # the release as compared ("3.1"), "" when undated
    since_unknown: bool
    description: str
    values: list[str]  # allowed values, as JSON literals
    limits: list[tuple[str, str]]  # (constraint keyword, value)
    source: str | None  # docs | sdk | both (None: a spec without reconciliation)
    corrections: list[Correction] = field(default_factory=list)
    flag: str | None = None  # not-in-sdk
    standard: bool = False  # a query-chapter parameter every Query API takes


@dataclass
class FieldNode:
    name: str
    type: str
    since: str | None
    since_key: str
    description: str
    children: list[FieldNode] = field(default_factory=list)
    class_name: str | None = None  # the component the children come from
    cut: bool = False  # the class is already open above: not expanded again


@dataclass(frozen=True)
class Examples:
    body: str | None  # the request body as JSON text
    curl: str
    python: str
    cli: str


@dataclass(frozen=True)
class ReportRow:
    """One row of the defect report about this API."""

    section: str  # the report's class ("Wrong method or path")
    kind: str  # its sub-kind ("method"), "" when none
    subject: str  # "CreateVmBackup" or "CreateVmBackup: name"
    at: str
    docs: str
    sdk: str


@dataclass
class Api:
    name: str
    title: str
    description: str
    chapter: str  # the tag
    method: str
    path: str
    other_routes: list[Route]
    shared_with: list[str]  # APIs on the same method + path (the body's wrapper key selects)
    body_key: str | None
    since: str
    since_key: str
    since_unknown: bool
    is_async: bool
    auth: bool
    status: str | None
    origin: str | None
    source_at: str | None
    params: list[Param]
    result_class: str | None
    result: list[FieldNode]
    response_example: str | None
    corrections: list[Correction]
    report: list[ReportRow]
    related: list[str]
    examples: Examples
    python_call: str  # `client.create_vm_backup`
    system_tags: list[str]
    notes: list[str]
    query: bool


@dataclass
class Chapter:
    tag: str
    title: str
    path: list[str]  # breadcrumb: part / chapter / ... / this
    apis: list[str]


@dataclass
class ParamAdded:
    api: str
    param: str
    detail: str


@dataclass
class Release:
    key: str  # "3.1"
    label: str  # the longest spelling the spec uses ("3.1.0")
    apis: list[str]
    params: list[ParamAdded]


@dataclass
class Site:
    title: str
    version: str
    description: str
    apis: dict[str, Api]
    chapters: list[Chapter]
    parts: list[tuple[str, list[Chapter]]]  # chapters grouped by their first path element
    releases: list[Release]  # oldest first
    undated_apis: list[str]  # since unknown: only the SDK knows them
    undated_params: int
    skipped: list[str] = field(default_factory=list)  # warnings: what could not be shown

"""Typed shape of the ZStack Java SDK facts.

The shape is the one of ``shared/oracles/zstack-java-sdk-truth.json`` so that
facts read from a source tree and facts loaded from that file are
interchangeable: every consumer can be written once against these types.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

ParamLocation = Literal["url", "query", "body"]
StructKind = Literal["result", "inventory"]

TOP_LEVEL_KEYS: tuple[str, ...] = (
    "apis",
    "enums",
    "meta",
    "other_structs",
    "struct_meta",
    "structs",
)

SCHEMA: dict[str, str] = {
    "apis": (
        "list of {api: name without 'Action'; method; path: /zstack/v1/...; path_vars; "
        "body_key: JSON body wrapper key or null; parameter_name_raw; need_session; "
        "need_poll (false = answers 200 at once); is_query; extends; result_class, "
        "result_class_fqn; java_class; sdk_path; source_file; non_api_params; params: "
        "list of {name, java_type, location (url|query|body as the SDK sends it), "
        "required, valid_values, valid_regex, max_length, min_length, non_empty, "
        "null_elements, empty_string, number_range [lo, hi], number_range_unit, no_trim, "
        "api_param, declared_in (set when inherited, e.g. from QueryAction)}}"
    ),
    "enums": "{EnumName: [constant, ...]}",
    "meta.element_types": (
        "{container_fields, typed, unknown, by_section {structs|other_structs: "
        "{container_fields, typed}}, unknown_by_reason {no_server_class (not in the "
        "open-source tree) | no_source_class | field_not_found | raw_on_server | "
        "type_variable | wildcard | not_in_sdk (an element class the SDK does not "
        "generate) | type_mismatch: count}, unknown_examples [{struct, field, java_type, "
        "why, detail}], result_source_classes {results, request_response_class, "
        "rest_response_name, not_found}, server_files, server_files_parsed, "
        "server_files_unparsed, warnings}; {skipped} without server sources"
    ),
    "other_structs": (
        "{ClassName: list of fields} for other data classes referenced by results; "
        "element_type / key_type / value_type as in structs"
    ),
    "struct_meta": (
        "{ClassName: {kind: result|inventory, java_class, extends, source_class, "
        "source_file}}; for a result whose SourceClassMap entry is missing, source_class "
        "is the server response class (binary FQN, Outer$Inner) and source_class_via "
        "tells how it was found: 'request:<message FQN>.responseClass' (@RestRequest of "
        "API<api>Msg) or 'rest_response_name' (the @RestResponse class whose generated "
        "name is the result's); still null when the open-source tree lacks it"
    ),
    "structs": (
        "{ClassName: list of {name, java_type, declared_in?}} for *Result and *Inventory "
        "classes; a raw container field (java_type "
        "java.util.List/Set/Collection/Map/LinkedHashMap...) may also carry element_type "
        "(List/Set/Collection) or key_type and value_type (Map), read from the generics "
        "of the server class the SDK class was generated from: the SDK class's simple "
        "name (via SourceClassMap, else the same simple name among "
        "structs/other_structs/enums) or a Java builtin's simple name (String, Long, "
        "Integer, Boolean, Double, Timestamp, Object, ...); nested generics keep their "
        "arguments (e.g. 'List<String>'); both keys or neither for a Map; absent = "
        "unknown (see meta.element_types)"
    ),
}


class DefaultExpr(TypedDict):
    """A field initializer that is not a plain literal, kept as Java source text."""

    expr: str


DefaultValue = str | int | float | bool | DefaultExpr


class ParamRecord(TypedDict):
    """One ``@Param`` field of an SDK action, as the SDK validates and sends it."""

    name: str
    java_type: str
    location: ParamLocation
    required: bool
    valid_values: list[str] | None
    valid_regex: str | None
    max_length: int | None
    min_length: int | None
    non_empty: bool
    null_elements: bool
    empty_string: bool
    number_range: list[int] | None
    number_range_unit: list[str] | None
    no_trim: bool
    api_param: bool
    declared_in: NotRequired[str]
    default: NotRequired[DefaultValue]


class ApiRecord(TypedDict):
    """One SDK action class (``XxxAction``), i.e. one callable API."""

    api: str
    method: str
    path: str
    path_vars: list[str]
    body_key: str | None
    parameter_name_raw: str
    need_session: bool
    need_poll: bool
    is_query: bool
    extends: str
    result_class: str | None
    result_class_fqn: str | None
    java_class: str
    sdk_path: str
    source_file: str
    non_api_params: list[str]
    params: list[ParamRecord]


class FieldRecord(TypedDict):
    """One public field of a data class; ``declared_in`` names the ancestor that declares it.

    A raw container's element type (``element_type``, or ``key_type`` and
    ``value_type`` of a map) is read from the server class the SDK class was
    generated from, so only facts extracted with the server sources carry it."""

    name: str
    java_type: str
    declared_in: NotRequired[str]
    element_type: NotRequired[str]
    key_type: NotRequired[str]
    value_type: NotRequired[str]


class StructMeta(TypedDict):
    kind: StructKind
    java_class: str
    extends: str | None
    source_class: str | None
    source_file: str
    # How a result's server class was found without a SourceClassMap entry
    # (server sources only): 'request:<message FQN>.responseClass' or 'rest_response_name'.
    source_class_via: NotRequired[str]


class SkippedFile(TypedDict):
    file: str
    why: str


# The SDK facts' own meta record (not catalog data): how container element types
# were found, per source, or ``{"skipped": why}``; read by nothing but people.
ElementTypes = dict[str, Any]


class SdkMeta(TypedDict):
    """Provenance and counts; ``warnings`` carries every file the reader could not use fully."""

    action_files: int
    apis: int
    body_keys: dict[str, int]
    commit: str | None
    duplicate_api_names: list[str]
    # Container element types from the server sources; ``{"skipped": why}`` without them.
    element_types: ElementTypes
    enums: int
    files_parsed: int
    files_total: int
    files_unparsed: int
    generator: str
    methods: dict[str, int]
    other_structs: int
    params_total: int
    params_total_excluding_query_inherited: int
    query_apis: int
    repo_version: str | None
    result_classes_unreferenced: list[str]
    schema: dict[str, str]
    sdk_root: str
    skipped_files: list[SkippedFile]
    source: str
    structs: int
    structs_inventory: int
    structs_result: int
    unparsed_files: list[str]
    warnings: list[str]


class SdkFacts(TypedDict):
    apis: list[ApiRecord]
    structs: dict[str, list[FieldRecord]]
    struct_meta: dict[str, StructMeta]
    other_structs: dict[str, list[FieldRecord]]
    enums: dict[str, list[str]]
    meta: SdkMeta

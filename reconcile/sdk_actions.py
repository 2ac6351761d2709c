"""Turn one parsed ``XxxAction`` class into an API record.

The rules mirror how the SDK itself builds a request (``ZSClient``): path
variables are substituted into the URL, GET and DELETE send everything else
as query parameters, other methods send it in the JSON body, wrapped in the
key named by ``RestInfo.parameterName`` unless that is empty or "null".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zstack_openapi.reconcile.java_classes import JavaClass, JavaField, fields_of
from zstack_openapi.reconcile.java_index import ClassIndex
from zstack_openapi.reconcile.java_text import (
    JavaSyntaxError,
    annotation_arguments,
    array_elements,
    matching_close,
    parse_string_literal,
)
from zstack_openapi.reconcile.sdk_model import ApiRecord, DefaultValue, ParamLocation, ParamRecord

URL_PREFIX = "/zstack/v1"
SDK_ROOT_LABEL = "sdk/src/main/java/"
QUERY_BASE = "QueryAction"
# The generator adds these to every action for authentication; they are not API parameters.
CREDENTIAL_PARAMS = frozenset({"sessionId", "accessKeyId", "accessKeySecret", "requestIp"})
BODYLESS_METHODS = frozenset({"GET", "DELETE"})
NO_BODY_KEY = frozenset({"", "null"})
REST_INFO_KEYS = ("httpMethod", "path", "needSession", "needPoll", "parameterName")

_REST_INFO_RE = re.compile(r"\bgetRestInfo\s*\(\s*\)\s*(?:throws\s[^{]*)?\{")
_ASSIGN_RE = re.compile(r"\binfo\s*\.\s*(\w+)\s*=\s*(\"(?:[^\"\\\n]|\\.)*\"|[^;]+?)\s*;")
_RESULT_CLASS_RE = re.compile(r"\bclass\s+Result\b[^{;]*\{")
_GET_RESULT_RE = re.compile(r"\bgetResult\s*\(\s*([\w$.]+)\s*\.\s*class\b")
_PATH_VAR_RE = re.compile(r"\{([^{}/]+)\}")
_INT_RE = re.compile(r"[-+]?(?:0[xX][0-9a-fA-F_]+|\d[\d_]*)[lL]?")
_FLOAT_RE = re.compile(r"[-+]?(?:\d[\d_]*\.\d*|\.\d+|\d[\d_]*)(?:[eE][-+]?\d+)?[fFdD]?")

Warn = Callable[[str], None]


class MalformedSdkFile(ValueError):
    """An SDK file that does not have the shape the generator gives actions."""


def _text_value(raw: str) -> str:
    return parse_string_literal(raw) if raw.startswith('"') else raw


def _bool_value(raw: str, what: str) -> bool:
    if raw not in ("true", "false"):
        raise MalformedSdkFile(f"{what} is {raw!r}, not true or false")
    return raw == "true"


def _int_value(raw: str, what: str) -> int:
    if _INT_RE.fullmatch(raw) is None:
        raise MalformedSdkFile(f"{what} is {raw!r}, not an integer literal")
    digits = raw.rstrip("lL").replace("_", "")
    return int(digits, 16) if digits.lstrip("+-").lower().startswith("0x") else int(digits)


def default_value(initializer: str) -> DefaultValue:
    """A field initializer as JSON: literals as values, anything else as source text."""
    text = initializer.strip()
    if text in ("true", "false"):
        return text == "true"
    if _INT_RE.fullmatch(text):
        return _int_value(text, "initializer")
    if _FLOAT_RE.fullmatch(text):
        return float(text.rstrip("fFdD").replace("_", ""))
    if text.startswith('"'):
        try:
            return parse_string_literal(text)
        except JavaSyntaxError:
            pass  # e.g. a concatenation: fall through and keep it as an expression
    return {"expr": text}


def rest_info(java_class: JavaClass) -> dict[str, str]:
    """The assignments of ``getRestInfo()``, literal values decoded."""
    match = _REST_INFO_RE.search(java_class.text)
    if match is None:
        raise MalformedSdkFile("no getRestInfo() method")
    open_brace = match.end() - 1
    block = java_class.text[open_brace + 1 : matching_close(java_class.text, open_brace)]
    values = {key: _text_value(raw) for key, raw in _ASSIGN_RE.findall(block)}
    missing = [key for key in REST_INFO_KEYS if key not in values]
    if missing:
        raise MalformedSdkFile(f"getRestInfo() does not set {', '.join(missing)}")
    return values


def result_type(java_class: JavaClass) -> str | None:
    """Type of ``Result.value`` (what ``call()`` returns), else the ``getResult(X.class)`` type."""
    match = _RESULT_CLASS_RE.search(java_class.text)
    if match is not None:
        open_brace = match.end() - 1
        body = java_class.text[open_brace + 1 : matching_close(java_class.text, open_brace)]
        value = next((f for f in fields_of(body) if f.name == "value"), None)
        if value is not None:
            return value.java_type
    fallback = _GET_RESULT_RE.search(java_class.text)
    return fallback.group(1) if fallback else None


def param_location(name: str, method: str, path_vars: list[str]) -> ParamLocation:
    if name in path_vars:
        return "url"
    return "query" if method in BODYLESS_METHODS else "body"


def _optional_strings(args: dict[str, str], key: str) -> list[str] | None:
    if key not in args:
        return None
    return [parse_string_literal(v) for v in array_elements(args[key])]


def _optional_int(args: dict[str, str], key: str) -> int | None:
    return _int_value(args[key], key) if key in args else None


def param_record(param: JavaField, location: ParamLocation, declared_in: str | None) -> ParamRecord:
    annotation = param.annotations["Param"]
    args = annotation_arguments(annotation.args or "")
    number_range = args.get("numberRange")
    regex = args.get("validRegexValues")
    record: ParamRecord = {
        "name": param.name,
        "java_type": param.java_type,
        "location": location,
        # Defaults below are those of the SDK's own @Param annotation type.
        "required": _bool_value(args.get("required", "true"), "required"),
        "valid_values": _optional_strings(args, "validValues"),
        "valid_regex": parse_string_literal(regex) if regex is not None else None,
        "max_length": _optional_int(args, "maxLength"),
        "min_length": _optional_int(args, "minLength"),
        "non_empty": _bool_value(args.get("nonempty", "false"), "nonempty"),
        "null_elements": _bool_value(args.get("nullElements", "false"), "nullElements"),
        "empty_string": _bool_value(args.get("emptyString", "true"), "emptyString"),
        "number_range": (
            [_int_value(v, "numberRange") for v in array_elements(number_range)]
            if number_range is not None
            else None
        ),
        "number_range_unit": _optional_strings(args, "numberRangeUnit"),
        "no_trim": _bool_value(args.get("noTrim", "false"), "noTrim"),
        # The generator spells out every attribute only for fields the server
        # annotates with @APIParam; other message fields get a bare `required = false`.
        "api_param": bool(set(args) - {"required"}),
    }
    if declared_in is not None:
        record["declared_in"] = declared_in
    if param.initializer is not None:
        record["default"] = default_value(param.initializer)
    return record


def _annotated_fields(
    java_class: JavaClass, index: ClassIndex, annotation: str, warn: Warn
) -> list[tuple[JavaField, str | None]]:
    """Fields carrying ``annotation``, own first, then each ancestor's with its declaring class."""
    found: list[tuple[JavaField, str | None]] = []
    seen = {java_class.fqn}
    current: JavaClass | None = java_class
    while current is not None:
        declared_in = None if current is java_class else current.name
        found.extend((f, declared_in) for f in current.fields if annotation in f.annotations)
        current = _parent(current, index, seen, warn)
    return found


def _parent(
    java_class: JavaClass, index: ClassIndex, seen: set[str], warn: Warn
) -> JavaClass | None:
    if java_class.extends is None:
        return None
    parent = index.resolve(java_class.extends, java_class)
    if parent is None:
        if java_class.extends == QUERY_BASE:
            warn(
                f"{QUERY_BASE}.java is not in the tree: the inherited query "
                "parameters of every query API are missing"
            )
        return None
    if parent.fqn in seen:
        warn(f"{java_class.rel_path}: inheritance cycle through {parent.fqn}")
        return None
    seen.add(parent.fqn)
    return parent


def _ancestor_names(java_class: JavaClass, index: ClassIndex, warn: Warn) -> list[str]:
    names: list[str] = []
    seen = {java_class.fqn}
    current: JavaClass | None = java_class
    while current is not None and current.extends is not None:
        names.append(current.extends)
        current = _parent(current, index, seen, warn)
    return names


def _params(
    java_class: JavaClass, index: ClassIndex, method: str, path_vars: list[str], warn: Warn
) -> list[ParamRecord]:
    fields = _annotated_fields(java_class, index, "Param", warn)
    return [
        param_record(f, param_location(f.name, method, path_vars), declared_in)
        for f, declared_in in fields
        if f.name not in CREDENTIAL_PARAMS
    ]


def _check_path_vars(
    rel_path: str, path_vars: list[str], params: list[ParamRecord], warn: Warn
) -> None:
    names = {p["name"] for p in params}
    for var in path_vars:
        if var not in names:
            warn(f"{rel_path}: path variable {{{var}}} is not a parameter")


def api_record(java_class: JavaClass, index: ClassIndex, warn: Warn) -> ApiRecord:
    """The API an action class calls; raises MalformedSdkFile when it cannot be told."""
    info = rest_info(java_class)
    method = info["httpMethod"].upper()
    sdk_path = info["path"]
    path_vars = _PATH_VAR_RE.findall(sdk_path)
    params = _params(java_class, index, method, path_vars, warn)
    _check_path_vars(java_class.rel_path, path_vars, params, warn)
    result = result_type(java_class)
    if result is None:
        warn(f"{java_class.rel_path}: no Result class, so the result type is unknown")
    non_api = _annotated_fields(java_class, index, "NonAPIParam", warn)
    parameter_name = info["parameterName"]
    return {
        "api": java_class.name.removesuffix("Action"),
        "method": method,
        "path": URL_PREFIX + (sdk_path if sdk_path.startswith("/") else f"/{sdk_path}"),
        "path_vars": path_vars,
        "body_key": None if parameter_name in NO_BODY_KEY else parameter_name,
        "parameter_name_raw": parameter_name,
        "need_session": _bool_value(info["needSession"], "needSession"),
        "need_poll": _bool_value(info["needPoll"], "needPoll"),
        "is_query": QUERY_BASE in _ancestor_names(java_class, index, warn),
        "extends": java_class.extends or "",
        "result_class": result.rsplit(".", 1)[-1] if result else None,
        "result_class_fqn": index.qualified_name(result, java_class) if result else None,
        "java_class": java_class.fqn,
        "sdk_path": sdk_path,
        "source_file": SDK_ROOT_LABEL + java_class.rel_path,
        "non_api_params": sorted({f.name for f, _ in non_api}),
        "params": params,
    }

"""How far an OpenAPI document's responses are from what ZStack sends.

Measured against the Java SDK facts, whose Result and Inventory classes are what
the server serialises, and against the docs' own response examples. Pure
functions over plain data; `benchmarks/audit_responses.py` prints the figures and
the tests hold the committed spec to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi.examples import example_errors
from zstack_openapi.openapi.schemas import REF
from zstack_openapi.openapi_types import JsonObject, every_object
from zstack_openapi.releases import is_valid, sort_key

Json = JsonObject  # a result schema or example, as read from the document

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Fields every result may carry besides its class's: the protocol's envelope.
ENVELOPE = frozenset({"error", "success"})


@dataclass
class ClassFigures:
    """SDK classes that are components of the same name, compared by field names."""

    in_both: int = 0
    same: int = 0
    extra: int = 0  # the component has fields the class lacks
    missing: int = 0  # the class has fields the component lacks
    docs_newer: int = 0  # fields only the docs know, dated after the SDK's release
    examples: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Figures:
    classes: ClassFigures
    enum_objects: int  # Java enums modelled as anything but a string
    enum_object_refs: int
    bad_property_names: list[str]  # "Component.name"
    examples: int  # documented response examples
    examples_valid: int
    invalid_examples: dict[str, str]  # API -> first error
    foreign_results: dict[str, str]  # API -> the other API's result it is typed as
    results_checked: int = 0  # APIs whose SDK result class the document has
    results_unlike_class: dict[str, list[str]] = field(default_factory=dict)
    enum_fields: int = 0  # fields of SDK classes whose type is a Java enum
    enum_fields_not_string: list[str] = field(default_factory=list)

    @property
    def examples_valid_percent(self) -> float:
        return 100.0 * self.examples_valid / self.examples if self.examples else 100.0

    def summary(self) -> Json:
        c = self.classes
        return {
            "sdk_classes_in_spec": c.in_both,
            "same_fields": c.same,
            "extra_fields": c.extra,
            "missing_fields": c.missing,
            "docs_newer_fields": c.docs_newer,
            "enums_as_objects": self.enum_objects,
            "enum_object_refs": self.enum_object_refs,
            "non_identifier_property_names": len(self.bad_property_names),
            "documented_examples": self.examples,
            "examples_valid": self.examples_valid,
            "examples_valid_percent": round(self.examples_valid_percent, 1),
            "results_named_after_foreign_api": len(self.foreign_results),
            "api_results_checked": self.results_checked,
            "api_results_unlike_sdk_class": len(self.results_unlike_class),
            "enum_fields": self.enum_fields,
            "enum_fields_not_string": len(self.enum_fields_not_string),
        }


def _ref_target(node: Any) -> str | None:
    target = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(target, str) and target.startswith(REF):
        return target[len(REF) :]
    return None


def _is_docs_newer(prop: Any, release: str | None) -> bool:
    if not isinstance(prop, dict) or prop.get(ext.SOURCE) != "docs":
        return False
    since = str(prop.get(ext.SINCE) or "")
    if release is None or not is_valid(since) or not is_valid(release):
        return False
    return sort_key(since) > sort_key(release)


def _class_figures(components: Mapping[str, Json], sdk: Json, release: str | None) -> ClassFigures:
    kinds = {name: meta.get("kind") for name, meta in sdk["struct_meta"].items()}
    classes = {**sdk["other_structs"], **sdk["structs"]}
    out = ClassFigures()
    for name, fields in sorted(classes.items()):
        schema = components.get(name)
        if not isinstance(schema, dict):
            continue
        out.in_both += 1
        props = schema.get("properties") or {}
        wanted = {f["name"] for f in fields}
        have = set(props)
        newer = {p for p in have - wanted if _is_docs_newer(props[p], release)}
        extra = have - wanted - newer
        if kinds.get(name) == "result":
            extra -= ENVELOPE
        missing = wanted - have
        out.docs_newer += len(newer)
        out.extra += bool(extra)
        out.missing += bool(missing)
        out.same += not extra and not missing
        if (extra or missing) and len(out.examples) < 20:
            out.examples[name] = [f"+{p}" for p in sorted(extra)] + [
                f"-{p}" for p in sorted(missing)
            ]
    return out


def _enum_figures(components: Mapping[str, Json], doc: Json, sdk: Json) -> tuple[int, int]:
    objects = {
        name
        for name in sdk["enums"]
        if isinstance(components.get(name), dict) and components[name].get("type") != "string"
    }
    refs = sum(1 for node in every_object(doc) if _ref_target(node) in objects)
    return len(objects), refs


def _subschemas(schema: Any) -> Iterator[Json]:
    """`schema` and the schemas inside it, following only schema keywords (a
    property named `properties` is not a keyword)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for prop in (schema.get("properties") or {}).values():
        yield from _subschemas(prop)
    for key in ("items", "additionalProperties"):
        yield from _subschemas(schema.get(key))
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            yield from _subschemas(member)


def _property_names(components: Mapping[str, Json]) -> list[str]:
    bad: list[str] = []
    for name, schema in sorted(components.items()):
        for node in _subschemas(schema):
            props = node.get("properties")
            if isinstance(props, dict):
                bad.extend(f"{name}.{p}" for p in props if not IDENTIFIER.fullmatch(p))
    return bad


def api_results(doc: Json) -> dict[str, str]:
    """API name -> the component its result is typed as (`x-zstack-result`)."""
    out: dict[str, str] = {}
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for entry in [op, *(op.get(ext.APIS) or [])]:
                api = entry.get(ext.API) or entry.get("name")
                target = _ref_target(entry.get(ext.RESULT))
                if isinstance(api, str) and target is not None:
                    out.setdefault(api, target)
    return out


def _resolve(components: Mapping[str, Json], schema: Any) -> Any:
    target = _ref_target(schema)
    return components.get(target) if target is not None else schema


def _is_string(components: Mapping[str, Json], schema: Any) -> bool:
    """A string, or a list or map of strings (an enum field's container)."""
    schema = _resolve(components, schema)
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "array":
        return _is_string(components, schema.get("items"))
    if schema.get("type") == "object" and not schema.get("properties"):
        return _is_string(components, schema.get("additionalProperties"))
    return schema.get("type") == "string"


def _enum_fields(components: Mapping[str, Json], sdk: Json) -> tuple[int, list[str]]:
    classes = {**sdk["other_structs"], **sdk["structs"]}
    total, bad = 0, []
    for name, fields in sorted(classes.items()):
        props = (components.get(name) or {}).get("properties") or {}
        for f in fields:
            element = f.get("element_type") or f.get("value_type") or ""
            enum = f["java_type"] in sdk["enums"] or element in sdk["enums"]
            if not enum or f["name"] not in props:
                continue
            total += 1
            if not _is_string(components, props[f["name"]]):
                bad.append(f"{name}.{f['name']}")
    return total, bad


def _result_mismatches(
    components: Mapping[str, Json], results: Mapping[str, str], sdk: Json, release: str | None
) -> tuple[int, dict[str, list[str]]]:
    """Each API's result against its SDK result class: field names, envelope and
    docs-newer fields aside."""
    checked, out = 0, {}
    for api in sdk["apis"]:
        fields = sdk["structs"].get(api.get("result_class") or "")
        schema = components.get(results.get(api["api"], ""))
        if fields is None or not isinstance(schema, dict):
            continue
        checked += 1
        props = schema.get("properties") or {}
        wanted = {f["name"] for f in fields}
        extra = {p for p in set(props) - wanted - ENVELOPE if not _is_docs_newer(props[p], release)}
        missing = wanted - set(props)
        if extra or missing:
            out[api["api"]] = [f"+{p}" for p in sorted(extra)] + [f"-{p}" for p in sorted(missing)]
    return checked, out


def _foreign(results: Mapping[str, str]) -> dict[str, str]:
    names = set(results)
    out: dict[str, str] = {}
    for api, result in sorted(results.items()):
        owner = result[: -len("Result")] if result.endswith("Result") else None
        if owner is not None and owner != api and owner in names:
            out[api] = result
    return out


def audit(doc: Json, sdk: Json, catalog: Json) -> Figures:
    """The figures of `doc` (an OpenAPI 3.1 document) against `sdk` (Java SDK
    facts) and `catalog` (the reconciled catalog, for the documented examples)."""
    components: dict[str, Json] = doc["components"]["schemas"]
    release = sdk["meta"].get("repo_version")
    results = api_results(doc)
    enum_objects, enum_refs = _enum_figures(components, doc, sdk)
    examples = valid = 0
    invalid: dict[str, str] = {}
    for api in catalog["apis"]:
        example = (api.get("response") or {}).get("example")
        result = results.get(api["name"])
        if not isinstance(example, dict) or result is None:
            continue
        examples += 1
        errors = example_errors(components, result, example)
        if errors:
            invalid[api["name"]] = errors[0]
        else:
            valid += 1
    checked, unlike = _result_mismatches(components, results, sdk, release)
    enum_total, enum_bad = _enum_fields(components, sdk)
    return Figures(
        results_checked=checked,
        results_unlike_class=unlike,
        enum_fields=enum_total,
        enum_fields_not_string=enum_bad,
        classes=_class_figures(components, sdk, release),
        enum_objects=enum_objects,
        enum_object_refs=enum_refs,
        bad_property_names=_property_names(components),
        examples=examples,
        examples_valid=valid,
        invalid_examples=invalid,
        foreign_results=_foreign(results),
    )

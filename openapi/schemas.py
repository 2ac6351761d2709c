"""Response fields -> named, merged component schemas and one result schema per API.

The docs document each API's response as a tree of fields; a structure such as
`VmInstanceInventory` is printed again under every API that returns it, often
with a different subset of fields (older pages lack newer fields) and different
starting versions. One component per structure is made by merging every
occurrence: the union of the properties, each with its earliest `since` and
first non-empty description, its type by majority.

A reconciled catalog says which of ZStack's Java SDK classes each structure is
(`class`, with the class's exact fields, enum constants as `values` and container
element types as `element`): those structures are named after their class, and
since every occurrence carries the same fields the merge is exact.

Names: the SDK class, else the documented type (`VmInstanceInventory`) when the field gives one;
otherwise a derived name: `inventory`/`inventories` of a `QueryX`/`GetX` API ->
`XInventory` (ZStack's own naming convention); other unnamed structures ->
the singular of the field name (`vmNics` -> `VmNic`, or `VmNicInventory` when that
component exists), disambiguated by the parent's name when two different
structures would get the same name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi import releases
from zstack_openapi.catalog_model import Api, Field
from zstack_openapi.openapi import doc_types
from zstack_openapi.openapi.doc_types import Schema

REF = "#/components/schemas/"
ERROR_CODE = "ErrorCode"
RESERVED = {ERROR_CODE, "ErrorResponse", "AsyncJobLocation", "ApiJobResult"}

_VERB = re.compile(r"^(Query|Get|List|Describe)(?=[A-Z0-9])")


def ref(name: str) -> Schema:
    return {"$ref": REF + name}


def error_code_schema() -> Schema:
    """The shared error structure (protocol doc, "Results and errors"); `cause` is recursive."""
    return {
        "type": "object",
        "description": "A ZStack error; `cause` is the error that caused it.",
        "properties": {
            "code": {
                "type": "string",
                "description": "Global error code, e.g. SYS.1000, HOST.1001",
            },
            "description": {"type": "string", "description": "Summary of the error"},
            "details": {"type": "string", "description": "Details of the error"},
            "elaboration": {"type": "string", "description": "Reserved, usually null"},
            "opaque": {
                "type": "object",
                "description": "Reserved, usually null",
                "additionalProperties": dict(doc_types.ANY_VALUE),
            },
            "cause": {**ref(ERROR_CODE), "description": "The root error that caused this one"},
            "location": {"type": "string", "description": "Where the error was raised"},
            "cost": {"type": "string", "description": "Time spent before the error"},
        },
    }


def pascal(name: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts) or "Field"


def singular(name: str) -> str:
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith(("sses", "xes", "ches", "shes")):
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss") and len(name) > 2:
        return name[:-1]
    return name


@dataclass
class _Occurrence:
    """One documented structure: a field with nested fields, somewhere in some API."""

    doc: Field
    parent: _Occurrence | None
    api: str
    named: str | None  # the documented type, when it is a class name
    candidate: str  # the derived name otherwise
    children: list[_Occurrence | None] = field(default_factory=list)  # per nested field
    final: str = ""

    @property
    def signature(self) -> frozenset[str]:
        return frozenset(f["name"] for f in _rows(self.doc["fields"]))


@dataclass
class _Prop:
    types: Counter[str] = field(default_factory=Counter)
    since: list[str | None] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    first_schema: dict[str, Schema] = field(default_factory=dict)


@dataclass
class SchemaSet:
    """The component schemas and, per API, the name of its result schema."""

    components: dict[str, Schema]
    results: dict[str, str]
    documented: set[str]  # names that are the docs' own type names
    # Names that stay even when another component has the same content: each API's
    # own result and the SDK's classes (a result is never named after another API).
    protected: set[str] = field(default_factory=set)


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _rows(fields: Sequence[Field] | None) -> list[Field]:
    """Fields that can be properties: a row whose name is no identifier is debris of
    the docs' table (the reconciler reports it), never a property."""
    return [f for f in fields or [] if IDENTIFIER.fullmatch(str(f.get("name") or ""))]


def _is_structured(f: Field) -> bool:
    if f.get("expanded"):
        return True
    if f.get("class") or f.get("values"):
        return False  # named only: the class is expanded elsewhere in the response
    return bool(_rows(f.get("fields"))) and doc_types.normalise(f.get("type")) != "errorcode"


def _top_candidate(api: str, f: Field) -> str:
    if f["name"] in {"inventory", "inventories"}:
        match = _VERB.match(api)
        if match:
            return api[match.end() :] + "Inventory"
        return api + "Inventory"
    return pascal(singular(f["name"]))


def _collect(
    api: str, fields: Sequence[Field], parent: _Occurrence | None, out: list[_Occurrence]
) -> list[_Occurrence | None]:
    made: list[_Occurrence | None] = []
    for f in _rows(fields):
        if not _is_structured(f):
            made.append(None)
            continue
        doc_type = (f.get("type") or "").strip()
        named = f.get("class") or (doc_type if doc_types.is_named_type(doc_type) else None)
        candidate = _top_candidate(api, f) if parent is None else pascal(singular(f["name"]))
        occ = _Occurrence(f, parent, api, named, candidate)
        out.append(occ)
        occ.children = _collect(api, f["fields"], occ, out)
        made.append(occ)
    return made


def _assign_names(occurrences: list[_Occurrence]) -> None:
    named_types = {o.named for o in occurrences if o.named}
    sdk_classes = {o.named for o in occurrences if o.doc.get("class")}
    # Top-level inventories named after the API first: they become "named" too.
    for o in occurrences:
        if o.named:
            o.final = o.named
        elif (
            o.parent is None
            and o.doc["name"] in {"inventory", "inventories"}
            and o.candidate not in sdk_classes
        ):
            o.final = o.candidate
            named_types.add(o.candidate)
    pending: dict[str, list[_Occurrence]] = defaultdict(list)
    for o in occurrences:
        if o.final:
            continue
        if (
            o.candidate + "Inventory" in named_types
            and o.candidate + "Inventory" not in sdk_classes
        ):
            o.final = o.candidate + "Inventory"
        else:
            pending[o.candidate].append(o)
    taken = set(named_types) | RESERVED
    for candidate in sorted(pending):
        group = pending[candidate]
        # Cluster by field-name signature; a structure whose fields are a subset of
        # a bigger one's is the same structure documented less completely.
        clusters: list[tuple[frozenset[str], list[_Occurrence]]] = []
        for o in sorted(group, key=lambda o: (-len(o.signature), sorted(o.signature))):
            for sig, members in clusters:
                if o.signature <= sig:
                    members.append(o)
                    break
            else:
                clusters.append((o.signature, [o]))
        clusters.sort(key=lambda c: (-len(c[1]), sorted(c[0])))
        for k, (_sig, members) in enumerate(clusters):
            if k == 0 and candidate not in taken:
                name = candidate
            else:
                parent = members[0].parent
                base = (parent.final or parent.candidate if parent else members[0].api) + candidate
                name = base
                n = 2
                while name in taken:
                    name, n = f"{base}{n}", n + 1
            taken.add(name)
            for o in members:
                o.final = name


def _element_schema(element: str) -> Schema:
    """A container's element type as the SDK facts spell it (`String`, `Long`,
    `List<String>`, `Map<String, Long>`), when it is no class or enum."""
    base, _, inner = element.partition("<")
    if not inner:
        return doc_types.leaf_schema(element)
    args = [a.strip() for a in inner.rstrip(">").split(",")]
    if doc_types.is_list(base) and len(args) == 1 and "<" not in args[0]:
        return {"type": "array", "items": doc_types.leaf_schema(args[0])}
    if doc_types.is_map(base) and len(args) == 2 and "<" not in args[1]:
        return {"type": "object", "additionalProperties": doc_types.leaf_schema(args[1])}
    return dict(doc_types.ANY_VALUE)


def _contained(f: Field, inner: Schema) -> Schema:
    """`inner` as the value of field `f`: itself, or the elements of its list or map."""
    doc_type = (f.get("type") or "").strip()
    if doc_types.is_list(doc_type):
        schema: Schema = {"type": "array", "items": inner}
        if doc_types.normalise(doc_type) in {"set", "hashset"}:
            schema["uniqueItems"] = True
        return schema
    if doc_types.is_map(doc_type):
        return {"type": "object", "additionalProperties": inner}
    return inner


def _in_element(f: Field, inner: Schema) -> Schema:
    """`inner` (the innermost type) inside a nested generic element (`List<X>`),
    then inside the field's own container."""
    element = str(f.get("element") or "")
    base, generic, _ = element.partition("<")
    if generic and doc_types.is_list(base):
        inner = {"type": "array", "items": inner}
    elif generic and doc_types.is_map(base):
        inner = {"type": "object", "additionalProperties": inner}
    return _contained(f, inner)


def _sdk_schema(f: Field) -> Schema | None:
    """The schema of a field whose SDK type the reconciled catalog gives: an enum
    (a string of its constants), a class, a container's element type."""
    values = f.get("values")
    if isinstance(values, list) and values:
        enum: Schema = {"type": "string", "enum": list(values)}
        name = f.get("element") or f.get("type")
        if isinstance(name, str) and doc_types.is_named_type(name):
            enum[ext.TYPE] = name
        return _in_element(f, enum)
    if f.get("class"):
        return _in_element(f, ref(str(f["class"])))
    element = f.get("element")
    if isinstance(element, str) and element:
        return _contained(f, _element_schema(element))
    return None


def _property_schema(f: Field, child: _Occurrence | None, known: set[str]) -> Schema:
    doc_type = (f.get("type") or "").strip()
    norm = doc_types.normalise(doc_type)
    if norm == "errorcode":
        return ref(ERROR_CODE)
    sdk = _sdk_schema(f)
    if sdk is not None:
        return sdk
    if child is not None:
        target = ref(child.final)
        if doc_types.is_list(doc_type) or (child.named is not None and f["name"] == "inventories"):
            schema: Schema = {"type": "array", "items": target}
            if norm in {"set", "hashset"}:
                schema["uniqueItems"] = True
            return schema
        if doc_types.is_map(doc_type):
            return {"type": "object", "additionalProperties": target}
        return target
    if doc_type in known:
        return ref(doc_type)
    return doc_types.leaf_schema(doc_type)


def _is_vague(schema: Schema) -> bool:
    """Any JSON value, or a list or map of them: what a field says when its source
    does not give the element type (the Java SDK's raw `List`, for one)."""
    if schema == doc_types.ANY_VALUE:
        return True
    inner = (
        schema.get("items") if schema.get("type") == "array" else schema.get("additionalProperties")
    )
    return isinstance(inner, dict) and inner == doc_types.ANY_VALUE


def _object(props: dict[str, _Prop], description: str | None) -> Schema:
    properties: dict[str, Schema] = {}
    for name, p in props.items():
        # The majority type, among those that say what the elements are when any does:
        # a raw List in one place does not outvote a List of VmCdRomInventory elsewhere.
        typed = {k: n for k, n in p.types.items() if not _is_vague(p.first_schema[k])} or p.types
        key, _count = max(
            typed.items(), key=lambda kv: kv[1]
        )  # ties: first seen (dicts keep order)
        schema = dict(p.first_schema[key])
        since = releases.earliest(p.since)
        desc = next((d for d in p.descriptions if d), None)
        if desc:
            schema["description"] = desc
        if since:
            schema[ext.SINCE] = since
        properties[name] = schema
    out: Schema = {"type": "object", "properties": properties}
    if description:
        out["description"] = description
    return out


def _add_props(
    props: dict[str, _Prop],
    fields: Sequence[Field],
    children: list[_Occurrence | None],
    known: set[str],
) -> None:
    for f, child in zip(_rows(fields), children, strict=True):
        schema = _property_schema(f, child, known)
        if f.get("newer"):
            # Only the docs know it, and they date it after the SDK's release.
            schema = {**schema, ext.SOURCE: "docs"}
        # repr is a sound key here: equal schemas are built by the same code, in the same key order.
        key = repr(schema)
        p = props.get(f["name"])
        if p is None:  # not setdefault: a _Prop (and its Counter) per row adds up
            p = props[f["name"]] = _Prop()
        p.types[key] += 1
        p.first_schema.setdefault(key, schema)
        p.since.append(f.get("since"))
        p.descriptions.append((f.get("description") or "").strip())


def build_schemas(apis: Sequence[Api]) -> SchemaSet:
    """All APIs' response fields -> components (structures + results)."""
    occurrences: list[_Occurrence] = []
    tops: dict[str, list[_Occurrence | None]] = {}
    for api in apis:
        fields = _response_fields(api)
        tops[api["name"]] = _collect(api["name"], fields, None, occurrences)
    _assign_names(occurrences)
    known = {o.final for o in occurrences}

    merged: dict[str, dict[str, _Prop]] = {}
    for o in occurrences:
        _add_props(merged.setdefault(o.final, {}), o.doc["fields"], o.children, known)
    components: dict[str, Schema] = {ERROR_CODE: error_code_schema()}
    sdk_named = {o.final for o in occurrences if o.doc.get("class")}
    for name in sorted(merged):
        components[name] = _object(
            merged[name], f"ZStack's `{name}`." if name in sdk_named else None
        )

    results: dict[str, str] = {}
    for api in apis:
        fields = _response_fields(api)
        props: dict[str, _Prop] = {}
        _add_props(props, fields, tops[api["name"]], known)
        schema = _object(props, _result_description(api))
        if "error" not in schema["properties"]:
            schema["properties"]["error"] = ref(ERROR_CODE)
        # Every API has a result of its own name, even when its content is another's.
        base = api["name"] + "Result"
        name, n = base, 2
        while name in components:
            name, n = f"{base}{n}", n + 1
        components[name] = schema
        results[api["name"]] = name
    sdk_classes = {o.final for o in occurrences if o.doc.get("class")}
    return SchemaSet(
        components,
        results,
        {o.named for o in occurrences if o.named},
        set(results.values()) | sdk_classes,
    )


def _response_fields(api: Api) -> list[Field]:
    response: Mapping[str, Any] = api.get("response") or {}
    return list(response.get("fields") or [])


def _result_description(api: Api) -> str:
    """Whose result it is (and which SDK class): two APIs with the same fields still
    have two results, each saying what it is."""
    response: Mapping[str, Any] = api.get("response") or {}
    cls = response.get("class")
    if isinstance(cls, str) and cls:
        return f"The result of {api['name']} (ZStack's `{cls}`)."
    return f"The result of {api['name']}."

"""An API's response as ZStack serialises it: its SDK result class, with the docs' words.

The Java SDK's Result and Inventory classes are generated from the server's own
classes, so their fields are what the server sends; the docs' response tables are
merged onto them for descriptions and `since`, and contribute a field of their own
only when they date it after the SDK's release (a newer server). Everything else
the tables say that the classes contradict is recorded as a defect of the docs.

Output (the catalog's `response`): ``{"class", "empty", "example", "fields",
"defects", "unknown_elements"}`` (``Class.field`` of each container whose element
type nothing gives); each field is ``{"name", "type", "since",
"description", "fields", "source"}`` plus, where they apply, ``"class"`` (the SDK
class of the value or of its elements), ``"element"`` (a container's element or
map value type; ``"element_source": "docs"`` when the docs' table gave it),
``"newer"`` (a field only the docs list, dated after the SDK), ``"values"`` (a Java enum's constants), ``"expanded"`` (the
class's fields are listed here; later occurrences in the same response only name
it) and ``"envelope"`` (`error`/`success`, which every result may carry).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from zstack_openapi.catalog_model import Field, Response, ResponseDefect
from zstack_openapi.reconcile.rules import doc_type_name, is_newer, type_key
from zstack_openapi.reconcile.sdk_model import FieldRecord, SdkFacts

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
ENVELOPE = ("error", "success")
ERROR_CODE = "ErrorCode"
_CONTAINERS = frozenset({"list", "set", "map"})
# A docs table matches a class when it shares this share of its fields with it.
_MATCH_SHARE = 0.6


@dataclass
class _Response:
    """One API's response being merged: the SDK facts and what was found so far."""

    sdk: SdkFacts
    release: str | None
    index: ClassIndex
    expanded: set[str] = field(default_factory=set)
    defects: list[ResponseDefect] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def fields_of(self, name: str) -> list[FieldRecord] | None:
        if name in self.sdk["structs"]:
            return self.sdk["structs"][name]
        return self.sdk["other_structs"].get(name)

    def defect(self, kind: str, at: str, fields: list[str], docs: str, sdk: str) -> None:
        self.defects.append({"kind": kind, "at": at, "fields": fields, "docs": docs, "sdk": sdk})


class ClassIndex(dict[str, frozenset[str]]):
    """Every data class the SDK knows -> its field names; `holders` is the reverse
    (field name -> the classes that have it), so matching a docs table scores only
    the classes sharing a name with it instead of all ~2,400 for each table."""

    def __init__(self, fields: Mapping[str, frozenset[str]]) -> None:
        super().__init__(fields)
        self.holders: dict[str, list[str]] = {}
        for cls, names in self.items():
            for name in names:
                self.holders.setdefault(name, []).append(cls)


def class_index(sdk: SdkFacts) -> ClassIndex:
    out = {name: frozenset(f["name"] for f in fields) for name, fields in sdk["structs"].items()}
    for name, fields in sdk["other_structs"].items():
        out.setdefault(name, frozenset(f["name"] for f in fields))
    return ClassIndex(out)


def _json_kind(type_name: str, sdk: SdkFacts) -> str:
    """What a type is on the wire, coarsely: string, integer, number, boolean, list,
    map, object (a class) or any; enums are strings (Gson writes the constant)."""
    key = type_key(type_name)
    if type_name in sdk["enums"] or key in {"string", "timestamp"}:
        return "string"
    if key in {"integer", "long"}:
        return "integer"
    if key in {"double", "float", "bigdecimal", "number"}:
        return "number"
    if key == "boolean":
        return "boolean"
    if key in {"list", "set"} or key.endswith("[]"):
        return "list"
    if key in {"map", "json", "jsonobject"}:
        return "map"
    if key in {"object", ""}:
        return "any"
    return "object"


def match_class(doc_field: Field, index: ClassIndex) -> str | None:
    """The SDK class a docs table describes: the one its type names, else the one
    sharing most of the table's field names (at least 60% of them, and more than
    any other class), None when no class is clearly it."""
    doc_type = str(doc_field.get("type") or "").strip()
    if doc_type in index:
        return doc_type
    names = {f["name"] for f in doc_field.get("fields") or [] if IDENTIFIER.fullmatch(f["name"])}
    if len(names) < 2:
        return None
    # A class sharing no name scores 0 and can neither win nor tie a winner that
    # reaches the share, so only the classes holding one of the names are scored.
    shared = Counter(cls for name in names for cls in index.holders.get(name, ()))
    if not shared:
        return None
    # (names shared, minus the class's fields the table lacks, name): most alike first.
    scored = heapq.nlargest(2, ((n, n - len(index[cls]), cls) for cls, n in shared.items()))
    best = scored[0]
    if best[0] < _MATCH_SHARE * len(names):
        return None
    if len(scored) > 1 and scored[1][:2] == best[:2]:
        return None
    return best[2]


def _doc_fields(fields: list[Field] | None) -> dict[str, Field]:
    """A docs table's rows by name, the first of each; rows whose name is no
    identifier are never a field (`_debris` reports them)."""
    out: dict[str, Field] = {}
    for f in fields or []:
        name = str(f.get("name") or "")
        if IDENTIFIER.fullmatch(name):
            out.setdefault(name, f)
    return out


def _debris(fields: list[Field], at: str, parent_type: str, ctx: _Response) -> None:
    """Rows of the docs' response tables whose name is no identifier (a merged cell,
    a heading, a Chinese label): each a located defect. The constants of an enum's
    table (rows typed as the enum, `ax.25` of `ProtocolType`) are values, not rows."""
    for f in fields:
        name = str(f.get("name") or "")
        row_type = str(f.get("type") or "").strip()
        if not IDENTIFIER.fullmatch(name) and not (parent_type and row_type == parent_type):
            ctx.defect("name", at, [name], f"a row named {name!r}", "no such field")
        _debris(f.get("fields") or [], f"{at}.{name}", row_type, ctx)


def _enum_table(f: Field) -> list[str] | None:
    """A Java enum the docs print as a table: its constants, one row each, typed as
    the enum itself (`status` of type `CbtTaskStatus`, rows `Created`, `Running`);
    or its Java reflection (`name`, `ordinal`). Gson sends either as a string."""
    doc_type = str(f.get("type") or "").strip()
    rows = f.get("fields") or []
    if not rows:
        return None
    if {str(r.get("name")) for r in rows} <= {"name", "ordinal"}:
        return []
    if doc_type and all(str(r.get("type") or "").strip() == doc_type for r in rows):
        return [str(r["name"]) for r in rows]
    return None


def _docs_only_field(f: Field, at: str, ctx: _Response) -> Field:
    """A field only the docs know (an API or field newer than the SDK): as the docs
    give it, debris dropped, an enum's table of constants read as its values."""
    out: Field = {
        "name": f["name"],
        "type": str(f.get("type") or ""),
        "since": str(f.get("since") or ""),
        "description": str(f.get("description") or ""),
        "fields": [],
        "source": "docs",
    }
    constants = _enum_table(f)
    if constants is not None:
        out["type"] = "String"
        if constants:
            out["values"] = constants
        return out
    rows = _doc_fields(f.get("fields"))
    out["fields"] = [_docs_only_field(row, f"{at}.{f['name']}", ctx) for row in rows.values()]
    return out


def _typed(out: Field, type_name: str, doc: Field | None, at: str, ctx: _Response) -> None:
    """Fill in what a value of `type_name` is: enum constants, or its class expanded
    (once per response; a class already open on this branch is only named)."""
    if type_name in ctx.sdk["enums"]:
        out["values"] = list(ctx.sdk["enums"][type_name])
        return
    if type_name == ERROR_CODE or ctx.fields_of(type_name) is None:
        return
    out["class"] = type_name
    if type_name in ctx.expanded:
        return
    ctx.expanded.add(type_name)
    out["expanded"] = True
    doc_rows = doc.get("fields") if doc and doc.get("fields") else None
    out["fields"] = class_fields(type_name, doc_rows, at, ctx)


def _element(sdk_field: FieldRecord) -> str | None:
    return sdk_field.get("element_type") or sdk_field.get("value_type")


def _field(owner: str, sdk_field: FieldRecord, doc: Field | None, at: str, ctx: _Response) -> Field:
    type_name = doc_type_name(sdk_field["java_type"])
    here = f"{at}.{sdk_field['name']}"
    out: Field = {
        "name": sdk_field["name"],
        "type": type_name,
        "since": str(doc.get("since") or "") if doc else "",
        "description": str(doc.get("description") or "") if doc else "",
        "fields": [],
        "source": "both" if doc is not None else "sdk",
    }
    if type_key(type_name) not in _CONTAINERS:
        _typed(out, type_name, doc, here, ctx)
        return out
    element = _element(sdk_field)
    if element is None and doc is not None and doc.get("fields"):
        element = match_class(doc, ctx.index)
        if element is not None:
            out["element_source"] = "docs"
    if element is None:
        ctx.unknown.append(f"{owner}.{sdk_field['name']}")
        return out
    out["element"] = element
    # `List<PrimaryStorageInventory>` as a map's value: the class is the innermost type.
    inner = element.partition("<")[2].rstrip(">").split(",")[-1].strip() or element
    _typed(out, inner, doc, here, ctx)
    return out


def class_fields(name: str, doc_rows: list[Field] | None, at: str, ctx: _Response) -> list[Field]:
    """The fields of SDK class `name`, merged with the docs' table of it when the
    docs describe it here (`doc_rows`); the table's disagreements become defects."""
    sdk_fields = ctx.fields_of(name) or []
    rows = _doc_fields(doc_rows)
    out = [_field(name, f, rows.get(f["name"]), at, ctx) for f in sdk_fields]
    if doc_rows is None:
        return out
    known = {f["name"] for f in sdk_fields}
    lacking: list[str] = []
    for row_name, row in rows.items():
        if row_name in known or (at == "result" and row_name in ENVELOPE):
            continue
        if is_newer(str(row.get("since") or ""), ctx.release):
            out.append(_docs_only_field(row, at, ctx) | {"newer": True})
        else:
            lacking.append(row_name)
    if lacking:
        ctx.defect("docs-extra", at, lacking, "listed", f"{name} has no such field")
    omitted = [f["name"] for f in sdk_fields if f["name"] not in rows]
    if omitted:
        ctx.defect("docs-missing", at, omitted, "not listed", f"{name} has them")
    for f in sdk_fields:
        doc_row = rows.get(f["name"])
        doc_type = str(doc_row.get("type") or "").strip() if doc_row else ""
        if not doc_type:
            continue
        sdk_type = doc_type_name(f["java_type"])
        if _json_kind(doc_type, ctx.sdk) != _json_kind(sdk_type, ctx.sdk):
            ctx.defect("type", f"{at}.{f['name']}", [f["name"]], doc_type, sdk_type)
    return out


def _envelope(doc_rows: Mapping[str, Field]) -> list[Field]:
    """`error` always (a failed call carries it), `success` where the docs list it."""
    error = doc_rows.get("error")
    out: list[Field] = [
        {
            "name": "error",
            "type": ERROR_CODE,
            "since": str(error.get("since") or "") if error else "",
            "description": str(error.get("description") or "") if error else "",
            "fields": [],
            "source": "both" if error else "sdk",
            "envelope": True,
        }
    ]
    success = doc_rows.get("success")
    if success is not None:
        out.append(
            {
                "name": "success",
                "type": "boolean",
                "since": str(success.get("since") or ""),
                "description": str(success.get("description") or ""),
                "fields": [],
                "source": "docs",
                "envelope": True,
            }
        )
    return out


def _docs_response(doc_rows: list[Field] | None, ctx: _Response) -> list[Field]:
    """A result the SDK does not know: the docs' fields, debris dropped, a table
    naming an SDK class replaced by that class."""
    out: list[Field] = []
    for row in _doc_fields(doc_rows).values():
        doc_type = str(row.get("type") or "").strip()
        if doc_type in ctx.index and doc_type != ERROR_CODE:
            merged: Field = {
                "name": row["name"],
                "type": doc_type,
                "since": str(row.get("since") or ""),
                "description": str(row.get("description") or ""),
                "fields": [],
                "source": "docs",
            }
            _typed(merged, doc_type, row, f"result.{row['name']}", ctx)
            out.append(merged)
        elif doc_type in ctx.sdk["enums"]:
            out.append(_docs_only_field(row, "result", ctx) | {"fields": []})
            out[-1]["values"] = list(ctx.sdk["enums"][doc_type])
        else:
            out.append(_docs_only_field(row, "result", ctx))
    return out


def merge_response(
    doc: Response | None,
    result_class: str | None,
    sdk: SdkFacts,
    release: str | None,
    index: ClassIndex | None = None,
) -> Response:
    """The catalog `response` of an API: from its SDK result class when the SDK has
    it (merged with the docs' `doc` response when there is one), else the docs'."""
    ctx = _Response(sdk, release, index if index is not None else class_index(sdk))
    doc_rows = doc.get("fields") if doc else None
    _debris(doc_rows or [], "result", "", ctx)
    example = doc.get("example") if doc else None
    if result_class is None or ctx.fields_of(result_class) is None:
        fields = _docs_response(doc_rows, ctx)
        said_empty = bool(doc.get("empty")) if doc else False
        return {
            "empty": not fields and said_empty,
            "example": example,
            "fields": fields,
            "defects": ctx.defects,
            "unknown_elements": ctx.unknown,
        }
    ctx.expanded.add(result_class)
    fields = class_fields(result_class, doc_rows or None, "result", ctx)
    fields = _envelope(_doc_fields(doc_rows)) + fields
    return {
        "class": result_class,
        "empty": len(fields) == 1,
        "example": example,
        "fields": fields,
        "defects": ctx.defects,
        "unknown_elements": ctx.unknown,
    }

"""An API's response as the catalog describes it, derived from its SDK result class.

Used for the APIs the docs do not describe: the fields of the result class
(``structs``) and, recursively, of every field whose type is itself a known data
class (``structs`` or ``other_structs``), with doc-style type names so the spec
stage treats them like documented fields and names components after the classes.
"""

from __future__ import annotations

from typing import Any

from zstack_openapi.reconcile.rules import doc_type_name
from zstack_openapi.reconcile.sdk_model import FieldRecord, SdkFacts


def _class_fields(name: str, sdk: SdkFacts) -> list[FieldRecord] | None:
    if name in sdk["structs"]:
        return sdk["structs"][name]
    return sdk["other_structs"].get(name)


def _fields(name: str, sdk: SdkFacts, open_classes: frozenset[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for field in _class_fields(name, sdk) or []:
        type_name = doc_type_name(field["java_type"])
        nested: list[dict[str, Any]] = []
        # A class already being expanded on this branch (ErrorCode.cause) is named,
        # not expanded again: the spec refers to the component by that name.
        if type_name not in open_classes and _class_fields(type_name, sdk):
            nested = _fields(type_name, sdk, open_classes | {type_name})
        out.append(
            {
                "name": field["name"],
                "type": type_name,
                "since": "",
                "description": "",
                "fields": nested,
            }
        )
    return out


def sdk_response(result_class: str | None, sdk: SdkFacts) -> dict[str, Any]:
    """``{"empty", "example", "fields"}`` of a result class.

    A class with no fields means the API answers ``{}``; an unknown class (the
    SDK reader found none) is not called empty, since nothing says it is."""
    if result_class is None or _class_fields(result_class, sdk) is None:
        return {"empty": False, "example": None, "fields": []}
    fields = _fields(result_class, sdk, frozenset({result_class}))
    return {"empty": not fields, "example": None, "fields": fields}

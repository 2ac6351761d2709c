"""Result models: QueryVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .xml_hook_inventory import XmlHookInventory

__all__ = [
    "QueryVmUserDefinedXmlHookScriptResult",
]


class QueryVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of QueryVmUserDefinedXmlHookScript (ZStack's `QueryVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None

    inventories: list[XmlHookInventory] | None = None

    total: int | None = None

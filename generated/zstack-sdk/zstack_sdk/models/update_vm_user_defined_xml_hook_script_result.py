"""Result models: UpdateVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .xml_hook_inventory import XmlHookInventory

__all__ = [
    "UpdateVmUserDefinedXmlHookScriptResult",
]


class UpdateVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of UpdateVmUserDefinedXmlHookScript (ZStack's `UpdateVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None

    inventory: XmlHookInventory | None = None

"""Result models: CreateVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .xml_hook_inventory import XmlHookInventory

__all__ = [
    "CreateVmUserDefinedXmlHookScriptResult",
]


class CreateVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of CreateVmUserDefinedXmlHookScript (ZStack's `CreateVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.2.0)"""

    inventory: XmlHookInventory | None = None
    """详情参考inventory (since 5.2.0)"""

    success: bool | None = None
    """success (since 5.2.0)"""

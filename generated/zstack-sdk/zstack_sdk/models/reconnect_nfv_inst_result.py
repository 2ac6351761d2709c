"""Result models: ReconnectNfvInstResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .appliance_vm_inventory import ApplianceVmInventory
from .error_code import ErrorCode

__all__ = [
    "ReconnectNfvInstResult",
]


class ReconnectNfvInstResult(ZStackModel):
    """The result of ReconnectNfvInst."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ApplianceVmInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""

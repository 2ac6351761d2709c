"""Result models: ChangeVmImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "ChangeVmImageResult",
]


class ChangeVmImageResult(ZStackModel):
    """The result of ChangeVmImage (ZStack's `ChangeVmImageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventory: VmInstanceInventory | None = None
    """详情参考inventory (since 2.2)"""

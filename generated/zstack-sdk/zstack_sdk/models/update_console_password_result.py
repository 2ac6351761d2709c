"""Result models: UpdateConsolePasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "UpdateConsolePasswordResult",
]


class UpdateConsolePasswordResult(ZStackModel):
    """The result of UpdateConsolePassword."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.4.2)"""

    inventory: VmInstanceInventory | None = None
    """详情参考inventory (since 5.4.2)"""

    success: bool | None = None
    """success (since 5.4.2)"""

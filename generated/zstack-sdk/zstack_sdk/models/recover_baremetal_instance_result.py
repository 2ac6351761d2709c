"""Result models: RecoverBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_instance_inventory import BaremetalInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "RecoverBaremetalInstanceResult",
]


class RecoverBaremetalInstanceResult(ZStackModel):
    """The result of RecoverBaremetalInstance (ZStack's `RecoverBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: BaremetalInstanceInventory | None = None
    """详情参考inventory (since 2.6.0)"""

"""Result models: CreateBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_instance_inventory import BaremetalInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBaremetalInstanceResult",
]


class CreateBaremetalInstanceResult(ZStackModel):
    """The result of CreateBaremetalInstance (ZStack's `CreateBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: BaremetalInstanceInventory | None = None
    """详情参考inventory (since 2.6.0)"""

"""Result models: RebootBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_instance_inventory import BaremetalInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "RebootBaremetalInstanceResult",
]


class RebootBaremetalInstanceResult(ZStackModel):
    """The result of RebootBaremetalInstance (ZStack's `RebootBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: BaremetalInstanceInventory | None = None
    """详情参考inventory (since 2.6.0)"""

"""Result models: CreateL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "CreateL3NetworkResult",
]


class CreateL3NetworkResult(ZStackModel):
    """The result of CreateL3Network (ZStack's `CreateL3NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: L3NetworkInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 4.6.21)"""

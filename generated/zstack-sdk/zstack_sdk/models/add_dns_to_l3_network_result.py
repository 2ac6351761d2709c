"""Result models: AddDnsToL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "AddDnsToL3NetworkResult",
]


class AddDnsToL3NetworkResult(ZStackModel):
    """The result of AddDnsToL3Network (ZStack's `AddDnsToL3NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: L3NetworkInventory | None = None
    """详情参考inventory (since 0.6)"""

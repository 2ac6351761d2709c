"""Result models: GetAttachablePublicL3ForVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "GetAttachablePublicL3ForVRouterResult",
]


class GetAttachablePublicL3ForVRouterResult(ZStackModel):
    """The result of GetAttachablePublicL3ForVRouter (ZStack's `GetAttachablePublicL3ForVRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[L3NetworkInventory] | None = None
    """详情参考inventories (since 2.2)"""

"""Result models: GetVipQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vip_qos_inventory import VipQosInventory

__all__ = [
    "GetVipQosResult",
]


class GetVipQosResult(ZStackModel):
    """The result of GetVipQos (ZStack's `GetVipQosResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: list[VipQosInventory] | None = None
    """详情参考inventories (since 2.3)"""

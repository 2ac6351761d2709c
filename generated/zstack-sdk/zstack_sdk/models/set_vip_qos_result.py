"""Result models: SetVipQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vip_qos_inventory import VipQosInventory

__all__ = [
    "SetVipQosResult",
]


class SetVipQosResult(ZStackModel):
    """The result of SetVipQos (ZStack's `SetVipQosResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: VipQosInventory | None = None
    """详情参考inventory (since 2.3)"""

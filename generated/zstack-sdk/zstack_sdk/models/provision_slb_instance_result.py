"""Result models: ProvisionSlbInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .slb_group_inventory import SlbGroupInventory

__all__ = [
    "ProvisionSlbInstanceResult",
]


class ProvisionSlbInstanceResult(ZStackModel):
    """The result of ProvisionSlbInstance (ZStack's `ProvisionSlbGroupInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.0)"""

    inventory: SlbGroupInventory | None = None
    """详情参考inventory (since 5.1.0)"""

    success: bool | None = None
    """success (since 5.1.0)"""

"""Result models: ChangeInstanceOfferingStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .instance_offering_inventory import InstanceOfferingInventory

__all__ = [
    "ChangeInstanceOfferingStateResult",
]


class ChangeInstanceOfferingStateResult(ZStackModel):
    """The result of ChangeInstanceOfferingState (ZStack's `ChangeInstanceOfferingStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: InstanceOfferingInventory | None = None
    """详情参考inventory (since 0.6)"""

"""Result models: CreateSlbOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .instance_offering_inventory import InstanceOfferingInventory

__all__ = [
    "CreateSlbOfferingResult",
]


class CreateSlbOfferingResult(ZStackModel):
    """The result of CreateSlbOffering (ZStack's `CreateInstanceOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: InstanceOfferingInventory | None = None
    """详情参考inventory (since 4.0.0)"""

"""Result models: CreateOvnControllerOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .instance_offering_inventory import InstanceOfferingInventory

__all__ = [
    "CreateOvnControllerOfferingResult",
]


class CreateOvnControllerOfferingResult(ZStackModel):
    """The result of CreateOvnControllerOffering."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败，操作成功时该字段为null。 详情参考error (since 5.3.20)"""

    inventory: InstanceOfferingInventory | None = None
    """详情参考inventory (since 5.3.20)"""

    success: bool | None = None
    """success (since 5.3.20)"""

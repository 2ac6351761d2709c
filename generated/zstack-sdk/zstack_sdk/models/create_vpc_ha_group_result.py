"""Result models: CreateVpcHaGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_ha_group_inventory import VpcHaGroupInventory

__all__ = [
    "CreateVpcHaGroupResult",
]


class CreateVpcHaGroupResult(ZStackModel):
    """The result of CreateVpcHaGroup (ZStack's `CreateVpcHaGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventory: VpcHaGroupInventory | None = None
    """详情参考inventory (since 3.5.1)"""

"""Result models: CreateHuaweiIMasterVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .huawei_i_master_v_router_inventory import HuaweiIMasterVRouterInventory

__all__ = [
    "CreateHuaweiIMasterVRouterResult",
]


class CreateHuaweiIMasterVRouterResult(ZStackModel):
    """The result of CreateHuaweiIMasterVRouter."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败，操作成功时该字段为null。 详情参考error (since 5.4.0)"""

    inventory: HuaweiIMasterVRouterInventory | None = None
    """详情参考inventory (since 5.4.0)"""

    success: bool | None = None
    """success (since 5.4.0)"""

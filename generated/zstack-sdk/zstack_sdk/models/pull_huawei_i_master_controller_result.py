"""Result models: PullHuaweiIMasterControllerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pull_huawei_i_master_controller_inventory import PullHuaweiIMasterControllerInventory

__all__ = [
    "PullHuaweiIMasterControllerResult",
]


class PullHuaweiIMasterControllerResult(ZStackModel):
    """The result of PullHuaweiIMasterController."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.4.0)"""

    inventories: list[PullHuaweiIMasterControllerInventory] | None = None
    """详情参考inventories (since 5.4.0)"""

    success: bool | None = None
    """success (since 5.4.0)"""

"""Result models: SdnControllerChangeHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sdn_controller_inventory import SdnControllerInventory

__all__ = [
    "SdnControllerChangeHostResult",
]


class SdnControllerChangeHostResult(ZStackModel):
    """The result of SdnControllerChangeHost."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败，操作成功时该字段为null。 详情参考error (since 5.3.0)"""

    inventory: SdnControllerInventory | None = None
    """详情参考inventory (since 5.3.0)"""

    success: bool | None = None
    """success (since 5.3.0)"""

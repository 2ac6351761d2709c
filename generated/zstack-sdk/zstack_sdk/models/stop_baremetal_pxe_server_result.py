"""Result models: StopBaremetalPxeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_pxe_server_inventory import BaremetalPxeServerInventory
from .error_code import ErrorCode

__all__ = [
    "StopBaremetalPxeServerResult",
]


class StopBaremetalPxeServerResult(ZStackModel):
    """The result of StopBaremetalPxeServer (ZStack's `StopBaremetalPxeServerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: BaremetalPxeServerInventory | None = None

"""Result models: GetFreeIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .free_ip_inventory import FreeIpInventory

__all__ = [
    "GetFreeIpResult",
]


class GetFreeIpResult(ZStackModel):
    """The result of GetFreeIp (ZStack's `GetFreeIpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[FreeIpInventory] | None = None

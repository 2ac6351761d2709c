"""Result models: ChangeIPsecConnectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ipsec_connection_inventory import IPsecConnectionInventory

__all__ = [
    "ChangeIPsecConnectionResult",
]


class ChangeIPsecConnectionResult(ZStackModel):
    """The result of ChangeIPsecConnection (ZStack's `ChangeIPsecConnectionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    inventory: IPsecConnectionInventory | None = None
    """详情参考inventory (since 4.5.0)"""

    success: bool | None = None
    """success (since 4.5.0)"""

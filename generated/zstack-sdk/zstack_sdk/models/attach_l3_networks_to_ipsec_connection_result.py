"""Result models: AttachL3NetworksToIPsecConnectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ipsec_connection_inventory import IPsecConnectionInventory

__all__ = [
    "AttachL3NetworksToIPsecConnectionResult",
]


class AttachL3NetworksToIPsecConnectionResult(ZStackModel):
    """The result of AttachL3NetworksToIPsecConnection (ZStack's `AttachL3NetworksToIPsecConnectionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: IPsecConnectionInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 4.5.0)"""

"""Result models: SyncNfvInstGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nfv_inst_group_inventory import NfvInstGroupInventory

__all__ = [
    "SyncNfvInstGroupResult",
]


class SyncNfvInstGroupResult(ZStackModel):
    """The result of SyncNfvInstGroup."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.4.2)"""

    inventory: NfvInstGroupInventory | None = None
    """详情参考inventory (since 5.4.2)"""

    success: bool | None = None
    """success (since 5.4.2)"""

"""Result models: GetVirtualizerInfoResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .virtualizer_info_inventory import VirtualizerInfoInventory

__all__ = [
    "GetVirtualizerInfoResult",
]


class GetVirtualizerInfoResult(ZStackModel):
    """The result of GetVirtualizerInfo (ZStack's `GetVirtualizerInfoResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[VirtualizerInfoInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """操作是否成功 (since 4.6.21)"""

"""Result models: CreateNfvInstResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nfv_inst_inventory import NfvInstInventory

__all__ = [
    "CreateNfvInstResult",
]


class CreateNfvInstResult(ZStackModel):
    """The result of CreateNfvInst."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: NfvInstInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""

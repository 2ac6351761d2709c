"""Result models: AddSNSSmsReceiverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_sms_receiver_inventory import SNSSmsReceiverInventory

__all__ = [
    "AddSNSSmsReceiverResult",
]


class AddSNSSmsReceiverResult(ZStackModel):
    """The result of AddSNSSmsReceiver (ZStack's `AddSNSSmsReceiverResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[SNSSmsReceiverInventory] | None = None
    """详情参考inventories (since 5.1.8)"""

    success: bool | None = None
    """success (since 5.0.0)"""

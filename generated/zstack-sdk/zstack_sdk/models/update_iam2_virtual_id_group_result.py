"""Result models: UpdateIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_group_inventory import IAM2VirtualIDGroupInventory

__all__ = [
    "UpdateIAM2VirtualIDGroupResult",
]


class UpdateIAM2VirtualIDGroupResult(ZStackModel):
    """The result of UpdateIAM2VirtualIDGroup (ZStack's `UpdateIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventory: IAM2VirtualIDGroupInventory | None = None
    """详情参考inventory (since 2.4.0)"""

"""Result models: UpdateIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_inventory import IAM2VirtualIDInventory

__all__ = [
    "UpdateIAM2VirtualIDResult",
]


class UpdateIAM2VirtualIDResult(ZStackModel):
    """The result of UpdateIAM2VirtualID (ZStack's `UpdateIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventory: IAM2VirtualIDInventory | None = None
    """详情参考inventory (since 2.4.0)"""

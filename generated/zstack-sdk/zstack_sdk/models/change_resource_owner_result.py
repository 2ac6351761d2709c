"""Result models: ChangeResourceOwnerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_resource_ref_inventory import AccountResourceRefInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeResourceOwnerResult",
]


class ChangeResourceOwnerResult(ZStackModel):
    """The result of ChangeResourceOwner (ZStack's `ChangeResourceOwnerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: AccountResourceRefInventory | None = None
    """详情参考inventory (since 0.6)"""

"""Result models: CreateAccessControlListResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_control_list_inventory import AccessControlListInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAccessControlListResult",
]


class CreateAccessControlListResult(ZStackModel):
    """The result of CreateAccessControlList (ZStack's `CreateAccessControlListResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventory: AccessControlListInventory | None = None
    """详情参考inventory (since 3.9.0)"""

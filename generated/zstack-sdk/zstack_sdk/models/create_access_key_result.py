"""Result models: CreateAccessKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_key_inventory import AccessKeyInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAccessKeyResult",
]


class CreateAccessKeyResult(ZStackModel):
    """The result of CreateAccessKey (ZStack's `CreateAccessKeyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.2.0)"""

    inventory: AccessKeyInventory | None = None
    """详情参考inventory (since 3.2.0)"""

"""Result models: UpdateCasClientResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cas_client_inventory import CasClientInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateCasClientResult",
]


class UpdateCasClientResult(ZStackModel):
    """The result of UpdateCasClient (ZStack's `UpdateCasClientResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    inventory: CasClientInventory | None = None
    """详情参考inventory (since 4.5.0)"""

    success: bool | None = None
    """success (since 4.5.0)"""

"""Result models: LoginIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LoginIAM2VirtualIDResult",
]


class LoginIAM2VirtualIDResult(ZStackModel):
    """The result of LoginIAM2VirtualID (ZStack's `LoginIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventory: SessionInventory | None = None
    """详情参考inventory (since 2.4.0)"""

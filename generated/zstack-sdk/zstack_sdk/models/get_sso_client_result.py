"""Result models: GetSSOClientResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sso_client_inventory import SSOClientInventory

__all__ = [
    "GetSSOClientResult",
]


class GetSSOClientResult(ZStackModel):
    """The result of GetSSOClient (ZStack's `GetSSOClientResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[SSOClientInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """success (since 4.6.21)"""

"""Result models: UpdateIscsiServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iscsi_server_inventory import IscsiServerInventory

__all__ = [
    "UpdateIscsiServerResult",
]


class UpdateIscsiServerResult(ZStackModel):
    """The result of UpdateIscsiServer (ZStack's `UpdateIscsiServerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventory: IscsiServerInventory | None = None
    """详情参考inventory (since 3.0.0)"""

"""Result models: GetLdapEntryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLdapEntryResult",
]


class GetLdapEntryResult(ZStackModel):
    """The result of GetLdapEntry (ZStack's `GetLdapEntryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[Any] | None = None
    """inventories (since 2.2)"""

"""Result models: GetAccountPriceTableRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAccountPriceTableRefResult",
]


class GetAccountPriceTableRefResult(ZStackModel):
    """The result of GetAccountPriceTableRef (ZStack's `GetAccountPriceTableRefResult`)."""

    account_uuids: list[Any] | None = None
    """账号UUID列表 (since 3.7.2)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.2)"""

    success: bool | None = None
    """success (since 3.7.2)"""

    table_uuid: str | None = None
    """价目表UUID (since 3.7.2)"""

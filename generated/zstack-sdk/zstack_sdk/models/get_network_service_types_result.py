"""Result models: GetNetworkServiceTypesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetNetworkServiceTypesResult",
]


class GetNetworkServiceTypesResult(ZStackModel):
    """The result of GetNetworkServiceTypes (ZStack's `GetNetworkServiceTypesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    types: dict[str, list[str]] | None = None
    """types (since 0.6)"""
